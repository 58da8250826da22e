"""The bridge between the HTTP models and the engine: a request in, one engine call, a response out.

The web routes and the command line both answer through ``answer``, so they return the same JSON
for the same text.
"""

from __future__ import annotations

from dataclasses import replace

from app.extract import (
    DEFAULT_CONFIG,
    Diagnostic,
    Extraction,
    Outlet,
    OutletSummary,
    Quote,
    Span,
    Speaker,
    SpeakerSummary,
    extract,
)
from app.schemas import (
    DiagnosticOut,
    ExtractRequest,
    ExtractResponse,
    OutletOut,
    OutletSummaryOut,
    QuoteOut,
    SpanOut,
    SpeakerOut,
    SpeakerSummaryOut,
)


def answer(request: ExtractRequest, *, default_publisher: str | None = None) -> ExtractResponse:
    """Run the engine on a validated request and return the response model."""
    config = DEFAULT_CONFIG
    if request.types is not None:
        config = replace(DEFAULT_CONFIG, types=frozenset(request.types))
    extraction = extract(
        request.text, publisher=request.publisher or default_publisher, config=config
    )
    return to_response(extraction)


def to_response(extraction: Extraction) -> ExtractResponse:
    """Map the engine's result onto the response model."""
    return ExtractResponse(
        quotes=[_quote(quote) for quote in extraction.quotes],
        speakers=[_speaker_summary(speaker) for speaker in extraction.speakers],
        outlets=[_outlet_summary(outlet) for outlet in extraction.outlets],
        diagnostics=[_diagnostic(diagnostic) for diagnostic in extraction.diagnostics],
    )


def _span(span: Span) -> SpanOut:
    return SpanOut(start=span.start, end=span.end, text=span.text)


def _optional_span(span: Span | None) -> SpanOut | None:
    return None if span is None else _span(span)


def _speaker(speaker: Speaker) -> SpeakerOut:
    return SpeakerOut(
        name=speaker.name,
        kind=speaker.kind,
        title=speaker.title,
        affiliation=speaker.affiliation,
        mention=_span(speaker.mention),
    )


def _outlet(outlet: Outlet) -> OutletOut:
    return OutletOut(name=outlet.name, mention=_optional_span(outlet.mention), source=outlet.source)


def _quote(quote: Quote) -> QuoteOut:
    return QuoteOut(
        id=quote.id,
        type=quote.type,
        text=quote.text,
        segments=[_span(segment) for segment in quote.segments],
        speaker=None if quote.speaker is None else _speaker(quote.speaker),
        cue=_optional_span(quote.cue),
        outlet=None if quote.outlet is None else _outlet(quote.outlet),
        confidence=quote.confidence,
        rule=quote.rule,
    )


def _speaker_summary(speaker: SpeakerSummary) -> SpeakerSummaryOut:
    return SpeakerSummaryOut(
        name=speaker.name,
        kind=speaker.kind,
        title=speaker.title,
        affiliation=speaker.affiliation,
        quotes=list(speaker.quotes),
        mentions=[_span(mention) for mention in speaker.mentions],
    )


def _outlet_summary(outlet: OutletSummary) -> OutletSummaryOut:
    return OutletSummaryOut(
        name=outlet.name, mentions=[_span(mention) for mention in outlet.mentions]
    )


def _diagnostic(diagnostic: Diagnostic) -> DiagnosticOut:
    return DiagnosticOut(
        code=diagnostic.code, message=diagnostic.message, span=_optional_span(diagnostic.span)
    )
