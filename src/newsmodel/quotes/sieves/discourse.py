"""The sieves of the story around a quotation: the paragraph before, the quotation before.

A quotation that goes on from the paragraph before, or stands alone after
someone spoke ("Ann Lee said the deal was fair. "We are happy."").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.common import LINKING_ADVERBS
from ...lexicon.titles import NAME_PARTICLES
from ..events import Event
from ..resolve import Attribution, Evidence
from ..words import DASHES

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_SPEECH_REACH = 300  # tokens back from a quotation standing alone to the speech it goes on
_LINKS = LINKING_ADVERBS | {"but", "and", "yet", "so"}  # words that open a sentence going on the last
_TOPIC_WORDS = 10  # words of a lead-in's topic: "On the Fed's next move:"
_COMPLEMENTS = frozenset({"about", "on", "in", "for", "at", "with", "from", "to", "over", "against"})
_RELATIVES = frozenset({"which", "where"})  # a clause on a word inside the quotation, not a title's predicate
_FRONTED_OPENERS = frozenset({"unless", "if", "once", "until", "although", "though", "while", "when", "after",
                              "before", "even"})  # a clause set before a sentence's main words
_BACKGROUND_WORDS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "if", "once"})


def lead_in(evidence: Evidence, index: int) -> int:
    """Where a lead-in that names the quotation's topic opens its sentence ("On rates:
    "...""), or the quotation itself where none does."""
    words = evidence.narration.words
    lo = evidence.sentences[index][0]
    quote = evidence.narration.quotes[index]
    if words[quote - 1] != ":":
        return quote
    for at in range(quote - 2, max(lo, quote - 2 - _TOPIC_WORDS) - 1, -1):
        if words[at] == ":" or evidence.narration.is_quote(at):
            break
        if words[at] in ("On", "ON") and at < quote - 2 and (at == lo or words[at - 1] == ":"):
            return at  # "ANN LEE, ECONOMIST: On rates: "...""
    return quote


