"""The engine's knobs: one immutable object with documented defaults."""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.model import QuoteType

ALL_TYPES: frozenset[QuoteType] = frozenset(QuoteType)


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Options for one extraction.

    ``types``: which kinds of quotation to return.
    ``min_quote_words``: a quoted span with fewer words than this, and no reporting cue of its
    own, is taken for a scare quote, a title or a nickname, not a quotation.
    """

    types: frozenset[QuoteType] = ALL_TYPES
    min_quote_words: int = 3


DEFAULT_CONFIG = ExtractConfig()
