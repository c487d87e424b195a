"""The naming sieves: each turns one kind of source into a speaker's name.

A name stands for the fullest name the story gave its entity ("Lee" for
"Ann Lee"); "a Tesla spokesperson" and "a statement from Tesla" for their
owner; "he" and "she" for the most salient person of agreeing gender;
"the company" or "the ministry" for the organisation the story names most;
"the president" for the person the story titled so.
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
    PUBLIC_NOUNS,
)
from ...lexicon.places import REGIONS
from ...lexicon.sources import AUXILIARIES, SPOKESPERSON_NOUNS
from ...lexicon.titles import SPEAKER_TITLE_WORDS
from ...lexicon.verbs import COGNITION_VERBS, CUE_WORDS
from ..mentions import Mention
from ..resolve import Attribution, Story

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_PERSONAL = {"he": "male", "she": "female", "i": None}
_PRONOUN_PARAGRAPHS = 2  # paragraphs back that a pronoun may reach
_PRONOUN_REACH = 400  # and tokens
_MENTION_LOOKBACK = 400  # mentions counted for the story's main organisation
_SALIENCE_LOOKBACK = 60  # mentions looked at for a pronoun's antecedent
_SPEAKER_LOOKBACK = 8  # quotations looked back at for the last speaker


def _named(attribution: Attribution, name: str) -> Attribution:
    return attribution._replace(speaker=name)


def by_name(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A name: the fullest name of its entity ("Lee" after "Ann Lee")."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "name" or source.name is None:
        return None
    return _named(attribution, story.discourse.full_name(source.name))


def by_owner(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A description or a document that names its owner: "a Tesla spokesperson",
    "a spokesman for Tesla", "Tesla's statement", "a statement from the ministry of X"."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind not in ("description", "document") or source.name is None:
        return None
    return _named(attribution, story.discourse.full_name(source.name))


def _mentions_before(story: Story, token: int, lookback: int) -> Sequence[Mention]:
    mentions = story.discourse.mentions
    end = bisect_left(mentions, token, key=lambda m: m.first)
    return mentions[max(0, end - lookback) : end]


def _agrees(story: Story, mention: Mention, gender: str | None, speakers: set[int]) -> bool:
    """Whether a person (or a lone name the story shows speaking) agrees with a pronoun's gender."""
    if mention.kind != "person" and not (mention.kind in ("unknown", "opener") and mention.last in speakers):
        return False
    entity = story.discourse.entity(mention.name)
    known = entity.gender if entity is not None else None
    return gender is None or known is None or known == gender


