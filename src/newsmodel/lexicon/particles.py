"""Particles of personal names: the lower-case parts that stand inside a name.

A particle is printed as a word of its own ("Ana de la Vega", "Erik ten
Hag"), or glued to the next part of the name: by an apostrophe where its
vowel is elided ("Frances d'Emilio", "Marcello dell'Utri"), by a hyphen in
Arabic names ("Bashar al-Assad").
"""

from __future__ import annotations

from typing import Final

from .titles import NAME_PARTICLES

__all__ = ["ELIDED_PARTICLES", "HYPHENATED_PARTICLES", "PARTICLE_WORDS"]

#: Particles printed as words of their own, compared lower-case: those the quote
#: finder knows (``titles.NAME_PARTICLES``) and more ("ben", "ten", "zu", "de'").
PARTICLE_WORDS: Final[frozenset[str]] = NAME_PARTICLES | frozenset(
    {"ben", "bint", "ould", "ten", "zu", "des", "dei", "degli", "delle", "de'", "'t"}
)

#: Particles glued to the rest of the name by an apostrophe, their vowel elided
#: ("d'Emilio", "dell'Utri", "dall'Oglio", "l'Aquila"), without the apostrophe.
ELIDED_PARTICLES: Final[frozenset[str]] = frozenset({"d", "l", "dell", "dall", "degl", "de"})

#: Particles glued to the rest of the name by a hyphen ("al-Assad", "el-Sisi",
#: "ash-Shami", "bin-Salman"): the Arabic article as it is printed before each letter, and "bin".
HYPHENATED_PARTICLES: Final[frozenset[str]] = frozenset(
    {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "bin"}
)
