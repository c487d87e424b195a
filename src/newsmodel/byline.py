"""Bylines: who wrote the story.

>>> [person.name for person in parse_byline("By Richard Solem and  Wojciech Moskwa").authors]
['Richard Solem', 'Wojciech Moskwa']
>>> format_byline(parse_byline("By JOSH BOAK, AP Economics Writer"))
'By JOSH BOAK, AP Economics Writer'
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import Literal

import attrs
import regex

from ._names import NAME_SEPARATOR, join_names, looks_like_name, squash
from .dateline import match_dateline
from .errors import ParseError
from .lexicon import Lexicon
from .lexicon.agencies import OUTLET_NOUNS
from .lexicon.bylines import (
    BYLINE_CONJUNCTIONS,
    BYLINE_LINK_WORDS,
    BYLINE_OPENERS,
    BYLINE_STAMP_LABELS,
    BYLINE_WIRE_TAILS,
)
from .lexicon.common import NOT_NAMES
from .lexicon.months import MONTH_NAMES
from .lexicon.particles import PARTICLE_WORDS
from .lexicon.places import REGIONS
from .lexicon.titles import BYLINE_JOB_NOUNS, BYLINE_TITLE_QUALIFIERS, BYLINE_TITLE_WORDS
from .models import Byline, Dateline, Person

__all__ = ["format_byline", "match_byline", "parse_byline"]


def _alternatives(phrases: frozenset[str]) -> str:
    """A regex alternation of lower-case phrases, longest first, a space matching one or more."""
    return "|".join(p.replace(" ", "[ ]++") for p in sorted(phrases, key=len, reverse=True))


_OPENER = regex.compile(
    rf"""
    [ \t]*+
    (?P<opener>(?i:{_alternatives(BYLINE_OPENERS)}))  # By, BY, Analysis by, Written by, As told to
    [ \t:]++                                         # a space (and "By:")
    (?P<names>.*+)                                   # the names and what follows them
    """,
    regex.VERBOSE | regex.DOTALL,
)
# "Ann Lee, as told to Bo Ku": the writer is the one the story was told to
_TOLD = regex.compile(r"(?i:(?<![\p{L}\p{N}])as[ ]++told[ ]++to[ ]++)")
# "Ann Lee | The Gazette", "Ann Lee • Gazette", "Ann Lee - Staff Writer": a separator
# before an outlet, a title or a stamp (a hyphen or a dash between spaces)
_BAR = regex.compile(r"[ ]*+(?P<bar>[|•])[ ]*+|[ ]++(?P<bar>[·\-–—])[ ]++", regex.VERSION1)
# "Ann Lee (The Gazette)": an outlet in brackets after the names
_BRACKETED = regex.compile(r"^(?P<names>[^()]+?)[ ]*+\((?P<outlet>[^()]++)\)$")
# "Gazette.com", "ABC7", "NPR": an outlet's domain or call letters
_OUTLET_WORD = regex.compile(
    r"[\p{L}\p{N}-]++\.(?:com|org|net|co\.uk|com\.au|news|tv|info|io)"  # Gazette.com
    r"|\p{Lu}[\p{Lu}\p{N}]{1,5}+"  # NPR, ABC7
)
# a suffix after a comma that belongs to the name before it ("Martin Lee, Jr.")
_SUFFIX = regex.compile(r"(?:Jr|Sr|JR|SR|II|III|IV|PhD|Ph\.D|MD|M\.D)\.?")
_PLACED = regex.compile(
    r"""
    ^(?P<name>.+?)[ ]++
    (?:in[ ]++(?P<place>(?:the[ ]++)?+\p{Lu}.*+)       # Ann Lee in Los Angeles
    | at[ ]++(?P<venue>(?:the[ ]++)?+\p{Lu}.*+))$       # Ann Lee at Wimbledon, at the Old Bailey
    """,
    regex.VERBOSE,
)
# "Ann Lee for The Gazette", "Ann Lee For Gazette.com", "Ann Lee Special to The Times"
_OUTLET = regex.compile(
    r"""
    ^(?P<name>.+?)
    (?:[ ]++(?:for|For|FOR)[ ]++(?P<outlet>(?:the[ ]++)?+[\p{Lu}\p{N}].*+)  # for The Gazette
    | [ ]++(?:of|OF)[ ]++(?P<of_outlet>\p{Lu}.*+)                           # of The Gazette, of Reuters
    | (?:[ ]*+[,.])?+[ ]++(?P<special>(?i:special[ ]++to)[ ]++\S.*+))$     # Ann Lee. Special to The Times
    """,
    regex.VERBOSE,
)
_STAFF = regex.compile(r"(?i)[ ]+staff$")
# "Ann Lee; Photos by Bo Ku", "Ann Lee; Editing by Bo Ku": the credits after the writers
_CREDITED = regex.compile(
    r"[ ]*+[;,|•]?[ ]*+(?i:photos?|photographs?|photography|pictures|video|videos|graphics|illustrations?|images?"
    r"|editing|edited|additional[ ]reporting|design|designed|produced|production|data)"
    r"[ ]++(?i:by)[ ].*+$"
)
# "Ann Lee with Bo Ku", "Ann Lee und Bo Ku": two writers
_WITH = regex.compile(rf"[ ]++(?:with|{'|'.join(sorted(BYLINE_CONJUNCTIONS))})[ ]++(?=\p{{Lu}})")
_CAPITAL = regex.compile(r"[\p{Lu}\p{N}]")  # an outlet's name opens with a capital or a digit
_ACRONYM = regex.compile(r"\p{Lu}{2,5}+")
_THE_OUTLET = regex.compile(r"(?:The|THE)[ ]\p{Lu}")  # "The Gazette": an outlet, never a person
_BY_ONLY = frozenset({"by"})
_WORD_START = regex.compile(r"(?<=\s)\S")
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]++")
_MAX_BYLINE = 160
_MAX_NAME_WORDS = 6
_EDGES = " ,;:|•-–—/"  # punctuation around an outlet or a title after a separator
_JOINED = regex.compile(r"^(?:with|and|&)[ ]++")  # "| with Staff": the joining word before it

# A date or time glued to the end of a byline ("Sept", "November 19, 2023 7:18 pm",
# "2023-11-19T19:18:00Z"), read off its last few words.
_STAMP_WORDS = 12
_FULL_MONTH = "|".join(MONTH_NAMES)
_SHORT_MONTH = "sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
_STAMP_UNIT = rf"""
    (?:{"|".join(sorted(BYLINE_STAMP_LABELS, key=len, reverse=True))}):?   # Updated, Published:, on, at, GMT
    | (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*+\.?             # a weekday
    | (?:{_FULL_MONTH})(?=[ ]\d) | (?:{_SHORT_MONTH})\.?                    # November 19, Sept, Nov.
    | \d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d++)?+)?+(?:Z|[+-]\d{{2}}:?\d{{2}})?+)?+  # ISO
    | \d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}                                    # 11/19/2023
    | \d{{1,2}}(?:[:.]\d{{2}}){{1,2}}(?:[ ]?[ap]\.?m\.?)?+                    # 7:18 pm, 10:05
    | \d{{1,2}}[ ]?[ap]\.?m\.?                                              # 7pm
    | \d{{1,2}}(?:st|nd|rd|th)?+ | \d{{4}}                                    # 19, 19th, 2023
    | \d{{1,3}}[ -]?(?:minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|w|seconds?|secs?|s)  # 2 hours (ago), 5 min (read)
