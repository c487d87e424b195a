"""Quotation forms and speakers, one table of short cases."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import find_quotes

# (paragraphs, [(quoted text, speaker, cue)])
CASES: list[tuple[tuple[str, ...], list[tuple[str, str | None, str | None]]]] = [
    (('"Sales will slow," said Ann Lee.',), [("Sales will slow,", "Ann Lee", "said")]),
    (('"Sales will slow," Ann Lee said.',), [("Sales will slow,", "Ann Lee", "said")]),
    (("Ann Lee said: \u201cSales will slow.\u201d",), [("Sales will slow.", "Ann Lee", "said")]),
    (
        ('"It is not a growth market," said Morningstar analyst Debbie Wang.',),
        [("It is not a growth market,", "Debbie Wang", "said")],
    ),
    (
        ('"We beat our plan," Chief Financial Officer Tom Schoewe said.',),
        [("We beat our plan,", "Tom Schoewe", "said")],
    ),
    (
        ("Debbie Wang follows the firm.", '"It is cheap," Wang, an analyst at Morningstar, said.'),
        [("It is cheap,", "Debbie Wang", "said")],
    ),
    (
        ('Prices will "stay high for years," according to Goldman Sachs.',),
        [("stay high for years,", "Goldman Sachs", "according to")],
    ),
    (
        ("Ann Lee runs the fund.", '"We are buying," she said.'),
        [("We are buying,", "Ann Lee", "said")],
    ),
    (
        ("Acme Inc said profit rose.", '"We had a strong quarter," the company said.'),
        [("We had a strong quarter,", "Acme Inc", "said")],
    ),
    (
        ('"We are reviewing the report," a Tesla spokesperson said.',),
        [("We are reviewing the report,", "Tesla", "said")],
    ),
    (
        ('"We will grow," said Ann Lee. "We have the cash."',),
        [("We will grow,", "Ann Lee", "said"), ("We have the cash.", "Ann Lee", "said")],
    ),
    (
        ('"Prices are too high," one trader said.',),
        [("Prices are too high,", None, None)],
    ),
    (
        ('The bank launched a "green" bond on Tuesday.',),
        [("green", None, None)],
    ),
    (
        ('"This is damaging" to the league, said Andrew Zimbalist, an economist.',),
        [("This is damaging", "Andrew Zimbalist", "said")],
    ),
    (
        ("Tracy Reiman of PETA criticised the race.", "\u201cIt must end,\u201d Reiman said."),
        [("It must end,", "Tracy Reiman", "said")],
    ),
    (
        ("``It's just paying for the cups I drank before,'' she said of Rebecca Looney's view.",),
        [("It's just paying for the cups I drank before,", None, None)],  # "she" stands for no one named
    ),
    (
        ('Asked about it, Cam Newton laughed and said, "it is funny to hear."',),
        [("it is funny to hear.", "Cam Newton", "said")],
    ),
    (
        ("Iran denied it and dismissed the idea as \u201cutterly absurd\u201d.",),
        [("utterly absurd", "Iran", "dismissed")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quote_forms(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None]]) -> None:
    quotes = find_quotes(paragraphs)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == expected
    for quote in quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


def test_quote_over_paragraphs_gives_one_quote_each_with_one_speaker() -> None:
    paragraphs = (
        "\u201cWe will grow in Asia,\u201d said Ann Lee. \u201cWe have the cash.",
        "\u201cAnd we have the people.",
        "\u201cThe rest is timing.\u201d",
    )
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.text, q.speaker, q.continues) for q in quotes] == [
        (0, "We will grow in Asia,", "Ann Lee", False),
        (0, "We have the cash.", "Ann Lee", False),
        (1, "And we have the people.", "Ann Lee", True),
        (2, "The rest is timing.", "Ann Lee", True),
    ]


def test_flattened_paragraphs_reopen_the_quote() -> None:
    paragraphs = ('"I am surprised. It could make sense. "The deal is good." Shares rose.',)
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["I am surprised. It could make sense.", "The deal is good."]
    assert quotes[1].continues


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        ('He said "we will win and left.', ["we will win and left."]),  # a lost closing mark
        ('He said "we will win\u201d and left.', ["we will win"]),  # straight closed by curly
        ('"The \'Iron Lady\' is back," she said.', ["The 'Iron Lady' is back,"]),  # single marks inside
        ('He said \u201c we will win \u201d and left.', ["we will win"]),  # spaces inside the marks
        ('Stray\u201d closing marks\u201d are skipped.', []),
    ],
)
def test_marks_that_do_not_pair_up(paragraph: str, texts: list[str]) -> None:
    quotes = find_quotes((paragraph, '"Next paragraph," he said.'))
    assert [q.text for q in quotes if q.paragraph == 0] == texts
    assert [q.text for q in quotes if q.paragraph == 1] == ["Next paragraph,"]


def test_a_lost_closing_mark_ends_before_narration() -> None:
    paragraphs = ('"We will win. We have the cash. Ann Lee had said on Friday she would stay.', "Shares rose.")
    assert [q.text for q in find_quotes(paragraphs)] == ["We will win. We have the cash."]


_MARKS = st.sampled_from(['"', "\u201c", "\u201d", "``", "''", "'", " ", "a", "B", ".", ",", "\n"])


@given(st.lists(st.lists(_MARKS, max_size=40).map("".join), max_size=5))
@example(['"a', '"b'])
@example(["\u201ca \u201cb\u201d c\u201d"])
@example(["``a'' ''b``"])
def test_quotes_never_overlap_and_point_at_their_text(paragraphs: list[str]) -> None:
    quotes = find_quotes(tuple(paragraphs))
    end = (-1, -1)
    for quote in quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text
        assert (quote.paragraph, quote.start) >= end
        end = (quote.paragraph, quote.end)
