"""Stories out of a file in any format the readers know: the format detected, or forced."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from ._input import MAX_STORY_BYTES, Options, Source, head_and_chunks
from .newsml_g2 import read_newsml_g2
from .ninjs import read_ninjs
from .nitf import read_nitf
from .reuters21578 import read_reuters21578
from .sniff import FORMATS, detect_format
from .story import Story, StoryError
from .text import read_text
from .trec import read_trec

__all__ = ["MARKUP_HINT", "READERS", "read_stories"]

Reader = Callable[..., Iterator[Story]]

#: The reader of each format but markup, which is never read.
READERS: Final[Mapping[str, Reader]] = {
    "reuters21578": read_reuters21578,
    "trec": read_trec,
    "nitf": read_nitf,
    "newsml-g2": read_newsml_g2,
    "ninjs": read_ninjs,
    "text": read_text,
}

#: What a markup record says.
MARKUP_HINT: Final = (
    "HTML or other markup, not wire copy: extract the article's text first "
    "(or give a format that reads it: NITF, NewsML-G2, ninjs, Reuters-21578, TREC)"
)


def _markup(pieces: Iterable[bytes], *, source: str, options: Options) -> Iterator[Story]:
    del pieces, options  # markup is never read as prose
    yield Story(source=source, format="markup", error=StoryError(type="markup", message=MARKUP_HINT))


def read_stories(
    data: Source,
    *,
    source: str,
    format: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_story_bytes: int = MAX_STORY_BYTES,
) -> Iterator[Story]:
    """Each story of ``data`` (bytes or a binary stream), read one at a time.

    ``source`` names the input (a file name); each story's source adds the
    story's id (``reut2-000.sgm#NEWID=1``). ``format`` forces a reader; by
    default :func:`~newsmodel.formats.detect_format` picks it from the first
    bytes and ``source``'s extension. Markup gives one story with a
    ``"markup"`` error and is never read as prose. ``encoding`` and
    ``errors`` decode text and SGML (XML says its own encoding, JSON is
    UTF-8). A story over ``max_story_bytes`` gives a ``"format"`` error, so
    that memory stays bounded however large the file.

    A story that cannot be read comes back with its error, and an input
    without a story gives one with an ``"input"`` error: there is always a
    story, and this never raises for bad input.

    >>> [s.source for s in read_stories(b"PARIS (Reuters) - Prices rose.", source="a.txt")]
    ['a.txt']
    >>> story, = read_stories(b"<html><body><p>Hi</p></body></html>", source="page.html")
    >>> story.error.type
    'markup'
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: one of {', '.join(FORMATS)}")
    head, pieces = head_and_chunks(data)
    chosen = format or detect_format(head, source)
    reader = READERS.get(chosen, _markup)
    options = Options(encoding=encoding, errors=errors, max_story_bytes=max_story_bytes)
    empty = True
    for story in reader(pieces, source=source, options=options):
        empty = False
        yield story
    if empty:  # every input gives a record, an empty archive too
        message = f"no story: a {chosen} input without one"
        yield Story(source=source, format=chosen, error=StoryError(type="input", message=message))
