"""The sieves of a quotation's own sentence: its cue, its "according to", its subject.

Ann Lee said the plan was "a disaster" / prices will "stay high", according
to Acme / Ann Lee believes the plan is "a big mistake".
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.verbs import COGNITION_VERBS, PARTICIPLES, SPEECH_VERBS
from ..resolve import Attribution, Story

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES


_IN_SENTENCE = SPEECH_VERBS | PARTICIPLES

_PARTIAL_WORDS = 12  # the most words of a quotation read as partial

_TERM_WORDS = 2  # the most words of a quotation that may as well be a term


def according_to(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," according to Ann Lee / According to the ministry, prices "will fall"."""
    lo, hi = story.sentences[index]
    for event in story.events_between(lo, hi):
        if event.verb == "according to" and not (event.source.kind == "document" and event.source.name is None):
            return Attribution.of(event)  # "according to a copy of the memo" names no one
    return None


def sentence_cue(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said the plan was "a disaster" / the ministry dismissed it as "absurd"."""
    narration = story.narration
    quote = narration.quotes[index]
    lo, hi = story.sentences[index]
    for event in reversed(story.events_between(lo, quote)):
        if event.verb in _IN_SENTENCE:
            return Attribution.of(event)
    for event in story.events_between(quote + 1, hi):
        if event.verb in SPEECH_VERBS:
            return Attribution.of(event)
    return None


def sentence_subject_cue(story: Story, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee believes the plan is "a mistake" / Acme requires users to keep their
    hands on the wheel "at all times": a short quotation inside a sentence whose
    named subject thinks, judges or acts with the quoted words."""
    narration = story.narration
    quote = narration.quotes[index]
    lo, _ = story.sentences[index]
    if quote == lo or not _TERM_WORDS < len(story.quoted(index).split()) <= _PARTIAL_WORDS:
        return None  # one or two words are as often a term as anybody's words
    subject = story.subject_at(lo)
    opener = narration.words[lo].lower()
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    named = story.discourse.ending.get(subject.last - 1)
    if named is not None and named.kind == "opener":
        return None  # "Moreover", "Audiences": capitalised by its place only, no one we know of
    if subject.last > quote and not opener.endswith("ing"):
        return None  # the quotation stands before the subject, outside "Calling it "...", Lee ..."
    cues = [e for e in story.events_between(lo, quote) if e.verb in COGNITION_VERBS]
    cue = opener if subject.last > quote else cues[-1].verb if cues else None  # "Calling it "...", Lee ..."
    return Attribution(source=subject, cue=cue)
