"""Read gold evaluation data: JSON Lines in the format of ``shared/eval/FORMAT.md``.

One document per line: ``{"id", "text", "quotes": [{"start", "end", "text", "type", "speaker",
"speaker_start", "speaker_end", ...}]}``. Extra keys are ignored. A malformed line stops loading
with the file and line number, so a broken data set is never scored silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from app.extract.model import QuoteType

_T = TypeVar("_T")


class DatasetError(ValueError):
    """A gold file that does not follow the format, with where it goes wrong."""


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold quotation span and its speaker, as annotated."""

    start: int
    end: int
    text: str
    type: QuoteType | None
    speaker: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None

    @property
    def has_speaker_mention(self) -> bool:
        """Return whether the annotation gives the speaker mention's offsets."""
        return self.speaker_start is not None and self.speaker_end is not None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One annotated document."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    publisher: str


def publisher_from_id(doc_id: str) -> str:
    """Derive a publisher from an id ``<dataset>-<publisher>_<rest>``, or ``"unknown"``.

    ``"polnear-huff-post_2016-10-05_x"`` gives ``"huff-post"``.
    """
    _, sep, rest = doc_id.partition("-")
    if sep and "_" in rest:
        return rest.split("_", 1)[0]
    return "unknown"


def read_gold(path: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Read the first ``limit`` documents (all when ``None``) of a gold JSONL file."""
    return list(islice(iter_gold(path), limit))


def iter_gold(path: Path) -> Iterator[GoldDoc]:
    """Yield the documents of a gold JSONL file, one per non-blank line."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield _parse_doc(json.loads(line))
            except (json.JSONDecodeError, DatasetError) as error:
                raise DatasetError(f"{path}:{number}: {error}") from error


def _parse_doc(record: Any) -> GoldDoc:
    if not isinstance(record, dict):
        raise DatasetError("a line must be a JSON object")
    doc_id = _require(record, "id", str)
    text = _require(record, "text", str)
    raw_quotes = record.get("quotes") or []
    if not isinstance(raw_quotes, list):
        raise DatasetError(f"{doc_id}: 'quotes' must be a list")
    quotes = tuple(
        _parse_quote(raw, text, f"{doc_id} quote {i}") for i, raw in enumerate(raw_quotes)
    )
    publisher = record.get("publisher")
    if not isinstance(publisher, str) or not publisher:
        publisher = publisher_from_id(doc_id)
    return GoldDoc(doc_id, text, quotes, publisher)


def _parse_quote(raw: Any, text: str, where: str) -> GoldQuote:
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: must be a JSON object")
    start = _require(raw, "start", int, where)
    end = _require(raw, "end", int, where)
    if not 0 <= start <= end <= len(text):
        raise DatasetError(f"{where}: span ({start}, {end}) outside a text of {len(text)} chars")
    quoted = raw.get("text")
    if quoted is not None and quoted != text[start:end]:
        raise DatasetError(f"{where}: 'text' differs from text[{start}:{end}]")
    raw_type = raw.get("type")
    try:
        quote_type = None if raw_type is None else QuoteType(raw_type)
    except ValueError:
        raise DatasetError(f"{where}: unknown type {raw_type!r}") from None
    speaker = _optional(raw, "speaker", str, where) or None  # "" is no speaker too
    speaker_start = _optional(raw, "speaker_start", int, where)
    speaker_end = _optional(raw, "speaker_end", int, where)
    if (speaker_start is None) != (speaker_end is None):
        raise DatasetError(f"{where}: 'speaker_start' and 'speaker_end' go together")
    if speaker_start is not None and speaker_end is not None:
        if not 0 <= speaker_start <= speaker_end <= len(text):
            raise DatasetError(f"{where}: speaker span ({speaker_start}, {speaker_end}) is invalid")
        if speaker is None:  # offsets without a speaker: treat as no speaker
            speaker_start = speaker_end = None
    cue = _optional(raw, "cue", str, where)
    return GoldQuote(
        start, end, text[start:end], quote_type, speaker, speaker_start, speaker_end, cue
    )


def _require(record: dict[str, Any], key: str, kind: type[_T], where: str = "") -> _T:
    if key not in record:
        raise DatasetError(f"{where or 'document'}: missing key {key!r}")
    value = _optional(record, key, kind, where)
    if value is None:
        raise DatasetError(f"{where or 'document'}: {key!r} must not be null")
    return value


def _optional(record: dict[str, Any], key: str, kind: type[_T], where: str = "") -> _T | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        expected = kind.__name__
        raise DatasetError(f"{where or 'document'}: {key!r} must be {expected}, got {value!r}")
    return value
