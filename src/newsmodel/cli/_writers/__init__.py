"""How ``newsmodel parse`` writes its records: one row per output format.

Every writer writes through an :class:`~newsmodel.cli._output.Output`, so that
each keeps the command's guarantees (a file target put in place at the end,
never onto an input, whole records written with stop signals held). A
format's ``render`` runs in the worker processes and makes each record's
bytes (its JSON line, or its rows of a table); its writer is opened on an
output, given each record's error type and bytes, and closed. A new output
format is a module holding both, and one row of :data:`WRITERS`.

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
import importlib.util
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import attrs

from ...bulk._pool import held_signals
from ...formats._records import ArticleFormat
from .._output import Output, OutputError, input_conflict
from .base import ErrorSink, Render, Writer
from .csv_table import Csv, render_csv
from .lines import Lines, render_line
from .parquet_table import Parquet, render_json_rows

__all__ = ["TABULAR", "WRITERS", "WriterRow", "errors_path", "open_writer", "to_help", "writer_problem", "writer_row"]


@attrs.frozen
class WriterRow:
    """An output format: its ``--to`` name, what the workers put in a record
    (``article``: ``json`` or ``ninjs``), whether it writes a table, how a
    worker renders a record (``render(record, indent, table)``: its error
    type and bytes), its writer, what ``--to`` says of it, and the module
    it needs from an optional extra (``needs``, from ``extra``)."""

    name: str
    article: ArticleFormat
    tabular: bool
    render: Render
    opener: Callable[[Output, str | None, ErrorSink], Writer]
    help: str
    needs: str | None = None
    extra: str | None = None


#: The output formats, in ``--to``'s order; the first is the default. A new
#: output format is its writer's module and one row here.
WRITERS: Final[tuple[WriterRow, ...]] = (
    WriterRow("json", "json", False, render_line, Lines, "JSON Lines records holding newsmodel's JSON under 'article'"),
    WriterRow("ninjs", "ninjs", False, render_line, Lines, "JSON Lines records holding a ninjs 3.1 item under 'ninjs'"),
    WriterRow("csv", "json", True, render_csv, Csv, "one table as CSV"),
    WriterRow(
        "parquet", "json", True, render_json_rows, Parquet, "one table as Parquet", needs="pyarrow", extra="parquet"
    ),
)

#: The formats that write one table, for ``--table``'s help and checks.
TABULAR: Final = tuple(row.name for row in WRITERS if row.tabular)


def to_help() -> str:
    """What ``--to`` says: each output format, the default first."""
    formats = "; ".join(f"{row.name}: {row.help}" for row in WRITERS)
    return (
        f"{formats} (default: {WRITERS[0].name}); a table's error records go to OUTPUT's stem + "
        ".errors.jsonl, or to standard error"
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
        if table is None:
            return None
        return f"--table chooses the table of {' and '.join(TABULAR)}, not of {name}"
    if indent is not None:
        return f"--indent pretty-prints JSON: {name} has none"
    if row.needs is not None and importlib.util.find_spec(row.needs) is None:  # found, not imported: not yet
        return f"--to {name} needs {row.needs}: pip install 'newsmodel-wire[{row.extra}]'"
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
