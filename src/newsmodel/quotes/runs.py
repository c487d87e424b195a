"""Stage 3, mentions (a run's parts): the title split off a capitalised run, and
the kind of the name left.

"Bank of America Chief Executive Kenneth Lewis" is an owner, a title and a
person's name; "Foreign Ministry" an organisation, "Energy Minister" a title.
:mod:`newsmodel.quotes.mentions` reads each run with these.

>>> from newsmodel.quotes.vocabulary import DEFAULT
>>> _split_title(["Sen.", "Ann", "Lee"], DEFAULT)
([], ['Sen.'], ['Ann', 'Lee'])
>>> _kind(["Acme", "Corp"], [], "")
'organisation'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..lexicon.names import ABBREVIATIONS, GENERATIONAL_SUFFIXES, OFFICE_TITLES
from ..lexicon.organisations import APPOSED_NOUNS, ORGANISATION_WORDS
from ..lexicon.places import DEMONYMS, LOCATIVES, REGIONS
from ..lexicon.titles import ABBREVIATED_TITLES, NAME_PARTICLES
from .vocabulary import Vocabulary
from .words import is_particled

__all__ = ["MentionKind"]  # the rest is read through newsmodel.quotes.mentions

#: What a name in the narration names.
MentionKind = Literal["person", "organisation", "place", "group", "unknown", "opener"]

_TITLE_LINKS = frozenset({"of", "the", "and", "for", "&"})


_NATIONAL = frozenset({"U.S", "U.K", "U.N", "EU"})


_TITLE_MODIFIERS = frozenset({"former", "acting", "interim", "senior", "deputy", "vice", "assistant", "late",
                              "u.s", "u.k", "u.n", "eu", "of", "the", "and", "for", "&",
                              # the qualifiers of an office, no title without its noun ("Finance Summit")
                              "finance", "foreign", "defense", "defence", "state", "financial", "operating",
                              "managing", "prime"})


def is_title(word: str, title_forms: frozenset[str]) -> bool:
    """Whether a word is a title as printed, of ``title_forms`` (a vocabulary's: "Sen", "Sen.")."""
    return word.casefold() in title_forms


def ends_in_office(word: str) -> bool:
    """Whether a run's last word is an office, whole or abbreviated ("Minister",
    "Gov"): the run is a title, not a name."""
    lowered = word.casefold()
    return lowered in OFFICE_TITLES or f"{lowered}." in ABBREVIATED_TITLES


def _titled(words: Sequence[str], index: int, titled: frozenset[str]) -> bool:
    word = words[index]
    if word == ".":
        return index > 0 and words[index - 1] in ABBREVIATIONS
    return word.casefold() in titled or word in _NATIONAL


def _split_title(words: list[str], vocabulary: Vocabulary) -> tuple[list[str], list[str], list[str]]:
    """The owner, the title and the name of a run: "Bank of America" "Chief
    Executive" "Kenneth Lewis"; "" "Sen." "Ann Lee"; "Los Angeles" "Mayor" "Eric Garcetti"."""
    last = -1
    titled = vocabulary.titled
    for index in range(len(words) - 1):
        if _titled(words, index, titled):
            last = index
    if last < 0 or all(w in GENERATIONAL_SUFFIXES or w == "." for w in words[last + 1 :]):
        return [], [], words  # "Martin Luther King Jr.": an honorific's word as a surname, before a suffix
    first = last
    while first > 0 and (_titled(words, first - 1, titled) or words[first - 1] in _TITLE_LINKS):
        first -= 1
    while first < last and words[first] in _TITLE_LINKS:
        first += 1
    if all(w.casefold().rstrip(".") in _TITLE_MODIFIERS for w in words[first : last + 1]) and (
        (first > 0 and words[first - 1] in _TITLE_LINKS) or _kind(words[last + 1 :], [], "") == "organisation"
    ):
        return [], [], words  # an office's qualifier alone is no title: "Department of Financial Services",
        # "Foreign Ministry"; but "Former Ann Lee" is Ann Lee
    return words[:first], words[first : last + 1], words[last + 1 :]


def _kind(words: list[str], title: list[str], previous: str) -> MentionKind:
    """Whether a name's words are a person's, an organisation's or a place's."""
    text = " ".join(words)
    if text in REGIONS:
        return "place"  # "United States", "Czech Republic": a country, though its words read as a body's
    if "&" in text or not ORGANISATION_WORDS.isdisjoint(map(str.casefold, words)):
        return "organisation"  # "Johnson & Johnson", "AT&T": no person's name holds an ampersand
    titled = bool(title) and any(w.casefold().rstrip(".") not in _TITLE_MODIFIERS for w in title if w != ".")
    if previous in LOCATIVES and not titled:
        return "place"  # but "a speech from Chancellor Ann Lee" names a person
    if titled and previous != "at":
        return "person"  # "Chairman G.K. Butterfield": initials in capitals, a title before them
    if previous == "at" or (len(words) > 1 and any(len(w) > 1 and w.isupper() for w in words)):
        return "unknown" if all(w.isupper() for w in words) else "organisation"  # "at Acme", "Exane BNP Paribas"
    if previous in APPOSED_NOUNS:
        return "organisation"  # "research firm Strategy Analytics"
    if len(words) == 1:
        word = words[0]
        return "organisation" if 2 <= len(word) <= 6 and word.isupper() else "unknown"
    if previous == "the" or words[0] in DEMONYMS:
        return "organisation"
    names = [w for w in words if w != "."]
    if all(w[:1].isupper() or w in NAME_PARTICLES or is_particled(w) for w in names) and len(names) <= 4:
        return "person"
    return "unknown"
