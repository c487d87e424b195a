"""The seed article and the shapes of real copy, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmodel import (
    Article,
    Contributor,
    Credit,
    Dateline,
    Note,
    find_quotes,
    format_article,
    from_json,
    parse_article,
    to_dict,
    to_json,
)
from newsmodel.article import _HAS_WORD
from tests.nothing_lost import lost_words

SEED = Path(__file__).resolve().parent.parent / "seeds" / "reuters-yoon-apec.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_article(seed_text: str) -> None:
    article = parse_article(seed_text)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["Soo-hyang Choi"]
    assert article.dateline is not None
    assert article.dateline.locations == ("SEOUL",)
    assert article.dateline.agency == "Reuters"
    assert article.dateline.date is None
    assert len(article.paragraphs) == 11
    assert article.paragraphs[0].startswith("South Korean President Yoon Suk Yeol heads")
    assert article.credits == (
        Credit(role="reporting", contributors=(Contributor(name="Soo-hyang Choi"),)),
        Credit(role="editing", contributors=(Contributor(name="Ed Davies"), Contributor(name="Stephen Coates"))),
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("serious threat", "Yoon"),
        ("absolutely unfounded.", "Kremlin"),
    ]
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


def test_seed_round_trips(seed_text: str) -> None:
    article = parse_article(seed_text)
    assert parse_article(format_article(article)) == article
    assert from_json(to_json(article)) == article


def test_hard_wrapped_copy_with_glued_byline_and_note() -> None:
    text = (
        "  (Adds detail from CEO interview, analyst comments,\n"
        "byline)\n\n"
        "  By Susan Kelly CHICAGO  Dec 4 (Reuters) - Medtronic Inc. on Monday said it\n"
        "will spin off its defibrillator business.  \"It is not a\n"
        "quick-growth market,\" said Morningstar analyst Debbie Wang.\n"
        "  Shares rose.\n"
        " (Additional reporting by Ann Lee in New York; Editing by Bo Ku)\n"
    )
    article = parse_article(text)
    note = "Adds detail from CEO interview, analyst comments, byline"
    assert article.notes == (Note(kind="editors_note", text=note),)
    assert article.byline is not None
    assert article.byline.authors[0].name == "Susan Kelly"
    assert article.dateline is not None
    assert article.dateline.locations == ("CHICAGO",)
    assert article.paragraphs == (
        "Medtronic Inc. on Monday said it will spin off its defibrillator business.",
        '"It is not a quick-growth market," said Morningstar analyst Debbie Wang.',
        "Shares rose.",
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [("It is not a quick-growth market,", "Debbie Wang")]
    assert [c.role for c in article.credits] == ["additional_reporting", "editing"]


def test_wire_apparatus_is_kept_out_of_the_body() -> None:
    text = (
        "CHICAGO, Oct 23 (Reuters) - Wal-Mart said sales rose.\n"
        "((Reporting by Emily Kaiser. Editing by Dane Hamilton. Reuters Messaging: "
        "emily.kaiser.reuters.com@reuters.net; +1 312 408 8730)) Keywords: RETAIL WALMART\n"
        "(C) Reuters 2006. All rights reserved.\n"
        "nN23357340\n"
    )
    article = parse_article(text)
    assert article.paragraphs == ("Wal-Mart said sales rose.",)
    assert [c.role for c in article.credits] == ["reporting", "editing"]
    assert article.contacts == ("Reuters Messaging: emily.kaiser.reuters.com@reuters.net", "+1 312 408 8730")
    assert article.keywords == ("RETAIL", "WALMART")
    assert article.trailers == ("(C) Reuters 2006. All rights reserved.", "nN23357340")


def test_1987_copy_with_indented_paragraphs_and_signoff() -> None:
    text = "    NEW YORK, March 23 - Prices rose\nsharply today.\n    Traders were calm.\n Reuter\n"
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.agency is None
    assert article.dateline.date is not None
    assert (article.dateline.date.month, article.dateline.date.day) == (3, 23)
    assert article.paragraphs == ("Prices rose sharply today.", "Traders were calm.")
    assert article.trailers == ("Reuter",)


def test_multi_paragraph_quote_gives_one_quote_per_paragraph() -> None:
    text = (
        "LONDON (Reuters) - The chief executive spoke.\n"
        "\u201cWe will grow,\u201d said Ann Lee. \u201cWe have the cash.\n"
        "\u201cAnd we have the people.\u201d\n"
    )
    quotes = parse_article(text).quotes
    assert [(q.text, q.speaker, q.continues) for q in quotes] == [
        ("We will grow,", "Ann Lee", False),
        ("We have the cash.", "Ann Lee", False),
        ("And we have the people.", "Ann Lee", True),
    ]


def test_documented_json_shape_is_the_seed_articles(seed_text: str) -> None:
    """docs/json.md shows the seed article's JSON: the public contract, kept true."""
    page = (SEED.parent.parent / "docs" / "json.md").read_text(encoding="utf-8")
    block = page.split("```json\n", 1)[1].split("```", 1)[0]
    assert json.loads(block) == to_dict(parse_article(seed_text))


