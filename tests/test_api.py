"""The HTTP service: endpoints, the response's shape, every error case, and the OpenAPI docs.

The engine is exercised only through its contract (the response validates, every span's text is
the submitted text at its offsets); which quotes it finds is the golden tests' business.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app import __version__
from app.convert import to_response
from app.extract import extract
from app.main import create_app, reference_article
from app.schemas import BatchResponse, ErrorOut, ExtractResponse
from app.settings import Settings, get_settings

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLE = ROOT.parent / "shared" / "reference" / "article.txt"
SHORT = "“Hello there, friends,” she said. The mayor said the plan would work."
JSON = {"content-type": "application/json"}
TEXT = {"content-type": "text/plain; charset=utf-8"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def app() -> FastAPI:
    return create_app(Settings())


@pytest.fixture
def overrides(app: FastAPI) -> Iterator[dict[Any, Any]]:
    """The app's dependency overrides, restored after the test."""
    before = dict(app.dependency_overrides)
    yield app.dependency_overrides
    app.dependency_overrides.clear()
    app.dependency_overrides.update(before)


@pytest.fixture
def use_settings(overrides: dict[Any, Any]) -> Callable[..., None]:
    """Let a test run with other settings, through the same override a deployment would use."""

    def use(**values: Any) -> None:
        settings = Settings(**values)
        overrides[get_settings] = lambda: settings

    return use


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        yield client


def spans_of(response: ExtractResponse) -> Iterator[tuple[int, int, str]]:
    """Yield every span in a response as (start, end, text)."""
    for quote in response.quotes:
        yield from ((s.start, s.end, s.text) for s in quote.segments)
        speaker_mention = None if quote.speaker is None else quote.speaker.mention
        outlet_mention = None if quote.outlet is None else quote.outlet.mention
        for span in (quote.cue, speaker_mention, outlet_mention):
            if span is not None:
                yield span.start, span.end, span.text
    for speaker in response.speakers:
        yield from ((s.start, s.end, s.text) for s in speaker.mentions)
    for outlet in response.outlets:
        yield from ((s.start, s.end, s.text) for s in outlet.mentions)
    for diagnostic in response.diagnostics:
        if diagnostic.span is not None:
            yield diagnostic.span.start, diagnostic.span.end, diagnostic.span.text


def assert_answers(text: str, response: httpx.Response) -> ExtractResponse:
    """Check a 200 response's shape and that every span is the submitted text at its offsets."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"quotes", "speakers", "outlets", "diagnostics"}
    result = ExtractResponse.model_validate(body)
    for start, end, span_text in spans_of(result):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span_text
    for quote in result.quotes:
        assert quote.segments, quote
        assert 0.0 <= quote.confidence <= 1.0
    return result


def assert_error(response: httpx.Response, status: int, code: str, *mentions: str) -> ErrorOut:
    """Check an error response: its status, its ErrorOut body and what its message names."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = ErrorOut.model_validate(response.json())
    assert error.error == code
    assert error.message.strip()
    assert "Traceback" not in response.text
    for mention in mentions:
        assert mention in error.message
    return error


# Service endpoints


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_version(client: httpx.AsyncClient) -> None:
    response = await client.get("/version")
    assert response.status_code == 200
    assert response.json() == {"name": "quote-attribution", "version": __version__}


# POST /v1/quotes


async def test_json_request_returns_the_response_schema(client: httpx.AsyncClient) -> None:
    article = reference_article()
    response = await client.post("/v1/quotes", json={"text": article, "publisher": None})
    assert_answers(article, response)


async def test_text_plain_request_returns_the_same_as_json(client: httpx.AsyncClient) -> None:
    article = reference_article()
    plain = await client.post("/v1/quotes", content=article.encode(), headers=TEXT)
    assert_answers(article, plain)
    as_json = await client.post("/v1/quotes", json={"text": article})
    assert plain.json() == as_json.json()


