"""ninjs JSON files: one item, an array of items, or one item a line (JSON Lines).

Items are decoded one at a time, so that a large array streams; each
becomes a story through :func:`~newsmodel.from_ninjs`, named by its ``uri``.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..ninjs import from_ninjs
from ._input import Options
from .story import Story, StoryError

__all__ = ["FORMAT", "read_ninjs"]

FORMAT = "ninjs"
_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"
# The item's own fields kept as metadata: its identity and dates, not its text.
_METADATA = (
    "uri", "type", "version", "firstCreated", "versionCreated", "contentCreated", "language", "urgency",
    "pubStatus", "copyrightHolder", "usageTerms", "profile",
)


def _text(pieces: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 text of the byte pieces, a character never cut in two (a BOM dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")
    for piece in pieces:
        yield decoder.decode(piece)
    yield decoder.decode(b"", final=True)


def _values(pieces: Iterable[bytes], max_bytes: int) -> Iterator[Any | json.JSONDecodeError]:
    """The JSON values of the input one by one: the items of a top-level array, or
    values one after another (JSON Lines). A value that does not decode ends it.

    A value cut by the end of the text read so far is tried again once the text
    has doubled, so that a long value costs a few attempts, not one per piece.
    """
    text = _text(pieces)
    buffer = ""
    exhausted = False
    in_array: bool | None = None
    wanted = 0
    while True:
        buffer = buffer.lstrip(_SPACE + ("," if in_array else ""))
        if in_array is None and buffer:
            in_array = buffer.startswith("[")
            buffer = buffer[1:] if in_array else buffer
            continue
        if in_array and buffer.startswith("]"):
            return
        if buffer and (exhausted or len(buffer) >= wanted):
            try:
                value, end = _DECODER.raw_decode(buffer)
            except RecursionError:
                yield json.JSONDecodeError("arrays or objects nested too deep", "", 0)
                return
            except json.JSONDecodeError as exc:
                if exhausted or len(buffer) > max_bytes:
                    yield exc if exhausted else json.JSONDecodeError(f"a value over {max_bytes} bytes", "", 0)
                    return
                wanted = 2 * len(buffer)
            else:
                yield value
                buffer, wanted = buffer[end:], 0
                continue
        elif exhausted:
            if in_array:
                yield json.JSONDecodeError("the array is not closed", "", 0)
            return
        piece = next(text, None)
        exhausted = piece is None
        buffer += piece or ""


def _story(value: Any, source: str, index: int) -> Story:
    uri = value.get("uri") if isinstance(value, dict) else None
    story_source = f"{source}#uri={uri}" if isinstance(uri, str) and uri else f"{source}#item={index}"
    if not isinstance(value, dict):
        return Story(source=story_source, format=FORMAT,
                     error=StoryError(type="format", message="a ninjs item is a JSON object"))
    lowered = {str(key).lower(): key for key in value}
    metadata = {name: value[lowered[name.lower()]] for name in _METADATA if name.lower() in lowered}
    metadata = {name: inner for name, inner in metadata.items() if isinstance(inner, (str, int, float, bool))}
    try:
        article = from_ninjs(value)
    except ValueError as exc:
        return Story(source=story_source, format=FORMAT, metadata=metadata,
                     error=StoryError(type="format", message=str(exc)))
    return Story(source=story_source, format=FORMAT, article=article, metadata=metadata)


def read_ninjs(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """Each ninjs item of a JSON file."""
    for index, value in enumerate(_values(pieces, options.max_story_bytes), 1):
        if isinstance(value, json.JSONDecodeError):
            message = f"not JSON: {value.msg} at item {index}"
            yield Story(source=source, format=FORMAT, error=StoryError(type="json", message=message))
            return
        yield _story(value, source, index)
