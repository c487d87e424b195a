"""Stage 3, mentions: the persons and organisations a story names.

Each capitalised run of the narration is read as a mention: leading
function words and headings dropped, a possessive owner split off
("Citigroup Inc's Vikram Pandit"), an organisation or a place printed
before a title split off ("ECB President Mario Draghi"), and decided as a
person, an organisation, a place or a people *before* its title is
stripped ("Energy Minister" is a title, not a name; "Foreign Ministry" an
organisation). :mod:`newsmodel.quotes.entities` gathers the mentions into
the parties they name.

>>> from newsmodel.quotes.tokens import read_tokens
>>> [(m.name, m.kind, m.title) for m in read_mentions(read_tokens(("Sen. Ann Lee of Acme Corp spoke.",)))]
[('Ann Lee', 'person', 'Sen.'), ('Acme Corp', 'organisation', None)]
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..lexicon.common import NOT_NAMES
from ..lexicon.months import MONTHS
from ..lexicon.names import FIRST_NAMES, HONORIFICS, OFFICE_TITLES
from ..lexicon.organisations import COMPANY_FORMS, ORGANISATION_HEADS
from ..lexicon.places import DEMONYMS, REGIONS
from ..lexicon.sources import DETERMINERS
from .runs import MentionKind, _kind, _split_title, _titled, ends_in_office, is_title
from .tokens import Narration
from .vocabulary import Vocabulary
from .words import POSSESSIVE_ENDINGS, is_instrument_code, possessor

__all__ = ["Mention", "read_mentions"]

_LONGEST_NAME = 12  # tokens: "People for the Ethical Treatment of Animals", "Sen. A. B. Cole"




_MODIFIER_ENDINGS = ("ed", "ing", "born", "bred", "made", "owned", "run", "led", "style")


class Mention(NamedTuple):
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
    kind: MentionKind
    start: int = -1
    title: str | None = None
    role: str | None = None
    owner: str | None = None
    possessive: bool = False


def _clean(words: list[str], cue_words: frozenset[str]) -> tuple[list[str], bool, str]:
    """A run's words without leading function words, cue words (of ``cue_words``) or heading
    capitals, without a possessive ending; whether it ended in one; what word stood before the name."""
    dropped = ""
    while words and (words[0].casefold() in NOT_NAMES or words[0].lower() in cue_words) and not _first_name(words):
        dropped = words.pop(0).casefold()
    for index in range(len(words) - 2, -1, -1):
        if _modifies(words[index]):  # "Harvard-educated Ann Lee", "Already-relegated Acme": a modifier
            dropped, words = words[index].casefold(), words[index + 1 :]
            break
    capitals = 0
    while capitals < len(words) - 1 and len(words[capitals]) > 1 and words[capitals].isupper():
        capitals += 1
    if capitals >= 2 and not words[capitals].isupper():
        words = words[capitals:]  # "TRANS-ATLANTIC RACE Nasdaq": a heading run into a sentence
    if words and words[-1].endswith(POSSESSIVE_ENDINGS):
        words[-1] = possessor(words[-1])
        return words, True, dropped
    return words, False, dropped


def _modifies(word: str) -> bool:
    """Whether a capitalised word joined to a participle by a hyphen modifies the
    name after it ("Harvard-educated", "Trump-backed", "Paris-born")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.islower() and tail.endswith(_MODIFIER_ENDINGS)


def _first_name(words: list[str]) -> bool:
    """Whether a run opens with a first name before a capitalised word ("Will Moy",
    "Josh Earnest"), not with a function word or a verb that looks like one."""
    return len(words) > 1 and words[1][:1].isupper() and words[0] in FIRST_NAMES


def _common_surname(words: list[str]) -> bool:
    """Whether a run of two words is a name whose surname is also a common word:
    a month or its short form after a capitalised word not in capitals as a
    dateline's city is ("Theresa May", "Ai Jun"), or any such word after a
    first name ("Tom Still", "George Will")."""
    if len(words) != 2 or words[0].isupper():
        return False
    return words[1].casefold() in MONTHS or words[0] in FIRST_NAMES


def _printed(words: list[str]) -> str:
    return " ".join(words).replace(" .", ".")