async def test_text_plain_takes_publisher_and_types_from_the_query(
    client: httpx.AsyncClient,
) -> None:
    plain = await client.post(
        "/v1/quotes",
        params={"publisher": "Reuters", "types": "direct,mixed"},
        content=SHORT.encode(),
        headers={"content-type": "text/plain"},
    )
    result = assert_answers(SHORT, plain)
    assert {quote.type for quote in result.quotes} <= {"direct", "mixed"}
    as_json = await client.post(
        "/v1/quotes", json={"text": SHORT, "publisher": "Reuters", "types": ["direct", "mixed"]}
    )
    assert plain.json() == as_json.json()


async def test_offsets_count_characters_not_bytes(client: httpx.AsyncClient) -> None:
    text = "Ünïcödé — 🙂 “We will rebuild the bridge this year,” the mayor said."
    assert_answers(text, await client.post("/v1/quotes", json={"text": text}))


@pytest.mark.parametrize(
    ("content", "headers", "status", "code", "mentions"),
    [
        pytest.param(b'{"text": "x"', JSON, 400, "invalid_json", ["JSON"], id="invalid-json"),
        pytest.param(b"[" * 100_000, JSON, 400, "invalid_json", ["JSON"], id="json-too-deep"),
        pytest.param(
            '{"text": "café"}'.encode("latin-1"), JSON, 400, "invalid_utf8", ["UTF-8"],
            id="json-not-utf8",
        ),
        pytest.param(b"caf\xe9 society", TEXT, 400, "invalid_utf8", ["UTF-8"], id="text-not-utf8"),
        pytest.param(
            b"text", {"content-type": "text/html"}, 415, "unsupported_media_type",
            ["application/json", "text/plain"], id="wrong-content-type",
        ),
        pytest.param(
            b"text", {}, 415, "unsupported_media_type", ["application/json", "text/plain"],
            id="missing-content-type",
        ),
        pytest.param(
            b"text", {"content-type": "text/plain; charset=latin-1"}, 415,
            "unsupported_media_type", ["UTF-8"], id="charset-not-utf8",
        ),
        pytest.param(b"{}", JSON, 422, "invalid_request", ["'text'", "required"], id="no-text"),
        pytest.param(
            b'{"text": "  \\n "}', JSON, 422, "invalid_request", ["'text'", "empty"],
            id="empty-text",
        ),
        pytest.param(
            b'{"text": 42}', JSON, 422, "invalid_request", ["'text'", "string"],
            id="text-not-a-string",
        ),
        pytest.param(
            b'[{"text": "a"}]', JSON, 422, "invalid_request", ["object", "array"],
            id="body-a-list",
        ),
        pytest.param(
            b'{"text": "a b c", "types": ["quoted"]}', JSON, 422, "invalid_request",
            ["'types.0'", "'direct', 'indirect' or 'mixed'"], id="bad-types",
        ),
        pytest.param(
            b'{"text": "a b c", "types": "direct"}', JSON, 422, "invalid_request",
            ["'types'", "list"], id="types-not-a-list",
        ),
        pytest.param(
            b'{"text": "a b c", "publisher": 7}', JSON, 422, "invalid_request",
            ["'publisher'", "string"], id="publisher-not-a-string",
        ),
        pytest.param(
            b'{"txt": "a b c"}', JSON, 422, "invalid_request", ["'txt'", "'text'"],
            id="misspelt-field",
        ),
        pytest.param(
            b'{"text": "\\ud800 said"}', JSON, 422, "invalid_request", ["'text'", "surrogate"],
            id="lone-surrogate",
        ),
        pytest.param(b" \n", TEXT, 422, "invalid_request", ["empty"], id="empty-text-body"),
    ],
)  # fmt: skip
async def test_bad_requests_get_an_error_saying_what_to_fix(
    client: httpx.AsyncClient,
    content: bytes,
    headers: dict[str, str],
    status: int,
    code: str,
    mentions: list[str],
) -> None:
    response = await client.post("/v1/quotes", content=content, headers=headers)
    assert_error(response, status, code, *mentions)


