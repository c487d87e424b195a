"""Helpers shared by the byline and credit parsers: names and lists of names."""

from __future__ import annotations

import regex

from .lexicon.particles import ELIDED_PARTICLES, HYPHENATED_PARTICLES, PARTICLE_WORDS

# "A, B and C", "A & B", "A/B", "A and  B": the separators of a list of names.
NAME_SEPARATOR = regex.compile(r"[ ]*+(?:,[ ]*+(?:(?:and|AND)[ ]++)?|(?<=[ ])(?:and|AND)[ ]++|&[ ]*+|/[ ]*+)")
_WORD = regex.compile(r"\S++")
# A particle glued to a capitalised part of the name: d'Emilio, dell'Utri, al-Assad, el-Sisi.
_GLUED_PARTICLE = regex.compile(
    rf"(?i:(?:{'|'.join(sorted(ELIDED_PARTICLES, key=len, reverse=True))})['’]"
    rf"|(?:{'|'.join(sorted(HYPHENATED_PARTICLES, key=len, reverse=True))})-)(?=\p{{Lu}})"
)


def _opens_with_capital(word: str) -> bool:
    """``word`` starts with a capital, once a glued particle is set aside."""
    return word[:1].isupper() or _GLUED_PARTICLE.match(word) is not None


def squash(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends."""
    return " ".join(text.split())


def looks_like_name(text: str, *, max_words: int = 6) -> bool:
    """A person's (or desk's) name: capitalised words, name particles between.

    >>> looks_like_name("Ludwig van Beethoven"), looks_like_name("Frances d'Emilio"), looks_like_name("the end")
    (True, True, False)
    """
    words = _WORD.findall(text)
    if not words or len(words) > max_words:
        return False
    if not _opens_with_capital(words[0]) or not _opens_with_capital(words[-1]):
        return False
    for word in words:
        head = word.lstrip("(\"'‘“")
        if not head:
            return False
        if not (_opens_with_capital(head) or head[0].isdigit()) and word.casefold() not in PARTICLE_WORDS:
            return False
        if ":" in word or "@" in word:  # "Messaging:", "ann@example.com": contact details
            return False
    return True


def join_names(names: list[str]) -> str:
    """``["A", "B", "C"]`` gives ``"A, B and C"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
