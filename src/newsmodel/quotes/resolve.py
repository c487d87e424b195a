"""Stage 5, resolve: the sieves, folded one after the other over the quotations.

A sieve reads the story (spans, narration, mentions, events) and the
attributions so far, and fills only what the earlier sieves left open.
The attribution sieves (modules ``nobody``, ``adjacent``, ``sentence`` and
``discourse``) find each quotation's source, the phrase of its speaker; the
naming sieves (``naming`` and ``anaphora``) turn a source into a name. Both
run in the order of :data:`newsmodel.quotes.SIEVES`, highest precision first.
The story is immutable; the subjects of its sentences are read once, the
first time a sieve asks, and kept.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from attrs import field, frozen

from .entities import Discourse, discover
from .events import Event, find_events
from .sources import Source
from .spans import QuoteSpan, find_spans, mask_quotes
from .subjects import SUBJECT_WINDOW, sentence_subject
from .tokens import Narration, tokenize

__all__ = ["Attribution", "Sieve", "Story", "read_story", "run_sieves"]


@frozen(kw_only=True)
class Story:
    """Everything the sieves read, built once per story by the earlier stages."""

    paragraphs: tuple[str, ...]
    spans: tuple[QuoteSpan, ...]
    narration: Narration
    discourse: Discourse
    events: tuple[Event, ...]
    event_at: Mapping[int, Event]  # by the token of the cue
    cues: tuple[int, ...]  # the cue tokens of ``events``, in order
    sentences: tuple[tuple[int, int], ...]  # the sentence of each quotation, as a token range
    # each sentence's subject, read the first time a sieve asks (most sentences are never asked about)
    _subjects: dict[int, Source | None] = field(factory=dict, eq=False, repr=False)

    def quoted(self, index: int) -> str:
        """The words of quotation ``index``."""
        span = self.spans[index]
        return self.paragraphs[span.paragraph][span.start : span.end]

    def subject_at(self, first: int) -> Source | None:
        """The subject of the sentence that opens at token ``first``, if read."""
        if first not in self._subjects:
            starts = self.narration.sentence_first
            index = bisect_left(starts, first)
            subject = None
            if index < len(starts) and starts[index] == first and self.narration.near_quote(first):
                end = starts[index + 1] if index + 1 < len(starts) else len(self.narration.words)
                subject = sentence_subject(self.narration, self.discourse, first, min(end, first + SUBJECT_WINDOW))
            self._subjects[first] = subject
        return self._subjects[first]

    def subjects_between(self, first: int, last: int) -> tuple[Source, ...]:
        """The subjects of the sentences that open in tokens ``first`` to ``last`` (exclusive)."""
        starts = self.narration.sentence_first
        found = (self.subject_at(start) for start in starts[bisect_left(starts, first) : bisect_left(starts, last)])
        return tuple(s for s in found if s is not None)

    def events_between(self, first: int, last: int) -> tuple[Event, ...]:
        """The events whose cue stands in tokens ``first`` to ``last`` (exclusive)."""
        lo, hi = bisect_left(self.cues, first), bisect_left(self.cues, last)
        return tuple(self.event_at[cue] for cue in self.cues[lo:hi])


class Attribution(NamedTuple):
    """What the sieves know of one quotation.

    ``source`` is the phrase of its speaker and ``cue`` its verb, as found by
    the attribution sieve ``found_by``; ``through`` is the last token of the
    attribution, so that a quotation after it can share it. ``speaker`` is
    the name, and ``rule`` the sieve that gave it.
    """

    source: Source | None = None
    cue: str | None = None
    found_by: str | None = None
    through: int = -1
    speaker: str | None = None
    rule: str | None = None

    @classmethod
    def of(cls, event: Event, found_by: str, through: int = -1) -> Attribution:
        """The attribution that ``event`` gives a quotation, found by sieve ``found_by``."""
        return cls(source=event.source, cue=event.verb, found_by=found_by, through=through)


#: A sieve's rule: given the story, the attributions so far and a quotation's
#: index, the attribution it finds for that quotation, or ``None``.
Rule = Callable[[Story, Sequence[Attribution], int], "Attribution | None"]


@frozen(kw_only=True)
class Sieve:
    """One named rule, run over the quotations it may still fill.

    An ``"attribution"`` sieve fills quotations with no source yet; a
    ``"naming"`` sieve those with a source and no speaker. ``backward``
    sieves visit the quotations last to first. Each sees the attributions
    its own earlier visits made.
    """

    id: str
    stage: str
    rule: Rule
    backward: bool = False

    @property
    def doc(self) -> str:
        """What the sieve reads, from its rule's docstring."""
        return (self.rule.__doc__ or "").strip()

    def run(self, story: Story, attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
        """``attributions`` with every quotation this sieve can fill filled."""
        naming = self.stage == "naming"
        open_ = [i for i, a in enumerate(attributions) if (a.source is None) != naming and a.speaker is None]
        if not open_:
            return attributions
        found = list(attributions)
        rule = self.rule
        for index in reversed(open_) if self.backward else open_:
            made = rule(story, found, index)
            if made is not None:
                found[index] = made
        return tuple(found)


def read_story(paragraphs: Sequence[str], spans: Sequence[QuoteSpan] | None = None) -> Story:
    """Run the stages before the sieves: spans (unless given), tokens, mentions, events."""
    paragraphs = tuple(paragraphs)
    spans = find_spans(paragraphs) if spans is None else tuple(spans)
    last = max((s.paragraph for s in spans), default=-1) + 1  # no later paragraph names a speaker
    narration = tokenize(mask_quotes(paragraphs[:last], spans), len(spans))
    discourse = discover(narration)
    events = find_events(narration, discourse)
    return Story(
        paragraphs=paragraphs,
        spans=spans,
        narration=narration,
        discourse=discourse,
        events=events,
        event_at=MappingProxyType({e.cue: e for e in events}),
        cues=tuple(e.cue for e in events),
        sentences=tuple(narration.sentence_of(quote) for quote in narration.quotes),
    )


def run_sieves(story: Story, sieves: Sequence[Sieve]) -> tuple[Attribution, ...]:
    """The attributions of every quotation of ``story``, ``sieves`` folded in order."""
    attributions = tuple(Attribution() for _ in story.spans)
    for sieve in sieves:
        attributions = sieve.run(story, attributions)
    return attributions


