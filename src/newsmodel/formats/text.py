"""Plain text: the whole input is one story, read by :func:`~newsmodel.parse_article`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from ..article import parse_article
from ._head import Head
from ._input import Options, decode
from .story import Story, StoryError

__all__ = ["FORMAT", "read_text", "sniff_text"]

FORMAT: Final = "text"


def sniff_text(head: Head) -> bool:
    """Whether ``head`` opens text: always, for text is what no format before it
    in the table claims. Raises nothing.

    >>> sniff_text(Head.of(b"PARIS (Reuters) - Up."))
    True
    """
    del head  # the last row: whatever no other format claims
    return True


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
        yield Story(source=source, format=FORMAT, article=parse_article(text, lexicon=options.lexicon))