"""
_STAMP = regex.compile(
    rf"""(?ix)
    [|•,\-–—]?[ ]?                         # a separator before it
    (?:(?:{_STAMP_UNIT}),?[ ]?){{1,{_STAMP_WORDS}}}  # "November 19, 2023 7:18 pm", "Published 3:04 p.m. ET"
    """
)
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")

_SHORT_MONTHS = frozenset(_SHORT_MONTH.split("|"))


@attrs.frozen
class _Vocabulary:
    """The words of a lexicon a byline is read by."""

    agencies: frozenset[str]
    outlets: frozenset[str]  # agencies and "Staff", "Reuters Staff" ...
    job_nouns: frozenset[str]  # the nouns that end a newsroom job: "Reporter"
    title_words: frozenset[str]  # any word that makes a segment a title: "Writer", "Staff"


@functools.lru_cache(maxsize=32)
def _vocabulary(lexicon: Lexicon) -> _Vocabulary:
    """The byline words of ``lexicon``, gathered once for each lexicon."""
    return _Vocabulary(
        agencies=lexicon.agency_names,
        outlets=lexicon.byline_outlets,
        job_nouns=lexicon.job_titles,
        title_words=lexicon.job_titles | (BYLINE_TITLE_WORDS - BYLINE_JOB_NOUNS),
    )


def _lines_as_list(text: str) -> str:
    """Names a line each, as a web page's author list gives them ("Ann Lee\\nBo Ku"), as a list
    ("Ann Lee, Bo Ku"): where every line holds two words at least."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and all(len(line.split()) > 1 for line in lines):
        return ", ".join(lines)
    return text


