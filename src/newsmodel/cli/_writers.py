"""How ``newsmodel parse`` writes its records: one row per output format.

Every writer writes through an :class:`~newsmodel.cli._output.Output`, so that
each keeps the command's guarantees (a file target put in place at the end,
never onto an input, whole records written with stop signals held). A
writer is opened on an output, given each record (its error type and its
JSON line, as the workers make it) and closed; a new output format is a
class with those three moves and one row of :data:`WRITERS`.

``csv`` and ``parquet`` write one table of :mod:`newsmodel.tables`; their
error records go, as JSON lines, to a file beside the output (``out.csv``
gives ``out.errors.jsonl``), or to standard error when the output is
standard output or a device.

>>> [row.name for row in WRITERS]
['json', 'ninjs', 'csv', 'parquet']
>>> errors_path("runs/out.parquet")
'runs/out.errors.jsonl'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, Protocol

import attrs

from ..bulk._pool import held_signals
from ..tables import TABLES, article_rows, columns_of, schema
from ._output import Output, OutputError, input_conflict

__all__ = ["WRITERS", "Writer", "WriterRow", "errors_path", "open_writer", "writer_problem"]

#: Rows of a table buffered before they are written to Parquet as one row group.
ROW_GROUP_ROWS: Final = 16_384


class Writer(Protocol):
    """Opened on an output; given each record; closed at the end."""

    def write(self, kind: str | None, line: bytes) -> None:
        """One record: its error type (``None`` for an article) and its JSON line."""

    def close(self) -> None:
        """Write out what is held back (a Parquet file's last row group and footer)."""


class _ErrorSink(Protocol):
    def write(self, data: bytes, records: int = 1) -> None: ...


# -- JSON lines (json, ninjs) ------------------------------------------------------------


class _Lines:
    """Every record as its JSON line, error records among them."""

    def __init__(self, output: Output, table: str | None, errors: _ErrorSink) -> None:
        self._output = output

    def write(self, kind: str | None, line: bytes) -> None:
        self._output.write(line)

    def close(self) -> None:
        pass


# -- tables (csv, parquet) ---------------------------------------------------------------


class _Tabular:
    """The rows of one table from the records' articles; error records to ``errors``."""

    def __init__(self, output: Output, table: str | None, errors: _ErrorSink) -> None:
        self._output = output
        self._table = table or "articles"
        self._errors = errors

    def write(self, kind: str | None, line: bytes) -> None:
        if kind is not None:
            self._errors.write(line)
            return
        self.rows(list(article_rows(self._table, json.loads(line))))

    def rows(self, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _Csv(_Tabular):
    """RFC 4180 CSV in UTF-8: a header line, then the rows; null is an empty field."""

    def __init__(self, output: Output, table: str | None, errors: _ErrorSink) -> None:
        super().__init__(output, table, errors)
        self._output.write(self._encode([[name for name, _ in TABLES[self._table].columns]]), 0)

    @staticmethod
    def _encode(rows: Sequence[Sequence[Any]]) -> bytes:
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        return text.getvalue().encode("utf-8", "backslashreplace")

    def rows(self, rows: list[tuple[Any, ...]]) -> None:
        self._output.write(self._encode(rows))


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


class _Parquet(_Tabular):
    """Parquet, written in row groups of :data:`ROW_GROUP_ROWS` rows: memory stays flat."""

    def __init__(self, output: Output, table: str | None, errors: _ErrorSink) -> None:
        super().__init__(output, table, errors)
        import pyarrow.parquet

        self._writer = pyarrow.parquet.ParquetWriter(_Sink(output), schema(self._table))
        self._batch: list[tuple[Any, ...]] = []
        self._records = 0

    def rows(self, rows: list[tuple[Any, ...]]) -> None:
        self._batch += rows
        self._records += 1
        if len(self._batch) >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self._writer.write_table(columns_of(self._table, self._batch))
        self._output.write(b"", self._records)  # counted as written with the group's bytes
        self._batch, self._records = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


# -- the table ---------------------------------------------------------------------------


@attrs.frozen
class WriterRow:
    """An output format: its ``--to`` name, what the workers put in a record
    (``article``: ``json`` or ``ninjs``), whether it writes a table, what it
    needs, and its writer."""

    name: str
    article: str
    tabular: bool
    opener: Callable[[Output, str | None, _ErrorSink], Writer]
    needs: str | None = None  # a module to import, from an optional extra


#: The output formats, in ``--to``'s order; the first is the default.
WRITERS: Final[tuple[WriterRow, ...]] = (
    WriterRow("json", "json", False, _Lines),
    WriterRow("ninjs", "ninjs", False, _Lines),
    WriterRow("csv", "json", True, _Csv),
    WriterRow("parquet", "json", True, _Parquet, needs="pyarrow.parquet"),
)

_BY_NAME: Final = {row.name: row for row in WRITERS}


def writer_row(name: str) -> WriterRow:
    """The row of output format ``name``."""
    return _BY_NAME[name]


def errors_path(target: str) -> str:
    """Where a table's error records go, beside ``target``."""
    return os.path.splitext(target)[0] + ".errors.jsonl"


def _errors_target(target: str | None) -> str | None:
    """The errors file of ``target``, ``None`` for standard error (standard output, a device)."""
    if target is None:
        return None
    try:
        if not stat.S_ISREG(os.stat(target).st_mode):
            return None
    except OSError:
        pass
    return errors_path(target)


def writer_problem(
    name: str, table: str | None, indent: int | None, target: str | None, inputs: Sequence[str]
) -> str | None:
    """Why output format ``name`` cannot write as asked, or ``None``."""
    row = writer_row(name)
    if not row.tabular:
        return f"--table chooses the table of csv and parquet, not of {name}" if table is not None else None
    if indent is not None:
        return f"--indent pretty-prints JSON: {name} has none"
    if row.needs is not None:
        try:
            __import__(row.needs)
        except ImportError:
            return f"--to {name} needs pyarrow: pip install 'newsmodel-wire[parquet]'"
    errors = _errors_target(target)
    return None if errors is None else input_conflict(errors, inputs)


class _Stderr:
    """Error records as JSON lines on standard error, whole."""

    def write(self, data: bytes, records: int = 1) -> None:
        with held_signals():
            sys.stderr.flush()
            sys.stderr.buffer.write(data)
            sys.stderr.buffer.flush()


@contextlib.contextmanager
def open_writer(name: str, output: Output, *, table: str | None, target: str | None) -> Iterator[Writer]:
    """The writer of output format ``name`` on ``output`` (to ``target``), closed
    at the end. A table's errors file is put in place when the block ends well
    (after the output), kept as its ``.partial`` when it is interrupted,
    removed when the output fails."""
    row = writer_row(name)
    where = _errors_target(target) if row.tabular else None
    errors = Output(where) if where is not None else None
    writer: Writer | None = None
    try:
        writer = row.opener(output, table, errors if errors is not None else _Stderr())
        yield writer
        writer.close()
        output.commit()  # before the errors file: a failed output leaves no new errors file beside it
        if errors is not None:
            errors.commit()
    except OutputError:
        if errors is not None:
            errors.abandon(keep=False)
        raise
    except BaseException:  # a stop signal: what is held back is written, so the partial files are whole
        if writer is not None:
            with contextlib.suppress(Exception), held_signals():
                writer.close()
        if errors is not None:
            errors.abandon(keep=True)
        raise
