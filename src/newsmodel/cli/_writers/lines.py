"""JSON Lines (``--to json`` and ``--to ninjs``): every record as its JSON line, error records among them."""

from __future__ import annotations

from .._output import Output
from .base import ErrorSink

__all__ = ["Lines"]


class Lines:
    """Every record as its JSON line, error records among them."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        self._output = output

    def write(self, kind: str | None, line: bytes) -> None:
        self._output.write(line)

    def close(self) -> None:
        pass
