"""Stage 5, resolve (what the sieves read): the evidence, built once per story by
the earlier stages (spans, tokens, mentions and entities, events). The evidence is
immutable; its sentences' subjects are read the first time a sieve asks.
:mod:`newsmodel.quotes.resolve` folds the sieves over it.

>>> evidence = read_evidence(['"Yes," said Ann Lee.'])
>>> evidence.quoted(0), [event.verb for event in evidence.events]
('Yes,', ['said'])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType

from attrs import field, frozen

from .entities import Discourse, read_entities
from .events import Event, read_events
from .mentions import Mention
from .sources import SourcePhrase
from .spans import QuoteSpan, mask_quotes, read_spans
from .subjects import SUBJECT_WINDOW, sentence_subject
from .tokens import Narration, read_tokens
from .vocabulary import DEFAULT, Vocabulary

__all__ = ["Evidence", "read_evidence"]

_FIRST = attrgetter("first")


@frozen(kw_only=True)
class Evidence:
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
    _subjects: dict[int, SourcePhrase | None] = field(factory=dict, eq=False, repr=False)

    def quoted(self, index: int) -> str:
        """The words of quotation ``index``."""
        span = self.spans[index]
        return self.paragraphs[span.paragraph][span.start : span.end]

    def subject_at(self, first: int) -> SourcePhrase | None:
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

    def subjects_between(self, first: int, last: int) -> tuple[SourcePhrase, ...]:
        """The subjects of the sentences that open in tokens ``first`` to ``last`` (exclusive)."""
        starts = self.narration.sentence_first
        found = (self.subject_at(start) for start in starts[bisect_left(starts, first) : bisect_left(starts, last)])
        return tuple(s for s in found if s is not None)

    def mentions_between(self, first: int, last: int) -> Sequence[Mention]:
        """The mentions that open in tokens ``first`` to ``last`` (exclusive)."""
        mentions = self.discourse.mentions
        return mentions[bisect_left(mentions, first, key=_FIRST) : bisect_left(mentions, last, key=_FIRST)]

    def events_between(self, first: int, last: int) -> tuple[Event, ...]:
        """The events whose cue stands in tokens ``first`` to ``last`` (exclusive)."""
        cues = self.cues
        lo = bisect_left(cues, first)
        if lo == len(cues) or cues[lo] >= last:
            return ()  # most stretches of narration: no event
        event_at = self.event_at
        return tuple(event_at[cue] for cue in cues[lo : bisect_left(cues, last, lo)])


def read_evidence(
    paragraphs: Sequence[str], spans: Sequence[QuoteSpan] | None = None, vocabulary: Vocabulary = DEFAULT
) -> Evidence:
    """Run the stages before the sieves, by ``vocabulary``: spans (unless given), tokens, mentions, events."""
    paragraphs = tuple(paragraphs)
    spans = read_spans(paragraphs, vocabulary) if spans is None else tuple(spans)
    last = max((s.paragraph for s in spans), default=-1) + 1  # no later paragraph names a speaker
    narration = read_tokens(mask_quotes(paragraphs[:last], spans), len(spans), vocabulary)
    discourse = read_entities(narration)
    events = read_events(narration, discourse)
    return Evidence(
        paragraphs=paragraphs,
        spans=spans,
        narration=narration,
        discourse=discourse,
        events=events,
        event_at=MappingProxyType({e.cue: e for e in events}),
        cues=tuple(e.cue for e in events),
        sentences=tuple(narration.sentence_of(quote) for quote in narration.quotes),
    )
