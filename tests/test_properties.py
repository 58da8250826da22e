"""Property tests: the engine never raises, and every span it returns points into the text."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.extract import Extraction, Span, extract

# text made mostly of the characters that trouble quote extraction
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "’",
        "‘",
        "``",
        "''",
        "«",
        "»",
        "„",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "(",
        ")",
        "he said",
        " she added ",
        "Mr. ",
        "Sen. ",
        "John Smith",
        "told Reuters",
        "according to",
        "the paper",
        "that ",
        "WSJ",
        "was quoted by",
        " as saying",
        "don’t",
        "’90s",
    ]
)
_TEXT = st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=80).map("".join))


def _spans(result: Extraction) -> list[Span]:
    spans: list[Span] = []
    for quote in result.quotes:
        spans.extend(quote.segments)
        if quote.speaker is not None:
            spans.append(quote.speaker.mention)
        if quote.cue is not None:
            spans.append(quote.cue)
        if quote.outlet is not None and quote.outlet.mention is not None:
            spans.append(quote.outlet.mention)
    for speaker in result.speakers:
        spans.extend(speaker.mentions)
    for outlet in result.outlets:
        spans.extend(outlet.mentions)
    spans.extend(d.span for d in result.diagnostics if d.span is not None)
    return spans


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.one_of(st.none(), st.text(max_size=20)))
@example("0\x1b)–", None)  # a sentence that is all dateline once the dash is passed
@example("A“SEN.”B", None)  # a name made of quote marks and a title only
@example("of Read , the ALL ", None)  # a capitalised run after "the" made of non-names only
@example("“We won,” said Gov. Ann Smith (R", None)  # a party letter in a bracket left open
def test_any_text_gives_spans_that_point_into_it(text: str, publisher: str | None) -> None:
    result = extract(text, publisher=publisher)
    for span in _spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_segments_are_sorted_and_disjoint(text: str) -> None:
    for quote in extract(text).quotes:
        ends = [(s.start, s.end) for s in quote.segments]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
        assert all(start < end for start, end in ends)
        assert 0.0 <= quote.confidence <= 1.0
