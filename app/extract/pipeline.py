"""Run the engine's stages in order: marks → quotes → cues → mentions → resolve → attribute."""

from __future__ import annotations

from app.extract.config import DEFAULT_CONFIG, ExtractConfig
from app.extract.model import Extraction


def extract(
    text: str, *, publisher: str | None = None, config: ExtractConfig = DEFAULT_CONFIG
) -> Extraction:
    """Find every quotation in ``text`` and attribute it."""
    return Extraction()
