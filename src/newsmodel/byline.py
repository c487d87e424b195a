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
from .lexicon.titles import BYLINE_JOB_NOUNS, BYLINE_TITLE_WORDS
from .models import Byline, Dateline, Person

__all__ = ["format_byline", "match_byline", "parse_byline"]

_BY = regex.compile(
    r"""
    [ \t]*+(?:by|BY|By)[ \t:]++     # By, by, BY (and "By:")
    (?P<names>.*+)                  # the names and what follows them
    """,
    regex.VERBOSE | regex.DOTALL,
)
_IN_PLACE = regex.compile(r"^(?P<name>.+?)[ ]++in[ ]++(?P<place>\p{Lu}.*+)$")  # Ann Lee in Los Angeles
_STAFF = regex.compile(r"(?i)[ ]+staff$")
_WORD_START = regex.compile(r"(?<=\s)\S")
_MAX_BYLINE = 160


def _segments(body: str) -> tuple[list[str], str | None, str | None]:
    """The names, and the title and outlet printed after them: "A and B, AP Writer, CNN"."""
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
    return segments, title, agency


def _placed(names_text: str) -> list[tuple[str, str | None]]:
    """Names with places: a trailing "in X" applies to the names since the last place."""
    placed: list[tuple[str, str | None]] = []
    pending: list[str] = []
    for raw in NAME_SEPARATOR.split(names_text):
        item = squash(raw)
        if not item:
            continue
        found = _IN_PLACE.match(item)
        pending.append(found["name"] if found else item)
        if found is not None:
            placed.extend((name, found["place"]) for name in pending)
            pending = []
    return placed + [(name, None) for name in pending]


def _is_job(text: str) -> bool:
    """A job named in place of a person: one item that ends in a job's noun ("Sports Reporter")."""
    words = text.split()
    return bool(words) and words[-1].casefold().strip(".") in BYLINE_JOB_NOUNS and NAME_SEPARATOR.search(text) is None


def _read(text: str, offset: int = 0) -> Byline | ParseError:
    found = _BY.match(text)
    if found is None:
        return ParseError("a byline starts with 'By'", source=text, span=(0, min(3, len(text))))
    body = squash(found["names"]).rstrip(".")
    start = found.start("names")
    if not body:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    segments, title, agency = _segments(body)
    names_text = ", ".join(segments)
    if title is None and _is_job(names_text):  # "By Sports Reporter": a job and no person
        return Byline(authors=(), agency=agency, title=names_text)
    names = _placed(names_text)
    if len(names) == 1 and agency is None and names[0][1] is None:
        outlet = _STAFF.sub("", names[0][0])
        if names[0][0].casefold() in BYLINE_OUTLETS or outlet != names[0][0]:
            return Byline(authors=(), agency=outlet if outlet.casefold() != "staff" else None)
    if not names:
        return ParseError("no name after 'By'", source=text, span=(start, len(text)))
    for name, _ in names:
        if not looks_like_name(name):
            at = text.find(name.split()[0], start)
            return ParseError(
                f"{name!r} does not look like a name",
                source=text,
                span=(at, at + len(name)) if at >= 0 else (start, len(text)),
            )
    return Byline(authors=tuple(Person(name=n, title=title, location=p) for n, p in names), agency=agency)


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
    """Write a byline: ``By A in Paris and B`` with the shared title and the agency after.

    >>> format_byline(Byline(authors=(), agency="Reuters"))
    'By Reuters Staff'
    >>> format_byline(Byline(authors=(), title="Sports Reporter"))
    'By Sports Reporter'
    """
    if not byline.authors:
        if byline.title is not None:
            return f"By {byline.title}" + (f", {byline.agency}" if byline.agency else "")
        return f"By {byline.agency or ''} Staff".replace("  ", " ")
    groups: list[tuple[list[str], str | None]] = []
    for author in byline.authors:
        if groups and groups[-1][1] == author.location:
            groups[-1][0].append(author.name)
        else:
            groups.append(([author.name], author.location))
    parts = [join_names(names) + (f" in {place}" if place else "") for names, place in groups]
    text = "By " + (parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1])
    title = byline.authors[0].title
    if title is not None:
        text += f", {title}"
    if byline.agency is not None:
        text += f", {byline.agency}"
    return text
