"""The naming sieve of parties: a description that stands for a party the
story names ("the company", "the rating agency", "the senator"), and what the
naming sieves of :mod:`~newsmodel.quotes.sieves.bodies` share with it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ...lexicon.agencies import AGENCIES
from ...lexicon.organisations import (
    BUSINESS_MODIFIERS,
    BUSINESS_NOUNS,
    GOVERNMENT_WORDS,
    ORGANISATION_NOUNS,
    PAIR_NOUNS,
    PLACE_HEADS,
    PUBLIC_MODIFIERS,
    PUBLIC_NOUNS,
)
from ...lexicon.places import REGIONS
from ...lexicon.sources import AUXILIARIES, DETERMINERS, PERSON_NOUNS
from ...lexicon.titles import ABBREVIATED_TITLES
from ..mentions import Mention
from ..resolve import Attribution, Evidence

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_PARTY_PARAGRAPHS = 2  # paragraphs back where the party a description stands for may be named
_MENTION_LOOKBACK = 400  # mentions counted for the story's main organisation
_PLACE_REACH = 4  # tokens around a titled person's name where the place a description gives may stand


def named(attribution: Attribution, name: str) -> Attribution:
    """``attribution`` with its speaker named ``name``."""
    source, cue, found_by, through, _, named_by = attribution  # built anew: faster than _replace
    return Attribution(source, cue, found_by, through, name, named_by)


def mentions_before(evidence: Evidence, token: int, lookback: int) -> Sequence[Mention]:
    mentions = evidence.discourse.mentions
    end = bisect_left(mentions, token, key=lambda m: m.first)
    return mentions[max(0, end - lookback) : end]


def latest_party(evidence: Evidence, first: int, last: int, *, openers: bool = False) -> str | None:
    """The latest organisation, country or owner that spoke or opened a sentence
    (with ``openers``, also a lone capitalised word that did: "Boeing delivered")."""
    sources = [e.source for e in evidence.events_between(first, last)] + list(evidence.subjects_between(first, last))
    sources.sort(key=lambda s: s.first)
    for source in reversed(sources):
        if source.name is None or source.kind not in ("name", "description", "document"):
            continue
        mention = evidence.discourse.ending.get(source.last - 1) if source.kind == "name" else None
        if mention is not None and (mention.kind == "person" or (mention.kind == "opener" and not openers)):
            continue
        if mention is not None and mention.kind == "opener" and not _acts(evidence, mention.last):
            continue  # "Between ...", "Shares bought back ...": a sentence's first word, not a party
        if openers and " " in source.name and source.name.isupper():
            continue  # "FULL TEXT": a heading in capitals, no party
        entity = evidence.discourse.entity(source.name)
        if entity is None or entity.kind != "person":
            return source.name
    return None


def _acts(evidence: Evidence, following: int) -> bool:
    """Whether a verb follows token ``following - 1``: one in the past, an auxiliary
    or a cue ("Boeing delivered", "Peugeot is", "Gazprom said")."""
    words = evidence.narration.words
    word = words[following] if following < len(words) else ""
    cue_words = evidence.narration.vocabulary.cue_words
    return word.islower() and (word.endswith("ed") or word in AUXILIARIES or word in cue_words)


def main_organisation(evidence: Evidence, token: int, *, public: bool | None) -> str | None:
    """The organisation named most often before ``token`` (the latest on a tie):
    a business for ``public=False``, a public body or a country for ``public=True``."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for mention in mentions_before(evidence, token, _MENTION_LOOKBACK):
        if mention.kind not in ("organisation", "place") or (mention.possessive and mention.kind == "place"):
            continue
        if mention.name.rsplit(" ", 1)[-1].casefold() in PLACE_HEADS:
            continue  # "O'Hare International Airport": a place, though its name reads as an organisation's
        is_public = _public(mention.name)
        if mention.kind == "place" and not (public and mention.name in REGIONS):
            continue
        if public is None or public == is_public:
            counts[mention.name] = counts.get(mention.name, 0) + 1
            latest[mention.name] = mention.first
    if not counts:
        return None
    return evidence.discourse.full_name(max(counts, key=lambda name: (counts[name], latest[name])))


def _public(name: str) -> bool:
    """Whether an organisation's name is a public body's or a country's."""
    return name in REGIONS or any(w.casefold() in GOVERNMENT_WORDS for w in name.split())


