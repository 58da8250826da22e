"""Find reported speech without quote marks (indirect) or with quoted words inside it (mixed).

Named rules, tried on each sentence that holds no direct quotation:

- ``speaker-cue-clause``: X said (that) CLAUSE / X told Reuters that CLAUSE;
- ``clause-speaker-cue``: CLAUSE, X said / CLAUSE, said X;
- ``according-to-first``: According to X, CLAUSE;
- ``clause-according-to``: CLAUSE, according to X;
- ``quoted-saying``: The Wall Street Journal quoted X saying that CLAUSE.

The content is the reported clause only: no "that", no cue, no speaker, no final full stop.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.attribute import Document
from app.extract.cues import Cue, CueKind, cue_at
from app.extract.mentions import Mention, speaker_after, speaker_before
from app.extract.model import SpeakerKind

_OBJECT_REACH = 8  # tokens between "told" and its "that": "told The Wall Street Journal that"
_LEAD_REACH = 14  # tokens from a sentence's start to its reporting verb
_MIN_WORDS = 3  # a shorter clause is not a statement
# verbs that report a clause without "that": "Smith said the plan had failed"
_BARE = frozenset({"say", "tell", "add", "claim", "insist", "argue", "warn", "write", "tweet"})
_CLAUSE_OPENERS = frozenset({"that"})
_STOPS = frozenset({"who", "which", "when", "where", "whose", "if", "as", "because", "while"})


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement: its content span, speaker mention, cue and rule."""

    start: int
    end: int
    mention: Mention
    cue: Cue
    rule: str
    zone: tuple[int, int]


def _content_end(doc: Document, last: int) -> int:
    """Return the end offset of the clause whose last token is ``last``, final stop dropped."""
    while last >= 0 and doc.tokens[last].text in {".", "!", "?", ";", ","}:
        last -= 1
    return doc.tokens[last].end


def _words(doc: Document, first: int, end: int) -> int:
    return sum(1 for token in doc.tokens[first:end] if token.is_word)


def _clause_start(doc: Document, cue: Cue, end: int) -> int | None:
    """Return the first token of the clause a verb reports, or None when there is none."""
    tokens, lexicon = doc.tokens, doc.lexicon
    after = cue.last + 1
    for index in range(after, min(end, after + _OBJECT_REACH)):
        token = tokens[index]
        if token.lower in _CLAUSE_OPENERS:
            return index + 1
        if token.text in {".", ";", "“", '"', "''", "``"} or token.lower in _STOPS:
            break
    if after >= end or lexicon.verbs.get(tokens[cue.first].lower) not in _BARE:
        return None
    token = tokens[after]
    if token.lower == "to" or token.text in {",", ":", "."}:
        return None  # "said to be", "said:", "said."
    if (
        token.lower in lexicon.pronouns
        or token.lower in lexicon.determiners
        or (token.is_capitalized and token.is_word)
    ):
        if lexicon.verbs.get(tokens[cue.first].lower) == "tell":
            return None  # "told reporters …": the object is not the clause
        return after
    return None


def _speaker_first(doc: Document, first: int, end: int) -> Reported | None:
    tokens, lexicon = doc.tokens, doc.lexicon
    for index in range(first, min(end, first + _LEAD_REACH)):
        cue = cue_at(tokens, index, lexicon)
        if cue is None or cue.kind is not CueKind.VERB:
            continue
        gap_floor = first
        mention = speaker_before(doc.text, tokens, cue.first, gap_floor, lexicon)
        if mention is None:
            return None
        lead = [t for t in tokens[first:index] if t.start < mention.start]
        if (
            lead
            and lead[-1].text != ","
            and any(t.lower in lexicon.verbs or t.lower in _STOPS for t in lead)
        ):
            return None
        clause = _clause_start(doc, cue, end)
        if clause is None or _words(doc, clause, end) < _MIN_WORDS:
            return None
        return Reported(
            tokens[clause].start,
            _content_end(doc, end - 1),
            mention,
            cue,
            "speaker-cue-clause",
            (tokens[first].start, tokens[clause].start),
        )
    return None


