"""CSV (``--to csv``): one table, RFC 4180 in UTF-8."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from ...tables import TABLES
from .._output import Output
from .base import ErrorSink, Tabular

__all__ = ["Csv"]


class Csv(Tabular):
    """RFC 4180 CSV in UTF-8: a header line, then the rows; null is an empty field."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        super().__init__(output, table, errors)
        self._output.write(self._encode([[name for name, _ in TABLES[self._table].columns]]), 0)

    @staticmethod
    def _encode(rows: Sequence[Sequence[Any]]) -> bytes:
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        return text.getvalue().encode("utf-8", "backslashreplace")

    def rows(self, rows: list[tuple[Any, ...]]) -> None:
        self._output.write(self._encode(rows))