def by_description(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"the company" (the business that spoke in the sentence before, else the one
    the story names most), "the ministry" (the public body), "the president" (the
    person the story gave that title)."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "description" or not source.definite or source.noun is None:
        return None
    noun = source.noun
    if noun in PAIR_NOUNS:
        return named(attribution, pair) if (pair := _named_pair(evidence, source.first, PAIR_NOUNS[noun])) else None
    if noun in evidence.narration.vocabulary.titles:
        person = titled_person(evidence, source.first, source.last, noun)
        return named(attribution, person) if person else None
    headed = _headed_by(evidence, source.first, noun)
    if headed is not None:  # "the Civil Aviation Authority ... the authority said"
        return named(attribution, headed)
    if noun not in ORGANISATION_NOUNS and noun not in BUSINESS_NOUNS and noun not in PUBLIC_NOUNS:
        return None
    if noun == "agency" and "news" in evidence.narration.words[source.first : source.last]:
        for mention in reversed(mentions_before(evidence, source.first, _MENTION_LOOKBACK)):
            if mention.name.casefold() in AGENCIES:  # "the official news agency said": the agency named
                return named(attribution, mention.name)
    public = True if noun in PUBLIC_NOUNS else False if noun in BUSINESS_NOUNS else None
    if any(w in BUSINESS_MODIFIERS for w in evidence.narration.words[source.first : source.last]):
        public = False  # "the rating agency": a business
    elif any(w in PUBLIC_MODIFIERS for w in evidence.narration.words[source.first : source.last]):
        public = True  # "the central bank": a public body
    before = previous_subject(evidence, source.first) if public is False else None
    if before is not None and not _public(before):  # "Acme said the jet landed safely. "...," the company said"
        return named(attribution, before)
    name = main_organisation(evidence, source.first, public=public)
    if name is None and public is False:  # "Boeing delivered 40 jets. ... the planemaker said"
        name = subject_party(evidence, source.first)
    return named(attribution, name) if name else None


def titled_person(evidence: Evidence, first: int, last: int, noun: str) -> str | None:
    """The person named last before token ``first`` with the title ``noun`` ("the
    senator" for Sen. Ann Lee), of the place that the description from ``first``
    to ``last`` names, where it names one ("the Texas senator": Sen. Ann Lee of Texas,
    Sen. Ann Lee (R-Texas), Texas Sen. Ann Lee)."""
    words = evidence.narration.words
    places = [w for w in words[first:last] if w[:1].isupper() and w.lower() not in DETERMINERS]
    for mention in reversed(mentions_before(evidence, first, _MENTION_LOOKBACK)):
        if noun == mention.role or _titled(mention.title, noun):
            start = mention.start if mention.start >= 0 else mention.first
            before = start
            while before > max(0, start - _PLACE_REACH) and words[before - 1][:1].isupper():
                before -= 1  # the capitalised words right before the title: "New Jersey Gov."
            near = words[before:start] + words[mention.last : mention.last + _PLACE_REACH]
            if all(any(w == place or w.endswith(f"-{place}") for w in near) for place in places):
                return evidence.discourse.full_name(mention.name)
    return None


def _titled(title: str | None, noun: str) -> bool:
    """Whether a title names its holder by ``noun`` ("Sen." and "the senator")."""
    words = (title or "").casefold().split()
    return noun in words or any(noun in ABBREVIATED_TITLES.get(word, ()) for word in words)


def _named_pair(evidence: Evidence, token: int, kind: str) -> str | None:
    """The two parties of ``kind`` named together last within reach of ``token``
    ("Acme and Beta agreed ..."), as one speaker: "Acme and Beta"."""
    narration = evidence.narration
    floor = narration.paragraph_first[max(0, narration.paragraph_of(token) - _PARTY_PARAGRAPHS)]
    mentions = [m for m in mentions_before(evidence, token, _MENTION_LOOKBACK) if m.first >= floor]
    for first, second in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        joined = second.first == first.last + 1 and narration.words[first.last] == "and"
        if joined and first.kind == second.kind == kind:
            return f"{evidence.discourse.full_name(first.name)} and {evidence.discourse.full_name(second.name)}"
    return None


def _headed_by(evidence: Evidence, token: int, noun: str) -> str | None:
    """The organisation named last before ``token`` whose name has ``noun`` for its
    head: "the authority" for the Civil Aviation Authority, "the bank" for the Bank
    of Japan; not "the investor" for the Lakeside Investor Association."""
    for mention in reversed(mentions_before(evidence, token, _MENTION_LOOKBACK)):
        if mention.kind == "organisation" and _head(mention.name) == noun:
            return evidence.discourse.full_name(mention.name)
    return None


def _head(name: str) -> str:
    """The head noun of an organisation's name: its last word, or the word before
    its first "of" ("Bank of Japan", "Department of Justice")."""
    words = name.casefold().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def subject_party(evidence: Evidence, token: int) -> str | None:
    """The party, not a place, that spoke or opened a sentence last within reach
    of ``token``, even a lone capitalised word ("Boeing delivered 40 jets")."""
    narration = evidence.narration
    floor = narration.paragraph_first[max(0, narration.paragraph_of(token) - _PARTY_PARAGRAPHS)]
    party = latest_party(evidence, floor, token, openers=True)
    return party if party is not None and party not in REGIONS else None


def previous_subject(evidence: Evidence, token: int) -> str | None:
    """The organisation that is the subject of the sentence before the one at
    ``token`` ("EASA said it ... "...," a spokesperson said"), or ``None``."""
    lo, _ = evidence.narration.sentence_of(token)
    start = evidence.narration.sentence_of(lo - 1)[0] if lo > 0 else lo
    subject = evidence.subject_at(start) if lo > 0 else None
    if subject is None or subject.kind != "name" or subject.name is None:
        return None
    entity = evidence.discourse.entity(subject.name)
    if entity is not None:
        place = entity.name.rsplit(" ", 1)[-1].casefold() in PLACE_HEADS  # "Lakeside International Airport"
        return entity.name if entity.kind == "organisation" and not place else None
    mention = evidence.discourse.ending.get(subject.last - 1)  # a lone name that spoke: "FedEx said"
    spoke = any(e.source.first == subject.first for e in evidence.events_between(start, lo))
    lone = mention is not None and mention.kind in ("unknown", "opener") and subject.name.casefold() not in AGENCIES
    return subject.name if spoke and lone and not common_word(evidence, subject.name) else None


def common_word(evidence: Evidence, word: str) -> bool:
    """Whether a word that opens a sentence is a common word ("Another", "Shareholders"):
    a determiner or a noun of people or bodies, or a word the story also prints in lower case."""
    lowered = word.lower()
    return lowered in DETERMINERS or lowered in PERSON_NOUNS or lowered in ORGANISATION_NOUNS or (
        lowered in evidence.narration.words
    )
