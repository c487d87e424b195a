"""Reuters-21578: the 1987 Reuters newswire as SGML, ``<REUTERS>`` elements of 1,000 to a file.

Each ``<REUTERS>`` element is one story. Its text is the ``<DATELINE>`` and
``<BODY>`` of ``<TEXT>`` run together, as the wire printed them (or the
whole ``<TEXT>`` of an unprocessed story); the headline is ``<TITLE>``, the
byline ``<AUTHOR>``. The ``&#2;``/``&#3;`` marks are dropped, and the
"Reuter" sign-off is read as a trailer. ``DATE``, the category lists
(``TOPICS``, ``PLACES``, ``PEOPLE``, ``ORGS``, ``EXCHANGES``,
``COMPANIES``) and the attributes (``NEWID`` ...) are kept as metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from ..article import parse_article
from ..lexicon import Lexicon
from ..models import Article
from ._fields import byline_field
from ._head import Head
from ._input import Options
from ._sgml import Child, attributes, children, cut_parts, decode_entities, read_element, squash
from .story import Part, Story, article_story

__all__ = [
    "CATEGORY_ELEMENTS",
    "FORMAT",
    "read_reuters21578",
    "read_reuters21578_part",
    "sniff_reuters21578",
    "split_reuters21578",
]

FORMAT: Final = "reuters21578"
#: The elements that list a story's categories, each as ``<D>`` entries.
CATEGORY_ELEMENTS: Final = ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")

_START = re.compile(r"<REUTERS(\s[^<>]{0,2000})?>", re.IGNORECASE)
_END = re.compile(r"</REUTERS\s*>\s*$", re.IGNORECASE)
_NEWID = re.compile(rb"""<REUTERS\b[^<>]{0,2000}?\bNEWID\s*=\s*["']?(\d{1,12})""", re.IGNORECASE)


def sniff_reuters21578(head: Head) -> bool:
    """Whether ``head`` opens a Reuters-21578 file: the ``lewis`` document type
    or a ``<REUTERS>`` root element. Raises nothing.

    >>> sniff_reuters21578(Head.of(b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\\n<REUTERS NEWID="1">'))
    True
    """
    return head.doctype == "lewis" or head.root == "reuters"


def _story(element: str, story_source: str, lexicon: Lexicon | None) -> Story:
    start = _START.match(element)
    content = element[start.end() if start is not None else 0 :]
    end = _END.search(content)
    if end is not None:
        content = content[: end.start()]
    parts: dict[str, Child] = {}
    for part in children(content):
        parts.setdefault(part.name, part)
    text_part = parts.get("TEXT")
    inner: dict[str, Child] = {}
    for part in children(text_part.content) if text_part is not None else []:
        inner.setdefault(part.name, part)
    metadata: dict[str, Any] = {"attributes": attributes(start.group(1) or "") if start is not None else {}}
    if "DATE" in parts:
        metadata["date"] = squash(parts["DATE"].content)
    for name in CATEGORY_ELEMENTS:
        if name in parts:
            metadata[name.lower()] = [squash(entry.content) for entry in children(parts[name].content)]
    fields = {name.lower(): squash(inner[name].content) for name in ("TITLE", "AUTHOR", "DATELINE") if name in inner}
    metadata.update(fields)
    if text_part is not None:
        metadata["text_type"] = text_part.attributes.get("TYPE", "NORM")
    if "BODY" in inner or "DATELINE" in inner:
        text = decode_entities(inner["DATELINE"].content if "DATELINE" in inner else "")
        text += decode_entities(inner["BODY"].content if "BODY" in inner else "")
    elif text_part is not None and not inner:  # an unprocessed story: the text without markup
        text = decode_entities(text_part.content)
    else:  # a brief: the title alone
        text = ""
    article = parse_article(text, lexicon=lexicon) if text.strip() else Article()
    article = attrs.evolve(
        article,
        headline=fields.get("title") or article.headline,
        byline=byline_field(fields.get("author", "")) or article.byline,
    )
    return article_story(source=story_source, format=FORMAT, article=article, metadata=metadata,
                         what="<REUTERS> element")


def split_reuters21578(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Part]:
    """Each ``<REUTERS>`` element of a Reuters-21578 file, cut out and named by its NEWID, not read."""

    def source_of(data: bytes, index: int) -> str:
        newid = _NEWID.search(data, 0, 2100)
        return f"{source}#NEWID={newid.group(1).decode()}" if newid else f"{source}#{index}"

    return cut_parts(pieces, element="REUTERS", format_=FORMAT, max_bytes=options.max_story_bytes, source_of=source_of)


def read_reuters21578_part(part: Part, options: Options) -> Iterator[Story]:
    """The story of one ``<REUTERS>`` element cut by :func:`split_reuters21578`."""
    return read_element(part, options, lambda text, story_source: [_story(text, story_source, options.lexicon)])


def read_reuters21578(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """Each ``<REUTERS>`` element of a Reuters-21578 file, as a story named by its NEWID."""
    for part in split_reuters21578(pieces, source=source, options=options):
        yield from read_reuters21578_part(part, options)
