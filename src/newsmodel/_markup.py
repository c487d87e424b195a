"""Text out of HTML, XHTML and NITF markup: one paragraph per block element.

Used where a format carries the story as markup (ninjs XHTML bodies,
NITF ``body.content``, XHTML inside NewsML-G2). Inline elements run
together; block elements and ``<br>`` part paragraphs; scripts, styles
and other non-text elements are dropped.

>>> html_text("<p>Shares <b>rose</b>.</p><p>Bonds fell.<br>Oil</p><script>x()</script>")
'Shares rose.\\n\\nBonds fell.\\n\\nOil'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Literal
from xml.etree.ElementTree import Element

__all__ = ["TextBlocks", "element_text", "html_text", "local_name"]

#: Elements that stand as a paragraph of their own (HTML and NITF names).
BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "bq", "blockquote", "block", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hl1", "hl2",
        "hr", "li", "nitf-table", "ol", "p", "pre", "section", "table", "tagline", "td", "th", "tr", "ul",
    }
)
#: Elements whose content is no text of the story.
SKIPPED_ELEMENTS = frozenset({"head", "noscript", "object", "script", "style", "svg", "template", "title"})


def local_name(tag: str) -> str:
    """``{namespace}name`` or ``prefix:name`` without the namespace, in lower case."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


class TextBlocks:
    """Gathers the text of start, end and data events into paragraphs."""

    def __init__(self) -> None:
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def start(self, name: str) -> None:
        if name in SKIPPED_ELEMENTS:
            self._skipping += 1
        elif name in BLOCK_ELEMENTS or name == "br":
            self._flush()

    def end(self, name: str) -> None:
        if name in SKIPPED_ELEMENTS:
            self._skipping = max(0, self._skipping - 1)
        elif name in BLOCK_ELEMENTS:
            self._flush()

    def data(self, text: str) -> None:
        if not self._skipping:
            self._current.append(text)

    def _flush(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self._paragraphs.append(paragraph)
        self._current = []

    def paragraphs(self) -> list[str]:
        """The paragraphs so far, each with its white space collapsed."""
        self._flush()
        return list(self._paragraphs)


# One token of HTML: a comment's start, a start or end tag, a declaration or an
# instruction. Each alternative stops at the next "<" or after a bound, so that
# scanning is linear however the markup is broken.
_TOKEN = re.compile(
    r"""<!--
    | <(?P<end>/?)(?P<name>[A-Za-z][\w:.\-]{0,63})(?:\s[^<>]{0,4000})?/?>
    | <[!?][^<>]{0,4000}>""",
    re.VERBOSE,
)


def html_text(markup: str) -> str:
    """The text of an HTML or XHTML fragment, paragraphs parted by blank lines.

    A small scanner, linear on any input, reads it (the standard library's
    HTML parser is quadratic on some broken markup); entities are decoded
    with :func:`html.unescape`, and no declared entity is ever expanded. An
    unclosed comment runs to the end.
    """
    blocks = TextBlocks()
    position = 0
    for token in _TOKEN.finditer(markup):
        if token.start() < position:  # inside a comment already passed
            continue
        blocks.data(html.unescape(markup[position : token.start()]))
        position = token.end()
        if token.group(0) == "<!--":
            close = markup.find("-->", position)
            position = len(markup) if close < 0 else close + 3
        elif token.group("name"):
            name = local_name(token.group("name"))
            if token.group("end"):
                blocks.end(name)
            else:
                blocks.start(name)
                if token.group(0).endswith("/>") and name in SKIPPED_ELEMENTS:
                    blocks.end(name)
    if position < len(markup):
        blocks.data(html.unescape(markup[position:]))
    return "\n\n".join(blocks.paragraphs())


#: What an event of an element tree is: an element opens, text, an element closes.
MarkupEvent = Literal["start", "data", "end"]


def _events(element: Element) -> Iterator[tuple[MarkupEvent, str]]:
    """Start, data and end events of ``element`` (not its tail), walked without recursion."""
    stack: list[tuple[Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tail = node.tail if node is not element else None
        if closing or not isinstance(node.tag, str):  # a closing tag, a comment or an instruction
            if closing:
                yield "end", local_name(node.tag)
            if tail:
                yield "data", tail
            continue
        yield "start", local_name(node.tag)
        if node.text:
            yield "data", node.text
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def element_text(element: Element) -> list[str]:
    """The paragraphs of an element tree (NITF or XHTML), as :func:`html_text` reads markup."""
    blocks = TextBlocks()
    kind: MarkupEvent
    for kind, value in _events(element):
        if kind == "start":
            blocks.start(value)
        elif kind == "end":
            blocks.end(value)
        else:
            blocks.data(value)
    return blocks.paragraphs()
