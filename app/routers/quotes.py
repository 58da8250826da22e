"""``POST /v1/quotes`` and ``POST /v1/quotes/batch``: read articles, return their quotations.

Each endpoint is split in two. An ``async`` dependency reads the raw body (reading it needs the
event loop), checks its size, content type, encoding and fields, and turns every problem into an
``ErrorOut`` with a message saying what to fix; FastAPI's own body parsing is not used, so its
error format never reaches a caller. The endpoint itself is a plain ``def``: the engine is
CPU-bound, and FastAPI runs such endpoints in its thread pool, so a long article never blocks the
event loop that other requests are served from. The engine runs once per article.
"""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.convert import answer
from app.errors import ApiError, invalid_request
from app.schemas import (
    BatchItem,
    BatchRequest,
    BatchResponse,
    BatchResultOut,
    ErrorOut,
    ExtractRequest,
    ExtractResponse,
)
from app.settings import Settings, get_settings

logger = logging.getLogger(__name__)

JSON = "application/json"
TEXT = "text/plain"
_UTF8_NAMES = frozenset({"utf-8", "utf8"})

SettingsDep = Annotated[Settings, Depends(get_settings)]
Model = TypeVar("Model", bound=BaseModel)

router = APIRouter(prefix="/v1", tags=["quotes"])

_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The body is not valid UTF-8 or not valid JSON."},
    413: {
        "model": ErrorOut,
        "description": "The body, the text or the number of items is over the service's limit.",
    },
    415: {"model": ErrorOut, "description": "The Content-Type is not one this endpoint accepts."},
    422: {
        "model": ErrorOut,
        "description": "A field is missing, empty, of the wrong type or has a wrong value.",
    },
}


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


# Request reading and checking, shared by both endpoints


def _content_type(request: Request, accepted: tuple[str, ...]) -> str:
    """Return the request's media type if it is one of ``accepted`` with a UTF-8 charset."""
    wanted = " or ".join(accepted)
    header = request.headers.get("content-type", "").strip()
    if not header:
        raise ApiError(
            415, "unsupported_media_type", f"The request has no Content-Type; send {wanted}."
        )
    media_type, _, parameters = header.partition(";")
    media_type = media_type.strip().lower()
    if media_type not in accepted:
        raise ApiError(
            415,
            "unsupported_media_type",
            f"Content-Type {media_type!r} is not accepted here; send {wanted}.",
        )
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        charset = value.strip().strip('"').lower()
        if name.strip().lower() == "charset" and charset not in _UTF8_NAMES:
            raise ApiError(
                415,
                "unsupported_media_type",
                f"charset {charset!r} is not accepted; encode the body as UTF-8 and send "
                "charset=utf-8 or no charset.",
            )
    return media_type


async def _read_body(request: Request, limit: int) -> bytes:
    """Read the raw body, stopping with a 413 as soon as it is longer than ``limit`` bytes."""
    too_large = ApiError(
        413,
        "body_too_large",
        f"The request body is larger than the limit of {limit:,} bytes; send a smaller one.",
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(
            400,
            "invalid_utf8",
            f"The body is not valid UTF-8 (byte 0x{body[error.start]:02x} at offset "
            f"{error.start}); encode it as UTF-8.",
        ) from None


def _parse_json(body: bytes) -> Any:
    text = _decode(body)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = f"{error.msg} at line {error.lineno}, column {error.colno}"
    except RecursionError:
        problem = "nested too deeply"
    raise ApiError(
        400, "invalid_json", f"The body is not valid JSON ({problem}); send a JSON object."
    )


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def _require_object(value: object, what: str, example: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ApiError(
            422,
            "invalid_request",
            f"{what} must be a JSON object such as {example}, not {_json_kind(value)}.",
        )
    return value


def _validate(model: type[Model], data: dict[str, Any]) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise invalid_request(error.errors()) from None


def _check_length(text: str, limit: int) -> None:
    if len(text) > limit:
        raise ApiError(
            413,
            "text_too_long",
            f"The text has {len(text):,} characters, more than the limit of {limit:,}; "
            "split the article or send a shorter one.",
        )


# POST /v1/quotes


async def extract_request(
    request: Request,
    settings: SettingsDep,
    publisher: Annotated[
        str | None,
        Query(
            description=(
                "For a `text/plain` body only: the outlet that published the article. "
                "A JSON body carries it as its `publisher` field."
            ),
        ),
    ] = None,
    types: Annotated[
        list[str] | None,
        Query(
            description=(
                "For a `text/plain` body only: which kinds of quotation to return, comma-separated "
                "or repeated (`direct`, `indirect`, `mixed`); all when omitted. A JSON body "
                "carries them as its `types` field."
            ),
        ),
    ] = None,
) -> ExtractRequest:
    """Read and check the article from a JSON or plain-text body."""
    media_type = _content_type(request, (JSON, TEXT))
    body = await _read_body(request, settings.max_body_bytes)
    if media_type == JSON:
        if publisher is not None or types is not None:
            raise ApiError(
                422,
                "invalid_request",
                "The publisher and types query parameters are for text/plain bodies; "
                "put them in the JSON body as its 'publisher' and 'types' fields.",
            )
        payload = _require_object(_parse_json(body), "The body", '{"text": "…"}')
        article = _validate(ExtractRequest, payload)
    else:
        text = _decode(body)
        if not text.strip():
            raise ApiError(
                422, "invalid_request", "The body is empty; send the article's text as the body."
            )
        kinds = None
        if types is not None:
            kinds = [kind.strip() for entry in types for kind in entry.split(",") if kind.strip()]
        article = _validate(ExtractRequest, {"text": text, "publisher": publisher, "types": kinds})
    _check_length(article.text, settings.max_text_chars)
    return article


@router.post(
    "/quotes",
    response_model=ExtractResponse,
    summary="Find the quotations in an article",
    responses=_ERROR_RESPONSES,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                JSON: {"schema": _ref(ExtractRequest)},
                TEXT: {"schema": {"type": "string"}},
            },
        }
    },
)
def extract_quotes(
    article: Annotated[ExtractRequest, Depends(extract_request)], settings: SettingsDep
) -> ExtractResponse:
    """Find every quotation in an article and who said it.

    Send the article as JSON (`{"text": …, "publisher": …}`) or as the raw `text/plain` body
    (`publisher` and `types` then as query parameters). Offsets in the response are character
    indices into the text exactly as sent.
    """
    return answer(article, default_publisher=settings.default_publisher)


