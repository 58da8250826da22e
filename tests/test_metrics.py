"""The evaluation's metrics on small hand-made gold and predictions, and the ``quote-eval`` CLI.

These pin down FORMAT.md's definitions: the 0.5 overlap/union threshold, one-to-one greedy
matching, the three speaker criteria, end-to-end's treatment of gold without a speaker, and type
filtering, where a prediction matching gold of an unscored type counts neither way.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.evaluation import cli
from app.evaluation.dataset import DatasetError, GoldDoc, GoldQuote, publisher_from_id, read_gold
from app.evaluation.errors import error_records
from app.evaluation.metrics import (
    ALL_TYPES,
    Metrics,
    Status,
    by_publisher,
    lenient_match,
    mentions_overlap,
    name_tokens,
    names_match_lenient,
    names_match_strict,
    score_doc,
    summarize,
)
from app.evaluation.predict import Prediction, predictions
from app.extract import (
    DEFAULT_CONFIG,
    ExtractConfig,
    Extraction,
    Quote,
    QuoteType,
    Span,
    Speaker,
    SpeakerKind,
)

DIRECT, MIXED, INDIRECT = QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT
TEXT = "x" * 1000


def gold(
    start: int,
    end: int,
    type: QuoteType | None = DIRECT,
    speaker: str | None = "Hillary Clinton",
    mention: tuple[int, int] | None = (500, 515),
) -> GoldQuote:
    """Make a gold quote; ``mention=None`` for a data set without speaker offsets."""
    if speaker is None:
        mention = None
    return GoldQuote(
        start,
        end,
        TEXT[start:end],
        type,
        speaker,
        None if mention is None else mention[0],
        None if mention is None else mention[1],
        cue="said",
    )


def pred(
    start: int,
    end: int,
    type: QuoteType = DIRECT,
    speaker: str | None = "Hillary Clinton",
    mention: tuple[int, int] = (500, 515),
    confidence: float = 0.9,
) -> Prediction:
    """Make a prediction; ``speaker=None`` for one without a speaker."""
    has = speaker is not None
    return Prediction(
        start,
        end,
        TEXT[start:end],
        type,
        speaker,
        mention[0] if has else None,
        mention[1] if has else None,
        TEXT[mention[0] : mention[1]] if has else None,
        rule="test",
        confidence=confidence,
        quote_id=f"q{start}",
    )


def doc(*quotes: GoldQuote, publisher: str = "paper", doc_id: str = "test-1") -> GoldDoc:
    """Make a document of the filler text."""
    return GoldDoc(doc_id, TEXT, quotes, publisher)


def metrics_of(
    quotes: list[GoldQuote], predicted: list[Prediction], types: frozenset[QuoteType] = ALL_TYPES
) -> Metrics:
    return summarize([score_doc(doc(*quotes), predicted, types)])


# --- spans ------------------------------------------------------------------------------------


def test_exact_match_needs_identical_offsets_lenient_does_not() -> None:
    m = metrics_of([gold(10, 20), gold(30, 40)], [pred(10, 20), pred(30, 39)])
    assert (m.exact.tp, m.exact.predicted, m.exact.gold) == (1, 2, 2)
    assert (m.lenient.tp, m.lenient.predicted, m.lenient.gold) == (2, 2, 2)
    assert m.exact.precision == m.exact.recall == m.exact.f1 == 0.5
    assert m.lenient.f1 == 1.0


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        ((0, 5), True),  # overlap 5 / union 10 = 0.5: the threshold is inclusive
        ((0, 4), False),  # 4 / 10
        ((0, 20), True),  # 10 / 20
        ((0, 21), False),  # 10 / 21
        ((5, 15), False),  # 5 / 15
        ((3, 13), True),  # 7 / 13
        ((10, 20), False),  # adjacent: no overlap
    ],
)
def test_lenient_threshold_edges(predicted: tuple[int, int], matches: bool) -> None:
    assert bool(lenient_match([(0, 10)], [predicted])) is matches


def test_lenient_match_is_one_to_one_best_first() -> None:
    # two predictions for one gold quote: the identical one wins, the other is a false positive
    assert lenient_match([(0, 10)], [(0, 8), (0, 10)]) == [(0, 1)]
    m = metrics_of([gold(0, 10)], [pred(0, 8), pred(0, 10)])
    assert (m.lenient.tp, m.lenient.predicted, m.lenient.gold) == (1, 2, 1)
    # two gold quotes for one prediction: one match, one miss
    assert lenient_match([(0, 12), (0, 10)], [(0, 10)]) == [(1, 0)]


def test_lenient_match_is_greedy_by_overlap_ratio() -> None:
    # (0, 16) overlaps (0, 10) by 10/16 and (0, 30) by 16/30: the better ratio wins
    assert lenient_match([(0, 10), (0, 30)], [(0, 16)]) == [(0, 0)]
    assert lenient_match([(0, 10), (0, 20)], [(0, 12)]) == [(0, 0)]


def test_lenient_match_stays_fast_on_many_spans() -> None:
    spans = [(i * 10, i * 10 + 8) for i in range(20_000)]
    shifted = [(start + 1, end + 1) for start, end in spans]
    started = time.perf_counter()
    assert len(lenient_match(spans, shifted)) == len(spans)
    assert time.perf_counter() - started < 5  # quadratic would take minutes


# --- speakers ---------------------------------------------------------------------------------


def test_name_tokens_drop_case_accents_punctuation_and_honorifics() -> None:
    assert name_tokens("Mr. José O'Brien-Smith") == ("jose", "obrien", "smith")
    assert name_tokens("DR  Ángela   MERKEL") == ("angela", "merkel")
    assert name_tokens("Sir") == ()


@pytest.mark.parametrize(
    ("gold_name", "predicted", "strict", "lenient"),
    [
        ("Hillary Clinton", "hillary clinton", True, True),
        ("Dr. José Pérez", "Jose Perez", True, True),
        ("Mr. Trump", "Donald Trump", False, True),  # same last token
        ("Hillary", "Hillary Clinton", False, True),  # subset
        ("Donald J. Trump", "Donald Trump", False, True),  # subset the other way
        ("Bill Clinton", "Hillary Clinton", False, True),  # a known looseness of "last token"
        ("Clinton", "Trump", False, False),
        ("she", "Hillary Clinton", False, False),
        ("Hillary Clinton", None, False, False),  # no predicted speaker is wrong
        ("Mr.", "Mr.", False, False),  # nothing left to compare
    ],
)
def test_speaker_names(gold_name: str, predicted: str | None, strict: bool, lenient: bool) -> None:
    assert names_match_strict(gold_name, predicted) is strict
    assert names_match_lenient(gold_name, predicted) is lenient


@pytest.mark.parametrize(
    ("predicted_mention", "overlaps"),
    [((505, 520), True), ((500, 515), True), ((514, 530), True), ((515, 530), False)],
)
def test_speaker_mention_overlap(predicted_mention: tuple[int, int], overlaps: bool) -> None:
    assert mentions_overlap(gold(0, 10), pred(0, 10, mention=predicted_mention)) is overlaps
    assert not mentions_overlap(gold(0, 10, mention=None), pred(0, 10))


def test_speaker_accuracy_counts_matched_pairs_with_a_gold_speaker() -> None:
    quotes = [
        gold(0, 10, speaker="Mr. Trump"),  # predicted "Donald Trump", mention elsewhere
        gold(20, 30, speaker="she"),  # predicted "Hillary Clinton" at the gold mention
        gold(40, 50),  # predicted without a speaker
        gold(60, 70, speaker=None),  # left out
        gold(80, 90),  # missed: left out
    ]
    predicted = [
        pred(0, 10, speaker="Donald Trump", mention=(600, 612)),
        pred(20, 30),
        pred(40, 50, speaker=None),
        pred(60, 70),
    ]
    m = metrics_of(quotes, predicted)
    assert (m.speaker_strict.correct, m.speaker_strict.total) == (0, 3)
    assert (m.speaker_lenient.correct, m.speaker_lenient.total) == (1, 3)
    assert (m.speaker_mention.correct, m.speaker_mention.total) == (1, 3)


# --- end to end -------------------------------------------------------------------------------


def test_end_to_end_leaves_out_gold_without_speaker_and_its_predictions() -> None:
    quotes = [gold(0, 10), gold(20, 30, speaker=None), gold(40, 50), gold(60, 70)]
    predicted = [
        pred(0, 10),  # right span, right mention: true positive
        pred(20, 30),  # matches gold without a speaker: left out of precision
        pred(40, 50, mention=(700, 710)),  # wrong mention
        pred(90, 99),  # false positive
    ]
    m = metrics_of(quotes, predicted)
    assert (m.end_to_end.tp, m.end_to_end.predicted, m.end_to_end.gold) == (1, 3, 3)
    assert (m.lenient.tp, m.lenient.predicted, m.lenient.gold) == (3, 4, 4)
    assert m.speaker_criterion == "mention"


def test_end_to_end_compares_names_leniently_without_speaker_offsets() -> None:
    quotes = [gold(0, 10, speaker="Mr. Trump", mention=None), gold(20, 30, mention=None)]
    predicted = [pred(0, 10, speaker="Donald Trump"), pred(20, 30, speaker="Bernie Sanders")]
    m = metrics_of(quotes, predicted)
    assert (m.end_to_end.tp, m.end_to_end.predicted, m.end_to_end.gold) == (1, 2, 2)
    assert m.speaker_criterion == "name (lenient)"
    assert m.speaker_mention.total == 0 and m.speaker_mention.value is None


# --- types ------------------------------------------------------------------------------------


def test_type_filter_sets_aside_predictions_matching_other_types() -> None:
    quotes = [gold(0, 10, DIRECT), gold(20, 40, INDIRECT)]
    predicted = [
        pred(0, 10, DIRECT),  # true positive
        pred(20, 40, DIRECT),  # matches the indirect gold: neither way when scoring direct
        pred(60, 70, DIRECT),  # false positive
        pred(80, 90, INDIRECT),  # not a direct prediction: not scored on direct
    ]
    direct = metrics_of(quotes, predicted, frozenset({DIRECT}))
    assert (direct.lenient.tp, direct.lenient.predicted, direct.lenient.gold) == (1, 2, 1)
    assert (direct.end_to_end.tp, direct.end_to_end.predicted, direct.end_to_end.gold) == (1, 2, 1)
    assert direct.set_aside == 1
    every = metrics_of(quotes, predicted)
    assert (every.lenient.tp, every.lenient.predicted, every.lenient.gold) == (2, 4, 2)
    assert every.set_aside == 0


def test_type_filter_prefers_gold_of_the_scored_type() -> None:
    # the prediction overlaps a mixed gold better, but matches the direct gold too: it counts
    quotes = [gold(0, 20, MIXED), gold(0, 12, DIRECT)]
    score = score_doc(doc(*quotes), [pred(0, 18)], frozenset({DIRECT}))
    assert [o.status for o in score.predicted] == [Status.MATCHED]
    assert score.gold[0].prediction == 0


def test_recall_by_type_and_untyped_gold() -> None:
    quotes = [
        gold(0, 10, DIRECT),
        gold(20, 30, DIRECT),
        gold(40, 50, MIXED),
        gold(60, 70, INDIRECT, speaker=None),
        gold(80, 90, None),  # untyped: scored with every type only
    ]
    m = metrics_of(quotes, [pred(0, 10), pred(40, 50, MIXED), pred(60, 70, INDIRECT)])
    rows = {row.type: row for row in m.by_type}
    assert (rows[DIRECT].spans.correct, rows[DIRECT].spans.total) == (1, 2)
    assert (rows[MIXED].spans.correct, rows[MIXED].spans.total) == (1, 1)
    assert (rows[INDIRECT].spans.correct, rows[INDIRECT].spans.total) == (1, 1)
    assert rows[INDIRECT].end_to_end.total == 0
    assert m.lenient.gold == 5
    assert metrics_of(quotes, [], frozenset({DIRECT, INDIRECT})).lenient.gold == 3


# --- aggregation ------------------------------------------------------------------------------


def test_reliability_bins_by_confidence() -> None:
    quotes = [gold(0, 10), gold(20, 30), gold(40, 50, speaker=None)]
    predicted = [
        pred(0, 10, confidence=0.95),  # right
        pred(20, 30, mention=(1, 2), confidence=0.91),  # wrong speaker
        pred(40, 50, confidence=1.0),  # gold without speaker: not in either share
        pred(60, 70, confidence=0.31),  # false positive
    ]
    bins = {(row.low, row.high): row for row in metrics_of(quotes, predicted).reliability}
    assert list(bins) == [(0.3, 0.4), (0.9, 1.0)]
    high = bins[(0.9, 1.0)]
    assert high.predictions == 3
    assert (high.speaker.correct, high.speaker.total) == (1, 2)
    assert (high.end_to_end.correct, high.end_to_end.total) == (1, 2)
    low = bins[(0.3, 0.4)]
    assert (low.predictions, low.speaker.total, low.end_to_end.total) == (1, 0, 1)


def test_by_publisher_groups_documents() -> None:
    scores = [
        score_doc(doc(gold(0, 10), publisher="nyt", doc_id="a"), [pred(0, 10)]),
        score_doc(doc(gold(0, 10), publisher="nyt", doc_id="b"), []),
        score_doc(doc(gold(0, 10), publisher="ap", doc_id="c"), [pred(50, 60)]),
    ]
    groups = by_publisher(scores)
    assert list(groups) == ["ap", "nyt"]
    assert (groups["nyt"].docs, groups["nyt"].lenient.tp, groups["nyt"].lenient.gold) == (2, 1, 2)
    assert groups["ap"].lenient.precision == 0.0


def test_error_records() -> None:
    quotes = [gold(0, 10), gold(200, 210), gold(400, 410)]
    predicted = [pred(0, 10), pred(200, 210, mention=(1, 2)), pred(300, 310)]
    records = list(error_records([score_doc(doc(*quotes), predicted)]))
    kinds = [record["kind"] for record in records]
    assert sorted(kinds) == ["false_positive", "miss", "wrong_speaker"]
    wrong = records[kinds.index("wrong_speaker")]
    assert (
        wrong["gold"]["speaker"] == "Hillary Clinton" and wrong["predicted"]["speaker_start"] == 1
    )
    assert wrong["rule"] == "test" and wrong["confidence"] == 0.9
    assert len(wrong["context_before"]) == 150 and len(wrong["context_after"]) == 150
    assert records[kinds.index("miss")]["predicted"] is None


# --- predictions and data ---------------------------------------------------------------------


def test_predictions_one_entry_per_segment() -> None:
    text = "“A b c,” she said, “d e f.”"
    speaker = Speaker("Ann Lee", SpeakerKind.PERSON, None, None, Span.of(text, 9, 12))
    quote = Quote(
        "q1",
        DIRECT,
        (Span.of(text, 1, 6), Span.of(text, 20, 26)),
        speaker,
        Span.of(text, 13, 17),
        None,
        0.8,
        "split_quote",
    )
    entries = predictions(Extraction(quotes=(quote,)))
    assert [(e.start, e.end, e.text) for e in entries] == [(1, 6, "A b c"), (20, 26, "d e f.")]
    assert {(e.speaker, e.speaker_start, e.speaker_end, e.quote_id, e.rule) for e in entries} == {
        ("Ann Lee", 9, 12, "q1", "split_quote")
    }


def test_read_gold_tolerates_extra_keys_and_derives_publisher(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    text = "She said it was fine."
    lines = [
        {"id": "set-nyt_2016_a", "text": text, "split": "dev", "quotes": [
            {"start": 9, "end": 20, "text": "it was fine", "type": "indirect", "speaker": "She",
             "speaker_start": 0, "speaker_end": 3, "attribution_id": "E1", "cue": "said"}]},
        {"id": "set-b", "text": text, "quotes": [], "publisher": "ap"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    first, second = read_gold(path)
    assert first.publisher == "nyt" and second.publisher == "ap"
    assert first.quotes == (GoldQuote(9, 20, "it was fine", INDIRECT, "She", 0, 3, "said"),)
    assert publisher_from_id("polnear-huff-post_2016-10-05_x") == "huff-post"
    assert publisher_from_id("plain") == "unknown"


def test_read_gold_rejects_bad_offsets_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    record = {"id": "x", "text": "short", "quotes": [{"start": 2, "end": 50, "type": "direct"}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:1: .*outside a text of 5 chars"):
        read_gold(path)


# --- the command ------------------------------------------------------------------------------

ARTICLE = "“We will win this race,” said Ann Lee, the candidate.\n\nHe said it was over."


def fake_extract(
    text: str, *, publisher: str | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> Extraction:
    """Stand in for the engine: find the first sentence's quote, attributed to Ann Lee."""
    speaker = Speaker("Ann Lee", SpeakerKind.PERSON, None, None, Span.of(text, 30, 37))
    quote = Quote("q1", DIRECT, (Span.of(text, 1, 23),), speaker, None, None, 0.9, "fake")
    return Extraction(quotes=(quote,))


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    quotes = [
        {"start": 1, "end": 23, "text": ARTICLE[1:23], "type": "direct", "speaker": "Ann Lee",
         "speaker_start": 30, "speaker_end": 37},
        {"start": 63, "end": 74, "text": ARTICLE[63:74], "type": "indirect", "speaker": "He",
         "speaker_start": 55, "speaker_end": 57},
    ]  # fmt: skip
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps({"id": "t-ap_1", "text": ARTICLE, "quotes": quotes}) + "\n")
    return path