def _without_full_stop(text: str) -> str:
    """``text`` without the full stop that ends the line, but that of "Jr."."""
    return text if _SUFFIX.fullmatch(text.rsplit(" ", 1)[-1]) else text.rstrip(".").rstrip()


def _fold(word: str) -> str:
    return word.casefold().strip(".,:;()")


def _strip_stamp(body: str) -> str:
    """``body`` without a date or time glued to its end ("Ann Lee Nov. 19, 2023 7:18 pm")."""
    words = body.split()
    for count in range(min(len(words) - 1, _STAMP_WORDS), 0, -1):
        if _is_stamp(words[-count:], len(words) - count):
            rest = words[:-count]
            labels = all(_fold(word) in BYLINE_STAMP_LABELS for word in rest)  # "Published: 2023-11-19"
            return "" if labels else " ".join(rest).rstrip(" ,|•-–—")
    return body


def _is_stamp(words: list[str], left: int) -> bool:
    """Whether ``words`` are a date or time, ``left`` words of name before them."""
    tail = " ".join(words)
    if _STAMP.fullmatch(tail) is None:
        return False
    months = any(_fold(w) in _SHORT_MONTHS for w in words)
    return _DIGIT.search(tail) is not None or (months and left >= 2)  # "Ann Lee Sept", never "Theresa May"


def _strip_links(text: str, *, keep: int = 2) -> str:
    """``text`` without the handles and link text a web page prints after a name; link
    words leave ``keep`` words at least ("Ann Lee Twitter" is Ann Lee, "Ann Follow" a name)."""
    words = text.split()
    while len(words) > 1:
        last = words[-1].strip("()[],")
        handle = "@" in last or last.casefold().startswith(("http", "www."))
        if not (handle or (len(words) > keep and _fold(last) in BYLINE_LINK_WORDS)):
            break
        words.pop()
    return " ".join(words).rstrip(" ,|•")


def _trailing_clean(text: str, *, keep: int) -> str:
    """``text`` without the stamps and link text glued to its end, in any order
    ("Ann Lee @annlee Nov 19", "Ann Lee Nov 19 @annlee"); three rounds at most."""
    for _ in range(3):
        cleaned = _strip_links(_strip_stamp(text), keep=keep)
        if cleaned == text:
            break
        text = cleaned
    return text


def _wire_tail(text: str) -> tuple[str, str | None]:
    """The names, and wire copy merged in after them ("Ann Lee with agencies", "Staff and wires")."""
    words = text.split()
    for count in (3, 2, 1):
        if len(words) <= count or _fold(words[-count - 1]) not in ("with", "and", "&", "plus"):
            continue
        tail = " ".join(words[-count:])
        if tail.casefold().rstrip(".") in BYLINE_WIRE_TAILS:
            return " ".join(words[: -count - 1]).rstrip(" ,"), tail
    return text, None


def _listed_outlet(name: str, vocab: _Vocabulary) -> bool:
    """An outlet standing as one of the names: a listed agency or one called "The ..."."""
    linked = _fold(name.split()[-1]) in BYLINE_LINK_WORDS if name.strip() else False
    called = _THE_OUTLET.match(name) is not None and looks_like_name(name) and not linked and not _titled(name, vocab)
    return (name.casefold() in vocab.outlets and name.casefold() != "staff") or called


