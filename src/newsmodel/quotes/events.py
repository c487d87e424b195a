"""Stage 4, events: who says what where in the narration.

A speech event ties a cue (a verb of saying or describing, "according
to", a participle such as "saying") to its source, the phrase of the
speaker: read to the left of the verb ("Ann Lee said", "Wang, an analyst
at Morningstar, said", "Lee laughed and said") or, inverted, to its right
("said analyst Ann Lee", "according to the ministry"), as
:mod:`~newsmodel.quotes.sides` reads it. A participle's source is its
sentence's subject ("..., saying ..."). A verb in the passive makes no event
("Lee was charged"), nor a cue that is a noun ("its annual report"), as
:mod:`~newsmodel.quotes.uses` tells.

A source is a name, a pronoun, a description ("the company", "a Tesla
spokesperson"), a document ("a statement from the ministry") or a party the
story leaves unnamed ("one trader").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("Prices rose, said Morningstar analyst Ann Lee.",))
>>> [(e.verb, e.source.kind, e.source.name) for e in read_events(narration, read_entities(narration))]
[('said', 'name', 'Ann Lee')]
"""

from __future__ import annotations

from typing import NamedTuple

from ..lexicon.sources import CLAUSE_WORDS, DETERMINERS
from .entities import Discourse
from .mentions import Mention
from .sides import apposed_subject, ends_source, quoted_speaker, source_after, source_before
from .sources import SourcePhrase, read_source
from .subjects import sentence_subject
from .tokens import Narration
from .uses import (
    GOES_ON_TO,
    after_article,
    before_role,
    modified,
    no_hearer,
    owned_word,
    owning_nothing,
    passive,
    supposed,
)
from .vocabulary import Vocabulary
from .words import DASHES, POSSESSIVE_ENDINGS

__all__ = ["Event", "read_events"]

_DASHES = DASHES | {"-"}
_SET_OFF = DASHES | {","}  # what sets a phrase off after a name: "Moody's -- which ... -- said"
_RELAYED_REACH = 5  # tokens from "quoting" to the person it names, past a title the name does not hold
_RELAY_REACH = 6  # tokens from a verb of saying to the "quoting" after it: "the paper said, quoting"
_OBJECT_PREPOSITIONS = frozenset({"to", "of", "for", "from", "at", "by", "about", "against", "on", "in"})


class Event(NamedTuple):
    """A cue of speech at token ``cue`` (``verb`` as printed) and its source."""

    cue: int
    verb: str
    source: SourcePhrase
    inverted: bool = False


def _inverted_here(narration: Narration, verb: int, lo: int) -> bool:
    """Whether a verb stands where its subject follows it: after a quotation
    ("...," said), a dash, or at a sentence's start ("Said Lee: ...")."""
    if verb == lo:
        return True
    before = narration.words[verb - 1]
    if narration.is_quote(verb - 1) or before in _DASHES:
        return True
    return before in (",", "?", "!", ".") and narration.is_quote(verb - 2)


def _relayed(discourse: Discourse, verb: int, hi: int) -> Mention | None:
    """The person a quoting verb names after it, past a title the name does not hold:
    "quoting (Associate Special Counsel) Ann Lee"."""
    starting = discourse.starting
    return next((starting[at] for at in range(verb + 1, min(hi, verb + _RELAYED_REACH))
                 if at in starting and starting[at].kind == "person"), None)


def _cue(words: tuple[str, ...], verb: int, vocabulary: Vocabulary) -> str | None:
    """The cue at token ``verb`` as an event names it: the word in lower case, or
    with its particle ("shot back"); ``None`` where the word is a cue only with a
    particle that does not follow it ("shot", "went")."""
    word = words[verb].lower()
    if word in vocabulary.single_cues:
        return word  # "pointed out" is the cue "pointed"
    following = words[verb + 1] if verb + 1 < len(words) else ""
    return f"{word} {following}" if (word, following) in vocabulary.phrasal else None


