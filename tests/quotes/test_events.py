"""Stage 4: sources, sentence subjects and speech events."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.quotes.entities import read_entities
from newsmodel.quotes.events import read_events
from newsmodel.quotes.subjects import read_subjects
from newsmodel.quotes.tokens import read_tokens

# (narration, [(verb, source kind, name or noun, inverted)] of its speech events)
EVENTS: list[tuple[str, list[tuple[str, str, str | None, bool]]]] = [
    ("Ann Cole said prices rose.", [("said", "name", "Ann Cole", False)]),
    ("Prices rose, said Harbor analyst Ann Cole.", [("said", "name", "Ann Cole", True)]),
    ("Cole, an analyst at Harbor, said so.", [("said", "name", "Cole", False)]),
    ("Ann Cole, who runs a fund in Lyon, told reporters so.", [("told", "name", "Ann Cole", False)]),
    ("Rep. Ann Cole (D-Ore.) says prices rise.", [("says", "name", "Ann Cole", False)]),
    ("Ann Cole smiled and said no.", [("said", "name", "Ann Cole", False)]),
    ("Ann Cole of Harbor Group has also warned of it.", [("warned", "name", "Ann Cole", False)]),
    ("Bo Li and Ann Cole said so.", [("said", "name", "Bo Li and Ann Cole", False)]),
    ("Ann Cole in Lyon said so.", [("said", "name", "Ann Cole", False)]),
    ("Its chief, Ann Cole, said so.", [("said", "name", "Ann Cole", False)]),
    ("A spokesman for Harbor Group said so.", [("said", "description", "Harbor Group", False)]),
    ("A Harbor spokeswoman said so.", [("said", "description", "Harbor", False)]),
    ("The company said so.", [("said", "description", "company", False)]),
    ("One trader said so.", [("said", "unnamed", "trader", False)]),
    ("People familiar with the talks said so.", [("said", "unnamed", "people", False)]),
    ("A statement from Harbor Group said so.", [("said", "document", "Harbor Group", False)]),
    ("A copy of the memo seen by Harbor Group says so.", [("says", "document", "copy", False)]),  # no author
    ("He said so.", [("said", "pronoun", "he", False)]),
    ("Prices will rise, according to Harbor Group.", [("according to", "name", "Harbor Group", True)]),
    (
        "Ann Cole said no, adding that it was late.",
        [("said", "name", "Ann Cole", False), ("adding", "name", "Ann Cole", False)],
    ),
    ("The Cole campaign argues that it won.", [("argues", "description", "Cole", False)]),
    ("The report shows a rise.", []),  # "report" after an article is a noun
    ("In its semi-annual report, Ann Cole said so.", [("said", "name", "Ann Cole", False)]),  # and after modifiers
    # a quoting verb's object is the speaker where "as" and a participle follow
    (
        "The paper quoted Ann Cole as saying so.",
        [("quoted", "name", "Ann Cole", False), ("saying", "name", "Ann Cole", False)],
    ),
    ("Harbor cited a senior aide as having said so.", [("cited", "unnamed", "aide", False)]),
    ("Ann Cole cited a study of prices.", []),  # citing is no speech
    ("Ann Cole spoke to reporters.", [("spoke", "name", "Ann Cole", False)]),
    ("Ann Cole posted a Twitter comment of her own.", [("posted", "name", "Ann Cole", False)]),  # a noun
    ("The Daily Ledger reports so.", [("reports", "name", "Daily Ledger", False)]),  # a verb
    ("Ohio State professor Ann Cole said so.", [("said", "name", "Ann Cole", False)]),  # "State": a name's
    ("Ann Cole, Harbor's Colorado state director, said so.", [("said", "name", "Ann Cole", False)]),  # a noun
    ("Prices fell after Ann Cole spoke.", []),  # speaking in the background: no cue
    ("Harbor's permanent mission to the league said so.", [("said", "description", "Harbor", False)]),
]


def _events(text: str) -> list[tuple[str, str, str | None, bool]]:
    narration = read_tokens((text,))
    return [
        (e.verb, e.source.kind, e.source.name or e.source.noun, e.inverted)
        for e in read_events(narration, read_entities(narration))
    ]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_speech_events_tie_each_cue_to_its_source(text: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert _events(text) == expected


# (narration, the name of each sentence's subject)
SUBJECTS: list[tuple[str, list[str | None]]] = [
    ("In a statement on Monday, Ann Cole said no.", ["Ann Cole"]),
    ("Speaking to reporters, Ann Cole said no.", ["Ann Cole"]),
    ("Harbor publisher Ann Cole left.", ["Ann Cole"]),
    ("Harbor's vice president, Ann Cole, left.", ["Ann Cole"]),
    ("Prices rose. He left.", ["Prices", "he"]),  # a word capitalised by its place: an opener
    ("Rates fell.", ["Rates"]),
    ("RATE WORRIES Speaking in Lyon, Harbor chief Ann Cole said no.", ["Ann Cole"]),  # a heading run in
    ("RATE WORRIES Harbor chief Ann Cole said no.", ["Ann Cole"]),
    ("Ohio Gov. Ann Cole said no.", ["Ann Cole"]),  # a place and an abbreviated title before the person
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_each_sentence_has_its_subject_read(text: str, expected: list[str | None]) -> None:
    narration = read_tokens((text,))
    subjects = read_subjects(narration, read_entities(narration))
    assert [s.name or s.noun if s is not None else None for s in subjects] == expected


@given(st.text(alphabet="aA bB.,:'\x00saidtoldsaysCole", max_size=120))
def test_every_source_lies_inside_its_sentence_side(text: str) -> None:
    narration = read_tokens((text,))
    for event in read_events(narration, read_entities(narration)):
        assert 0 <= event.source.first < event.source.last <= len(narration.words)
        assert event.source.kind in ("name", "pronoun", "description", "document", "unnamed")
