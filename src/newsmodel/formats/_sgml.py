"""SGML as the news archives wrote it: elements cut out of a byte stream, their
children, attributes and entities. Linear on any input: no backtracking regex
spans more than one tag.

>>> [(c.name, c.content) for c in children("<TITLE>A &amp; B</TITLE><BODY>Text</BODY>")]
[('TITLE', 'A &amp; B'), ('BODY', 'Text')]
>>> decode_entities("&lt;GTOS&gt; rose&#3;")
'<GTOS> rose'
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Callable, Iterable, Iterator

from attrs import frozen

from ._input import Options, decode
from .story import Part, Story, StoryError

__all__ = [
    "Child", "Cut", "attributes", "children", "cut_elements", "cut_parts", "decode_entities", "read_element", "squash",
]

# A start or end tag: <TEXT TYPE="UNPROC">, </BODY>. Attributes are bounded, so that
# a stray "<" costs at most the bound.
_TAG = re.compile(r"<(/?)([A-Za-z][\w.\-]{0,63})(\s[^<>]{0,2000})?>")
# NAME="value", NAME='value' or NAME=value
_ATTRIBUTE = re.compile(r"""([A-Za-z][\w.\-]{0,63})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# &amp; &#3; &#x2014;
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));")
# C0 control characters but tab and line ends: the archives' &#2; and &#3; marks, raw or as entities
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KEPT_FOR_ID = 4096  # bytes of a story that is refused, kept to find its id


@frozen
class Child:
    """An element inside another: its name (upper case), attributes and raw content."""

    name: str
    attributes: dict[str, str]
    content: str


@frozen
class Cut:
    """An element cut out of the byte stream; ``error`` says why it is incomplete
    (then ``data`` holds only its first bytes)."""

    data: bytes
    error: StoryError | None = None


def _broken(message: str) -> StoryError:
    return StoryError(type="format", message=message)


def _too_long(name: str, max_bytes: int) -> StoryError:
    return StoryError(type="too-large", message=f"a <{name}> element longer than {max_bytes:,} bytes")


def attributes(text: str) -> dict[str, str]:
    """The attributes of a start tag's text, names in upper case.

    >>> attributes(' TOPICS="YES" NEWID=12')
    {'TOPICS': 'YES', 'NEWID': '12'}
    """
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(match.group(1).upper(), value)
    return found


def children(text: str) -> list[Child]:
    """The elements at the top level of ``text``, in order. An element runs to its
    own end tag; one that is never closed runs to the end of ``text``."""
    found: list[Child] = []
    name = ""
    attrs: dict[str, str] = {}
    start = -1
    for tag in _TAG.finditer(text):
        closing, tag_name = tag.group(1) == "/", tag.group(2).upper()
        if start < 0:
            if not closing:
                name, attrs, start = tag_name, attributes(tag.group(3) or ""), tag.end()
        elif closing and tag_name == name:
            found.append(Child(name, attrs, text[start : tag.start()]))
            start = -1
    if start >= 0:
        found.append(Child(name, attrs, text[start:]))
    return found


def _entity(match: re.Match[str]) -> str:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        code = html.entities.name2codepoint.get(name) or html.entities.name2codepoint.get(name.lower())
        return chr(code) if code is not None else match.group(0)
    number = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(number) if 0 < number <= 0x10FFFF else ""


def decode_entities(text: str) -> str:
    """Entities replaced by their characters, and control characters dropped.
    An entity of an unknown name stays as it is."""
    return _CONTROL.sub("", _ENTITY.sub(_entity, text))


def squash(text: str) -> str:
    """The value of a short field: tags dropped, entities decoded, white space collapsed.

    >>> squash("<P> Rain &amp;  wind </P>")
    'Rain & wind'
    """
    return " ".join(decode_entities(_TAG.sub(" ", text)).split())