def test_byte_order_mark_and_windows_line_ends() -> None:
    article = parse_article("\ufeffBy Ann Lee\r\nLONDON (Reuters) - Shares rose.\r\n(Editing by Bo Ku)\r\n")
    assert article.byline is not None
    assert article.byline.authors[0].name == "Ann Lee"
    assert article.paragraphs == ("Shares rose.",)


# (copy, byline authors, dateline locations, agency, first paragraph)
HEADERS: list[tuple[str, list[str] | None, list[str] | None, str | None, str]] = [
    ("By Susan Kelly CHICAGO  Dec 4 (Reuters) - Medtronic rose.", ["Susan Kelly"], ["CHICAGO"], "Reuters",
     "Medtronic rose."),
    ("(Recasts; adds details, byline)\nBy Julie Steenhuysen\nCHICAGO (Reuters) - Drugs rose.", ["Julie Steenhuysen"],
     ["CHICAGO"], "Reuters", "Drugs rose."),
    ("By Reuters Staff\n(Reuters) - Oil fell.", [], [], "Reuters", "Oil fell."),
    ("By JOSH BOAK, AP Economics Writer\nWASHINGTON (AP) \u2014 Hiring slowed.", ["JOSH BOAK"], ["WASHINGTON"], "AP",
     "Hiring slowed."),
    ("(Bloomberg) -- Apple rose.", None, [], "Bloomberg", "Apple rose."),
    ("NEW YORK--(BUSINESS WIRE)--\nAcme Corp said today it grew.", None, ["NEW YORK"], "BUSINESS WIRE",
     "Acme Corp said today it grew."),
    ("Riyadh (AFP) - Apps grew.", None, ["Riyadh"], "AFP", "Apps grew."),
    ("by Adam Tempkin\nNEW YORK, Nov 14 (Reuters/IFR) - Bonds fell.", ["Adam Tempkin"], ["NEW YORK"], "Reuters/IFR",
     "Bonds fell."),
    ("Shares rose on Tuesday.", None, None, None, "Shares rose on Tuesday."),
    ("(For a live blog on stocks, click here)\n* Stocks rise\n* Oil falls\n* Gold flat (Adds comment)\nBy Ann Lee\n"
     "NEW YORK, March 6 (Reuters) - Stocks rose.", ["Ann Lee"], ["NEW YORK"], "Reuters", "Stocks rose."),
    ("1 / 5\nFILE PHOTO - A bank in Lisbon. REUTERS/Ann Lee\nFILE PHOTO - A bank in Lisbon. REUTERS/Ann Lee\n"
     "LISBON (Reuters) - Banks fell.", None, ["LISBON"], "Reuters", "Banks fell."),
    ("Photo\nPeacekeepers at a camp in the desert on Monday.\nCredit Ann Lee/Getty Images\n"
     "LONDON \u2014 Sanctions ended.",
     None, ["LONDON"], None, "Sanctions ended."),
    ("   ,\n   WASHINGTON (AP) _ Prices rose.", None, ["WASHINGTON"], "AP", "Prices rose."),
    ("Hong Kong (CNN Business) Stocks fell.", None, ["Hong Kong"], "CNN Business", "Stocks fell."),
    ("New York, April 13 - Acme said it grew.", None, ["New York"], None, "Acme said it grew."),
    ("(Adds analyst quote in sixth paragraph\nSYDNEY (Reuters) - Rio fell.", None, ["SYDNEY"], "Reuters", "Rio fell."),
    ("By Sports Reporter\nLEEDS (Reuters) - United won.", [], ["LEEDS"], "Reuters", "United won."),
    ("* Point one\n* Point two\nThe story goes on.", None, None, None, "* Point one"),
    ("****LONDON, March 5 - Prices rose.\n Reuter", None, ["LONDON"], None, "Prices rose."),
    ("* LONDON, March 5 - a point above the story\nMore text.", None, None, None,
     "* LONDON, March 5 - a point above the story"),
    # bylines and datelines as newspapers and web pages print them
    ("By Ann Lee Staff Writer LONDON (Reuters) - Shares fell.", ["Ann Lee"], ["LONDON"], "Reuters", "Shares fell."),
    ("By Ann Lee | The Gazette\nSPRINGFIELD, March 3 Daily Courier - Shares fell.", ["Ann Lee"], ["SPRINGFIELD"],
     "Daily Courier", "Shares fell."),
    ("By Ann Lee and Bo Ku for The Ledger\nLOS ANGELES \u0097 Shares fell.", ["Ann Lee", "Bo Ku"], ["LOS ANGELES"],
     None, "Shares fell."),
    ("LOS ANGELES &#151; Shares fell.", None, ["LOS ANGELES"], None, "Shares fell."),
    ("GENEVA \u2015 Shares fell.", None, ["GENEVA"], None, "Shares fell."),
    ("Atlanta (CNN Sport)The team won.", None, ["Atlanta"], "CNN Sport", "The team won."),
    ("Springfield, Ill. \u2014 Shares fell.", None, ["Springfield, Ill."], None, "Shares fell."),
    ("AUSTIN,TX. -- Shares fell.", None, ["AUSTIN,TX."], None, "Shares fell."),
    ("Meanwhile \u2014 shares fell.", None, None, None, "Meanwhile \u2014 shares fell."),
    ("Singapore \u2014 Shares fell.", None, ["Singapore"], None, "Shares fell."),
    ("London \u0097 The UK said.", None, ["London"], None, "The UK said."),
    ("NEW DELHI: The court ruled.", None, ["NEW DELHI"], None, "The court ruled."),
    ("UPDATE: The court ruled.", None, None, None, "UPDATE: The court ruled."),
    ("NEW DELHI: the court ruled.", None, None, None, "NEW DELHI: the court ruled."),
    ("London \u2014 and Paris \u2014 said.", None, None, None, "London \u2014 and Paris \u2014 said."),
    ("Critics \u2014 The Few said.", None, None, None, "Critics \u2014 The Few said."),
    ("Singapore \u2014 and its neighbours \u2014 grew.", None, None, None,
     "Singapore \u2014 and its neighbours \u2014 grew."),
    ("Yesterday, Smith \u2014 who retired \u2014 spoke.", None, None, None,
     "Yesterday, Smith \u2014 who retired \u2014 spoke."),
]