def _is_outlet(segment: str, vocab: _Vocabulary) -> bool:
    """An outlet after the names: a known one, one called "The ...", one whose name ends
    in an outlet's noun ("Fox News", "Hill Gazette"), a domain or call letters ("NPR")."""
    words = segment.split()
    if _fold(segment) in BYLINE_LINK_WORDS or _is_stamp(words, 2):
        return False  # "Twitter", "Nov": a link's text or a date, dropped
    if segment.casefold() in vocab.outlets or _OUTLET_WORD.fullmatch(segment) is not None:
        return True
    named = looks_like_name(segment)
    nouned = len(words) > 1 and _fold(words[-1]) in OUTLET_NOUNS
    return named and (_THE_OUTLET.match(segment) is not None or nouned)


def _titled(text: str, vocab: _Vocabulary) -> bool:
    """Whether ``text`` holds a word of a newsroom title ("AP Economics Writer")."""
    return bool({_fold(w) for w in text.split()} & vocab.title_words)


def _segments(body: str, vocab: _Vocabulary) -> tuple[list[str], str | None, str | None]:
    """The names, and the title and outlet printed after them: "A and B, AP Writer, CNN"."""
    pieces: list[list[str]] = []
    for segment in (s.strip() for s in body.split(",")):
        placed = segment.startswith(("in ", "at ")) and not _titled(segment, vocab)
        if pieces and (_SUFFIX.fullmatch(segment) or placed):
            pieces[-1].append(segment)  # "Martin Lee, Jr.", "Ann Lee, in Oslo": one name
        else:
            pieces.append([segment])
    segments = [" ".join(piece) for piece in pieces]
    agency: str | None = None
    title: str | None = None
    while len(segments) > 1:
        last = segments[-1]
        if _fold(last) in BYLINE_LINK_WORDS:  # "Ann Lee, Twitter": a link's text
            segments.pop()
            continue
        titled = _titled(last, vocab)
        if agency is None and (_listed_outlet(last, vocab) or (not titled and _is_outlet(last, vocab))):
            agency = last
        elif title is None and titled:
            title = last
        else:
            break
        segments.pop()
    last = segments[-1]
    one_word = " " not in last and looks_like_name(last) and _fold(last) not in BYLINE_LINK_WORDS
    one_word = one_word and not _is_stamp([last], 2)
    if len(segments) > 1 and agency is None and one_word:
        segments.pop()  # "By Ann Lee, Politico", "By Ann Lee, Ohio": one word is no person
        if last in REGIONS:
            segments[-1] += f" in {last}"
        else:
            agency = last
    return segments, title, agency


def _balanced(text: str) -> bool:
    """Every bracket of ``text`` closed, none closed before it opens: "Robert (Bobby) Lee"."""
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return False
    return depth == 0 and "()" not in text


def _is_name(name: str, vocab: _Vocabulary, *, lower: bool) -> bool:
    """A person's name: capitalised words ("Ann de la Vega"), words of a script without
    case ("王小明"), or lower-case words where the whole byline is in lower case; never
    a job's words alone ("Staff") or a bracket left open."""
    words = name.split()
    if not _balanced(name) or all(_title_word(word, vocab) for word in words) or _is_stamp(words, 2):
        return False
    if looks_like_name(name):
        return True
    lettered = all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    if not words or len(words) > _MAX_NAME_WORDS or not lettered:
        return False
    if all(w[0].isalpha() and not w[0].isupper() and not w[0].islower() for w in words):
        return True
    # in lower case, two to four words, none of them common ("by the way" names no one)
    return lower and 1 < len(words) < 5 and not any(w in NOT_NAMES for w in words)


def _title_word(word: str, vocab: _Vocabulary) -> bool:
    folded = _fold(word)
    return folded in BYLINE_TITLE_QUALIFIERS or folded in vocab.job_nouns or folded in OUTLET_NOUNS or (
        word.isupper() and folded in vocab.agencies
    )


