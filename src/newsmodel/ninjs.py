"""ninjs, IPTC's News in JSON: articles out as ninjs 3.1 text items, and ninjs 2.x and 3.x text items in.

The plain-text body holds the story as the wire prints it below the
byline: the dateline opening the first paragraph, the paragraphs, the
credit line and the trailers. The other fields go where ninjs keeps them
(``by``, ``located``, ``people``, ``edNote`` ...); ``docs/ninjs.md`` has
the table.

>>> from newsmodel import parse_article
>>> article = parse_article("By Ann Lee\\nPARIS (Reuters) - Prices rose.\\n(Editing by Bo Ku)")
>>> item = to_ninjs(article, uri="urn:example:1")
>>> item["by"], item["located"], item["people"][1]
('Ann Lee', 'PARIS', {'name': 'Bo Ku', 'rel': 'editing'})
>>> print(item["bodies"][0]["value"])
PARIS (Reuters) - Prices rose.
<BLANKLINE>
(Editing by Bo Ku)
>>> from_ninjs(item) == article
True
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

import attrs
import regex

from ._markup import html_text
from .apparatus import classify, format_note, is_note_kind, summary_point
from .article import format_article, parse_article
from .byline import format_byline, match_byline, parse_byline
from .errors import ParseError
from .lexicon import Lexicon
from .models import Article, Byline, Dateline, DatelineDate, Note, Person
from .serialization import to_json

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "from_ninjs", "to_ninjs"]

#: The ninjs version that :func:`to_ninjs` writes.
NINJS_VERSION: Final = "3.1"
#: The URI of the JSON Schema of that version, as IPTC publishes it.
NINJS_SCHEMA: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"

#: ``rel`` of a byline's author in ``people``; a credit's contributors carry the credit's role.
AUTHOR_REL: Final = "author"
#: ``rel`` of a dateline's place in ``places``.
LOCATED_REL: Final = "located"
#: ``role`` of an agency in ``infoSources`` and of a contact line in ``descriptions``.
AGENCY_ROLE: Final = "agency"
CONTACT_ROLE: Final = "contact"
#: ``role`` of a note in ``descriptions``: this prefix and the note's kind ("note:caption").
NOTE_ROLE_PREFIX: Final = "note:"

# Notes printed for readers with the story; every other kind is addressed to the
# editors who receive it, which is what ninjs ``edNote`` holds ("not intended to be published").
_PUBLISHED_NOTES = frozenset({"caption", "summary", "live_blog"})

# Items of these types carry no story text (ninjs 3.1 "type").
_NOT_TEXT = frozenset({"audio", "video", "picture", "graphic", "event", "planning"})
# A copyright or republication line among the trailers: "(c) Copyright Thomson Reuters 2024."
_COPYRIGHT = regex.compile(
    r"[ ]*+(?:\([cC]\)|©|copyright\b|all[ ]rights[ ]reserved|republication[ ]or[ ]redistribution"
    r"|this[ ]material[ ]may[ ]not[ ]be[ ]published)",
    regex.IGNORECASE,
)
_URI_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://pypi.org/project/newsmodel-wire/")


def _dated(dateline: Dateline | None, year: int | None) -> Dateline | None:
    """The dateline with the caller's year where it prints a month and day but no year."""
    if dateline is None or dateline.date is None or dateline.date.year is not None or year is None:
        return dateline
    date = dateline.date
    try:
        return attrs.evolve(dateline, date=DatelineDate(month=date.month, day=date.day, year=year))
    except ValueError as exc:
        raise ValueError(f"the dateline's date {date.month}/{date.day} is not a day of {year}: {exc}") from exc


def _body(article: Article) -> str:
    """The story below the byline, as wire copy prints it, without notes, contacts and keywords."""
    below = Article(
        stray=article.stray,
        dateline=article.dateline,
        paragraphs=article.paragraphs,
        credits=article.credits,
        trailers=article.trailers,
    )
    return format_article(below).strip()


def _by(byline: Byline) -> str:
    """A byline as ninjs ``by`` prints one: without the leading "By"."""
    text = format_byline(byline)
    return text[3:] if text.startswith("By ") else text


def _people(article: Article) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    if article.byline is not None:
        people += [{"name": author.name, "rel": AUTHOR_REL} for author in article.byline.authors]
    for credit in article.credits:
        for person in credit.contributors:
            entry: dict[str, Any] = {"name": person.name, "rel": credit.role}
            if person.location is not None:
                entry["contactInfo"] = [{"address": {"locality": person.location}}]
            people.append(entry)
    return people


