"""The service's request and response models: the HTTP contract, documented field by field.

These are the only pydantic models of the service; the engine returns frozen dataclasses and
``app.convert`` maps them onto the response models here. Class docstrings and field descriptions
appear in the OpenAPI schema and the interactive docs, so they are written for the caller.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.extract import OutletSource, QuoteType, SpeakerKind


def _require_unicode(value: str) -> str:
    """Reject strings that cannot be written back as UTF-8 (lone surrogates such as ``\\ud800``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"contains an unpaired surrogate (\\u{ord(value[error.start]):04x}) at character "
            f"{error.start}; send valid Unicode text"
        ) from None
    return value


# the speaker's name, in a quotation and in the article's list of speakers
_SPEAKER_NAME = (
    "Canonical name: the fullest form the article gives; an unnamed source's description"
    ' ("a senior official"); "the author" for the writer\'s own "I".'
)


# Requests


class ExtractRequest(BaseModel):
    """An article to read, with the outlet that published it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        description=(
            "The article: headline and paragraphs, paragraphs separated by blank lines or single "
            "line breaks. Every offset in the response is a character index into this string "
            "exactly as sent."
        ),
    )
    publisher: str | None = Field(
        default=None,
        description=(
            "The outlet that published the article; it becomes a quote's outlet (with source "
            "`publisher`) when the text names none for it."
        ),
    )
    types: list[QuoteType] | None = Field(
        default=None,
        min_length=1,
        description=(
            "Which kinds of quotation to return: any of `direct`, `indirect`, `mixed`. "
            "Omit it or send null for all three."
        ),
    )

    @field_validator("text")
    @classmethod
    def _text_has_content(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain the article, not be empty or only whitespace")
        return _require_unicode(value)

    @field_validator("publisher")
    @classmethod
    def _blank_publisher_is_none(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return _require_unicode(value.strip())


class BatchItem(ExtractRequest):
    """One article of a batch, with an optional identifier chosen by the caller."""

    id: str | None = Field(
        default=None,
        description="Any identifier of the caller's; it is returned with this article's result.",
    )


class BatchRequest(BaseModel):
    """Several articles to read in one call."""

    model_config = ConfigDict(extra="forbid")

    items: list[BatchItem] = Field(
        description=(
            "The articles. Each is checked on its own: a bad one gets an error in its result "
            "and the others are still read."
        ),
    )


# Responses


class SpanOut(BaseModel):
    """A stretch of the submitted text: `text` equals the article's characters `start` to `end`."""

    start: int = Field(description="Index of the first character (Unicode code points from 0).")
    end: int = Field(description="Index just past the last character (exclusive).")
    text: str = Field(description="The characters from `start` to `end`, exactly as submitted.")


class SpeakerOut(BaseModel):
    """The person or body a quotation is attributed to."""

    name: str = Field(description=_SPEAKER_NAME)
    kind: SpeakerKind = Field(
        description="What sort of source: `person`, `organization`, `group` or `outlet`."
    )
    title: str | None = Field(
        description="The speaker's role as written (e.g. 'former spy chief'), or null."
    )
    affiliation: str | None = Field(
        description="The organisation the speaker belongs to or speaks for, or null."
    )
    mention: SpanOut = Field(
        description=(
            "The mention that attributes this quote: a name, or a pronoun such as 'he' or "
            "'who' (\"X, who declared, ...\")."
        )
    )


class OutletOut(BaseModel):
    """The news outlet a quotation was given to or reported by."""

    name: str = Field(description="Canonical name of the outlet.")
    mention: SpanOut | None = Field(
        description="Where the text names the outlet for this quote ('told the paper'), or null."
    )
    source: OutletSource = Field(
        description=(
            "How the outlet was found: `text` (named for this quote), `context` (carried over "
            "from the same speaker's preceding statement, or from the sentence before that says "
            "whom they spoke to) or `publisher` (the request's publisher)."
        ),
    )


