"""Helpers shared by the byline and credit parsers: names and lists of names."""

from __future__ import annotations

import regex

from .lexicon.titles import NAME_PARTICLES

# "A, B and C", "A & B", "A/B", "A and  B": the separators of a list of names.
NAME_SEPARATOR = regex.compile(r"[ ]*+(?:,[ ]*+(?:(?:and|AND)[ ]++)?|(?<=[ ])(?:and|AND)[ ]++|&[ ]*+|/[ ]*+)")
_WORD = regex.compile(r"\S++")


def squash(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends."""
    return " ".join(text.split())


def looks_like_name(text: str, *, max_words: int = 6) -> bool:
    """A person's (or desk's) name: capitalised words, name particles between.

    >>> looks_like_name("Ludwig van Beethoven"), looks_like_name("the end")
    (True, False)
    """
    words = _WORD.findall(text)
    if not words or len(words) > max_words:
        return False
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    for word in words:
        head = word.lstrip("(\"'‘“")[:1]
        if not head:
            return False
        if not (head.isupper() or head.isdigit()) and word.casefold() not in NAME_PARTICLES:
            return False
        if ":" in word or "@" in word:  # "Messaging:", "ann@example.com": contact details
            return False
    return True


def join_names(names: list[str]) -> str:
    """``["A", "B", "C"]`` gives ``"A, B and C"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
