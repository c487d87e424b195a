"""NewsML-G2: news items, alone or in a ``newsMessage``, with NITF, XHTML or plain text inline.

Each ``newsItem`` is one story, read as it ends (a message of many items
streams). The text comes from ``contentSet``: ``inlineXML`` holding
``<nitf>`` or XHTML ``<html>``, or ``inlineData`` of plain text; the
headline, byline and dateline from ``contentMeta`` where it gives them,
else from the inline NITF; the editor's note from ``itemMeta/edNote``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final
from xml.etree.ElementTree import Element

import attrs

from .._markup import element_text
from ..article import parse_article
from ..lexicon import Lexicon
from ..models import Article, Dateline, Note
from ._fields import byline_field, dateline_field
from ._head import Head
from ._input import Options
from ._xml import XMLRefused, child, children, iter_items, text
from .nitf import nitf_article
from .story import Story, StoryError, article_story

__all__ = ["FORMAT", "ITEM_ELEMENTS", "ROOT_ELEMENTS", "read_newsml_g2", "sniff_newsml_g2"]

FORMAT: Final = "newsml-g2"
#: The G2 items; a ``newsItem`` carries a story, the others carry none.
ITEM_ELEMENTS: Final = frozenset({"newsitem", "packageitem", "conceptitem", "knowledgeitem", "planningitem"})
ROOT_ELEMENTS: Final = ITEM_ELEMENTS | {"newsmessage"}


def sniff_newsml_g2(head: Head) -> bool:
    """Whether ``head`` opens NewsML-G2: a G2 item or a ``newsMessage`` as its
    root element. Raises nothing.

    >>> sniff_newsml_g2(Head.of(b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'))
    True
    """
    return head.root in ROOT_ELEMENTS


def _attribute(element: Element | None, name: str) -> str | None:
    return element.get(name) if element is not None else None


def _qcode(element: Element | None) -> str | None:
    """A concept's code: its ``qcode``, else its ``uri``."""
    return _attribute(element, "qcode") or _attribute(element, "uri")


def _inline(content_set: Element | None, lexicon: Lexicon | None) -> tuple[Article | None, dict[str, Any]]:
    """The article of the first inline content: NITF, XHTML or plain text."""
    for inline in children(content_set, "inlinexml"):
        nitf = child(inline, "nitf")
        if nitf is not None:
            return nitf_article(nitf, lexicon)
        page = child(inline, "html")
        if page is not None:
            body = child(page, "body")
            return parse_article("\n\n".join(element_text(body if body is not None else page)), lexicon=lexicon), {}
    for inline in children(content_set, "inlinedata"):
        kind = (inline.get("contenttype") or "text/plain").lower()
        if kind.startswith("text/plain"):
            return parse_article(inline.text or "", lexicon=lexicon), {}
    return None, {}


def _is_text(item_class: str | None) -> bool:
    """Whether an item class (``ninat:text`` or its URI) names text; no class says nothing."""
    return item_class is None or item_class.rsplit(":", 1)[-1].rsplit("/", 1)[-1] in ("text", "composite")


def _story(item: Element, source: str, index: int, lexicon: Lexicon | None) -> Story:
    guid = item.get("guid")
    story_source = f"{source}#guid={guid}" if guid else f"{source}#item={index}"
    item_meta, content_meta, rights = child(item, "itemmeta"), child(item, "contentmeta"), child(item, "rightsinfo")
    item_class = _qcode(child(item_meta, "itemclass"))
    metadata: dict[str, Any] = {
        "guid": guid,
        "version": item.get("version"),
        "item": item.tag.rsplit("}", 1)[-1],
        "item_class": item_class,
        "provider": _qcode(child(item_meta, "provider")) or text(child(item_meta, "provider")),
        "version_created": text(child(item_meta, "versioncreated")),
        "first_created": text(child(item_meta, "firstcreated")),
        "embargoed": text(child(item_meta, "embargoed")),
        "pub_status": _qcode(child(item_meta, "pubstatus")),
        "content_created": text(child(content_meta, "contentcreated")),
        "content_modified": text(child(content_meta, "contentmodified")),
        "located": text(child(child(content_meta, "located"), "name")),
        "creators": [text(child(creator, "name")) for creator in children(content_meta, "creator")],
        "info_sources": [text(child(source_, "name")) for source_ in children(content_meta, "infosource")],
        "language": _attribute(child(content_meta, "language"), "tag"),
        "subjects": [_qcode(subject) for subject in children(content_meta, "subject")],
        "genres": [_qcode(genre) for genre in children(content_meta, "genre")],
        "keywords": [text(keyword) for keyword in children(content_meta, "keyword")],
        "slugline": text(child(content_meta, "slugline")),
        "headline": text(child(content_meta, "headline")),
        "by": text(child(content_meta, "by")),
        "dateline": text(child(content_meta, "dateline")),
        "copyright_holder": text(child(child(rights, "copyrightholder"), "name")),
        "copyright_notice": text(child(rights, "copyrightnotice")),
        "usage_terms": text(child(rights, "usageterms")),
    }
    metadata = {key: value for key, value in metadata.items() if value and value != [None]}
    if metadata["item"] != "newsItem" or not _is_text(item_class):
        kind = item_class or metadata["item"]
        return Story(source=story_source, format=FORMAT, metadata=metadata,
                     error=StoryError(type="input", message=f"a {kind} item holds no story text"))
    article, inline_metadata = _inline(child(item, "contentset"), lexicon)
    if inline_metadata:
        metadata["nitf"] = inline_metadata
    article = article or Article()
    located = metadata.get("located")
    note = text(child(item_meta, "ednote"))
    article = attrs.evolve(
        article,
        headline=metadata.get("headline") or article.headline,
        byline=byline_field(metadata.get("by", "")) or article.byline,
        dateline=dateline_field(metadata.get("dateline", "")) or article.dateline
        or (Dateline(locations=(located,)) if located else None),
        notes=((Note(kind="editors_note", text=note),) if note else ()) + article.notes,
    )
    return article_story(source=story_source, format=FORMAT, article=article, metadata=metadata, what="newsItem")


def read_newsml_g2(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """Each item of a NewsML-G2 document, one story per ``newsItem``."""
    index = 0
    try:
        for item in iter_items(
            pieces,
            accept_root=lambda name: name in ROOT_ELEMENTS,
            is_item=lambda name, _depth: name in ITEM_ELEMENTS,
            max_bytes=options.max_story_bytes,
        ):
            index += 1
            yield _story(item, source, index, options.lexicon)
    except XMLRefused as refused:
        yield Story(source=source, format=FORMAT, error=StoryError(type=refused.type, message=refused.message))