def _speaker_last(doc: Document, first: int, end: int) -> Reported | None:
    tokens, lexicon = doc.tokens, doc.lexicon
    for comma in range(end - 2, max(first, end - _LEAD_REACH) - 1, -1):
        if tokens[comma].text != ",":
            continue
        following = comma + 1
        cue = cue_at(tokens, following, lexicon)
        mention: Mention | None = None
        rule = "clause-speaker-cue"
        if cue is not None and cue.kind is CueKind.ACCORDING_TO:
            mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
            rule = "clause-according-to"
        elif cue is not None:
            mention = speaker_after(doc.text, tokens, cue.last, end, lexicon)
        else:
            for index in range(following + 1, min(end, following + _LEAD_REACH)):
                cue = cue_at(tokens, index, lexicon)
                if cue is not None:
                    mention = speaker_before(doc.text, tokens, cue.first, following, lexicon)
                    break
        if mention is None or cue is None:
            continue
        if _words(doc, first, comma) < _MIN_WORDS:
            return None
        return Reported(
            tokens[first].start,
            _content_end(doc, comma),
            mention,
            cue,
            rule,
            (tokens[comma].start, tokens[end - 1].end),
        )
    return None


def _according_first(doc: Document, first: int, end: int) -> Reported | None:
    tokens, lexicon = doc.tokens, doc.lexicon
    cue = cue_at(tokens, first, lexicon)
    if cue is None or cue.kind is not CueKind.ACCORDING_TO:
        return None
    comma = next(
        (i for i in range(cue.last + 1, min(end, cue.last + 16)) if tokens[i].text == ","), None
    )
    if comma is None or _words(doc, comma + 1, end) < _MIN_WORDS:
        return None
    mention = speaker_after(doc.text, tokens, cue.last, comma, lexicon)
    if mention is None:
        return None
    return Reported(
        tokens[comma + 1].start,
        _content_end(doc, end - 1),
        mention,
        cue,
        "according-to-first",
        (tokens[first].start, tokens[comma].end),
    )


def _outlet_quoted(doc: Document, first: int, end: int) -> Reported | None:
    """Rule ``quoted-saying``: The Wall Street Journal quoted X saying (that) CLAUSE."""
    tokens = doc.tokens
    for index in range(first + 1, min(end, first + _LEAD_REACH)):
        if tokens[index].lower != "quoted":
            continue
        for saying in range(index + 2, min(end, index + _OBJECT_REACH + 4)):
            if tokens[saying].lower != "saying":
                continue
            last = saying - 1 if tokens[saying - 1].lower != "as" else saying - 2
            if last <= index:
                return None
            clause = saying + 1
            if clause < end and tokens[clause].lower == "that":
                clause += 1
            if _words(doc, clause, end) < _MIN_WORDS:
                return None
            head = tokens[last]
            kind = SpeakerKind.GROUP if head.lower.endswith("s") else SpeakerKind.PERSON
            mention = Mention(
                tokens[index + 1].start,
                head.end,
                kind,
                name=head.is_capitalized and kind is SpeakerKind.PERSON,
            )
            cue = Cue(index, index, CueKind.VERB)
            return Reported(
                tokens[clause].start,
                _content_end(doc, end - 1),
                mention,
                cue,
                "quoted-saying",
                (tokens[first].start, tokens[clause].start),
            )
        return None
    return None


def find_reported(doc: Document, sentences: list[tuple[int, int]]) -> list[Reported]:
    """Return the reported statements of the given sentences (token ranges)."""
    found = []
    for first, end in sentences:
        if end - first < 4:
            continue
        start = first
        # "Moreover, according to X, …" / "On Tuesday, X said …": skip a short opening phrase
        for index in range(first, min(end, first + 4)):
            if doc.tokens[index].text == "," and index + 1 < end:
                if cue_at(doc.tokens, index + 1, doc.lexicon) is not None:
                    start = index + 1
                break
        for rule in (_according_first, _outlet_quoted, _speaker_first, _speaker_last):
            reported = rule(doc, start, end)
            if reported is not None and reported.end > reported.start:
                found.append(reported)
                break
    return found
