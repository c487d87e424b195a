"""JSON documents in sequence, read line by line in bounded memory.

``newsmodel format`` reads JSON Lines (one document a line) and documents
pretty-printed as ``newsmodel parse --indent`` and ``jq`` write them: a
document begins on a line that starts, unindented, with ``{`` or ``[`` and
ends on an unindented line that ends with ``}`` or ``]``; the lines between
are indented. A document that is not JSON is reported with the number of
the line at fault, and reading goes on with the next document.

>>> lines = [b'{"a": 1}', b"{", b'  "b": [', b"    2", b"  ]", b"}", b"{oops}", b'{"c": 3}']
>>> for found in iter_documents(Line(line, len(line)) for line in lines):
...     print(found)
Document(line=1, value={'a': 1})
Document(line=2, value={'b': [2]})
BadDocument(line=7, message='not JSON: Expecting property name enclosed in double quotes (column 2)')
Document(line=8, value={'c': 3})
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..bulk._reading import Line

__all__ = ["BadDocument", "Document", "iter_documents"]

_STARTS = (b"{", b"[")
_ENDS = (b"}", b"]")


@attrs.frozen
class Document:
    """A JSON value and the number of the line it begins on."""

    line: int
    value: Any


@attrs.frozen
class BadDocument:
    """A document that could not be read: where, and why."""

    line: int
    message: str


class _Incomplete(Exception):
    """The text so far is the beginning of a JSON document."""


def _load(lines: list[bytes], start: int) -> Document:
    """The document of ``lines``; :class:`_Incomplete`, or ``ValueError`` with
    the line at fault as its second argument."""
    text = b"\n".join(lines)
    try:
        return Document(start, json.loads(text))
    except json.JSONDecodeError as exc:
        if exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise _Incomplete from None
        raise ValueError(f"not JSON: {exc.msg} (column {exc.colno})", start + exc.lineno - 1) from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: byte 0x{text[exc.start : exc.start + 1].hex()}", start) from None
    except RecursionError:
        raise ValueError("not JSON: nested too deeply", start) from None
    except ValueError as exc:  # JSON that Python refuses: an integer of more than 4,300 digits
        raise ValueError(f"not JSON: {str(exc).split(';')[0]}", start) from None


def iter_documents(lines: Iterable[Line], *, max_bytes: int | None = None) -> Iterator[Document | BadDocument]:
    """The documents of ``lines``, in order, each a :class:`Document` or a
    :class:`BadDocument`; one document holds at most ``max_bytes``."""
    pending: list[bytes] = []
    start = size = 0
    skipping = False  # the indented rest of a bad document

    def settle(final: bool) -> Iterator[Document | BadDocument]:
        nonlocal skipping
        try:
            yield _load(pending, start)
        except _Incomplete:
            if not final:
                return
            yield BadDocument(start, "not JSON: the document is cut short")
            skipping = True
        except ValueError as exc:
            yield BadDocument(exc.args[1], exc.args[0])
            skipping = True
        pending.clear()

    for number, line in enumerate(lines, start=1):
        data = line.data
        if data is None:
            yield from _cut(pending, start)
            yield BadDocument(number, f"a line of {line.size:,} bytes, more than --max-bytes")
            skipping = True
            continue
        body = data.strip()
        if not body:
            if pending:
                pending.append(data)
            continue
        if data[:1] in (b" ", b"\t"):  # inside a document
            if pending:
                pending.append(data)
                size += len(data)
                if max_bytes is not None and size > max_bytes:
                    pending.clear()
                    yield BadDocument(start, f"a document of more than --max-bytes {max_bytes:,} bytes")
                    skipping = True
            elif not skipping:
                pending[:] = [data]
                start = number
                yield from settle(final=True)
            continue
        closes = body.endswith(_ENDS)
        if pending and closes and not body.startswith(_STARTS):
            pending.append(data)
            yield from settle(final=True)
            continue
        yield from _cut(pending, start)
        pending[:] = [data]
        start, size, skipping = number, len(data), False
        if closes or not body.startswith(_STARTS):
            yield from settle(final=not body.startswith(_STARTS))
    yield from _cut(pending, start)


def _cut(pending: list[bytes], start: int) -> Iterator[BadDocument]:
    """A document that another one (or the end) cut short."""
    if pending:
        pending.clear()
        yield BadDocument(start, "not JSON: the document is cut short")
