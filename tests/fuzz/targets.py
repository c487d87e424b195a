"""What the fuzzers run: bytes in, a crash out only where newsmodel breaks a promise.

The first byte of the input picks the target; the rest is its input. Each
target calls one entry point and checks what the documentation promises of it:
``read_stories`` and ``split_stories`` never raise for bad input and give at
least one story; ``from_json`` raises only ``ValidationError``; ``from_ninjs``
only ``ValueError``; ``parse_article`` never raises, its article formats, goes
to ninjs and JSON and reads back.

>>> run(bytes([0]) + b"PARIS (Reuters) - Prices rose.")
>>> TARGETS[0][0]
'parse_article'
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Final

from newsmodel import format_article, from_json, from_ninjs, parse_article, to_json, to_ninjs
from newsmodel.errors import ValidationError
from newsmodel.formats import FORMATS, SPLIT_FORMATS, read_part, read_stories, split_stories

__all__ = ["TARGETS", "run"]

# Small caps, so that one input costs little: the fuzzers look for faults, the benchmarks for cost.
_MAX_STORY_BYTES: Final = 1 << 16


def _parse_article(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    article = parse_article(text)
    copy = format_article(article)
    assert isinstance(copy, str)
    json.dumps(to_ninjs(article))
    assert from_json(to_json(article)) == article


def _read(format_: str | None) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        stories = list(read_stories(data, source="fuzz", format=format_, errors="replace",
                                    max_story_bytes=_MAX_STORY_BYTES))
        assert stories, "every input gives a story"
        for story in stories:
            assert (story.article is None) != (story.error is None)
    return target


def _split(format_: str) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        parts = list(split_stories(data, source="fuzz", format=format_, max_story_bytes=_MAX_STORY_BYTES))
        assert parts, "every input gives a part"
        for part in parts:
            assert list(read_part(part, errors="replace"))
    return target


def _from_json(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        from_json(data)


def _from_ninjs(data: bytes) -> None:
    try:
        item = json.loads(data)
    except (ValueError, RecursionError):
        return
    try:
        article = from_ninjs(item)
    except ValueError:
        return
    format_article(article)


#: The targets by name, in the order the first byte picks them.
TARGETS: Final[tuple[tuple[str, Callable[[bytes], None]], ...]] = (
    ("parse_article", _parse_article),
    ("from_json", _from_json),
    ("from_ninjs", _from_ninjs),
    ("read_stories", _read(None)),
    *((f"read_stories:{name}", _read(name)) for name in FORMATS if name != "markup"),
    *((f"split_stories:{name}", _split(name)) for name in SPLIT_FORMATS),
)


def run(data: bytes) -> None:
    """Run the target the first byte of ``data`` picks on the rest of it."""
    if not data:
        return
    TARGETS[data[0] % len(TARGETS)][1](data[1:])