def continuation(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A quotation that goes on from the paragraph before shares its source."""
    if index == 0 or not evidence.spans[index].continues or found[index - 1].source is None:
        return None
    return found[index - 1]._replace(through=-1)


def continuation_back(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A quotation whose next paragraph goes on its words shares that paragraph's source."""
    if index + 1 >= len(found) or not evidence.spans[index + 1].continues or found[index + 1].source is None:
        return None
    return found[index + 1]._replace(through=-1)


def _goes_on(evidence: Evidence, found: Sequence[Attribution], index: int) -> bool:
    """Whether a quotation goes on the words of one with a source: continuation names it."""
    return index > 0 and evidence.spans[index].continues and found[index - 1].source is not None


def stands_alone(evidence: Evidence, index: int) -> bool:
    """Whether a quotation's sentence holds no narration of its own, or opens
    with the quotation and goes on with no cue and no one named ("We will
    appeal" and soon, "Lee said" is not alone)."""
    narration = evidence.narration
    lo, hi = evidence.sentences[index]
    quote = narration.quotes[index]
    words = narration.words
    if quote == lo + 2 and words[lo].lower() in narration.vocabulary.participles and words[lo + 1] in (",", ":"):
        lo = quote  # "Adding, "...": a participle of saying with no subject goes on with the speech before
    elif _fronted_clause(evidence, lo, quote):
        lo = quote  # "Unless rivals quit, "it is over."": a condition or a time set before the words
    if any(w[:1].isalnum() and w.lower() not in _LINKS for w in words[lo:quote]):
        return False  # but "But "it is over."" goes on
    after = words[quote + 1 : hi]
    if not any(w[:1].isalnum() for w in after):
        return True
    tail = after[1:] if after[0] in (".", "?", "!") and len(after) > 1 else after
    if tail[0] in DASHES and all(w[:1].isupper() for w in tail[1:] if w[:1].isalnum()):
        return True  # ""..." --Field Level Media": a sign-off after the last quotation, no one speaking
    opening = after[1] if after[0] == "," and len(after) > 1 else after[0]
    complement = opening in _COMPLEMENTS or (opening in _RELATIVES and "," not in after[2:])  # "...," which ends it
    named = any(w[:1].isupper() for w in after) and not complement  # not ""...," about Bing."
    return not evidence.events_between(quote + 1, hi) and not named


def _fronted_clause(evidence: Evidence, lo: int, quote: int) -> bool:
    """Whether the words before a quotation are a clause of condition, time or
    concession that names no one and reports nothing ("If the deal fails, "...""),
    set off from it by a comma."""
    words = evidence.narration.words
    return (
        words[lo].lower() in _FRONTED_OPENERS
        and words[quote - 1] == ","
        and not evidence.events_between(lo, quote)
        and not any(m.kind in ("person", "unknown") for m in evidence.mentions_between(lo, quote))
    )


def previous_speech(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said the deal was fair. "We are happy." — a quotation standing alone takes
    the last speech event before it, in its paragraph or the one before, since the last quotation."""
    if not stands_alone(evidence, index) or _goes_on(evidence, found, index):
        return None
    narration = evidence.narration
    quote = narration.quotes[index]
    floor = narration.paragraph_first[max(0, narration.paragraph_of(quote) - 1)]
    floor = max(floor, quote - _SPEECH_REACH)
    if index > 0:
        floor = max(floor, narration.quotes[index - 1] + 1)
    events = evidence.events_between(floor, quote)
    vocabulary = narration.vocabulary
    for event in reversed(events):
        if (event.verb not in vocabulary.reporting and event.verb not in vocabulary.participles) or (
            event.source.kind == "unnamed"
        ):
            continue
        if _in_background(evidence, event) and any(e.cue < event.cue for e in events):
            continue  # "Lee assured Cole, after Cole assured Lee ..." -- the main clause speaks
        return Attribution.of(event)
    return None


def _in_background(evidence: Evidence, event: Event) -> bool:
    """Whether a speech event stands in a clause of time or reason ("after Cole said",
    "after de Blasio said")."""
    words = evidence.narration.words
    first = event.source.first
    while first > 0 and words[first - 1] in NAME_PARTICLES:
        first -= 1
    return first > 0 and words[first - 1] in _BACKGROUND_WORDS


def conversation(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """ "...," Ann Lee said. "..." — a quotation standing alone after a quotation of its
    paragraph or the one before, with no other speech between, shares its source."""
    if (
        index == 0
        or found[index - 1].source is None
        or not stands_alone(evidence, index)
        or _goes_on(evidence, found, index)
    ):
        return None
    narration = evidence.narration
    quote, previous = narration.quotes[index], narration.quotes[index - 1]
    if narration.paragraph_of(previous) < narration.paragraph_of(quote) - 1:
        return None
    spoken = index - 1
    while _nobodys(found[spoken]) and spoken > 0 and found[spoken - 1].source is not None and (
        narration.paragraph_of(narration.quotes[spoken - 1]) == narration.paragraph_of(previous)
    ):
        spoken -= 1  # "...about "Equal Justice Under Law" anymore.": the title inside the speech is nobody's
    return found[spoken]._replace(through=-1)


def resumed(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," said Ann Lee. / Lee has led the group for 20 years. / "..." — a quotation
    standing alone at the start of its paragraph, after one paragraph of narration
    about the one who spoke last (its sentences' subjects name no one else, and
    nobody speaks there), resumes that speech."""
    if index == 0 or not stands_alone(evidence, index) or _goes_on(evidence, found, index):
        return None
    source = found[index - 1].source
    if source is None or source.kind != "name" or source.name is None:
        return None
    narration = evidence.narration
    quote = narration.quotes[index]
    paragraph = narration.paragraph_of(quote)
    if paragraph < 2 or narration.paragraph_first[paragraph] != quote:
        return None
    if narration.paragraph_of(narration.quotes[index - 1]) != paragraph - 2:
        return None  # one paragraph of narration between, no more
    lo, hi = narration.paragraph_first[paragraph - 1], quote
    speaker = evidence.discourse.full_name(source.name)
    subjects = evidence.subjects_between(lo, hi)
    others = [e for e in evidence.events_between(lo, hi) if e.source.kind != "pronoun" and (
        e.source.name is None or evidence.discourse.full_name(e.source.name) != speaker)]
    if not subjects or others:
        return None  # nobody else speaks there ("Lee is upbeat, because she sees ..." is Lee's own)
    named = [s for s in subjects if s.kind == "name"]
    about = [s for s in named if s.name is not None and evidence.discourse.full_name(s.name) == speaker]
    if len(about) < len(named) or any(s.kind not in ("name", "pronoun") for s in subjects):
        return None  # the paragraph is about someone, or something, else
    return found[index - 1]._replace(through=-1)


def _nobodys(attribution: Attribution) -> bool:
    """Whether a quotation is marked as nobody's speech: a title or a term."""
    return attribution.source is not None and attribution.source.kind in ("title", "term")
