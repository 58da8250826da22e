"""List what a system got wrong, one JSON-ready record per error, for reading and tallying.

Three kinds: ``miss`` (a scored gold quote no prediction matched), ``false_positive`` (a
prediction that matched nothing) and ``wrong_speaker`` (a matched pair whose gold speaker the
prediction did not find, by the data set's criterion). Each record carries the gold and predicted
spans and speakers, the rule and confidence of the prediction, and the text around them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from app.evaluation.dataset import GoldDoc, GoldQuote
from app.evaluation.metrics import DocScore, Status
from app.evaluation.predict import Prediction

CONTEXT_CHARS = 150


def error_records(scores: Iterable[DocScore]) -> Iterator[dict[str, Any]]:
    """Yield one record per miss, false positive and wrong speaker, in document order."""
    for score in scores:
        doc = score.doc
        for gold in score.gold:
            if gold.prediction is None:
                yield _record(doc, "miss", gold.quote, None)
            elif gold.quote.speaker is not None and not gold.speaker_correct:
                yield _record(doc, "wrong_speaker", gold.quote, score.predictions[gold.prediction])
        for predicted in score.predicted:
            if predicted.status is Status.FALSE_POSITIVE:
                yield _record(doc, "false_positive", None, predicted.prediction)


def _record(
    doc: GoldDoc, kind: str, gold: GoldQuote | None, predicted: Prediction | None
) -> dict[str, Any]:
    spans = [(item.start, item.end) for item in (gold, predicted) if item is not None]
    low = min(start for start, _ in spans)
    high = max(end for _, end in spans)
    return {
        "doc_id": doc.id,
        "publisher": doc.publisher,
        "kind": kind,
        "gold": None if gold is None else _gold_record(doc.text, gold),
        "predicted": None if predicted is None else predicted.to_record(),
        "rule": None if predicted is None else predicted.rule,
        "confidence": None if predicted is None else predicted.confidence,
        "context_before": doc.text[max(0, low - CONTEXT_CHARS) : low],
        "context_after": doc.text[high : high + CONTEXT_CHARS],
    }


def _gold_record(text: str, quote: GoldQuote) -> dict[str, Any]:
    mention = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        mention = text[quote.speaker_start : quote.speaker_end]
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "type": None if quote.type is None else quote.type.value,
        "speaker": quote.speaker,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "speaker_mention": mention,
        "cue": quote.cue,
    }
