"""The sieves of a quotation's own sentence: its cue, its "according to", its subject.

Ann Lee said the plan was "a disaster" / prices will "stay high", according
to Acme / Ann Lee believes the plan is "a big mistake".
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.sources import SPEECH_NOUNS
from ..beside import opens_relative
from ..events import Event
from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES


_PARTIAL_WORDS = 12  # the most words of a quotation read as partial

_NOUN_REACH = 4  # tokens from a noun of speech to the quotation it introduces ("claim of a")
_NOUN_LINKS = frozenset({"that", "of", "for", "to", ":"})  # what joins a noun of speech to its words
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}  # whose speech a noun of speech is, to name as a pronoun
_VIEW_NOUNS = frozenset({"words", "view", "opinion", "estimation", "telling", "account"})  # "in Lee's view"
_SOURCE_LINKS = frozenset({"by", "of", "from", "for", "at", ","})  # "a study by Ann Lee": the noun's own source
_TERM_WORDS = 2  # the most words of a quotation that may as well be a term

_CLAUSE_OPENING = 3  # lower-case words between a verb of saying and the subject of its clause ("told reporters that")
_THAT_CLAUSE_OPENING = 6  # and where "that" opens the clause ("said in her opening remarks that")


def according_to(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," according to Ann Lee / According to the ministry, prices "will fall"."""
    lo, hi = evidence.sentences[index]
    for event in evidence.events_between(lo, hi):
        anonymous = event.source.kind == "document" and event.source.name is None and not event.source.definite
        if event.verb == "according to" and not anonymous:
            return Attribution.of(event)  # "according to a copy of the memo" names no one
    return None


def _reported(evidence: Evidence, event: Event, lo: int) -> Event:
    """The speech event that reports ``event`` in its clause: "Ann Lee said Tom Cole had
    asked for ...", "Lee told reporters that Cole wants ...": Lee's; else ``event``."""
    words = evidence.narration.words
    for outer in evidence.events_between(lo, event.source.first):
        between = words[outer.cue + 1 : event.source.first]
        reach = _THAT_CLAUSE_OPENING if between[-1:] == ("that",) else _CLAUSE_OPENING
        clause = len(between) <= reach and all(w.isalpha() and w.islower() for w in between)
        if outer.verb in evidence.narration.vocabulary.reporting and not outer.inverted and clause:
            return outer
    return event


def possessor(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Lee's claim that "..." / Lee's "47 percent" remark / Lee's call for a "revolution":
    a noun of speech beside a quotation speaks with the voice of its possessor (a
    pronoun's before the quotation, "his claim of "..."", is named as the pronoun is)."""
    narration = evidence.narration
    words = narration.words
    quote = narration.quotes[index]
    lo, hi = evidence.sentences[index]
    for noun in (*range(quote - 1, max(lo, quote - _NOUN_REACH) - 1, -1), quote + 1):
        if noun >= hi or words[noun] not in SPEECH_NOUNS:
            continue
        owner_at = noun - 1 if noun < quote else quote - 1  # "Lee's claim" / "Lee's "..." remark"
        owner = evidence.discourse.ending.get(owner_at)
        between = words[noun + 1 : quote] if noun < quote else ("of",)
        opens = bool(between) and between[0] in _NOUN_LINKS  # "claim that", "call for a"; not "calls it "vile""
        if owner is not None and owner.possessive and opens and all(w.isalpha() for w in between[1:]):
            source = SourcePhrase(first=owner.first, last=owner.last, kind="name", name=owner.name)
            return Attribution(source=source)
        pronoun = _POSSESSIVE_PRONOUNS.get(words[owner_at].lower()) if owner is None and noun < quote else None
        if pronoun is not None and opens and all(w.isalpha() for w in between[1:]):  # "His claim that "...""
            return Attribution(source=SourcePhrase(first=owner_at, last=owner_at + 1, kind="pronoun", noun=pronoun))
    for owner in evidence.mentions_between(lo + 1, hi):
        viewed = owner.possessive and owner.last < hi and words[owner.last] in _VIEW_NOUNS
        if viewed and words[owner.first - 1].lower() == "in":  # "In Lee's words, the plan "..."", "..., in Lee's view"
            return Attribution(source=SourcePhrase(first=owner.first, last=owner.last, kind="name", name=owner.name))
    return None


def sentence_cue(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said the plan was "a disaster" / the ministry dismissed it as "absurd" /
    Lee said Cole had asked for "more time" (the one who reports it speaks)."""
    narration = evidence.narration
    quote = narration.quotes[index]
    lo, hi = evidence.sentences[index]
    for event in reversed(evidence.events_between(lo, quote)):
        if event.verb in narration.vocabulary.in_sentence:
            return Attribution.of(_reported(evidence, event, lo))
    for event in evidence.events_between(quote + 1, hi):
        if event.verb in narration.vocabulary.speech and not _relative(narration.words, event):
            between = narration.words[quote + 1 : event.source.first]
            apposed = between[:1] == (",",) and between[1:2] in (("a",), ("an",)) and len(between) > 2
            if apposed and event.source.first < event.cue and not any(w in _SOURCE_LINKS for w in between[2:]):
                return None  # ""...", a figure Acme later said ...": a clause on a noun set beside the quotation
            return Attribution.of(event)
    return None


def _relative(words: tuple[str, ...], event: Event) -> bool:
    """Whether an event's verb stands in a relative clause on its source ("Acme, which
    said ..."): it says nothing of the quotations before that clause."""
    after = event.source.last + 1
    opened = after < event.cue and opens_relative(words, after)
    return opened and "," not in words[after + 1 : event.cue]  # not "Lee, who ..., said": the main verb


def sentence_subject_cue(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee believes the plan is "a mistake" / Acme requires users to keep their
    hands on the wheel "at all times": a short quotation inside a sentence whose
    named subject thinks, judges or acts with the quoted words."""
    narration = evidence.narration
    quote = narration.quotes[index]
    lo, _ = evidence.sentences[index]
    if quote == lo or not _TERM_WORDS < len(evidence.quoted(index).split()) <= _PARTIAL_WORDS:
        return None  # one or two words are as often a term as anybody's words
    subject = evidence.subject_at(lo)
    opener = narration.words[lo].lower()
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    named = evidence.discourse.ending.get(subject.last - 1)
    if named is not None and named.kind == "opener":
        return None  # "Moreover", "Audiences": capitalised by its place only, no one we know of
    if subject.last > quote and not opener.endswith("ing"):
        return None  # the quotation stands before the subject, outside "Calling it "...", Lee ..."
    cues = [e for e in evidence.events_between(lo, quote) if e.verb in narration.vocabulary.cognition]
    cue = opener if subject.last > quote else cues[-1].verb if cues else None  # "Calling it "...", Lee ..."
    return Attribution(source=subject, cue=cue)
