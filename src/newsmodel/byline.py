"""Bylines: who wrote the story.

>>> [person.name for person in parse_byline("By Richard Solem and  Wojciech Moskwa").authors]
['Richard Solem', 'Wojciech Moskwa']
>>> format_byline(parse_byline("By JOSH BOAK, AP Economics Writer"))
'By JOSH BOAK, AP Economics Writer'
"""

from __future__ import annotations

import regex

from ._names import NAME_SEPARATOR, join_names, looks_like_name, squash
from .dateline import match_dateline
from .errors import ParseError
from .lexicon.agencies import BYLINE_OUTLETS
from .lexicon.titles import BYLINE_TITLE_WORDS
from .models import Byline, Dateline, Person

__all__ = ["format_byline", "match_byline", "parse_byline"]

_BY = regex.compile(
    r"""
    [ \t]*+(?:by|BY|By)[ \t:]++     # By, by, BY (and "By:")
    (?P<names>.*+)                  # the names and what follows them
    """,
    regex.VERBOSE | regex.DOTALL,
)
_LOCATION = regex.compile(r"[ ]in[ ]\p{Lu}[\p{L}.'’\- ]*+$")
_STAFF = regex.compile(r"(?i)[ ]+staff$")
_WORD_START = regex.compile(r"(?<=\s)\S")
_MAX_BYLINE = 160


def _read(text: str, offset: int = 0) -> Byline | ParseError:
    found = _BY.match(text)
    if found is None:
        return ParseError("a byline starts with 'By'", source=text, span=(0, min(3, len(text))))
    body = squash(found["names"]).rstrip(".")
    start = found.start("names")
    if not body:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    segments = [s.strip() for s in body.split(",")]
    agency: str | None = None
    title: str | None = None
    while len(segments) > 1:
        last = segments[-1]
        words = {w.casefold().strip(".") for w in last.split()}
        if agency is None and title is None and last.casefold() in BYLINE_OUTLETS:
            agency = last
        elif title is None and words & BYLINE_TITLE_WORDS:
            title = last
        else:
            break
        segments.pop()
    names_text = ", ".join(segments)
    names_text = _LOCATION.sub("", names_text)
    names = [squash(n) for n in NAME_SEPARATOR.split(names_text) if n.strip()]
    if len(names) == 1 and agency is None:
        outlet = _STAFF.sub("", names[0])
        if names[0].casefold() in BYLINE_OUTLETS or outlet != names[0]:
            return Byline(authors=(), agency=outlet if outlet.casefold() != "staff" else None)
    if not names:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    for name in names:
        if not looks_like_name(name):
            at = text.find(name.split()[0], start)
            return ParseError(
                f"{name!r} does not look like a name",
                source=text,
                span=(at, at + len(name)) if at >= 0 else (start, len(text)),
            )
    return Byline(authors=tuple(Person(name=n, title=title) for n in names), agency=agency)


def parse_byline(text: str) -> Byline:
    """Read a byline that is the whole of ``text`` (strict).

    Raises :class:`ParseError` where ``text`` is not a byline.
    """
    result = _read(text)
    if isinstance(result, ParseError):
        raise result
    return result


def match_byline(paragraph: str) -> tuple[Byline, tuple[Dateline, int] | None] | None:
    """Read a byline opening ``paragraph``, and the dateline glued to it, if any.

    Returns ``None`` where the paragraph does not open with a byline. Where
    a dateline follows the names on the same line ("By Susan Kelly CHICAGO
    Dec 4 (Reuters) - ..."), it comes back with the offset where the body
    starts.

    >>> byline, (dateline, end) = match_byline("By Susan Kelly CHICAGO  Dec 4 (Reuters) - Sales")
    >>> byline.authors[0].name, dateline.locations, end
    ('Susan Kelly', ('CHICAGO',), 42)
    """
    if _BY.match(paragraph) is None:
        return None
    head = paragraph[:_MAX_BYLINE]
    for word in _WORD_START.finditer(head, 3):
        dateline = match_dateline(paragraph, word.start())
        if dateline is None:
            continue
        byline = _read(paragraph[: word.start()])
        if isinstance(byline, Byline):
            return byline, dateline
    if len(paragraph) > _MAX_BYLINE:
        return None
    byline = _read(paragraph)
    return (byline, None) if isinstance(byline, Byline) else None


def format_byline(byline: Byline) -> str:
    """Write a byline: ``By A, B and C`` with the shared title and the agency after.

    >>> format_byline(Byline(authors=(), agency="Reuters"))
    'By Reuters Staff'
    """
    if not byline.authors:
        return f"By {byline.agency or ''} Staff".replace("  ", " ")
    text = "By " + join_names([a.name for a in byline.authors])
    title = byline.authors[0].title
    if title is not None:
        text += f", {title}"
    if byline.agency is not None:
        text += f", {byline.agency}"
    return text
