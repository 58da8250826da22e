"""``GET /healthz`` and ``GET /version``: is the service up, and what is running."""

from __future__ import annotations

from fastapi import APIRouter

from app import __version__
from app.schemas import HealthOut, VersionOut

NAME = "quote-attribution"

router = APIRouter(tags=["service"])


@router.get("/healthz", summary="Check that the service is up")
def healthz() -> HealthOut:
    """Answer `{"status": "ok"}` while the service can take requests."""
    return HealthOut(status="ok")


@router.get("/version", summary="Name and version of the service")
def version() -> VersionOut:
    """Return the service's name and version."""
    return VersionOut(name=NAME, version=__version__)
