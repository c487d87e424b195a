"""Round trips and invariants, over values and text that hypothesis draws."""

from __future__ import annotations

import contextlib

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Byline,
    Credit,
    Dateline,
    ParseError,
    find_quotes,
    format_article,
    format_byline,
    format_credits,
    format_dateline,
    from_json,
    parse_article,
    parse_byline,
    parse_credits,
    parse_dateline,
    to_json,
)
from tests.strategies import articles, bylines, credits, datelines, quoted_paragraphs

_WIRE_PIECES = [*"ab AB.,;:()-–—/\"“”'`_\n\t", "By ", "(Reuters) -", "Editing by ", "LONDON", "said "]
_WIRE_TEXT = st.lists(st.sampled_from(_WIRE_PIECES), max_size=120).map("".join)


@given(bylines())
def test_byline_round_trip(byline: Byline) -> None:
    assert parse_byline(format_byline(byline)) == byline


# The furniture of bylines and datelines as newsrooms and web pages print them.
_HEADER_PIECES = ["By ", "Written by ", "As told to ", "Von ", "Ann ", "Lee", "Bo Ku", ", ", " and ", " | ", " • ",
                  " - ", "\u2014", "\u0097", "&#151;", "(", ")", "The ", "Gazette", " for ", " of ", " at ", " in ",
                  "Staff", " Writer", "Senior ", "Reporter", "Jr.", "@ann", "Twitter", "Nov. 19, 2023", " 7:18 pm",
                  "2023-11-19T19:18:00Z", "\n", ";", "Photos by ", "with ", "agencies", "LONDON", "Boston", ", May 5",
                  " (Reuters)", " -", ":", "/TASS/.", "NEW DELHI", "Daily Courier", "Ill.", "\u738b", "und ", "NBC",
                  " News", "5 min read", "A", "."]
_HEADER_TEXT = st.lists(st.sampled_from(_HEADER_PIECES), max_size=14).map("".join)


@settings(max_examples=300)
@given(st.one_of(_HEADER_TEXT, st.text(max_size=60)))
def test_every_parsed_byline_and_dateline_formats_back_to_itself(text: str) -> None:
    byline: Byline | None = None
    dateline: Dateline | None = None
    with contextlib.suppress(ParseError):
        byline = parse_byline(text)
    with contextlib.suppress(ParseError):
        dateline = parse_dateline(text)
    if byline is not None:  # a ParseError here fails the test
        assert parse_byline(format_byline(byline)) == byline
    if dateline is not None:
        assert parse_dateline(format_dateline(dateline)) == dateline


@given(datelines(), st.sampled_from(["-", "–", "—", "--", "\u2015", "\u0097", "&#151;", "&#8213;"]))
def test_dateline_round_trip_in_every_dash_style(dateline: Dateline, dash: str) -> None:
    assert parse_dateline(format_dateline(dateline, dash=dash)) == dateline


@given(credits())
def test_credits_round_trip(value: tuple[Credit, ...]) -> None:
    assert parse_credits(format_credits(value)) == value


@given(articles(), st.sampled_from(["-", "–", "—"]))
def test_article_round_trip(article: Article, dash: str) -> None:
    assert parse_article(format_article(article, dash=dash)) == article


@given(articles())
def test_json_round_trip(article: Article) -> None:
    assert from_json(to_json(article)) == article


@given(quoted_paragraphs())
def test_quotes_in_every_mark_style_keep_their_speaker(paragraph: str) -> None:
    (quote,) = find_quotes((paragraph,))
    assert quote.speaker is not None
    assert quote.speaker in paragraph
    assert paragraph[quote.start : quote.end] == quote.text


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=400), _WIRE_TEXT))
@example('"a\n\n"b')
@example("By A B\n(Reuters) -")
@example("((Reporting by ")
@example("“”“")
def test_parse_article_never_raises_and_offsets_hold(text: str) -> None:
    article = parse_article(text)
    assert isinstance(article, Article)
    previous_end = (-1, -1)
    for quote in article.quotes:
        paragraph = article.paragraphs[quote.paragraph]
        assert 0 <= quote.start <= quote.end <= len(paragraph)
        assert paragraph[quote.start : quote.end] == quote.text
        assert (quote.paragraph, quote.start) >= previous_end  # quotes never overlap
        previous_end = (quote.paragraph, quote.end)
