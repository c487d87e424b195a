"""Datelines: where, when and by which agency a story was filed.

>>> parse_dateline("LONDON, Nov 14 (Reuters) -")
Dateline(locations=('LONDON',), date=DatelineDate(month=11, day=14, year=None), agency='Reuters')
>>> format_dateline(Dateline(locations=("KYIV", "MOSCOW"), agency="Reuters"))
'KYIV/MOSCOW (Reuters) -'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import regex

from ._spelling import within_edits
from .errors import ParseError
from .lexicon import Lexicon
from .lexicon.agencies import WIRE_SERVICES
from .lexicon.common import NOT_NAMES
from .lexicon.months import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS
from .lexicon.places import DATELINE_CITIES, REGIONS
from .models import Dateline, DatelineDate

__all__ = ["format_dateline", "match_dateline", "month_number", "parse_dateline"]

_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
# A word before a day: a month as printed or misspelt ("April 13", "Apri 13", "Macrh 31"),
# which month_number reads. No such word is part of a place.
_MONTH_WORD = r"\p{L}{3,9}+(?:\.[ ]*+|[ ]++)"
_NOT_DATE = rf"(?!{_MONTH_WORD}\d)"

# A place is a run of one to six words, all in capitals ("NEW YORK",
# "ST. LOUIS", "WILKES-BARRE") or all in title case ("Riyadh", "San Francisco",
# "L'Ange-Gardien", "McAllen"); before a comma and a date, also of up to three
# words in lower case, whole or in part ("omaha", "st paul", "Mexico city"), as
# lower-case copy prints it.
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.&]*+(?:-\p{Lu}[\p{Lu}\p{M}'’.&]*+){0,3}+(?!\p{Ll})"
_PLACE_PARTICLES = "de|da|del|la|le|al|el|am|an|der|im|sur|en|upon|on"  # Frankfurt am Main
_TITLE_PART = r"\p{Lu}(?:['’]\p{Lu})?+[\p{Ll}\p{M}'’.]++(?:\p{Lu}[\p{Ll}\p{M}'’.]++)?+"  # Riyadh, L'Ange, McAllen
_TITLE_FIRST = rf"{_TITLE_PART}(?:-\p{{L}}[\p{{Ll}}\p{{M}}'’.]*+){{0,3}}+"
_TITLE_WORD = rf"(?:{_TITLE_FIRST}|{_PLACE_PARTICLES})"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,5}}+(?![\p{{Ll}}])"
_TITLE_PLACE = rf"{_NOT_DATE}{_TITLE_FIRST}(?:[ ]{_NOT_DATE}{_TITLE_WORD}){{0,4}}+"
_LOWER_WORD = r"\p{L}[\p{Ll}\p{M}'’.]*+(?:-\p{L}[\p{Ll}\p{M}'’.]*+){0,3}+(?![\p{L}\p{M}])"
# "omaha,", "Mexico city,", "fresno/": a comma or a slash follows a place in lower case
_LOWER_PLACE = rf"{_LOWER_WORD}(?:[ ]{_LOWER_WORD}){{0,2}}+(?=[ ]*+[,/])"
_PLACE = rf"(?:{_CAPS_PLACE}|{_LOWER_PLACE}|{_TITLE_PLACE})"
# A region after the city: "Germany", "Wis.", "N.C.", "BC", "Pa.", "the Netherlands",
# never a date; a second region after it ("Grand Cayman, British West Indies").
_REGION_WORD = rf"{_NOT_DATE}(?!{_MONTH})\p{{Lu}}[\p{{L}}\p{{M}}.'’]*+(?:-\p{{L}}[\p{{L}}\p{{M}}.'’]*+){{0,2}}+"
_REGION = rf"(?:the[ ])?+{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}}+"
_PLACED = rf"{_PLACE}(?:[ ]*+,[ ]*+{_REGION}){{0,2}}+"
# The dashes of newspapers: the em and en dash, the horizontal bar, the em dash of
# cp1252 read as latin-1 (U+0097), and their HTML entities where text still carries them.
_NEWS_DASH = (
    "[\u2014\u2013\u2015\u0097]"
    r"|&(?:mdash|ndash|\#(?:151|150|8211|8212|8213|x97|x96|x2013|x2014|x2015));"
)
_NEWS_DASHES = regex.compile(rf"--|{_NEWS_DASH}")
# An outlet or agency printed between the date and the dash, without brackets:
# "AAP -", "Daily Courier -"; an agency that is not listed stands only after a date.
_SOURCE = r"\p{Lu}[\p{L}\p{M}/.&'’]{1,20}+(?:[ ]\p{Lu}[\p{L}\p{M}/.&'’]{0,20}+){0,3}+"

_DATELINE_PATTERN = rf"""
    [ \t\n,]*+                                   # stray spaces or a lone comma
    (?:
      (?P<places>{_PLACED}                       # NEW YORK  BERLIN, Germany  RALEIGH, N.C.  OAKLAND , N.J.
        (?:/{_PLACED}){{0,5}}+)                   # /MOSCOW  /AMRITSAR, India
      [ ]*+,?[ ]*+
      (?P<date_dash>(?:--?|{_NEWS_DASH})[ ]*+(?={_MONTH_WORD}\d))?  # KANSAS CITY, Mo. - March 13 -
    )?
    (?:
      /[ ]*+(?P<slash_wire>\p{{Lu}}[\p{{L}} ]{{1,30}}?)[ ]*+/[ ]*+  # / ACCESSWIRE /
    )?
    (?:
      (?:
        (?<![\p{{L}}\p{{M}}\p{{N}}])                   # a date stands apart from the place
        (?:(?P<month>{_MONTH_WORD})(?P<day>\d{{1,2}})(?:st|nd|rd|th)?+(?![\d\p{{L}}])  # Nov 14, Apri 13, May 2nd
        | (?P<day_first>\d{{1,2}})(?:st|nd|rd|th|\.)?+[ ]++(?P<month_after>\p{{L}}{{3,9}}+\.?))  # 2 March, 2. Januar
      )
      (?:,?[ ]*+(?P<year>\d{{4}})(?!\d))?            # , 2017
      [,.]?[ ]*+                                  # MOSCOW, November 19. /TASS/.
    )?
    (?:
      /[ ]*+(?P<trailing_wire>\p{{L}}[\p{{L}}\- ]{{1,30}}?)[ ]*+/[ ]*+  # /PRNewswire/
      |
      (?:-{{1,2}}[ ]*+)?\((?P<agency>\p{{L}}[^()\n]{{0,40}}?)\)[ ]*+   # (Reuters) --(BUSINESS WIRE)
      |
      (?P<lost>\p{{L}}[\p{{L}}/]{{1,20}}+)\)[ ]*+  # Reuters) with its bracket lost
      |
      (?P<bare>{_SOURCE})[ ]++(?=[-_]|{_NEWS_DASH})  # AAP - : an agency without brackets
    )?
    (?:
      (?P<dash>--|{_NEWS_DASH}|[-_/:]|(?<=/[ ]{{0,3}})\.)[ ]*+  # -  --  –  —  ―  &#151;  _  :  / and . after a wire
      | (?<=\)[ ]{{0,3}})(?=["“]?\p{{Lu}}|\Z)      # (CNN Business) A muddled ...: no dash at all
    )
"""


class _OnFirstUse:
    """A pattern compiled when first used, not when the module is imported: the two
    dateline patterns are the largest the package builds, and a program that only
    reads or writes models never needs them."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    @functools.cached_property
    def _compiled(self) -> regex.Pattern[str]:
        return regex.compile(self._pattern, regex.VERBOSE | regex.VERSION1)

    def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        return self._compiled.match(text, pos, endpos)

    def finditer(self, text: str, *, overlapped: bool) -> Iterator[regex.Match[str]]:
        found: Iterator[regex.Match[str]] = self._compiled.finditer(text, overlapped=overlapped)
        return found


_DATELINE = _OnFirstUse(_DATELINE_PATTERN)
# The same pattern tried at every place where a dateline may start, in one pass over a text
# read after a space: at the start, at a word's start, after punctuation that opens the text
# ("****LONDON"), never inside a word. A match takes the character before the place (so that
# the search skips to such characters quickly) and gives an empty reading where no dateline
# stands, which marks the place tried: a pass read lazily goes no further than it is asked.
_DATELINE_STARTS = _OnFirstUse(
    rf"(?:\A[ ]|\s(?=\S)|[\p{{P}}\p{{S}}](?<=\A[ ]++[\p{{P}}\p{{S}}]++)(?=\S))(?:{_DATELINE_PATTERN})?"
)
#: How far past its start a dateline is looked for.
_WINDOW = 300
# A dateline read holds its dash (a hyphen, an underscore, a slash, a colon, a newspaper's dash or
# its HTML entity) or its agency's closing bracket: one of these characters.
_DATELINE_MARKS = ("-", "_", "/", ":", "&", ")", "\u2014", "\u2013", "\u2015", "\u0097")
_CAPITALISED_PLACE = regex.compile(rf"(?:{_CAPS_PLACE}|{_TITLE_PLACE})")
_CITY_FOLDS = frozenset(city.casefold() for city in DATELINE_CITIES)
_CAPITAL_NEXT = regex.compile(r"[ ]*+(?:``|[\"“‘'])?+[\p{Lu}\p{N}]")  # a sentence starts: "The", "“We", "``We", "5"


_SLASH = regex.compile(r"[ ]?/[ ]?")
_SPACED_COMMA = regex.compile(r"[ ]++,")  # "OAKLAND , N.J.": a space before the comma; "AUSTIN,TX." as printed


def _known(name: str, table: frozenset[str]) -> bool:
    return name.casefold() in table


@functools.lru_cache(maxsize=32)
def _sources(lexicon: Lexicon) -> frozenset[str]:
    """The agencies of ``lexicon`` and the press-release wires: the sources a dateline names."""
    return lexicon.agency_names | WIRE_SERVICES


def match_dateline(text: str, pos: int = 0, *, lexicon: Lexicon | None = None) -> tuple[Dateline, int] | None:
    """Read a dateline at ``text[pos:]``: the dateline and where the body starts.

    Lenient: returns ``None`` where no dateline stands there. The agencies
    it knows are ``lexicon``'s (the default lexicon's where none is given).

    >>> match_dateline("SEOUL (Reuters) – South Korean President")
    (Dateline(locations=('SEOUL',), date=None, agency='Reuters'), 18)
    """
    found = _DATELINE.match(text, pos, min(len(text), pos + _WINDOW))
    return None if found is None else _validated(found, text, lexicon or Lexicon.default())


def _validated(found: regex.Match[str], text: str, lexicon: Lexicon, *, shift: int = 0) -> tuple[Dateline, int] | None:
    """The dateline that ``found``, a match of the dateline pattern in ``text`` (or in the text
    ``shift`` characters longer at its start), reads, and where the body starts; ``None`` where
    the match reads as no dateline."""
    end = found.end() - shift
    agencies = lexicon.agency_names
    groups = found.groupdict()
    places_text = groups["places"]
    agency = groups["agency"] or groups["slash_wire"] or groups["trailing_wire"]
    lost = groups["lost"] or groups["bare"]
    if lost is not None:
        if not _known(lost, agencies) and groups["bare"] is None:
            return None
        agency = lost
    if groups["dash"] is None and not (groups["agency"] and _channel(groups["agency"], agencies)):
        return None  # only a known agency or its channel in brackets may stand without a dash
    if groups["dash"] is None and end < len(text) and _CAPITAL_NEXT.match(text, end) is None:
        return None  # the end of the window read, not the end of the text
    if agency is not None:
        agency = " ".join(agency.split())
        if not (_known(agency, _sources(lexicon)) or _looks_like_agency(agency)):
            return None
    date = None
    month = groups["month"] or groups["month_after"]
    if month is not None:
        number = month_number(month.strip())
        if number is None:
            return None
        try:
            date = DatelineDate(
                month=number,
                day=int(groups["day"] or groups["day_first"]),
                year=int(groups["year"]) if groups["year"] else None,
            )
        except ValueError:
            return None
    bare = groups["bare"]
    if bare is not None and not _known(bare, agencies) and (date is None or not _looks_like_agency(bare)):
        return None  # "SPRINGFIELD, March 3 Daily Courier -": an unlisted source follows a date only
    locations: list[str] = []
    if places_text:
        locations = [_SPACED_COMMA.sub(",", " ".join(p.split())) for p in _SLASH.split(places_text)]
        if agency is None and len(locations) == 1 and _known(locations[0], agencies):
            agency, locations = locations[0], []
        if agency is None and locations and " " in locations[-1] and "," not in locations[-1]:
            place, _, last = locations[-1].rpartition(" ")
            if _known(last, agencies) and _is_capitals(place):  # SYDNEY AAP -
                agency, locations[-1] = last, place
        dash = groups["dash"]
        newspaper = dash is not None and _NEWS_DASHES.fullmatch(dash) is not None
        # "Singapore — The ...", "Boston — A ...": a listed region or city alone before a
        # newspaper's dash and a sentence; "NEW DELHI: The ...": a listed city before a colon
        alone = len(locations) == 1 and (locations[0] in REGIONS or locations[0] in DATELINE_CITIES)
        sentence = end == len(text) or _CAPITAL_NEXT.match(text, end) is not None
        region_alone = newspaper and alone and sentence
        if dash == ":":
            city = len(locations) == 1 and locations[0].casefold() in _CITY_FOLDS
            if not (city and date is None and agency is None and sentence):
                return None  # never "WARNING: ..." or a table's "WHEAT:"
            region_alone = newspaper = True
        if not region_alone and not all(
            _reads_as_place(p, dated=date is not None, agency=agency is not None, dashed=newspaper) for p in locations
        ):
            return None
        date_dash = groups["date_dash"]
        if (
            date_dash
            and (not locations or "," not in locations[-1])
            and not (_NEWS_DASHES.match(date_dash) and groups["year"])
        ):
            # a dash before the date follows a region, or is a newspaper's before a full date
            # ("NEW YORK – January 5, 2024 –"), never a heading's ("GOLD RATE - APRIL 7 -")
            return None
        if agency is None and date is None and not newspaper and not all(
            map(_with_region, locations)
        ):
            # a place alone stands as a dateline with a newspaper's dash ("VIENNA — ..."),
            # or with its region ("WOODBRIDGE, N.J. - ..."), not with a hyphen alone
            # ("FILE PHOTO - The logo ...", a table's "WHEAT -")
            return None
    if not locations and date is None and agency is None:
        return None
    if groups["dash"] == "/" and groups["slash_wire"] is None:
        return None  # a slash ends only the "/ ACCESSWIRE / June 15, 2017 /" form
    if groups["dash"] == ":" and not locations:
        return None  # a colon follows a city only
    if groups["dash"] == "." and groups["trailing_wire"] is None:
        return None  # a full stop ends only the "/TASS/." form
    if groups["dash"] == "_" and agency is None:
        return None  # AP's old "_" dash comes after "(AP)" only
    if found.start("places") == -1 and date is None and groups["agency"] is None and lost is None:
        return None  # a wire's name between slashes, with neither place nor date, is no dateline
    return Dateline(locations=tuple(locations), date=date, agency=agency), end


class _Scan:
    """The datelines of one text at the places where one may start, up to ``stop``:
    ``scan(pos)`` is ``match_dateline(text, pos)``, read from one pass of the pattern over
    the text (:data:`_DATELINE_STARTS`), which goes as far as it is asked and no further.

    :func:`match_dateline` reads within :data:`_WINDOW` characters from its start; the pass,
    within one window from ``stop``, so further. The two read alike at ``pos`` unless the
    pattern, there, reads to the end of the narrower window, where a match that does so ends:
    after a dash and spaces (the pass's match then reaches the window's last character) or
    after a closing bracket and at most three spaces (a bracket closes there, and none other
    stands between ``pos`` and it but its opening one, at most 42 characters before it). There,
    and at a place the pass does not try (inside a word, after punctuation inside the text,
    past ``stop``), the text is matched at ``pos`` alone, as wire copy hardly ever asks.
    """

    __slots__ = ("_last_mark", "_lexicon", "_pass", "_reached", "_read", "_stop", "_text", "_tried")

    def __init__(self, text: str, stop: int, lexicon: Lexicon) -> None:
        self._text = text
        self._stop = stop
        self._lexicon = lexicon
        # matches start a character early, at the space before the text or the character before the place
        self._pass = _DATELINE_STARTS.finditer(" " + text[: stop + _WINDOW], overlapped=True)
        # the places tried, by where they start, and the match there (None: an empty one)
        self._tried: dict[int, regex.Match[str] | None] = {}
        self._reached = -1  # the furthest place tried
        self._read: dict[int, tuple[Dateline, int] | None] = {}
        # the last of the characters one of which every dateline read within one window of ``stop`` holds
        self._last_mark = max(text.rfind(mark, 0, stop + _WINDOW) for mark in _DATELINE_MARKS)

    def __call__(self, pos: int) -> tuple[Dateline, int] | None:
        if pos in self._read:
            return self._read[pos]
        if self._last_mark < pos <= self._stop:
            return None  # no dash, colon, slash or closing bracket after ``pos``: no dateline (the pass stops short)
        while self._reached < pos <= self._stop:
            found = next(self._pass, None)
            if found is None:
                self._reached = len(self._text)
                break
            self._reached = found.start()
            self._tried[self._reached] = found if found.end() > self._reached + 1 else None
        if pos > self._stop or pos not in self._tried:
            read = match_dateline(self._text, pos, lexicon=self._lexicon)
        else:
            found = self._tried[pos]
            end = pos if found is None else found.end() - 1
            if pos + _WINDOW < len(self._text) and self._window_reached(pos, end):
                read = match_dateline(self._text, pos, lexicon=self._lexicon)
            elif found is None:
                read = None  # an empty match: no dateline (one needs a dash or an agency)
            else:
                read = _validated(found, self._text, self._lexicon, shift=1)
        self._read[pos] = read
        return read

    def _window_reached(self, pos: int, end: int) -> bool:
        """Whether the match at ``pos``, which ends at ``end``, may read otherwise within
        :func:`match_dateline`'s window, where the text runs on past it: the match reaches the
        window's last character, or a bracket closes there, the only bracket but for one opened
        at most 42 characters before it ("... (Reuters)  |")."""
        text, window = self._text, pos + _WINDOW
        if end >= window - 1:
            return True
        edge = text[window - 4 : window]
        closed = edge.rstrip(" ")
        if not closed.endswith(")"):
            return False
        close = window - 1 - (len(edge) - len(closed))
        opened = text.rfind("(", pos, close)
        alone = opened == -1 or (opened >= close - 42 and text.find("(", pos, opened) == -1)
        return alone and text.find(")", pos, close) == -1


def _scan_datelines(
    text: str, *, stop: int, lexicon: Lexicon | None = None
) -> Callable[[int], tuple[Dateline, int] | None]:
    """A reader of the datelines of ``text`` at any place up to ``stop``, as :func:`match_dateline`
    reads them, that matches ``text`` against the dateline pattern once for all of them."""
    return _Scan(text, stop, lexicon or Lexicon.default())


def _reads_as_place(place: str, *, dated: bool, agency: bool, dashed: bool = False) -> bool:
    """A place in capitals stands anywhere; in title case, before an agency or a date
    ("New York, April 13 -"), or with its region before a newspaper's dash ("Springfield,
    Ill. —"); in lower case ("omaha", "Mexico city"), before a date only.
    A place that stands without an agency holds no common word ("Tuesday, May 5 -")."""
    city = place.split(",")[0]
    if _is_capitals(city):
        return True
    if _CAPITALISED_PLACE.fullmatch(city) is not None and agency:
        return True
    common = any(word.casefold().strip(".") in NOT_NAMES for word in city.split())
    if dashed and _CAPITALISED_PLACE.fullmatch(city) is not None and not common and _abbreviated_region(place):
        return True
    letters = sum(c.isalpha() for c in city)
    return dated and letters >= 2 and all(word.casefold().strip(".") not in NOT_NAMES for word in city.split())


@functools.lru_cache(maxsize=1024)
def month_number(word: str) -> int | None:
    """The month that a dateline's word names, as printed or misspelt; ``None`` for any other word.

    A month is read from its name or abbreviation ("Sept."), the start of its
    name ("Apri") or its name with one letter added, dropped, replaced or
    swapped with its neighbour ("Macrh"), where that names one month only.

    >>> month_number("Sept."), month_number("Apri"), month_number("Macrh"), month_number("Jule"), month_number("rose")
    (9, 4, 3, None, None)
    """
    folded = word.casefold().rstrip(".")
    if folded in MONTHS:
        return MONTHS[folded]
    if len(folded) < 4 or not folded.isalpha():
        return None
    found = {
        number
        for number, name in enumerate(MONTH_NAMES, start=1)
        if name.startswith(folded) or within_edits(folded, name, 1, swaps=True)
    }
    return found.pop() if len(found) == 1 else None


def _with_region(place: str) -> bool:
    """A city in capitals and its region as house style prints one: in title case or
    abbreviated ("CALGARY, Alberta", "WOODBRIDGE, N.J."), not a run of capitals ("BUS, PRS CLSG")."""
    city, comma, region = place.partition(",")
    return bool(comma) and _is_capitals(city) and any(c.islower() or c == "." for c in region)


def _abbreviated_region(place: str) -> bool:
    """A region as an abbreviation, a postal code or a listed region ("Ill.", "D.C.", "TX",
    "Japan"), which no sentence prints after its first word ("Yesterday, Smith —")."""
    _, comma, region = place.partition(",")
    region = region.strip()
    short = "." in region or (region.isalpha() and region.isupper() and len(region) <= 3)
    return bool(comma) and (short or region in REGIONS)


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _channel(name: str, agencies: frozenset[str]) -> bool:
    """A listed agency, or a channel of one ("CNN Business", "CNN Sport")."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return _known(name, agencies) or (_known(first, agencies) and _looks_like_agency(name))


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
