"""Time the quote attribution engine: throughput on real articles, and growth with text length.

    python bench/benchmark.py                      # PolNeAR dev + train, then the scaling check
    python bench/benchmark.py article.txt x.jsonl  # your own articles (.txt) or gold JSONL files
    python bench/benchmark.py --http http://127.0.0.1:8000/v1/quotes --requests 200

The corpus run calls ``extract`` once per document (after one warm-up call) and reports docs/s,
MB/s (UTF-8) and per-document latency. The scaling check times one synthetic article repeated
1, 10 and 100 times, as paragraphs and as a single run-on paragraph, and short shapes that
stress the pairing and attribution rules repeated to 20,000 and 200,000 characters with no
sentence end: the engine must stay linear in its input, so each tenfold text should take about
ten times as long; the script exits with status 1 when it takes far more. ``--http`` posts
the reference article to a running service instead and reports its latency.

The PolNeAR texts are read from ``../shared/data/polnear`` beside the repository and never copied.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from itertools import chain, islice
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere, without installing the package
    sys.path.insert(0, str(ROOT))

from app.evaluation.dataset import iter_gold  # noqa: E402
from app.extract import extract  # noqa: E402

DATA = ROOT / ".." / "shared" / "data" / "polnear"
DEFAULT_FILES = ("dev.jsonl", "train.jsonl")
REFERENCE_ARTICLE = ROOT / ".." / "shared" / "reference" / "article.txt"
SCALES = (1, 10, 100)
SUPERLINEAR = 2.0  # time per character at 100x over that at 10x beyond which growth is flagged

# One article exercising the patterns the engine handles: direct, split, mixed and indirect
# quotes, curly and straight marks, the NYT '' digraph, "according to", a pronoun speaker.
SYNTHETIC_ARTICLE = """\
Senator pledges to fight the budget cuts in committee

WASHINGTON — Senator Maria Alvarez said on Tuesday that she would oppose the spending plan.

“This budget takes money from the people who need it most,” Alvarez told reporters. “We will \
not let it pass without a fight.”

The White House disagreed. "The plan protects every essential program," said Karen Doyle, a \
spokeswoman for the administration, adding that the cuts were "modest and overdue."

According to two aides familiar with the talks, the negotiations stalled late on Monday.

''We are still at the table,'' said Mr. Hughes, the majority leader. ''Nobody has walked away.''

He later told The Associated Press that a vote could come as soon as next week, and that he \
expected "a handful of defections" from his own party.

Critics called the proposal “a gift to the wealthy,” while supporters argued it would balance \
the books within a decade.
"""
# Shapes repeated into one endless sentence: a rule that looks back over the whole sentence, or
# over every quotation, at each comma or quotation grows with the square of their length.
STRESS_SHAPES = {
    "names and commas": "Ann Smith, Bob Jones, Carl Lee, ",
    "party brackets": "Gov. Ann Smith (R, ",
    "relative clauses": ", , , who said, ",
    "single quotes around doubles": "‘one two three four’ and “x y”. ",
    "unclosed doubles": "“a b c ",
    "unclosed singles": "‘a b c ",
    "apostrophes": "don’t ’90s rock’n’roll ",
    "speaker cues": "“Yes,” said Sen. Ann Smith (R-Texas), the chairman. ",
}
STRESS_LENGTHS = (20_000, 200_000)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit status."""
    args = _parser().parse_args(argv)
    if args.http:
        return _http(args.http, args.requests)
    status = 0
    if args.paths:
        missing = [path for path in args.paths if not path.is_file()]
        if missing:
            print(f"benchmark: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
            return 2
        paths = list(args.paths)
    else:
        paths = [(DATA / name).resolve() for name in DEFAULT_FILES]
        if not all(path.is_file() for path in paths):
            print(
                f"benchmark: the PolNeAR data is not at {DATA.resolve()}"
                f" ({', '.join(DEFAULT_FILES)}); skipping the corpus run.\n"
                "  Pass gold JSONL files or .txt articles to time: "
                "python bench/benchmark.py PATH [PATH ...]",
                file=sys.stderr,
            )
            paths = []
    if paths:
        _corpus(_read_texts(paths, args.limit))
    if not args.skip_scaling and not _scaling():
        status = 1
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Time the quote attribution engine.")
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="gold JSONL files or .txt articles (default: PolNeAR dev.jsonl and train.jsonl)",
    )
    parser.add_argument(
        "--limit", type=_positive, metavar="N", help="time only the first N documents"
    )
    parser.add_argument("--skip-scaling", action="store_true", help="skip the scaling check")
    parser.add_argument("--http", metavar="URL", help="time POST /v1/quotes of a running service")
    parser.add_argument(
        "--requests", type=_positive, default=100, metavar="N", help="requests for --http (100)"
    )
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _read_texts(paths: Sequence[Path], limit: int | None) -> list[tuple[str, str]]:
    """Return the first ``limit`` ``(id, text)`` pairs: JSONL documents, or whole .txt files."""
    texts = (
        [(path.name, path.read_text(encoding="utf-8"))]
        if path.suffix == ".txt"
        else ((doc.id, doc.text) for doc in iter_gold(path))
        for path in paths
    )
    return list(islice(chain.from_iterable(texts), limit))


