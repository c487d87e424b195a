"""Datelines: where, when and by which agency a story was filed.

>>> parse_dateline("LONDON, Nov 14 (Reuters) -")
Dateline(locations=('LONDON',), date=DatelineDate(month=11, day=14, year=None), agency='Reuters')
>>> format_dateline(Dateline(locations=("KYIV", "MOSCOW"), agency="Reuters"))
'KYIV/MOSCOW (Reuters) -'
"""

from __future__ import annotations

import regex

from .errors import ParseError
from .lexicon.agencies import AGENCIES, WIRE_SERVICES
from .lexicon.common import NOT_NAMES
from .lexicon.months import MONTH_ABBREVIATIONS, MONTHS
from .models import Dateline, DatelineDate

__all__ = ["format_dateline", "match_dateline", "parse_dateline"]

_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"

# A place is a run of one to six words, all in capitals ("NEW YORK",
# "ST. LOUIS", "WILKES-BARRE") or all in title case ("Riyadh", "San Francisco").
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.&]*+(?:-\p{Lu}[\p{Lu}\p{M}'’.&]*+){0,3}+(?!\p{Ll})"
_PLACE_PARTICLES = "de|da|del|la|le|al|el|am|an|der|im|sur|en|upon|on"  # Frankfurt am Main
_TITLE_WORD = rf"(?:\p{{Lu}}[\p{{Ll}}\p{{M}}'’.]++(?:-\p{{L}}[\p{{Ll}}\p{{M}}'’.]*+){{0,3}}+|{_PLACE_PARTICLES})"
_PLACE = (
    rf"(?:{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,5}}+(?![\p{{Ll}}])"
    rf"|\p{{Lu}}[\p{{Ll}}\p{{M}}'’.]++(?:-\p{{L}}[\p{{Ll}}\p{{M}}'’.]*+){{0,3}}+(?:[ ]{_TITLE_WORD}){{0,4}}+)"
)
# A region after the city: "Germany", "Wis.", "N.C.", "BC", "Pa.", never a month.
_REGION_WORD = rf"(?!{_MONTH}[ ]*\d)\p{{Lu}}[\p{{L}}\p{{M}}.'’]*+(?:-\p{{L}}[\p{{L}}\p{{M}}.'’]*+){{0,2}}+"
_REGION = rf"{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}}+"

_DATELINE = regex.compile(
    rf"""
    [ \t\n,]*+                                   # stray spaces or a lone comma
    (?:
      (?P<places>{_PLACE}(?:,[ ]*+{_REGION})?    # NEW YORK  BERLIN, Germany  RALEIGH, N.C.
        (?:/{_PLACE}(?:,[ ]*+{_REGION})?){{0,5}}+)  # /MOSCOW  /AMRITSAR, India
      ,?[ ]*+
    )?
    (?:
      /[ ]*+(?P<slash_wire>\p{{Lu}}[\p{{L}} ]{{1,30}}?)[ ]*+/[ ]*+  # / ACCESSWIRE /
    )?
    (?:
      (?P<month>{_MONTH})[ ]*+(?P<day>\d{{1,2}})(?!\d)  # Nov 14, Sept. 6
      (?:,[ ]*+(?P<year>\d{{4}}))?               # , 2017
      ,?[ ]*+
    )?
    (?:
      /[ ]*+(?P<trailing_wire>\p{{L}}[\p{{L}}\- ]{{1,30}}?)[ ]*+/[ ]*+  # /PRNewswire/
      |
      (?:-{{1,2}}[ ]*+)?\((?P<agency>\p{{L}}[^()\n]{{0,40}}?)\)[ ]*+   # (Reuters) --(BUSINESS WIRE)
      |
      (?P<lost>\p{{L}}[\p{{L}}/]{{1,20}}+)\)[ ]*+  # Reuters) with its bracket lost
      |
      (?P<bare>\p{{Lu}}[\p{{L}}/]{{1,20}}+)[ ]++(?=[-–—_])  # AAP - : an agency without brackets
    )?
    (?:
      (?P<dash>--|[-–—_/])[ ]*+                 # -  --  –  —  _  and / after a wire
      | (?<=\)[ ]{{0,3}})(?=["“]?\p{{Lu}})         # (CNN Business) A muddled ...: no dash at all
    )
    """,
    regex.VERBOSE | regex.VERSION1,
)


_SLASH = regex.compile(r"[ ]?/[ ]?")
_SPACED_COMMA = regex.compile(r"[ ]*+,[ ]*+")


def _known(name: str, table: frozenset[str]) -> bool:
    return name.casefold() in table


def match_dateline(text: str, pos: int = 0) -> tuple[Dateline, int] | None:
    """Read a dateline at ``text[pos:]``: the dateline and where the body starts.

    Lenient: returns ``None`` where no dateline stands there.

    >>> match_dateline("SEOUL (Reuters) – South Korean President")
    (Dateline(locations=('SEOUL',), date=None, agency='Reuters'), 18)
    """
    found = _DATELINE.match(text, pos, min(len(text), pos + 300))
    if found is None:
        return None
    groups = found.groupdict()
    places_text = groups["places"]
    agency = groups["agency"] or groups["slash_wire"] or groups["trailing_wire"]
    lost = groups["lost"] or groups["bare"]
    if lost is not None:
        if not _known(lost, AGENCIES):
            return None
        agency = lost
    if groups["dash"] is None and not (groups["agency"] and _known(groups["agency"], AGENCIES)):
        return None  # only a known agency in brackets may stand without a dash
    if agency is not None:
        agency = " ".join(agency.split())
        if not (_known(agency, AGENCIES | WIRE_SERVICES) or _looks_like_agency(agency)):
            return None
    locations: list[str] = []
    if places_text:
        locations = [_SPACED_COMMA.sub(", ", " ".join(p.split())) for p in _SLASH.split(places_text)]
        if agency is None and len(locations) == 1 and _known(locations[0], AGENCIES):
            agency, locations = locations[0], []
        if agency is None and locations and " " in locations[-1] and "," not in locations[-1]:
            place, _, last = locations[-1].rpartition(" ")
            if _known(last, AGENCIES) and _is_capitals(place):  # SYDNEY AAP -
                agency, locations[-1] = last, place
        if agency is None and not all(_is_capitals(p.split(",")[0]) or _titled(p, dated=groups["month"] is not None)
                                      for p in locations):
            return None
        if agency is None and groups["month"] is None and groups["dash"] not in ("—", "–", "--"):
            # a place alone stands as a dateline with a newspaper's dash ("VIENNA — ..."),
            # not with a hyphen ("FILE PHOTO - The logo ...")
            return None
    date = None
    if groups["month"]:
        try:
            date = DatelineDate(
                month=MONTHS[groups["month"].rstrip(".").casefold()],
                day=int(groups["day"]),
                year=int(groups["year"]) if groups["year"] else None,
            )
        except ValueError:
            return None
    if not locations and date is None and agency is None:
        return None
    if groups["dash"] == "/" and groups["slash_wire"] is None:
        return None  # a slash ends only the "/ ACCESSWIRE / June 15, 2017 /" form
    if groups["dash"] == "_" and agency is None:
        return None  # AP's old "_" dash comes after "(AP)" only
    if found.start("places") == -1 and date is None and groups["agency"] is None and lost is None:
        return None  # a wire's name between slashes, with neither place nor date, is no dateline
    return Dateline(locations=tuple(locations), date=date, agency=agency), found.end()


def _titled(place: str, *, dated: bool) -> bool:
    """A place in title case stands without an agency only before a date ("New York, April 13 -")."""
    words = place.split(",")[0].split()
    return dated and all(word.casefold().strip(".") not in NOT_NAMES for word in words)


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _looks_like_agency(name: str) -> bool:
    """An agency we do not list: a short name in capitals or title case, no digits."""
    words = name.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and not any(
        c.isdigit() for c in name
    )


def parse_dateline(text: str) -> Dateline:
    """Read a dateline that is the whole of ``text`` (strict).

    Raises :class:`ParseError` where ``text`` is not exactly one dateline.
    """
    result = match_dateline(text)
    if result is None:
        raise ParseError("no dateline here", source=text, span=(0, len(text)))
    dateline, end = result
    if text[end:].strip():
        raise ParseError("text after the dateline", source=text, span=(end, len(text)))
    return dateline


def format_dateline(dateline: Dateline, *, dash: str = "-") -> str:
    """Write a dateline in Reuters house style, ending in ``dash`` (an em dash
    where a place stands alone, as newspapers print it).

    >>> format_dateline(Dateline(locations=("LONDON",), date=DatelineDate(month=11, day=14)))
    'LONDON, Nov 14 -'
    """
    if dateline.date is None and dateline.agency is None and dash == "-":
        dash = "—"  # a place alone reads as a dateline only with a newspaper's dash
    parts = "/".join(dateline.locations)
    if dateline.date is not None:
        date = f"{MONTH_ABBREVIATIONS[dateline.date.month - 1]} {dateline.date.day}"
        if dateline.date.year is not None:
            date += f", {dateline.date.year}"
        parts = f"{parts}, {date}" if parts else date
    if dateline.agency is not None:
        parts = f"{parts} ({dateline.agency})" if parts else f"({dateline.agency})"
    return f"{parts} {dash}"
