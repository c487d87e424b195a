"""Stage 3: the persons and organisations a story names, and the parties they stand for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.quotes.entities import read_entities
from newsmodel.quotes.mentions import read_mentions
from newsmodel.quotes.tokens import read_tokens

# (narration, [(name, kind, title)] of the mentions read off its capitalised runs)
MENTIONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Sen. Ann Cole of Maine spoke.", [("Ann Cole", "person", "Sen."), ("Maine", "place", None)]),
    ("ECB President Mario Ruiz spoke.", [("ECB", "organisation", None), ("Mario Ruiz", "person", "President")]),
    ("Los Olmos Mayor Eva Brandt spoke.", [("Los Olmos", "organisation", None), ("Eva Brandt", "person", "Mayor")]),
    ("Secretary of State Tom Ruiz spoke.", [("Tom Ruiz", "person", "Secretary of State")]),
    ("Northwind Corp's Ida Marsh spoke.", [("Northwind Corp", "organisation", None), ("Ida Marsh", "person", None)]),
    ("The Energy Minister spoke.", []),  # a title names no one
    ("Mr. King spoke.", [("King", "person", "Mr.")]),  # a title word after an honorific is a name
    ("The analyst Ben Ruiz and chief Ortega spoke.", [("Ben Ruiz", "person", None), ("Ortega", "person", None)]),
    ("Tom E. Ruiz and Exane BNP spoke.", [("Tom E. Ruiz", "person", None), ("Exane BNP", "organisation", None)]),
    ("It rose at Northwind, Republicans said.", [("Northwind", "organisation", None), ("Republicans", "group", None)]),
    ("Officials and Police said so.", []),  # common nouns capitalised at a sentence's start
    ("Said Ann Cole: yes.", [("Ann Cole", "person", None)]),
    # a plural's possessive: an owner before a name, part of an organisation's name before its head
    ("Harbor Partners' Ida Marsh spoke.", [("Harbor Partners", "organisation", None), ("Ida Marsh", "person", None)]),
    ("The Teachers' Union of Lyon spoke.", [("Teachers' Union of Lyon", "organisation", None)]),
    ("Karl Ortega's PAC spoke.", [("Karl Ortega", "person", None), ("PAC", "organisation", None)]),
    # a name set after a noun for a business or a body is its name
    ("The research firm Harbor Light spoke.", [("Harbor Light", "organisation", None)]),
    ("The analyst Harbor Light spoke.", [("Harbor Light", "person", None)]),
    ("Congressional Republicans spoke.", [("Congressional Republicans", "group", None)]),  # a people
    ("Air Force Lt. Ann Cole spoke.", [("Air Force", "organisation", None), ("Ann Cole", "person", "Lt.")]),
    # a title over a name is no organisation's head: its "of" is the person's place
    ("Mayor Ana Ruiz of Lakeside spoke.", [("Ana Ruiz", "person", "Mayor"), ("Lakeside", "unknown", None)]),
    ("The Federal Reserve Bank of New York spoke.", [("Federal Reserve Bank of New York", "organisation", None)]),
    # a people's word after a region or a determiner names one of a people, not a surname
    ("A New Hampshire Republican spoke.", [("New Hampshire Republican", "group", None)]),
    # a capitalised word joined to a participle modifies the name after it
    ("Harvard-educated Ana Ruiz spoke.", [("Ana Ruiz", "person", None)]),
    ("The Lakeside-based Northwind Corp spoke.", [("Northwind Corp", "organisation", None)]),
    # a market's code for a company's shares names no party
    ("It bought Northwind Corp NWC.N, and HBR.UL fell.", [("Northwind Corp", "organisation", None)]),
    # a function word capitalised at a sentence's start is no part of the name after it
    ("Neither Ana Ruiz nor Tom Reyes spoke.", [("Ana Ruiz", "person", None), ("Tom Reyes", "person", None)]),
    ("Maybe Ana Ruiz spoke.", [("Ana Ruiz", "person", None)]),
    ("Under Lakeside Inc spoke.", [("Under Lakeside Inc", "organisation", None)]),  # but a company's first word
    # a title makes a person, whatever word stands before it
    ("It heard a speech from Chancellor Ana Ruiz.", [("Ana Ruiz", "person", "Chancellor")]),
    # after "to", a place one goes to, but a person spoken to or of
    ("She flew to Lakeside Springs.", [("Lakeside Springs", "place", None)]),
    ("She spoke to Ana Ruiz.", [("Ana Ruiz", "person", None)]),
    ("It fell, according to Ana Ruiz.", [("Ana Ruiz", "person", None)]),
    # the qualifier of an office is no title without the office's noun
    ("She spoke at the Lakeside Future of Finance Summit.",
     [("Lakeside Future", "organisation", None), ("Summit", "unknown", "Finance")]),
    ("Another Muslim spoke.", [("Muslim", "group", None)]),
    ("Ana Israeli spoke.", [("Ana Israeli", "person", None)]),
    # an ampersand makes an organisation; a country is a place
    ("Barnes & Hale spoke.", [("Barnes & Hale", "organisation", None)]),
    ("The United States spoke.", [("United States", "place", None)]),
]


def test_a_company_name_ends_at_its_legal_form() -> None:
    """"Northwind Inc Model T": the company, then a name of its own."""
    mentions = read_mentions(read_tokens(("Owners of the Northwind Inc Model T spoke.",)))
    assert [m.name for m in mentions][:2] == ["Northwind Inc", "Model T"]
    assert mentions[0].kind == "organisation"


def test_a_heading_in_capitals_is_cut_from_its_topic() -> None:
    """"RUIZ ON NEED FOR FUNDS": a speaker and a topic, never one name."""
    mentions = read_mentions(read_tokens(("RUIZ ON NEED FOR FUNDS",)))
    assert [m.name for m in mentions] == ["RUIZ", "NEED FOR FUNDS"]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_runs_are_read_as_mentions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.name, m.kind, m.title) for m in read_mentions(read_tokens((text,)))] == expected


# (narration, name asked for, the entity's name, kind, gender)
ENTITIES: list[tuple[str, str, str, str, str | None]] = [
    ("Ann Cole spoke. Cole left.", "Cole", "Ann Cole", "person", "female"),
    ("Mr. Ortega spoke.", "Ortega", "Ortega", "person", "male"),
    ("Zeta Allen spoke. Allen left.", "Allen", "Zeta Allen", "person", None),  # a lone surname tells no gender
    ("Dana Okafor spoke before her board.", "Okafor", "Dana Okafor", "person", "female"),  # "her" after the name
    ("Northwind Holdings Inc rose. Northwind fell.", "Northwind", "Northwind Holdings Inc", "organisation", None),
    ("Northwind Holdings Inc rose.", "Northwind Holdings", "Northwind Holdings Inc", "organisation", None),
]


@pytest.mark.parametrize(("text", "asked", "name", "kind", "gender"), ENTITIES)
def test_mentions_gather_into_entities(text: str, asked: str, name: str, kind: str, gender: str | None) -> None:
    entity = read_entities(read_tokens((text,))).entity(asked)
    assert entity is not None
    assert (entity.name, entity.kind, entity.gender) == (name, kind, gender)


def test_a_word_capitalised_only_by_its_place_is_an_opener() -> None:
    story = read_entities(read_tokens(("Currently prices rise. Northwind said so. Shares of Northwind fell.",)))
    assert [(m.name, m.kind) for m in story.mentions] == [
        ("Currently", "opener"),
        ("Northwind", "unknown"),
        ("Shares", "opener"),
        ("Northwind", "unknown"),
    ]


def test_a_name_before_a_role_and_a_person_is_an_organisation() -> None:
    story = read_entities(read_tokens(("Said Blue Harbor economist Ann Cole.",)))
    assert [(m.name, m.kind) for m in story.mentions] == [("Blue Harbor", "organisation"), ("Ann Cole", "person")]


@given(st.lists(st.text(alphabet="aAbB .,'&-ofMrSen", max_size=50), max_size=3))
def test_mentions_lie_inside_the_narration_and_never_overlap(texts: list[str]) -> None:
    narration = read_tokens(texts)
    story = read_entities(narration)
    last = 0
    for mention in story.mentions:
        assert last <= mention.first < mention.last <= len(narration.words)
        assert mention.name
        assert mention.name.strip() == mention.name
        last = mention.last
