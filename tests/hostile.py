"""Hostile inputs, by family: each a function of a size n (about n
characters), for the linearity tests and the long-size benchmark
(``benchmarks/hostile.py``). One family, one form repeated."""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import parse_byline, parse_credits, parse_dateline

#: The size the benchmark runs every family at; the tests run smaller ones.
MEGABYTE = 1_000_000

#: Article text that some rule could take super-linear time on, by family.
FAMILIES: dict[str, Callable[[int], str]] = {
    "credit openings": lambda n: "(Reporting by " * (n // 14),
    "one line of words": lambda n: "word " * (n // 5),
    "byline lines": lambda n: "By \n" * (n // 10),
    "opener lines": lambda n: "Written by \n" * (n // 12),
    "unmatched quote marks": lambda n: '"' * (n // 10),
    "inside one open quote": lambda n: "\u201c" + "and then Ann Lee said, " * (n // 23),
    "alternating mark styles": lambda n: "\u201c\"``''\u201d" * (n // 7),
    "capital runs": lambda n: "A " * (n // 2),
    "slashed places": lambda n: "LONDON/" * (n // 7),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "quotes and pronouns": lambda n: '"Yes," he said. ' * (n // 16),
    "quotes and speakers": lambda n: '"Yes," Ann Lee said. ' * (n // 21),
    "credit blocks": lambda n: "(Editing by Ann Lee) " * (n // 21),
    "quotes without full stops": lambda n: "``Ann Lee " * (n // 10),
    "quotes of initials": lambda n: '"A. ' * (n // 4),
    "keywords before lower-case words": lambda n: "Keywords: OIL " + "and the " * (n // 8),
    "summary points": lambda n: "* Stocks rise\n" * (n // 14),
    "gallery counters": lambda n: "1 / 5\n" * (n // 6),
    "agencies without brackets": lambda n: "SYDNEY AAP " * (n // 11) + "-",
    "a phone after a credit": lambda n: "(Reporting by Ann Lee, " + "1 " * (n // 2) + ")",
    "a desk of many words": lambda n: "(Reporting by the " + "Lisbon " * (n // 7) + "newsroom)",
    "photo credits": lambda n: "A bank. REUTERS/" * (n // 16),
    "links in promotion lines": lambda n: "Find more at " * (n // 13) + "https://example.com",
    "notes without a closing bracket": lambda n: "(Adds " + "detail " * (n // 7),
    "punctuation before a place": lambda n: "*" * (n // 2) + "LONDON, March 5 - Prices rose.",
    "lower-case places before a date": lambda n: "omaha " * (n // 6) + ", april 7 - Prices rose.",
    "month-like words before days": lambda n: "Apri 1 " * (n // 7) + "-",
    "regions after a place": lambda n: "OSLO" + ", Ostfold the" * (n // 12) + ", May 2 -",
    "sources before a dash": lambda n: "OSLO, May 2 " + "Daily Courier " * (n // 28) + "-",
    "dash entities and wires": lambda n: "OSLO, May 2. " + "&#151;/TASS/ " * (n // 26) + ".",
    "abbreviated regions": lambda n: "Oslo, N.Y" + "." * (n // 2) + " \u2014",
    "contact labels without numbers": lambda n: "Tel Email: " * (n // 11) + "x",
    "a credit of contact labels": lambda n: "(Reporting by Ann Lee, " + "Reuters Messaging, " * (n // 19) + ")",
    "contributed sentences": lambda n: "AP Writer " * (n // 10) + "Ann Lee contributed to this report.",
    # the forms the quote sieves read, each repeated into half of n: a pass that
    # went back over every earlier quotation would take hours at a megabyte
    "speaker headings": lambda n: 'ANN LEE:\n\n"Yes."\n\n' * (n // 32),
    "colons before quotes": lambda n: 'Ann Lee: "Yes." ' * (n // 32),
    "appositives": lambda n: 'Ann Lee, a lawyer at Acme, said "yes" ' * (n // 76),
    "coordinated verbs": lambda n: 'Ann Lee smiled and said "yes" and ' * (n // 68),
    "possessive owners": lambda n: "Acme's " * (n // 14) + 'chief said "yes."',
    "according to": lambda n: '"Yes," according to Ann Lee. ' * (n // 58),
    "descriptions": lambda n: '"Yes," the lawyer said. ' * (n // 48),
    "participles": lambda n: 'Calling it "bad", Ann Lee left. ' * (n // 64),
    "quote-dense": lambda n: '"a ' * (n // 6),
    "spokespersons": lambda n: '"Yes," a spokeswoman for Acme said. ' * (n // 72),
    "documents": lambda n: '"Yes," the report said. ' * (n // 48),
    "a quote a paragraph": lambda n: '"Yes."\n\n' * (n // 16),
    "titles before names": lambda n: "Sen. " * (n // 10) + 'Ann Lee said "yes."',
    "pronouns with thoughts": lambda n: 'He believes "yes" and ' * (n // 44),
    # forms added with the wider attribution rules
    "verbless attributions": lambda n: '"Yes," Ann Lee, an analyst at Acme. ' * (n // 72),
    "nouns of speech": lambda n: 'Ann Lee\'s claim that "yes" and ' * (n // 60),
    "headings as paragraphs": lambda n: 'ANN LEE AT ACME:\n\n"Yes."\n\nOn rates:\n\n' * (n // 80),
    "nested speech": lambda n: 'Ann Lee said Bo Ku had asked for "more" and ' * (n // 88),
    "phrases of time": lambda n: 'Ann Lee at the time said "yes" and ' * (n // 70),
    "markup attributes": lambda n: '<tweet id="1" a="@b">' * (n // 42),
}


#: Calls of the strict parsers (which raise ``ParseError`` on what they cannot read).
STRICT: dict[str, Callable[[int], object]] = {
    "credits with a run of spaces": lambda n: parse_credits("(Reporting by Ann Lee" + " " * n + ")"),
    "credits with many names": lambda n: parse_credits("(Reporting by " + "Ann Lee, " * (n // 9) + "Bo Ku)"),
    "byline with a run of spaces": lambda n: parse_byline("By Ann Lee" + " " * n),
    "dateline with a run of spaces": lambda n: parse_dateline("LONDON" + " " * n + "(Reuters) -"),
    "byline of many places": lambda n: parse_byline("By " + "Ann Lee in Oslo and " * (n // 20) + "Bo Ku"),
    "byline of glued particles": lambda n: parse_byline("By Ann " + "d'al-" * (n // 5) + "Lee"),
    "credits of many particles": lambda n: parse_credits("(Reporting by Ann " + "de la " * (n // 6) + "Vega)"),
    "credits of many desks": lambda n: parse_credits("(Reporting by " + "the Oslo desk, " * (n // 15) + "Bo Ku)"),
    # the newsroom forms of bylines
    "byline of jobs and call letters": lambda n: parse_byline("By Ann Lee " + "Senior NBC " * (n // 22) + "Reporter"),
    "byline of outlets": lambda n: parse_byline("By " + "Ann Lee for Lee of Lee with " * (n // 56) + "The Gazette"),
    "byline of separators": lambda n: parse_byline("Ann Lee" + " | Gazette - Hill News @an Twitter" * (n // 68)),
    "byline of suffixes": lambda n: parse_byline("By Martin Lee" + ", Jr.," * (n // 12) + " as told to Bo Ku"),
    "byline of stamps": lambda n: parse_byline("By Ann Lee " + "7:18 pm; Photos " * (n // 32) + "by Bo Ku"),
    "byline of open brackets": lambda n: parse_byline("By Ann Lee " + "(Gazette " * (n // 18) + "(AP)"),
    "byline of long lines": lambda n: parse_byline("By Ann Lee" + " " * (n // 2) + "x\nBo Ku\n" * (n // 1000)),
}
