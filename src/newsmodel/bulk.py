"""Records for corpora: one JSON-ready record per input, never an exception.

The command line tool and cluster engines (Dask, Spark, multiprocessing)
use these functions; they are top-level and pickle, and hold no state.

>>> record = parse_text("PARIS (Reuters) - Prices rose.", source="a.txt")
>>> record["source"], record["article"]["dateline"]["locations"]
('a.txt', ['PARIS'])
>>> parse_bytes(b"caf\\xe9", source="b.txt")["error"]["type"]
'decode'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from .article import parse_article
from .serialization import to_dict

__all__ = ["ERROR_TYPES", "Record", "error_record", "parse_bytes", "parse_file", "parse_text"]

#: A record: ``{"source", "article"}`` or ``{"source", "error": {"type", "message"}}``,
#: with any fields the input carried.
Record = dict[str, Any]

#: Every ``error.type`` a record may carry, each documented in ``docs/cli.md``.
ERROR_TYPES: Final = frozenset({"read", "binary", "decode", "json", "field", "input", "markup", "format"})


def error_record(source: str, kind: str, message: str, carried: dict[str, Any] | None = None) -> Record:
    """The record of an input that could not be parsed: ``kind`` names the fault."""
    if kind not in ERROR_TYPES:
        raise ValueError(f"unknown error record type {kind!r}")
    return {**(carried or {}), "source": source, "error": {"type": kind, "message": message}}


def parse_text(text: str, *, source: str, carried: dict[str, Any] | None = None) -> Record:
    """The record of one article's text."""
    return {**(carried or {}), "source": source, "article": to_dict(parse_article(text))}


def parse_bytes(data: bytes, *, source: str, encoding: str = "utf-8", errors: str = "strict") -> Record:
    """The record of an article's bytes: decoded as ``encoding``/``errors`` say,
    or an error record for binary data and bytes that do not decode."""
    if b"\x00" in data[:8192]:
        return error_record(source, "binary", "the input holds NUL bytes: not text")
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        return error_record(
            source,
            "decode",
            f"not {encoding}: byte 0x{bad} at offset {exc.start}; "
            "use --encoding (e.g. latin-1) or --errors replace",
        )
    except LookupError as exc:
        return error_record(source, "decode", str(exc))
    return parse_text(text, source=source)


def parse_file(path: str | Path, *, encoding: str = "utf-8", errors: str = "strict") -> Record:
    """The record of an article file; an error record where it cannot be read."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return error_record(source, "read", exc.strerror or str(exc))
    return parse_bytes(data, source=source, encoding=encoding, errors=errors)
