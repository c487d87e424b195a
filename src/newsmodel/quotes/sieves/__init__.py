"""The sieves of stage 5, in the order they run: attribution sieves (modules
``nobody``, ``adjacent``, ``sentence``, ``discourse``) find each quotation's
source (``headings`` and ``apposed`` too); naming sieves (``naming``,
``parties``, ``bodies``, ``anaphora``) turn a source into a name.

Each sieve's ``tier`` comes from its measured precision on the two
development sets (``benchmarks/sieve_table.py``): 1 where its speakers are
right at least 95 times in 100 on both, 2 at least 85, 3 below or too few
to tell. ``name`` copies a name the text gives: its speakers take the tier
of the attribution sieve that found them; ``title`` and ``term`` give no
speaker at all.

>>> [s.id for s in SIEVES if s.tier == 1][:3]
['title', 'term', 'trailing']
"""

from __future__ import annotations

from ..resolve import Sieve
from . import adjacent, anaphora, apposed, bodies, discourse, headings, naming, nobody, parties, sentence

__all__ = ["SIEVES", "TIERS"]

#: The tiers, surest first.
TIERS = (1, 2, 3)

#: The sieves in the order they run (and again, to a fixpoint, where a
#: quotation filled late opens its neighbour to the ``from_neighbour`` ones).
#: ``from_events`` and ``from_neighbour`` are promises about a rule (it fills a
#: quotation only from a speech event in reach, or from that neighbour's source);
#: ``tests/quotes/test_runner.py`` holds each rule to its promise.
SIEVES: tuple[Sieve, ...] = (
    Sieve(id="title", stage="attribution", rule=nobody.title, tier=1),
    Sieve(id="term", stage="attribution", rule=nobody.term, tier=1),
    Sieve(id="trailing", stage="attribution", rule=adjacent.trailing, tier=1, from_events=True),
    Sieve(id="verbless", stage="attribution", rule=apposed.verbless, tier=3),
    Sieve(id="split", stage="attribution", rule=adjacent.split, tier=1, from_neighbour=-1),
    Sieve(id="shared", stage="attribution", rule=adjacent.shared, tier=3, from_neighbour=1),
    Sieve(id="leading", stage="attribution", rule=adjacent.leading, tier=1, from_events=True),
    Sieve(id="heading", stage="attribution", rule=headings.heading, tier=1),
    Sieve(id="according-to", stage="attribution", rule=sentence.according_to, tier=2, from_events=True),
    Sieve(id="possessor", stage="attribution", rule=sentence.possessor, tier=3),
    Sieve(id="sentence-cue", stage="attribution", rule=sentence.sentence_cue, tier=2, from_events=True),
    Sieve(id="colon", stage="attribution", rule=adjacent.colon, tier=2),
    Sieve(id="previous-speech", stage="attribution", rule=discourse.previous_speech, tier=1, from_events=True),
    Sieve(id="continuation", stage="attribution", rule=discourse.continuation, tier=3, from_neighbour=-1),
    Sieve(id="continuation-back", stage="attribution", rule=discourse.continuation_back, tier=3,
          backward=True, from_neighbour=1),
    Sieve(id="conversation", stage="attribution", rule=discourse.conversation, tier=1, from_neighbour=-1),
    Sieve(id="resumed", stage="attribution", rule=discourse.resumed, tier=3, from_neighbour=-1),
    Sieve(id="speaker-block", stage="attribution", rule=headings.speaker_block, tier=3, from_neighbour=-1),
    Sieve(id="sentence-subject", stage="attribution", rule=sentence.sentence_subject_cue, tier=2),
    Sieve(id="name", stage="naming", rule=naming.by_name, tier=1),
    Sieve(id="owner", stage="naming", rule=naming.by_owner, tier=3),
    Sieve(id="pronoun", stage="naming", rule=naming.by_pronoun, tier=2),
    Sieve(id="antecedent", stage="naming", rule=anaphora.by_antecedent, tier=3),
    Sieve(id="description", stage="naming", rule=parties.by_description, tier=3),
    Sieve(id="described-person", stage="naming", rule=naming.by_described_person, tier=3),
    Sieve(id="spokesperson", stage="naming", rule=bodies.by_spokesperson, tier=3),
    Sieve(id="document", stage="naming", rule=bodies.by_document, tier=3),
)
