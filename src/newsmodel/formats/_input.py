"""Input for the readers: bytes or a binary stream as chunks, the limits, and decoding."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final

from attrs import frozen

from ..lexicon import Lexicon
from ._decoding import NotText, decode_text
from .story import StoryError

__all__ = ["CHUNK_BYTES", "HEAD_BYTES", "InputData", "Options", "chunks", "decode", "head_and_chunks"]

CHUNK_BYTES: Final = 1 << 16
#: How much of the input :func:`~newsmodel.formats.detect_format` looks at.
HEAD_BYTES: Final = 1 << 16
#: No story of a wire is longer; a longer one is refused, so that memory stays bounded.
MAX_STORY_BYTES: Final = 8 << 20

#: Bytes, a binary stream (an open file, ``sys.stdin.buffer``), or an iterable of byte chunks.
InputData = bytes | bytearray | memoryview | BinaryIO | Iterable[bytes]


@frozen(kw_only=True)
class Options:
    """How the readers decode text, the largest story they take, and the
    lexicon the stories are parsed by (``None``: the package's)."""

    encoding: str = "utf-8"
    errors: str = "strict"
    max_story_bytes: int = MAX_STORY_BYTES
    lexicon: Lexicon | None = None


def chunks(data: InputData, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The input in pieces: bytes and streams in pieces of at most ``size`` bytes,
    chunks as they come; streams and chunks are read as the pieces are needed."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        view = memoryview(data)
        for start in range(0, len(view), size):
            yield bytes(view[start : start + size])
        return
    if not hasattr(data, "read"):
        yield from (bytes(piece) for piece in data if piece)
        return
    while True:
        piece = data.read(size)
        if not piece:
            return
        yield bytes(piece)


def head_and_chunks(data: InputData) -> tuple[bytes, Iterator[bytes]]:
    """The first :data:`HEAD_BYTES` of the input (or all of it), and every chunk from the start."""
    pieces = chunks(data)
    held: list[bytes] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece)
        if size >= HEAD_BYTES:
            break

    def replay() -> Iterator[bytes]:
        yield from held
        yield from pieces

    return b"".join(held)[:HEAD_BYTES], replay()


def decode(data: bytes, options: Options) -> str | StoryError:
    """Text of a story's bytes, or why they are not text: decoded as
    :mod:`newsmodel.bulk` and the command line decode (a byte-order mark,
    UTF-16 and UTF-32 read, NUL characters looked for after decoding)."""
    try:
        return decode_text(data, options.encoding, options.errors)
    except NotText as failure:
        return StoryError(type=failure.type, message=failure.message)
