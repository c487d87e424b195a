"""The naming sieves: each turns one kind of source into a speaker's name.

A name stands for the fullest name the story gave its entity ("Lee" for
"Ann Lee"); "a Tesla spokesperson" and "a statement from Tesla" for their
owner; "he" and "she" for the most salient person of agreeing gender (else
the person who spoke last), "they" for two who spoke together. The parties
that descriptions, spokespersons and documents stand for are named in
:mod:`~newsmodel.quotes.sieves.parties`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ...lexicon.organisations import LEGAL_TEXT_HEADS
from ...lexicon.places import DEMONYMS, REGIONS
from ...lexicon.sources import ANONYMOUS_NOUNS, PERSON_DESCRIPTIONS
from ..mentions import Mention
from ..resolve import Attribution, Evidence
from .parties import common_word, latest_party, mentions_before, named, titled_person

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_ANONYMITY = frozenset({"anonymity", "named", "identified", "unnamed", "anonymous"})  # "asked not to be named"
_MAKER_NOUNS = frozenset({"producer", "manufacturer", "developer", "builder"})
_PERSONAL = {"he": "male", "she": "female", "i": None}
_PRONOUN_PARAGRAPHS = 2  # paragraphs back that a pronoun may reach
_PRONOUN_REACH = 400  # and tokens
_SALIENCE_LOOKBACK = 60  # mentions looked at for a pronoun's antecedent
_SPEAKER_LOOKBACK = 8  # quotations looked back at for the last speaker


def by_name(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A name: the fullest name of its entity ("Lee" after "Ann Lee")."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "name" or source.name is None:
        return None
    if f"{source.name}." in REGIONS or source.name.rsplit(" ", 1)[-1] in LEGAL_TEXT_HEADS:
        return None  # "Portsmouth, N.H., said", "the Fifth Amendment protects": where or what, never who
    words = evidence.narration.words
    after = words[source.last + 1] if source.last + 1 < len(words) else ""
    stop = words[source.last] if source.last < len(words) else ""
    abbreviated = stop == "." and after.islower() and " " in source.name  # not a sentence's stop
    if abbreviated and source.name.rsplit(" ", 1)[1].casefold() in evidence.narration.vocabulary.title_forms:
        return None  # "former Pennsylvania Gov. and party chairman Ed Rendell": a title, its holder named later
    opener = evidence.discourse.ending.get(source.last - 1)
    by_position = opener is not None and opener.kind == "opener" and opener.name == source.name
    if by_position and common_word(evidence, source.name):
        return None  # "Another called it ...", "Shareholders said ...": capitalised only as the sentence opens
    name = source.name
    if name.isupper() and evidence.discourse.entity(name.title()) is not None:
        name = name.title()  # "DARLING ON RATES:" over the quotation, "Alistair Darling" in the story
    return named(attribution, _fullest(evidence, name))


def _fullest(evidence: Evidence, name: str) -> str:
    """The fullest name of the party ``name`` stands for, or of each of two named
    together ("Lee and Ku" for "Ann Lee and Bo Ku")."""
    if evidence.discourse.entity(name) is not None or " and " not in name:
        return evidence.discourse.full_name(name)
    return " and ".join(evidence.discourse.full_name(part) for part in name.split(" and "))


def by_owner(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A description or a document that names its owner: "a Tesla spokesperson",
    "a spokesman for Tesla", "Tesla's statement", "a statement from the ministry of X"."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind not in ("description", "document") or source.name is None:
        return None
    if all(word in DEMONYMS for word in source.name.split()):
        return None  # "the former Republican candidate": a people's word read as a name owns nothing
    if source.kind == "description" and _makes_product(evidence, source.name, source.noun):
        return None  # "the Jetstar maker": the product it makes, not its owner; a description to resolve
    if source.kind == "description" and source.noun in evidence.narration.vocabulary.titles:
        person = titled_person(evidence, source.first, source.last, source.noun)
        if person is not None:
            return named(attribution, person)  # "the Lakeside governor": Lakeside Gov. Ann Lee, not Lakeside
    owner = evidence.discourse.starting.get(source.first)
    if owner is not None and owner.kind == "opener":
        return None  # "Media reports said", "Local officials said": capitalised only as the sentence opens
    return named(attribution, evidence.discourse.full_name(source.name))


def _makes_product(evidence: Evidence, name: str, noun: str | None) -> bool:
    """Whether a description names a maker by its product ("the iPhone maker"), not by
    an organisation the story knows."""
    entity = evidence.discourse.entity(name)
    maker = noun is not None and (noun.endswith("maker") or noun in _MAKER_NOUNS)
    return maker and (entity is None or entity.kind != "organisation")


def _agrees(evidence: Evidence, mention: Mention, gender: str | None, speakers: set[int]) -> bool:
    """Whether a person (or a lone name the story shows speaking) agrees with a pronoun's gender."""
    if mention.kind != "person" and not (mention.kind in ("unknown", "opener") and mention.last in speakers):
        return False
    entity = evidence.discourse.entity(mention.name)
    known = entity.gender if entity is not None else None
    return gender is None or known is None or known == gender


