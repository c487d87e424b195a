"""Stage 3, mentions: the persons and organisations a story names.

Each capitalised run of the narration is read as a mention: leading
function words and headings dropped, a possessive owner split off
("Citigroup Inc's Vikram Pandit"), decided as a person, an organisation or
a place *before* its title is stripped ("Energy Minister" is a title, not a
name; "Foreign Ministry" an organisation). Entities gather the mentions
that name the same party: a surname stands for the full name the story
introduced, and a person's gender is read off an honorific, a first name,
or the "he" or "she" that follows the name.

>>> from newsmodel.quotes.tokens import tokenize
>>> story = discover(tokenize(("Sen. Ann Lee of Acme Corp spoke. Lee left.",)))
>>> [(m.name, m.kind, m.title) for m in story.mentions]
[('Ann Lee', 'person', 'Sen.'), ('Acme Corp', 'organisation', None), ('Ann Lee', 'person', None)]
>>> story.entity("Lee").gender
'female'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from attrs import evolve, frozen

from ..lexicon.common import NOT_NAMES
from ..lexicon.names import ABBREVIATIONS, FEMALE_FIRST_NAMES, HONORIFICS, MALE_FIRST_NAMES, OFFICE_TITLES
from ..lexicon.organisations import ORGANISATION_NOUNS, ORGANISATION_WORDS
from ..lexicon.places import DEMONYMS, REGIONS
from ..lexicon.sources import DOCUMENT_NOUNS, PERSON_NOUNS
from ..lexicon.titles import NAME_PARTICLES, SPEAKER_TITLE_WORDS
from .tokens import Narration

__all__ = ["Discourse", "Entity", "Mention", "discover"]

_LOCATIVES = frozenset({"in", "near", "across", "outside", "inside", "throughout", "to", "into", "from", "via"})
_GENDERED = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
_LEGAL_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "se", "group", "holdings"})
_TITLE_LINKS = frozenset({"of", "the", "and", "for", "&"})
_COMMON_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS
_NATIONAL = frozenset({"U.S", "U.K", "U.N", "EU"})
_TITLE_MODIFIERS = frozenset({"former", "acting", "interim", "senior", "deputy", "vice", "assistant", "late",
                              "u.s", "u.k", "u.n", "eu", "of", "the", "and", "for", "&"})
_PRONOUN_REACH = 12  # tokens after a subject where its "he" or "she" may stand


@frozen(kw_only=True)
class Mention:
    """A name in the narration: tokens ``first`` to ``last`` (exclusive), the name
    as printed without titles or possessive, and its kind.

    ``start`` is where the name's phrase begins: at its title ("Sen."), or
    at the role word before it ("analyst"), which ``title`` and ``role``
    hold; ``owner`` is an organisation or place printed before the title
    ("ECB" in "ECB President Mario Draghi").
    """

    first: int
    last: int
    name: str
    kind: str  # "person", "organisation", "place", "group", "unknown" or "opener"
    start: int = -1
    title: str | None = None
    role: str | None = None
    owner: str | None = None
    possessive: bool = False


@frozen(kw_only=True)
class Entity:
    """A party the story names: its fullest name, kind, gender and titles."""

    name: str
    kind: str
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


def _is_title(word: str) -> bool:
    return word.casefold() in SPEAKER_TITLE_WORDS or f"{word.casefold()}." in SPEAKER_TITLE_WORDS


def _titled(words: list[str], index: int) -> bool:
    word = words[index]
    if word == ".":
        return index > 0 and words[index - 1] in ABBREVIATIONS
    return _is_title(word) or word.casefold() in HONORIFICS or word in _NATIONAL


def _split_title(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The owner, the title and the name of a run: "Bank of America" "Chief
    Executive" "Kenneth Lewis"; "" "Sen." "Ann Lee"; "Los Angeles" "Mayor" "Eric Garcetti"."""
    last = -1
    for index in range(len(words) - 1):
        if _titled(words, index):
            last = index
    if last < 0:
        return [], [], words
    first = last
    while first > 0 and (_titled(words, first - 1) or words[first - 1] in _TITLE_LINKS):
        first -= 1
    while first < last and words[first] in _TITLE_LINKS:
        first += 1
    return words[:first], words[first : last + 1], words[last + 1 :]


