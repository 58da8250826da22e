"""Score predicted quotations against gold ones, as ``shared/eval/FORMAT.md`` defines.

Pure functions over one document at a time, then micro-averaged over a file:

- spans: exact (same offsets) and lenient (overlap / union ≥ 0.5, one-to-one, greedy: the pair
  with the highest overlap ratio first, ties by more overlapping characters, then position);
- speaker accuracy on leniently matched pairs whose gold speaker is not null: strict and lenient
  by name, and by mention (the predicted mention's offsets overlap the gold speaker's);
- end-to-end: a lenient span match whose speaker also matches, by mention where the gold quote
  gives the speaker's offsets and leniently by name where it does not; gold quotes without a
  speaker and the predictions matched to them are left out;
- recall per gold type, and a reliability table of predicted confidence.

Scoring on a subset of types keeps the gold quotes and the predictions of those types. A kept
prediction that matches no kept gold quote but does match one of another type counts neither way.
A gold quote with a null type is kept only when every type is scored.

Matching sorts the spans once and looks only at predictions that start within one gold length
before the gold span (no pair further away can reach the 0.5 ratio), so a document scores in
O(n log n) for the usual non-nested spans.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.evaluation.dataset import GoldDoc, GoldQuote
from app.evaluation.predict import Prediction
from app.extract.model import QuoteType

ALL_TYPES: frozenset[QuoteType] = frozenset(QuoteType)
TYPE_ORDER: tuple[QuoteType, ...] = (QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT)

# Honorifics dropped before names are compared: titles of address only, never words that can be
# a given name or a surname.
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir"})

RELIABILITY_BINS = 10  # equal-width bins of predicted confidence over [0, 1]

Spans = Sequence[tuple[int, int]]


# --- spans ------------------------------------------------------------------------------------


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Return how many characters two ``(start, end)`` spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def lenient_match(gold: Spans, predicted: Spans) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one-to-one where overlap / union ≥ 0.5, best ratio first.

    Return ``(gold index, predicted index)`` pairs in gold order. Identical spans have the ratio
    1 and are paired first, so the pairs with equal offsets are also the exact one-to-one matches.
    """
    order = sorted(range(len(predicted)), key=predicted.__getitem__)
    starts = [predicted[j][0] for j in order]
    candidates: list[tuple[float, int, int, int]] = []
    for i, span in enumerate(gold):
        length = span[1] - span[0]
        # A prediction starting before span[0] - length has a union over twice its overlap.
        for k in range(bisect_left(starts, span[0] - length), bisect_left(starts, span[1])):
            j = order[k]
            shared = overlap(span, predicted[j])
            union = max(span[1], predicted[j][1]) - min(span[0], predicted[j][0])
            if shared and 2 * shared >= union:
                candidates.append((-shared / union, -shared, i, j))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    gold_taken: set[int] = set()
    predicted_taken: set[int] = set()
    for _, _, i, j in candidates:
        if i not in gold_taken and j not in predicted_taken:
            gold_taken.add(i)
            predicted_taken.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


# --- speakers ---------------------------------------------------------------------------------


def name_tokens(name: str) -> tuple[str, ...]:
    """Normalise a name to tokens: casefolded, no accents or punctuation, honorifics dropped.

    ``"Mr. José O'Brien-Smith"`` gives ``("jose", "obrien", "smith")``.
    """
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", name.casefold()):
        category = unicodedata.category(char)
        if category == "Mn":  # a combining accent
            continue
        if category == "Pd" or char.isspace():  # dashes separate words: "Ocasio-Cortez"
            kept.append(" ")
        elif category[0] not in "PS":  # other punctuation and symbols vanish: "O'Brien", "U.S."
            kept.append(char)
    return tuple(token for token in "".join(kept).split() if token not in HONORIFICS)


def names_match_strict(gold: str, predicted: str | None) -> bool:
    """Return whether two names are equal once normalised."""
    if predicted is None:
        return False
    tokens = name_tokens(gold)
    return bool(tokens) and tokens == name_tokens(predicted)


