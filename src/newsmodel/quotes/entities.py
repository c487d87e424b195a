"""Stage 3, entities: the parties that the mentions of a story name.

Entities gather the mentions that name the same party: a surname stands
for the full name the story introduced, an organisation's short form for
its full name; a person's gender is read off an honorific, a first name,
or the "he" or "she" that follows the name. A lone word capitalised only
because it opens a sentence is an "opener", and a name before a role and
another name an organisation ("Wells Fargo economist John Silvia").

>>> from newsmodel.quotes.tokens import read_tokens
>>> discourse = read_entities(read_tokens(("Sen. Ann Lee of Acme Corp spoke. Lee left.",)))
>>> [(m.name, m.kind) for m in discourse.mentions]
[('Ann Lee', 'person'), ('Acme Corp', 'organisation'), ('Ann Lee', 'person')]
>>> discourse.entity("Lee").gender
'female'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from attrs import frozen

from ..lexicon.common import NOT_NAMES
from ..lexicon.names import FIRST_NAMES
from ..lexicon.organisations import ORGANISATION_WORDS
from ..lexicon.places import DEMONYMS, REGIONS
from .genders import name_gender, pronoun_gender
from .mentions import Mention, read_mentions
from .runs import MentionKind, is_title
from .tokens import Narration

__all__ = ["Discourse", "Entity", "read_entities"]

_LEGAL_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "se", "group", "holdings"})


_CAPITALISED_COMMON_WORDS = frozenset(word.capitalize() for word in NOT_NAMES)  # "Still", "Will", "May"


@frozen(kw_only=True)
class Entity:
    """A party the story names: its fullest name, kind, gender and titles."""

    name: str
    kind: MentionKind
    gender: str | None = None
    titles: tuple[str, ...] = ()


@frozen(kw_only=True)
class Discourse:
    """The mentions of a story, in order, and the entities they name.

    ``ending`` maps the last token of each mention to it, and ``starting``
    its first (and the first of its title), so that a later stage can ask
    which name a phrase ends or begins with.
    """

    mentions: tuple[Mention, ...]
    ending: Mapping[int, Mention]
    starting: Mapping[int, Mention]
    entities: Mapping[str, Entity]

    def entity(self, name: str) -> Entity | None:
        """The entity a name (full, surname or an organisation's short form) stands for."""
        return self.entities.get(name)

    def full_name(self, name: str) -> str:
        """The fullest name the story gives the party ``name`` stands for ("Ann Lee"
        for "Lee"), or ``name`` itself where it names no entity."""
        entity = self.entities.get(name)
        return entity.name if entity is not None else name


class _Registry:
    """The entities as they are introduced (private to :func:`read_entities`)."""

    def __init__(self, title_forms: frozenset[str]) -> None:
        self.entities: dict[str, Entity] = {}
        self.title_forms = title_forms

    def add(self, mention: Mention, gender: str | None, known: Entity | None) -> Mention:
        """``mention`` of the entity ``known`` by its name, or, where ``known`` is
        ``None``, of a person or an organisation the story names for the first time."""
        if known is None:
            entity = Entity(name=mention.name, kind=mention.kind, gender=gender,
                            titles=tuple(t for t in (mention.title, mention.role) if t))
            self._put(mention.name, entity)
            return mention
        if mention.title is not None or mention.role is not None or (gender and not known.gender):
            titles = tuple(t for t in (mention.title, mention.role) if t and t not in known.titles)
            if (gender and not known.gender) or titles:
                self._put(known.name, Entity(name=known.name, kind=known.kind, gender=known.gender or gender,
                                             titles=(*known.titles, *titles)))
        if mention.name == known.name and mention.kind == known.kind:
            return mention
        first, last, _, _, start, title, role, owner, possessive = mention  # built anew: faster than _replace
        return Mention(first, last, known.name, known.kind, start, title, role, owner, possessive)

    def _put(self, name: str, entity: Entity) -> None:
        self.entities[name] = entity
        for short in _short_forms(name, entity.kind, self.title_forms):
            held = self.entities.get(short)
            if held is None or held.name == name:
                self.entities[short] = entity


def _short_forms(name: str, kind: MentionKind, title_forms: frozenset[str]) -> list[str]:
    """The shorter names a story uses for a party: a person's surname; an
    organisation's name without its legal suffix, and its distinctive first word
    (not a title of ``title_forms``)."""
    words = name.split()
    if len(words) < 2:
        return []
    if kind == "person":
        region = words[-1] in REGIONS and words[0] not in FIRST_NAMES
        return [] if region else [words[-1]]  # "Greater China" is no person named China; Kerry Washington is
    forms = []
    while len(words) > 1 and words[-1].casefold().rstrip(".") in _LEGAL_SUFFIXES:
        words = words[:-1]
        forms.append(" ".join(words))
    head = words[0]
    if len(words) > 1 and len(head) >= 3 and not _generic(head, title_forms):
        forms.append(head)
    return forms


def _generic(word: str, title_forms: frozenset[str]) -> bool:
    folded = word.casefold()
    return (folded in ORGANISATION_WORDS or folded in NOT_NAMES or word in REGIONS or word in DEMONYMS
            or is_title(word, title_forms) or folded in ("new", "north", "south", "east", "west", "united", "national"))


def _proper(narration: Narration, raw: list[Mention]) -> list[Mention]:
    """The mentions, with the lone words that may be capitalised only because
    they open a sentence ("Currently", "Expenses", and surnames the story
    never names otherwise) marked as kind ``"opener"``: a word the story never
    capitalises inside a sentence, and that no title, role or organisation
    word marks. An opener may be a speaker's name, but no party a pronoun or
    a description stands for."""
    opens = set(narration.sentence_first)
    inside = {m.name for m in raw if m.first not in opens and m.start not in opens}
    for mention in raw:
        if " " in mention.name:
            words = mention.name.split()
            inside.update((words[0], words[-1]))  # "Lee" after "Ann Lee", "Acme" after "Acme Corp"
    return [
        Mention(m.first, m.last, m.name, "opener", m.start, None, None, m.owner, m.possessive)
        if m.kind == "unknown" and m.first in opens and " " not in m.name and m.name not in inside
        and m.role is None and m.title is None else m
        for m in raw
    ]


def _owners(narration: Narration, raw: list[Mention]) -> list[Mention]:
    """A name before a role and another name is that person's organisation
    ("Wells Fargo economist John Silvia"), not a person."""
    words = narration.words
    for index in range(len(raw) - 1):
        mention, following = raw[index], raw[index + 1]
        if mention.kind != "person" or following.kind != "person" or following.role is None:
            continue  # most pairs: the words between them are not read
        between = words[mention.last : following.first]
        if between and all(w.islower() for w in between):
            raw[index] = mention._replace(kind="organisation")
    return raw


def _surnames_beside_cues(
    narration: Narration, mentions: list[Mention], entities: Mapping[str, Entity]
) -> list[Mention]:
    """The mentions, with a surname that is also a common word ("Still", "Will")
    where it stands right beside a verb of saying and a person of that surname
    was named before: "Tom Still said ... Still said", "wrote Will"."""
    people = {
        name: entity for name, entity in entities.items()
        if name in _CAPITALISED_COMMON_WORDS and entity.kind == "person" and " " in entity.name
    }
    if not people:
        return mentions  # the common case: no one named has a surname that is a common word
    words = narration.words
    named = {m.last - 1 for m in mentions}
    found: list[Mention] = []
    for verb in narration.verbs:
        for index in (verb - 1, verb + 1):
            entity = people.get(words[index]) if 0 <= index < len(words) and index not in named else None
            if entity is None:
                continue
            earlier = next((m for m in mentions if m.name == entity.name), None)
            if earlier is not None and earlier.first < index:
                found.append(Mention(first=index, last=index + 1, name=entity.name, kind="person"))
                named.add(index)
    return sorted(mentions + found) if found else mentions


def read_entities(narration: Narration) -> Discourse:
    """The mentions and entities of a story's narration."""
    raw = _owners(narration, _proper(narration, read_mentions(narration)))
    registry = _Registry(narration.vocabulary.title_forms)
    mentions: list[Mention] = []
    for index, mention in enumerate(raw):
        gender = None
        known = registry.entities.get(mention.name)
        if known is None and mention.kind not in ("person", "organisation"):
            mentions.append(mention)  # a place, a people, or a name that names no party yet: no gender read
            continue
        # a gender is read only where the registry keeps it: for a new person, or a known party without one
        wanted = mention.kind == "person" if known is None else known.gender is None
        if wanted and mention.kind in ("person", "unknown"):
            gender = name_gender(mention)
            if gender is None:
                following = raw[index + 1].first if index + 1 < len(raw) else len(narration.words)
                gender = pronoun_gender(narration, mention, following)
        mentions.append(registry.add(mention, gender, known))
    mentions = _surnames_beside_cues(narration, mentions, registry.entities)
    return Discourse(
        mentions=tuple(mentions),
        ending=MappingProxyType({m.last - 1: m for m in mentions}),
        starting=MappingProxyType({**{m.first: m for m in mentions}, **{m.start: m for m in mentions if m.start >= 0}}),
        entities=MappingProxyType(dict(registry.entities)),
    )
