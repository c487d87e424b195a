"""Hypothesis strategies for newsmodel's models, in the image of its parsers.

Each strategy draws values that wire copy can express, so that
``parse_x(format_x(value)) == value`` is a property of every draw.
"""

from __future__ import annotations

from hypothesis import strategies as st

from newsmodel import (
    Article,
    Byline,
    Contributor,
    Credit,
    Dateline,
    DatelineDate,
    Note,
    Person,
    find_quotes,
)
from newsmodel.apparatus import classify

_GIVEN = ["Ann", "Soo-hyang", "Wojciech", "Marguerita", "José", "Li", "Ed", "Zoë", "Omar", "Jean-Luc"]
_FAMILY = ["Choi", "Moskwa", "Davies", "Coates", "O'Brien", "Naidu", "Baker", "van Dyk", "Nix", "Sanyal"]
# Family names with a particle glued or apart, as bylines and credits print them.
_PARTICLE_FAMILY = ["d'Amato", "dell’Orto", "al-Hadi", "ben Amor", "de la Vega", "ten Brink"]
_INITIAL = ["", "B. ", "J. "]
_PLACES = ["LONDON", "NEW YORK", "KYIV", "MOSCOW", "SEOUL", "ST. LOUIS", "WILKES-BARRE", "SÃO PAULO"]
_REGIONS = ["Germany", "N.C.", "Wis.", "India", "Calif.", "the Netherlands", "Ontario, Canada"]
_LOWER_PLACES = ["fresno", "baton rouge", "Santa fe"]  # lower-case copy: a place before a date only
_CITIES = ["Paris", "Berlin", "New York", "Bengaluru", "San Francisco", "Washington"]
_AGENCIES = ["Reuters", "AP", "AFP", "Bloomberg", "Reuters/IFR", "IFR", "Daily Courier", "CNN Sport", "TASS"]
# title-case places that stand alone before a newspaper's dash; "CITY,ST." as printed
_TITLE_PLACES = ["Boston", "Singapore", "Springfield, Ill.", "Tokyo, Japan", "Austin, TX", "AUSTIN,TX."]
_WORDS = ["the", "shares", "rose", "market", "on", "Tuesday", "bank", "said", "of", "and", "percent", "in"]


@st.composite
def names(draw: st.DrawFn, *, particles: bool = False) -> str:
    """A personal name as wire copy prints it: "Liana B. Baker" (with ``particles``, also "Ann d'Amato")."""
    family = draw(st.sampled_from(_FAMILY + _PARTICLE_FAMILY if particles else _FAMILY))
    return f"{draw(st.sampled_from(_GIVEN))} {draw(st.sampled_from(_INITIAL))}{family}"


@st.composite
def bylines(draw: st.DrawFn) -> Byline:
    authors = draw(st.lists(names(particles=True), min_size=0, max_size=3, unique=True))
    if not authors:
        job = draw(st.sampled_from([None, "Sports Reporter", "Technology Correspondent", "SENIOR MEDIA EDITOR"]))
        outlets = ["Reuters", "AFP", "The Gazette", "Gazette.com", "wire reports", None]
        return Byline(authors=(), agency=draw(st.sampled_from(outlets)), title=job)
    title = draw(st.sampled_from([None, "AP Economics Writer", "Staff Writer", "Middle East correspondent",
                                  "Freelance sports writer", "Special to The Gazette"]))
    outlets = [None, "Associated Press", "Reuters", "CNN", "The Ledger", "Gazette.com", "agencies"]
    agency = draw(st.sampled_from(outlets))
    placed = draw(st.integers(0, len(authors)))  # a trailing "in X" places every name before it
    places = [draw(st.sampled_from(_CITIES)) for _ in authors[:placed]] + [None] * (len(authors) - placed)
    opener = draw(st.sampled_from([None, "Written by", "Analysis by", "As told to"]))
    return Byline(authors=tuple(Person(name=a, title=title, location=p) for a, p in zip(authors, places, strict=True)),
                  agency=agency, opener=opener)


