"""The sieves of the attribution beside a quotation: after it and before it.

"...," said Ann Lee / Ann Lee said: "..." / "...," Lee said, "..." /
Lee made her case: "..." (headings over a quotation are in
:mod:`~newsmodel.quotes.sieves.headings`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..resolve import Attribution, Evidence
from ..sources import SourcePhrase
from ..spans import is_mask
from ..tokens import STOPS
from ..words import DASHES
from .discourse import lead_in

__all__: list[str] = []  # the sieves are reached through newsmodel.quotes.SIEVES

_DASHES = DASHES | {",", "-"}
_SET_OFF = DASHES | {"-"}  # the dashes that set a phrase off, in pairs

_JOINS = DASHES | {",", ":", "-", ";"}


_TRAIL_REACH = 16  # tokens from a quotation to the verb of its trailing attribution

_LEAD_REACH = 14  # tokens from the verb of a leading attribution to its quotation

_CLAUSE_REACH = 8  # tokens of an attribution's close ("said on Monday in Paris")

_ADJECTIVE_ENDINGS = ("y", "ing", "ed", "ful", "ant", "ent", "ive", "ous", "al", "less", "ic")
_SOURCE_MODIFIERS = 2  # words before a trailing source that its reading left out ("Dodgers closer")

_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
_INTRODUCERS = DASHES | {":"}

_ENDS = STOPS | _JOINS

_PHRASE_ENDS = _ENDS | {"that"}

_ADDRESSEES = frozenset({"reporters", "journalists", "lawmakers", "investors", "analysts", "supporters"})

_ADVERBIAL = frozenset({"in", "on", "at", "about", "of", "during", "after", "before", "to", "from", "with", "by",
                        "via", "late", "earlier", "later", "when", "while", "as", "outside", "inside", "through",
                        "into", "over", "under", "onto", "toward", "towards", "across", "near", "behind"})


def _clause_end(evidence: Evidence, start: int, end: int) -> int:
    """The last token of an attribution's clause, before a comma, a quotation or a stop."""
    words = evidence.narration.words
    index = start
    while index + 1 < end and index + 1 - start <= _CLAUSE_REACH:
        following = words[index + 1]
        if following in _JOINS or following in STOPS or is_mask(following):
            break
        index += 1
    return index


def _paragraph_end(evidence: Evidence, token: int) -> int:
    narration = evidence.narration
    return narration.paragraph_first[narration.paragraph_of(token) + 1]