def names_match_lenient(gold: str, predicted: str | None) -> bool:
    """Return whether two names share their last token, or one's tokens are within the other's."""
    if predicted is None:
        return False
    a, b = name_tokens(gold), name_tokens(predicted)
    if not a or not b:
        return False
    return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)


def mentions_overlap(gold: GoldQuote, predicted: Prediction) -> bool:
    """Return whether the predicted speaker mention overlaps the gold speaker mention."""
    if gold.speaker_start is None or gold.speaker_end is None:
        return False
    if predicted.speaker_start is None or predicted.speaker_end is None:
        return False
    gold_span = (gold.speaker_start, gold.speaker_end)
    return overlap(gold_span, (predicted.speaker_start, predicted.speaker_end)) > 0


def speaker_correct(gold: GoldQuote, predicted: Prediction) -> bool:
    """Return whether the speaker matches: by mention where gold has offsets, else by name."""
    if gold.speaker is None:
        return False
    if gold.has_speaker_mention:
        return mentions_overlap(gold, predicted)
    return names_match_lenient(gold.speaker, predicted.speaker)


# --- one document -----------------------------------------------------------------------------


class Status(StrEnum):
    """What became of a prediction."""

    MATCHED = "matched"  # leniently matched to a scored gold quote
    FALSE_POSITIVE = "false_positive"
    SET_ASIDE = "set_aside"  # matches a gold quote of a type not scored: counts neither way


@dataclass(frozen=True, slots=True)
class GoldOutcome:
    """A scored gold quote and what the system made of it."""

    quote: GoldQuote
    prediction: int | None  # index into the document's predictions, when matched
    exact: bool = False
    speaker_strict: bool = False
    speaker_lenient: bool = False
    speaker_mention: bool = False
    speaker_correct: bool = False  # by the criterion of ``speaker_correct``

    @property
    def end_to_end(self) -> bool:
        """Return whether the span and the speaker were both found."""
        return self.prediction is not None and self.speaker_correct


@dataclass(frozen=True, slots=True)
class PredictionOutcome:
    """A scored prediction and what it matched."""

    prediction: Prediction
    status: Status
    gold: int | None  # index into the document's quotes (also for SET_ASIDE)
    gold_has_speaker: bool = False
    speaker_correct: bool = False

    @property
    def end_to_end_counted(self) -> bool:
        """Return whether the prediction counts in end-to-end precision."""
        if self.status is Status.SET_ASIDE:
            return False
        return self.status is Status.FALSE_POSITIVE or self.gold_has_speaker

    @property
    def end_to_end(self) -> bool:
        """Return whether the prediction is an end-to-end true positive."""
        return self.status is Status.MATCHED and self.speaker_correct


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document scored on a selection of types."""

    doc: GoldDoc
    predictions: tuple[Prediction, ...]
    gold: tuple[GoldOutcome, ...]  # the scored gold quotes, in document order
    predicted: tuple[PredictionOutcome, ...]  # the predictions of the scored types


def in_selection(quote_type: QuoteType | None, types: frozenset[QuoteType]) -> bool:
    """Return whether a gold quote of this type is scored; untyped ones only with every type."""
    return types >= ALL_TYPES if quote_type is None else quote_type in types


def score_doc(
    doc: GoldDoc, predictions: Sequence[Prediction], types: frozenset[QuoteType] = ALL_TYPES
) -> DocScore:
    """Match one document's predictions to its gold quotes, scoring only ``types``."""
    kept_gold = [i for i, quote in enumerate(doc.quotes) if in_selection(quote.type, types)]
    other_gold = [i for i, quote in enumerate(doc.quotes) if not in_selection(quote.type, types)]
    kept = [j for j, prediction in enumerate(predictions) if prediction.type in types]

    pairs = lenient_match(_spans(doc.quotes, kept_gold), _spans(predictions, kept))
    gold_to_prediction = {kept_gold[a]: kept[b] for a, b in pairs}
    prediction_to_gold = {j: i for i, j in gold_to_prediction.items()}
    leftover = [j for j in kept if j not in prediction_to_gold]
    aside = lenient_match(_spans(doc.quotes, other_gold), _spans(predictions, leftover))
    set_aside = {leftover[b]: other_gold[a] for a, b in aside}

    gold_outcomes = tuple(
        _gold_outcome(doc.quotes[i], gold_to_prediction.get(i), predictions) for i in kept_gold
    )
    correct = {o.prediction: o.speaker_correct for o in gold_outcomes if o.prediction is not None}
    prediction_outcomes: list[PredictionOutcome] = []
    for j in kept:
        if j in prediction_to_gold:
            gold_index = prediction_to_gold[j]
            outcome = PredictionOutcome(
                predictions[j],
                Status.MATCHED,
                gold_index,
                gold_has_speaker=doc.quotes[gold_index].speaker is not None,
                speaker_correct=correct[j],
            )
        elif j in set_aside:
            outcome = PredictionOutcome(predictions[j], Status.SET_ASIDE, set_aside[j])
        else:
            outcome = PredictionOutcome(predictions[j], Status.FALSE_POSITIVE, None)
        prediction_outcomes.append(outcome)
    return DocScore(doc, tuple(predictions), gold_outcomes, tuple(prediction_outcomes))


