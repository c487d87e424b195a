"""The naming sieves of what speaks for a body: a spokesperson and a document
that name no owner ("a spokesman said", "a company statement said", "its
website says").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.organisations import BUSINESS_NOUNS, PUBLIC_NOUNS
from ...lexicon.sources import SPOKESPERSON_NOUNS
from ..resolve import Attribution, Evidence
from .parties import main_organisation, mentions_before, named, previous_subject, subject_party

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES


def _sector(evidence: Evidence, first: int, last: int) -> bool | None:
    """Whether a phrase names a business (``False``: "a company spokeswoman"), a
    public body (``True``: "a ministry statement"), or neither (``None``)."""
    words = evidence.narration.words[first:last]
    if any(w in BUSINESS_NOUNS for w in words):
        return False
    if any(w in PUBLIC_NOUNS for w in words):
        return True
    return None


def by_spokesperson(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"a spokesman said" with no owner named: the organisation named in its sentence
    before it, else the one that is the subject of the sentence before, else the
    business or public body the story names most ("a company spokeswoman"; "the
    spokeswoman" as the story's earlier spokeswoman was)."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.noun not in SPOKESPERSON_NOUNS or source.kind not in ("description", "unnamed"):
        return None
    if source.noun is not None and source.noun.endswith("s"):
        return None  # "officials said": several, unnamed
    if _serves_person(evidence, source.last):
        return None  # "a top aide to Ann Lee": a person's aide speaks for no body
    lo, _ = evidence.narration.sentence_of(source.first)
    for mention in reversed(mentions_before(evidence, source.first, 12)):
        if mention.first >= lo and mention.kind == "organisation":
            return named(attribution, evidence.discourse.full_name(mention.name))
    before = previous_subject(evidence, source.first)
    if before is not None:  # "EASA said it ... "...," a spokesperson said"
        return named(attribution, before)
    sector = _sector(evidence, source.first, source.last)
    if sector is None and source.definite:  # "the spokeswoman": the one the story spoke of before
        earlier = [e.source for e in evidence.events_between(0, source.first) if e.source.noun == source.noun]
        sector = _sector(evidence, earlier[-1].first, earlier[-1].last) if earlier else None
    name = main_organisation(evidence, source.first, public=sector)
    if name is None and sector is not True:  # "Peugeot is in talks ... a company spokesman said"
        name = subject_party(evidence, source.first)
    return named(attribution, name) if name else None


def _serves_person(evidence: Evidence, after: int) -> bool:
    """Whether "to" and a person's name follow a description ("an aide to Sen. Ann Lee")."""
    words = evidence.narration.words
    if after >= len(words) - 1 or words[after] != "to":
        return False
    mention = next((evidence.discourse.starting[at] for at in range(after + 1, min(len(words), after + 3))
                    if at in evidence.discourse.starting), None)
    return mention is not None and mention.kind == "person"


def by_document(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"a company statement said", "the ministry's report": a document that names no
    owner but says what kind of body made it, for the one of that kind the evidence
    names most; "its website says": the party the story spoke of last."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind != "document" or source.name is not None:
        return None
    if evidence.narration.words[source.first].lower() in ("its", "their"):  # "its website says": the last party
        party = subject_party(evidence, source.first)
        return named(attribution, evidence.discourse.full_name(party)) if party else None
    if "internal" in evidence.narration.words[source.first : source.last]:  # "an internal memo": the story's own
        name = main_organisation(evidence, source.first, public=None)
        return named(attribution, name) if name else None
    sector = _sector(evidence, source.first, source.last - 1)
    if sector is None:
        return None
    name = main_organisation(evidence, source.first, public=sector)
    return named(attribution, name) if name else None
