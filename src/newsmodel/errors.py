"""The library's exceptions: :class:`ParseError` for text, :class:`ValidationError` for data.

Both are ``ValueError`` subclasses, so ``except ValueError`` catches either.
"""

from __future__ import annotations

import reprlib

__all__ = ["ParseError", "ValidationError"]


class ParseError(ValueError):
    """A strict parser could not read its input.

    Raised by :func:`~newsmodel.parse_byline`, :func:`~newsmodel.parse_dateline`
    and :func:`~newsmodel.parse_credits`; never by the lenient
    :func:`~newsmodel.parse_article`. Carries the ``source`` text and the ``span`` (start, end) of the fault;
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


class ValidationError(ValueError):
    """Data that does not fit the model, and where in it.

    Raised by the models' constructors and by :func:`newsmodel.from_dict` and
    :func:`newsmodel.from_json`. ``location`` is the way from the top of the
    document to the fault, as keys and list indexes; ``path`` writes it out as
    ``quotes[3].start``; ``message`` says what was expected and what came.

    >>> error = ValidationError.expected("an integer >= 0", -5, "start").under("quotes", 3)
    >>> print(error)
    quotes[3].start: expected an integer >= 0, got -5 (int)
    >>> error.path, error.location
    ('quotes[3].start', ('quotes', 3, 'start'))
    """

    def __init__(self, message: str, location: tuple[str | int, ...] = ()) -> None:
        super().__init__(message, location)
        self.message = message
        self.location = location

    @classmethod
    def expected(cls, what: str, value: object, *location: str | int) -> ValidationError:
        """The error for ``value`` where ``what`` was expected: "expected what, got value"."""
        return cls(f"expected {what}, got {describe(value)}", location)

    @property
    def path(self) -> str:
        """The location written out: ``quotes[3].start``; empty at the top of the document."""
        parts: list[str] = []
        for step in self.location:
            if isinstance(step, int):
                parts.append(f"[{step}]")
            else:
                parts.append(f".{step}" if parts else step)
        return "".join(parts)

    def under(self, *steps: str | int) -> ValidationError:
        """This error, seen from ``steps`` further up the document (returns itself)."""
        self.location = (*steps, *self.location)
        self.args = (self.message, self.location)
        return self

    def __str__(self) -> str:
        path = self.path
        return f"{path}: {self.message}" if path else self.message


def describe(value: object) -> str:
    """A short, bounded description of a value for an error message: ``'107' (str)``.

    Long strings and deep or long containers are cut short, so that a message
    stays one line whatever the input.
    """
    if value is None:
        return "None"
    short = reprlib.Repr()
    short.maxstring = short.maxother = 60
    short.maxlevel = 2
    short.maxlist = short.maxtuple = short.maxdict = short.maxset = 3
    text = short.repr(value)
    if len(text) > 80:
        text = f"{text[:60]}...{text[-15:]}"
    return f"{text} ({type(value).__name__})"
