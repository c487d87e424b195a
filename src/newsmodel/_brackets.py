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
    depth = 0
    # the last bracket of each kind before the place read to: the text between is skipped, each
    # kind's search going back no further than its last find (so the whole text is read once)
    opening, closing = text.rfind("(", 0, end), text.rfind(")", 0, end)
    while max(opening, closing) >= 0:
        position = max(opening, closing) + 1
        char = text[position - 1]
        run = position
        while run > 0 and text[run - 1] == char:
            run -= 1
        depth += 1 if char == ")" else -1
        if depth == 0:
            return run
        if opening >= run:
            opening = text.rfind("(", 0, run)
        if closing >= run:
            closing = text.rfind(")", 0, run)
    return -1
