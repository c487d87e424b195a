"""The worst shapes of input for each reader and for ``parse_article``, at any size.

``tests/test_linear_readers.py`` runs them small, ``benchmarks/worst_shapes.py``
at 1 MB and 4 MB. Each shape makes ``size`` bytes (about) and says how to
read them; reading is what is timed.

>>> data = SHAPES["trec: <DOC> never closed"].make(50)
>>> data[:10], len(data)
(b'<DOC><DOC>', 50)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs

from newsmodel import parse_article
from newsmodel.formats import read_stories, split_stories

__all__ = ["SHAPES", "Shape"]

_STORY = (Path(__file__).resolve().parent.parent / "seeds" / "reuters-yoon-apec.txt").read_text(encoding="utf-8")


@attrs.frozen
class Shape:
    """``make(size)`` gives the input; ``run(data)`` the work to time."""

    make: Callable[[int], bytes]
    run: Callable[[bytes], Callable[[], object]]
    #: the size the tests run it at: large enough that quadratic cost would show
    test_size: int = 60_000


def _repeat(unit: bytes, before: bytes = b"", after: bytes = b"") -> Callable[[int], bytes]:
    return lambda size: before + unit * max(1, (size - len(before) - len(after)) // len(unit)) + after


def _reader(format_: str) -> Callable[[bytes], Callable[[], object]]:
    """Every story read and let go, as the command line does: the reader's own cost, not that of a list of them.
    The input comes as one chunk, the worst case: a reader must not rescan what it holds."""
    return lambda data: lambda: deque(read_stories([data], source="x", format=format_, max_story_bytes=1 << 30), 0)


def _parser(data: bytes) -> Callable[[], object]:
    text = data.decode("utf-8")
    return lambda: parse_article(text)


def _cutter(format_: str) -> Callable[[bytes], Callable[[], object]]:
    """Every part cut and let go, as the main process of the command line cuts an archive."""
    return lambda data: lambda: deque(split_stories([data], source="x", format=format_, max_story_bytes=1 << 30), 0)


SHAPES: Final[dict[str, Shape]] = {
    "reuters21578: <REUTERS> never closed": Shape(_repeat(b"<REUTERS>"), _reader("reuters21578")),
    "trec: <DOC> never closed": Shape(_repeat(b"<DOC>"), _reader("trec")),
    "nitf: many paragraphs": Shape(
        _repeat(b"<p>a</p>", b"<nitf><body><body.content>", b"</body.content></body></nitf>"), _reader("nitf")
    ),
    "newsml-g2: many items": Shape(
        _repeat(b'<newsItem guid="g"><contentSet><inlineData>Up.</inlineData></contentSet></newsItem>',
                b"<newsMessage><itemSet>", b"</itemSet></newsMessage>"),
        _reader("newsml-g2"),
    ),
    # many small items held at once (after a large one, or read in one large chunk), each once copied the rest
    "ninjs: many small items, cut": Shape(_repeat(b"{}, ", b"[", b"{}]"), _cutter("ninjs"), test_size=200_000),
    "ninjs: many small items, read": Shape(_repeat(b"{}, ", b"[", b"{}]"), _reader("ninjs"), test_size=20_000),
    "text: quote-dense \u201ca": Shape(_repeat("\u201ca".encode()), _parser),
    'text: quote-dense "a': Shape(_repeat(b'"a '), _parser),
    "text: one-character lines": Shape(_repeat(b"w\n"), _parser),
    "text: prose": Shape(_repeat((_STORY + "\n\n").encode()), _parser),
}
