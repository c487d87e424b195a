"""NITF, the News Industry Text Format: one ``<nitf>`` document, one story.

Read from ``body.head`` (``hedline/hl1``, ``byline``, ``dateline``,
``abstract``), ``body.content`` (one paragraph per block element) and
``body.end`` (``tagline``), with ``head`` metadata (``title``, ``docdata``).
The same function reads the NITF inside a NewsML-G2 item.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final
from xml.etree.ElementTree import Element

import attrs

from .._markup import element_text
from ..article import parse_article
from ..lexicon import Lexicon
from ..models import Article
from ._fields import byline_field, dateline_field
from ._head import Head
from ._input import Options
from ._xml import XMLRefused, child, children, iter_items, text
from .story import Story, StoryError, article_story

__all__ = ["FORMAT", "nitf_article", "read_nitf", "sniff_nitf"]

FORMAT: Final = "nitf"


def sniff_nitf(head: Head) -> bool:
    """Whether ``head`` opens NITF: a ``<nitf>`` root element. Raises nothing.

    >>> sniff_nitf(Head.of(b'<?xml version="1.0"?><nitf><head>'))
    True
    """
    return head.root == "nitf"


def _byline_text(byline: Element) -> str:
    """A byline's words; a byline that holds only a title (``byttl``) names nobody."""
    title = text(child(byline, "byttl"))
    words = text(byline)
    return "" if words == title else words


def nitf_article(nitf: Element, lexicon: Lexicon | None = None) -> tuple[Article, dict[str, Any]]:
    """The article of an ``<nitf>`` element (its text parsed by ``lexicon``), and the metadata its head gives."""
    head, body = child(nitf, "head"), child(nitf, "body")
    body_head, content, body_end = child(body, "body.head"), child(body, "body.content"), child(body, "body.end")
    paragraphs = element_text(content) if content is not None else []
    paragraphs += [text(tagline) for tagline in children(body_end, "tagline")]
    article = parse_article("\n\n".join(p for p in paragraphs if p), lexicon=lexicon)
    hedline = child(body_head, "hedline")
    bylines = [_byline_text(byline) for byline in children(body_head, "byline")]
    dateline = text(child(body_head, "dateline"))
    docdata = child(head, "docdata")
    doc_id = child(docdata, "doc-id")
    metadata: dict[str, Any] = {
        "title": text(child(head, "title")),
        "doc_id": doc_id.get("id-string") if doc_id is not None else None,
        "date_issue": _norm(child(docdata, "date.issue")),
        "date_release": _norm(child(docdata, "date.release")),
        "keywords": [key.get("key") for key in children(child(docdata, "key-list"), "keyword") if key.get("key")],
        "hl2": [text(subhead) for subhead in children(hedline, "hl2")],
        "bylines": bylines,
        "dateline": dateline,
        "abstract": text(child(body_head, "abstract")),
        "distributor": text(child(body_head, "distributor")),
    }
    article = attrs.evolve(
        article,
        headline=text(child(hedline, "hl1")) or article.headline,
        byline=next((found for found in map(byline_field, bylines) if found is not None), article.byline),
        dateline=dateline_field(dateline) or article.dateline,
    )
    return article, {key: value for key, value in metadata.items() if value}


def _norm(element: Element | None) -> str | None:
    return element.get("norm") if element is not None else None


def read_nitf(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """The story of an NITF document."""
    try:
        for nitf in iter_items(
            pieces, accept_root=lambda name: name == "nitf", is_item=lambda _name, depth: depth == 1,
            max_bytes=options.max_story_bytes,
        ):
            article, metadata = nitf_article(nitf, options.lexicon)
            doc_id = metadata.get("doc_id")
            yield article_story(source=f"{source}#doc-id={doc_id}" if doc_id else source, format=FORMAT,
                                article=article, metadata=metadata, what="NITF document")
    except XMLRefused as refused:
        yield Story(source=source, format=FORMAT, error=StoryError(type=refused.type, message=refused.message))
