"""Which format an input is in, from its first bytes (and, to break a tie, its name).

>>> detect_format(b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\\n<REUTERS TOPICS="NO" NEWID="1">')
'reuters21578'
>>> detect_format(b"<DOC>\\n<DOCNO> AP890101-0001 </DOCNO>")
'trec'
>>> detect_format(b"<!DOCTYPE html><html><head><title>News</title></head>")
'markup'
>>> detect_format(b"<MIRTONE INTERNATIONAL INC> 1ST QTR DEC 31 NET")
'text'
"""

from __future__ import annotations

import json
from typing import Final

import regex

__all__ = ["FORMATS", "WIDE_ENCODINGS", "detect_format"]

#: Every format name, in the order :func:`detect_format` tries them.
FORMATS: Final = ("reuters21578", "trec", "nitf", "newsml-g2", "ninjs", "markup", "text")

_G2_ROOTS = frozenset({"newsitem", "newsmessage", "packageitem", "conceptitem", "knowledgeitem", "planningitem"})
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
_EXTENSIONS: Final = {
    ".sgm": "reuters21578", ".sgml": "trec", ".nitf": "nitf", ".json": "ninjs", ".jsonl": "ninjs",
    ".ninjs": "ninjs", ".html": "markup", ".htm": "markup", ".xhtml": "markup", ".xml": "markup",
}


#: The first bytes of UTF-32 and UTF-16 text (a byte-order mark, or "<" of markup without one), and its codec.
WIDE_ENCODINGS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)


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


def _by_name(name: str | None) -> str | None:
    if not name:
        return None
    lowered = name.lower()
    return next((kind for ending, kind in _EXTENSIONS.items() if lowered.endswith(ending)), None)


def detect_format(head: bytes, name: str | None = None) -> str:
    """The format of an input that starts with ``head`` (its first 64 KiB are enough).

    One of :data:`FORMATS`: ``"reuters21578"`` and ``"trec"`` by their SGML
    elements, ``"nitf"`` and ``"newsml-g2"`` by the root element of their XML,
    ``"ninjs"`` for JSON, ``"markup"`` for HTML and any other markup with end
    tags (never prose), and ``"text"`` for the rest. ``name`` (a file name)
    decides only where the head opens markup but shows no element yet.
    """
    text = _text(head).lstrip("\ufeff \t\r\n")
    if _JSON.match(text) or (text[:1] in ("[", "{") and _is_json(text)):
        return "ninjs"
    if not text.startswith("<"):
        return "markup" if _HTML.search(text, 0, 2048) else "text"
    prolog = _PROLOG.match(text)
    doctype = (prolog.group("doctype") or "").lower() if prolog is not None else ""
    element = _ELEMENT.match(text, prolog.end() if prolog is not None else 0)
    root = element.group("name").lower().rsplit(":", 1)[-1] if element is not None else ""
    if doctype == "lewis" or root == "reuters":
        return "reuters21578"
    if root == "doc" and "<docno>" in text.lower():
        return "trec"
    if root == "nitf":
        return "nitf"
    if root in _G2_ROOTS:
        return "newsml-g2"
    end = prolog.end() if prolog is not None else 0
    if element is None and text.startswith(("<!--", "<?", "<!"), end):  # a comment or declaration past the head
        return _by_name(name) or "markup"
    if element is None:  # a "<" of prose, or markup whose first element is past the head
        return (_by_name(name) or "markup") if end > 0 else "text"
    if text.startswith("<?xml") or doctype or _END_TAG.search(text):
        return "markup"
    return "text"