def cut_elements(pieces: Iterable[bytes], name: str, max_bytes: int) -> Iterator[Cut]:
    """Each ``<name ...>...</name>`` element of a byte stream, one at a time.

    What lies between elements is skipped. An element longer than
    ``max_bytes``, one cut short by the next start tag and one left open at
    the end come back incomplete, with their first bytes; memory stays
    within ``max_bytes`` and a chunk. Linear: one scan position moves
    forward through the stream, every byte is looked at a bounded number
    of times, and nothing but whole elements is copied.
    """
    escaped = re.escape(name.encode())
    start_tag = re.compile(rb"<" + escaped + rb"(?=[\s>])", re.IGNORECASE)
    # the next tag of the element, start or end: whichever comes first ends what is before it
    next_tag = re.compile(rb"<(?:(?P<end>/" + escaped + rb"\s{0,16}>)|" + escaped + rb"(?=[\s>]))", re.IGNORECASE)
    keep = len(name) + 20  # bytes at the end that may hold the start of a tag
    buffer = bytearray()
    inside = skipping = False
    scanned = 0  # where the search goes on from: what is before it holds no tag of the element
    for piece in pieces:
        buffer += piece
        while True:
            if skipping:  # the rest of an element too long to keep: up to its end or the next start
                tag = next_tag.search(buffer, scanned)
                if tag is None:
                    del buffer[: max(0, len(buffer) - keep)]
                    scanned = 0
                    break
                del buffer[: tag.end() if tag.group("end") else tag.start()]
                skipping, scanned = False, 0
            if not inside:
                start = start_tag.search(buffer, scanned)
                if start is None:
                    del buffer[: max(0, len(buffer) - keep)]
                    scanned = 0
                    break
                del buffer[: start.start()]
                inside, scanned = True, 1
            tag = next_tag.search(buffer, scanned)
            if tag is not None and not tag.group("end"):  # the next start tag, before any end tag
                cut_short = bytes(buffer[: min(tag.start(), _KEPT_FOR_ID)])
                yield Cut(cut_short, _broken(f"no </{name}> before the next <{name}>"))
                del buffer[: tag.start()]
                scanned = 1
                continue
            if tag is not None:
                if tag.end() > max_bytes:
                    yield Cut(bytes(buffer[:_KEPT_FOR_ID]), _too_long(name, max_bytes))
                else:
                    yield Cut(bytes(buffer[: tag.end()]))
                del buffer[: tag.end()]
                inside, scanned = False, 0
                continue
            if len(buffer) > max_bytes:
                yield Cut(bytes(buffer[:_KEPT_FOR_ID]), _too_long(name, max_bytes))
                buffer.clear()
                inside, skipping, scanned = False, True, 0
                break
            scanned = max(1, len(buffer) - keep)
            break
    if inside:
        yield Cut(bytes(buffer[:_KEPT_FOR_ID]), _broken(f"the input ends inside a <{name}> element"))


def cut_parts(
    pieces: Iterable[bytes],
    *,
    element: str,
    format_: str,
    max_bytes: int,
    source_of: Callable[[bytes, int], str],
) -> Iterator[Part]:
    """Each ``element`` of an SGML stream as a :class:`Part`, not read:
    ``source_of(first bytes, position)`` names it. An element cut short or
    longer than ``max_bytes`` is a part with its error."""
    for index, cut in enumerate(cut_elements(pieces, element, max_bytes), 1):
        yield Part(source=source_of(cut.data, index), format=format_, data=cut.data if cut.error is None else b"",
                   error=cut.error)


def read_element(
    part: Part, options: Options, stories_of: Callable[[str, str], Iterable[Story]]
) -> Iterator[Story]:
    """The stories of a part cut by :func:`cut_parts`: its bytes decoded and
    read by ``stories_of(text, source)``; a part whose bytes do not decode,
    or that holds an error, is a failed story."""
    if part.error is not None:
        yield Story(source=part.source, format=part.format, error=part.error)
        return
    text = decode(part.data, options)
    if isinstance(text, StoryError):
        yield Story(source=part.source, format=part.format, error=text)
    else:
        yield from stories_of(text, part.source)
