"""``quote-eval``: run the engine over gold JSONL files and print the metrics of FORMAT.md.

    quote-eval                                    # ../shared/data/polnear/dev.jsonl
    quote-eval ../shared/data/polnear/train.jsonl --by-outlet --errors eval-errors.jsonl
    quote-eval --types direct --json

Each file is scored on its own. ``--types`` says which kinds of quotation the engine is asked for
and scored on; ``--report`` which selections of them get a block of metrics (by default direct
quotes alone, then every type asked for).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shlex
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import app
from app.evaluation.dataset import DatasetError, GoldDoc, read_gold
from app.evaluation.errors import error_records
from app.evaluation.metrics import (
    ALL_TYPES,
    TYPE_ORDER,
    DocScore,
    Metrics,
    by_publisher,
    score_doc,
    summarize,
)
from app.evaluation.predict import Prediction, predictions
from app.evaluation.report import render_by_publisher, render_metrics
from app.extract import ExtractConfig, QuoteType, extract

REPO_ROOT = Path(app.__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data" / "polnear" / "dev.jsonl"


@dataclass(frozen=True, slots=True)
class Selection:
    """A set of quotation types to score on."""

    types: frozenset[QuoteType]

    @property
    def key(self) -> str:
        """Return a short name: ``"all"`` or the types joined by ``+``."""
        if self.types == ALL_TYPES:
            return "all"
        return "+".join(t.value for t in TYPE_ORDER if t in self.types)

    @property
    def title(self) -> str:
        """Return a heading for the selection's report."""
        return "all types" if self.types == ALL_TYPES else self.key.replace("+", " + ") + " only"


@dataclass(frozen=True, slots=True)
class Timing:
    """Where the time of one file went, in seconds."""

    docs: int
    chars: int
    load: float
    extract: float
    score: float

    def to_dict(self) -> dict[str, Any]:
        """Return the timings and rates as a JSON-ready mapping."""
        return {
            "docs": self.docs,
            "chars": self.chars,
            "load_s": self.load,
            "extract_s": self.extract,
            "score_s": self.score,
            "docs_per_s": _rate(self.docs, self.extract),
            "chars_per_s": _rate(self.chars, self.extract),
        }


@dataclass(frozen=True, slots=True)
class SelectionResult:
    """The metrics of one selection, overall and per publisher."""

    selection: Selection
    metrics: Metrics
    by_publisher: dict[str, Metrics]


@dataclass(frozen=True, slots=True)
class DatasetResult:
    """One file's timing and metrics, and its documents scored on every type asked for."""

    path: Path
    timing: Timing
    results: tuple[SelectionResult, ...]
    scores: tuple[DocScore, ...]

    def render(self, *, by_outlet: bool) -> str:
        """Return the results as text tables."""
        timing = self.timing
        blocks = [
            f"\n== {self.path}: {timing.docs} documents, {timing.chars:,} characters ==\n"
            f"extract: {timing.extract:.3f} s = {_rate(timing.docs, timing.extract):,.1f} docs/s,"
            f" {_rate(timing.chars, timing.extract):,.0f} chars/s"
            f"  (load {timing.load:.3f} s, score {timing.score:.3f} s)",
            *(render_metrics(r.selection.title, r.metrics) for r in self.results),
        ]
        if by_outlet:
            blocks += [render_by_publisher(r.selection.title, r.by_publisher) for r in self.results]
        return "\n\n".join(blocks)

    def to_dict(self) -> dict[str, Any]:
        """Return the results as a JSON-ready mapping."""
        return {
            "path": str(self.path),
            "timing": self.timing.to_dict(),
            "selections": {
                r.selection.key: {
                    "types": [t.value for t in TYPE_ORDER if t in r.selection.types],
                    **r.metrics.to_dict(),
                    "by_publisher": {name: m.to_dict() for name, m in r.by_publisher.items()},
                }
                for r in self.results
            },
        }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation command; return the process exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(arguments)
    paths: list[Path] = args.paths or [DEFAULT_DATA.resolve()]
    for path in paths:
        if not path.is_file():
            print(_missing_message(path, default=not args.paths), file=sys.stderr)
            return 2
    types: frozenset[QuoteType] = args.types
    selections = _selections(args.report, types)
    command = shlex.join(["quote-eval", *arguments])
    if not args.json:
        print(f"{command}    (quote-attribution {app.__version__})")

    datasets: list[dict[str, Any]] = []
    with contextlib.ExitStack() as stack:
        errors_file = (
            stack.enter_context(args.errors.open("w", encoding="utf-8")) if args.errors else None
        )
        for path in paths:
            try:
                result = _evaluate(path, types, selections, limit=args.limit)
            except DatasetError as error:
                print(f"quote-eval: {error}", file=sys.stderr)
                return 2
            if errors_file is not None:
                for record in error_records(result.scores):
                    errors_file.write(
                        json.dumps({"dataset": path.name, **record}, ensure_ascii=False)
                    )
                    errors_file.write("\n")
            if args.json:
                datasets.append(result.to_dict())
            else:
                print(result.render(by_outlet=args.by_outlet))
    if args.json:
        report = {
            "command": command,
            "version": app.__version__,
            "types": [t.value for t in TYPE_ORDER if t in types],
            "datasets": datasets,
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif args.errors:
        print(f"\nerrors (all --types) written to {args.errors}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quote-eval",
        description="Score the quote attribution engine on gold JSONL files (FORMAT.md).",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="gold JSONL files (default: ../shared/data/polnear/dev.jsonl beside the repository)",
    )
    parser.add_argument(
        "--types",
        type=_types,
        default=ALL_TYPES,
        help="types to extract and score, comma-separated (default: direct,mixed,indirect)",
    )
    parser.add_argument(
        "--report",
        type=_report,
        default="direct,all",
        help="selections to report, comma-separated: 'all' (every --types) or a type name;"
        " types joined by '+' make one selection (default: direct,all)",
    )
    parser.add_argument("--by-outlet", action="store_true", help="also print a table per publisher")
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="FILE",
        help="write misses, false positives and wrong speakers (all --types) to FILE as JSONL",
    )
    parser.add_argument("--json", action="store_true", help="print every metric as JSON")
    parser.add_argument(
        "--limit", type=_positive, metavar="N", help="score the first N documents of each file"
    )
    return parser


