"""The engine's result types: frozen, slotted records whose spans point into the input text.

Every span is a pair of Python ``str`` offsets (Unicode code points, ``end`` exclusive) into the
text exactly as it was given; its ``text`` is always ``source[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuoteType(StrEnum):
    """How a quotation is reported."""

    DIRECT = "direct"  # wholly inside quote marks
    INDIRECT = "indirect"  # reported speech without quote marks
    MIXED = "mixed"  # reported speech containing quoted words


class SpeakerKind(StrEnum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    OUTLET = "outlet"


class OutletSource(StrEnum):
    """Where a quote's outlet comes from."""

    TEXT = "text"  # named for this quote in the text ("told Reuters", "told the paper")
    CONTEXT = "context"  # from the same speaker's preceding statement, or whom they spoke to
    PUBLISHER = "publisher"  # the request's publisher


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Make the span ``source[start:end]``."""
        return cls(start, end, source[start:end])


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation is attributed to, and the mention that attributes it."""

    name: str  # canonical: the fullest name the article gives
    kind: SpeakerKind
    title: str | None
    affiliation: str | None
    mention: Span  # the mention that attributes this quote ("he", "who" where a pronoun does)


@dataclass(frozen=True, slots=True)
class Outlet:
    """The news outlet that reported a quotation."""

    name: str  # canonical outlet name
    mention: Span | None
    source: OutletSource


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: one or more segments with one speaker."""

    id: str
    type: QuoteType
    segments: tuple[Span, ...]
    speaker: Speaker | None
    cue: Span | None
    outlet: Outlet | None
    confidence: float
    rule: str

    @property
    def text(self) -> str:
        """Return the quoted words, segments joined by an ellipsis."""
        return " … ".join(segment.text for segment in self.segments)


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One speaker across the article: every quote and mention attributed to them."""

    name: str
    kind: SpeakerKind
    title: str | None
    affiliation: str | None
    quotes: tuple[str, ...]
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class OutletSummary:
    """One outlet across the article, with every mention of it."""

    name: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the engine repaired or passed over in the text, and where."""

    code: str  # e.g. "unmatched_close", "unclosed_open", "stray_mark"
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the engine found in one article."""

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[SpeakerSummary, ...] = ()
    outlets: tuple[OutletSummary, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
