"""Turn the engine's ``Extraction`` into prediction entries comparable with gold quotes.

The evaluation format has one entry per contiguous span, so a quote with several segments (“A,”
she said, “B.”) becomes one entry per segment, each carrying the quote's type, speaker, rule,
confidence and id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.extract.model import Extraction, QuoteType


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted span: a segment of one of the engine's quotes."""

    start: int
    end: int
    text: str
    type: QuoteType
    speaker: str | None  # the speaker's canonical name
    speaker_start: int | None  # the attributing mention's offsets
    speaker_end: int | None
    speaker_mention: str | None  # the attributing mention as written ("he")
    rule: str
    confidence: float
    quote_id: str

    def to_record(self) -> dict[str, Any]:
        """Return the entry as a JSON-ready mapping in the evaluation format, plus extras."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "speaker": self.speaker,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker_mention": self.speaker_mention,
            "rule": self.rule,
            "confidence": self.confidence,
            "quote_id": self.quote_id,
        }


def predictions(extraction: Extraction) -> tuple[Prediction, ...]:
    """Return one prediction per segment of every quote, in document order."""
    entries = [
        Prediction(
            start=segment.start,
            end=segment.end,
            text=segment.text,
            type=quote.type,
            speaker=quote.speaker.name if quote.speaker else None,
            speaker_start=quote.speaker.mention.start if quote.speaker else None,
            speaker_end=quote.speaker.mention.end if quote.speaker else None,
            speaker_mention=quote.speaker.mention.text if quote.speaker else None,
            rule=quote.rule,
            confidence=quote.confidence,
            quote_id=quote.id,
        )
        for quote in extraction.quotes
        for segment in quote.segments
    ]
    entries.sort(key=lambda entry: (entry.start, entry.end))
    return tuple(entries)
