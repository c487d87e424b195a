"""The one helper the word lists share."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space, as a frozenset."""
    return frozenset(text.split())
