"""Split text into tokens, sentences and paragraphs, keeping every offset into the original.

Tokens are words (with inner apostrophes and hyphens: "don’t", "al-Assad"), abbreviations with
their dot ("Sen.", "U.S.", "J."), and single punctuation characters. Sentences end at ``.``, ``?``
or ``!`` (not an abbreviation's dot) and at every line break; paragraphs end at line breaks.
One left-to-right pass each: linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.lexicon import Lexicon

# "U.S." "D.C." "J.K." (letters each followed by a dot), then words: "don’t", "al-Assad", "’90s"
_TOKEN = re.compile(
    r"""
    (?:\w+\.)+(?:com|org|net|gov|edu|io|uk|ca|au)\b  # fivethirtyeight.com  bbc.co.uk
  | (?:[^\W\d_]\.){2,}                       # U.S.  J.K.  a.m.
  | \d+(?:[.,:]\d+)+                         # 1,200  3.5  10:30
  | \w+(?:[’'\-\N{NON-BREAKING HYPHEN}]\w+)*  # don’t  al-Assad  2016
  | ``|''                                    # ASCII digraph quote marks
  | \S                                       # anything else, one character
    """,
    re.VERBOSE,
)

_SENTENCE_END = frozenset(".?!")
_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # lines up to a blank line
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a line break inside a block, with the characters on either side of it
_SINGLE_BREAK = re.compile(r"(\S)[ \t]*\n(?![ \t]*\n)[ \t]*(\S?)")
_LINE_ENDS = frozenset(".?!:;\"”’'»)")
_CLOSERS = frozenset("\"”’'»)]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its offsets, text, and lower-cased text."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """Tell whether the token starts with a letter or digit."""
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        """Tell whether the token starts with an upper-case letter."""
        return self.text[0].isupper()


# "No. 2 in the leadership", "Nos. 3 and 4": a numbering sign, not a sentence's end
_NUMBER_SIGNS = frozenset({"No", "Nos", "no", "nos"})
_NUMBER_AFTER = re.compile(r" ?\d")


def tokenize(text: str, lexicon: Lexicon) -> list[Token]:
    """Return the tokens of ``text`` in order; abbreviations keep their dot."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if tokens and start < tokens[-1].end:
            continue  # the dot already taken by the abbreviation before it
        if (
            end < len(text)
            and text[end] == "."
            and word.isalpha()
            and (
                word.lower() in lexicon.abbreviations
                or (len(word) == 1 and word.isupper())
                or (word in _NUMBER_SIGNS and _NUMBER_AFTER.match(text, end + 1) is not None)
            )
        ):
            end += 1
            word = text[start:end]
        tokens.append(Token(start, end, word, word.lower()))
    return tokens


def is_wrapped(text: str) -> bool:
    """Tell whether ``text`` is hard-wrapped: blank lines between paragraphs, and most single
    line breaks falling mid-sentence (no stop before, a lower-case word after), as in copy
    wrapped at a fixed width."""
    if not _BLANK_LINE.search(text):
        return False
    breaks = _SINGLE_BREAK.findall(text)
    if not breaks:
        return False
    mid_sentence = sum(
        1 for before, after in breaks if before not in _LINE_ENDS and after[:1].islower()
    )
    return mid_sentence * 2 > len(breaks)


def paragraph_spans(text: str, *, wrapped: bool = False) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph, leading and trailing space trimmed.

    A paragraph is a line, or, in hard-wrapped text, a block of lines between blank lines.
    """
    spans = []
    for match in (_BLOCK if wrapped else _LINE).finditer(text):
        start = match.start()
        block = match.group()
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


# abbreviations that often end a sentence: before an opening quote mark, their dot is a stop
_CLOSING_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "etc."})
_OPENERS = frozenset({"“", '"', "``", "«", "‘"})
_NICKNAME_CLOSERS = frozenset({"”", '"', "''", "’", "»"})
_LETTER = re.compile(r"[A-Z]\.")  # "on X.", also an initial: an opening mark after it decides


def sentence_starts(
    text: str, tokens: list[Token], *, cased: bool = True, wrapped: bool = False
) -> list[int]:
    """Return the index of the first token of every sentence.

    A sentence ends after a ``.``/``?``/``!`` token (and any closing quote marks or brackets
    right after it) followed by white space and a word not in lower case (any word, when the
    text is not ``cased``), and at every line break (every blank line, when ``wrapped``).
    """
    starts = [0] if tokens else []
    pending = False
    for index in range(1, len(tokens)):
        previous, token = tokens[index - 1], tokens[index]
        spaced = bool(text[previous.end : token.start])
        closing = previous.lower in _CLOSING_ABBREVIATIONS or _LETTER.fullmatch(previous.text)
        nickname = index + 2 < len(tokens) and tokens[index + 2].text in _NICKNAME_CLOSERS
        if spaced and closing and token.text in _OPENERS and not nickname:
            # "… shortly after 6 p.m. “We are very close,” she said." / "… wrote on X. “…”"
            starts.append(index)  # but not "Robert F. “Bobby” Kennedy"
            pending = False
            continue
        if previous.text in _SENTENCE_END:
            pending = True
        elif not (pending and (previous.text in _CLOSERS or previous.text == "''")):
            pending = False
        gap = text[previous.end : token.start]
        broken = _BLANK_LINE.search(gap) if wrapped else "\n" in gap
        # an ambiguous mark with space before it and a word right after it opens a quotation:
        # "… Social Security. ''Will you cut my benefits?'' she asked."
        opening = (
            token.text in {"''", '"'}
            and index + 1 < len(tokens)
            and tokens[index + 1].start == token.end
            and tokens[index + 1].is_word
        )
        if broken or (
            pending
            and gap
            and (not cased or not token.text[0].islower())
            and (opening or (token.text not in _CLOSERS and token.text != "''"))
        ):
            starts.append(index)
            pending = False
    return starts
