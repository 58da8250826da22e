"""Find the quote marks in a text and say what each can be: an opener, a closer, or either.

Curly marks say which side they are on; straight marks (" and ') and the ASCII digraphs (``
and '') are judged by what stands on either side of them. A single mark between two letters
(don’t, Taliban’s), before a decade (’90s) or in rock ’n’ roll is an apostrophe and is dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum


class Family(Enum):
    """Double marks and single marks pair only within their own family."""

    DOUBLE = "double"
    SINGLE = "single"


class Role(Enum):
    """Which side of a quotation a mark can stand on."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True, slots=True)
class Mark:
    """One quote mark: where it is, its family and the role its surroundings allow."""

    start: int
    end: int
    family: Family
    role: Role
    weak: bool = False  # a single closer that may be a plural possessive ("students’ union")


_DOUBLE_CHARS = (
    '"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_SINGLE_CHARS = (
    "'\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
# ``Yes,'' he said.  “Yes,” he said.  ‘Yes,’ he said.  (character classes hold no white space)
# After a word, three apostrophes close an inner quotation, then the outer one: ' and ''.
_MARK = re.compile(
    r"(?<=\S)'(?=''(?!'))|``|''|["
    + re.escape(_DOUBLE_CHARS)
    + "]|["
    + re.escape(_SINGLE_CHARS)
    + "]"
)

_DOUBLE_OPEN = frozenset(
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_DOUBLE_CLOSE = frozenset(
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_SINGLE_OPEN = frozenset(
    "\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
)
_SINGLE_CLOSE_ONLY = frozenset("\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}")
_APOSTROPHES = frozenset("'\N{RIGHT SINGLE QUOTATION MARK}")

# What may stand before an opener: nothing, space, an opening bracket or a dash.
_BEFORE_OPEN = frozenset(" \t\n\r\u00a0([{—–-/") | _DOUBLE_OPEN | _SINGLE_OPEN
# What may stand after a closer: nothing, space or punctuation.
_AFTER_CLOSE = frozenset(" \t\n\r\u00a0,.;:?!)]}—–-…") | _DOUBLE_CLOSE | _APOSTROPHES | {'"'}

# 5'11" tall, a 55" television: inches after a number, a lower-case word next
_INCHES = re.compile(r"\d(?:\"|'') [a-z]")

# ’90s  ’n’  (apostrophes that begin a word)
_ELISION = re.compile(r"\d\d(?:s\b|\b)|n['\N{RIGHT SINGLE QUOTATION MARK}]\s|em\b|til\b|cause\b")


def _side(text: str, start: int, end: int) -> Role | None:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    can_open = before in _BEFORE_OPEN and not after.isspace()
    can_close = after in _AFTER_CLOSE and not before.isspace()
    if can_open and not can_close:
        return Role.OPEN
    if can_close and not can_open:
        return Role.CLOSE
    return None


# a markup tag left in the copy, whose attribute values are quoted: <tweet id="…" author="…">
_TAG = re.compile(r"<[A-Za-z][\w-]*\s[^<>\n]*>")


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Tell whether ``offset`` falls inside one of ``spans`` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return at >= 0 and offset < spans[at][1]


def find_marks(text: str) -> list[Mark]:
    """Return the quote marks of ``text`` in order, apostrophes left out."""
    marks: list[Mark] = []
    tags = [match.span() for match in _TAG.finditer(text)]
    for match in _MARK.finditer(text):
        start, end = match.span()
        if tags and _inside(tags, start):
            continue  # an attribute value in a markup tag, not a quotation
        char = match.group()
        if char == "``" or char in _DOUBLE_OPEN:
            # “…“ said X: an opening glyph placed as a closer (after a word, before a space)
            # is typed the wrong way round; the pairing decides
            placed = _side(text, start, end) if char == "\N{LEFT DOUBLE QUOTATION MARK}" else None
            role = Role.EITHER if placed is Role.CLOSE else Role.OPEN
            marks.append(Mark(start, end, Family.DOUBLE, role))
        elif char in _DOUBLE_CLOSE:
            placed = _side(text, start, end)
            role = Role.EITHER if placed is Role.OPEN else Role.CLOSE  # ”Hello,” he said
            marks.append(Mark(start, end, Family.DOUBLE, role))
        elif char in ('"', "''"):
            if (
                _INCHES.search(text, max(0, start - 3), end + 2)
                and text[start - 1 : start].isdigit()
            ):
                continue  # 5'11" tall, a 55" television
            marks.append(Mark(start, end, Family.DOUBLE, _side(text, start, end) or Role.EITHER))
        elif char in _SINGLE_OPEN:
            if not _ELISION.match(text, end):
                marks.append(Mark(start, end, Family.SINGLE, Role.OPEN))
        elif char in _SINGLE_CLOSE_ONLY:
            marks.append(Mark(start, end, Family.SINGLE, Role.CLOSE))
        else:
            mark = _single(text, start, end, char)
            if mark is not None:
                marks.append(mark)
    return marks


def _single(text: str, start: int, end: int, char: str) -> Mark | None:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # don’t, Taliban’s
    if _ELISION.match(text, end) and not before.isalnum():
        return None  # ’90s, rock ’n’ roll
    if before == "n" and text[start - 2 : start - 1] in _APOSTROPHES:
        return None  # the second mark of rock ’n’ roll
    side = _side(text, start, end)
    if side is Role.OPEN:
        if char != "'":
            return None  # a right single mark never opens
        return Mark(start, end, Family.SINGLE, Role.OPEN)
    if side is Role.CLOSE:
        # students’ union: a closer after a plain "s" may be a plural possessive
        weak = before in "sS" and after.isspace()
        return Mark(start, end, Family.SINGLE, Role.CLOSE, weak=weak)
    return None