def _agencies(article: Article) -> list[str]:
    names = [
        article.byline.agency if article.byline is not None else None,
        article.dateline.agency if article.dateline is not None else None,
    ]
    seen: dict[str, str] = {}
    for name in names:
        if name is not None:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def to_ninjs(
    article: Article,
    *,
    uri: str | None = None,
    year: int | None = None,
    created: datetime | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """An article as a ninjs 3.1 text item (a dict ready for ``json.dumps``).

    ``uri`` identifies the item (by default a ``urn:uuid:`` made from the
    article's content, the same for the same article). A dateline prints a
    month and day and rarely a year: ``year`` completes it, and the body
    prints the completed dateline. ``created``, a date and time with its
    time zone, is written as ``contentCreated``. No date is ever made up:
    without them the item carries the date as far as the dateline gives it.
    ``language`` is a BCP 47 tag such as ``"en"``.

    Raises ``ValueError`` where ``year`` has no such day as the dateline's
    or ``created`` has no time zone.
    """
    article = attrs.evolve(article, dateline=_dated(article.dateline, year))
    item: dict[str, Any] = {
        "uri": uri if uri is not None else f"urn:uuid:{_content_uuid(article)}",
        "type": "text",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
    }
    if created is not None:
        if created.tzinfo is None or created.utcoffset() is None:
            raise ValueError("created needs a time zone: ninjs dates are RFC 3339 date-times")
        item["contentCreated"] = created.isoformat()
    if language is not None:
        item["language"] = language
    if article.headline is not None:
        item["headlines"] = [{"role": "main", "value": article.headline}]
    if article.byline is not None:
        item["by"] = _by(article.byline)
    if article.dateline is not None and article.dateline.locations:
        item["located"] = "/".join(article.dateline.locations)
        item["places"] = [{"name": place, "rel": LOCATED_REL} for place in article.dateline.locations]
    body = _body(article)
    if body:
        item["bodies"] = [{"role": "main", "contentType": "text/plain", "value": body}]
    people = _people(article)
    if people:
        item["people"] = people
    agencies = _agencies(article)
    if agencies:
        item["infoSources"] = [{"name": name, "role": AGENCY_ROLE} for name in agencies]
    editorial = [format_note(note) for note in article.notes if note.kind not in _PUBLISHED_NOTES]
    if editorial:
        item["edNote"] = "\n".join(editorial)
    descriptions = [{"role": f"{NOTE_ROLE_PREFIX}{note.kind}", "value": note.text} for note in article.notes]
    descriptions += [{"role": CONTACT_ROLE, "value": line} for line in article.contacts]
    if descriptions:
        item["descriptions"] = descriptions
    if article.keywords:
        item["slugline"] = " ".join(article.keywords)
    copyright_lines = [line for line in article.trailers if _COPYRIGHT.match(line)]
    if copyright_lines:
        item["copyrightNotice"] = "\n".join(copyright_lines)
    return item


def _content_uuid(article: Article) -> uuid.UUID:
    """The name-based (version 5) UUID of the article's JSON; a lone surrogate
    in its text is hashed as its UTF-8-like bytes, not refused."""
    name = to_json(article).encode("utf-8", "surrogatepass")
    return uuid.UUID(bytes=hashlib.sha1(_URI_NAMESPACE.bytes + name).digest()[:16], version=5)


def _lower_keys(value: Mapping[str, Any]) -> dict[str, Any]:
    """ninjs 2.x spells every property in lower case ("contenttype", "ednote"): the item's
    keys and those of the objects in its arrays in lower case (two levels: no deeper is read)."""
    lowered: dict[str, Any] = {}
    for key, inner in value.items():
        if isinstance(inner, list):
            inner = [
                {str(k).lower(): v for k, v in entry.items()} if isinstance(entry, Mapping) else entry
                for entry in inner
            ]
        lowered[str(key).lower()] = inner
    return lowered


def _entries(item: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = item.get(key)
    if not isinstance(value, list):
        return []
    return [entry for entry in value if isinstance(entry, Mapping)]


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _text_lines(value: Any) -> list[str]:
    """The lines of a free-text field: a string, or an array of strings (anything else holds none)."""
    values = value if isinstance(value, list) else [value]
    return [line for entry in values if isinstance(entry, str) for line in entry.splitlines()]


def _is_markup(body: Mapping[str, Any]) -> bool:
    kind = str(body.get("contenttype", "")).lower()
    if kind:
        return "html" in kind or "xml" in kind
    return str(body["value"]).lstrip().startswith("<")


def _body_text(item: Mapping[str, Any]) -> str:
    """The text of the item's body: a plain-text body that keeps its paragraphs,
    else a marked-up body (whose ``<p>`` elements part them), else any plain text."""
    bodies = [body for body in _entries(item, "bodies") if isinstance(body.get("value"), str)]
    bodies.sort(key=lambda body: body.get("role") != "main")  # stable: the main body first
    plain = [body["value"] for body in bodies if not _is_markup(body)]
    marked_up = [body["value"] for body in bodies if _is_markup(body)]
    for text in plain:
        if "\n" in text.strip():
            return str(text)
    if marked_up:
        return html_text(marked_up[0])
    return str(plain[0]) if plain else ""


def _headline(item: Mapping[str, Any]) -> str | None:
    headlines = [entry for entry in _entries(item, "headlines") if _string(entry.get("value"))]
    headlines.sort(key=lambda entry: entry.get("role") != "main")
    return " ".join(str(headlines[0]["value"]).split()) if headlines else None


def _byline(item: Mapping[str, Any]) -> Byline | None:
    """The byline from ``by``; failing that, from the authors in ``people``."""
    by = _string(item.get("by"))
    if by is not None:
        try:
            return parse_byline(by)  # with its opener ("By", "Written by") or without one
        except ParseError:
            pass
    authors = [
        Person(name=" ".join(str(entry["name"]).split()))
        for entry in _entries(item, "people")
        if entry.get("rel") == AUTHOR_REL and _string(entry.get("name"))
    ]
    return Byline(authors=tuple(authors)) if authors else None


def _note_of_line(line: str) -> Note:
    """A line of ``edNote`` as a note: of the kind its words give, else an editor's note."""
    point = summary_point(line)
    if point is not None:
        return point
    kind = classify(line)
    if kind is not None and isinstance(kind[1], Note):
        return kind[1]
    return Note(kind="editors_note", text=" ".join(line.split()))


def _notes_and_contacts(item: Mapping[str, Any]) -> tuple[list[Note], list[str]]:
    """Notes and contact lines from ``descriptions``, in their order; then each line of
    ``edNote`` that does not print one of those notes, as a note of the kind its words give."""
    notes: list[Note] = []
    contacts: list[str] = []
    for entry in _entries(item, "descriptions"):
        role, value = entry.get("role"), _string(entry.get("value"))
        if not isinstance(role, str) or value is None:
            continue
        if role == CONTACT_ROLE:
            contacts.append(value)
        elif role.startswith(NOTE_ROLE_PREFIX) and is_note_kind(kind := role[len(NOTE_ROLE_PREFIX) :]):
            notes.append(Note(kind=kind, text=" ".join(value.split())))
    printed = {" ".join(format_note(note).split()) for note in notes}
    for line in _text_lines(item.get("ednote")):
        if line.strip() and " ".join(line.split()) not in printed:
            notes.append(_note_of_line(line))
    return notes, contacts


def from_ninjs(item: Mapping[str, Any], *, lexicon: Lexicon | None = None) -> Article:
    """A ninjs 2.x or 3.x text item as an :class:`Article`.

    The fields the item has are used as they are (``headlines``, ``by``,
    ``located``, ``edNote``, ``slugline``, ``copyrightNotice``); the rest is
    parsed from the body (dateline, credits, trailers, quotes). A plain-text
    body is preferred where it keeps its paragraphs, else an XHTML body.

    Raises ``ValueError`` where ``item`` is no JSON object or is a picture,
    video or other item without story text.
    """
    if not isinstance(item, Mapping):
        raise ValueError("a ninjs item is a JSON object")
    item = _lower_keys(item)
    kind = item.get("type")
    if isinstance(kind, str) and kind in _NOT_TEXT:
        raise ValueError(f"a ninjs {kind!r} item holds no story text")
    byline = _byline(item)
    text = _body_text(item)
    if byline is not None and match_byline(text.lstrip().split("\n", 1)[0]) is None:
        text = f"{format_byline(byline)}\n\n{text}"  # above the body, where the parser meets a byline
    parsed = parse_article(text, lexicon=lexicon)
    dateline = parsed.dateline
    located = _string(item.get("located"))
    if located is not None and (dateline is None or not dateline.locations):
        places = tuple(" ".join(place.split()) for place in located.split("/") if place.strip())
        if places:
            dateline = Dateline(
                locations=places,
                date=dateline.date if dateline is not None else None,
                agency=dateline.agency if dateline is not None else None,
            )
    notes, contacts = _notes_and_contacts(item)
    slugline = _string(item.get("slugline"))
    trailers = list(parsed.trailers)
    trailers += [line for line in _text_lines(item.get("copyrightnotice")) if line.strip() and line not in trailers]
    return attrs.evolve(
        parsed,
        headline=_headline(item) or parsed.headline,
        byline=byline or parsed.byline,
        dateline=dateline,
        notes=tuple(notes) + parsed.notes,
        contacts=tuple(contacts) + parsed.contacts,
        keywords=parsed.keywords or (tuple(slugline.split()) if slugline else ()),
        trailers=tuple(trailers),
    )
