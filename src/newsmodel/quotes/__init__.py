"""Direct quotations in a story's body, and who said them.

The work is a pipeline of stages, each producing immutable data for the
next: :mod:`~newsmodel.quotes.spans` pairs the quotation marks,
:mod:`~newsmodel.quotes.tokens` reads the narration around them once,
:mod:`~newsmodel.quotes.mentions` finds the persons and organisations,
:mod:`~newsmodel.quotes.events` the speech events, and
:mod:`~newsmodel.quotes.resolve` folds the :data:`SIEVES` over the
quotations, highest precision first. Each quotation's ``rule`` names the
sieve that gave its speaker.

>>> [(q.text, q.speaker, q.cue, q.rule) for q in find_quotes(('"It is fine," said analyst Debbie Wang.',))]
[('It is fine,', 'Debbie Wang', 'said', 'trailing')]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Quote
from .sieves import adjacent, anaphora, discourse, naming, nobody, sentence
from .resolve import Sieve, read_story, run_sieves
from .spans import find_spans

__all__ = ["SIEVES", "Sieve", "find_quotes"]

#: The sieves in the order they run: attribution sieves find each
#: quotation's source, naming sieves turn sources into names.
SIEVES: tuple[Sieve, ...] = (
    Sieve(id="title", stage="attribution", rule=nobody.title),
    Sieve(id="term", stage="attribution", rule=nobody.term),
    Sieve(id="trailing", stage="attribution", rule=adjacent.trailing),
    Sieve(id="split", stage="attribution", rule=adjacent.split),
    Sieve(id="shared", stage="attribution", rule=adjacent.shared),
    Sieve(id="leading", stage="attribution", rule=adjacent.leading),
    Sieve(id="heading", stage="attribution", rule=adjacent.heading),
    Sieve(id="according-to", stage="attribution", rule=sentence.according_to),
    Sieve(id="sentence-cue", stage="attribution", rule=sentence.sentence_cue),
    Sieve(id="colon", stage="attribution", rule=adjacent.colon),
    Sieve(id="previous-speech", stage="attribution", rule=discourse.previous_speech),
    Sieve(id="continuation", stage="attribution", rule=discourse.continuation),
    Sieve(id="continuation-back", stage="attribution", rule=discourse.continuation_back, backward=True),
    Sieve(id="conversation", stage="attribution", rule=discourse.conversation),
    Sieve(id="sentence-subject", stage="attribution", rule=sentence.sentence_subject_cue),
    Sieve(id="name", stage="naming", rule=naming.by_name),
    Sieve(id="owner", stage="naming", rule=naming.by_owner),
    Sieve(id="pronoun", stage="naming", rule=naming.by_pronoun),
    Sieve(id="antecedent", stage="naming", rule=anaphora.by_antecedent),
    Sieve(id="description", stage="naming", rule=naming.by_description),
    Sieve(id="spokesperson", stage="naming", rule=naming.by_spokesperson),
    Sieve(id="document", stage="naming", rule=naming.by_document),
)


def find_quotes(paragraphs: Sequence[str], sieves: Sequence[Sieve] = SIEVES) -> tuple[Quote, ...]:
    """Every quotation in ``paragraphs``, in order, with its speaker where known.

    A quotation that runs over several paragraphs gives one ``Quote`` per
    paragraph, the later ones with ``continues=True``. ``sieves`` may be a
    subset or a reordering of :data:`SIEVES`.
    """
    spans = find_spans(paragraphs)
    if not spans:
        return ()
    story = read_story(paragraphs, spans)
    found = run_sieves(story, sieves)
    return tuple(
        Quote(
            text=story.paragraphs[span.paragraph][span.start : span.end],
            speaker=made.speaker,
            cue=made.cue if made.speaker is not None else None,
            rule=made.rule,
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            continues=span.continues,
        )
        for span, made in zip(story.spans, found, strict=True)
    )
