"""Stage 4, subjects: who or what opens each sentence of the narration.

A sentence's subject is read after an opening phrase set off by a comma
("In a statement, Ann Lee ..."), past a participle that opens it
("Speaking to reporters, ..."); a name that leads to a person through a
role or a possessive stands for that person ("WikiLeaks publisher Julian
Assange", "Google's vice president, Danielle Brown,").

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("In a statement, Acme chief Ann Lee said prices rose.",))
>>> sentence_subject(narration, read_entities(narration), 0, 12).name
'Ann Lee'
"""

from __future__ import annotations

from ..lexicon.common import LINKING_ADVERBS
from ..lexicon.places import REGIONS
from ..lexicon.sources import IRREGULAR_PASTS, PHRASE_BREAKS
from .entities import Discourse
from .sources import SourcePhrase, read_source
from .tokens import Narration
from .words import is_abbreviation, subject_pronoun

__all__ = ["SUBJECT_WINDOW", "read_subjects", "sentence_subject"]

_SUBJECT_REACH = 8  # tokens from a subject's first name to the person it describes


_OPENING_WORDS = frozenset({"amid", "despite", "like", "unlike", "among", "back", "early", "hours", "days", "weeks"})


#: Prepositions that open a phrase before a sentence's subject ("In a Fox interview, ...").
_OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "from", "with", "under", "over",
                                   "following", "since", "within", "through", "throughout", "by", "upon", "into",
                                   "for", "against", "about", "without", "across", "between", "toward",
                                   "towards", "outside", "inside", "behind", "of", "like", "unlike", "among",
                                   "despite", "amid"})


_RELATIVES = frozenset({"who", "whom", "whose"})  # the relatives of a person


_HEADING_WORDS = 6  # tokens of a heading in capitals that stands as a sentence of its own
_OPENING_REACH = 14  # tokens of an opening phrase before its comma ("In a statement on Monday, ...")


#: Tokens from a sentence's start where its subject is read.
SUBJECT_WINDOW = 24  # tokens from a sentence's start where its subject is read


def sentence_subject(narration: Narration, discourse: Discourse, first: int, hi: int) -> SourcePhrase | None:
    """The subject that opens the sentence at token ``first``, after an opening
    phrase set off by a comma ("In a statement, Ann Lee ..."): a pronoun, or the
    person its first name describes ("WikiLeaks publisher Julian Assange",
    "Google's vice president, Danielle Brown,"), or that first name."""
    words, cues = narration.words, narration.vocabulary.cue_words
    if hi - first <= _HEADING_WORDS and not any(w.islower() for w in words[first:hi]):
        return None  # "'BETTER' BRAINS": a heading in capitals, no sentence
    opening = first
    while first < hi - 1 and len(words[first]) > 1 and words[first].isupper() and words[first + 1].isupper():
        first += 1  # a heading in capitals run into the sentence: "NEW YEAR PRESSURES Speaking ..."
    if first > opening and first + 1 < hi and words[first + 1][:1].isupper():
        first += 1  # past the heading's last word: the sentence opens after it
    if words[first] in ("Here", "There") and first + 1 < hi and words[first + 1] in _OPENING_PREPOSITIONS:
        first += 1  # "Here in Columbia, Lee said": where the story stands, a phrase before the subject
    opened = words[first].lower() in _OPENING_PREPOSITIONS
    after_comma = _phrase_end(words, first, hi) if opened else _after_comma(words, first, hi)
    for start in (first, after_comma):
        if start < 0 or start >= hi:
            continue
        if start == first and after_comma >= 0 and opened:
            continue  # "In a Fox interview, Trump said": no subject inside a phrase with a preposition
        if start == after_comma and words[start] in _RELATIVES:  # "Ann Lee, who backs Cole, said"
            return read_source(narration, discourse, start - 2, first, hi) if start - 2 >= first else None
        pronoun = subject_pronoun(words[start])
        if pronoun is not None:
            return SourcePhrase(first=start, last=start + 1, kind="pronoun", noun=pronoun)
        for index in range(start, min(hi, start + 6)):
            mention = discourse.ending.get(index)
            if mention is not None and mention.first <= start + 2:
                opens = mention.kind == "opener" or (first > opening and mention.kind == "unknown")
                if opens and start == first and _opens_phrase(mention.name) and not _acts(words, index, hi, cues):
                    break  # "Speaking to reporters, Lee said": the subject follows the opening phrase
                head = _described_person(narration, discourse, index, hi)
                other = discourse.starting.get(head + 2) if head + 2 < hi and words[head + 1] == "and" else None
                if other is not None and other.kind == mention.kind == "person":
                    head = other.last - 1  # "Ann Lee and Bo Ku called it": both
                return read_source(narration, discourse, head, start, hi)
    return None