def by_pronoun(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"he" or "she": the latest person of agreeing gender who spoke or opened a
    sentence within two paragraphs, else the latest such person named there; a
    person the story shows to have that gender goes before one it does not; no
    one after one the story leaves unnamed ("one trader said ... he said").
    "it": the latest organisation so named."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "pronoun":
        return None
    floor = _floor(evidence, source.first)
    if source.noun in ("he", "she") and _after_anonymous(evidence, floor, source.first):
        return None  # "one senior expert told Reuters ... "...," he said": the unnamed one goes on
    if source.noun in _PERSONAL:
        speaker = _person(evidence, found, index, source.first, _PERSONAL[source.noun])
        return named(attribution, speaker) if speaker else None
    if source.noun == "they":  # "Smith and Alvi said ... They added": the two who spoke together
        joint = [name for e in evidence.events_between(floor, source.first) if " and " in (name := e.source.name or "")]
        return named(attribution, _fullest(evidence, joint[-1])) if joint else None
    if source.noun != "it":
        return None
    subject = latest_party(evidence, floor, source.first)
    openers = evidence.subjects_between(floor, source.first) if subject is None else ()
    if openers and all(s.kind == "pronoun" and s.noun == "it" for s in openers):
        floor = _floor(evidence, floor)  # "Acme ... It has ... It said": a chain of "it" reaches further back
        subject = latest_party(evidence, floor, source.first)
    if subject is not None:
        return named(attribution, evidence.discourse.full_name(subject))
    candidates = [m for m in reversed(mentions_before(evidence, source.first, _SALIENCE_LOOKBACK)) if m.first >= floor]
    fits = [m for m in candidates if m.kind == "organisation"]
    spoken = {e.source.last for e in evidence.events_between(floor, source.first) if e.source.kind == "name"}
    subjects = (m for m in fits if m.last in spoken or _opens_sentence(evidence, m.last, floor, source.first))
    chosen = next(subjects, fits[0] if fits else None)  # a subject's sentence is read only when asked
    return named(attribution, evidence.discourse.full_name(chosen.name)) if chosen is not None else None


def by_described_person(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"the tycoon", "the billionaire": one person described by what they are, with
    no name or owner, stands for the person "he" or "she" would, of either gender;
    no one after one the story leaves unnamed."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "description" or not source.definite or source.name is not None:
        return None
    if source.noun not in PERSON_DESCRIPTIONS:
        return None
    if _after_anonymous(evidence, _floor(evidence, source.first), source.first):
        return None  # "a local tycoon, who asked not to be named, said ... the tycoon said": unnamed
    speaker = _person(evidence, found, index, source.first, None)
    return named(attribution, speaker) if speaker else None


def _floor(evidence: Evidence, first: int) -> int:
    """The first token a pronoun at token ``first`` may reach back to."""
    narration = evidence.narration
    floor = narration.paragraph_first[max(0, narration.paragraph_of(first) - _PRONOUN_PARAGRAPHS)]
    return max(floor, first - _PRONOUN_REACH)


def _person(evidence: Evidence, found: Sequence[Attribution], index: int, first: int, gender: str | None) -> str | None:
    """The person of agreeing ``gender`` a pronoun at token ``first`` stands for (see
    :func:`by_pronoun`), else the person who spoke last."""
    floor = _floor(evidence, first)
    candidates = [m for m in reversed(mentions_before(evidence, first, _SALIENCE_LOOKBACK)) if m.first >= floor]
    thinking = evidence.narration.vocabulary.cognition  # "Lee wants": no speech
    speakers = {e.source.last for e in evidence.events_between(floor, first)
                if e.source.kind == "name" and e.verb not in thinking}
    fits = [m for m in candidates if _agrees(evidence, m, gender, speakers)]  # latest first
    # where no fit is a subject, a person known to agree goes first (the sort is stable)
    ranked = sorted(fits, key=lambda m: _gender_of(evidence, m) != gender) if gender is not None else fits
    spoken = {e.source.last for e in evidence.events_between(floor, first) if e.source.kind == "name"}
    subjects = (m for m in fits if m.last in spoken or _opens_sentence(evidence, m.last, floor, first))
    chosen = next(subjects, ranked[0] if ranked else None)  # a subject's sentence is read only when asked
    if chosen is None:
        return _last_speaker(evidence, found, index, gender)
    return evidence.discourse.full_name(chosen.name)


def _after_anonymous(evidence: Evidence, floor: int, pronoun: int) -> bool:
    """Whether the last speech before a pronoun is one unnamed person's ("one trader
    said", "an official, who asked not to be named, said"), with no person named since."""
    events = [e for e in evidence.events_between(floor, pronoun) if e.source.first != pronoun]
    if not events or events[-1].source.kind != "unnamed":
        return False
    last, words = events[-1].source, evidence.narration.words
    one = words[last.first].lower() in ("one", "another")
    if last.noun is None or (last.noun.endswith("s") and not one):
        return False  # "traders said": several
    lo, hi = evidence.narration.sentence_of(last.first)
    unnamed = one or last.noun in ANONYMOUS_NOUNS or any(w in _ANONYMITY for w in words[lo:hi])
    cue = events[-1].cue  # a person named in its own phrase ("one of Lee's aides"), or since, may be meant;
    named = (*evidence.mentions_between(lo, cue), *evidence.mentions_between(last.first, last.last),
             *evidence.mentions_between(hi, pronoun))  # whom it told is not ("told Lakeside Radio")
    return unnamed and not any(m.kind == "person" for m in named)


def _last_speaker(evidence: Evidence, found: Sequence[Attribution], index: int, gender: str | None) -> str | None:
    """The person who spoke last before quotation ``index``, of no other gender
    than ``gender``, where no person is named since ("Scott said ... / (paragraphs
    of the franchise) / "...," he said")."""
    for earlier in range(index - 1, max(-1, index - 1 - _SPEAKER_LOOKBACK), -1):
        speaker = found[earlier].speaker
        if speaker is None:
            continue
        entity = evidence.discourse.entity(speaker)
        if entity is None or entity.kind != "person" or (gender not in (None, entity.gender) and entity.gender):
            return None
        since = evidence.mentions_between(evidence.narration.quotes[earlier], evidence.narration.quotes[index])
        others = [m for m in since if m.kind == "person" and evidence.discourse.full_name(m.name) != speaker]
        return None if others else speaker
    return None


def _gender_of(evidence: Evidence, mention: Mention) -> str | None:
    entity = evidence.discourse.entity(mention.name)
    return entity.gender if entity is not None else None


def _opens_sentence(evidence: Evidence, last: int, floor: int, pronoun: int) -> bool:
    """Whether a name ending at token ``last`` is the subject of its sentence, one that
    opens in tokens ``floor`` to ``pronoun``; only the sentence that holds it is read."""
    starts = evidence.narration.sentence_first
    index = bisect_right(starts, last - 1) - 1
    if index < 0 or not floor <= starts[index] < pronoun:
        return False
    subject = evidence.subject_at(starts[index])
    return subject is not None and subject.kind == "name" and subject.last == last
