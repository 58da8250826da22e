"""Golden cases: small invented news texts and the quotations the engine must find in them.

The cases are data, in ``tests/golden/*.jsonl`` (one JSON object a line, grouped by theme).
Each case has an ``id``, a ``label``, a ``comment`` saying what it shows, the ``text``, an
optional ``publisher`` and the expected ``quotes``. An expected quote gives its ``type`` and its
``segments`` (the quoted words of each part, without the marks, in order); any of ``speaker``,
``kind``, ``title``, ``affiliation``, ``mention``, ``cue``, ``outlet`` and ``outlet_source`` it
gives is checked too (``null`` meaning "must be absent"), the others are not. With
``exhaustive`` the engine may return no other quote of the case's ``types``. A case with
``xfail`` is a known failure and runs as ``xfail(strict=True)``.

These texts are written for the tests (no dataset, no real article), so rules may be tuned on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.extract import Extraction, Quote, QuoteType, Span, extract
from app.extract.model import OutletSource, SpeakerKind

GOLDEN_DIR = Path(__file__).parent / "golden"

CASE_REQUIRED = frozenset({"id", "label", "comment", "text", "quotes"})
CASE_OPTIONAL = frozenset({"publisher", "exhaustive", "types", "xfail"})
QUOTE_REQUIRED = frozenset({"type", "segments"})
# Checked fields of an expected quote, each read from the engine's quote by the function here.
QUOTE_CHECKS = (
    "speaker",
    "kind",
    "title",
    "affiliation",
    "mention",
    "cue",
    "outlet",
    "outlet_source",
)
TYPE_VALUES = frozenset(t.value for t in QuoteType)
KIND_VALUES = frozenset(k.value for k in SpeakerKind)
SOURCE_VALUES = frozenset(s.value for s in OutletSource)
CASE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class GoldenFormatError(ValueError):
    """A golden case file is malformed: the message says which file, line and case."""


@dataclass(frozen=True, slots=True)
class ExpectedQuote:
    """One quotation a case expects, with only the fields it means to check."""

    type: str
    segments: tuple[str, ...]
    checks: Mapping[str, str | None]

    def describe(self) -> str:
        """Render the expectation for a failure message."""
        fields = "".join(f" {key}={value!r}" for key, value in self.checks.items())
        return f"{self.type} {list(self.segments)!r}{fields}"


@dataclass(frozen=True, slots=True)
class GoldenCase:
    """One golden case as read from its JSONL file."""

    id: str
    label: str
    comment: str
    text: str
    publisher: str | None
    quotes: tuple[ExpectedQuote, ...]
    exhaustive: bool
    types: frozenset[str]
    xfail: str | None
    where: str  # "file.jsonl:line"


def _require_str(value: object, what: str, where: str, *, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value:
        raise GoldenFormatError(f"{where}: {what} must be a non-empty string, got {value!r}")
    return value


def _parse_quote(raw: object, case: Mapping[str, Any], where: str) -> ExpectedQuote:
    if not isinstance(raw, dict):
        raise GoldenFormatError(f"{where}: each quote must be an object, got {raw!r}")
    keys = set(raw)
    missing = QUOTE_REQUIRED - keys
    unknown = keys - QUOTE_REQUIRED - set(QUOTE_CHECKS)
    if missing or unknown:
        raise GoldenFormatError(
            f"{where}: quote keys: missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    qtype = raw["type"]
    if qtype not in TYPE_VALUES:
        raise GoldenFormatError(f"{where}: quote type {qtype!r} not one of {sorted(TYPE_VALUES)}")
    segments = raw["segments"]
    if not isinstance(segments, list) or not segments:
        raise GoldenFormatError(f"{where}: segments must be a non-empty list of strings")
    text: str = case["text"]
    for segment in segments:
        _require_str(segment, "a segment", where)
        if segment not in text:
            raise GoldenFormatError(f"{where}: segment {segment!r} does not occur in the text")
    checks: dict[str, str | None] = {}
    for key in QUOTE_CHECKS:
        if key in raw:
            checks[key] = _require_str(raw[key], key, where, nullable=True)
    for key in ("mention", "cue"):
        value = checks.get(key)
        if value is not None and value not in text:
            raise GoldenFormatError(f"{where}: {key} {value!r} does not occur in the text")
    if checks.get("kind") not in KIND_VALUES | {None}:
        raise GoldenFormatError(f"{where}: kind {checks['kind']!r} not in {sorted(KIND_VALUES)}")
    if checks.get("outlet_source") not in SOURCE_VALUES | {None}:
        raise GoldenFormatError(f"{where}: outlet_source not in {sorted(SOURCE_VALUES)}")
    return ExpectedQuote(qtype, tuple(segments), checks)


def _parse_case(raw: object, where: str) -> GoldenCase:
    if not isinstance(raw, dict):
        raise GoldenFormatError(f"{where}: a case must be a JSON object")
    keys = set(raw)
    missing = CASE_REQUIRED - keys
    unknown = keys - CASE_REQUIRED - CASE_OPTIONAL
    if missing or unknown:
        raise GoldenFormatError(
            f"{where}: case keys: missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    case_id = _require_str(raw["id"], "id", where)
    assert case_id is not None
    if not CASE_ID.fullmatch(case_id):
        raise GoldenFormatError(f"{where}: id {case_id!r} is not kebab-case")
    where = f"{where} ({case_id})"
    for key in ("label", "comment", "text"):
        _require_str(raw[key], key, where)
    types = raw.get("types", ["direct"])
    if not isinstance(types, list) or not types or not set(types) <= TYPE_VALUES:
        raise GoldenFormatError(f"{where}: types must be a non-empty list from {TYPE_VALUES}")
    exhaustive = raw.get("exhaustive", False)
    if not isinstance(exhaustive, bool):
        raise GoldenFormatError(f"{where}: exhaustive must be true or false")
    if not isinstance(raw["quotes"], list):
        raise GoldenFormatError(f"{where}: quotes must be a list")
    quotes = tuple(_parse_quote(q, raw, where) for q in raw["quotes"])
    for quote in quotes:
        if quote.type not in types:
            raise GoldenFormatError(f"{where}: quote type {quote.type!r} not in types {types}")
    return GoldenCase(
        id=case_id,
        label=raw["label"],
        comment=raw["comment"],
        text=raw["text"],
        publisher=_require_str(raw.get("publisher"), "publisher", where, nullable=True),
        quotes=quotes,
        exhaustive=exhaustive,
        types=frozenset(types),
        xfail=_require_str(raw.get("xfail"), "xfail", where, nullable=True),
        where=where,
    )


def load_cases(directory: Path = GOLDEN_DIR) -> list[GoldenCase]:
    """Read and validate every case in ``directory/*.jsonl``; raise on the first bad one."""
    cases: list[GoldenCase] = []
    seen: dict[str, str] = {}
    paths = sorted(directory.glob("*.jsonl"))
    if not paths:
        raise GoldenFormatError(f"no golden case files in {directory}")
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldenFormatError(f"{where}: not valid JSON: {error}") from error
            case = _parse_case(raw, where)
            if case.id in seen:
                raise GoldenFormatError(f"{where}: id {case.id!r} already used at {seen[case.id]}")
            seen[case.id] = where
            cases.append(case)
    return cases


CASES = load_cases()


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def _actual(quote: Quote, key: str) -> str | None:
    """Read the field an expected quote's ``key`` checks from the engine's quote."""
    speaker, outlet = quote.speaker, quote.outlet
    match key:
        case "speaker":
            return speaker.name if speaker else None
        case "kind":
            return speaker.kind.value if speaker else None
        case "title":
            return speaker.title if speaker else None
        case "affiliation":
            return speaker.affiliation if speaker else None
        case "mention":
            return speaker.mention.text if speaker else None
        case "cue":
            return quote.cue.text if quote.cue else None
        case "outlet":
            return outlet.name if outlet else None
        case "outlet_source":
            return outlet.source.value if outlet else None
    raise KeyError(key)


def _mismatches(expected: ExpectedQuote, quote: Quote) -> list[str]:
    return [
        f"{key}: expected {want!r}, got {got!r}"
        for key, want in expected.checks.items()
        if (got := _actual(quote, key)) != want
    ]


def _segment_texts(quote: Quote) -> tuple[str, ...]:
    return tuple(segment.text for segment in quote.segments)


def _show(quote: Quote) -> str:
    speaker = quote.speaker
    who = (
        f"speaker={speaker.name!r} ({speaker.kind.value}) title={speaker.title!r} "
        f"affiliation={speaker.affiliation!r} mention={speaker.mention.text!r}"
        if speaker
        else "speaker=None"
    )
    cue = quote.cue.text if quote.cue else None
    outlet = f"{quote.outlet.name!r}/{quote.outlet.source.value}" if quote.outlet else None
    return (
        f"  {quote.id} {quote.type.value} {list(_segment_texts(quote))!r}\n"
        f"      {who} cue={cue!r} outlet={outlet} rule={quote.rule!r}"
    )


def _bad_spans(text: str, result: Extraction) -> list[str]:
    """List every span of the result whose text is not ``text[start:end]``."""
    bad = []
    for quote in result.quotes:
        spans: list[tuple[str, Span | None]] = [
            (f"segment {i}", segment) for i, segment in enumerate(quote.segments)
        ]
        spans.append(("speaker mention", quote.speaker.mention if quote.speaker else None))
        spans.append(("cue", quote.cue))
        spans.append(("outlet mention", quote.outlet.mention if quote.outlet else None))
        for what, span in spans:
            if span is not None and text[span.start : span.end] != span.text:
                bad.append(
                    f"{quote.id} {what} ({span.start}, {span.end}) {span.text!r} but the text "
                    f"there is {text[span.start : span.end]!r}"
                )
    return bad


def _compare(case: GoldenCase, quotes: Sequence[Quote]) -> list[str]:
    """Match each expected quote to one engine quote; list what is missing, wrong or extra."""
    problems: list[str] = []
    used: set[int] = set()
    for expected in case.quotes:
        candidates = [
            (index, quote)
            for index, quote in enumerate(quotes)
            if index not in used
            and quote.type.value == expected.type
            and _segment_texts(quote) == expected.segments
        ]
        if not candidates:
            problems.append(f"missing: {expected.describe()}")
            continue
        found = [(i, q, _mismatches(expected, q)) for i, q in candidates]
        index, quote, wrong = next((c for c in found if not c[2]), found[0])
        used.add(index)
        if wrong:
            problems.append(f"{quote.id} {list(expected.segments)!r}: " + "; ".join(wrong))
    if case.exhaustive:
        problems.extend(
            f"unexpected {quote.type.value} quote {quote.id}: {list(_segment_texts(quote))!r}"
            for index, quote in enumerate(quotes)
            if index not in used and quote.type.value in case.types
        )
    return problems


@pytest.mark.parametrize("case", _params())
def test_golden(case: GoldenCase) -> None:
    result = extract(case.text, publisher=case.publisher)

    bad_spans = _bad_spans(case.text, result)
    assert not bad_spans, "spans whose text is not text[start:end]:\n" + "\n".join(bad_spans)

    problems = _compare(case, result.quotes)
    shown = "\n".join(_show(q) for q in result.quotes) or "  (none)"
    assert not problems, (
        f"{case.where}: {case.label}\n{case.comment}\n"
        + "\n".join(f"- {p}" for p in problems)
        + f"\nengine returned {len(result.quotes)} quote(s):\n{shown}"
    )


def test_golden_cases_loaded() -> None:
    """Guard against an empty or half-read golden directory."""
    assert len(CASES) >= 70
    assert len({case.id for case in CASES}) == len(CASES)
