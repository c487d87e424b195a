"""Stage 3, entities (a person's gender): as the story tells it, by an honorific
or a first name in the mention itself, else by the first "he" or "she" after it.

:mod:`newsmodel.quotes.entities` asks these of each person it registers, so
that a later pronoun can be matched to the party it stands for.

>>> from newsmodel.quotes.mentions import read_mentions
>>> from newsmodel.quotes.tokens import read_tokens
>>> narration = read_tokens(("Sen. Ann Lee spoke. Bo Li said he would stay.",))
>>> lee, li = read_mentions(narration)
>>> name_gender(lee), name_gender(li), pronoun_gender(narration, li, len(narration.words))
('female', None, 'male')
"""

from __future__ import annotations

from ..lexicon.names import FEMALE_FIRST_NAMES, HONORIFICS, MALE_FIRST_NAMES
from .mentions import Mention
from .tokens import Narration

__all__ = ["name_gender", "pronoun_gender"]

_GENDERED = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
_GENDERED.update({word.capitalize(): gender for word, gender in _GENDERED.items()})
_PRONOUN_REACH = 12  # tokens after a subject where its "he" or "she" may stand


def name_gender(mention: Mention) -> str | None:
    """The gender a mention's honorific ("Mrs.") or first name ("Ann") gives, or
    ``None``; a lone name, a surname in news copy, tells none."""
    if mention.title:
        for word in mention.title.replace(".", " ").split():
            gender = HONORIFICS.get(word.casefold())
            if gender:
                return gender
    words = mention.name.split()
    if len(words) < 2:
        return None  # a lone name is a surname in news copy: "Allen", "Morgan" tell no gender
    first = words[0]
    if first in MALE_FIRST_NAMES:
        return "male"
    if first in FEMALE_FIRST_NAMES:
        return "female"
    return None


def pronoun_gender(narration: Narration, mention: Mention, next_first: int) -> str | None:
    """The gender of the first "he"/"his" or "she"/"her" after a person, before the next name
    (which opens at token ``next_first``), within a few tokens of it."""
    stop = min(next_first, mention.last + _PRONOUN_REACH)
    for word in narration.words[mention.last : stop]:
        gender = _GENDERED.get(word)
        if gender:
            return gender
    return None