#: A mention read off a run, with its tokens counted from the run's first:
#: (first, last, start, name, kind, title, role, owner, possessive).
_Read = tuple[int, int, int, str, MentionKind, str | None, str | None, str | None, bool]


@lru_cache(maxsize=4096)  # the names a corpus repeats most (agencies, leaders, firms) are read once
def _read(words: tuple[str, ...], before: str, vocabulary: Vocabulary) -> tuple[_Read, ...]:
    """The mentions of one capitalised run whose preceding word is ``before``, by the
    titles and cue words of ``vocabulary`` (a part of the cache's key): an owner's
    possessive ("Citigroup Inc's Vikram Pandit") or a name before a title ("ECB
    President Mario Draghi") splits it."""
    if len(words) == 1:
        return _read_word(words[0], before, vocabulary)
    for index, word in enumerate(words[:-1]):
        if word.endswith(POSSESSIVE_ENDINGS):  # "Citigroup Inc's Vikram Pandit": the owner, then the rest
            cut = index + 1
            owned = _shifted(_read(words[cut:], word.casefold(), vocabulary), cut)
            if word.endswith(("s'", "s’")) and all(read[4] == "organisation" for read in owned):
                continue  # a plural's possessive inside a name: "Prosecutors' Office", "Workers' Party"
            owners = _read(words[:cut], before, vocabulary)
            if any(read[4] in ("person", "unknown") for read in owned):
                owners = _as_owners(owners, keep_people=True)
            return owners + owned
    for index, word in enumerate(words[1:-1], start=1):
        if word == "ON" and words[index - 1].title() not in ORGANISATION_HEADS and all(w.isupper() for w in words):
            # "DARLING ON NEED FOR FUNDS": a speaker's heading and its topic, not one name
            topic = _shifted(_read(words[index + 1 :], "on", vocabulary), index + 1)
            return _read(words[:index], before, vocabulary) + topic
        if word in COMPANY_FORMS and not _titled(words, index + 1, vocabulary.titled):
            cut = index + 1  # "Acme Inc Model S": the company's name ends at its legal form
            return _read(words[:cut], before, vocabulary) + _shifted(_read(words[cut:], "", vocabulary), cut)
    if is_instrument_code(words[-1]):  # "Acme Corp ACME.N": the name before its shares' code
        return _read(words[:-1], before, vocabulary)
    kept, possessive, dropped = _clean(list(words), vocabulary.cue_words)
    if not kept or kept[-1].endswith("-based"):
        return ()
    if kept[-1].casefold() in NOT_NAMES and not _common_surname(kept):
        return ()  # "Since May", "Officials Tuesday"
    start = len(words) - len(kept)
    previous = dropped or (words[start - 1].casefold() if start > 0 else before)
    owner, title, name = _split_title(kept, vocabulary)
    honoured = bool(title) and any(w.casefold() in HONORIFICS for w in title)
    lone_title = len(name) == 1 and is_title(name[0], vocabulary.title_forms)
    if not name or (not honoured and (lone_title or ends_in_office(name[-1]))):
        return ()  # "Energy Minister", "Lakeside Gov.": a title, not a name ("Mr. King" is one)
    found: list[_Read] = []
    if owner:  # an owner before a title is an organisation or a place, never a person
        found.extend(_as_owners(_shifted(_read(tuple(owner), previous, vocabulary), start)))
    role = previous if previous in vocabulary.roles else None
    person = role is not None and len(name) <= 3 and _kind(name, [], "") != "organisation"
    kind: MentionKind = "person" if person else _kind(name, title, previous)
    if kind == "unknown" and all(w in DEMONYMS for w in name if w != "."):
        kind = "group"  # "Republicans", "Central Asian": a people, not a party that speaks
    elif kind == "person" and name[-1][-1:] == "s" and name[-1][:-1] in DEMONYMS:
        kind = "group"  # "Congressional Republicans", "House Democrats": no one person's name ends in a people
    elif kind != "place" and name[-1] in DEMONYMS and _describes_a_people(name[:-1]):
        kind = "group"  # "a New Hampshire Republican", "Another Muslim": a people's word, not a surname
    phrase = start + len(owner) - (role is not None and not owner and not title)
    found.append((len(words) - len(name), len(words), phrase, _printed(name), kind,
                  _printed(title) if title else None, role, _printed(owner) if owner else None, possessive))
    return tuple(found)


