"""What the first bytes of an input show: the facts each format's ``sniff`` reads.

:func:`~newsmodel.formats.detect_format` looks once at an input's head and
asks each row of :data:`~newsmodel.formats.FORMAT_TABLE`, in order, whether
the head is of its format; each format says so from a :class:`Head`.

>>> head = Head.of(b'<?xml version="1.0"?>\\n<nitf><head>', "a.xml")
>>> head.markup, head.root, head.element, head.undecided
(True, 'nitf', True, False)
>>> Head.of(b"<!-- a long comment", "story.sgm").undecided
True
"""

from __future__ import annotations

import json
from typing import Final

import attrs
import regex

__all__ = ["WIDE_ENCODINGS", "Head"]

#: The first bytes of UTF-32 and UTF-16 text (a byte-order mark, or "<" of markup without one), and its codec.
WIDE_ENCODINGS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)

# What may stand before the first element of markup: an XML declaration, processing
# instructions, comments and a document type declaration (with an internal subset).
_PROLOG = regex.compile(
    r"""(?:\s++|<\?[^>]{0,4000}\?>|<!--.*?-->|<!DOCTYPE\s++(?P<doctype>[\w.:-]{1,64})[^>\[]{0,4000}(?:\[.{0,60000}?\])?\s*>)*+""",
    regex.IGNORECASE | regex.DOTALL,
)
_ELEMENT = regex.compile(r"<(?P<name>[A-Za-z_][\w.:-]{0,63})[\s/>]")
_END_TAG = regex.compile(r"</[A-Za-z][\w.:-]{0,63}\s*>")
_HTML = regex.compile(r"<(?:!DOCTYPE\s+html|html[\s>]|body[\s>]|head[\s>])", regex.IGNORECASE)
_JSON = regex.compile(r"[\[{]\s*[\[{\"\]}]")
#: How far into text that is not markup an HTML element is looked for.
_HTML_REACH: Final = 2048
# What may open markup whose first element lies past the head: a comment or a declaration.
_OPENERS: Final = ("<!--", "<?", "<!")


def _text(head: bytes) -> str:
    codec = next((name for mark, name in WIDE_ENCODINGS if head.startswith(mark)), None)
    if codec is None:
        return head.decode("utf-8", "replace")
    return head[: len(head) - len(head) % 4].decode(codec, "replace")  # no code unit cut in two


def _is_json(text: str) -> bool:
    """Whether ``text`` is one JSON value whole (``[1, 2]``: JSON, if no story)."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


@attrs.frozen
class Head:
    """The head of an input as the formats sniff it: its ``text`` (decoded,
    white space and a byte-order mark stripped off its start), its ``name``
    (lower case, ``""`` where none), whether it is ``json`` or opens
    ``markup``, the ``doctype`` and ``root`` element (lower case, without a
    namespace prefix, ``""`` where none), whether an ``element`` shows in it,
    and whether markup that shows no element yet leaves it ``undecided``
    (then a format may claim it by its name's extension). Raises nothing.
    """

    text: str
    name: str
    json: bool
    markup: bool
    doctype: str = ""
    root: str = ""
    element: bool = False
    undecided: bool = False
    #: Where the prolog (declarations, comments) ends and the first element may begin.
    prolog_end: int = 0

    @classmethod
    def of(cls, head: bytes, name: str | None = None) -> Head:
        """What ``head`` (an input's first bytes) shows; ``name`` is the input's file name."""
        text = _text(head).lstrip("\ufeff \t\r\n")
        lowered = (name or "").lower()
        is_json = bool(_JSON.match(text)) or (text[:1] in ("[", "{") and _is_json(text))
        if not text.startswith("<"):
            return cls(text, lowered, is_json, markup=False)
        prolog = _PROLOG.match(text)
        end = prolog.end() if prolog is not None else 0
        doctype = (prolog.group("doctype") or "").lower() if prolog is not None else ""
        element = _ELEMENT.match(text, end)
        root = element.group("name").lower().rsplit(":", 1)[-1] if element is not None else ""
        # markup whose first element lies past the head: a comment or declaration, or a prolog, ends the head
        undecided = element is None and (text.startswith(_OPENERS, end) or end > 0)
        return cls(text, lowered, is_json, True, doctype, root, element is not None, undecided, end)

    def named(self, extensions: tuple[str, ...]) -> bool:
        """Whether the input's name ends with one of ``extensions``."""
        return bool(self.name) and self.name.endswith(extensions)

    def html(self) -> bool:
        """Whether text that is not markup holds an HTML element near its start."""
        return bool(_HTML.search(self.text, 0, _HTML_REACH))

    def declared(self) -> bool:
        """Whether markup says it is markup: an XML declaration, a document type, or an end tag."""
        return self.text.startswith("<?xml") or bool(self.doctype) or bool(_END_TAG.search(self.text))
