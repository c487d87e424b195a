"""Stage 5: each sieve, with its own table of cases, in the pipeline and alone.

Each row names a sieve, a short story and the quotations it holds, with
the speaker and the sieve that gave it (the naming sieve, or the attribution
sieve where the source was a name). The same rows run twice: through
all the sieves, and through the one sieve under test (with the naming
sieves, or with the attribution sieves for a naming sieve), so that each
sieve is seen to do its part alone.
"""

from __future__ import annotations

import pytest

from newsmodel.models import Quote
from newsmodel.quotes import SIEVES, find_quotes

Row = tuple[str, tuple[str, ...], list[tuple[str, str | None, str | None]]]

ROWS: list[Row] = [
    # nobody's speech: titles and terms are claimed with no speaker
    ("title", ('Ann Cole starred in "The Long Road Home" last year, she said.',), [("The Long Road Home", None, None)]),
    ("title", ("The firm earned an \u201cA\u201d rating, said Ann Cole.",), [("A", None, None)]),
    ("term", ('Northwind sells so-called "green bonds" to pension funds.',), [("green bonds", None, None)]),
    ("term", ('The plan, known as "Project Blue", was dropped, Ann Cole said.',), [("Project Blue", None, None)]),
    ("term", ('Northwind Inc (the "Company") said it would grow.',), [("Company", None, None)]),
    # the attribution beside the quotation
    ("trailing", ('"Rates will stay low," said Ann Cole.',), [("Rates will stay low,", "Ann Cole", "trailing")]),
    ("trailing", ('"I was wrong," Ann Cole confessed.',), [("I was wrong,", "Ann Cole", "trailing")]),
    (
        "trailing",
        ('"Rates will stay low," said Ann Cole of Harbor Partners. "We agree," said Harbor Partners\' Cole.',),
        [("Rates will stay low,", "Ann Cole", "trailing"), ("We agree,", "Ann Cole", "trailing")],
    ),
    (
        "trailing",
        ('"Rates will stay low," Ann Cole, an economist at Northwind, says.',),
        [("Rates will stay low,", "Ann Cole", "trailing")],
    ),
    ("trailing", ('"Is that fair?" asked Rep. Ann B. Cole.',), [("Is that fair?", "Ann B. Cole", "trailing")]),
    ("trailing", ('"We lost." Northwind Group said on Monday.',), [("We lost.", "Northwind Group", "trailing")]),
    ("trailing", ('"We lost." Northwind Group said the plan would fail.',), [("We lost.", None, None)]),
    (
        "leading",
        ("Ann Cole told reporters: \u201cRates will stay low.\u201d",),
        [("Rates will stay low.", "Ann Cole", "leading")],
    ),
    ("leading", ('Ann Cole declared, "We are done."',), [("We are done.", "Ann Cole", "leading")]),
    (
        "split",
        ('"Rates," said Ann Cole, "will stay low."',),
        [("Rates,", "Ann Cole", "trailing"), ("will stay low.", "Ann Cole", "split")],
    ),
    (
        "shared",
        ('"Rates are low" and "they will stay so," Ann Cole said.',),
        [("Rates are low", "Ann Cole", "shared"), ("they will stay so,", "Ann Cole", "trailing")],
    ),
    (
        "heading",
        ('ANN COLE, ECONOMIST, NORTHWIND, OSLO: "Rates will stay low."',),
        [("Rates will stay low.", "ANN COLE", "heading")],
    ),
    ("heading", ('The following are comments: BEN RUIZ, TRADER "Sell now."',), [("Sell now.", "BEN RUIZ", "heading")]),
    (
        "colon",
        ("Ann Cole made her case: \u201cRates will stay low.\u201d",),
        [("Rates will stay low.", "Ann Cole", "colon")],
    ),
    ("colon", ('Rep. Ann Cole (D-Ore.): "Rates will stay low."',), [("Rates will stay low.", "Ann Cole", "colon")]),
    # the quotation's own sentence
    (
        "according-to",
        ('Rates will stay "low for years," according to Northwind Group.',),
        [("low for years,", "Northwind Group", "according-to")],
    ),
    (
        "sentence-cue",
        ('Ann Cole said rates would stay "low for years" in Europe.',),
        [("low for years", "Ann Cole", "sentence-cue")],
    ),
    (
        "sentence-cue",
        ('Northwind dismissed the report as "utterly baseless" on Monday.',),
        [("utterly baseless", "Northwind", "sentence-cue")],
    ),
    (
        "sentence-cue",
        ('Ann Cole left the stage, calling the vote "a sad day for us."',),
        [("a sad day for us.", "Ann Cole", "sentence-cue")],
    ),
    (  # a name right before the quotation is the reported clause's subject, not an inverted speaker
        "sentence-cue",
        ('In an interview, Ann Cole, a former Harbor executive, said Ruiz "was heavily involved in all of it".',),
        [("was heavily involved in all of it", "Ann Cole", "sentence-cue")],
    ),
    (
        "sentence-cue",
        ('Ohio Gov. Ann Cole ended her bid, telling supporters she had "renewed faith in the voters".',),
        [("renewed faith in the voters", "Ann Cole", "sentence-cue")],
    ),
    (
        "sentence-cue",
        ('"We will not wait," a local paper quoted Ann Cole as saying.',),
        [("We will not wait,", "Ann Cole", "sentence-cue")],
    ),
    (
        "sentence-cue",
        ('State media quoted Cole as telling officials: "We will not wait."',),
        [("We will not wait.", "Cole", "sentence-cue")],
    ),
    (
        "sentence-subject",
        ('Ann Cole believes the plan is "a very big mistake."',),
        [("a very big mistake.", "Ann Cole", "sentence-subject")],
    ),
    (
        "sentence-subject",
        ("Northwind Inc makes trucks.", 'Northwind requires drivers to keep their hands "on the wheel at all times."'),
        [("on the wheel at all times.", "Northwind Inc", "sentence-subject")],
    ),
    (  # a word capitalised only because it opens the sentence names no one
        "sentence-subject",
        ('Audiences can expect the show to bring "a little more recklessness than usual".',),
        [("a little more recklessness than usual", None, None)],
    ),
    (
        "sentence-subject",
        ('Praising the deal as "a very good step," Ann Cole signed it.',),
        [("a very good step,", "Ann Cole", "sentence-subject")],
    ),
    # the story around the quotation
    (
        "continuation",
        ('"We will grow in Asia,\u201d said Ann Cole. "We have the cash.', '"And we have the people."'),
        [
            ("We will grow in Asia,", "Ann Cole", "trailing"),
            ("We have the cash.", "Ann Cole", "previous-speech"),
            ("And we have the people.", "Ann Cole", "continuation"),
        ],
    ),
    (
        "continuation-back",
        ('"We have the cash.', '"And the people," Ann Cole said.'),
        [("We have the cash.", "Ann Cole", "continuation-back"), ("And the people,", "Ann Cole", "trailing")],
    ),
    (
        "previous-speech",
        ("Ann Cole said the deal was fair.", '"We are very happy with it."'),
        [("We are very happy with it.", "Ann Cole", "previous-speech")],
    ),
    (
        "conversation",
        ('Ann Cole told reporters: "We won."', '"We will win again."'),
        [("We won.", "Ann Cole", "leading"), ("We will win again.", "Ann Cole", "conversation")],
    ),
    (
        "resumed",
        ('"We have to act now," said Ann Cole.', "Cole has led the group for 20 years.", '"Nobody else will."'),
        [("We have to act now,", "Ann Cole", "trailing"), ("Nobody else will.", "Ann Cole", "resumed")],
    ),
    (  # the paragraph between may hold the speaker's own thoughts
        "resumed",
        ('"We have to act now," said Ann Cole.', "Cole is upbeat, because she sees a way out.", '"Nobody else will."'),
        [("We have to act now,", "Ann Cole", "trailing"), ("Nobody else will.", "Ann Cole", "resumed")],
    ),
    (  # a paragraph about something else: no one resumes
        "resumed",
        ('"We have to act now," said Ann Cole.', "The beach was closed on Monday.", '"Nobody else will."'),
        [("We have to act now,", "Ann Cole", "trailing"), ("Nobody else will.", None, None)],
    ),
    (  # a paragraph about someone else
        "resumed",
        ('"We have to act now," said Ann Cole.', "Ben Ruiz has led the group for years.", '"Nobody else will."'),
        [("We have to act now,", "Ann Cole", "trailing"), ("Nobody else will.", None, None)],
    ),
    # naming: turning a source into a name
    (
        "owner",
        ('"We are looking into it," a Northwind spokeswoman said.',),
        [("We are looking into it,", "Northwind", "owner")],
    ),
    (
        "owner",
        ('"It is closed," a statement from the Harbor Authority said.',),
        [("It is closed,", "Harbor Authority", "owner")],
    ),
    ("owner", ('"We will appeal," the Cole campaign said.',), [("We will appeal,", "Cole", "owner")]),
    ("pronoun", ("Ann Cole runs the fund.", '"We are buying," she said.'), [("We are buying,", "Ann Cole", "pronoun")]),
    # "the analysts", "the statement": the named phrase that used the noun before
    (
        "antecedent",
        ("Harbor Group analysts said rates would rise.", '"Rates will climb," the analysts wrote.'),
        [("Rates will climb,", "Harbor Group", "antecedent")],
    ),
    (
        "antecedent",
        ("Northwind said in a statement on Monday it would cut jobs.", '"We regret this," the statement said.'),
        [("We regret this,", "Northwind", "antecedent")],
    ),
    (  # the noun's latest use belongs to no one named: no guess
        "antecedent",
        ("Northwind said the government should act.", '"It is too late," the government said.'),
        [("It is too late,", None, None)],
    ),
    (  # the latest subject that agrees, though an earlier one is known to be a man
        "pronoun",
        ("Mr. Reyes said prices rose. Kiran Ortega, chief of Northwind, said costs fell.", '"We are ready," he said.'),
        [("We are ready,", "Kiran Ortega", "pronoun")],
    ),
    (  # a party that wants or thinks is no speaker
        "pronoun",
        ("Cole was asked if the Larks wanted a rematch.", '"Why not?" she said.'),
        [("Why not?", "Cole", "pronoun")],
    ),
    (
        "pronoun",
        ("Ann Cole met Ben Ruiz on Monday.", '"It went well," he said.'),
        [("It went well,", "Ben Ruiz", "pronoun")],
    ),
    (
        "pronoun",
        ("Northwind Group cut its forecast on Monday.", '"Demand is weak," it said.'),
        [("Demand is weak,", "Northwind Group", "pronoun")],
    ),
    (
        "description",
        ("Northwind Inc said profit rose.", '"It was a strong year," the company said.'),
        [("It was a strong year,", "Northwind Inc", "description")],
    ),
    (
        "description",
        ("President Ann Cole met the board.", '"We agreed," the president said.'),
        [("We agreed,", "Ann Cole", "description")],
    ),
    (
        "spokesperson",
        ('Northwind Inc shut the plant. "It is safe," a spokesman said.',),
        [("It is safe,", "Northwind Inc", "spokesperson")],
    ),
    (
        "document",
        ('Northwind Inc cut jobs. "We must adapt," a company statement said.',),
        [("We must adapt,", "Northwind Inc", "document")],
    ),
    (
        "spokesperson",
        ("Harbor Inc and the city fire department met.", '"It is over," the spokeswoman for the firm said.'),
        [("It is over,", "Harbor Inc", "spokesperson")],
    ),
    (
        "description",
        ("Prominent analyst Ann Cole arrived.", '"Rates will rise," the analyst said.'),
        [("Rates will rise,", "Ann Cole", "description")],
    ),
    (
        "described-person",
        ("Ann Cole bought the club in May.", '"It was a bargain," the billionaire said.'),
        [("It was a bargain,", "Ann Cole", "described-person")],
    ),
    (
        "described-person",
        ("A local tycoon, who asked not to be named, spoke.", '"It was a bargain," the tycoon said.'),
        [("It was a bargain,", None, None)],
    ),
    (
        "sentence-cue",
        ('The board refused, with chief executive Ann Cole saying the bid was "far too low."',),
        [("far too low.", "Ann Cole", "sentence-cue")],
    ),
    (
        "speaker-block",
        ("ANA RUIZ, ECONOMIST:", '"Rates will stay low."', "On jobs:", '"Hiring is slow."'),
        [("Rates will stay low.", "ANA RUIZ", "heading"), ("Hiring is slow.", "ANA RUIZ", "speaker-block")],
    ),
    (
        "possessor",
        ('Critics recalled Ann Cole\'s claim that "prices will fall."',),
        [("prices will fall.", "Ann Cole", "possessor")],
    ),
    ("possessor", ('Ann Cole\'s "47 percent" remark haunted her.',), [("47 percent", "Ann Cole", "possessor")]),
    ("possessor", ('Bo Li called Ann Cole\'s remark "vile."',), [("vile.", "Bo Li", "sentence-cue")]),
    (
        "verbless",
        ('"Shares will fall," Ann Cole, an analyst at Northwind. Oil rose.',),
        [("Shares will fall,", "Ann Cole", "verbless")],
    ),
    (
        "verbless",
        ('"Shares will fall," Ann Cole, an analyst at Northwind, wrote.',),
        [("Shares will fall,", "Ann Cole", "trailing")],
    ),
    ("verbless", ('"Shares will fall," Ann Cole, who left early.',), [("Shares will fall,", None, None)]),
    # sources the story leaves unnamed claim their quotations for no one
    ("trailing", ('"Prices are too high," one trader said.',), [("Prices are too high,", None, None)]),
    ("trailing", ('"It is done," people familiar with the talks said.',), [("It is done,", None, None)]),
]

