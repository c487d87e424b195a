"""Text out of HTML, XHTML and NITF markup: one paragraph per block element.

Used where a format carries the story as markup (ninjs XHTML bodies,
NITF ``body.content``, XHTML inside NewsML-G2). Inline elements run
together; block elements and ``<br>`` part paragraphs; scripts, styles
and other non-text elements are dropped.

>>> html_text("<p>Shares <b>rose</b>.</p><p>Bonds fell.<br>Oil</p><script>x()</script>")
'Shares rose.\\n\\nBonds fell.\\n\\nOil'
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
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


class _HTMLBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks = TextBlocks()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.blocks.start(local_name(tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = local_name(tag)
        self.blocks.start(name)
        if name in SKIPPED_ELEMENTS:
            self.blocks.end(name)

    def handle_endtag(self, tag: str) -> None:
        self.blocks.end(local_name(tag))

    def handle_data(self, data: str) -> None:
        self.blocks.data(data)


def html_text(markup: str) -> str:
    """The text of an HTML or XHTML fragment, paragraphs parted by blank lines.

    The standard library's HTML parser reads it: it is lenient, and it
    expands no declared entities.
    """
    parser = _HTMLBlocks()
    parser.feed(markup)
    parser.close()
    return "\n\n".join(parser.blocks.paragraphs())


def _events(element: Element) -> Iterator[tuple[str, str]]:
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
    for kind, value in _events(element):
        if kind == "start":
            blocks.start(value)
        elif kind == "end":
            blocks.end(value)
        else:
            blocks.data(value)
    return blocks.paragraphs()
