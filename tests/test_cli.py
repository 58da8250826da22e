"""The ``quote-attribution`` command: it prints exactly what the service returns for a text."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli import main
from app.main import create_app, reference_article
from app.settings import Settings, get_settings

ARTICLE = "“We will rebuild the bridge,” Mayor Ana Ortiz said. “It is a promise,” she added."


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(Settings()))
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        yield client


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return path


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


async def post(client: httpx.AsyncClient, text: str, **params: str) -> Any:
    response = await client.post(
        "/v1/quotes", content=text.encode(), params=params, headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.anyio
@pytest.mark.parametrize("text", [ARTICLE, reference_article()], ids=["short", "reference"])
async def test_file_output_equals_the_service_response(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    status, out, err = run(capsys, "extract", str(write(tmp_path, text.encode())))
    assert (status, err) == (0, "")
    assert json.loads(out) == await post(client, text)


@pytest.mark.anyio
async def test_stdin_output_with_options_equals_the_service_response(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, ARTICLE.encode())
    status, out, _ = run(capsys, "extract", "-", "--publisher", "AP", "--types", "direct,mixed")
    assert status == 0
    assert json.loads(out) == await post(client, ARTICLE, publisher="AP", types="direct,mixed")


def test_stdin_is_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    feed_stdin(monkeypatch, ARTICLE.encode())
    _, from_stdin, _ = run(capsys, "extract")
    _, from_file, _ = run(capsys, "extract", str(write(tmp_path, ARTICLE.encode())))
    assert from_stdin == from_file


def test_compact_prints_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(write(tmp_path, ARTICLE.encode()))
    _, compact, _ = run(capsys, "extract", path, "--compact")
    _, pretty, _ = run(capsys, "extract", path)
    assert compact.count("\n") == 1
    assert json.loads(compact) == json.loads(pretty)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"caf\xe9 society said", "not valid UTF-8", id="not-utf8"),
        pytest.param(b" \n\n", "empty", id="empty"),
    ],
)
def test_unreadable_text_is_an_error_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, message: str
) -> None:
    status, out, err = run(capsys, "extract", str(write(tmp_path, data)))
    assert (status, out) == (2, "")
    assert message in err


def test_missing_file_is_an_error_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "extract", str(tmp_path / "absent.txt"))
    assert status == 2
    assert "cannot read" in err


def test_unknown_quote_type_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["extract", str(write(tmp_path, b"text")), "--types", "direct,quoted"])
    assert exit.value.code == 2
    assert "direct, indirect, mixed" in capsys.readouterr().err


def test_serve_takes_its_defaults_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append({"app": app, **options}))
    monkeypatch.setenv("QA_PORT", "9123")
    monkeypatch.setenv("QA_WORKERS", "3")
    monkeypatch.setenv("QA_LOG_LEVEL", "warning")
    get_settings.cache_clear()
    try:
        assert main(["serve", "--workers", "2"]) == 0
    finally:
        get_settings.cache_clear()
    assert calls == [
        {
            "app": "app.main:app",
            "host": "127.0.0.1",
            "port": 9123,
            "workers": 2,
            "log_level": "warning",
        }
    ]


def test_bad_environment_is_reported_with_status_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_PORT", "eighty")
    get_settings.cache_clear()
    try:
        status, _, err = run(capsys, "serve")
    finally:
        get_settings.cache_clear()
    assert status == 2
    assert "QA_" in err and "port" in err