NAMING = tuple(s.id for s in SIEVES if s.stage == "naming")
# the sieves whose pattern builds on what an earlier sieve found
BUILDS_ON = {
    "split": ("trailing",),
    "shared": ("trailing",),
    "continuation": ("trailing", "previous-speech"),
    "continuation-back": ("trailing",),
    "conversation": ("leading",),
    "resumed": ("trailing",),
    "speaker-block": ("heading",),
}
_BY_ID = {sieve.id: sieve for sieve in SIEVES}


def _read(
    paragraphs: tuple[str, ...], sieves: tuple[str, ...] | None = None
) -> list[tuple[str, str | None, str | None]]:
    chosen = None if sieves is None else tuple(s.id for s in SIEVES if s.id in sieves)
    return [(q.text, q.speaker, _sieve(q)) for q in find_quotes(paragraphs, chosen)]


def _sieve(quote: Quote) -> str | None:
    """The sieve a row names: the naming sieve, or the attribution sieve where ``name`` named the speaker."""
    if quote.named_by == "name":
        return quote.found_by
    return quote.named_by


@pytest.mark.parametrize(("sieve", "paragraphs", "expected"), ROWS)
def test_sieves_in_the_pipeline(
    sieve: str, paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert sieve in _BY_ID
    assert _read(paragraphs) == expected


@pytest.mark.parametrize(("sieve", "paragraphs", "expected"), ROWS)
def test_each_sieve_alone(
    sieve: str, paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None]]
) -> None:
    if sieve in NAMING:
        alone = (*(s.id for s in SIEVES if s.stage == "attribution"), "name", sieve)
    else:
        alone = (sieve, *BUILDS_ON.get(sieve, ()), *NAMING)
    got = _read(paragraphs, alone)
    for (text, speaker, rule), found in zip(expected, got, strict=True):
        assert found[0] == text
        if rule == sieve or (sieve in NAMING and rule == sieve):
            assert found[1:] == (speaker, rule)


def test_every_sieve_has_rows_and_a_docstring() -> None:
    assert {s.id for s in SIEVES} - {"name"} <= {row[0] for row in ROWS}
    for sieve in SIEVES:
        assert sieve.doc, sieve.id
    assert len({s.id for s in SIEVES}) == len(SIEVES)


def test_attribution_sieves_run_before_naming_sieves() -> None:
    stages = [s.stage for s in SIEVES]
    assert stages == sorted(stages)  # "attribution" < "naming"
