"""Parquet (``--to parquet``): one table, in row groups, through pyarrow alone.

pyarrow is imported when the first row group is written, not before: the
worker processes, started by then, never hold it. The workers make each
article's rows as JSON lines (:func:`render_json_rows`), which pyarrow
reads against the table's schema (``pyarrow.json``), so that pandas, which
pyarrow imports to build arrays from Python lists, is never imported: a
run's memory is newsmodel's and pyarrow's alone. pyarrow allocates from
malloc (its ``system`` pool) unless ``ARROW_DEFAULT_MEMORY_POOL`` says
otherwise, in row groups of :data:`ROW_GROUP_ROWS` rows, read on one
thread: each lowers the peak (50,000 records to the quotes table, fed to
the writer alone: 155 MB with none of the three, 93 MB with all).
"""

from __future__ import annotations

import io
import json
import os
from typing import Any, Final

from ...formats._records import Record
from ...tables import TABLES, article_rows, schema
from .._output import Output
from .base import ErrorSink, RecordLine, Tabular, error_line

__all__ = ["ROW_GROUP_ROWS", "Parquet", "render_json_rows"]

#: Rows of a table buffered before they are written to Parquet as one row group.
ROW_GROUP_ROWS: Final = 4096


class _Sink:
    """The file pyarrow writes to: the output's buffer."""

    closed = False

    def __init__(self, output: Output) -> None:
        self._output = output

    def write(self, data: bytes) -> int:
        self._output.write(bytes(data), 0)
        return len(data)

    def flush(self) -> None:
        pass


def _json_row(names: tuple[str, ...], row: tuple[Any, ...]) -> bytes:
    """A row as a JSON line; text that UTF-8 cannot hold (a lone surrogate) is
    written as its ``\\uXXXX`` escape, as the CSV and JSON Lines writers write it."""
    try:
        return json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        kept = [value.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(value, str) else value
                for value in row]
        return json.dumps(dict(zip(names, kept, strict=True)), ensure_ascii=False).encode("utf-8") + b"\n"


def render_json_rows(record: Record, indent: int | None = None, table: str | None = None) -> RecordLine:
    """What a worker makes of a record: its rows of ``table`` as JSON lines, or an error record's JSON line."""
    chosen = table or "articles"
    names = tuple(name for name, _ in TABLES[chosen].columns)
    return error_line(record) or (None, b"".join(_json_row(names, row) for row in article_rows(chosen, record)))


class Parquet(Tabular):
    """Parquet, written in row groups of :data:`ROW_GROUP_ROWS` rows: memory stays flat."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        super().__init__(output, table, errors)
        self._writer: Any = None
        self._batch: list[bytes] = []
        self._rows = 0
        self._records = 0

    def rows(self, data: bytes) -> None:
        self._batch.append(data)
        self._rows += data.count(b"\n")
        self._records += 1
        if self._rows >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        # malloc's pool, not mimalloc's arenas, unless told otherwise: it gives back what a row group took
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
        import pyarrow.json
        import pyarrow.parquet

        arrow_schema = schema(self._table)
        if self._writer is None:
            self._writer = pyarrow.parquet.ParquetWriter(_Sink(self._output), arrow_schema)
        if self._batch:
            table = pyarrow.json.read_json(
                io.BytesIO(b"".join(self._batch)),
                read_options=pyarrow.json.ReadOptions(use_threads=False),  # no thread pool's arenas: less memory
                parse_options=pyarrow.json.ParseOptions(explicit_schema=arrow_schema),
            )
            self._writer.write_table(table)
        self._output.write(b"", self._records)  # counted as written with the group's bytes
        self._batch, self._rows, self._records = [], 0, 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