def _described_person(narration: Narration, discourse: Discourse, head: int, hi: int) -> int:
    """The last token of the person that a name, possessive or role leads to."""
    words, cue_words = narration.words, narration.vocabulary.cue_words
    mention = discourse.ending[head]
    if mention.kind == "person" and not mention.possessive:
        return head
    noun = head  # the last word of the noun phrase the name opens: "Alaska race officials"
    for index in range(head + 1, min(hi, head + _SUBJECT_REACH)):
        word = words[index]
        found = discourse.ending.get(index)
        if found is not None and found.kind == "person":
            return index
        abbreviated = word == "." and is_abbreviation(words[index - 1])  # "Ohio Gov. John Kasich"
        if not (word.islower() or word == "," or word[:1].isupper() or abbreviated) or (
            word in PHRASE_BREAKS and word != "of"
        ):
            break
        if word in IRREGULAR_PASTS or (len(word) > 3 and word.endswith("ed") and word.islower()):
            break  # "Acme hired Ann Lee": a verb ends the noun phrase; its object is described by nothing
        if noun == index - 1 and word.islower() and word not in cue_words:
            noun = index
    return noun if mention.kind in ("place", "group") else head


def read_subjects(narration: Narration, discourse: Discourse) -> tuple[SourcePhrase | None, ...]:
    """The subject of each sentence of the narration within reach of a quotation
    (``None`` where none is read, or out of reach), one entry per entry of
    ``narration.sentence_first``."""
    starts = narration.sentence_first
    ends = (*starts[1:], len(narration.words))
    return tuple(
        sentence_subject(narration, discourse, start, min(end, start + SUBJECT_WINDOW))
        if narration.near_quote(start) else None
        for start, end in zip(starts, ends, strict=True)
    )


def _opens_phrase(word: str) -> bool:
    """Whether a capitalised first word opens a phrase before the subject
    ("Speaking", "Asked", "Currently", "Amid", "Likewise")."""
    lowered = word.lower()
    opening = lowered in PHRASE_BREAKS or lowered in _OPENING_WORDS or lowered in LINKING_ADVERBS
    return lowered.endswith(("ing", "ed", "ly")) or opening


def _acts(words: tuple[str, ...], index: int, hi: int, cue_words: frozenset[str]) -> bool:
    """Whether a verb in the past or of saying (of ``cue_words``) follows a name ("Boeing
    delivered", "Boeing said"): the name is a subject, not an opening participle ("Speaking to")."""
    following = words[index + 1] if index + 1 < hi else ""
    return following.islower() and (following.endswith("ed") or following in cue_words)


def _phrase_end(words: tuple[str, ...], first: int, hi: int) -> int:
    """The token after the comma that ends a phrase opened by a preposition, past
    the commas of a place and of a phrase of time within it ("At a rally in
    Birmingham, Alabama, on Saturday, his supporters ..."), or -1."""
    start = _after_comma(words, first, hi)
    while 0 <= start < hi and (_region_at(words, start) or words[start].lower() in _OPENING_PREPOSITIONS):
        start = _after_comma(words, start, hi)
    return start


def _region_at(words: tuple[str, ...], start: int) -> bool:
    """Whether a region's name opens at token ``start``: "Ohio", "New Hampshire", "N.H." (read as "N.H" ".")."""
    return any(
        " ".join(words[start : start + size]) in REGIONS or "".join(words[start : start + size]) in REGIONS
        for size in (1, 2, 3)
    )


def _after_comma(words: tuple[str, ...], first: int, hi: int) -> int:
    for index in range(first, min(hi, first + _OPENING_REACH)):
        if words[index] == ",":
            return index + 1
    return -1
