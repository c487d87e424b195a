"""Reading a source: the phrase of a speaker around its head word.

Part of stage 4 (:mod:`newsmodel.quotes.events`): given the last word of a
noun phrase, read the phrase back to where it begins and say what it is:

- a name, with what stands before it ("Morningstar analyst Debbie Wang",
  "Dinosaur's Garrity", "Ann Lee of Acme", "A and B": both, as one speaker);
- a name after a role and a preposition that names its owner ("a
  spokesman for Tesla", "Ann Lee, chief strategist at Acme": Ann Lee);
- a pronoun; a description ("the company", "a Tesla spokesperson",
  "Deutsche Bank analysts"); a document ("a statement from the ministry");
  or a source the story leaves unnamed ("one trader", "analysts").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("a spokesman for Acme Corp",))
>>> read_source(narration, read_entities(narration), 4, 0, 5)
SourcePhrase(first=0, last=2, kind='description', name='Acme Corp', noun='spokesman', definite=False)
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ..lexicon.organisations import ORGANISATION_NOUNS
from ..lexicon.sources import (
    ANONYMOUS_NOUNS,
    BODY_NOUNS,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
    SPOKESPERSON_NOUNS,
    UNNAMED_DETERMINERS,
)
from .entities import Discourse
from .mentions import Mention
from .owners import owner_of
from .tokens import Narration
from .words import POSSESSIVE_ENDINGS, is_role_word, subject_pronoun

__all__ = ["SourcePhrase", "read_source"]

_DESCRIPTION_REACH = 5  # words of a description before its head noun
_MODIFIER_REACH = 4  # words of roles and owners before a name
_POST_MODIFIERS = frozenset({"of", "with", "at", "for", "from", "in", "on", "to"})
_COMMON_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS
_PEOPLE = {"person", "unknown"}  # "Smith and Ann Lee said": a surname read alone is of no known kind


#: What the phrase of a speaker is.
SourceKind = Literal["name", "pronoun", "description", "document", "unnamed", "title", "term"]


class SourcePhrase(NamedTuple):
    """The phrase that names a speaker: tokens ``first`` to ``last`` (exclusive).

    ``kind`` is ``"name"`` (``name`` holds it), ``"pronoun"`` (``noun`` holds
    it), ``"description"`` ("the company": ``noun``, and ``name`` where the
    phrase names an owner, "a Tesla spokesperson"), ``"document"`` ("a
    statement from X") or ``"unnamed"`` ("one trader"); ``"title"`` and
    ``"term"`` mark the words of nobody's speech (a title, a term).
    """

    first: int
    last: int
    kind: SourceKind
    name: str | None = None
    noun: str | None = None
    definite: bool = False


def _role_word(word: str, roles: frozenset[str]) -> bool:
    return word.islower() and is_role_word(word, roles)


def _phrase_start(narration: Narration, discourse: Discourse, mention: Mention, lo: int) -> int:
    """Where a name's phrase begins: before its title, roles, owners and article."""
    words, roles = narration.words, narration.vocabulary.roles
    first = mention.start if mention.start >= 0 else mention.first
    for _ in range(_MODIFIER_REACH):
        if first - 1 < lo:
            break
        before = words[first - 1]
        owner = discourse.ending.get(first - 1)
        if _role_word(before, roles) or (before.islower() and first - 2 >= lo and _role_word(words[first - 2], roles)):
            first -= 1
        elif (owner is not None and owner.kind != "person") or (owner is not None and owner.possessive):
            first = owner.start if owner.start >= 0 else owner.first
        elif before in ("the", "a", "an"):
            first -= 1
            break
        else:
            break
    return first


def _named(narration: Narration, discourse: Discourse, mention: Mention, lo: int, head: int) -> SourcePhrase:
    first = _phrase_start(narration, discourse, mention, lo)
    return tuple.__new__(SourcePhrase, (first, head + 1, "name", mention.name, None, False))  # the commonest: one call


def _description_start(words: tuple[str, ...], discourse: Discourse, head: int, lo: int) -> int:
    first = head
    while first - 1 >= lo and head - first < _DESCRIPTION_REACH and words[first - 1] not in CLAUSE_WORDS and (
        words[first - 1].islower() or words[first - 1][:1].isupper() or _placed(words, first, lo)
        or words[first - 1][:1].islower()  # a name in mixed case: "the iPhone maker"
    ):
        first -= 1
        if words[first].lower() in DETERMINERS:
            break
    return first


def _placed(words: tuple[str, ...], index: int, lo: int) -> bool:
    """Whether the comma before token ``index`` parts a city from its region in a
    place before "-based" ("the Dayton, Ohio-based company")."""
    return index - 2 >= lo and words[index - 1] == "," and words[index].endswith("-based") and (
        words[index - 2][:1].isupper()
    )


def _preposition_before(words: tuple[str, ...], start: int, lo: int) -> int:
    """The preposition that makes a name a complement ("of the respected journal
    Flight International", "at a U.S. bank"), or -1."""
    index = start - 1
    while index >= lo and start - index <= _DESCRIPTION_REACH and words[index] not in _POST_MODIFIERS:
        if not words[index].islower() or words[index] in CLAUSE_WORDS:
            return -1
        index -= 1
    return index if index - 1 >= lo and words[index] in _POST_MODIFIERS and words[index - 1].isalpha() else -1


def _complement(
    narration: Narration, discourse: Discourse, preposition: int, lo: int, head: int
) -> SourcePhrase | None:
    """The source of "ROLE of/for/at NAME": the person the role is set beside
    ("Ann Lee, chief strategist at Acme"), a person before the preposition
    ("Ann Lee of Acme"), or the role itself with its owner ("a spokesman for Acme")."""
    words = narration.words
    before = preposition - 1
    person = discourse.ending.get(before)
    if person is not None and person.kind == "person":
        return _named(narration, discourse, person, lo, before)
    if not words[before].islower():
        return None
    first = _description_start(words, discourse, before, lo)
    appositive = discourse.ending.get(first - 2) if first - 1 >= lo and words[first - 1] == "," else None
    if appositive is not None and appositive.kind == "person":
        return _named(narration, discourse, appositive, lo, first - 2)
    return read_source(narration, discourse, before, lo, head + 1)


def read_source(narration: Narration, discourse: Discourse, head: int, lo: int, hi: int) -> SourcePhrase | None:
    """The source whose head word is token ``head``, reading back no further than ``lo``.

    ``hi`` bounds a complement read after the head ("a spokesman for Tesla").
    """
    words = narration.words
    word = words[head]
    pronoun = subject_pronoun(word)
    if pronoun is not None:
        return SourcePhrase(first=head, last=head + 1, kind="pronoun", noun=pronoun)
    mention = discourse.ending.get(head)
    if mention is not None:
        start = mention.start if mention.start >= 0 else mention.first
        before = words[start - 1] if start - 1 >= lo else ""
        preposition = _preposition_before(words, start, lo) if mention.kind != "person" else -1
        if preposition >= 0:
            return _complement(narration, discourse, preposition, lo, head)
        phrase = _phrase_start(narration, discourse, mention, lo)
        if phrase - 2 >= lo and words[phrase - 1] == "and":  # "Mark Wall and Gilles Moec said": both
            other = discourse.ending.get(phrase - 2)
            if other is not None and (other.kind == mention.kind or {other.kind, mention.kind} == _PEOPLE):
                first = _phrase_start(narration, discourse, other, lo)
                return SourcePhrase(first=first, last=head + 1, kind="name", name=f"{other.name} and {mention.name}")
        if mention.kind == "group" and before.lower() == "the" and not mention.name.endswith("s"):
            noun = mention.name.rsplit(" ", 1)[-1].lower()  # "said the Texas Republican": one person so described
            return SourcePhrase(first=start - 1, last=head + 1, kind="description", noun=noun, definite=True)
        if (mention.kind == "place" and before in ("in", "near")) or mention.kind == "group":
            return None
        return _named(narration, discourse, mention, lo, head)
    if word[:1].isupper() and word.lower() in _COMMON_NOUNS:
        return _description(narration, discourse, head, lo, hi, noun=word.lower())  # "Authorities said"
    if not word.islower() or word in CLAUSE_WORDS or word in DETERMINERS:
        return None
    return _description(narration, discourse, head, lo, hi)


def _description(
    narration: Narration, discourse: Discourse, head: int, lo: int, hi: int, noun: str | None = None
) -> SourcePhrase | None:
    words = narration.words
    noun = noun or words[head]
    if noun in narration.vocabulary.cue_words and noun not in narration.vocabulary.nouns:
        return None  # "the company said": a verb, not a description's noun
    first = _description_start(words, discourse, head, lo)
    before = words[first - 2] if first - 2 >= lo else ""
    if words[first - 1] in _POST_MODIFIERS and (before.islower() or before.lower() in _COMMON_NOUNS):
        for outer_head in (first - 2, first - 3):  # "a source at the bank", "people familiar with the talks"
            outer = read_source(narration, discourse, outer_head, lo, hi) if outer_head >= lo else None
            if outer is not None and outer.kind != "pronoun":
                return outer
    determiner = words[first].lower() if words[first].lower() in DETERMINERS else ""
    if not determiner and first < head and words[first].endswith(POSSESSIVE_ENDINGS):
        determiner = "the"  # "Lakeside's official news agency": the agency of Lakeside
    owner = owner_of(narration, discourse, head, first, hi)
    if noun in DOCUMENT_NOUNS:
        return SourcePhrase(first=first, last=head + 1, kind="document", noun=noun,
                      name=owner.name if owner else None, definite=determiner == "the")
    plural_group = noun.endswith("s") and determiner not in UNNAMED_DETERMINERS
    if noun in ANONYMOUS_NOUNS and (determiner != "the" or noun.endswith("s")):  # "the trader" may be named
        return SourcePhrase(first=first, last=head + 1, kind="unnamed", noun=noun)
    speaks_for = noun in SPOKESPERSON_NOUNS or noun in BODY_NOUNS or (plural_group and noun in PERSON_NOUNS)
    speaks_for = speaks_for or (determiner in ("the", "its", "their") and noun in PERSON_NOUNS)  # "the Acme employee"
    named_body = determiner in ("the", "a", "an") and noun in ORGANISATION_NOUNS  # "the socialist Podemos party"
    speaks_for = speaks_for or named_body
    if owner is not None and speaks_for and not (determiner in UNNAMED_DETERMINERS and noun in BODY_NOUNS):
        return SourcePhrase(first=first, last=head + 1, kind="description", noun=noun, name=owner.name,
                            definite=determiner == "the")
    if determiner in UNNAMED_DETERMINERS or (not determiner and noun.endswith("s")):
        return SourcePhrase(first=first, last=head + 1, kind="unnamed", noun=noun)
    if determiner in ("the", "its", "their"):
        return SourcePhrase(first=first, last=head + 1, kind="description", noun=noun, definite=True)
    return None