def _split_title(item: str, vocab: _Vocabulary) -> tuple[str | None, str | None]:
    """A name and the job printed after it without a comma ("Ann Lee Travel News Reporter").

    A name is left two words at least; an item that is a job alone gives no name ("Sports Reporter").
    """
    words = item.split()
    if not words or _fold(words[-1]) not in vocab.job_nouns or "(" in item or ")" in item:
        return item, None
    start = len(words) - 1
    while start > 0 and _title_word(words[start - 1], vocab):
        start -= 1
    if not words[0][:1].isupper():
        return item, None  # "at WRITER": no job
    if start == 0 or len(words) == 2 or (start == 1 and _fold(words[1]) in vocab.job_nouns):
        return None, item
    start = max(start, 2)
    return " ".join(words[:start]), " ".join(words[start:])


def _leading_title(text: str, vocab: _Vocabulary) -> tuple[str | None, str]:
    """A job printed before the name ("Staff Writer Ann Lee", "AP Sports Writer Ann Lee"):
    title words up to a job's noun, and a name of two words at least after it."""
    words = text.split()
    end = 0
    while end < len(words) - 2 and _title_word(words[end], vocab) and _balanced(words[end]) and "(" not in words[end]:
        end += 1
        if _fold(words[end - 1]) in vocab.job_nouns and not _title_word(words[end], vocab):
            return " ".join(words[:end]).rstrip("."), " ".join(words[end:])
    return None, text


def _trailing_outlet(text: str, vocab: _Vocabulary) -> tuple[str, str | None]:
    """A name and an agency printed after it without a comma ("ANN LEE Associated Press",
    "Ann Lee The Gazette", "Ann Lee NBC News"); the name keeps two words at least."""
    words = text.split()
    for start in range(2, min(len(words) - 1, _MAX_NAME_WORDS)):
        if _ACRONYM.fullmatch(words[start]) is None:
            continue
        head, tail = " ".join(words[:start]), " ".join(words[start:])
        if not head.isupper() and _is_outlet(tail, vocab):
            return head, tail  # "Ann Lee NBC News": call letters open the outlet
    for count in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-count:])
        listed = tail.casefold() in vocab.agencies and (count > 1 or tail.isupper() or len(tail) >= 6)
        if listed or (_THE_OUTLET.match(tail) is not None and looks_like_name(tail)):
            return " ".join(words[:-count]), tail
    return text, None


class _Item:
    """One name of a byline, with what is printed after it."""

    def __init__(self, text: str, vocab: _Vocabulary) -> None:
        self.place: str | None = None
        self.outlet: str | None = None
        self.title: str | None = None
        found = _OUTLET.match(text)
        if found is not None and (found["of_outlet"] is None or _is_outlet(found["of_outlet"], vocab)):
            text = found["name"]
            self.outlet = found["outlet"] or found["of_outlet"]
            self.title = found["special"]
        placed = _PLACED.match(text)
        if placed is not None:
            text = placed["name"]
            self.place = placed["place"] or placed["venue"]
        if self.outlet is None:
            text, self.outlet = _trailing_outlet(text, vocab)
        lead, text = _leading_title(text, vocab)
        name, title = _split_title(text, vocab)
        self.name = name
        self.title = (self.title or title or lead or "").rstrip(".") or None  # "Staff Writer." ends a sentence


def _people(names_text: str, vocab: _Vocabulary) -> list[_Item]:
    """Names with places and titles: a trailing "in X" or job applies to the names since the last one."""
    raws = (squash(raw).strip(" ;") for raw in NAME_SEPARATOR.split(names_text))
    items = [_Item(item, vocab) for item in raws if item]
    pending: list[_Item] = []
    for item in items:
        pending.append(item)
        if item.place is not None:
            for earlier in pending:
                earlier.place = item.place
            pending = []
    kept: list[_Item] = []
    for item in items:  # "Ann Lee, Staff Writer, and Bo Ku", "ANN LEE / STAFF WRITER": a job after a name
        if kept and item.name is None and item.place is None and item.outlet is None and kept[-1].title is None:
            kept[-1].title = item.title
        else:
            kept.append(item)
    items = kept
    if len(items) > 1 and items[-1].title is not None and all(i.title is None for i in items[:-1]):
        for item in items[:-1]:
            item.title = items[-1].title  # "By Ann Lee and Bo Ku Staff Writers"
    return items


