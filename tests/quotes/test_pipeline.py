"""The whole pipeline on arbitrary text: it never fails, and what it gives points at the text."""

from __future__ import annotations

from attrs import evolve
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel.quotes import SIEVES, TIERS, find_quotes, speaker_tier

# Words and marks that set the sieves going: names, titles, cues, pronouns,
# descriptions, headings, colons, dashes and every style of quotation mark.
_PIECES = st.sampled_from(
    [
        '"', "\u201c", "\u201d", "``", "''", "'", ":", ",", ".", "?", " -- ", " ", " ", "(", ")",
        "Ann", "Cole", "Sen.", "Mr.", "A.", "ANN COLE", "ECONOMIST", "ON", "Northwind", "Inc", "of", "the", "a",
        "said", "says", "told", "according to", "saying", "called", "believes", "he", "she", "it", "they",
        "company", "spokesman", "statement", "one trader", "people familiar with", "and", "so-called", "was dubbed",
        "Calling", "In a statement", "its", "'s", "who", "that", "Reporting",
        "quoted", "as", "Partners'", "s'", "spoke", "after", "State", "state", "director", "Twitter", "comment",
        "Gov.", "Ohio", "the analysts", "seen by", "NEW YEAR", "Speaking", "Moreover", "firm",
    ]
)
_TEXT = st.lists(_PIECES, max_size=60).map(" ".join)


@given(st.lists(_TEXT, min_size=1, max_size=6))
@settings(max_examples=300)
@example(['"Yes," said', '"No." ANN COLE, ECONOMIST: "Maybe"'])
@example(["Ann Cole said: \u201cwe won.", "\u201cWe did,\u201d she said, \u201cand more.\u201d"])
@example([": \"a\" -- \"b\" , said the company 's spokesman ,"])
def test_quotes_point_at_their_text_and_name_their_sieves(paragraphs: list[str]) -> None:
    stages = {sieve.id: sieve.stage for sieve in SIEVES}
    end = (-1, -1)
    for quote in find_quotes(tuple(paragraphs)):
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text
        assert (quote.paragraph, quote.start) >= end
        end = (quote.paragraph, quote.end)
        assert (quote.speaker is None) == (quote.named_by is None)
        assert quote.named_by is None or (stages[quote.named_by] == "naming" and quote.found_by is not None)
        assert quote.found_by is None or stages[quote.found_by] == "attribution"
        if quote.speaker is not None:
            assert quote.speaker.strip() == quote.speaker
            assert quote.speaker


@given(st.lists(_TEXT, min_size=1, max_size=4), st.lists(st.sampled_from([s.id for s in SIEVES]), max_size=6))
@settings(max_examples=100)
def test_any_subset_of_sieves_runs(paragraphs: list[str], chosen: list[str]) -> None:
    quotes = find_quotes(tuple(paragraphs), chosen)
    assert all(q.found_by in {None, *chosen} and q.named_by in {None, *chosen} for q in quotes)


@given(st.lists(_TEXT, min_size=1, max_size=4), st.sampled_from(TIERS))
@settings(max_examples=100)
def test_a_tier_keeps_the_speakers_of_its_sieves_and_no_others(paragraphs: list[str], tier: int) -> None:
    every = find_quotes(tuple(paragraphs))
    kept = find_quotes(tuple(paragraphs), min_tier=tier)
    assert [(q.text, q.found_by) for q in kept] == [(q.text, q.found_by) for q in every]
    for all_of_it, some in zip(every, kept, strict=True):
        if all_of_it.speaker is None or speaker_tier(all_of_it) <= tier:
            assert some == all_of_it
        else:
            assert some == evolve(all_of_it, speaker=None, cue=None, named_by=None)
