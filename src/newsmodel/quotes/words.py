"""Stage 2, tokens (one word alone): what a word of the narration is.

A possessive and its owner ("Lee's", "Partners'"), an abbreviation whose full
stop ends no sentence ("Gov", "R.W"), a name behind a particle ("al-Hakim"),
a subject pronoun with or without a clitic ("he'd"), a role word ("analyst").
:mod:`newsmodel.quotes.tokens` and the stages after it ask these of a token;
none of them raises on any word.

>>> possessor("Lee's"), is_abbreviation("Sen"), subject_pronoun("She's")
('Lee', True, 'she')
"""

from __future__ import annotations

from ..lexicon.names import ABBREVIATIONS
from ..lexicon.organisations import PRONOUNS
from ..lexicon.titles import HYPHENED_PARTICLES

__all__ = [
    "DASHES",
    "POSSESSIVE_ENDINGS",
    "is_abbreviation",
    "is_instrument_code",
    "is_particled",
    "is_role_word",
    "possessor",
    "subject_pronoun",
]

_CLITICS = frozenset({"d", "s", "ll", "ve", "re", "m"})  # "he'd", "she's", "they'll"
_LONGEST_CLITIC_PRONOUN = len("they're")

#: The dashes that set a phrase off in the narration, as tokens: "Lee -- who ... -- said".
DASHES = frozenset({"--", "—", "–"})

#: The endings of a possessive word: "Lee's", and a plural's "Partners'".
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def is_instrument_code(word: str) -> bool:
    """Whether a word is a market's code for a company's shares ("ACME.N", "TSCO.L",
    "0700.HK", "KKR.UL"): a name of no party that speaks.

    >>> is_instrument_code("KKR.UL"), is_instrument_code("U.S"), is_instrument_code("Acme")
    (True, False, False)
    """
    stem, dot, market = word.rpartition(".")
    return bool(dot) and 2 <= len(stem) <= 6 and 1 <= len(market) <= 2 and market.isupper() and (
        stem.isupper() or stem.isdigit()
    ) and stem.isalnum()


def possessor(word: str) -> str:
    """A possessive word without its ending (never raises; a word without
    one loses its last character).

    >>> possessor("Lee's"), possessor("Partners'")
    ('Lee', 'Partners')
    """
    return word[:-2] if word.endswith(("'s", "’s")) else word[:-1]


def is_particled(word: str) -> bool:
    """Whether a lower-case word is a name behind a particle joined by a hyphen:
    "al-Hakim", "el-Sisi" (never raises).

    >>> is_particled("al-Hakim"), is_particled("al-time"), is_particled("Al-Hakim")
    (True, False, False)
    """
    particle, hyphen, name = word.partition("-")
    return bool(hyphen) and particle in HYPHENED_PARTICLES and name[:1].isupper()


def is_abbreviation(word: str) -> bool:
    """Whether a word before a full stop is an abbreviation or initials ("Sen", "A", "R.W"),
    so that the stop ends no sentence (never raises).

    >>> is_abbreviation("Gov"), is_abbreviation("R.W"), is_abbreviation("Ohio")
    (True, True, False)
    """
    return word in ABBREVIATIONS or (word[:1].isupper() and all(len(part) == 1 for part in word.split(".")))


def is_role_word(word: str, roles: frozenset[str]) -> bool:
    """Whether a word, in any case, names a role or a title of ``roles`` (a vocabulary's:
    "analyst", "CEO").

    >>> from newsmodel.quotes.vocabulary import DEFAULT
    >>> is_role_word("CEO", DEFAULT.roles), is_role_word("market", DEFAULT.roles)
    (True, False)
    """
    return word.lower() in roles


def subject_pronoun(word: str) -> str | None:
    """The subject pronoun a word is, with or without a clitic ("he'd", "she’s"),
    in lower case, else ``None`` (never raises).

    >>> subject_pronoun("He’d"), subject_pronoun("their")
    ('he', None)
    """
    lowered = word.casefold()
    if lowered in PRONOUNS:
        return lowered
    if len(lowered) > _LONGEST_CLITIC_PRONOUN:
        return None  # the common case, a longer word: no pronoun with a clitic
    for mark in ("'", "’"):
        if mark in lowered:
            lowered, _, clitic = lowered.partition(mark)
            if clitic not in _CLITICS or lowered == "it":
                return None  # "it's" is most often "it is" of nobody: "It's become a habit"
    return lowered if lowered in PRONOUNS else None
