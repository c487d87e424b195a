"""Brackets at the end of wire copy: where the bracketed block that ends a text starts."""

from __future__ import annotations

__all__ = ["block_start"]


def block_start(text: str, end: int) -> int:
    """Where the bracketed block that ends at ``text[end - 1]`` opens; -1 if it does not.

    A run of brackets counts as one ("((...))", "(...))"), as wire copy
    doubles them freely.

    >>> text = "Shares rose. ((Editing by Bo Ku))"
    >>> text[block_start(text, len(text)):]
    '((Editing by Bo Ku))'
    """
    position, depth = end, 0
    while position > 0:
        char = text[position - 1]
        if char not in "()":
            position -= 1
            continue
        run = position
        while run > 0 and text[run - 1] == char:
            run -= 1
        depth += 1 if char == ")" else -1
        if depth == 0:
            return run
        position = run
    return -1
