"""The reference article: the two direct quotations it must return, field by field.

The article is the one the project started from; its split "Nabil" quotation (a closing mark
with no opener, joined to the quotation before it) is the canonical hard case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract import Extraction, OutletSource, Quote, QuoteType, extract

ARTICLE = (Path(__file__).parent / "fixtures" / "reference_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def result() -> Extraction:
    return extract(ARTICLE)


def _quote_starting_at(result: Extraction, start: int) -> Quote:
    found = [q for q in result.quotes if q.segments[0].start == start]
    assert found, f"no quote starts at {start}: {[q.segments for q in result.quotes]}"
    return found[0]


def test_nabil_split_quotation(result: Extraction) -> None:
    quote = _quote_starting_at(result, 1328)
    assert quote.type is QuoteType.DIRECT
    assert [(s.start, s.end) for s in quote.segments] == [(1328, 1394), (1410, 1464)]
    assert [s.text for s in quote.segments] == [
        "If there were a resistance, they would have joined the resistance.",
        "for the time being, ISIS is the only other armed group",
    ]
    assert quote.speaker is not None
    assert quote.speaker.name == "Rahmatullah Nabil"
    assert quote.speaker.title == "former spy chief"
    assert quote.speaker.affiliation is None
    assert (quote.speaker.mention.start, quote.speaker.mention.end) == (1485, 1502)
    assert quote.cue is not None and (quote.cue.start, quote.cue.end) == (1503, 1507)
    assert quote.outlet is not None
    assert quote.outlet.name == "The Wall Street Journal"
    assert quote.outlet.source is OutletSource.TEXT
    assert quote.outlet.mention is not None
    assert (quote.outlet.mention.start, quote.outlet.mention.end) == (1508, 1517)


def test_zubair_quoted_by_wsj(result: Extraction) -> None:
    quote = _quote_starting_at(result, 1899)
    assert quote.type is QuoteType.DIRECT
    assert [(s.start, s.end) for s in quote.segments] == [(1899, 1960)]
    assert quote.speaker is not None
    assert quote.speaker.name == "Mawlawi Zubair"
    assert quote.speaker.title == "senior commander"
    assert quote.speaker.affiliation == "Taliban"
    assert (quote.speaker.mention.start, quote.speaker.mention.end) == (1853, 1867)
    assert quote.cue is not None and (quote.cue.start, quote.cue.end) == (1873, 1879)
    assert quote.outlet is not None
    assert quote.outlet.name == "The Wall Street Journal"
    assert quote.outlet.source is OutletSource.TEXT
    assert quote.outlet.mention is not None and quote.outlet.mention.text == "WSJ"


def test_no_quotes_in_headline_or_apostrophes(result: Extraction) -> None:
    direct = [q for q in result.quotes if q.type is QuoteType.DIRECT]
    assert len(direct) == 2
    headline_end = ARTICLE.index("\n")
    assert all(q.segments[0].start > headline_end for q in result.quotes)


def test_unmatched_closing_mark_is_reported(result: Extraction) -> None:
    codes = [(d.code, d.span.start if d.span else None) for d in result.diagnostics]
    assert ("unmatched_close", 1465) in codes


@pytest.mark.parametrize(
    ("start", "end", "speaker", "mention", "outlet", "source"),
    [
        (1976, 2083, "Mawlawi Zubair", (1962, 1964), "The Wall Street Journal", "context"),
        (
            1205,
            1324,
            "former security officials and Taliban members",
            (1147, 1192),
            "The Wall Street Journal",
            "text",
        ),
        (693, 1025, "The Wall Street Journal", (672, 691), "The Wall Street Journal", "text"),
    ],
    ids=["zubair-added-that", "wsj-quoted-officials-saying", "according-to-wsj"],
)
def test_indirect_quotations(
    result: Extraction,
    start: int,
    end: int,
    speaker: str,
    mention: tuple[int, int],
    outlet: str,
    source: str,
) -> None:
    quote = _quote_starting_at(result, start)
    assert quote.type is QuoteType.INDIRECT
    segment = quote.segments[0]
    overlap = min(segment.end, end) - max(segment.start, start)
    union = max(segment.end, end) - min(segment.start, start)
    assert overlap / union >= 0.9
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert (quote.speaker.mention.start, quote.speaker.mention.end) == mention
    assert quote.outlet is not None and quote.outlet.name == outlet
    assert quote.outlet.source.value == source
