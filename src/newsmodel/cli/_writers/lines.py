"""JSON Lines (``--to json`` and ``--to ninjs``): every record as its JSON line, error records among them.

>>> render_line({"source": "a.txt", "error": {"type": "read", "message": "gone"}})
('read', b'{"source": "a.txt", "error": {"type": "read", "message": "gone"}}\\n')
"""

from __future__ import annotations

from ...formats._records import Record
from .._output import Output, encode_record
from .base import ErrorSink, RecordLine, error_type

__all__ = ["Lines", "render_line"]


def render_line(record: Record, indent: int | None = None, table: str | None = None) -> RecordLine:
    """What a worker makes of a record: its error type and its JSON line (``table``: none)."""
    return error_type(record), encode_record(record, indent)


class Lines:
    """Every record as its JSON line, error records among them."""

    def __init__(self, output: Output, table: str | None, errors: ErrorSink) -> None:
        self._output = output

    def write(self, error_type: str | None, line: bytes) -> None:
        self._output.write(line)

    def close(self) -> None:
        pass