# (copy, headline, byline authors, dateline locations, first paragraph): openers other
# than "By" open a byline where they open the story
OPENED: list[tuple[str, str | None, list[str] | None, list[str] | None, str]] = [
    ("Written by Ann Lee\n\nLONDON (Reuters) - Shares fell.", None, ["Ann Lee"], ["LONDON"], "Shares fell."),
    ("Analysis by Ann Lee Senior Reporter\nLONDON (Reuters) - Shares fell.", None, ["Ann Lee"], ["LONDON"],
     "Shares fell."),
    ("Acme slides\nAs told to Ann Lee\nLONDON (Reuters) - Shares fell.", "Acme slides", ["Ann Lee"], ["LONDON"],
     "Shares fell."),
    ("Reporting by Ann Lee\n\nShares fell.", None, ["Ann Lee"], None, "Shares fell."),
    # parse_article takes a byline only where a field keeps its every word
    ("By Ann Lee Nov. 19, 2023\n\nShares fell.", None, None, None, "By Ann Lee Nov. 19, 2023"),
    ("By Ann Lee @annlee\n\nShares fell.", None, None, None, "By Ann Lee @annlee"),
    ("By Ann Lee with agencies\n\nShares fell.", None, ["Ann Lee"], None, "Shares fell."),
    # lower down, or last, the same words open a credit or stay story text
    ("Shares fell.\n\nReporting by Ann Lee", None, None, None, "Shares fell."),
    ("Acme slides\n\nWritten by Ann Lee\n\nShares fell.", "Acme slides", ["Ann Lee"], None, "Shares fell."),
    ("Shares fell.\n\nWritten by Ann Lee\n\nMore text.", None, None, None, "Shares fell."),
    ("Shares fell.\n\nMore text.\n\nAnalysis by Ann Lee", None, None, None, "Shares fell."),
]