def _spans(items: Sequence[GoldQuote] | Sequence[Prediction], indices: list[int]) -> Spans:
    return [(items[i].start, items[i].end) for i in indices]


def _gold_outcome(
    quote: GoldQuote, match: int | None, predictions: Sequence[Prediction]
) -> GoldOutcome:
    if match is None:
        return GoldOutcome(quote, None)
    predicted = predictions[match]
    exact = (quote.start, quote.end) == (predicted.start, predicted.end)
    if quote.speaker is None:
        return GoldOutcome(quote, match, exact)
    return GoldOutcome(
        quote,
        match,
        exact,
        speaker_strict=names_match_strict(quote.speaker, predicted.speaker),
        speaker_lenient=names_match_lenient(quote.speaker, predicted.speaker),
        speaker_mention=mentions_overlap(quote, predicted),
        speaker_correct=speaker_correct(quote, predicted),
    )


# --- a file -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 from counts."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Return tp / predicted, 0 when nothing was predicted."""
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Return tp / gold, 0 when there is no gold."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return counts and rates as a JSON-ready mapping."""
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """A share of correct cases."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """Return correct / total, ``None`` when there are no cases."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """Return counts and rate as a JSON-ready mapping."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(frozen=True, slots=True)
class TypeRecall:
    """Recall of the gold quotes of one type: of the spans, and end to end."""

    type: QuoteType
    spans: Accuracy  # found / gold
    end_to_end: Accuracy  # found with the right speaker / gold with a speaker


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """The predictions whose confidence falls in ``[low, high)`` (the last bin includes 1)."""

    low: float
    high: float
    predictions: int  # counted predictions (not set aside)
    speaker: Accuracy  # matched to gold with a speaker: share with the right speaker
    end_to_end: Accuracy  # end-to-end precision of the bin

    def to_dict(self) -> dict[str, Any]:
        """Return the bin as a JSON-ready mapping."""
        return {
            "low": self.low,
            "high": self.high,
            "predictions": self.predictions,
            "speaker": self.speaker.to_dict(),
            "end_to_end_precision": self.end_to_end.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Metrics:
    """Every metric of FORMAT.md, micro-averaged over a set of documents."""

    docs: int
    set_aside: int  # predictions matching gold of a type not scored
    speaker_criterion: str  # how end-to-end compares speakers on this data
    exact: Score
    lenient: Score
    end_to_end: Score
    speaker_strict: Accuracy
    speaker_lenient: Accuracy
    speaker_mention: Accuracy
    by_type: tuple[TypeRecall, ...]
    reliability: tuple[ReliabilityBin, ...]  # non-empty bins only

    def to_dict(self) -> dict[str, Any]:
        """Return every metric as a JSON-ready mapping."""
        return {
            "docs": self.docs,
            "gold": self.lenient.gold,
            "predicted": self.lenient.predicted,
            "set_aside": self.set_aside,
            "speaker_criterion": self.speaker_criterion,
            "spans_exact": self.exact.to_dict(),
            "spans_lenient": self.lenient.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "speaker_accuracy": {
                "strict": self.speaker_strict.to_dict(),
                "lenient": self.speaker_lenient.to_dict(),
                "mention": self.speaker_mention.to_dict(),
            },
            "recall_by_type": {
                row.type.value: {
                    "spans": row.spans.to_dict(),
                    "end_to_end": row.end_to_end.to_dict(),
                }
                for row in self.by_type
            },
            "reliability": [row.to_dict() for row in self.reliability],
        }


def summarize(scores: Iterable[DocScore]) -> Metrics:
    """Micro-average the scores of many documents."""
    scores = list(scores)
    gold = [outcome for score in scores for outcome in score.gold]
    predicted = [outcome for score in scores for outcome in score.predicted]
    counted = [outcome for outcome in predicted if outcome.status is not Status.SET_ASIDE]
    with_speaker = [o for o in gold if o.quote.speaker is not None]
    matched_with_speaker = [o for o in with_speaker if o.prediction is not None]
    with_mention = [o for o in matched_with_speaker if o.quote.has_speaker_mention]
    e2e_tp = sum(o.end_to_end for o in with_speaker)
    return Metrics(
        docs=len(scores),
        set_aside=len(predicted) - len(counted),
        speaker_criterion=_speaker_criterion(with_speaker),
        exact=Score(sum(o.exact for o in gold), len(counted), len(gold)),
        lenient=Score(sum(o.prediction is not None for o in gold), len(counted), len(gold)),
        end_to_end=Score(e2e_tp, sum(o.end_to_end_counted for o in counted), len(with_speaker)),
        speaker_strict=_accuracy(o.speaker_strict for o in matched_with_speaker),
        speaker_lenient=_accuracy(o.speaker_lenient for o in matched_with_speaker),
        speaker_mention=_accuracy(o.speaker_mention for o in with_mention),
        by_type=_by_type(gold),
        reliability=_reliability(counted),
    )


def by_publisher(scores: Iterable[DocScore]) -> dict[str, Metrics]:
    """Summarize the documents of each publisher separately, publishers in sorted order."""
    groups: dict[str, list[DocScore]] = defaultdict(list)
    for score in scores:
        groups[score.doc.publisher].append(score)
    return {publisher: summarize(groups[publisher]) for publisher in sorted(groups)}


def _accuracy(results: Iterable[bool]) -> Accuracy:
    values = list(results)
    return Accuracy(sum(values), len(values))


def _speaker_criterion(with_speaker: Sequence[GoldOutcome]) -> str:
    mentions = sum(o.quote.has_speaker_mention for o in with_speaker)
    if mentions == len(with_speaker):
        return "mention"
    if mentions == 0:
        return "name (lenient)"
    return "mention where annotated, else name (lenient)"


def _by_type(gold: Sequence[GoldOutcome]) -> tuple[TypeRecall, ...]:
    rows: list[TypeRecall] = []
    for quote_type in TYPE_ORDER:
        of_type = [o for o in gold if o.quote.type is quote_type]
        if not of_type:
            continue
        rows.append(
            TypeRecall(
                quote_type,
                _accuracy(o.prediction is not None for o in of_type),
                _accuracy(o.end_to_end for o in of_type if o.quote.speaker is not None),
            )
        )
    return tuple(rows)


def _reliability(counted: Sequence[PredictionOutcome]) -> tuple[ReliabilityBin, ...]:
    bins: dict[int, list[PredictionOutcome]] = defaultdict(list)
    for outcome in counted:
        confidence = outcome.prediction.confidence
        confidence = 0.0 if math.isnan(confidence) else min(max(confidence, 0.0), 1.0)
        bins[min(int(confidence * RELIABILITY_BINS), RELIABILITY_BINS - 1)].append(outcome)
    return tuple(
        ReliabilityBin(
            low=k / RELIABILITY_BINS,
            high=(k + 1) / RELIABILITY_BINS,
            predictions=len(bins[k]),
            speaker=_accuracy(
                o.speaker_correct
                for o in bins[k]
                if o.status is Status.MATCHED and o.gold_has_speaker
            ),
            end_to_end=_accuracy(o.end_to_end for o in bins[k] if o.end_to_end_counted),
        )
        for k in sorted(bins)
    )
