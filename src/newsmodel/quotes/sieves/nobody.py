"""The sieves that claim quotations as nobody's speech: titles and terms.

A quotation they claim has no source to name, so no later sieve gives it a
speaker ("a new "Gold" service", "the so-called "force-placed" insurance").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase
from ..words import POSSESSIVE_ENDINGS

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "on", "in", "for", "to", "at", "&", "with", "by"})

_TERM_MARKERS = frozenset({"so-called", "titled", "entitled", "headlined", "term", "word", "phrase", "slogan", "motto",
                           "hashtag", "headline", "label", "nickname", "banner"})

_PASSIVE_NAMING = frozenset({"dubbed", "nicknamed", "called", "named", "known", "branded", "labelled", "labeled"})

_DEFINED_WORDS = 3  # the most words of a name defined in brackets
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "also", "widely", "often", "sometimes"})


def term(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A term in quotation marks: after "so-called", "the term", "titled", a passive
    naming ("was dubbed", "known as"), or a name defined in brackets (Acme Inc
    (the "Company")); nobody's speech."""
    narration = evidence.narration
    words = narration.words
    quote = narration.quotes[index]
    lo, _ = evidence.sentences[index]
    before = words[quote - 1] if quote > lo else ""
    if before == "as" and quote - 2 >= lo and words[quote - 2] in _PASSIVE_NAMING:
        before, quote = words[quote - 2], quote - 1
    if before in _TERM_MARKERS or (before in _PASSIVE_NAMING and quote - 2 >= lo and words[quote - 2] in _BE):
        return Attribution(source=SourcePhrase(first=-1, last=-1, kind="term"))
    defined = before == "(" or (before == "the" and quote - 2 >= lo and words[quote - 2] == "(")
    if defined and len(evidence.quoted(index).split()) <= _DEFINED_WORDS:  # Acme Inc (the "Company")
        return Attribution(source=SourcePhrase(first=-1, last=-1, kind="term"))
    return None


def _after_possessive(evidence: Evidence, index: int) -> bool:
    """Whether a possessive stands right before a quotation ("ABC's "Today"")."""
    quote = evidence.narration.quotes[index]
    return quote > 0 and evidence.narration.words[quote - 1].endswith(POSSESSIVE_ENDINGS)


def title(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """A title or a name in quotation marks ("Good Morning America", a new "Gold"
    service): every word capitalised and no sentence's punctuation at its end.
    The quotation is nobody's speech: it is claimed with no source to name."""
    quoted = evidence.quoted(index)
    words = quoted.split()
    # "OK," Lee said: a rating opens no sentence
    opens = evidence.narration.quotes[index] == evidence.sentences[index][0]
    if len(quoted) <= 3 and not any(c.islower() for c in quoted) and not opens:
        return Attribution(source=SourcePhrase(first=-1, last=-1, kind="title"))  # a rating, "A"
    if not words or len(words) > 8:
        return None
    if words[-1][-1:] in ",?!:;" and not _after_possessive(evidence, index):
        return None  # but ABC's "Good Morning America," is a show's title
    if words[-1][-1:] == "." and len(words) > 1 and words[-1].count(".") == 1:
        return None  # "We won." is a sentence; "E.T." and "Sled Dogs" are titles
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words):
        return None
    if len(words) == 1 and words[0].count(".") < 2:
        return None  # "Remain", "Absolutely.": a word may be a title or a reply
    return Attribution(source=SourcePhrase(first=-1, last=-1, kind="title"))