# POST /v1/quotes/batch


class _BatchEnvelope(BaseModel):
    """A batch body before its items are checked one by one."""

    model_config = ConfigDict(extra="forbid")

    items: list[Any] = Field(description="The articles, not yet checked.")


async def batch_items(request: Request, settings: SettingsDep) -> list[BatchItem | BatchResultOut]:
    """Read a batch; return each item checked, or the error result that replaces it."""
    _content_type(request, (JSON,))
    body = await _read_body(request, settings.max_body_bytes)
    payload = _require_object(_parse_json(body), "The body", '{"items": [{"text": "…"}]}')
    envelope = _validate(_BatchEnvelope, payload)
    if len(envelope.items) > settings.max_batch_items:
        raise ApiError(
            413,
            "too_many_items",
            f"The batch has {len(envelope.items):,} items, more than the limit of "
            f"{settings.max_batch_items:,}; split it into smaller batches.",
        )
    return [_check_item(raw, settings) for raw in envelope.items]


def _check_item(raw: object, settings: Settings) -> BatchItem | BatchResultOut:
    item_id = raw.get("id") if isinstance(raw, dict) else None
    try:
        item = _validate(BatchItem, _require_object(raw, "Each item", '{"text": "…"}'))
        _check_length(item.text, settings.max_text_chars)
    except ApiError as error:
        echoed = item_id if isinstance(item_id, str) else None
        return BatchResultOut(id=echoed, result=None, error=error.to_out())
    return item


@router.post(
    "/quotes/batch",
    response_model=BatchResponse,
    summary="Find the quotations in several articles",
    responses=_ERROR_RESPONSES,
    openapi_extra={
        "requestBody": {"required": True, "content": {JSON: {"schema": _ref(BatchRequest)}}}
    },
)
def extract_batch(
    items: Annotated[list[BatchItem | BatchResultOut], Depends(batch_items)],
    settings: SettingsDep,
) -> BatchResponse:
    """Find the quotations in several articles at once.

    Each item is checked and read on its own: a bad item gets an `error` in its result, with the
    same codes and messages as `POST /v1/quotes`, and never fails the batch. Results come back in
    the order of the items.
    """
    return BatchResponse(results=[_answer_item(item, settings) for item in items])


def _answer_item(item: BatchItem | BatchResultOut, settings: Settings) -> BatchResultOut:
    if isinstance(item, BatchResultOut):
        return item
    try:
        result = answer(item, default_publisher=settings.default_publisher)
    except Exception:
        # One article that breaks the engine must not cost the caller the rest of the batch.
        logger.exception("engine failed on batch item %r", item.id)
        error = ErrorOut(
            error="internal_error",
            message="The service failed on this item; please report it with the item's text.",
        )
        return BatchResultOut(id=item.id, result=None, error=error)
    return BatchResultOut(id=item.id, result=result, error=None)


def add_examples(openapi: dict[str, Any], *, text: str, response: dict[str, Any]) -> None:
    """Put an article and the engine's answer for it into the OpenAPI schema as examples.

    They are added to the finished schema because FastAPI drops null values from examples given
    to the route decorators, and the engine's answer has meaningful nulls.
    """
    single = openapi["paths"]["/v1/quotes"]["post"]
    single["requestBody"]["content"][JSON]["example"] = {"text": text, "publisher": None}
    single["requestBody"]["content"][TEXT]["example"] = text
    single["responses"]["200"]["content"][JSON]["example"] = response
    batch = openapi["paths"]["/v1/quotes/batch"]["post"]
    batch["requestBody"]["content"][JSON]["example"] = {
        "items": [{"id": "reference", "text": text, "publisher": None}]
    }
    batch["responses"]["200"]["content"][JSON]["example"] = {
        "results": [{"id": "reference", "result": response, "error": None}]
    }
