"""HTML and other markup that no reader takes: never read as prose, one ``markup`` error record.

>>> story, = read_markup([b"<html><body><p>Hi</p></body></html>"], source="page.html", options=Options())
>>> story.error.type
'markup'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from ._head import Head
from ._input import Options
from .story import Story, StoryError

__all__ = ["FORMAT", "MARKUP_HINT", "read_markup", "sniff_markup"]

FORMAT: Final = "markup"

#: What a markup record says.
MARKUP_HINT: Final = (
    "HTML or other markup, not wire copy: extract the article's text first "
    "(or give a format that reads it: NITF, NewsML-G2, ninjs, Reuters-21578, TREC)"
)


def sniff_markup(head: Head) -> bool:
    """Whether ``head`` opens markup that the formats before it in the table
    did not claim: HTML near the start of text, markup that says it is
    markup (an XML declaration, a document type, an end tag), or markup
    whose first element lies past the head. Raises nothing.

    >>> sniff_markup(Head.of(b"<!DOCTYPE html><html><head><title>News</title></head>"))
    True
    >>> sniff_markup(Head.of(b"<MIRTONE INTERNATIONAL INC> 1ST QTR DEC 31 NET"))
    False
    """
    if not head.markup:
        return head.html()
    return head.undecided or (head.element and head.declared())


def read_markup(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """The one story of markup: its ``markup`` error, for markup is never read
    as prose. Raises nothing.

    >>> [story.format for story in read_markup([b"<p>Hi</p>"], source="p.html", options=Options())]
    ['markup']
    """
    del pieces, options  # markup is never read as prose
    yield Story(source=source, format=FORMAT, error=StoryError(type="markup", message=MARKUP_HINT))