def _corpus(texts: list[tuple[str, str]]) -> None:
    """Time ``extract`` once per document and print throughput and latency."""
    if not texts:
        print("corpus: no documents")
        return
    started = time.perf_counter()
    extract(texts[0][1])
    first = time.perf_counter() - started

    latencies: list[tuple[float, str, int]] = []
    for doc_id, text in texts:
        started = time.perf_counter()
        extract(text)
        latencies.append((time.perf_counter() - started, doc_id, len(text)))
    total = sum(seconds for seconds, _, _ in latencies)
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    seconds = sorted(seconds for seconds, _, _ in latencies)
    slowest = max(latencies)

    print(f"corpus: {len(texts)} documents, {size / 1e6:.2f} MB, {total:.3f} s extracting")
    docs_per_second, mb_per_second = _rate(len(texts), total), _rate(size / 1e6, total)
    print(f"  throughput   {docs_per_second:,.1f} docs/s   {mb_per_second:.2f} MB/s")
    print(f"{_latency(seconds)} ({slowest[1]}, {slowest[2]:,} chars)")
    print(f"  first call   {_ms(first)} (includes loading anything loaded lazily)")


def _scaling() -> bool:
    """Time a synthetic article at several lengths, as paragraphs and as one run-on paragraph
    (which piles every mention of its people into one block); return whether both stay linear."""
    flat = " ".join(SYNTHETIC_ARTICLE.split())
    return all(
        [
            _scaled("\n\n", SYNTHETIC_ARTICLE, "paragraphs"),
            _scaled(" ", flat, "one paragraph"),
            _stressed(),
        ]
    )


def _stressed() -> bool:
    """Time each stress shape at two lengths; return whether every one grows linearly."""
    short, long = STRESS_LENGTHS
    print(f"scaling (stress shapes): {short:,} and {long:,} chars, no sentence end")
    linear = True
    for label, shape in STRESS_SHAPES.items():
        times = [
            _best_time(partial(extract, (shape * (length // len(shape) + 1))[:length]), least=1)
            for length in STRESS_LENGTHS
        ]
        growth = (times[1] / long) / (times[0] / short)
        verdict = "linear" if growth <= SUPERLINEAR else "SUPERLINEAR"
        linear = linear and growth <= SUPERLINEAR
        print(
            f"  {label:<30} {_ms(times[0])}  {_ms(times[1])}"
            f"   time per char {long // short}x / 1x: {growth:.2f}  -> {verdict}"
        )
    return linear


def _scaled(joiner: str, article: str, label: str) -> bool:
    """Time ``article`` repeated 1, 10 and 100 times; return whether growth looks linear."""
    print(f"scaling ({label}): one synthetic article of {len(article):,} chars, repeated")
    times: dict[int, float] = {}
    for scale in SCALES:
        text = joiner.join([article] * scale)
        times[scale] = _best_time(partial(extract, text))
        ratio = times[scale] / times[SCALES[0]]
        print(
            f"  {scale:>4}x  {len(text):>9,} chars  {_ms(times[scale])}"
            f"   time ratio to 1x {ratio:8.1f}   (linear: {scale})"
        )
    per_char_growth = (times[100] / 100) / (times[10] / 10)
    linear = per_char_growth <= SUPERLINEAR
    verdict = "linear" if linear else "SUPERLINEAR: the engine slows down on long texts"
    print(f"  time per char at 100x / at 10x: {per_char_growth:.2f}  -> {verdict}")
    return linear


def _best_time(call: Callable[[], object], *, budget: float = 0.3, least: int = 3) -> float:
    """Return the fastest of repeated calls, repeating for about ``budget`` seconds."""
    best = math.inf
    spent = 0.0
    runs = 0
    while runs < least or spent < budget:
        started = time.perf_counter()
        call()
        elapsed = time.perf_counter() - started
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
        if runs >= 10_000:
            break
    return best


def _http(url: str, requests: int) -> int:
    """POST the reference article ``requests`` times to a running service; print latency."""
    try:
        import httpx
    except ImportError:
        print("benchmark: --http needs httpx (pip install httpx)", file=sys.stderr)
        return 2
    if urlsplit(url).path in ("", "/"):
        url = url.rstrip("/") + "/v1/quotes"
    if REFERENCE_ARTICLE.is_file():
        source, text = str(REFERENCE_ARTICLE.resolve()), REFERENCE_ARTICLE.read_text("utf-8")
    else:
        source, text = "the synthetic article (no reference article found)", SYNTHETIC_ARTICLE
    print(f"http: POST {url}, {requests} requests of {source} ({len(text):,} chars)")
    statuses: Counter[str] = Counter()
    seconds: list[float] = []
    with httpx.Client(timeout=30.0) as client:
        try:
            client.post(url, json={"text": text})  # warm-up
        except httpx.HTTPError as error:
            print(f"benchmark: cannot reach {url}: {error}", file=sys.stderr)
            return 2
        started_all = time.perf_counter()
        for _ in range(requests):
            started = time.perf_counter()
            try:
                statuses[str(client.post(url, json={"text": text}).status_code)] += 1
            except httpx.HTTPError as error:
                statuses[type(error).__name__] += 1
            seconds.append(time.perf_counter() - started)
        wall = time.perf_counter() - started_all
    seconds.sort()
    print(f"  statuses     {dict(sorted(statuses.items()))}")
    print(f"  throughput   {_rate(requests, wall):,.1f} requests/s (one at a time)")
    print(_latency(seconds))
    return 0 if set(statuses) == {"200"} else 1


def _latency(ordered: Sequence[float]) -> str:
    """Return a line of latency percentiles of sorted values, the maximum last."""
    p50, p95 = _percentile(ordered, 0.50), _percentile(ordered, 0.95)
    return f"  latency      p50 {_ms(p50)}   p95 {_ms(p95)}   max {_ms(ordered[-1])}"


def _percentile(ordered: Sequence[float], share: float) -> float:
    """Return the nearest-rank percentile of sorted values."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _rate(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else math.inf


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.3f} ms"


if __name__ == "__main__":
    sys.exit(main())
