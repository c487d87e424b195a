"""Plain text: the whole input is one story, read by :func:`~newsmodel.parse_article`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..article import parse_article
from ._input import Options, decode
from .story import Story, StoryError

__all__ = ["FORMAT", "read_text"]

FORMAT = "text"


def read_text(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    """The one story of a text, or why it is not text."""
    held = bytearray()
    for piece in pieces:
        held += piece
        if len(held) > options.max_story_bytes:
            message = f"a text longer than {options.max_story_bytes:,} bytes is no single story: split it first"
            yield Story(source=source, format=FORMAT, error=StoryError(type="too-large", message=message))
            return
    text = decode(bytes(held), options)
    if isinstance(text, StoryError):
        yield Story(source=source, format=FORMAT, error=text)
    elif not text.strip():
        yield Story(source=source, format=FORMAT, error=StoryError(type="input", message="no text"))
    else:
        yield Story(source=source, format=FORMAT, article=parse_article(text))