def _kind(words: list[str], title: list[str], previous: str) -> str:
    """Whether a name's words are a person's, an organisation's or a place's."""
    text = " ".join(words)
    if any(w.casefold() in ORGANISATION_WORDS for w in words):
        return "organisation"
    if text in REGIONS or previous in _LOCATIVES:
        return "place"
    if previous == "at" or (len(words) > 1 and any(len(w) > 1 and w.isupper() for w in words)):
        return "unknown" if all(w.isupper() for w in words) else "organisation"  # "at Acme", "Exane BNP Paribas"
    if any(w.casefold().rstrip(".") not in _TITLE_MODIFIERS for w in title if w != "."):
        return "person"
    if len(words) == 1:
        word = words[0]
        return "organisation" if 2 <= len(word) <= 6 and word.isupper() else "unknown"
    if previous == "the" or words[0] in DEMONYMS:
        return "organisation"
    names = [w for w in words if w != "."]
    if all(w[:1].isupper() or w in NAME_PARTICLES for w in names) and len(names) <= 4:
        return "person"
    return "unknown"


def _clean(words: list[str]) -> tuple[list[str], bool, str]:
    """A run's words without leading function words or heading capitals, without a
    possessive ending; whether it ended in one; what word stood before the name."""
    dropped = ""
    while words and words[0].casefold() in NOT_NAMES:
        dropped = words.pop(0).casefold()
    capitals = 0
    while capitals < len(words) - 1 and len(words[capitals]) > 1 and words[capitals].isupper():
        capitals += 1
    if capitals >= 2 and not words[capitals].isupper():
        words = words[capitals:]  # "TRANS-ATLANTIC RACE Nasdaq": a heading run into a sentence
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
        return words, True, dropped
    return words, False, dropped


def _printed(words: list[str]) -> str:
    return " ".join(words).replace(" .", ".")


def _mentions(narration: Narration, first: int, last: int) -> list[Mention]:
    """The mentions of one capitalised run: an owner's possessive ("Citigroup Inc's
    Vikram Pandit") or a name before a title ("ECB President Mario Draghi") splits it."""
    words = list(narration.words[first:last])
    if len(words) == 1 and (words[0].casefold() in NOT_NAMES or words[0].lower() in _COMMON_NOUNS):
        return []  # "The", "But", "He", "Police": most runs are one such word
    for index, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")):  # "Citigroup Inc's Vikram Pandit"
            return _mentions(narration, first, first + index + 1) + _mentions(narration, first + index + 1, last)
    words, possessive, dropped = _clean(words)
    if not words or words[-1].casefold() in NOT_NAMES or words[-1].endswith("-based"):
        return []
    start = last - len(words)
    previous = dropped or (narration.words[start - 1].casefold() if start > 0 else "")
    owner, title, name = _split_title(words)
    honoured = any(w.casefold() in HONORIFICS for w in title)
    if not name or (not honoured and ((len(name) == 1 and _is_title(name[0])) or name[-1].casefold() in OFFICE_TITLES)):
        return []  # "Energy Minister", "Chief Executive": a title, not a name ("Mr. King" is one)
    found: list[Mention] = []
    if owner:  # an owner before a title is an organisation or a place, never a person
        found.extend(m if m.kind != "person" else evolve(m, kind="place" if m.name in REGIONS else "organisation")
                     for m in _mentions(narration, start, start + len(owner)))
    role = previous if previous in SPEAKER_TITLE_WORDS or previous in PERSON_NOUNS else None
    person = role is not None and len(name) <= 3 and _kind(name, [], "") != "organisation"
    kind = "person" if person else _kind(name, title, previous)
    if kind == "unknown" and all(w in DEMONYMS for w in name if w != "."):
        kind = "group"  # "Republicans", "Central Asian": a people, not a party that speaks
    name_first = last - len(name)
    found.append(Mention(first=name_first, last=last, name=_printed(name), kind=kind,
                         start=start + len(owner) - (role is not None and not owner and not title),
                         title=_printed(title) or None, role=role, owner=_printed(owner) or None,
                         possessive=possessive))
    return found


