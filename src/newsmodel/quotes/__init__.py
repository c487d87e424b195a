"""Direct quotations in a story's body, and who said them.

The work is a pipeline of stages, each producing immutable data for the
next: :mod:`~newsmodel.quotes.vocabulary` gathers the words of saying and
titles of a :class:`~newsmodel.lexicon.Lexicon`,
:mod:`~newsmodel.quotes.spans` pairs the quotation marks,
:mod:`~newsmodel.quotes.tokens` reads the narration around them once,
:mod:`~newsmodel.quotes.mentions` finds the persons and organisations,
:mod:`~newsmodel.quotes.events` the speech events,
:mod:`~newsmodel.quotes.evidence` gathers what the sieves read, and
:mod:`~newsmodel.quotes.resolve` folds the :data:`SIEVES` (package
:mod:`~newsmodel.quotes.sieves`) over the quotations, highest precision
first, to a fixpoint. Each quotation's ``found_by`` names the sieve that
found its speaker's phrase, and ``named_by`` the one that named it.

>>> [(q.text, q.speaker, q.cue, q.found_by, q.named_by) for q in find_quotes(('"It is fine," said Debbie Wang.',))]
[('It is fine,', 'Debbie Wang', 'said', 'trailing', 'name')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import evolve

from ..lexicon import Lexicon
from ..models import Quote
from .evidence import read_evidence
from .resolve import Sieve, run_sieves
from .sieves import SIEVES, TIERS
from .spans import read_spans
from .vocabulary import vocabulary_of

__all__ = ["SIEVES", "TIERS", "Sieve", "check_tier", "find_quotes", "keep_tier", "speaker_tier"]

_BY_ID = {sieve.id: sieve for sieve in SIEVES}


def _chosen(sieves: Iterable[str | Sieve]) -> tuple[Sieve, ...]:
    """The sieves of ``sieves`` (ids or sieves), in that order; ``ValueError`` for an unknown id."""
    chosen = []
    for sieve in (sieves,) if isinstance(sieves, str) else sieves:
        if isinstance(sieve, str):
            if sieve not in _BY_ID:
                raise ValueError(f"unknown sieve {sieve!r}: one of {', '.join(_BY_ID)}")
            sieve = _BY_ID[sieve]
        chosen.append(sieve)
    return tuple(chosen)


def speaker_tier(quote: Quote) -> int:
    """The tier of a quote's speaker: the lower of the tiers of the sieve that
    found its source and of the one that named it (an id no sieve has: the last tier).

    >>> speaker_tier(Quote(text="a", found_by="trailing", named_by="pronoun", paragraph=0, start=0, end=1))
    2
    """
    return max(_BY_ID[i].tier if i in _BY_ID else TIERS[-1] for i in (quote.found_by, quote.named_by) if i)


def check_tier(min_tier: int) -> None:
    """``ValueError`` unless ``min_tier`` is one of :data:`TIERS`."""
    if min_tier not in TIERS:
        raise ValueError(f"unknown tier {min_tier!r}: one of {', '.join(map(str, TIERS))}")


def keep_tier(quotes: Iterable[Quote], min_tier: int) -> tuple[Quote, ...]:
    """``quotes`` with the speakers of a tier below ``min_tier`` taken away (speaker,
    cue and ``named_by`` made ``None``): the quote and ``found_by`` stay."""
    check_tier(min_tier)
    return tuple(
        evolve(q, speaker=None, cue=None, named_by=None)
        if q.speaker is not None and speaker_tier(q) > min_tier
        else q
        for q in quotes
    )


def find_quotes(
    paragraphs: Sequence[str],
    sieves: Iterable[str | Sieve] | None = None,
    *,
    min_tier: int | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Quote, ...]:
    """Every quotation in ``paragraphs``, in order, with its speaker where known.

    A quotation that runs over several paragraphs gives one ``Quote`` per
    paragraph, the later ones with ``continues=True``. ``sieves`` names the
    sieves to run, in order (ids of :data:`SIEVES`, or sieves; ``ValueError``
    for an unknown id); ``min_tier`` keeps only the speakers of that tier or
    a surer one (see :func:`keep_tier`). ``lexicon`` gives the verbs of
    saying and the speakers' titles (:meth:`Lexicon.default()
    <newsmodel.lexicon.Lexicon.default>` where none is given).
    """
    chosen = SIEVES if sieves is None else _chosen(sieves)
    if min_tier is not None:
        check_tier(min_tier)
    vocabulary = vocabulary_of(lexicon or Lexicon.default())
    spans = read_spans(paragraphs, vocabulary)
    if not spans:
        return ()
    evidence = read_evidence(paragraphs, spans, vocabulary)
    found = run_sieves(evidence, chosen)
    quotes = tuple(
        Quote(
            text=evidence.paragraphs[span.paragraph][span.start : span.end],
            speaker=made.speaker,
            cue=made.cue if made.speaker is not None else None,
            found_by=made.found_by,
            named_by=made.named_by,
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            continues=span.continues,
        )
        for span, made in zip(evidence.spans, found, strict=True)
    )
    return quotes if min_tier is None else keep_tier(quotes, min_tier)