@st.composite
def dateline_dates(draw: st.DrawFn) -> DatelineDate:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    year = draw(st.one_of(st.none(), st.integers(1980, 2030)))
    return DatelineDate(month=month, day=day, year=year)


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    date = draw(st.one_of(st.none(), dateline_dates()))
    places = draw(st.lists(st.sampled_from(_PLACES + _LOWER_PLACES if date else _PLACES), max_size=3, unique=True))
    with_region: bool = draw(st.booleans())
    if places and with_region:
        places[-1] = f"{places[-1]}, {draw(st.sampled_from(_REGIONS))}"
    if draw(st.integers(0, 4)) == 0:  # a city in title case, printed as newspapers print it
        places = [draw(st.sampled_from(_TITLE_PLACES))]
    agency = draw(st.one_of(st.none(), st.sampled_from(_AGENCIES)))
    if agency is None and not places:
        agency = "Reuters"
    return Dateline(locations=tuple(places), date=date, agency=agency)


@st.composite
def credits(draw: st.DrawFn) -> tuple[Credit, ...]:
    roles = draw(
        st.lists(
            st.sampled_from(
                ["reporting", "additional_reporting", "writing", "editing", "compiling", "graphics",
                 "fact_checking", "polling", "additional_writing_and_editing", "contributing", "assistance"]
            ),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    result = []
    for role in roles:
        people = draw(st.lists(names(particles=True), min_size=1, max_size=4, unique=True))
        placed = draw(st.integers(0, len(people)))
        places = [draw(st.sampled_from(_CITIES)) for _ in range(placed)]
        outlets = [draw(st.sampled_from([None, None, "Breakingviews", "IFR", "AP Sports Writer"])) for _ in people]
        contributors = [Contributor(name=p, location=c, affiliation=a)
                        for p, c, a in zip(people[:placed], places, outlets, strict=False)]
        contributors += [Contributor(name=p, location=None, affiliation=a)
                         for p, a in zip(people[placed:], outlets[placed:], strict=True)]
        result.append(Credit(role=role, contributors=tuple(contributors)))
    return tuple(result)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12))
    return " ".join(words).capitalize() + "."


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> str:
    """A paragraph with a quotation in one of the mark styles and an attribution."""
    opener, closer = draw(st.sampled_from([("“", "”"), ('"', '"'), ("``", "''")]))
    speaker = draw(names())
    words = draw(sentences()).rstrip(".")
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{opener}{words},{closer} said {speaker}."
    if form == 1:
        return f"{opener}{words},{closer} {speaker} said."
    return f"{speaker} said: {opener}{words}.{closer}"


#: One note of each kind that wire copy prints.
NOTES = [
    Note(kind="editors_note", text="Adds analyst comment, closing stock activity"),
    Note(kind="live_blog", text="For a live blog on European stocks, click here"),
    Note(kind="advisory", text="Please be advised that paragraph 4 contains strong language"),
    Note(kind="caption", text="FILE PHOTO - Traders work on the floor of the exchange"),
    Note(kind="summary", text="Stocks rise on trade hopes"),
    Note(kind="refile", text="This story was refiled to fix a typo in paragraph 3"),
    Note(kind="correction", text="Corrects spelling of company name in paragraph 2"),
]


_CONTACTS = ["Reuters Messaging: ann.lee.reuters.com@reuters.net", "+44 20 7542 1234"]
_TRAILERS = ["(c) Copyright Thomson Reuters 2024.", "nN23357340"]


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article that wire copy can express; its quotes are read off its paragraphs."""
    byline = draw(st.one_of(st.none(), bylines()))
    dateline = draw(st.one_of(st.none(), datelines()))
    headline = draw(st.sampled_from([None, "Stocks rise on hopes for trade deal"]))
    if byline is None and dateline is None:
        headline = None
    body = draw(st.lists(st.one_of(sentences(), quoted_paragraphs()), min_size=1, max_size=6))
    body = [p for p in body if classify(p) is None]
    return Article(
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(body),
        quotes=find_quotes(body),
        credits=draw(st.one_of(st.just(()), credits())),
        notes=tuple(note for note in draw(st.lists(st.sampled_from(NOTES), max_size=2, unique=True))
                    if note.kind != "summary" or byline or dateline),  # summary points stand above a story only
        contacts=tuple(draw(st.lists(st.sampled_from(_CONTACTS), max_size=1))),
        keywords=tuple(draw(st.lists(st.sampled_from(["RETAIL", "WALMART", "EXPANSION"]), max_size=3))),
        trailers=tuple(draw(st.lists(st.sampled_from(_TRAILERS), max_size=2, unique=True))),
        stray=tuple(draw(st.lists(st.sampled_from(["***", "-", "…"]), max_size=2))),
    )