def _gender(mention: Mention) -> str | None:
    if mention.title:
        for word in mention.title.replace(".", " ").split():
            gender = HONORIFICS.get(word.casefold())
            if gender:
                return gender
    first = mention.name.split()[0]
    if first in MALE_FIRST_NAMES:
        return "male"
    if first in FEMALE_FIRST_NAMES:
        return "female"
    return None


def _pronoun_gender(narration: Narration, mention: Mention, next_first: int) -> str | None:
    """The gender of the first "he"/"his" or "she"/"her" after a person, before the next name."""
    stop = min(next_first, mention.last + _PRONOUN_REACH)
    for word in narration.words[mention.last : stop]:
        gender = _GENDERED.get(word.casefold())
        if gender:
            return gender
    return None


class _Registry:
    """The entities as they are introduced (private to :func:`discover`)."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def add(self, mention: Mention, gender: str | None) -> Mention:
        known = self.entities.get(mention.name)
        words = mention.name.split()
        if known is None and mention.kind == "unknown" and len(words) == 1:
            return mention  # a lone word that names no one yet
        if known is not None:
            titles = tuple(t for t in (mention.title, mention.role) if t and t not in known.titles)
            if (gender and not known.gender) or titles:
                self._put(known.name, Entity(name=known.name, kind=known.kind, gender=known.gender or gender,
                                             titles=(*known.titles, *titles)))
            return evolve(mention, name=known.name, kind=known.kind)
        if mention.kind in ("person", "organisation"):
            entity = Entity(name=mention.name, kind=mention.kind, gender=gender,
                            titles=tuple(t for t in (mention.title, mention.role) if t))
            self._put(mention.name, entity)
        return mention

    def _put(self, name: str, entity: Entity) -> None:
        self.entities[name] = entity
        for short in _short_forms(name, entity.kind):
            held = self.entities.get(short)
            if held is None or held.name == name:
                self.entities[short] = entity


def _short_forms(name: str, kind: str) -> list[str]:
    """The shorter names a story uses for a party: a person's surname; an
    organisation's name without its legal suffix, and its distinctive first word."""
    words = name.split()
    if len(words) < 2:
        return []
    if kind == "person":
        return [words[-1]]
    forms = []
    while len(words) > 1 and words[-1].casefold().rstrip(".") in _LEGAL_SUFFIXES:
        words = words[:-1]
        forms.append(" ".join(words))
    head = words[0]
    if len(words) > 1 and len(head) >= 3 and not _generic(head):
        forms.append(head)
    return forms


def _generic(word: str) -> bool:
    folded = word.casefold()
    return (folded in ORGANISATION_WORDS or folded in NOT_NAMES or word in REGIONS or word in DEMONYMS
            or _is_title(word) or folded in ("new", "north", "south", "east", "west", "united", "national"))


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
        words = mention.name.split()
        if len(words) > 1:
            inside.update((words[0], words[-1]))  # "Lee" after "Ann Lee", "Acme" after "Acme Corp"
    return [
        evolve(m, kind="opener")
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
        between = words[mention.last : following.first]
        if mention.kind == "person" and following.kind == "person" and between and (
            all(w.islower() for w in between) and following.role is not None
        ):
            raw[index] = evolve(mention, kind="organisation")
    return raw


def discover(narration: Narration) -> Discourse:
    """The mentions and entities of a story's narration."""
    raw: list[Mention] = []
    for first, last in narration.runs:
        raw.extend(_mentions(narration, first, last))
    raw = _owners(narration, _proper(narration, raw))
    registry = _Registry()
    mentions: list[Mention] = []
    for index, mention in enumerate(raw):
        gender = None
        if mention.kind in ("person", "unknown"):
            gender = _gender(mention)
            if gender is None:
                following = raw[index + 1].first if index + 1 < len(raw) else len(narration.words)
                gender = _pronoun_gender(narration, mention, following)
        mentions.append(registry.add(mention, gender))
    return Discourse(
        mentions=tuple(mentions),
        ending=MappingProxyType({m.last - 1: m for m in mentions}),
        starting=MappingProxyType({**{m.first: m for m in mentions}, **{m.start: m for m in mentions if m.start >= 0}}),
        entities=MappingProxyType(dict(registry.entities)),
    )
