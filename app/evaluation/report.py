"""Render metrics as plain-text tables for a terminal."""

from __future__ import annotations

from app.evaluation.metrics import Accuracy, Metrics, ReliabilityBin, Score, TypeRecall


def render_metrics(title: str, metrics: Metrics) -> str:
    """Return one selection's metrics as a block of tables."""
    lines = [
        f"{title}: {metrics.lenient.gold} gold, {metrics.lenient.predicted} predicted"
        f" ({metrics.set_aside} more set aside: they match gold of a type not scored)",
        f"  {'':<24}{'P %':>7}{'R %':>7}{'F1 %':>7}{'tp':>8}{'pred':>8}{'gold':>8}",
        _score_row("spans, exact", metrics.exact),
        _score_row("spans, lenient", metrics.lenient),
        _score_row("end-to-end", metrics.end_to_end),
        f"  (end-to-end: span matched leniently and speaker by {metrics.speaker_criterion};"
        " gold without a speaker left out)",
        f"  {'speaker accuracy':<24}{'%':>7}{'correct':>10}{'of':>8}",
        _accuracy_row("strict (name)", metrics.speaker_strict),
        _accuracy_row("lenient (name)", metrics.speaker_lenient),
        _accuracy_row("mention", metrics.speaker_mention),
        f"  {'recall by gold type':<24}{'spans %':>9}{'found':>8}{'of':>8}"
        f"{'e2e %':>9}{'found':>8}{'of':>8}",
    ]
    lines += [_type_row(row) for row in metrics.by_type]
    if not metrics.reliability:
        lines.append("  reliability: no predictions")
        return "\n".join(lines)
    lines.append(
        f"  {'reliability: confidence':<24}{'preds':>7}{'speaker ok %':>14}{'of':>6}{'e2e P %':>9}"
    )
    lines += [_bin_row(row) for row in metrics.reliability]
    return "\n".join(lines)


def render_by_publisher(title: str, by_publisher: dict[str, Metrics]) -> str:
    """Return a table with one row of headline metrics per publisher."""
    header = (
        f"  {'publisher':<16}{'docs':>6}{'gold':>7}{'pred':>7}{'lenient F1':>12}"
        f"{'e2e P':>8}{'e2e R':>8}{'e2e F1':>8}{'speaker':>9}"
    )
    lines = [f"{title}, by publisher (%; speaker = mention accuracy, else lenient name)", header]
    for publisher, metrics in by_publisher.items():
        speaker = metrics.speaker_mention
        if not speaker.total:
            speaker = metrics.speaker_lenient
        lines.append(
            f"  {publisher:<16}{metrics.docs:>6}{metrics.lenient.gold:>7}"
            f"{metrics.lenient.predicted:>7}{_percent(metrics.lenient.f1):>12}"
            f"{_percent(metrics.end_to_end.precision):>8}{_percent(metrics.end_to_end.recall):>8}"
            f"{_percent(metrics.end_to_end.f1):>8}{_percent(speaker.value):>9}"
        )
    return "\n".join(lines)


def _score_row(label: str, score: Score) -> str:
    return (
        f"  {label:<24}{_percent(score.precision):>7}{_percent(score.recall):>7}"
        f"{_percent(score.f1):>7}{score.tp:>8}{score.predicted:>8}{score.gold:>8}"
    )


def _type_row(row: TypeRecall) -> str:
    spans, e2e = row.spans, row.end_to_end
    return (
        f"    {row.type.value:<22}{_percent(spans.value):>9}{spans.correct:>8}{spans.total:>8}"
        f"{_percent(e2e.value):>9}{e2e.correct:>8}{e2e.total:>8}"
    )


def _bin_row(row: ReliabilityBin) -> str:
    return (
        f"    {f'{row.low:.1f}–{row.high:.1f}':<22}{row.predictions:>7}"
        f"{_percent(row.speaker.value):>14}{row.speaker.total:>6}"
        f"{_percent(row.end_to_end.value):>9}"
    )


def _accuracy_row(label: str, accuracy: Accuracy) -> str:
    return f"    {label:<22}{_percent(accuracy.value):>7}{accuracy.correct:>10}{accuracy.total:>8}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"