@pytest.mark.parametrize(("copy", "headline", "authors", "places", "first"), OPENED)
def test_openers_other_than_by_open_a_story_only(copy: str, headline: str | None, authors: list[str] | None,
                                                 places: list[str] | None, first: str) -> None:
    article = parse_article(copy)
    assert lost_words(copy, article) == {}
    assert article.headline == headline
    assert (None if article.byline is None else [a.name for a in article.byline.authors]) == authors
    assert (None if article.dateline is None else list(article.dateline.locations)) == places
    assert article.paragraphs[0] == first
    assert parse_article(format_article(article)) == article


@pytest.mark.parametrize("first", ["``Yes,'' said Ann Lee.", "\u201cYes,\u201d said Ann Lee.", "5 people left."])
@pytest.mark.parametrize("place", ["Boston", "NEW DELHI"])
def test_a_city_alone_reads_back_before_any_sentence(place: str, first: str) -> None:
    article = Article(dateline=Dateline(locations=(place,)), paragraphs=(first,), quotes=find_quotes((first,)))
    assert parse_article(format_article(article)) == article


# a headline directly above the dateline, run into it where the copy is hard-wrapped
WRAPPED = (
    "Acme shares slide after a weak quarter\n"
    "NEW YORK (Reuters) - Shares of Acme Corp fell sharply on Tuesday after the company\n"
    "reported quarterly results that missed expectations, and analysts said the outlook\n"
    "for the rest of the year remained uncertain as demand for its products slowed.\n"
)


@pytest.mark.parametrize(
    ("copy", "headline", "places"),
    [
        ("Acme shares slide\nLOS ANGELES \u0097 Shares fell.", "Acme shares slide", ["LOS ANGELES"]),
        ("Acme shares slide\nLONDON, 4 June Gazette News - Shares fell.", "Acme shares slide", ["LONDON"]),
        (WRAPPED, "Acme shares slide after a weak quarter", ["NEW YORK"]),
        # a title-case place in a sentence run into the story is no dateline
        ("The club will host the second Lisbon Cup, May 2-3, 2020\n"
         "in the city and said it expected many visitors this year and the next one too.\n"
         "It gave no further details of the plans it has for the event this year at all.\n", None, None),
    ],
)
def test_a_headline_directly_above_the_dateline(copy: str, headline: str | None, places: list[str] | None) -> None:
    article = parse_article(copy)
    assert article.headline == headline
    assert (None if article.dateline is None else list(article.dateline.locations)) == places
    assert lost_words(copy, article) == {}
    assert parse_article(format_article(article)) == article


@pytest.mark.parametrize(("copy", "authors", "places", "agency", "first"), HEADERS)
def test_header_forms_lose_nothing_and_round_trip(copy: str, authors: object, places: object, agency: object,
                                                  first: str) -> None:
    article = parse_article(copy)
    assert lost_words(copy, article) == {}
    assert parse_article(format_article(article)) == article


