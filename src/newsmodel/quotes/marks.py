r"""Stage 1, marks: which quotation marks open and which close.

A mark's role is read off the mark and its neighbours: curly marks say
which way they face (and still close after a word when typed the wrong
way round, 'fine,“ said'), straight and doubled marks open before a word
and close after one; three apostrophes are a single mark beside a double
one.

>>> [(start, token, role) for start, _, token, role in read_marks('He said "yes" and ``no\'\'.')]
[(8, '"', 'open'), (12, '"', 'close'), (18, '``', 'open'), (22, "''", 'close')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

__all__ = ["OPENERS", "SENTENCE_PUNCTUATION", "MarkRole", "read_marks"]

#: Whether a mark opens a quotation, closes one, or may do either.
MarkRole = Literal["open", "close", "either"]

#: Every quotation mark, the tripled apostrophe before the doubled one. Each branch
#: is a string (no class), so that a search skips to the characters they open with.
_MARK = re.compile(r"'''|''|``|’’|\"|“|”|„")
_MARK_STRINGS = ('"', "“", "”", "„", "``", "''", "’’")  # what every match of _MARK holds

#: A markup tag: "<", a name, anything but angle brackets, ">" (each character read once).
_TAG = re.compile(r"<[A-Za-z][^<>]*>")

#: Marks that open a quotation whatever stands around them (but see ``_role``).
OPENERS = frozenset({"“", "``", "„"})


_CLOSERS = frozenset({"”", "’’"})  # two right single marks typed for a double one


_OPENING_CONTEXT = frozenset(" \t\n([{—–-/")


_CLOSING_CONTEXT = frozenset(" \t\n.,;:!?)]}—–-'’…")


#: Punctuation after which a mark inside a quotation opens the next one.
SENTENCE_PUNCTUATION = frozenset(".?!:;,—-")


def _role(text: str, start: int, end: int, token: str) -> MarkRole:
    """Whether a mark opens or closes a quotation, read off the mark and its
    neighbours: ``"open"``, ``"close"`` or ``"either"``."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opener_like = before in _OPENING_CONTEXT and after not in " \t\n"
    closer_like = before not in " \t\n" and after in _CLOSING_CONTEXT
    if token in OPENERS:  # a curly mark the wrong way round still closes after a word: 'fine,“ said'
        return "close" if closer_like and not opener_like and token == "“" else "open"
    if token in _CLOSERS:
        return "open" if opener_like and not closer_like else "close"
    if opener_like and not closer_like:
        return "open"
    if closer_like and not opener_like:
        return "close"
    return "either"


def _attribute_tags(text: str) -> list[tuple[int, int]]:
    """The spans of the markup tags with attributes left in a paragraph
    (``<tweet id="672" author="@lee">``), whose marks quote nobody."""
    return [(tag.start(), tag.end()) for tag in _TAG.finditer(text) if '="' in tag.group()]


def _inside(tags: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``tags`` (in order, apart)."""
    index = bisect_right(tags, (offset, offset)) - 1
    return index >= 0 and tags[index][0] < offset < tags[index][1]


def read_marks(text: str) -> list[tuple[int, int, str, MarkRole]]:
    """Each quotation mark of a paragraph: ``(start, end, token, role)``.

    Three apostrophes are a single quotation mark beside a double one: ``'``
    then ``''`` where they close, ``''`` then ``'`` where they open.
    """
    if not ('"' in text or "“" in text or "”" in text or "``" in text or "''" in text or "’’" in text or "„" in text):
        return []  # most paragraphs: no quotation mark at all (each of _MARK_STRINGS, tested in line)
    tags = _attribute_tags(text) if "=" in text else ()
    marks = []
    for found in _MARK.finditer(text):
        start, end, token = found.start(), found.end(), found.group()
        if tags and _inside(tags, start):
            continue  # <tweet id="123">: an attribute's value, no quotation
        if token == "'''":
            opening = _role(text, start, end, "''") == "open"
            start, end, token = (start, start + 2, "''") if opening else (start + 1, end, "''")
        marks.append((start, end, token, _role(text, start, end, token)))
    return marks