async def test_bad_types_in_the_query(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/quotes", params={"types": "direct,bogus"}, content=SHORT.encode(), headers=TEXT
    )
    error = assert_error(response, 422, "invalid_request", "'types.1'", "'bogus'")
    assert error.details is not None
    assert [detail.field for detail in error.details] == ["types.1"]


async def test_query_parameters_are_refused_with_a_json_body(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/quotes", params={"publisher": "AP"}, json={"text": SHORT})
    assert_error(response, 422, "invalid_request", "publisher", "JSON body")


async def test_text_over_the_limit_is_413(
    client: httpx.AsyncClient, use_settings: Callable[..., None]
) -> None:
    use_settings(max_text_chars=20)
    within = await client.post("/v1/quotes", json={"text": "x" * 20})
    assert within.status_code == 200
    response = await client.post("/v1/quotes", json={"text": "x" * 21})
    assert_error(response, 413, "text_too_long", "20")
    response = await client.post("/v1/quotes", content=b"x" * 21, headers=TEXT)
    assert_error(response, 413, "text_too_long", "20")


async def test_body_over_the_limit_is_413(
    client: httpx.AsyncClient, use_settings: Callable[..., None]
) -> None:
    use_settings(max_body_bytes=100)
    body = json.dumps({"text": "é" * 60}).encode()  # 60 characters, 130 bytes
    response = await client.post("/v1/quotes", content=body, headers=JSON)
    assert_error(response, 413, "body_too_large", "100 bytes")


async def test_body_over_the_limit_is_413_without_content_length(
    client: httpx.AsyncClient, use_settings: Callable[..., None]
) -> None:
    use_settings(max_body_bytes=100)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 30

    response = await client.post("/v1/quotes", content=chunks(), headers=TEXT)
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "body_too_large", "100 bytes")


