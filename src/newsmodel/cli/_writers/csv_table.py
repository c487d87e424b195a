"""CSV (``--to csv``): one table, RFC 4180 in UTF-8."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from ...formats._records import Record
from ...tables import TABLES, article_rows
from .._output import Output
from .base import ErrorSink, RecordLine, Tabular, error_line

__all__ = ["Csv", "render_csv"]


def _encode(rows: Sequence[Sequence[Any]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8", "backslashreplace")


def render_csv(record: Record, indent: int | None = None, table: str | None = None) -> RecordLine:
    """What a worker makes of a record: its rows of ``table`` as CSV lines, or an error record's JSON line."""
    return error_line(record) or (None, _encode(list(article_rows(table or "articles", record))))


class Csv(Tabular):
    """RFC 4180 CSV in UTF-8: a header line, then the rows; null is an empty field."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        super().__init__(output, table, errors)
        self._output.write(_encode([[name for name, _ in TABLES[self._table].columns]]), 0)

    def rows(self, data: bytes) -> None:
        self._output.write(data)
