"""Hostile input stays linear: each family runs far under a bound that only
super-linear behaviour could break (a linear parse takes a few seconds at most)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from newsmodel import ParseError, parse_article, parse_byline, parse_credits, parse_dateline

MEGABYTE = 1_000_000
HALF = MEGABYTE // 2
BOUND_SECONDS = 60.0

FAMILIES: dict[str, Callable[[], str]] = {
    "credit openings": lambda: "(Reporting by " * (MEGABYTE // 14),
    "one line of words": lambda: "word " * (MEGABYTE // 5),
    "byline lines": lambda: "By \n" * 100_000,
    "opener lines": lambda: "Written by \n" * 100_000,
    "unmatched quote marks": lambda: '"' * 100_000,
    "inside one open quote": lambda: "\u201c" + "and then Ann Lee said, " * (MEGABYTE // 23),
    "alternating mark styles": lambda: "\u201c\"``''\u201d" * (MEGABYTE // 7),
    "capital runs": lambda: "A " * (MEGABYTE // 2),
    "slashed places": lambda: "LONDON/" * (MEGABYTE // 7),
    "brackets": lambda: "(" * (MEGABYTE // 2) + ")" * (MEGABYTE // 2),
    "quotes and pronouns": lambda: '"Yes," he said. ' * (MEGABYTE // 16),
    "quotes and speakers": lambda: '"Yes," Ann Lee said. ' * (MEGABYTE // 21),
    "credit blocks": lambda: "(Editing by Ann Lee) " * (MEGABYTE // 21),
    "quotes without full stops": lambda: "``Ann Lee " * (MEGABYTE // 10),
    "quotes of initials": lambda: '"A. ' * (MEGABYTE // 4),
    "keywords before lower-case words": lambda: "Keywords: OIL " + "and the " * (MEGABYTE // 8),
    "summary points": lambda: "* Stocks rise\n" * (MEGABYTE // 14),
    "gallery counters": lambda: "1 / 5\n" * (MEGABYTE // 6),
    "agencies without brackets": lambda: "SYDNEY AAP " * (MEGABYTE // 11) + "-",
    "a phone after a credit": lambda: "(Reporting by Ann Lee, " + "1 " * (MEGABYTE // 2) + ")",
    "a desk of many words": lambda: "(Reporting by the " + "Lisbon " * (MEGABYTE // 7) + "newsroom)",
    "photo credits": lambda: "A bank. REUTERS/" * (MEGABYTE // 16),
    "links in promotion lines": lambda: "Find more at " * (MEGABYTE // 13) + "https://example.com",
    "notes without a closing bracket": lambda: "(Adds " + "detail " * (MEGABYTE // 7),
    "punctuation before a place": lambda: "*" * (MEGABYTE // 2) + "LONDON, March 5 - Prices rose.",
    "lower-case places before a date": lambda: "omaha " * (MEGABYTE // 6) + ", april 7 - Prices rose.",
    "month-like words before days": lambda: "Apri 1 " * (MEGABYTE // 7) + "-",
    "regions after a place": lambda: "OSLO" + ", Ostfold the" * (MEGABYTE // 12) + ", May 2 -",
    "sources before a dash": lambda: "OSLO, May 2 " + "Daily Courier " * (HALF // 14) + "-",
    "dash entities and wires": lambda: "OSLO, May 2. " + "&#151;/TASS/ " * (HALF // 13) + ".",
    "abbreviated regions": lambda: "Oslo, N.Y" + "." * HALF + " \u2014",
    "contact labels without numbers": lambda: "Tel Email: " * (MEGABYTE // 11) + "x",
    "a credit of contact labels": lambda: "(Reporting by Ann Lee, " + "Reuters Messaging, " * (MEGABYTE // 19) + ")",
    "contributed sentences": lambda: "AP Writer " * (MEGABYTE // 10) + "Ann Lee contributed to this report.",
    # the forms the quote sieves read, each repeated into half a megabyte: a
    # pass that went back over every earlier quotation would take hours
    "speaker headings": lambda: 'ANN LEE:\n\n"Yes."\n\n' * (HALF // 16),
    "colons before quotes": lambda: 'Ann Lee: "Yes." ' * (HALF // 16),
    "appositives": lambda: 'Ann Lee, a lawyer at Acme, said "yes" ' * (HALF // 38),
    "coordinated verbs": lambda: 'Ann Lee smiled and said "yes" and ' * (HALF // 34),
    "possessive owners": lambda: "Acme's " * (HALF // 7) + 'chief said "yes."',
    "according to": lambda: '"Yes," according to Ann Lee. ' * (HALF // 29),
    "descriptions": lambda: '"Yes," the lawyer said. ' * (HALF // 24),
    "participles": lambda: 'Calling it "bad", Ann Lee left. ' * (HALF // 32),
    "quote-dense": lambda: '"a ' * (HALF // 3),
    "spokespersons": lambda: '"Yes," a spokeswoman for Acme said. ' * (HALF // 36),
    "documents": lambda: '"Yes," the report said. ' * (HALF // 24),
    "a quote a paragraph": lambda: '"Yes."\n\n' * (HALF // 8),
    "titles before names": lambda: "Sen. " * (HALF // 5) + 'Ann Lee said "yes."',
    "pronouns with thoughts": lambda: 'He believes "yes" and ' * (HALF // 22),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_hostile_input_is_parsed_in_linear_time(family: str) -> None:
    text = FAMILIES[family]()
    started = time.perf_counter()
    article = parse_article(text)
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_SECONDS, f"{family}: {elapsed:.1f} s"
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


STRICT: dict[str, Callable[[], object]] = {
    "credits with a run of spaces": lambda: parse_credits("(Reporting by Ann Lee" + " " * MEGABYTE + ")"),
    "credits with many names": lambda: parse_credits("(Reporting by " + "Ann Lee, " * (MEGABYTE // 9) + "Bo Ku)"),
    "byline with a run of spaces": lambda: parse_byline("By Ann Lee" + " " * MEGABYTE),
    "dateline with a run of spaces": lambda: parse_dateline("LONDON" + " " * MEGABYTE + "(Reuters) -"),
    "byline of many places": lambda: parse_byline("By " + "Ann Lee in Oslo and " * (MEGABYTE // 20) + "Bo Ku"),
    "byline of glued particles": lambda: parse_byline("By Ann " + "d'al-" * (MEGABYTE // 5) + "Lee"),
    "credits of many particles": lambda: parse_credits("(Reporting by Ann " + "de la " * (MEGABYTE // 6) + "Vega)"),
    "credits of many desks": lambda: parse_credits("(Reporting by " + "the Oslo desk, " * (MEGABYTE // 15) + "Bo Ku)"),
    # the newsroom forms of bylines, each family half a megabyte of several of them
    "byline of jobs and call letters": lambda: parse_byline("By Ann Lee " + "Senior NBC " * (HALF // 11) + "Reporter"),
    "byline of outlets": lambda: parse_byline("By " + "Ann Lee for Lee of Lee with " * (HALF // 28) + "The Gazette"),
    "byline of separators": lambda: parse_byline("Ann Lee" + " | Gazette - Hill News @an Twitter" * (HALF // 34)),
    "byline of suffixes": lambda: parse_byline("By Martin Lee" + ", Jr.," * (HALF // 6) + " as told to Bo Ku"),
    "byline of stamps": lambda: parse_byline("By Ann Lee " + "7:18 pm; Photos " * (HALF // 16) + "by Bo Ku"),
    "byline of open brackets": lambda: parse_byline("By Ann Lee " + "(Gazette " * (HALF // 9) + "(AP)"),
    "byline of long lines": lambda: parse_byline("By Ann Lee" + " " * HALF + "x\nBo Ku\n" * 1000),
}


@pytest.mark.parametrize("case", list(STRICT))
def test_strict_parsers_are_linear_and_raise_only_parse_error(case: str) -> None:
    started = time.perf_counter()
    with contextlib.suppress(ParseError):  # a value or ParseError, nothing else
        STRICT[case]()
    assert time.perf_counter() - started < BOUND_SECONDS