async def test_unknown_path_and_method_are_error_json(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/v2/quotes"), 404, "not_found", "/docs")
    assert_error(await client.get("/v1/quotes"), 405, "method_not_allowed", "GET /v1/quotes")


async def test_unexpected_failure_is_500_without_a_trace(
    client: httpx.AsyncClient, overrides: dict[Any, Any]
) -> None:
    def broken() -> Settings:
        raise RuntimeError("secret internal detail")

    overrides[get_settings] = broken
    response = await client.post("/v1/quotes", json={"text": SHORT})
    assert_error(response, 500, "internal_error")
    assert "secret internal detail" not in response.text


# POST /v1/quotes/batch


async def test_batch_reports_a_bad_item_and_reads_the_others(client: httpx.AsyncClient) -> None:
    items = [
        {"id": "good", "text": SHORT, "publisher": "AP"},
        {"id": "empty", "text": ""},
        {"text": reference_article(), "types": ["direct"]},
        ["not", "an", "object"],
        {"id": "typo", "text": SHORT, "types": ["said"]},
    ]
    response = await client.post("/v1/quotes/batch", json={"items": items})
    assert response.status_code == 200, response.text
    results = BatchResponse.model_validate(response.json()).results
    assert [result.id for result in results] == ["good", "empty", None, None, "typo"]
    assert [result.error is None for result in results] == [True, False, True, False, False]
    for result in results:
        assert (result.result is None) != (result.error is None)
    single = await client.post("/v1/quotes", json={"text": SHORT, "publisher": "AP"})
    assert response.json()["results"][0]["result"] == single.json()
    assert results[1].error is not None and "'text'" in results[1].error.message
    assert results[3].error is not None and "object" in results[3].error.message
    assert results[4].error is not None and results[4].error.error == "invalid_request"


async def test_batch_item_over_the_text_limit_is_an_item_error(
    client: httpx.AsyncClient, use_settings: Callable[..., None]
) -> None:
    use_settings(max_text_chars=30)
    items = [{"id": "long", "text": "x" * 31}, {"id": "short", "text": "x" * 30}]
    response = await client.post("/v1/quotes/batch", json={"items": items})
    assert response.status_code == 200
    long, short = BatchResponse.model_validate(response.json()).results
    assert long.error is not None and long.error.error == "text_too_long"
    assert short.result is not None


async def test_batch_with_too_many_items_is_413(
    client: httpx.AsyncClient, use_settings: Callable[..., None]
) -> None:
    use_settings(max_batch_items=2)
    items = [{"text": SHORT}] * 3
    response = await client.post("/v1/quotes/batch", json={"items": items})
    assert_error(response, 413, "too_many_items", "2")


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        pytest.param(b'{"items": [}', JSON, 400, "invalid_json", id="invalid-json"),
        pytest.param(b'{"items": []}', TEXT, 415, "unsupported_media_type", id="text-plain"),
        pytest.param(b'[{"text": "a"}]', JSON, 422, "invalid_request", id="body-a-list"),
        pytest.param(b'{"items": {"text": "a"}}', JSON, 422, "invalid_request", id="items-object"),
        pytest.param(b'{"text": "a"}', JSON, 422, "invalid_request", id="no-items"),
    ],
)
async def test_batch_that_cannot_be_read_is_refused_whole(
    client: httpx.AsyncClient, content: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    response = await client.post("/v1/quotes/batch", content=content, headers=headers)
    assert_error(response, status, code)


# OpenAPI documentation


async def openapi(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    schema: dict[str, Any] = response.json()
    return schema


async def test_every_schema_property_has_a_description(client: httpx.AsyncClient) -> None:
    schemas = (await openapi(client))["components"]["schemas"]
    for name in ("ExtractRequest", "BatchRequest", "ExtractResponse", "ErrorOut", "QuoteOut"):
        assert name in schemas
    undescribed = [
        f"{name}.{field}"
        for name, schema in schemas.items()
        for field, prop in schema.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []
    assert [name for name, schema in schemas.items() if not schema.get("description")] == []


async def test_quotes_endpoint_documents_both_content_types_and_its_errors(
    client: httpx.AsyncClient,
) -> None:
    schema = await openapi(client)
    for path in ("/v1/quotes", "/v1/quotes/batch"):
        operation = schema["paths"][path]["post"]
        for status in ("400", "413", "415", "422"):
            content = operation["responses"][status]["content"]["application/json"]
            assert content["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
    body = schema["paths"]["/v1/quotes"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain"}
    assert body["application/json"]["schema"] == {"$ref": "#/components/schemas/ExtractRequest"}
    batch = schema["paths"]["/v1/quotes/batch"]["post"]["requestBody"]["content"]
    assert batch["application/json"]["schema"] == {"$ref": "#/components/schemas/BatchRequest"}


async def test_docs_example_is_the_reference_article_and_the_engines_answer(
    client: httpx.AsyncClient,
) -> None:
    article = reference_article()
    operation = (await openapi(client))["paths"]["/v1/quotes"]["post"]
    body = operation["requestBody"]["content"]
    assert body["application/json"]["example"] == {"text": article, "publisher": None}
    assert body["text/plain"]["example"] == article
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    assert example == to_response(extract(article)).model_dump(mode="json")
    live = await client.post("/v1/quotes", json={"text": article})
    assert example == live.json()


def test_packaged_article_is_the_reference_article() -> None:
    packaged = (ROOT / "app" / "examples" / "reference_article.txt").read_bytes()
    assert reference_article().encode("utf-8") == packaged
    if not SHARED_ARTICLE.exists():
        pytest.skip(f"{SHARED_ARTICLE} is not here to compare with")
    assert packaged == SHARED_ARTICLE.read_bytes()


async def test_types_option_selects_the_kinds_of_quotation(client: httpx.AsyncClient) -> None:
    article = reference_article()
    everything = await client.post("/v1/quotes", json={"text": article})
    direct = await client.post("/v1/quotes", json={"text": article, "types": ["direct"]})
    assert everything.status_code == direct.status_code == 200
    all_types = {quote["type"] for quote in everything.json()["quotes"]}
    assert {"direct", "indirect"} <= all_types
    assert {quote["type"] for quote in direct.json()["quotes"]} == {"direct"}
    assert len(direct.json()["quotes"]) == 2
