"""ninjs JSON files: one item, an array of items, or one item a line (JSON Lines).

Items are decoded one at a time, so that a large array streams; each
becomes a story through :func:`~newsmodel.from_ninjs`, named by its ``uri``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

from ..lexicon import Lexicon
from ..ninjs import from_ninjs
from ._head import Head
from ._input import Options
from .story import Part, Story, StoryError, article_story

__all__ = ["FORMAT", "read_ninjs", "read_ninjs_part", "sniff_ninjs", "split_ninjs"]

FORMAT: Final = "ninjs"
_DECODER = json.JSONDecoder()
# White space between values, and the commas between the items of an array
_GAP = re.compile(r"[ \t\r\n]*")
_GAP_IN_ARRAY = re.compile(r"[ \t\r\n,]*")
# The item's own fields kept as metadata: its identity and dates, not its text.
_METADATA = (
    "uri", "type", "version", "firstCreated", "versionCreated", "contentCreated", "language", "urgency",
    "pubStatus", "copyrightHolder", "usageTerms", "profile",
)


def sniff_ninjs(head: Head) -> bool:
    """Whether ``head`` opens ninjs: a JSON value (an item, or an array of
    them). Raises nothing.

    >>> sniff_ninjs(Head.of(b'{"uri": "urn:a", "body_text": "Up."}'))
    True
    """
    return head.json


def _text(pieces: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 text of the byte pieces, a character never cut in two (a BOM dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")
    for piece in pieces:
        yield decoder.decode(piece)
    yield decoder.decode(b"", final=True)


def _values(pieces: Iterable[bytes], max_bytes: int) -> Iterator[tuple[Any, str] | StoryError]:
    """The JSON values of the input one by one, each with its JSON text: the
    items of a top-level array, or values one after another (JSON Lines). A
    value that does not decode, or is longer than ``max_bytes``, ends it.

    Linear: one scan position moves through the text read; only the value
    not yet complete is carried over when more text is read, and a value
    cut by the end of the text read so far is tried again once the text has
    doubled, so that a long value costs a few attempts, not one per piece.
    """
    text = _text(pieces)
    buffer = ""
    position = 0
    exhausted = False
    in_array: bool | None = None
    wanted = 0
    item = 1
    while True:
        gap = (_GAP_IN_ARRAY if in_array else _GAP).match(buffer, position)
        position = gap.end() if gap is not None else position
        left = len(buffer) - position
        if in_array is None and left:
            in_array = buffer.startswith("[", position)
            position += in_array
            continue
        if in_array and buffer.startswith("]", position):
            return
        if left and (exhausted or left >= wanted):
            try:
                value, end = _DECODER.raw_decode(buffer, position)
            except RecursionError:
                yield _not_json("arrays or objects nested too deep", item)
                return
            except json.JSONDecodeError as exc:
                if exhausted:
                    yield _not_json(exc.msg, item)
                    return
                if left > max_bytes:
                    yield StoryError(type="too-large", message=f"item {item} is longer than {max_bytes:,} bytes")
                    return
                wanted = 2 * left
            except ValueError as exc:  # JSON that Python refuses: an integer of more than 4,300 digits
                yield _not_json(str(exc).split(";")[0], item)
                return
            else:
                yield value, buffer[position:end]
                position, wanted, item = end, 0, item + 1
                continue
        elif exhausted:
            if in_array:
                yield _not_json("the array is not closed", item)
            return
        more: list[str] = []
        size = left
        while not exhausted and (size < wanted or len(more) == 0):
            piece = next(text, None)
            exhausted = piece is None
            more.append(piece or "")
            size += len(piece or "")
        buffer, position = buffer[position:] + "".join(more), 0


def _not_json(why: str, item: int) -> StoryError:
    return StoryError(type="json", message=f"not JSON: {why} at item {item}")


def _source(value: Any, source: str, index: int) -> str:
    uri = value.get("uri") if isinstance(value, dict) else None
    return f"{source}#uri={uri}" if isinstance(uri, str) and uri else f"{source}#item={index}"


def _story(value: Any, story_source: str, lexicon: Lexicon | None = None) -> Story:
    if not isinstance(value, dict):
        return Story(source=story_source, format=FORMAT,
                     error=StoryError(type="format", message="a ninjs item is a JSON object"))
    lowered = {str(key).lower(): key for key in value}
    metadata = {name: value[lowered[name.lower()]] for name in _METADATA if name.lower() in lowered}
    metadata = {name: inner for name, inner in metadata.items() if isinstance(inner, (str, int, float, bool))}
    try:
        article = from_ninjs(value, lexicon=lexicon)
    except ValueError as exc:
        return Story(source=story_source, format=FORMAT, metadata=metadata,
                     error=StoryError(type="format", message=str(exc)))
    return article_story(source=story_source, format=FORMAT, article=article, metadata=metadata, what="ninjs item")


def split_ninjs(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Part]:
    """Each item of a ninjs JSON file as its JSON text, named by its ``uri``, not read.
    JSON that does not decode ends the file with a part that holds the error."""
    for index, found in enumerate(_values(pieces, options.max_story_bytes), 1):
        if isinstance(found, StoryError):
            yield Part(source=source, format=FORMAT, error=found)
            return
        value, text = found
        yield Part(source=_source(value, source, index), format=FORMAT, data=text.encode("utf-8"))


def read_ninjs_part(part: Part, options: Options) -> Iterator[Story]:
    """The story of one item cut by :func:`split_ninjs` (JSON is UTF-8: of the
    options, only the lexicon counts)."""
    if part.error is not None:
        yield Story(source=part.source, format=FORMAT, error=part.error)
        return
    try:
        value = json.loads(part.data)
    except (ValueError, RecursionError) as exc:  # a part made by hand, not cut by split_ninjs
        yield Story(source=part.source, format=FORMAT, error=StoryError(type="json", message=f"not JSON: {exc}"))
        return
    yield _story(value, part.source, options.lexicon)


def read_ninjs(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """Each ninjs item of a JSON file."""
    for part in split_ninjs(pieces, source=source, options=options):
        yield from read_ninjs_part(part, options)
