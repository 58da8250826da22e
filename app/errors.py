"""Every error the service sends is an ``ErrorOut`` JSON body with a message saying what to fix.

``ApiError`` carries a client error from wherever it is found to the response. The handlers
installed here replace FastAPI's defaults (validation errors, HTTP errors such as 404) and catch
anything unexpected as a plain 500 without a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.schemas import ErrorDetailOut, ErrorOut

logger = logging.getLogger(__name__)

# Where FastAPI says a request parameter came from; the caller knows fields by name alone.
_PARAMETER_SOURCES = frozenset({"body", "query", "path", "header", "cookie"})


class ApiError(Exception):
    """A client error: the HTTP status, a short code and a message saying what to fix."""

    def __init__(
        self,
        status_code: int,
        error: str,
        message: str,
        details: list[ErrorDetailOut] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error
        self.message = message
        self.details = details

    def to_out(self) -> ErrorOut:
        """Return the error as the response model."""
        return ErrorOut(error=self.error, message=self.message, details=self.details)


def invalid_request(errors: Iterable[Mapping[str, Any]]) -> ApiError:
    """Turn pydantic's validation errors into a 422 naming each field and what to fix."""
    details = [_detail(error) for error in errors]
    problems = "; ".join(
        detail.message if detail.field is None else f"'{detail.field}' {detail.message}"
        for detail in details
    )
    return ApiError(422, "invalid_request", f"Invalid request: {problems}.", details)


def _detail(error: Mapping[str, Any]) -> ErrorDetailOut:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in _PARAMETER_SOURCES:
        location = location[1:]
    return ErrorDetailOut(field=".".join(location) or None, message=_problem(error))


def _problem(error: Mapping[str, Any]) -> str:
    kind = error.get("type")
    context = error.get("ctx") or {}
    if kind == "missing":
        return "is required"
    if kind == "string_type":
        return "must be a string"
    if kind == "list_type":
        return "must be a list"
    if kind == "enum":
        return f"must be {context.get('expected')}, not {_short_repr(error.get('input'))}"
    if kind == "extra_forbidden":
        return "is not a field of this request; check its spelling or remove it"
    if kind == "too_short":
        return "must not be empty; leave it out instead"
    if kind == "value_error" and "error" in context:
        return str(context["error"])
    message = str(error.get("msg", "is invalid"))
    return message[:1].lower() + message[1:]


def _short_repr(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _status_code_name(status_code: int) -> str:
    """Name an HTTP status as a code: 404 → ``not_found``."""
    try:
        phrase = HTTPStatus(status_code).phrase
    except ValueError:
        return "http_error"
    return phrase.lower().replace(" ", "_").replace("-", "_")


def _json_error(
    status_code: int, body: ErrorOut, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(body.model_dump(mode="json"), status_code=status_code, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error response an ``ErrorOut``, replacing FastAPI's default handlers."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _json_error(exc.status_code, exc.to_out())

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        error = invalid_request(exc.errors())
        return _json_error(error.status_code, error.to_out())

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = _status_code_name(exc.status_code)
        target = f"{request.method} {request.url.path}"
        if exc.status_code == 404:
            message = f"There is no {target}; the endpoints are listed at /docs."
        elif exc.status_code == 405:
            message = f"{target} is not allowed; the endpoints and their methods are at /docs."
        else:
            message = str(exc.detail)
        return _json_error(exc.status_code, ErrorOut(error=code, message=message), exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unexpected error in %s %s", request.method, request.url.path)
        body = ErrorOut(
            error="internal_error",
            message="The service failed on this request; please report it with the request.",
        )
        return _json_error(500, body)
