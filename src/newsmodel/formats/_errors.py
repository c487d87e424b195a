"""The types of error a record may carry: one ``Literal`` for the type checker,
one set for the checks at run time, the same words.

>>> "too-large" in ERROR_TYPES
True
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["ERROR_TYPES", "ErrorType"]

#: Every ``error.type`` a record may carry, each documented in ``docs/cli.md``.
ErrorType = Literal[
    "read", "special", "too-large", "timeout", "binary", "decode", "json", "field", "worker", "memory", "internal",
    "input", "markup", "format",
]

#: The error types as a set, each with what it means.
ERROR_TYPES: Final[frozenset[str]] = frozenset(
    {
        "read",  # the input could not be opened or read
        "special",  # a pipe, device or socket met in a directory: not read
        "too-large",  # the input (a JSON Lines line, a story of an archive) is longer than the cap
        "timeout",  # a pipe or device gave no data for the read timeout
        "binary",  # the text holds NUL characters: not copy
        "decode",  # the bytes are not text in the encoding
        "json",  # a JSON Lines line that is not a JSON object
        "field",  # a JSON Lines object without the text field as a string
        "worker",  # the worker process died on this input, twice
        "memory",  # parsing it took more memory than a worker may take
        "internal",  # a fault of newsmodel itself, caught so the run goes on
        "input",  # the input holds no story: no text, an archive item without story text
        "markup",  # HTML or other markup, never read as prose
        "format",  # an archive whose structure is broken
    }
)