def by_pronoun(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"he" or "she": the latest person of agreeing gender who spoke or opened a
    sentence within two paragraphs, else the latest such person named there; a
    person the story shows to have that gender goes before one it does not.
    "it": the latest organisation so named."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "pronoun":
        return None
    narration = story.narration
    floor = narration.paragraph_first[max(0, narration.paragraph_of(source.first) - _PRONOUN_PARAGRAPHS)]
    floor = max(floor, source.first - _PRONOUN_REACH)
    candidates = [m for m in reversed(_mentions_before(story, source.first, _SALIENCE_LOOKBACK)) if m.first >= floor]
    subjects = _subjects(story, floor, source.first)
    if source.noun in _PERSONAL:
        gender = _PERSONAL[source.noun]
        speakers = {e.source.last for e in story.events_between(floor, source.first)
                    if e.source.kind == "name" and e.verb not in COGNITION_VERBS}  # "Lee wants": no speech
        fits = [m for m in candidates if _agrees(story, m, gender, speakers)]  # latest first
        # where no fit is a subject, a person known to agree goes first (the sort is stable)
        named = sorted(fits, key=lambda m: _gender_of(story, m) != gender) if gender is not None else fits
    elif source.noun == "they":  # "Smith and Alvi said ... They added": the two who spoke together
        joint = [name for e in story.events_between(floor, source.first) if " and " in (name := e.source.name or "")]
        return _named(attribution, joint[-1]) if joint else None
    elif source.noun == "it":
        subject = _latest_party(story, floor, source.first)
        if subject is not None:
            return _named(attribution, story.discourse.full_name(subject))
        fits = named = [m for m in candidates if m.kind == "organisation"]
    else:
        return None
    chosen = next((m for m in fits if m.last in subjects), named[0] if named else None)
    if chosen is None:
        speaker = _last_speaker(story, found, index, _PERSONAL[source.noun]) if source.noun in _PERSONAL else None
        return _named(attribution, speaker) if speaker else None
    return _named(attribution, story.discourse.full_name(chosen.name))


def _last_speaker(story: Story, found: Sequence[Attribution], index: int, gender: str | None) -> str | None:
    """The person who spoke last before quotation ``index``, of no other gender
    than ``gender``, where no person is named since ("Scott said ... / (paragraphs
    of the franchise) / "...," he said")."""
    for earlier in range(index - 1, max(-1, index - 1 - _SPEAKER_LOOKBACK), -1):
        speaker = found[earlier].speaker
        if speaker is None:
            continue
        entity = story.discourse.entity(speaker)
        if entity is None or entity.kind != "person" or (gender not in (None, entity.gender) and entity.gender):
            return None
        since = _mentions_between(story, story.narration.quotes[earlier], story.narration.quotes[index])
        others = [m for m in since if m.kind == "person" and story.discourse.full_name(m.name) != speaker]
        return None if others else speaker
    return None


def _mentions_between(story: Story, first: int, last: int) -> Sequence[Mention]:
    mentions = story.discourse.mentions
    lo = bisect_left(mentions, first, key=lambda m: m.first)
    hi = bisect_left(mentions, last, key=lambda m: m.first)
    return mentions[lo:hi]


def _latest_party(story: Story, first: int, last: int, *, openers: bool = False) -> str | None:
    """The latest organisation, country or owner that spoke or opened a sentence
    (with ``openers``, also a lone capitalised word that did: "Boeing delivered")."""
    sources = [e.source for e in story.events_between(first, last)] + list(story.subjects_between(first, last))
    sources.sort(key=lambda s: s.first)
    for source in reversed(sources):
        if source.name is None or source.kind not in ("name", "description", "document"):
            continue
        mention = story.discourse.ending.get(source.last - 1) if source.kind == "name" else None
        if mention is not None and (mention.kind == "person" or (mention.kind == "opener" and not openers)):
            continue
        if mention is not None and mention.kind == "opener" and not _acts(story, mention.last):
            continue  # "Between ...", "Shares bought back ...": a sentence's first word, not a party
        if openers and " " in source.name and source.name.isupper():
            continue  # "FULL TEXT": a heading in capitals, no party
        entity = story.discourse.entity(source.name)
        if entity is None or entity.kind != "person":
            return source.name
    return None


def _acts(story: Story, following: int) -> bool:
    """Whether a verb follows token ``following - 1``: one in the past, an auxiliary
    or a cue ("Boeing delivered", "Peugeot is", "Gazprom said")."""
    words = story.narration.words
    word = words[following] if following < len(words) else ""
    return word.islower() and (word.endswith("ed") or word in AUXILIARIES or word in CUE_WORDS)


def _gender_of(story: Story, mention: Mention) -> str | None:
    entity = story.discourse.entity(mention.name)
    return entity.gender if entity is not None else None


def _subjects(story: Story, first: int, last: int) -> set[int]:
    """The last tokens of the names that are sources of speech or open a sentence."""
    sources = [e.source for e in story.events_between(first, last)] + list(story.subjects_between(first, last))
    return {s.last for s in sources if s.kind == "name"}


def main_organisation(story: Story, token: int, *, public: bool | None) -> str | None:
    """The organisation named most often before ``token`` (the latest on a tie):
    a business for ``public=False``, a public body or a country for ``public=True``."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for mention in _mentions_before(story, token, _MENTION_LOOKBACK):
        if mention.kind not in ("organisation", "place") or (mention.possessive and mention.kind == "place"):
            continue
        is_public = mention.name in REGIONS or any(w.casefold() in GOVERNMENT_WORDS for w in mention.name.split())
        if mention.kind == "place" and not (public and mention.name in REGIONS):
            continue
        if public is None or public == is_public:
            counts[mention.name] = counts.get(mention.name, 0) + 1
            latest[mention.name] = mention.first
    if not counts:
        return None
    return story.discourse.full_name(max(counts, key=lambda name: (counts[name], latest[name])))


def by_description(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"the company" (the business the story names most), "the ministry" (the public
    body), "the president" (the person the story gave that title)."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "description" or not source.definite or source.noun is None:
        return None
    noun = source.noun
    if noun in SPEAKER_TITLE_WORDS:
        for mention in reversed(_mentions_before(story, source.first, _MENTION_LOOKBACK)):
            if noun in (mention.title or "").casefold().split() or noun == mention.role:
                return _named(attribution, story.discourse.full_name(mention.name))
        return None
    if noun not in ORGANISATION_NOUNS and noun not in BUSINESS_NOUNS and noun not in PUBLIC_NOUNS:
        return None
    if noun == "agency" and "news" in story.narration.words[source.first : source.last]:
        for mention in reversed(_mentions_before(story, source.first, _MENTION_LOOKBACK)):
            if mention.name.casefold() in AGENCIES:  # "the official news agency said": the agency named
                return _named(attribution, mention.name)
    public = True if noun in PUBLIC_NOUNS else False if noun in BUSINESS_NOUNS else None
    if any(w in BUSINESS_MODIFIERS for w in story.narration.words[source.first : source.last]):
        public = False  # "the rating agency": a business
    name = main_organisation(story, source.first, public=public)
    if name is None and public is False:  # "Boeing delivered 40 jets. ... the planemaker said"
        name = _subject_party(story, source.first)
    return _named(attribution, name) if name else None


def _subject_party(story: Story, token: int) -> str | None:
    """The party, not a place, that spoke or opened a sentence last within reach
    of ``token``, even a lone capitalised word ("Boeing delivered 40 jets")."""
    narration = story.narration
    floor = narration.paragraph_first[max(0, narration.paragraph_of(token) - _PRONOUN_PARAGRAPHS)]
    party = _latest_party(story, floor, token, openers=True)
    return party if party is not None and party not in REGIONS else None


def _sector(story: Story, first: int, last: int) -> bool | None:
    """Whether a phrase names a business (``False``: "a company spokeswoman"), a
    public body (``True``: "a ministry statement"), or neither (``None``)."""
    words = story.narration.words[first:last]
    if any(w in BUSINESS_NOUNS for w in words):
        return False
    if any(w in PUBLIC_NOUNS for w in words):
        return True
    return None


def by_spokesperson(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"a spokesman said" with no owner named: the organisation named in its sentence
    before it, else the business or public body the story names most ("a company
    spokeswoman"; "the spokeswoman" as the story's earlier spokeswoman was)."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.noun not in SPOKESPERSON_NOUNS or source.kind not in ("description", "unnamed"):
        return None
    if source.noun is not None and source.noun.endswith("s"):
        return None  # "officials said": several, unnamed
    lo, _ = story.narration.sentence_of(source.first)
    for mention in reversed(_mentions_before(story, source.first, 12)):
        if mention.first >= lo and mention.kind == "organisation":
            return _named(attribution, story.discourse.full_name(mention.name))
    sector = _sector(story, source.first, source.last)
    if sector is None and source.definite:  # "the spokeswoman": the one the story spoke of before
        earlier = [e.source for e in story.events_between(0, source.first) if e.source.noun == source.noun]
        sector = _sector(story, earlier[-1].first, earlier[-1].last) if earlier else None
    name = main_organisation(story, source.first, public=sector)
    if name is None and sector is not True:  # "Peugeot is in talks ... a company spokesman said"
        name = _subject_party(story, source.first)
    return _named(attribution, name) if name else None


def by_document(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"a company statement said", "the ministry's report": a document that names no
    owner but says what kind of body made it, for the one of that kind the story
    names most; "its website says": the party the story spoke of last."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "document" or source.name is not None:
        return None
    if story.narration.words[source.first] in ("its", "their"):  # "its website says": the party last spoken of
        party = _subject_party(story, source.first)
        return _named(attribution, story.discourse.full_name(party)) if party else None
    sector = _sector(story, source.first, source.last - 1)
    if sector is None:
        return None
    name = main_organisation(story, source.first, public=sector)
    return _named(attribution, name) if name else None
