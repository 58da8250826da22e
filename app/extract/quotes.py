"""Pair quote marks into quoted spans, repair unbalanced marks, and join spans into quotations.

Double marks are paired first, paragraph by paragraph; single marks are paired only outside
double-quoted spans (inside them they are nested quotations and stay part of the text).

Repairs, each reported as a diagnostic:
- a closer with no opener: the quotation starts after the previous quotation in the paragraph
  (past a short attribution sentence right after it: “A,” he said. B.”), or after "<cue> that"
  where the writer slid from reported into quoted speech ("He added that for the time being,
  ISIS is the only other armed group,” …), else at the paragraph's start;
- an opener that never closes: the quotation ends where the paragraph ends, unless the next
  paragraph reopens, which by news convention continues the same quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.extract.marks import Family, Mark, Role, find_marks
from app.extract.model import Diagnostic, Span

# "added that ", "said: " right before a quotation whose opener is missing
_LEAD_IN = re.compile(r"\bthat\s+|:\s+", re.IGNORECASE)
# “…,” he said. | I am not sure …”: an attribution after a quotation, then words whose opener
# the writer left out
_ATTRIBUTION_STOP = re.compile(r"[^.!?\"“”'‘’]{1,60}?[.!?]\s+(?=[A-Z])")
# how far a single opener looks for its closer, in marks
_SINGLE_REACH = 64
_NESTING_WORDS = 4  # words of a single-quoted quotation around a double-quoted one inside it


@dataclass(frozen=True, slots=True)
class Segment:
    """A quoted stretch of text, marks excluded, with how it was delimited."""

    start: int
    end: int
    open_mark: Mark | None  # None: opener missing, start repaired
    close_mark: Mark | None  # None: ended at the paragraph's end
    paragraph: int
    continues: bool = False  # reopened after a paragraph left open


@dataclass(slots=True)
class Group:
    """Segments that form one quotation."""

    segments: list[Segment] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Return where the first segment starts."""
        return self.segments[0].start

    @property
    def end(self) -> int:
        """Return where the last segment ends."""
        return self.segments[-1].end

    @property
    def outer_start(self) -> int:
        """Return where the first segment's opening mark starts."""
        first = self.segments[0]
        return first.open_mark.start if first.open_mark else first.start

    @property
    def outer_end(self) -> int:
        """Return where the last segment's closing mark ends."""
        last = self.segments[-1]
        return last.close_mark.end if last.close_mark else last.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _missing_open_start(text: str, floor: int, close: int, *, after_quote: bool) -> int:
    """Return where a quotation that lost its opener most likely starts."""
    best = floor
    if after_quote:
        stop = _ATTRIBUTION_STOP.match(text, floor, close)
        if stop is not None:
            best = stop.end()
    for match in _LEAD_IN.finditer(text, best, close):
        best = match.end()
    return best


def pair_double(
    text: str,
    marks: list[Mark],
    paragraphs: list[tuple[int, int]],
    diagnostics: list[Diagnostic],
) -> list[Segment]:
    """Pair double marks into segments, paragraph by paragraph."""
    segments: list[Segment] = []
    doubles = [m for m in marks if m.family is Family.DOUBLE]
    cursor = 0
    continuing = False
    for number, (p_start, p_end) in enumerate(paragraphs):
        inside: list[Mark] = []
        while cursor < len(doubles) and doubles[cursor].start < p_end:
            if doubles[cursor].start >= p_start:
                inside.append(doubles[cursor])
            cursor += 1
        opener: Mark | None = None
        floor = p_start
        reopened = continuing
        continuing = False
        for mark in inside:
            role = mark.role
            if opener is not None and text[opener.start] == "„" and text[mark.start] == "“":
                role = Role.CLOSE  # „German“: the low opener is closed by a high mark
            if role is Role.EITHER or (
                opener is not None and role is Role.OPEN and _straight(text, mark)
            ):
                role = Role.CLOSE if opener is not None else Role.OPEN
            if opener is None and role is Role.OPEN:
                opener = mark
                continue
            if opener is None:
                start = _missing_open_start(text, floor, mark.start, after_quote=floor > p_start)
                start, end = _trim(text, start, mark.start)
                if any(char.isalnum() for char in text[start:end]):
                    diagnostics.append(
                        Diagnostic(
                            "unmatched_close",
                            "A closing quote mark had no opening mark; the quotation was taken "
                            "to start at the nearest clause boundary.",
                            Span.of(text, mark.start, mark.end),
                        )
                    )
                    segments.append(Segment(start, end, None, mark, number))
                floor = mark.end
                continue
            if role is Role.OPEN:
                # a second opener while one is open: the first never closed
                start, end = _trim(text, opener.end, mark.start)
                diagnostics.append(_unclosed(text, opener, "before the next opening mark"))
                if end > start:
                    segments.append(Segment(start, end, opener, None, number, reopened))
                reopened = False
                opener = mark
                continue
            start, end = _trim(text, opener.end, mark.start)
            if end > start:
                segments.append(Segment(start, end, opener, mark, number, reopened))
            reopened = False
            opener = None
            floor = mark.end
        if opener is not None:
            start, end = _trim(text, opener.end, p_end)
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if following is not None and _opens_paragraph(doubles, cursor, following):
                continuing = True
            else:
                diagnostics.append(_unclosed(text, opener, "at the end of its paragraph"))
            if end > start:
                segments.append(Segment(start, end, opener, None, number, reopened))
    return segments


