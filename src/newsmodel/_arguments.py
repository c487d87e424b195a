"""The text argument of the parsers: a ``str``, or a ``TypeError`` that says
what to pass instead (a path, bytes or an open file are the usual slips).

>>> require_text(b"Shares rose.", "parse_article")
Traceback (most recent call last):
TypeError: parse_article() takes the text as a str, not bytes: pass data.decode("utf-8")
"""

from __future__ import annotations

from io import IOBase
from os import PathLike

#: What to pass instead of a value of each type, first match wins.
_FIXES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (PathLike, 'pass path.read_text(encoding="utf-8")'),
    ((bytes, bytearray, memoryview), 'pass data.decode("utf-8")'),
    (IOBase, "pass file.read()"),
)


def require_text(text: object, function: str) -> None:
    """Return if ``text`` is a ``str``; raise a ``TypeError`` naming the fix if not."""
    if isinstance(text, str):
        return
    fix = next((fix for kind, fix in _FIXES if isinstance(text, kind)), "pass the text of a story")
    raise TypeError(f"{function}() takes the text as a str, not {type(text).__name__}: {fix}")