# (copy, headline, kinds of the notes, stray lines)
HEADLINES: list[tuple[str, str | None, list[str], list[str]]] = [
    ("Stocks rise on trade hopes\nBy Ann Lee\nNEW YORK (Reuters) - Stocks rose.", "Stocks rise on trade hopes", [], []),
    ("(refiles to add a word)\nNEW YORK (Reuters) - Stocks rose.", None, ["refile"], []),
    ("(Please be advised that paragraph 6 contains strong language)\nBy Ann Lee\nNEW YORK (Reuters) - Stocks rose.",
     None, ["advisory"], []),
    ("(For a live blog on stocks, click here)\nNEW YORK (Reuters) - Stocks rose.", None, ["live_blog"], []),
    ("FILE PHOTO - Traders at work\nNEW YORK (Reuters) - Stocks rose.", None, ["caption"], []),
    ("* Stocks rise\nNEW YORK (Reuters) - Stocks rose.", None, ["summary"], []),
    ("***\nNEW YORK (Reuters) - Stocks rose.", None, [], ["***"]),
    ("****NEW YORK (Reuters) - Stocks rose.", None, [], ["****"]),
    ("  ##OSLO, May 2 - Stocks rose.", None, [], ["##"]),
]


@pytest.mark.parametrize(("copy", "headline", "kinds", "stray"), HEADLINES)
def test_a_headline_only_where_it_reads_as_one(copy: str, headline: str | None, kinds: list[str],
                                               stray: list[str]) -> None:
    article = parse_article(copy)
    assert article.headline == headline
    assert [note.kind for note in article.notes] == kinds
    assert list(article.stray) == stray
    assert article.paragraphs == ("Stocks rose.",)


@pytest.mark.parametrize(("copy", "authors", "places", "agency", "first"), HEADERS)
def test_header_forms(copy: str, authors: list[str] | None, places: list[str] | None, agency: str | None,
                      first: str) -> None:
    article = parse_article(copy)
    assert (None if article.byline is None else [a.name for a in article.byline.authors]) == authors
    assert (None if article.dateline is None else list(article.dateline.locations)) == places
    assert (None if article.dateline is None else article.dateline.agency) == agency
    assert article.paragraphs[0] == first


# (copy, (role, names) of each credit, the last paragraph)
CLOSINGS: list[tuple[str, list[tuple[str, list[str]]], str]] = [
    ("PARIS (Reuters) - Shares rose.(Reporting by Ann Lee; Editing by Bo Ku)",
     [("reporting", ["Ann Lee"]), ("editing", ["Bo Ku"])], "Shares rose."),
    ("PARIS (Reuters) - Shares rose. (Reporting by Ann Lee) (ann.lee@example.com; +33 1 49 49 52 26))",
     [("reporting", ["Ann Lee"])], "Shares rose."),
    ("PARIS (AP) - Shares rose.\n___\nAssociated Press writer Jan M. Olsen in Copenhagen contributed to this report.",
     [("contributing", ["Jan M. Olsen"])], "Shares rose."),
    ("(Bloomberg) -- Shares rose.\n--With assistance from Naomi Nix.\nTo contact the reporter on this story: "
     "Ann Lee in Paris at alee@example.com", [("assistance", ["Naomi Nix"])], "Shares rose."),
    ("LONDON (Reuters) - Shares rose. Keywords: OIL PRICES The minister said it would be a long wait.\nBonds fell.",
     [], "Bonds fell."),
    ("ROME (AP) - Shares rose.\n___\nAnn Lee in Oslo contributed to this report.\n___\n"
     "Find more coverage at https://example.com/tag\n___\n"
     'Listen to the "Ask the Experts" podcast: https://example.com/podcast',
     [("contributing", ["Ann Lee"])], "Shares rose."),
    ("PARIS (Reuters) - Shares rose.\n(Reporting by Ann Lee in Paris, +33 1 23 45 67 89; Editing by Bo Ku)",
     [("reporting", ["Ann Lee"]), ("editing", ["Bo Ku"])], "Shares rose."),
    ("PARIS (Reuters) - Shares rose. (Reporting by Ann Lee and the Paris newsroom. Editing by Bo Ku)",
     [("reporting", ["Ann Lee", "the Paris newsroom"]), ("editing", ["Bo Ku"])], "Shares rose."),
    ("PARIS (Reuters) - Shares rose.\n((Reporting by Ann Lee , + 1 212 555 0142, ann.lee@example.com))",
     [("reporting", ["Ann Lee"])], "Shares rose."),
    ("PARIS (Reuters) - Shares rose. (With additional reporting Cy Young) (ann.lee@example.com; +1 212 555 0142, "
     "editing by Bo Ku))", [("additional_reporting", ["Cy Young"]), ("editing", ["Bo Ku"])], "Shares rose."),
]