def _unclosed(text: str, opener: Mark, where: str) -> Diagnostic:
    return Diagnostic(
        "unclosed_open",
        f"An opening quote mark was never closed; the quotation was ended {where}.",
        Span.of(text, opener.start, opener.end),
    )


def _straight(text: str, mark: Mark) -> bool:
    return text[mark.start] in "\"'"


def _opens_paragraph(doubles: list[Mark], cursor: int, paragraph_start: int) -> bool:
    return (
        cursor < len(doubles)
        and doubles[cursor].start == paragraph_start
        and doubles[cursor].role is not Role.CLOSE
    )


def pair_single(
    text: str, marks: list[Mark], paragraphs: list[tuple[int, int]], taken: list[Segment]
) -> list[Segment]:
    """Pair single marks that stand outside every double-quoted segment."""
    singles = _outside(
        [m for m in marks if m.family is Family.SINGLE],
        sorted((s.open_mark.start if s.open_mark else s.start, s.end + 1) for s in taken),
    )
    segments: list[Segment] = []
    paragraph_ends = [end for _, end in paragraphs]
    index = 0
    number = 0
    reopening = -1  # where a paragraph reopens a quotation the one before left open
    while index < len(singles):
        opener = singles[index]
        index += 1
        if opener.role is Role.CLOSE:
            continue
        while number < len(paragraph_ends) and paragraph_ends[number] <= opener.start:
            number += 1
        limit = paragraph_ends[number] if number < len(paragraph_ends) else len(text)
        chosen: int | None = None
        scan = index
        while scan < min(len(singles), index + _SINGLE_REACH) and singles[scan].start < limit:
            candidate = singles[scan]
            if candidate.role is Role.OPEN and not _straight(text, candidate):
                break
            if candidate.role is not Role.OPEN and (chosen is None or singles[chosen].weak):
                chosen = scan
                if not candidate.weak:
                    break
            scan += 1
        reopened = opener.start == reopening
        if chosen is None:
            # ‘… ¶ ‘…’: a quotation over paragraphs, each reopened and only the last closed
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if following is not None and _opens_paragraph(singles, scan, following):
                start, end = _trim(text, opener.end, limit)
                if end > start:
                    segments.append(Segment(start, end, opener, None, number, reopened))
                reopening = following
            continue
        closer = singles[chosen]
        start, end = _trim(text, opener.end, closer.start)
        if end > start:
            segments.append(Segment(start, end, opener, closer, number, reopened))
        index = chosen + 1
    return segments


def _outside(marks: list[Mark], spans: list[tuple[int, int]]) -> list[Mark]:
    """Return the marks that fall in none of ``spans`` (both sorted by position)."""
    kept = []
    cursor = 0
    for mark in marks:
        while cursor < len(spans) and spans[cursor][1] <= mark.start:
            cursor += 1
        if cursor < len(spans) and spans[cursor][0] <= mark.start:
            continue
        kept.append(mark)
    return kept


def find_segments(
    text: str, paragraphs: list[tuple[int, int]], diagnostics: list[Diagnostic]
) -> list[Segment]:
    """Return every quoted segment of ``text`` in order."""
    marks = find_marks(text)
    doubles = pair_double(text, marks, paragraphs, diagnostics)
    singles = pair_single(text, marks, paragraphs, doubles)
    closed = [s for s in singles if s.close_mark is not None]  # sorted and disjoint
    starts = [s.start for s in closed]
    doubles = [d for d in doubles if not _nested(text, d, closed, starts)]
    return sorted(doubles + singles, key=lambda s: s.start)


def _nested(text: str, segment: Segment, closed: list[Segment], starts: list[int]) -> bool:
    """Tell whether a double-quoted segment is a quotation inside a closed single-quoted one
    (``starts`` their starts), as British copy writes them: ‘They told me it’s about “value
    for money”, but …’."""
    at = bisect.bisect_right(starts, segment.start) - 1
    if at < 0 or not segment.start < segment.end <= closed[at].end:
        return False  # only the last single to open before the segment can hold it
    outer = closed[at]
    around = text[outer.start : segment.start] + text[segment.end : outer.end]
    return len(around.split()) >= _NESTING_WORDS
