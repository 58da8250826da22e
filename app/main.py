"""The web service: ``create_app`` builds it, ``app`` is what ``uvicorn app.main:app`` serves.

Building the app runs the engine once on the reference article, which loads its lexicons before
the first request and gives the interactive docs a real answer as their response example.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from app import __version__
from app.convert import answer
from app.errors import install_error_handlers
from app.routers import health, quotes
from app.schemas import BatchRequest, ExtractRequest
from app.settings import Settings, get_settings

DESCRIPTION = """\
Reads a news article and returns every quotation in it: the quoted words, who said them, the
reporting words that attribute them and the outlet they were given to.

Every span is a pair of character offsets into the text exactly as sent
(`text[start:end] == span.text`). Every error is a JSON object with a short `error` code and a
`message` saying what to fix.
"""

TAGS: list[dict[str, Any]] = [
    {"name": "quotes", "description": "Find the quotations in articles and who said them."},
    {"name": "service", "description": "Health and version of the running service."},
]

# Request bodies are read by hand (see app.routers.quotes), so FastAPI does not see these models;
# they are added to the schema's components for the request bodies to refer to.
REQUEST_MODELS: tuple[type[BaseModel], ...] = (ExtractRequest, BatchRequest)


def reference_article() -> str:
    """Return the reference article shipped with the service, exactly as stored."""
    data = files("app").joinpath("examples/reference_article.txt").read_bytes()
    return data.decode("utf-8")


class QuoteAttributionAPI(FastAPI):
    """FastAPI whose OpenAPI schema also describes the request bodies read by hand.

    ``example_text`` and ``example_response`` become the request and response examples of the
    quotation endpoints.
    """

    def __init__(self, *, example_text: str, example_response: dict[str, Any], **options: Any):
        super().__init__(**options)
        self.example_text = example_text
        self.example_response = example_response

    def openapi(self) -> dict[str, Any]:
        """Return the OpenAPI schema, with the request models and the examples added."""
        if self.openapi_schema is None:
            schema = super().openapi()
            _, definitions = models_json_schema(
                [(model, "validation") for model in REQUEST_MODELS],
                ref_template="#/components/schemas/{model}",
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(definitions.get("$defs", {}))
            quotes.add_examples(schema, text=self.example_text, response=self.example_response)
            self.openapi_schema = schema
        return self.openapi_schema


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service; ``settings`` replaces those read from the environment."""
    article = reference_article()
    app = QuoteAttributionAPI(
        example_text=article,
        example_response=answer(ExtractRequest(text=article)).model_dump(mode="json"),
        title="Quote attribution",
        description=DESCRIPTION,
        version=__version__,
        openapi_tags=TAGS,
    )
    app.include_router(quotes.router)
    app.include_router(health.router)
    install_error_handlers(app)
    if settings is not None:
        app.dependency_overrides[get_settings] = lambda: settings
    return app


app = create_app()
