"""Part of stage 4 (:mod:`newsmodel.quotes.events`): the person a name, a place
or a role set beside a verb's subject stands for: the name a relative pronoun
follows ("Ann Lee, who said"), the person a place tells where from ("Ann Lee of
Columbia, South Carolina says"), the person before a role ("Marius Kloppers,
BHP's CEO said"); and the roles and offices read on to the person after them
("said Acme chairman and chief executive Ann Lee").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("Ann Lee, who runs Acme, said so.",))
>>> relative_antecedent(read_entities(narration), narration.words, 3, 0).name
'Ann Lee'
"""

from __future__ import annotations

from ..lexicon.organisations import ORGANISATION_NOUNS
from ..lexicon.sources import CLAUSE_WORDS, DETERMINERS, PHRASE_BREAKS
from .entities import Discourse
from .mentions import Mention
from .sources import SourcePhrase
from .tokens import Narration
from .words import DASHES, is_role_word

__all__ = [
    "apposed_person",
    "opens_relative",
    "owner_then_person",
    "person_within",
    "placed_person",
    "relative_antecedent",
    "role_then_person",
    "titles_then_person",
    "unclosed_relative",
]

_ROLE_WORDS = 3  # lower-case words of a role between an owner and a name
_ROLE_REACH = 6  # tokens of a role set after a person's name and a comma
_BODY_REACH = 10  # and of what kind of body an organisation is: "a lobbying group representing phone makers"
_RELATIVES = {"who": ("person",), "which": ("organisation",)}  # the kinds of name each may stand for
_RELATIVE_MARKS = DASHES | {","}


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


def unclosed_relative(narration: Narration, discourse: Discourse, source: SourcePhrase, lo: int) -> SourcePhrase | None:
    """The person whose relative clause, left open with no comma, ends in the name read
    as a verb's source: "Ann Lee, who heads Acme said" is Lee's, not Acme's."""
    words = narration.words
    for at in range(source.first - 1, max(lo, source.first - _ROLE_REACH) - 1, -1):
        if words[at] == "who":  # not "Bannon, who Lee on Monday called": Lee is its subject
            return relative_antecedent(discourse, words, at, lo) if at < source.first - 1 else None
        lowered = words[at].lower()
        if (lowered != words[at] and lowered not in DETERMINERS) or lowered in narration.vocabulary.cue_words:
            return None  # "Lee, who thinks Acme said ...": a clause of its own
    return None


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
            if named is not None and named.first > lo and words[named.first - 1] in PHRASE_BREAKS:
                return None  # "In its report to Congress, the office said": a phrase's object, no subject
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


def titles_then_person(narration: Narration, discourse: Discourse, start: int, hi: int) -> bool:
    """Whether up to three words of an office open at token ``start`` and a person's
    name follows them ("chief executive Ann Lee", "Party Chairman Ann Lee")."""
    words = narration.words
    at = start
    while at < hi and at - start < _ROLE_WORDS:
        mention = discourse.starting.get(at)
        if mention is not None and mention.kind == "person":
            return at > start or mention.title is not None
        if words[at] in PHRASE_BREAKS or not words[at].isalpha():
            return False
        at += 1
    return False


def role_then_person(narration: Narration, discourse: Discourse, index: int, hi: int) -> bool:
    """Whether role words in lower case follow token ``index`` and then a person's
    name: "Clinton campaign manager Robby Mook", "Obama adviser David Axelrod"."""
    words = narration.words
    role = index + 1
    while role < hi and role - index <= _ROLE_WORDS and words[role].islower() and words[role] not in PHRASE_BREAKS:
        role += 1
    return role > index + 1 and person_within(discourse, role, hi)


def owner_then_person(discourse: Discourse, start: int, hi: int) -> bool:
    """Whether an organisation's name opens at token ``start`` and a titled person's
    name follows it ("Beta CEO Ann Lee")."""
    owner = discourse.starting.get(start)
    if owner is None or owner.kind == "person":
        return False
    person = next((discourse.starting[at] for at in range(owner.last, min(hi, owner.last + 3))
                   if at in discourse.starting), None)
    return person is not None and person.kind == "person" and (person.title is not None or person.role is not None)


def person_within(discourse: Discourse, start: int, hi: int) -> bool:
    """Whether a person's name starts within two tokens of ``start``."""
    return any(
        discourse.starting.get(index) is not None and discourse.starting[index].kind == "person"
        for index in range(start, min(hi, start + 2))
    )
