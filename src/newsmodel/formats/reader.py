"""Stories out of a file in any format the readers know: the format detected, or forced."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from ..lexicon import Lexicon
from ._input import MAX_STORY_BYTES, InputData, Options, chunks, head_and_chunks
from ._table import FORMAT_TABLE, Format, FormatName, Reader, Split
from .markup import MARKUP_HINT
from .sniff import FORMATS, detect_format
from .story import Part, Story, StoryError

__all__ = ["MARKUP_HINT", "READERS", "SPLIT_FORMATS", "read_part", "read_stories", "split_stories"]

_ROWS: Final[Mapping[str, Format]] = {row.name: row for row in FORMAT_TABLE}

#: The reader of each format ``--from`` may force (every one but markup, which is never read).
READERS: Final[Mapping[str, Reader]] = {row.name: row.read for row in FORMAT_TABLE if row.forcible}

# How the files of each format that holds many stories are cut into parts, and how a part is read.
_SPLIT: Final[Mapping[str, Split]] = {row.name: row.split for row in FORMAT_TABLE if row.split is not None}
#: The formats whose files :func:`split_stories` cuts into parts.
SPLIT_FORMATS: Final[tuple[FormatName, ...]] = tuple(row.name for row in FORMAT_TABLE if row.split is not None)


def read_stories(
    data: InputData,
    *,
    source: str,
    format: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_story_bytes: int = MAX_STORY_BYTES,
    lexicon: Lexicon | None = None,
) -> Iterator[Story]:
    """Each story of ``data`` (bytes, a binary stream or an iterable of byte
    chunks), read one at a time.

    ``source`` names the input (a file name); each story's source adds the
    story's id (``reut2-000.sgm#NEWID=1``). ``format`` forces a reader; by
    default :func:`~newsmodel.formats.detect_format` picks it from the first
    bytes and ``source``'s extension. Markup gives one story with a
    ``"markup"`` error and is never read as prose. ``encoding`` and
    ``errors`` decode text and SGML (XML says its own encoding, JSON is
    UTF-8). A story over ``max_story_bytes`` gives a ``"format"`` error, so
    that memory stays bounded however large the file. ``lexicon`` is the one
    the stories are parsed by (``None``: the package's).

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
    options = Options(encoding=encoding, errors=errors, max_story_bytes=max_story_bytes, lexicon=lexicon)
    split = _SPLIT.get(chosen)
    if split is not None:
        for part in _parts(pieces, chosen, source, options):
            yield from split.read(part, options)
        return
    empty = True
    for story in _ROWS[chosen].read(pieces, source=source, options=options):
        empty = False
        yield story
    if empty:  # every input gives a record, an empty archive too
        yield Story(source=source, format=chosen, error=_no_story(chosen))


def _no_story(format_: str) -> StoryError:
    return StoryError(type="input", message=f"no story: a {format_} input without one")


def _parts(pieces: Iterable[bytes], format_: str, source: str, options: Options) -> Iterator[Part]:
    empty = True
    for part in _SPLIT[format_].cut(pieces, source=source, options=options):
        empty = False
        yield part
    if empty:
        yield Part(source=source, format=format_, error=_no_story(format_))


def split_stories(
    data: InputData, *, source: str, format: str, max_story_bytes: int = MAX_STORY_BYTES
) -> Iterator[Part]:
    """The stories of an archive cut apart, not read: one :class:`Part` per
    story, lazily, in order. ``format`` is one of :data:`SPLIT_FORMATS`
    (the formats whose files hold many stories); ``source`` and
    ``max_story_bytes`` are as for :func:`read_stories`, and so are the
    parts' sources. Cutting costs a fraction of reading: one process can cut
    a large archive and others read its parts with :func:`read_part`, so
    that ``[s for p in split_stories(...) for s in read_part(p)]`` equals
    ``list(read_stories(...))``. A part that could not be cut whole holds its
    error; an archive without a story gives one part with an ``"input"``
    error. Never raises for bad input.

    >>> sgml = b'<REUTERS NEWID="1"><TEXT><BODY>Oil rose.</BODY></TEXT></REUTERS>'
    >>> sgml += b'<REUTERS NEWID="2"><TEXT><BODY>Gold fell.</BODY></TEXT></REUTERS>'
    >>> parts = list(split_stories(sgml, source="r.sgm", format="reuters21578"))
    >>> [part.source for part in parts]
    ['r.sgm#NEWID=1', 'r.sgm#NEWID=2']
    >>> [story.article.paragraphs for part in parts for story in read_part(part)]
    [('Oil rose.',), ('Gold fell.',)]
    """
    if format not in _SPLIT:
        raise ValueError(f"format {format!r} is not cut into parts: one of {', '.join(SPLIT_FORMATS)}")
    yield from _parts(chunks(data), format, source, Options(max_story_bytes=max_story_bytes))


def read_part(
    part: Part, *, encoding: str = "utf-8", errors: str = "strict", lexicon: Lexicon | None = None
) -> Iterator[Story]:
    """The stories of a part cut by :func:`split_stories` (an AP "in brief"
    ``<DOC>`` holds several): decoded as ``encoding`` and ``errors`` say
    (SGML; ninjs is UTF-8). A part that holds an error gives one story with
    it; never raises for bad bytes, and raises ``ValueError`` for a part
    whose format is not one of :data:`SPLIT_FORMATS`."""
    if part.format not in _SPLIT:
        raise ValueError(f"format {part.format!r} is not cut into parts: one of {', '.join(SPLIT_FORMATS)}")
    return _SPLIT[part.format].read(part, Options(encoding=encoding, errors=errors, lexicon=lexicon))
