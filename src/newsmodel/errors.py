"""The library's one exception: :class:`ParseError`."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """A strict parser could not read its input.

    Carries the ``source`` text and the ``span`` (start, end) of the fault;
    ``str()`` shows the line at fault with a caret under it:

    >>> print(ParseError("expected 'By'", source="Bye now", span=(0, 3)))
    expected 'By'
        Bye now
        ^~~
    """

    def __init__(self, message: str, *, source: str, span: tuple[int, int]) -> None:
        start = max(0, min(span[0], len(source)))
        end = max(start, min(span[1], len(source)))
        super().__init__(message, source, (start, end))
        self.message = message
        self.source = source
        self.span = (start, end)

    def __str__(self) -> str:
        start, end = self.span
        line_start = self.source.rfind("\n", 0, start) + 1
        line_end = self.source.find("\n", start)
        if line_end == -1:
            line_end = len(self.source)
        line = self.source[line_start:line_end]
        column = start - line_start
        width = max(1, min(end, line_end) - start)
        return f"{self.message}\n    {line}\n    {' ' * column}^{'~' * (width - 1)}"