def _describes_a_people(words: list[str]) -> bool:
    """Whether the words before a people's word make it one of that people, not a
    surname ("Erez Israeli"): a region ("New Hampshire Republican") or a determiner
    ("Another Muslim")."""
    return " ".join(words) in REGIONS or (len(words) == 1 and words[0].lower() in DETERMINERS)


def _read_word(word: str, before: str, vocabulary: Vocabulary) -> tuple[_Read, ...]:
    """The mention of a run of one word (most runs are one): none for "The", "But",
    "He", "Police", "Said", a title; else the word, of the kind it reads as."""
    lowered = word.lower()
    if lowered in vocabulary.no_names or lowered.endswith("-based") or is_instrument_code(word):
        return ()  # "The", "Police", "Acme-based", "ACME.N"
    possessive = word.endswith(POSSESSIVE_ENDINGS)
    name = possessor(word) if possessive else word
    lowered = name.lower()
    titled = is_title(name, vocabulary.title_forms) and (lowered not in HONORIFICS or before in DETERMINERS)
    if not name or lowered in NOT_NAMES or titled or lowered in OFFICE_TITLES:
        return ()  # but an honorific alone is a surname: "King said", not "the King said"
    role = before if before in vocabulary.roles else None
    kind: MentionKind = _kind([name], [], before)
    if role is not None and kind != "organisation":
        kind = "person"
    elif kind == "unknown" and name in DEMONYMS:
        kind = "group"
    return ((0, 1, -1 if role is not None else 0, name, kind, None, role, None, possessive),)


def _as_owners(reads: tuple[_Read, ...], keep_people: bool = False) -> tuple[_Read, ...]:
    """Names that own the name after them in one run ("ECB President Mario Draghi",
    "Strategy Analytics' Ann Lee"): organisations or places, not persons; with
    ``keep_people``, a name that opens with a first name stays a person ("Karl
    Rove's aide Ann Lee")."""
    return tuple(
        (*read[:4], "place" if read[3] in REGIONS else "organisation", *read[5:])
        if read[4] == "person" and not (keep_people and read[3].split()[0] in FIRST_NAMES) else read
        for read in reads
    )


def _shifted(reads: tuple[_Read, ...], by: int) -> tuple[_Read, ...]:
    return tuple((r[0] + by, r[1] + by, r[2] + by, r[3], r[4], r[5], r[6], r[7], r[8]) for r in reads)


def _addressed(word: str, vocabulary: Vocabulary) -> bool:
    """Whether "to" after ``word`` leads to a party spoken of or to, not a place
    ("according to", "spoke to", "wrote to")."""
    lowered = word.lower()
    return lowered == "according" or lowered in vocabulary.cue_words or lowered in ("talked", "speaking")


def read_mentions(narration: Narration) -> list[Mention]:
    """The mentions of every capitalised run of the narration, in order."""
    words, vocabulary = narration.words, narration.vocabulary
    no_names, context = vocabulary.no_names, vocabulary.context
    located: list[tuple[int, tuple[_Read, ...]]] = []  # each run that names someone, and its reads
    read: dict[tuple[str | tuple[str, ...], str], tuple[_Read, ...]] = {}  # a story repeats its names
    for first, last in narration.runs:
        if last - first > _LONGEST_NAME:
            continue  # a heading or a title in capitals, not a name
        if last - first == 1 and words[first].lower() in no_names:
            continue  # "The", "But", "He", "Police", "Said": most runs are one such word
        before = words[first - 1].casefold() if first > 0 else ""
        if before not in context or (before == "to" and first > 1 and _addressed(words[first - 2], vocabulary)):
            before = ""  # "according to Ann Lee", "spoke to Ann Lee": a person, not a place one goes to
        key = (words[first], before) if last - first == 1 else (words[first:last], before)
        reads = read.get(key)
        if reads is None:
            reads = read[key] = _read(words[first:last], before, vocabulary)
        if reads:
            located.append((first, reads))
    new = tuple.__new__  # a mention built from its fields in one call, not through NamedTuple's __new__
    return [new(Mention, (first + begin, first + end, name, kind, first + start, title, role, owner, possessive))
            for first, reads in located for begin, end, start, name, kind, title, role, owner, possessive in reads]
