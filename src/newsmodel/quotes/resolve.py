"""Stage 5, resolve: the sieves (:mod:`newsmodel.quotes.sieves`), folded over the
quotations in order, each filling only what the earlier ones left open:
attribution sieves find a quotation's source, naming sieves name it. What they
read is the :class:`~newsmodel.quotes.evidence.Evidence` of the story, given here
with the rest of what a sieve's rule is given and gives back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal, NamedTuple

from attrs import field, frozen
from attrs.validators import in_

from .events import Event
from .evidence import Evidence, read_evidence
from .sources import SourcePhrase

__all__ = ["Attribution", "Evidence", "Sieve", "read_evidence", "run_sieves"]


class Attribution(NamedTuple):
    """What the sieves know of one quotation.

    ``source`` is the phrase of its speaker and ``cue`` its verb, as found by
    the attribution sieve ``found_by``; ``through`` is the last token of the
    attribution, so that a quotation after it can share it. ``speaker`` is
    the name, and ``named_by`` the naming sieve that gave it. The runner
    stamps both ids: a rule leaves them as they are.
    """

    source: SourcePhrase | None = None
    cue: str | None = None
    found_by: str | None = None
    through: int = -1
    speaker: str | None = None
    named_by: str | None = None

    @classmethod
    def of(cls, event: Event, through: int = -1) -> Attribution:
        """The attribution that ``event`` gives a quotation."""
        return tuple.__new__(cls, (event.source, event.verb, None, through, None, None))  # in one call


#: A sieve's rule: given the story, the attributions so far and a quotation's
#: index, the attribution it finds for that quotation, or ``None``.
Rule = Callable[[Evidence, Sequence[Attribution], int], "Attribution | None"]


#: The two kinds of sieves: those that find a quotation's source, and those that name it.
SieveStage = Literal["attribution", "naming"]


@frozen(kw_only=True)
class Sieve:
    """One named rule, run over the quotations it may still fill.

    An ``"attribution"`` sieve fills quotations with no source yet; a
    ``"naming"`` sieve those with a source and no speaker. ``backward``
    sieves visit the quotations last to first. Each sees the attributions
    its own earlier visits made. A sieve whose rule fills a quotation only
    from the attribution of the quotation ``from_neighbour`` places away (-1
    the one before, 1 the one after) visits only the open quotations whose
    neighbour there has a source, and visits them again once that neighbour
    is given one; a sieve whose rule fills a quotation only from a speech
    event in its paragraph or a paragraph beside it (``from_events``) visits
    only the quotations with such an event. ``tier`` says how far its
    speakers are to be trusted: 1 the surest (see ``docs/quotes.md``).

    >>> Sieve(id="mine", stage="attribution", rule=lambda evidence, found, index: None).tier
    3
    """

    id: str
    stage: SieveStage = field(validator=in_(("attribution", "naming")))
    rule: Rule
    tier: int = field(default=3, validator=in_((1, 2, 3)))
    backward: bool = False
    from_neighbour: int = field(default=0, validator=in_((-1, 0, 1)))
    from_events: bool = False

    @property
    def doc(self) -> str:
        """What the sieve reads, from its rule's docstring."""
        return (self.rule.__doc__ or "").strip()


def run_sieves(evidence: Evidence, sieves: Sequence[Sieve]) -> tuple[Attribution, ...]:
    """The attributions of every quotation of ``evidence``, ``sieves`` folded in order
    and then again, to a fixpoint, where a quotation filled late opens its
    neighbours to the sieves that read them (a continued paragraph after a
    conversation). A sieve only ever visits the quotations still open to it:
    on the first pass every one (for ``from_neighbour`` sieves, those whose
    neighbour has a source; for ``from_events`` sieves, those with an event
    in reach), then those whose neighbour was given a source since (for
    ``from_neighbour`` sieves) or given one themselves (for naming sieves)."""
    return _Run(evidence).fold(sieves)


class _Run:
    """One story's attributions as the sieves fill them, with the log of the
    quotations given a source (their indices, in order): what opens a
    quotation to a sieve again is a source found beside it or for it."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self.found = [Attribution()] * len(evidence.spans)
        self.changes: list[int] = []
        self.unsourced = list(range(len(evidence.spans)))  # open to the attribution sieves
        self.unnamed: set[int] = set()  # open to the naming sieves
        self.heard: set[int] | None = None  # the paragraphs with a speech event in or beside them

    def fold(self, sieves: Sequence[Sieve]) -> tuple[Attribution, ...]:
        seen = [-1] * len(sieves)  # the length of the log each sieve last read
        # after the first pass, only these may find a quotation open to them again
        again = [n for n, s in enumerate(sieves) if s.from_neighbour or s.stage == "naming"]
        turn: Sequence[int] = range(len(sieves))
        changes = self.changes
        while True:
            before = len(changes)
            for number in turn:
                sieve = sieves[number]
                visits = self._open(sieve, seen[number])
                seen[number] = len(changes)
                if visits:
                    self._visit(sieve, reversed(visits) if sieve.backward else visits)
            if len(changes) == before:
                return tuple(self.found)
            turn = again

    def _open(self, sieve: Sieve, seen: int) -> list[int]:
        """The quotations ``sieve`` is to visit, having last read the log up to ``seen``
        (-1 before its first visit)."""
        naming, found = sieve.stage == "naming", self.found
        if seen < 0 and naming:
            return sorted(self.unnamed)
        step = sieve.from_neighbour
        if seen < 0 and step:
            lo, hi = max(0, -step), len(found) - max(0, step)  # the quotations that have that neighbour
            return [i for i in self.unsourced if lo <= i < hi and found[i + step].source is not None]
        if seen < 0:
            return self._heard() if sieve.from_events else self.unsourced
        if not step and (not naming or not self.unnamed):
            return []  # no quotation opens to it again: an attribution sieve's only ever close
        changed = self.changes[seen:]
        visits = set(changed) if naming else set()
        if step:
            visits.update(index - step for index in changed)
        return sorted(i for i in visits if (i in self.unnamed if naming else 0 <= i < len(found)
                                            and found[i].source is None))

    def _heard(self) -> list[int]:
        """The open quotations with a speech event in their paragraph or a paragraph beside it."""
        evidence = self.evidence
        if self.heard is None:
            paragraph_of = evidence.narration.paragraph_of
            spoken = {paragraph_of(cue) for cue in evidence.cues}
            self.heard = spoken.union(*({p - 1, p + 1} for p in spoken))
        heard, spans = self.heard, evidence.spans
        return [i for i in self.unsourced if spans[i].paragraph in heard] if heard else []

    def _visit(self, sieve: Sieve, visits: Iterable[int]) -> None:
        evidence, found, rule = self.evidence, self.found, sieve.rule
        naming = sieve.stage == "naming"
        filled = False
        new = tuple.__new__  # an attribution built from its fields in one call, not through NamedTuple's __new__
        for index in visits:
            made = rule(evidence, found, index)
            if made is None or (made.speaker is None if naming else made.source is None):
                continue
            if naming:
                found[index] = new(Attribution, (made.source, made.cue, made.found_by, made.through, made.speaker,
                                                 sieve.id))
                self.unnamed.discard(index)
            else:
                found[index] = new(Attribution, (made.source, made.cue, sieve.id, made.through, None, None))
                self.unnamed.add(index)
                self.changes.append(index)
                filled = True
        if filled:
            self.unsourced = [i for i in self.unsourced if found[i].source is None]