@pytest.mark.parametrize(("copy", "credits", "last"), CLOSINGS)
def test_closing_forms(copy: str, credits: list[tuple[str, list[str]]], last: str) -> None:
    article = parse_article(copy)
    assert [(c.role, [p.name for p in c.contributors]) for c in article.credits] == credits
    assert article.paragraphs[-1] == last
    assert article.quotes == ()  # no quote in the apparatus
    assert lost_words(copy, article) == {}
    assert parse_article(format_article(article)) == article


# (copy, contributors of the one credit, contacts): a messaging label or address is never a contributor
MESSAGING: list[tuple[str, list[str], list[str]]] = [
    ("((Reporting by Ann Lee ; Reuters Messaging: ann.lee.reuters.com@reuters.net; email ann.lee.reuters.com; "
     "Tel: +1 646 555 0100))", ["Ann Lee"],
     ["Reuters Messaging: ann.lee.reuters.com@reuters.net", "email ann.lee.reuters.com", "Tel: +1 646 555 0100"]),
    ("((Reporting by Ann Lee; Reuters Messaging))", ["Ann Lee"], ["Reuters Messaging"]),
    ("(Reporting by Ann Lee, Reuters Messaging)", ["Ann Lee"], ["Reuters Messaging"]),
    ("((Reporting by Ann Lee, the Oslo newsroom, Reuters Messaging))", ["Ann Lee", "the Oslo newsroom"],
     ["Reuters Messaging"]),
    ("(Reporting by Ann Lee; Twitter: @annlee)", ["Ann Lee"], ["Twitter: @annlee"]),
]


@pytest.mark.parametrize(("closing", "names", "contacts"), MESSAGING)
def test_a_messaging_line_is_a_contact_not_a_contributor(closing: str, names: list[str], contacts: list[str]) -> None:
    copy = f"OSLO (Reuters) - Shares rose.\n{closing}"
    article = parse_article(copy)
    assert [[person.name for person in credit.contributors] for credit in article.credits] == [names]
    assert list(article.contacts) == contacts
    assert article.paragraphs == ("Shares rose.",)
    assert lost_words(copy, article) == {}
    assert parse_article(format_article(article)) == article


def test_a_contact_in_the_credit_parenthesis_is_a_contact() -> None:
    article = parse_article("PARIS (Reuters) - Shares rose.\n(Reporting by Ann Lee in Paris, +33 1 23 45 67 89; "
                            "Editing by Bo Ku)")
    assert article.contacts == ("+33 1 23 45 67 89",)
    assert article.credits[0].contributors == (Contributor(name="Ann Lee", location="Paris"),)


def test_keywords_inside_story_text_stay_story_text() -> None:
    article = parse_article("LONDON (Reuters) - Shares rose. Keywords: OIL PRICES The minister said it would be a "
                            "long wait.\nBonds fell.")
    assert article.keywords == ()
    assert article.paragraphs[0].startswith("Shares rose. Keywords: OIL PRICES The minister")


def test_a_letter_or_digit_by_str_isalnum_is_a_word_to_the_pattern() -> None:
    # the reader skips the word pattern where a paragraph opens with a character str.isalnum() accepts
    accepted = "".join(c for c in map(chr, range(0x110000)) if c.isalnum())
    assert len(_HAS_WORD.findall(accepted)) == len(accepted)