def trailing(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"...," said Ann Lee / "...," Ann Lee said / "...," Lee, an analyst at X, said / "...," she told Reuters /
    "...," as Lee put it.

    After a quotation that ends its sentence, the words that follow count as
    its attribution only where they say no more ("We won." Lee said.), not
    where they open a sentence of their own ("We won." Lee said on Monday
    that ...); and a quotation after a colon is left to its leading attribution.
    """
    narration = evidence.narration
    words, vocabulary = narration.words, narration.vocabulary
    quote = narration.quotes[index]
    end = _paragraph_end(evidence, quote)
    token = quote + 1
    stop = words[token] if token < end and words[token] in STOPS else ""
    ended = stop == "."
    if stop:
        if quote > 0 and words[quote - 1] in (":", ",") and evidence.events_between(max(0, quote - _LEAD_REACH), quote):
            return None  # Lee said: "We won." He left. -- the attribution before it is the quotation's
        token += 1  # "We will win." Ann Lee said.
    if token < end and words[token] in _SET_OFF and words[token] in words[evidence.sentences[index][0] : quote]:
        return None  # "- and though Lee said "..." - analysts said": the dash closes a phrase set off before
    while token < end and words[token] in _DASHES and token - quote <= 2:
        token += 1
    if token < end and words[token] == "as" and not stop:
        token += 1  # "...," as Lee put it
    if ended and token < end and words[token] == "According":
        return None  # ""We won." According to the league, ...": the next sentence's own source
    event = evidence.event_at.get(token) if token < end else None  # never in the next paragraph
    if event is not None and event.inverted and event.verb in vocabulary.trailing:
        through = _clause_end(evidence, max(token, event.source.last - 1), end)
        bare = not ended or _says_no_more(evidence, event.source.last - 1)  # "Why?" asked Lee
        return Attribution.of(event, through) if bare else None
    for event in evidence.events_between(token, min(end, token + _TRAIL_REACH)):
        opens = event.source.first == token or (
            token > quote + 1 and _opens_source(words, token, event.source.first, vocabulary.cue_words)
        )
        if not event.inverted and opens and event.verb in vocabulary.trailing:
            through = _clause_end(evidence, event.cue, end)
            # "Why?" Lee asked as ...; "Why?" Lee, a Democrat, asked the officials
            asked = stop in ("?", "!") and (event.cue == event.source.last or event.verb in vocabulary.asking)
            bare = not (ended or stop) or asked or _says_no_more(evidence, event.cue)
            return Attribution.of(event, through) if bare else None
        break
    return None


def _opens_source(words: tuple[str, ...], token: int, first: int, cue_words: frozenset[str]) -> bool:
    """Whether a source that begins at ``first`` opens at ``token``, or after an owner and
    a role (no word of ``cue_words``) that its reading left out ("Dodgers closer Kenley Jansen")."""
    between = words[token:first]
    if not between:
        return first == token
    # "an angry Hollande", "a smiling Ann Lee"; not "a figure Acme said", a noun no adjective's ending closes
    described = all(w.isalpha() and w.islower() and w.endswith(_ADJECTIVE_ENDINGS) for w in between[1:])
    if between[0] in ("a", "an") and 1 < len(between) <= _SOURCE_MODIFIERS and described:
        return words[first][:1].isupper()  # not "..., a figure the White House said"
    owner, role = between[0], between[-1]  # "Dodgers closer", "Acme analyst"
    noun = role.isalpha() and role.islower() and not role.endswith(("ed", "ing")) and role not in cue_words
    return len(between) <= _SOURCE_MODIFIERS and owner[:1].isupper() and noun


def _says_no_more(evidence: Evidence, last: int) -> bool:
    """Whether an attribution whose verb or source ends at token ``last`` says no
    more than who spoke: it ends at a stop, a comma or a quotation, or goes on
    with a phrase of time, place or manner ("Lee said on Monday", "Lee said
    about the plan") or the one spoken to ("Lee told Reuters"), not with a
    clause of its own ("Lee said the company would ...")."""
    words = evidence.narration.words
    following = last + 1
    if following < len(words) and words[following].endswith("ly") and words[following].islower():
        following += 1  # "Lee said pleasantly into the phone": the manner of saying
    if following < len(words) and (words[following][:1].isupper() or words[following] in _ADDRESSEES):
        following += 1  # "told Reuters", "told reporters"
    if following < len(words) and words[following] in _ADVERBIAL:
        while following - last <= _CLAUSE_REACH and following < len(words) and words[following] not in _PHRASE_ENDS:
            following += 1  # "on Monday", "in a follow-up statement"
    if following + 1 < len(words) and words[following] == ":" and is_mask(words[following + 1]):
        return False  # ""We won." Lee said: "...": the attribution leads the next quotation
    return following >= len(words) or words[following] in _ENDS or is_mask(words[following])


def _introduced_from(evidence: Evidence, index: int) -> int:
    """Where the sentence that introduces a quotation begins: its own, or, for a
    quotation that opens its paragraph after one that ends in a colon, that one's
    last ("Ann Lee said:" / "..." as two paragraphs)."""
    narration = evidence.narration
    quote = narration.quotes[index]
    lo = evidence.sentences[index][0]
    if quote == lo and quote > 0 and narration.words[quote - 1] == ":" and not narration.is_quote(quote - 2):
        return narration.sentence_of(quote - 1)[0]
    return lo


def leading(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee said: "..." / Lee told reporters, "..." / In a statement, the ministry said: "..."
    (also with the quotation in a paragraph of its own)."""
    narration = evidence.narration
    words = narration.words
    quote = narration.quotes[index]
    lo = _introduced_from(evidence, index)
    if quote - 1 < lo or words[quote - 1] not in (":", ","):
        return None
    for event in reversed(evidence.events_between(max(lo, quote - _LEAD_REACH), quote)):
        between = words[event.cue + 1 : quote]
        if any(is_mask(w) for w in between) or event.verb not in narration.vocabulary.leading:
            return None
        if event.verb in narration.vocabulary.beside and len(between) > len(event.verb.split()):
            return None  # Lee snapped: "..." -- a verb of manner only right before its quotation
        return Attribution.of(event)
    return None


def split(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"We will win," Ann Lee said, "and we will grow.": the second part shares the attribution."""
    if index == 0:
        return None
    previous = found[index - 1]
    quote = evidence.narration.quotes[index]
    if previous.source is None or previous.found_by != "trailing" or previous.through < 0:
        return None
    between = evidence.narration.words[previous.through + 1 : quote]
    if all(w in _JOINS for w in between) and previous.through < quote:
        return previous
    return None


def shared(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """"We will win" and "we will grow," Ann Lee said: two fragments of one sentence,
    joined by a comma or a conjunction, share the attribution after the second."""
    if index + 1 >= len(found):
        return None
    following = found[index + 1]
    narration = evidence.narration
    quote, after = narration.quotes[index], narration.quotes[index + 1]
    if following.source is None or following.found_by != "trailing":
        return None
    between = narration.words[quote + 1 : after]
    if len(between) <= 2 and all(w in _JOINS or w in _CONJUNCTIONS for w in between):
        return following._replace(through=-1)
    return None


def colon(evidence: Evidence, found: Sequence[Attribution], index: int) -> Attribution | None:
    """Ann Lee made her case: "..." / Rep. Ann Lee (D-Calif.): "..." / Lee's letter ends -- "...":
    a quotation after a colon or a dash is the words of its sentence's subject, or
    of the name set as a label before the colon ("A HEADLINE - Ann Lee: "..."")."""
    narration = evidence.narration
    words = narration.words
    quote = narration.quotes[index]
    lo = _introduced_from(evidence, index)
    if quote - 1 <= lo or words[quote - 1] not in _INTRODUCERS or lead_in(evidence, index) < quote:
        return None  # "On the Fed: "..."": a lead-in names the topic, not the speaker
    label = evidence.discourse.ending.get(quote - 2)  # "POLLS TOO EARLY - Ann Lee: "..."": a name as a label
    if label is not None and label.kind == "person":
        other = evidence.discourse.ending.get(label.first - 2) if words[label.first - 1] == "and" else None
        joint = other is not None and other.kind == "person"  # "... - Ann Lee and Bo Ku: "...""
        first, name = (other.first, f"{other.name} and {label.name}") if other and joint else (label.first, label.name)
        if first == lo or words[first - 1] in _DASHES:
            return Attribution(source=SourcePhrase(first=first, last=label.last, kind="name", name=name))
    subject = evidence.subject_at(lo)
    if subject is None or subject.kind in ("unnamed", "title", "term") or subject.last > quote:
        return None
    named = evidence.discourse.ending.get(subject.last - 1) if subject.kind == "name" else None
    if named is not None and named.kind == "opener":
        return None  # "Keywords:", "Update:": a label, not a speaker
    return Attribution(source=subject, cue=None)