def read_events(narration: Narration, discourse: Discourse) -> tuple[Event, ...]:
    """Every speech event of the narration within reach of a quotation, in order."""
    events: list[Event] = []
    words, vocabulary = narration.words, narration.vocabulary
    quoting_verbs, participles, inverted_verbs = vocabulary.quoting, vocabulary.participles, vocabulary.inverted
    for verb in narration.verbs:
        if not narration.near_quote(verb):
            continue  # no quotation's speaker is named here
        lo, hi = narration.sentence_of(verb)
        word = _cue(words, verb, vocabulary)
        if word is None:
            continue
        source = None
        inverted = False
        if verb > lo and (words[verb - 1] in DETERMINERS or (
            words[verb - 1].endswith(POSSESSIVE_ENDINGS) and owned_word(words, verb, hi, vocabulary.nouns)
        )):
            continue  # "the report", "Lee's statement", "Acme's promises": a noun (but "Moody's said")
        if verb > lo and words[verb][:1].isupper():
            continue  # "Ohio State", "Boston Globe Reports": a capitalised cue opens a sentence or is a name
        if word in vocabulary.nouns and (
            after_article(words, verb, lo) or before_role(words, verb, hi, vocabulary.titles)
            or modified(words, verb, lo)
        ):
            continue  # "a Twitter comment of her own", "Colorado state director", "its annual report": a noun
        followed = verb + 1 < hi and words[verb + 1] in vocabulary.cue_words
        if followed and word in vocabulary.nouns and word.endswith("s"):
            continue  # "Media reports said", "court filings show": a noun before its own verb
        by_agent = word in vocabulary.describing and verb + 2 < hi and words[verb + 1] == "by"
        agent = source_after(narration, discourse, verb + 1, hi) if by_agent else None
        if agent is not None and agent.kind == "name":  # "as described by Ann Lee": who describes speaks
            events.append(Event(cue=verb, verb=word, source=agent, inverted=True))
            continue
        if word not in vocabulary.active and passive(words, verb, lo):
            continue  # "Lee was charged with fraud", "Lee was told": the subject is spoken to or of
        if verb - 2 >= lo and words[verb - 1] == "to" and words[verb - 2].lower() in vocabulary.refusing:
            continue  # "the ministry declined to comment": no speech
        if word in GOES_ON_TO and verb + 2 < hi and words[verb + 1] == "to" and no_hearer(words, verb + 2, hi):
            continue  # "Lee will continue to be", "the vote added to concerns": no speech, not "added to Reuters"
        if word in quoting_verbs:  # "the paper quoted Ann Lee as saying": the speaker is the object
            quoted = quoted_speaker(narration, discourse, verb, hi)
            if quoted is not None:
                events.append(Event(cue=verb, verb=word, source=quoted))
                continue
            relaying = bool(events) and lo <= events[-1].cue and verb - events[-1].cue <= _RELAY_REACH
            relayed = _relayed(discourse, verb, hi) if relaying and words[verb - 1] == "," else None
            if relayed is not None and not relayed.possessive:
                person = SourcePhrase(first=relayed.first, last=relayed.last, kind="name", name=relayed.name)
                events[-1] = events[-1]._replace(source=person)  # "..., the paper said, quoting Ann Lee": Lee's
                continue
            if word not in vocabulary.reporting and word not in participles:
                continue
        if word in participles:  # "Lee said, adding ...": the speaker just before it, else the sentence's subject
            near = events and lo <= events[-1].cue and verb - events[-1].cue <= 6 and words[verb - 1] == ","
            quoting = events and lo <= events[-1].cue and words[verb - 1] == "as" and events[-1].verb in quoting_verbs
            earlier = events[-1] if near or quoting else None  # "Lee said, adding", "quoted Lee as saying"
            speaking = earlier.source if earlier is not None and earlier.verb in vocabulary.speaking else None
            named = discourse.ending.get(verb - 1)  # "with Chief Executive Ann Lee saying": the name before it
            absolute = named is not None and named.first > lo and words[named.first - 1] == "with"  # "with Acme saying"
            opened = (named.start if named.start >= 0 else named.first) if named is not None else lo
            governed = opened > lo and words[opened - 1].lower() in _OBJECT_PREPOSITIONS  # "a letter to Cole urging"
            if speaking is None and named is not None and (named.kind == "person" or absolute) and not governed:
                speaking = read_source(narration, discourse, verb - 1, lo, verb)
            source = speaking or sentence_subject(narration, discourse, lo, verb)
        elif word == "according":
            followed = verb + 1 < hi and words[verb + 1] == "to"
            source = source_after(narration, discourse, verb + 1, hi) if followed else None
            inverted = True
        elif word in inverted_verbs and _inverted_here(narration, verb, lo):
            source = source_after(narration, discourse, verb, hi)
            before = source_before(narration, discourse, verb, lo) if source is None or source.kind != "name" else None
            if before is not None and (source is None or before.kind == "name"):
                source = before  # "Lee, interviewed on "Today," said the odds were ...": Lee's
            inverted = source is not None and source.first > verb
        else:
            source = source_before(narration, discourse, verb, lo)
            apposed = source is not None and apposed_subject(narration, discourse, source, lo)
            if word in inverted_verbs and words[verb - 1] == "," and not apposed:  # "Prices rose, said Ann Lee"
                after = source_after(narration, discourse, verb, hi)
                if after is not None and (source is None or (after.kind == "name" and ends_source(narration, after))):
                    source, inverted = after, True  # but "Ann Lee, an analyst, said Acme ..." is Lee's
        if source is not None and not inverted and supposed(words, source.first, lo):
            continue  # "if Acme confirmed "...", ...": a speech supposed, not reported
        backgrounded = source is not None and source.first > lo and words[source.first - 1] in CLAUSE_WORDS
        if backgrounded and word in vocabulary.intransitive:
            source = None  # "..., Lee said after Ann Cole spoke": a clause in the background
        if source is not None and source.last <= verb and words[source.last - 1].endswith(POSSESSIVE_ENDINGS) and (
            source.last == verb or words[source.last] in _SET_OFF
        ):
            source = owning_nothing(words, discourse, source)  # "Moody's said": the name as printed
        if source is not None:
            # the commonest event, built from its fields in one call rather than through NamedTuple's __new__
            printed = word if word != "according" else "according to"
            events.append(tuple.__new__(Event, (verb, printed, source, inverted)))
    return tuple(events)