def test_cli_runs_on_a_tiny_file(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(gold_file), "--by-outlet"]) == 0
    out = capsys.readouterr().out
    assert "direct only" in out and "all types" in out and "docs/s" in out and "ap" in out


def test_cli_json_and_errors(
    gold_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "extract", fake_extract)
    errors = tmp_path / "errors.jsonl"
    assert cli.main([str(gold_file), "--json", "--errors", str(errors)]) == 0
    report = json.loads(capsys.readouterr().out)
    selections = report["datasets"][0]["selections"]
    assert selections["direct"]["end_to_end"]["f1"] == 1.0
    assert selections["all"]["spans_lenient"]["recall"] == 0.5
    assert selections["all"]["recall_by_type"]["indirect"]["spans"]["correct"] == 0
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(r["doc_id"], r["kind"]) for r in records] == [("t-ap_1", "miss")]


def test_cli_without_default_data_says_where_it_looked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "dev.jsonl"
    monkeypatch.setattr(cli, "DEFAULT_DATA", missing)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "quote-eval PATH" in err


def test_cli_rejects_unknown_types(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--types", "direct,quoted"])
    assert exit_info.value.code == 2
    assert "types are direct, mixed, indirect" in capsys.readouterr().err


def test_evaluation_imports_no_web_framework() -> None:
    script = (
        "import sys, app.evaluation.cli\n"
        "web = {'fastapi', 'pydantic', 'pydantic_core', 'pydantic_settings', 'starlette'}\n"
        "print(sorted(m for m in sys.modules if m.partition('.')[0] in web))\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root
    )
    assert result.stdout.strip() == "[]"
