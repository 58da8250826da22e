"""The ``quote-attribution`` command: read an article from a file, or run the web service.

``quote-attribution extract article.txt`` prints the same JSON that ``POST /v1/quotes`` returns for
the file's text; ``quote-attribution serve`` starts the service with uvicorn.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from app.convert import answer
from app.errors import invalid_request
from app.extract import QuoteType
from app.schemas import ExtractRequest
from app.settings import Settings, get_settings

PROG = "quote-attribution"


def _quote_types(value: str) -> list[QuoteType]:
    """Parse ``direct,indirect`` into quote types, for argparse."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    known = ", ".join(QuoteType)
    if not names:
        raise argparse.ArgumentTypeError(f"name at least one of: {known}")
    try:
        return [QuoteType(name) for name in names]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r}: use a comma-separated list of {known}"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Find the quotations in news articles and who said them."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="print the quotations in an article as JSON",
        description="Print, as JSON, what POST /v1/quotes returns for the article's text.",
    )
    extract.add_argument(
        "file", nargs="?", default="-", help="UTF-8 text file of the article; - or none for stdin"
    )
    extract.add_argument("--publisher", help="the outlet that published the article")
    extract.add_argument(
        "--types",
        type=_quote_types,
        help="kinds of quotation to return, comma-separated: direct,indirect,mixed (default all)",
    )
    extract.add_argument("--compact", action="store_true", help="print the JSON on one line")

    serve = commands.add_parser(
        "serve",
        help="run the web service",
        description="Run the web service. Defaults come from the QA_HOST, QA_PORT, QA_WORKERS and "
        "QA_LOG_LEVEL environment variables.",
    )
    serve.add_argument("--host", help="address to listen on (default: QA_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: QA_PORT or 8000)")
    serve.add_argument("--workers", type=int, help="worker processes (default: QA_WORKERS or 1)")
    return parser


def _read_article(file: str) -> str:
    """Return the article's text; raise ``ValueError`` saying what is wrong with the file."""
    name = "standard input" if file == "-" else file
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{name} is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 first"
        ) from None
    if not text.strip():
        raise ValueError(f"{name} is empty; give the article's text")
    return text


def _extract(arguments: argparse.Namespace, settings: Settings) -> int:
    try:
        text = _read_article(arguments.file)
        request = ExtractRequest(text=text, publisher=arguments.publisher, types=arguments.types)
    except ValueError as error:
        message = str(error)
        if isinstance(error, ValidationError):
            message = invalid_request(error.errors()).message
        print(f"{PROG} extract: error: {message}", file=sys.stderr)
        return 2
    response = answer(request, default_publisher=settings.default_publisher)
    data = response.model_dump(mode="json")
    if arguments.compact:
        print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _serve(arguments: argparse.Namespace, settings: Settings) -> int:
    import uvicorn  # only this command needs the server

    uvicorn.run(
        "app.main:app",
        host=settings.host if arguments.host is None else arguments.host,
        port=settings.port if arguments.port is None else arguments.port,
        workers=settings.workers if arguments.workers is None else arguments.workers,
        log_level=settings.log_level,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = _parser().parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as error:
        print(f"{PROG}: error in the QA_* environment variables:\n{error}", file=sys.stderr)
        return 2
    if arguments.command == "extract":
        return _extract(arguments, settings)
    return _serve(arguments, settings)


if __name__ == "__main__":
    sys.exit(main())
