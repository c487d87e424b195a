"""Records for corpora: one JSON-ready record per input, never an exception.

The command line tool and cluster engines (Dask, Spark, multiprocessing)
use these functions; they are top-level and pickle, and hold no state.

A record is ``{"source": ..., "article": {...}}`` or, for an input that
could not be parsed, ``{"source": ..., "error": {"type": ..., "message": ...}}``.
Fields an input carried (the other fields of a JSON Lines record) are kept
under their own key, ``"fields"``, so that none collides with these keys;
what an archive format gave beside a story's text is under ``"metadata"``.

>>> record = parse_text("PARIS (Reuters) - Prices rose.", source="a.txt")
>>> record["source"], record["article"]["dateline"]["locations"]
('a.txt', ['PARIS'])
>>> parse_bytes(b"caf\\xe9", source="b.txt")["error"]["type"]
'decode'
>>> parse_bytes("LONDON (Reuters) - Up.".encode("utf-16"), source="c.txt")["article"]["paragraphs"]
['Up.']
>>> parse_text("Up.", source="d.jsonl:1", fields={"source": "wire"})["fields"]
{'source': 'wire'}
"""

from __future__ import annotations

import codecs
import os
from typing import Any, Final

from ._reading import ReadFailure, open_input, read_all
from .article import parse_article
from .serialization import to_dict

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ERROR_TYPES",
    "Record",
    "error_record",
    "parse_bytes",
    "parse_file",
    "parse_text",
]

#: A record: ``{"source", "article"}`` or ``{"source", "error": {"type", "message"}}``,
#: with ``"fields"`` where the input carried fields.
Record = dict[str, Any]

#: Every ``error.type`` a record may carry, each documented in ``docs/cli.md``.
ERROR_TYPES: Final[frozenset[str]] = frozenset(
    {
        "read",  # the input could not be opened or read
        "special",  # a pipe, device or socket met in a directory: not read
        "too-large",  # the input (or JSON Lines line) is longer than the cap
        "timeout",  # a pipe or device gave no data for the read timeout
        "binary",  # the text holds NUL characters: not copy
        "decode",  # the bytes are not text in the encoding
        "json",  # a JSON Lines line that is not a JSON object
        "field",  # a JSON Lines object without the text field as a string
        "worker",  # the worker process died on this input, twice
        "internal",  # a fault of newsmodel itself, caught so the run goes on
        "input",  # the input holds no story: no text, an archive item without story text
        "markup",  # HTML or other markup, never read as prose
        "format",  # an archive whose structure is broken, or a story over a reader's cap
    }
)

#: The most bytes read from one input unless told otherwise: 64 MiB.
DEFAULT_MAX_BYTES: Final = 64 << 20

# Byte-order marks, longest first, and the codec that reads past each.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UNICODE: Final = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)


def error_record(
    source: str,
    kind: str,
    message: str,
    *,
    fields: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Record:
    """The record of an input that could not be parsed: ``kind`` names the fault.

    >>> error_record("a.txt", "read", "permission denied")
    {'source': 'a.txt', 'error': {'type': 'read', 'message': 'permission denied'}}
    """
    if kind not in ERROR_TYPES:
        raise ValueError(f"unknown error record type {kind!r}")
    return {**_head(source, fields, metadata), "error": {"type": kind, "message": message}}


def _head(source: str, fields: dict[str, Any] | None, metadata: dict[str, Any] | None = None) -> Record:
    """The keys a record starts with: ``source``, then ``fields`` and ``metadata`` where given."""
    head: Record = {"source": source}
    if fields is not None:
        head["fields"] = fields
    if metadata is not None:
        head["metadata"] = metadata
    return head


def parse_text(text: str, *, source: str, fields: dict[str, Any] | None = None) -> Record:
    """The record of one article's text; ``fields`` are kept under ``"fields"``."""
    return {**_head(source, fields), "article": to_dict(parse_article(text))}


def _codec(data: bytes, encoding: str) -> str:
    """The codec that reads ``data`` declared as ``encoding``: a byte-order
    mark decides between the Unicode encodings, and is read past.

    >>> _codec(codecs.BOM_UTF16_BE + b"\\x00A", "utf-8"), _codec(b"A", "utf-16"), _codec(b"A", "latin-1")
    ('utf-16', 'utf-16', 'latin-1')
    """
    try:
        declared = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if declared in _UNICODE:
        for mark, codec in _BOMS:
            if data.startswith(mark):
                return codec
    return encoding


def parse_bytes(
    data: bytes,
    *,
    source: str,
    encoding: str = "utf-8",
    errors: str = "strict",
    fields: dict[str, Any] | None = None,
) -> Record:
    """The record of an article's bytes: decoded as ``encoding``/``errors`` say
    (a byte-order mark wins among the Unicode encodings), or an error record
    for bytes that do not decode and for text that holds NUL characters."""
    codec = _codec(data, encoding)
    try:
        text = data.decode(codec, errors)
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:8192] and not codecs.lookup(codec).name.startswith(("utf-16", "utf-32")):
            return _binary(source, fields)
        return error_record(source, "decode", _decode_message(exc, encoding), fields=fields)
    except LookupError as exc:
        return error_record(source, "decode", str(exc), fields=fields)
    if "\x00" in text:
        return _binary(source, fields)
    return parse_text(text, source=source, fields=fields)


def _decode_message(exc: UnicodeDecodeError, encoding: str) -> str:
    """Why bytes are not text in ``encoding``, and what to try.

    >>> try:
    ...     b"caf\\xe9".decode("utf-8")
    ... except UnicodeDecodeError as exc:
    ...     print(_decode_message(exc, "utf-8"))
    not utf-8: byte 0xe9 at offset 3; use --encoding (e.g. latin-1) or --errors replace
    """
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"not {encoding}: byte 0x{bad} at offset {exc.start}; use --encoding (e.g. latin-1) or --errors replace"


def _binary(source: str, fields: dict[str, Any] | None) -> Record:
    return error_record(source, "binary", "the input holds NUL bytes: not text", fields=fields)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
) -> Record:
    """The record of an article file; an error record where it cannot be read.

    At most ``max_bytes`` are read (a longer input is a ``too-large`` error
    record), in chunks. A pipe or device is waited for at most ``timeout``
    seconds between chunks (``None``: as long as it takes).
    """
    source = str(path)
    try:
        fd, regular = open_input(source)
        try:
            data = read_all(fd, regular=regular, max_bytes=max_bytes, timeout=timeout)
        finally:
            os.close(fd)
    except ReadFailure as failure:
        return error_record(source, failure.kind, failure.message)
    return parse_bytes(data, source=source, encoding=encoding, errors=errors)

