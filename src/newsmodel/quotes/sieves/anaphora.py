"""The antecedent sieve: "the analysts", "the statement" for the named phrase
that used the same noun before.

A definite description or document repeats the head noun of the phrase it
stands for: "Deutsche Bank analysts expect ... "...," the analysts wrote";
"Acme said in a statement ... "...," the statement said". The latest earlier
use of the noun gives the name: the owner of its own phrase, else the named
source of the speech event made in it, for a document ("said in a statement"),
or opened with it ("In a statement, Acme said"), else the owner a possessive
gives it ("Acme published its annual report").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.sources import DOCUMENT_NOUNS, FILING_VERBS, LEGAL_FILINGS
from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_ANTECEDENT_REACH = 400  # tokens back where the noun's earlier use may stand
_IN_REACH = 5  # tokens from a verb to the document it was made in: "said on Monday in a statement"
_OWNER_REACH = 3  # tokens from a possessive to the noun it owns: "its annual report"
_APPOSED_OWNER = 3  # tokens from a document's noun to the owner set after it: "the report, from Acme,"
_COMPLEMENT_REACH = 8  # tokens from a noun to the name in the complement after it: "lawyers at law firm Wigdor"
_OWNER_LINKS = frozenset({"at", "for", "from", "with"})  # the prepositions of that complement
_FILED_REACH = 4  # tokens between a legal paper's noun and its verb of filing: "the lawsuit, filed"
_SUING = frozenset({"sued", "sues", "suing"})  # the verb of the lawsuit its subject filed
_FILER_REACH = 16  # and to "by": "a lawsuit filed on Monday in federal court in Boston by Acme"


def _named_source(evidence: Evidence, source: SourcePhrase) -> str | None:
    """The name a source gives: a name, or the owner of a description or document."""
    if source.kind in ("name", "description", "document") and source.name is not None:
        return evidence.discourse.full_name(source.name)
    return None


def _antecedent(evidence: Evidence, noun: str, before: int, *, document: bool) -> str | None:
    """The name behind the latest earlier use of ``noun`` before token ``before``."""
    words = evidence.narration.words
    filing = noun in LEGAL_FILINGS
    for index in range(before - 1, max(-1, before - _ANTECEDENT_REACH), -1):
        if filing and words[index] in _SUING and index - 1 in evidence.discourse.ending:
            filer = evidence.discourse.ending[index - 1]  # "Acme sued Beta ... the suit claims": Acme's
            return evidence.discourse.full_name(filer.name) if filer.kind != "place" else None
        if words[index].lower() != noun and not (filing and _filed_paper(words, index)):
            continue
        lo, hi = evidence.narration.sentence_of(index)
        if filing or _filed_paper(words, index):  # "a court document filed by Acme ... the document says"
            return _filer(evidence, index, lo, hi)
        person = None if document else _apposed_to(evidence, index, lo)
        if person is not None:  # "Tom Cole, a trader at Beta Bank, said ... the trader said"
            return person
        for event in evidence.events_between(lo, hi):  # the phrase itself: "Deutsche Bank analysts (expect)"
            if event.source.first <= index < event.source.last:
                return _named_source(evidence, event.source)
            beyond = index + 1 < event.source.first <= index + _COMPLEMENT_REACH and event.source.last <= event.cue
            if beyond and words[index + 1] in _OWNER_LINKS:
                return _named_source(evidence, event.source)  # "Lee's lawyers at law firm Wigdor said"
            apposed = index + 1 < len(words) and words[index + 1] == "," and event.source.first > index
            if document and apposed and event.source.first - index <= _APPOSED_OWNER:
                return _named_source(evidence, event.source)  # "the report, from Acme, said"
        for event in reversed(evidence.events_between(lo, index)):  # "Acme said in a statement": made in it
            if document and 0 < index - event.cue <= _IN_REACH and "in" in words[event.cue + 1 : index]:
                return _named_source(evidence, event.source)
        after = evidence.events_between(index, hi) if document and words[lo].lower() == "in" else ()
        if after and index - lo <= _IN_REACH:  # "In a statement on Friday, Acme said": made in it
            return _named_source(evidence, after[0].source)
        return _owner_before(evidence, index, lo) if document else None  # no guess further back
    return None


def _apposed_to(evidence: Evidence, index: int, lo: int) -> str | None:
    """The person whose appositive holds the noun at token ``index`` ("Tom Cole, a
    trader at Acme"): a comma after the name, then only lower-case words to the noun."""
    words = evidence.narration.words
    at = index - 1
    while at > lo and index - at <= _OWNER_REACH and words[at].islower():
        at -= 1
    person = evidence.discourse.ending.get(at - 1) if words[at] == "," else None
    return evidence.discourse.full_name(person.name) if person is not None and person.kind == "person" else None


def _filed_paper(words: tuple[str, ...], index: int) -> bool:
    """Whether token ``index`` names a legal paper: a lawsuit, a motion, or any document
    a verb of filing follows ("a court document filed on Thursday by Acme")."""
    word = words[index].lower()
    if word in LEGAL_FILINGS:
        return True
    filed = words[index + 1 : index + _FILED_REACH]
    return word in DOCUMENT_NOUNS and any(w in FILING_VERBS for w in filed)


def _filer(evidence: Evidence, index: int, lo: int, hi: int) -> str | None:
    """The party that filed the legal paper named at ``index``: the name after "by"
    ("a lawsuit filed on Monday by Acme"), else the name before the verb ("Acme filed a
    lawsuit"); none where the paper's author goes unnamed ("a lawsuit filed by a union")."""
    words = evidence.narration.words
    discourse = evidence.discourse
    if any(word in FILING_VERBS for word in words[index + 1 : min(hi, index + _FILED_REACH)]):
        by = next((at for at in range(index + 1, min(hi - 1, index + _FILER_REACH)) if words[at] == "by"), None)
        filer = discourse.starting.get(by + 2 if words[by + 1] == "the" else by + 1) if by is not None else None
    else:
        before = range(index - 1, max(lo, index - _FILED_REACH) - 1, -1)
        filed = next((at for at in before if words[at] in FILING_VERBS), None)
        filer = discourse.ending.get(filed - 1) if filed is not None else None
    return discourse.full_name(filer.name) if filer is not None and filer.kind != "place" else None


def _owner_before(evidence: Evidence, index: int, lo: int) -> str | None:
    """The owner a document's noun is given by a possessive before it: "Acme's
    annual report" (Acme), "Acme published its annual report" (its sentence's subject)."""
    words = evidence.narration.words
    for at in range(index - 1, max(lo, index - _OWNER_REACH) - 1, -1):
        owner = evidence.discourse.ending.get(at)
        if owner is not None and owner.possessive:
            return evidence.discourse.full_name(owner.name)
        if words[at] in ("its", "their"):
            subject = evidence.subject_at(evidence.narration.sentence_of(index)[0])
            return _named_source(evidence, subject) if subject is not None and subject.first < at else None
    return None


def by_antecedent(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"the analysts" after "Deutsche Bank analysts"; "the statement" after "Acme
    said in a statement": the name behind the noun's latest earlier use."""
    attribution = found[index]
    source = attribution.source
    if source is None or source.kind not in ("description", "document") or source.name is not None:
        return None
    if not source.definite or source.noun is None:
        return None
    name = _antecedent(evidence, source.noun, source.first, document=source.kind == "document")
    return attribution._replace(speaker=name) if name else None