class QuoteOut(BaseModel):
    """One quotation, possibly split into several segments, with its attribution."""

    id: str = Field(description="Identifier of the quote within this response, e.g. `q1`.")
    type: QuoteType = Field(
        description=(
            "`direct` (wholly inside quote marks), `indirect` (reported speech) or `mixed` "
            "(reported speech containing quoted words)."
        ),
    )
    text: str = Field(description="The quoted words: the segments joined by ' … '.")
    segments: list[SpanOut] = Field(
        description=(
            "The parts of the quotation in reading order, without their quote marks. A split "
            "quotation (“A,” she said, “B.”) has several."
        ),
    )
    speaker: SpeakerOut | None = Field(description="Who said it, or null when no one is named.")
    cue: SpanOut | None = Field(
        description="The words that attribute it ('said', 'told', 'according to'), or null."
    )
    outlet: OutletOut | None = Field(
        description="The outlet the words were given to or reported by, or null."
    )
    confidence: float = Field(
        description="How sure the attribution is, from 0 (a guess) to 1 (certain)."
    )
    rule: str = Field(description="Name of the attribution rule that made this attribution.")


class SpeakerSummaryOut(BaseModel):
    """One speaker across the whole article."""

    name: str = Field(description=_SPEAKER_NAME)
    kind: SpeakerKind = Field(
        description="What sort of source: `person`, `organization`, `group` or `outlet`."
    )
    title: str | None = Field(description="The speaker's role as written, or null.")
    affiliation: str | None = Field(
        description="The organisation the speaker belongs to or speaks for, or null."
    )
    quotes: list[str] = Field(description="Ids of the quotes attributed to this speaker.")
    mentions: list[SpanOut] = Field(
        description="Every mention of the speaker: names, surnames, titles and pronouns."
    )


class OutletSummaryOut(BaseModel):
    """One news outlet across the whole article."""

    name: str = Field(description="Canonical name of the outlet.")
    mentions: list[SpanOut] = Field(
        description="Every mention of the outlet, including references such as 'the paper'."
    )


class DiagnosticOut(BaseModel):
    """Something in the text that was repaired or passed over, such as an unmatched quote mark."""

    code: str = Field(description="Machine-readable kind, e.g. `unmatched_close`.")
    message: str = Field(description="What was found and what was done about it.")
    span: SpanOut | None = Field(description="Where in the text, or null.")


class ExtractResponse(BaseModel):
    """Every quotation in the article, who said it, and the speakers and outlets involved."""

    quotes: list[QuoteOut] = Field(description="The quotations, in the order they begin.")
    speakers: list[SpeakerSummaryOut] = Field(
        description="Each speaker the quotes are attributed to, with all their mentions."
    )
    outlets: list[OutletSummaryOut] = Field(
        description="Each news outlet the article names, with all its mentions."
    )
    diagnostics: list[DiagnosticOut] = Field(
        description="Repairs and oddities in the text worth knowing about; often empty."
    )


class ErrorDetailOut(BaseModel):
    """One problem with a request."""

    field: str | None = Field(
        description=(
            "The field at fault as a dotted path ('text', 'types.1'), or null when the problem "
            "concerns the request as a whole."
        ),
    )
    message: str = Field(description="What is wrong with that field and how to fix it.")


class ErrorOut(BaseModel):
    """What was wrong with a request, and what to change."""

    error: str = Field(
        description=(
            "Short machine-readable code: `invalid_json`, `invalid_utf8`, `invalid_request`, "
            "`body_too_large`, `text_too_long`, `too_many_items`, `unsupported_media_type`, "
            "`not_found`, `method_not_allowed` or `internal_error`."
        ),
    )
    message: str = Field(description="A sentence saying what was wrong and what to fix.")
    details: list[ErrorDetailOut] | None = Field(
        default=None,
        description="Each problem found, one per field, when the request had invalid fields.",
    )


class BatchResultOut(BaseModel):
    """The answer for one article of a batch: a result or an error, never both."""

    id: str | None = Field(description="The item's `id` as sent, or null if it had none.")
    result: ExtractResponse | None = Field(
        description="What was found in the article, or null if the item was rejected."
    )
    error: ErrorOut | None = Field(description="Why the item was rejected, or null if it was read.")


class BatchResponse(BaseModel):
    """The answers for a batch, one per item, in the order the items were sent."""

    results: list[BatchResultOut] = Field(description="One entry per item, in request order.")


class HealthOut(BaseModel):
    """The service is up and answering."""

    status: str = Field(description="Always `ok`.")


class VersionOut(BaseModel):
    """What is running."""

    name: str = Field(description="The service's name.")
    version: str = Field(description="The service's version.")
