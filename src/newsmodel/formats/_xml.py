"""XML read safely and in pieces: expat with every entity declaration refused.

The standard library's parsers expand the entities a document declares,
so that a few hundred bytes grow to gigabytes ("billion laughs"), and an
external entity reads a local file or a URL. Here a document that declares
any entity is refused as soon as the declaration is read, an external DTD
is never fetched, and the elements built are bounded in depth and size.
Only the items asked for are built, one at a time.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, NoReturn
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from .._markup import local_name
from ._errors import ErrorType
from ._head import WIDE_ENCODINGS

__all__ = ["MAX_DEPTH", "XMLRefused", "child", "children", "descendant", "iter_items", "text"]

MAX_DEPTH: Final = 256

# The encoding an XML declaration names: <?xml version="1.0" encoding="Shift_JIS"?>
_DECLARED = re.compile(
    rb"""
    \A(?:\xef\xbb\xbf)?                    # a UTF-8 byte-order mark, if any
    <\?xml[^>]{0,400}?\sencoding            # the declaration, up to its encoding
    \s{0,40}=\s{0,40}["']
    (?P<name>[^"'\s>]{1,64})                # the encoding's name
    ["']
    """,
    re.VERBOSE,
)
_DECLARATION_BYTES: Final = 512  # the XML declaration lies within them, if there is one
# The encodings expat reads itself (Python's names for them); it reads no other multi-byte one.
_EXPAT_READS: Final = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1"})
# UTF-32, with or without a byte-order mark, told from the first bytes as XML 1.0 appendix F does.
_UTF_32: Final = tuple((mark, codec) for mark, codec in WIDE_ENCODINGS if codec.startswith("utf-32"))


class XMLRefused(Exception):
    """The document cannot be read: ``type`` is the record error type."""

    def __init__(self, type_: ErrorType, message: str) -> None:
        super().__init__(message)
        self.type = type_
        self.message = message


def _refuse_entities(*_args: Any) -> NoReturn:
    raise XMLRefused("format", "the document declares entities: refused, as a defence against entity expansion")


def _refuse_external(*_args: Any) -> NoReturn:
    raise XMLRefused("format", "the document refers to an external entity: refused")


def _foreign_encoding(head: bytes) -> str | None:
    """The Python codec of a document whose encoding expat cannot read itself
    (UTF-32, Shift_JIS, Big5, UTF-7 ...), or ``None``; refuses an unknown name."""
    for mark, name in _UTF_32:
        if head.startswith(mark):
            return name
    declared = _DECLARED.match(head)
    if declared is None:
        return None
    name = declared.group("name").decode("ascii", "replace")
    try:
        codec = codecs.lookup(name)
    except (LookupError, ValueError):  # no such codec; a name holding a NUL
        raise XMLRefused("decode", f"the XML declares an encoding that is not known: {name!r}") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise XMLRefused("decode", f"the XML declares {name!r}, which is not a text encoding")
    return None if codec.name in _EXPAT_READS else codec.name


def _as_utf_8(pieces: Iterable[bytes]) -> tuple[bool, Iterator[bytes]]:
    """The document's bytes as UTF-8 where expat cannot read its encoding (and
    whether they were recoded), decoded as they come; ``XMLRefused`` of type
    ``"decode"`` for an unknown encoding or bytes that are not in it."""
    stream = iter(pieces)
    held: list[bytes] = []
    while sum(map(len, held)) < _DECLARATION_BYTES and (piece := next(stream, None)) is not None:
        held.append(piece)  # small pieces: enough of them to see the declaration whole
    everything = itertools.chain(held, stream)
    codec = _foreign_encoding(b"".join(held))
    if codec is None:
        return False, everything

    def recoded() -> Iterator[bytes]:
        decoder = codecs.getincrementaldecoder(codec)("strict")
        try:
            for piece in everything:
                yield decoder.decode(piece).encode("utf-8", "surrogatepass")
            yield decoder.decode(b"", True).encode("utf-8", "surrogatepass")
        except UnicodeDecodeError as exc:
            raise XMLRefused("decode", f"not {codec} as the XML declares: {exc.reason}") from None

    return True, recoded()


def _tag(name: str) -> str:
    """expat's "namespace}local" as ElementTree's "{namespace}local"."""
    return "{" + name if "}" in name else name


def iter_items(
    pieces: Iterable[bytes],
    *,
    accept_root: Callable[[str], bool],
    is_item: Callable[[str, int], bool],
    max_bytes: int,
) -> Iterator[Element]:
    """The elements of a document that ``is_item(local_name, depth)`` selects, each
    built whole and handed over as soon as it ends.

    Raises :class:`XMLRefused`: type ``"markup"`` where ``accept_root`` refuses
    the root element's local name, ``"format"`` for XML that is not well-formed,
    declares entities, nests deeper than :data:`MAX_DEPTH` or holds more than
    ``max_bytes`` without a complete item, ``"decode"`` for an encoding that
    is not known or bytes that are not in it. An encoding expat does not read
    (UTF-32, Shift_JIS, Big5 ...) is decoded by Python and given to expat as UTF-8.
    """
    recoded, pieces = _as_utf_8(pieces)
    parser = expat.ParserCreate("utf-8" if recoded else None, namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SkippedEntityHandler = lambda _name, _is_parameter: None
    done: list[Element] = []
    builder: TreeBuilder | None = None
    depth = item_depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal builder, depth, item_depth
        depth += 1
        if depth > MAX_DEPTH:
            raise XMLRefused("format", f"elements nested deeper than {MAX_DEPTH}")
        tag = _tag(name)
        if depth == 1 and not accept_root(local_name(tag)):
            raise XMLRefused("markup", f"XML whose root is <{local_name(tag)}>: no reader takes it")
        if builder is None and is_item(local_name(tag), depth):
            builder, item_depth = TreeBuilder(), depth
        if builder is not None:
            builder.start(tag, {_tag(key): value for key, value in attributes.items()})

    def end(name: str) -> None:
        nonlocal builder, depth
        if builder is not None:
            builder.end(_tag(name))
            if depth == item_depth:
                done.append(builder.close())
                builder = None
        depth -= 1

    def data(content: str) -> None:
        if builder is not None:
            builder.data(content)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    pending = 0  # bytes read since the last complete item
    try:
        for piece in pieces:
            parser.Parse(piece, False)
            pending += len(piece)
            if done:
                pending = 0
                yield from done
                done.clear()
            elif pending > max_bytes:
                raise XMLRefused("too-large", f"more than {max_bytes:,} bytes of XML without a complete story")
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise XMLRefused("format", f"not well-formed XML: {expat.ErrorString(exc.code)}, "
                         f"line {exc.lineno}, column {exc.offset}") from None
    except (ValueError, LookupError) as exc:  # an encoding expat cannot take, however declared
        raise XMLRefused("decode", f"XML in an encoding that cannot be read: {exc}") from None
    yield from done


def children(element: Element | None, name: str) -> list[Element]:
    """The element's children of local name ``name`` (none for no element)."""
    if element is None:
        return []
    return [node for node in element if isinstance(node.tag, str) and local_name(node.tag) == name]


def child(element: Element | None, name: str) -> Element | None:
    """The element's first child of local name ``name``, if any."""
    found = children(element, name)
    return found[0] if found else None


def descendant(element: Element | None, name: str) -> Element | None:
    """The first element of local name ``name`` below ``element``, if any."""
    if element is None:
        return None
    return next((node for node in element.iter() if isinstance(node.tag, str) and local_name(node.tag) == name
                 and node is not element), None)


def text(element: Element | None) -> str:
    """All the text inside ``element``, white space collapsed ("" for none)."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
