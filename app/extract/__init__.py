"""Quote attribution engine: find the quotations in a news article and who said them.

Plain Python with no web framework: ``extract(text, publisher=...)`` returns an immutable
``Extraction`` whose spans are offsets into ``text`` exactly as given.
"""

from app.extract.config import DEFAULT_CONFIG, ExtractConfig
from app.extract.model import (
    Diagnostic,
    Extraction,
    Outlet,
    OutletSource,
    OutletSummary,
    Quote,
    QuoteType,
    Span,
    Speaker,
    SpeakerKind,
    SpeakerSummary,
)
from app.extract.pipeline import extract

__all__ = [
    "DEFAULT_CONFIG",
    "Diagnostic",
    "ExtractConfig",
    "Extraction",
    "Outlet",
    "OutletSource",
    "OutletSummary",
    "Quote",
    "QuoteType",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerSummary",
    "extract",
]
