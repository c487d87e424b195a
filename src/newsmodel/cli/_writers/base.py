"""What every writer of ``newsmodel parse`` is: opened on an output and a sink
for error records, given each record, closed at the end.

>>> class Count:
...     def __init__(self, output: Any, table: str | None, errors: ErrorSink) -> None:
...         self.lines = 0
...     def write(self, kind: str | None, line: bytes) -> None:
...         self.lines += 1
...     def close(self) -> None:
...         pass
>>> writer: Writer = Count(None, None, None)
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from ...tables import article_rows
from .._output import Output

__all__ = ["ErrorSink", "Tabular", "Writer"]


class Writer(Protocol):
    """Opened on an output; given each record; closed at the end."""

    def write(self, kind: str | None, line: bytes) -> None:
        """One record: its error type (``None`` for an article) and its JSON line."""

    def close(self) -> None:
        """Write out what is held back (a Parquet file's last row group and footer)."""


class ErrorSink(Protocol):
    """Where a table's error records go, as JSON lines: a file beside the output, or standard error."""

    def write(self, data: bytes, records: int = 1) -> None: ...


class Tabular:
    """The rows of one table from the records' articles; error records to ``errors``."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
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
