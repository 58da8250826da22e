"""The service's settings, read from ``QA_*`` environment variables when first asked for.

Routes receive them through the ``get_settings`` dependency, so a test can swap them with
``app.dependency_overrides[get_settings]``; nothing here reads the environment at import time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

LogLevel = Literal["critical", "error", "warning", "info", "debug", "trace"]


class Settings(BaseSettings):
    """Limits and server options; each field is set by the environment variable ``QA_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="QA_", frozen=True)

    max_text_chars: int = Field(
        default=200_000, gt=0, description="Longest article accepted, in characters."
    )
    max_body_bytes: int = Field(
        default=2_000_000, gt=0, description="Largest request body accepted, in bytes as sent."
    )
    max_batch_items: int = Field(
        default=100, gt=0, description="Most articles accepted in one batch request."
    )
    default_publisher: str | None = Field(
        default=None, description="Publisher assumed when a request names none."
    )
    log_level: LogLevel = Field(default="info", description="Server log level.")
    host: str = Field(default="127.0.0.1", description="Address `serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `serve` listens on.")
    workers: int = Field(default=1, ge=1, description="Worker processes `serve` starts.")


@lru_cache
def get_settings() -> Settings:
    """Return the settings from the environment, read once on first use."""
    return Settings()