class _Found:
    """The title and the outlet printed around the names, the first of each."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.agency: str | None = None

    def add(self, text: str | None, *, title: bool) -> None:
        if text is None or _LETTER.search(text) is None or "(" in text or ")" in text or _is_stamp(text.split(), 2):
            return  # "Ann Lee (Nov 19)": a date, no outlet
        if title and self.title is None:
            self.title = text
        elif not title and self.agency is None:
            self.agency = text


def _read(text: str, vocab: _Vocabulary, *, openers: frozenset[str] | None = None) -> Byline | ParseError:
    """Read a byline; ``openers`` names the openers it must start with (``None``: any or none)."""
    found = _OPENER.match(text)
    if found is not None and openers is not None and squash(found["opener"]).casefold() not in openers:
        found = None
    if found is None and openers is not None:
        return ParseError("a byline starts with 'By'", source=text, span=(0, min(3, len(text))))
    start = found.start("names") if found is not None else len(text) - len(text.lstrip())
    opener = squash(found["opener"]) if found is not None and found["opener"].casefold() != "by" else None
    body = _without_full_stop(squash(_lines_as_list(text[start:])).lstrip(":;,.|•-–— ").rstrip(" ,;|•"))
    tolds = list(_TOLD.finditer(body))  # the last "as told to" names the writer
    told = tolds[-1] if tolds else None
    if told is not None:
        body = body[told.end() :].lstrip(_EDGES)
        opener = squash(told.group()).strip(" ,")  # the writer is the one the story was told to
    if not body:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    parts = _BAR.split(_without_full_stop(_strip_stamp(_CREDITED.sub("", body))))
    around = _Found()
    extras = [
        (bar, piece)
        for bar, raw in zip(parts[1::2], parts[2::2], strict=True)
        for piece in raw.replace(";", ",").split(",")
    ]
    for bar, raw in extras:  # "Ann Lee | Staff Writer, The Gazette | May 3, 2024"
        extra = _trailing_clean(_JOINED.sub("", raw.strip(_EDGES)), keep=1)
        extra = _without_full_stop(extra.strip(_EDGES))
        titled = _titled(extra, vocab)
        linked = "@" in extra or _fold(extra) in BYLINE_LINK_WORDS  # a handle, an address, "Twitter"
        if _WORD.search(extra) is None or linked or _is_stamp(extra.split(), 2):
            continue
        if titled or ((bar in "|•" or _is_outlet(extra, vocab)) and _CAPITAL.match(extra)):
            around.add(extra, title=titled)
        else:  # "WHEAT - Prices rose": a dash between words of a sentence
            return ParseError(f"{extra!r} is no outlet or title", source=text, span=(start, len(text)))
    first = _without_full_stop(_trailing_clean(parts[0], keep=2).rstrip(" ,;"))
    bracketed = _BRACKETED.match(first)
    if bracketed is not None:  # "Ann Lee (The Gazette)"
        first = bracketed["names"]
        around.add(bracketed["outlet"], title=_titled(bracketed["outlet"], vocab))
    names_text, wires = _wire_tail(first.replace(";", ","))
    segments, segment_title, segment_agency = _segments(names_text, vocab)
    around.add(segment_title, title=True)
    around.add(segment_agency, title=False)
    items = _people(_WITH.sub(", ", ", ".join(segments)), vocab)
    if len(items) > 1:  # "By Ann Lee and The Associated Press": an outlet among the names
        alone = [i for i in items if i.name and not (i.place or i.title or i.outlet)]
        outlets = [i for i in alone if i.name and _listed_outlet(i.name, vocab)]
        for item in outlets:
            around.add(item.name, title=False)
        items = [i for i in items if i not in outlets]
    for item in items:
        around.add(item.outlet, title=False)
    if items and items[-1].name:
        items[-1].name = _without_full_stop(items[-1].name)  # the last name ends the line
    agency, title = around.agency, around.title
    if len(items) == 1 and items[0].name is None and items[0].place is None:  # "By Sports Reporter": no person
        return Byline(authors=(), agency=agency or wires, title=items[0].title, opener=opener)
    if len(items) == 1 and agency is None and title is None and items[0].place is None and items[0].title is None:
        name = items[0].name or ""
        outlet = _STAFF.sub("", name)
        if _is_outlet(name, vocab) or outlet != name or name.casefold() == "staff":
            return Byline(authors=(), agency=outlet if outlet.casefold() != "staff" else wires, opener=opener)
    if not items:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    lower = openers is None and not any(c.isupper() for c in body)  # "by ann lee": names in lower case
    for item in items:
        if item.name is None or not _is_name(item.name, vocab, lower=lower):
            shown = item.name or item.title or ""
            at = text.find(shown.split()[0], start) if shown else -1
            return ParseError(
                f"{shown!r} does not look like a name",
                source=text,
                span=(at, at + len(shown)) if at >= 0 else (start, len(text)),
            )
    authors = tuple(Person(name=i.name or "", title=i.title or title, location=i.place) for i in items)
    byline = Byline(authors=authors, agency=agency or wires, opener=opener)
    if opener is not None and opener.casefold() in PARTICLE_WORDS and byline == Byline(
        authors=(Person(name=authors[0].name),), opener=opener
    ) and looks_like_name(f"{opener} {authors[0].name}", max_words=2):
        return Byline(authors=(Person(name=f"{opener} {authors[0].name}"),))  # "Von Miller": one name
    return byline


def _read_whole(text: str, openers: frozenset[str], vocab: _Vocabulary) -> Byline | None:
    """A byline whose every word one of its fields keeps (``parse_article``: nothing is lost)."""
    byline = _read(text, vocab, openers=openers)
    if isinstance(byline, ParseError):
        return None
    lost = Counter(map(str.casefold, _WORD.findall(text))) - Counter(
        map(str.casefold, _WORD.findall(_format(byline, vocab)))
    )
    return byline if set(lost) <= {"and"} else None  # a list's "and" is written back as a comma


def parse_byline(text: str) -> Byline:
    """Read a byline that is the whole of ``text`` (strict).

    Raises :class:`ParseError` where ``text`` is not a byline.
    """
    result = _read(text, _vocabulary(Lexicon.default()))
    if isinstance(result, ParseError):
        raise result
    return result


def match_byline(
    paragraph: str,
    *,
    first: bool = False,
    dated: Callable[[str, int], tuple[Dateline, int] | None] | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Byline, tuple[Dateline, int] | None] | None:
    """Read a byline opening ``paragraph``, and the dateline glued to it, if any.

    Returns ``None`` where the paragraph does not open with a byline ("By",
    and with ``first``, where the paragraph opens the story, the other
    openers: "Written by", "Analysis by", "As told to"). Where a dateline
    follows the names on the same line ("By Susan Kelly CHICAGO Dec 4
    (Reuters) - ..."), it comes back with the offset where the body starts;
    ``dated`` reads a dateline at a position (:func:`match_dateline`, or one
    that remembers what it read). Agencies and job titles are ``lexicon``'s
    (the default lexicon's where none is given).

    >>> byline, (dateline, end) = match_byline("By Susan Kelly CHICAGO  Dec 4 (Reuters) - Sales")
    >>> byline.authors[0].name, dateline.locations, end
    ('Susan Kelly', ('CHICAGO',), 42)
    """
    openers = BYLINE_OPENERS if first else _BY_ONLY
    opened = _OPENER.match(paragraph)
    if opened is None or squash(opened["opener"]).casefold() not in openers:
        return None
    lexicon = lexicon or Lexicon.default()
    vocab = _vocabulary(lexicon)
    dated = dated or functools.partial(match_dateline, lexicon=lexicon)
    head = paragraph[:_MAX_BYLINE]
    for word in _WORD_START.finditer(head, opened.start("names")):
        dateline = dated(paragraph, word.start())
        if dateline is None:
            continue
        byline = _read_whole(paragraph[: word.start()], openers, vocab)
        if byline is not None:
            return byline, dateline
    if len(paragraph) > _MAX_BYLINE:
        return None
    byline = _read_whole(paragraph, openers, vocab)
    return (byline, None) if byline is not None else None


def _join(names: list[str], *, own: bool, plain: bool) -> str:
    """A list of names: "A, B and C"; "A, Writer, and B" where writers have their own jobs;
    "A and B and C" where a name would read as a job or an outlet after a comma."""
    if len(names) < 2 or not (own or plain):
        return join_names(names)
    if own:
        return ", ".join(names[:-1]) + ", and " + names[-1]
    return " and ".join(names)


#: How an outlet is written after the names (see :func:`_outlet_kind`).
_OutletForm = Literal["wires", "comma", "bracket", "for"]


def _outlet_kind(agency: str, vocab: _Vocabulary) -> _OutletForm:
    """How an outlet is written after the names: ", CNN" (a listed one), " for The Gazette",
    " (The News & Observer)", " with agencies"."""
    if agency.casefold() in BYLINE_WIRE_TAILS:
        return "wires"
    if agency.casefold() in vocab.outlets and agency.casefold() != "staff":
        return "comma"
    # "The News & Observer": an outlet whose name would part a list of names goes in brackets
    parting = NAME_SEPARATOR.search(agency) or _WITH.search(agency) or "," in agency or ";" in agency
    return "bracket" if parting and "(" not in agency and ")" not in agency else "for"


def _outlet_alone(agency: str | None, vocab: _Vocabulary) -> str:
    """An outlet named in place of any person, in the first form that reads back:
    "Reuters Staff" (a listed agency), "The Gazette", "Fox News", "Staff and wire reports"."""
    if agency is None:
        return "Staff"
    if agency.casefold() in BYLINE_WIRE_TAILS:
        forms = [f"Staff and {agency}"]
    elif agency.casefold() in vocab.agencies and _THE_OUTLET.match(agency) is None:
        forms = [f"{agency} Staff", agency]
    else:
        forms = [agency, f"{agency} Staff"]
    wanted = Byline(agency=agency)
    return next((form for form in forms if _read(f"By {form}", vocab) == wanted), forms[-1])


def format_byline(byline: Byline, *, lexicon: Lexicon | None = None) -> str:
    """Write a byline: ``By A in Paris and B`` (or its opener) with the shared title and the agency after,
    as ``lexicon`` (the default lexicon where none is given) reads it back.

    >>> format_byline(Byline(authors=(), agency="Reuters"))
    'By Reuters Staff'
    >>> format_byline(Byline(authors=(), title="Sports Reporter"))
    'By Sports Reporter'
    >>> format_byline(Byline(authors=(Person(name="Ann Lee"),), agency="Gazette.com"))
    'By Ann Lee for Gazette.com'
    """
    return _format(byline, _vocabulary(lexicon or Lexicon.default()))


def _format(byline: Byline, vocab: _Vocabulary) -> str:
    return f"{byline.opener or 'By'} {_names_and_outlet(byline, vocab)}"


def _names_and_outlet(byline: Byline, vocab: _Vocabulary) -> str:
    """What follows the opener: the names, their places and title, the outlet."""
    agency = byline.agency
    kind: _OutletForm | None = _outlet_kind(agency, vocab) if agency is not None else None
    if not byline.authors:
        if byline.title is None:
            return _outlet_alone(agency, vocab)
        text = byline.title
    else:
        own = [author.title for author in byline.authors]
        shared = own[0] if len(set(own)) == 1 else None
        groups: list[tuple[list[str], str | None]] = []
        for author in byline.authors:
            # each writer's own job after a comma: "Ann Lee, Staff Writer, and Bo Ku"
            name = author.name if shared is not None or author.title is None else f"{author.name}, {author.title}"
            if groups and groups[-1][1] == author.location:
                groups[-1][0].append(name)
            else:
                groups.append(([name], author.location))
        # a name that reads as a title or an outlet after a comma is joined by "and" alone
        plain = any(_titled(a.name, vocab) or _is_outlet(a.name, vocab) for a in byline.authors[1:])
        differ = len(set(own)) > 1
        parts = [_join(names, own=differ, plain=plain) + (f" in {place}" if place else "") for names, place in groups]
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if kind == "for":
            text += f" for {agency}"
        if shared is not None:
            text += f", {shared}"
    if kind == "for" and not byline.authors:
        text += f" for {agency}"
    if kind == "comma":
        text += f", {agency}"
    elif kind == "bracket":
        text += f" ({agency})"
    elif kind == "wires":
        text += f" with {agency}"
    return text