def _types(value: str) -> frozenset[QuoteType]:
    names = {name.strip().casefold() for name in value.replace("+", ",").split(",")} - {""}
    if "all" in names:
        return ALL_TYPES
    try:
        types = frozenset(QuoteType(name) for name in names)
    except ValueError:
        known = ", ".join(t.value for t in TYPE_ORDER)
        raise argparse.ArgumentTypeError(f"{value!r}: types are {known} (or all)") from None
    if not types:
        raise argparse.ArgumentTypeError("give at least one type")
    return types


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _report(value: str) -> list[frozenset[QuoteType]]:
    return [_types(item) for item in value.split(",") if item.strip()]


def _selections(report: list[frozenset[QuoteType]], types: frozenset[QuoteType]) -> list[Selection]:
    """Return the selections to report, each cut down to ``types``, without empty or repeats."""
    selections: list[Selection] = []
    for wanted in (requested & types for requested in report):
        if wanted and all(s.types != wanted for s in selections):
            selections.append(Selection(wanted))
    return selections or [Selection(types)]


def _missing_message(path: Path, *, default: bool) -> str:
    if default:
        return (
            f"quote-eval: no evaluation data at {path}\n"
            "  (the default, ../shared/data/polnear/dev.jsonl beside the repository).\n"
            "  Pass the gold JSONL file(s) to score: quote-eval PATH [PATH ...]"
        )
    return f"quote-eval: no such file: {path}"


def _evaluate(
    path: Path, types: frozenset[QuoteType], selections: list[Selection], *, limit: int | None
) -> DatasetResult:
    """Read one file, run the engine over its documents and score them."""
    started = time.perf_counter()
    docs = read_gold(path, limit=limit)
    loaded = time.perf_counter()
    config = ExtractConfig(types=types)
    predicted = [_predict(doc, config) for doc in docs]
    extracted = time.perf_counter()
    scored = {  # each distinct selection once, and every type asked for (for --errors)
        wanted: [score_doc(doc, p, wanted) for doc, p in zip(docs, predicted, strict=True)]
        for wanted in dict.fromkeys([*(selection.types for selection in selections), types])
    }
    results = tuple(
        SelectionResult(s, summarize(scored[s.types]), by_publisher(scored[s.types]))
        for s in selections
    )
    timing = Timing(
        docs=len(docs),
        chars=sum(len(doc.text) for doc in docs),
        load=loaded - started,
        extract=extracted - loaded,
        score=time.perf_counter() - extracted,
    )
    return DatasetResult(path, timing, results, tuple(scored[types]))


def _predict(doc: GoldDoc, config: ExtractConfig) -> tuple[Prediction, ...]:
    try:
        return predictions(extract(doc.text, publisher=doc.publisher, config=config))
    except Exception as error:
        error.add_note(f"while extracting the quotes of document {doc.id!r}")
        raise


def _rate(amount: int, seconds: float) -> float:
    return amount / seconds if seconds > 0 else float("inf")
