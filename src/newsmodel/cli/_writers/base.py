"""What every writer of ``newsmodel parse`` is: a ``render`` function, run in
the worker processes, that makes the bytes of a record (its JSON line, or
its rows of a table); and a writer, opened on an output and a sink for
error records, given each record's bytes, closed at the end.

>>> error_type({"source": "a.txt", "error": {"type": "read", "message": "gone"}})
'read'
>>> class Count:
...     def __init__(self, output: Any, table: str | None, errors: ErrorSink) -> None:
...         self.lines = 0
...     def write(self, error_type: str | None, line: bytes) -> None:
...         self.lines += 1
...     def close(self) -> None:
...         pass
>>> writer: Writer = Count(None, None, None)
"""

from __future__ import annotations

from typing import Protocol

from ...formats._records import Record
from .._output import Output, encode_record

__all__ = ["ErrorSink", "RecordLine", "Render", "Tabular", "Writer", "error_line", "error_type"]

#: A record as it leaves a worker: its error type (``None`` for an article) and its bytes.
RecordLine = tuple[str | None, bytes]


class Render(Protocol):
    """What a worker makes of a record for a writer: its error type and its bytes."""

    def __call__(self, record: Record, indent: int | None = None, table: str | None = None) -> RecordLine: ...


def error_type(record: Record) -> str | None:
    """The error type of a record, ``None`` for an article."""
    error = record.get("error")
    return error.get("type") if isinstance(error, dict) else None


def error_line(record: Record) -> RecordLine | None:
    """An error record as its type and JSON line (for a table's errors file); ``None`` for an article."""
    found = error_type(record)
    return None if found is None else (found, encode_record(record))


class Writer(Protocol):
    """Opened on an output; given each record; closed at the end."""

    def write(self, error_type: str | None, line: bytes) -> None:
        """One record: its error type (``None`` for an article) and its bytes, as ``render`` made them."""

    def close(self) -> None:
        """Write out what is held back (a Parquet file's last row group and footer)."""


class ErrorSink(Protocol):
    """Where a table's error records go, as JSON lines: a file beside the output, or standard error."""

    def write(self, data: bytes, records: int = 1) -> None: ...


class Tabular:
    """The rows of one table, made by the workers from the records' articles; error records to ``errors``."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        self._output = output
        self._table = table or "articles"
        self._errors = errors

    def write(self, error_type: str | None, line: bytes) -> None:
        if error_type is not None:
            self._errors.write(line)
            return
        self.rows(line)

    def rows(self, data: bytes) -> None:
        """The rows of one record's article, as its writer's ``render`` made them."""
        raise NotImplementedError

    def close(self) -> None:
        pass
