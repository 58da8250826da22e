"""Unit tests of the engine's stages: tokens, marks, quote pairing and repairs, cues, mentions."""

from __future__ import annotations

from app.extract.cues import CueKind, cue_at
from app.extract.lexicon import load
from app.extract.marks import Family, Role, find_marks
from app.extract.mentions import speaker_after, speaker_before, split_descriptor
from app.extract.model import Diagnostic
from app.extract.quotes import find_segments
from app.extract.tokens import paragraph_spans, sentence_starts, tokenize

LEXICON = load()


def test_abbreviations_keep_their_dot_and_end_no_sentence() -> None:
    text = "Sen. Warren spoke in the U.S. Senate. Then she left."
    tokens = tokenize(text, LEXICON)
    assert [t.text for t in tokens][:2] == ["Sen.", "Warren"]
    starts = sentence_starts(text, tokens)
    assert [tokens[i].text for i in starts] == ["Sen.", "Then"]


def test_apostrophes_are_not_marks() -> None:
    text = "The Taliban’s students’ union, don’t, the ’90s and rock ’n’ roll"
    assert [m for m in find_marks(text) if m.family is Family.SINGLE and not m.weak] == []


def test_straight_marks_are_judged_by_their_neighbours() -> None:
    text = '"Yes," he said.'
    roles = [m.role for m in find_marks(text)]
    assert roles == [Role.OPEN, Role.CLOSE]


def test_closing_mark_without_opener_is_repaired_and_reported() -> None:
    text = "“One.” He added that two is next,” she said."
    diagnostics: list[Diagnostic] = []
    segments = find_segments(text, paragraph_spans(text), diagnostics)
    assert [text[s.start : s.end] for s in segments] == ["One.", "two is next,"]
    assert [d.code for d in diagnostics] == ["unmatched_close"]


def test_paragraph_left_open_continues_in_the_next() -> None:
    text = "“First part.\n\n“Second part,” she said."
    diagnostics: list[Diagnostic] = []
    segments = find_segments(text, paragraph_spans(text), diagnostics)
    assert [s.continues for s in segments] == [False, True]
    assert diagnostics == []


def test_according_to_is_one_cue() -> None:
    tokens = tokenize("according to officials", LEXICON)
    cue = cue_at(tokens, 0, LEXICON)
    assert cue is not None and cue.kind is CueKind.ACCORDING_TO


def test_speaker_before_reads_title_and_name() -> None:
    text = "former spy chief, Rahmatullah Nabil told the paper"
    tokens = tokenize(text, LEXICON)
    mention = speaker_before(text, tokens, 6, 0, LEXICON)
    assert mention is not None
    assert text[mention.start : mention.end] == "Rahmatullah Nabil"
    assert mention.title == "former spy chief"


def test_speaker_after_reads_appositive() -> None:
    text = "said Jane Doe, a spokeswoman for the Red Cross."
    tokens = tokenize(text, LEXICON)
    mention = speaker_after(text, tokens, 0, len(tokens), LEXICON)
    assert mention is not None and text[mention.start : mention.end] == "Jane Doe"
    assert (mention.title, mention.affiliation) == ("spokeswoman", "Red Cross")


def test_possessive_descriptor_splits_owner_from_role() -> None:
    text = "the Taliban’s senior commander"
    tokens = tokenize(text, LEXICON)
    assert split_descriptor(text, tokens, 0, len(tokens) - 1, LEXICON) == (
        "senior commander",
        "Taliban",
    )
