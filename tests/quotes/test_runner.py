"""Stage 5's runner: the sieves to a fixpoint, the ids it stamps, the sieves and tiers a caller picks."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from attrs import evolve
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import parse_article
from newsmodel.models import Quote
from newsmodel.quotes import SIEVES, TIERS, Sieve, find_quotes, keep_tier, speaker_tier
from newsmodel.quotes.resolve import Attribution, Evidence, read_evidence, run_sieves
from newsmodel.quotes.sources import SourcePhrase
from tests.quotes.test_pipeline import _TEXT

_CONTINUED = ('Ann Cole said: "We will win."', '"We grow every year.', '"And we will keep it up."')

_BY_ID = {sieve.id: sieve for sieve in SIEVES}


def test_a_quotation_filled_late_feeds_the_sieves_that_read_it() -> None:
    # "conversation" fills the second quotation after "continuation" ran; the fixpoint runs it again
    found = [(q.speaker, q.found_by) for q in find_quotes(_CONTINUED)]
    assert found == [("Ann Cole", "leading"), ("Ann Cole", "conversation"), ("Ann Cole", "continuation")]


def test_without_a_second_pass_the_continued_paragraph_would_stay_empty() -> None:
    once = tuple(s for s in SIEVES if s.id != "conversation")
    assert [q.found_by for q in find_quotes(_CONTINUED, once)] == ["leading", None, None]


def test_the_runner_stamps_the_ids_whatever_a_rule_says() -> None:
    def claims(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
        source = SourcePhrase(first=0, last=1, kind="name", name="Ann Cole")
        return Attribution(source=source, found_by="not me", speaker="Bo Ku", named_by="nor me")

    quotes = find_quotes(('"Yes."',), [Sieve(id="any", stage="attribution", rule=claims), "name"])
    assert [(q.speaker, q.found_by, q.named_by) for q in quotes] == [("Ann Cole", "any", "name")]


def test_a_sieve_visits_only_the_quotations_still_open_to_it() -> None:
    visits: list[int] = []

    def counts(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
        visits.append(index)
        return None

    evidence = read_evidence(('"We won," said Ann Cole. "Yes." "No."',))
    counting = Sieve(id="count", stage="attribution", rule=counts, from_neighbour=-1)
    made = run_sieves(evidence, [_BY_ID["trailing"], counting, _BY_ID["previous-speech"]])
    assert [a.found_by for a in made] == ["trailing", "previous-speech", None]
    # first the one beside a quotation with a source, then the one beside what "previous-speech" filled
    assert visits == [1, 2]
    visits.clear()
    every = Sieve(id="every", stage="attribution", rule=counts)
    run_sieves(evidence, [_BY_ID["trailing"], every, _BY_ID["previous-speech"]])
    assert visits == [1, 2]  # every open quotation, once: what "previous-speech" filled does not concern it


def test_a_rule_that_fills_nothing_changes_nothing() -> None:
    def empty(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
        return Attribution()

    evidence = read_evidence(('"We won," said Ann Cole.',))
    assert run_sieves(evidence, [Sieve(id="empty", stage="attribution", rule=empty)]) == (Attribution(),)
    assert run_sieves(evidence, [_BY_ID["trailing"], Sieve(id="empty", stage="naming", rule=empty)])[0].speaker is None


def test_sieves_are_named_by_id_and_an_unknown_one_is_refused() -> None:
    quotes = find_quotes(('"We won," said Ann Cole.',), ("trailing",))
    assert [(q.speaker, q.found_by, q.named_by) for q in quotes] == [(None, "trailing", None)]
    assert find_quotes(('"We won," said Ann Cole.',), "trailing") == quotes
    with pytest.raises(ValueError, match=r"unknown sieve 'trailling': one of title, term, trailing"):
        find_quotes(('"We won," said Ann Cole.',), ["trailling"])


def test_a_tier_keeps_the_surer_speakers_and_the_quotes() -> None:
    text = 'Ann Cole spoke on Monday. "We won," she said. "We won," said Bo Ku.'
    assert [speaker_tier(q) for q in find_quotes((text,))] == [2, 1]
    quotes = find_quotes((text,), min_tier=1)
    assert [(q.speaker, q.cue, q.found_by, q.named_by) for q in quotes] == [
        (None, None, "trailing", None),
        ("Bo Ku", "said", "trailing", "name"),
    ]
    assert parse_article(text, min_tier=1).quotes == quotes
    assert parse_article(text, min_tier=2).quotes == find_quotes((text,))


@pytest.mark.parametrize("tier", [0, 4, -1])
def test_an_unknown_tier_is_refused(tier: int) -> None:
    with pytest.raises(ValueError, match="unknown tier"):
        find_quotes(("text",), min_tier=tier)
    with pytest.raises(ValueError, match="unknown tier"):
        parse_article("text", min_tier=tier)
    with pytest.raises(ValueError, match="unknown tier"):
        keep_tier((), tier)


def test_every_sieve_has_a_tier_and_an_unknown_id_is_the_last() -> None:
    assert {s.tier for s in SIEVES} <= set(TIERS)
    quote = Quote(text="a", speaker="Ann", found_by="elsewhere", named_by="name", paragraph=0, start=0, end=1)
    assert speaker_tier(quote) == TIERS[-1]


@given(st.lists(_TEXT, min_size=1, max_size=5))
@settings(max_examples=150)
@example(['Ann Cole spoke.', '"We won." "Yes."', 'said Bo Ku. "No," he said.'])
@example(['" \'', '', 'said Ohio " \''])  # a quotation ending its paragraph, an empty one, a verb
def test_the_sieves_keep_their_promises(paragraphs: list[str]) -> None:
    # a sieve of events never fills a quotation with no event in reach, so visiting it changes nothing
    unbounded = [evolve(s, from_events=False) for s in SIEVES]
    assert find_quotes(paragraphs) == find_quotes(paragraphs, unbounded)
    # a sieve of a neighbour never fills a quotation whose neighbour there has no source
    evidence = read_evidence(paragraphs)
    found = list(run_sieves(evidence, SIEVES))
    for sieve in (s for s in SIEVES if s.from_neighbour):
        for index in range(len(found)):
            alone = [Attribution() if i in (index, index + sieve.from_neighbour) else a for i, a in enumerate(found)]
            assert sieve.rule(evidence, alone, index) is None, sieve.id
