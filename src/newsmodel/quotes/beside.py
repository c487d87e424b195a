"""Part of stage 4 (:mod:`newsmodel.quotes.events`): the person a name, a place
or a role set beside a verb's subject stands for: the name a relative pronoun
follows ("Ann Lee, who said"), the person a place tells where from ("Ann Lee of
Columbia, South Carolina says"), the person before a role ("Marius Kloppers,
BHP's CEO said").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("Ann Lee, who runs Acme, said so.",))
>>> relative_antecedent(read_entities(narration), narration.words, 3, 0).name
'Ann Lee'
"""

from __future__ import annotations

from ..lexicon.organisations import ORGANISATION_NOUNS
from ..lexicon.sources import CLAUSE_WORDS
from .entities import Discourse
from .mentions import Mention
from .sources import SourcePhrase
from .tokens import Narration
from .words import is_role_word

__all__ = ["apposed_person", "opens_relative", "placed_person", "relative_antecedent"]

_ROLE_REACH = 6  # tokens of a role set after a person's name and a comma
_BODY_REACH = 10  # and of what kind of body an organisation is: "a lobbying group representing phone makers"
_RELATIVES = {"who": ("person",), "which": ("organisation",)}  # the kinds of name each may stand for
_RELATIVE_MARKS = frozenset({",", "--", "—", "–"})


def opens_relative(words: tuple[str, ...], index: int) -> bool:
    """Whether a relative pronoun set off by a comma or a dash stands at token
    ``index``: ", who", "-- who", ", which"."""
    return words[index] in _RELATIVES and index > 0 and words[index - 1] in _RELATIVE_MARKS


def relative_antecedent(discourse: Discourse, words: tuple[str, ...], index: int, lo: int) -> SourcePhrase | None:
    """The name a relative pronoun at token ``index`` stands for, set off before it:
    "Ann Lee, who (said)", "Ann Lee -- who (insists)", "Acme, which (said)"."""
    if index - 2 < lo or not opens_relative(words, index):
        return None
    antecedent = discourse.ending.get(index - 2)
    if antecedent is None or antecedent.kind not in _RELATIVES[words[index]]:
        return None
    return SourcePhrase(first=antecedent.first, last=antecedent.last, kind="name", name=antecedent.name)


def placed_person(narration: Narration, discourse: Discourse, place: Mention, lo: int) -> SourcePhrase | None:
    """The person a place after "of" or "from" tells where from: "Ann Lee of Columbia,
    South Carolina (says)"."""
    words, at = narration.words, place.first - 1
    while at - 1 >= lo and words[at] == "," and (earlier := discourse.ending.get(at - 1)) and earlier.kind != "person":
        at = earlier.first - 1  # "Columbia, South Carolina": a city before its region
    person = discourse.ending.get(at - 1) if at - 1 >= lo and words[at] in ("of", "from") else None
    if person is None or person.kind in ("place", "group"):
        return None
    return SourcePhrase(first=person.first, last=person.last, kind="name", name=person.name)


def apposed_person(narration: Narration, discourse: Discourse, index: int, lo: int) -> SourcePhrase | None:
    """The person set before a role that ends at token ``index`` with no comma
    after it: "Marius Kloppers, BHP's CEO (said)"; or the organisation set before
    what kind of body it is: "Acme, a lobbying group for phone makers (said)"."""
    words = narration.words
    for comma in range(index - 1, max(lo, index - _BODY_REACH) - 1, -1):
        if words[comma] == ",":
            named = discourse.ending.get(comma - 1)
            role = words[comma + 1 : index + 1]
            roles = narration.vocabulary.roles
            person = named is not None and named.kind == "person" and any(is_role_word(w, roles) for w in role)
            person = person and index - comma < _ROLE_REACH
            body = named is not None and named.kind == "organisation" and role[0].lower() in ("a", "an", "the") and (
                any(w in ORGANISATION_NOUNS for w in role))
            if named is None or not (person or body):
                return None
            return SourcePhrase(first=named.first, last=named.last, kind="name", name=named.name)
        if not words[comma][:1].isalnum() or words[comma] in CLAUSE_WORDS:
            return None
    return None
