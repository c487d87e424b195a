"""Stage 4, events: who says what where in the narration.

A speech event ties a cue (a verb of saying or describing, "according
to", a participle such as "saying") to its source, the phrase of the
speaker: read to the left of the verb ("Ann Lee said", "Wang, an analyst
at Morningstar, said", "Lee laughed and said") or, inverted, to its right
("said analyst Ann Lee", "according to the ministry"). A participle's
source is its sentence's subject ("..., saying ...").

A source is a name, a pronoun, a description ("the company", "a Tesla
spokesperson"), a document ("a statement from the ministry") or a party the
story leaves unnamed ("one trader").

>>> from newsmodel.quotes.tokens import tokenize
>>> from newsmodel.quotes.entities import discover
>>> narration = tokenize(("Prices rose, said Morningstar analyst Ann Lee.",))
>>> [(e.verb, e.source.kind, e.source.name) for e in find_events(narration, discover(narration))]
[('said', 'name', 'Ann Lee')]
"""

from __future__ import annotations

from typing import NamedTuple

from ..lexicon.organisations import ORGANISATION_NOUNS, PRONOUNS
from ..lexicon.sources import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PASSIVE_AUXILIARIES,
    PERSON_NOUNS,
    PHRASE_BREAKS,
    TIME_PHRASE_WORDS,
    TIME_WORDS,
)
from ..lexicon.titles import SPEAKER_TITLE_WORDS
from ..lexicon.verbs import (
    ASKING_VERBS,
    INTRANSITIVE_VERBS,
    INVERTED_VERBS,
    NOUN_FORMS,
    PARTICIPLES,
    PHRASAL_VERBS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    SINGLE_CUES,
)
from .entities import Discourse
from .sources import Source, read_source
from .subjects import sentence_subject
from .tokens import POSSESSIVE_ENDINGS, Narration

__all__ = ["Event", "find_events"]

_APPOSITIVE_REACH = 30  # tokens an appositive or relative clause may span
_SPEAKING = REPORTING_VERBS | QUOTING_VERBS
_MODIFIER_REACH = 3  # capitalised words between an article and the noun they modify
_OBJECT_REACH = 12  # tokens from a quoting verb to the "as" after its object
_TIME_REACH = 4  # tokens of a phrase of time between a subject and its verb
_SPEAKER_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS  # nouns that may be a verb's subject
_ROLE_WORDS = 3  # lower-case words of a role between an owner and a name
_APPOSITIVE_OWNER = 5  # tokens from a description's head to the comma before a name set beside it
_DASHES = frozenset({"--", "—", "–", "-"})
_ACTIVE_ALWAYS = QUOTING_VERBS | PARTICIPLES | ASKING_VERBS  # "was quoted as saying", "was asked"
_SOURCE_ENDS = frozenset({"in", "on", "at", "of", "from", "for", "with", "during", "after", "before", "when", "who",
                          "which", "while", "as", "and", "by", "to", "late", "earlier", "later", "told"})


class Event(NamedTuple):
    """A cue of speech at token ``cue`` (``verb`` as printed) and its source."""

    cue: int
    verb: str
    source: Source
    inverted: bool = False


def _source_before(narration: Narration, story: Discourse, verb: int, lo: int) -> Source | None:
    """The source of a verb read to its left: "Ann Lee (has also) said", "Lee, an
    analyst, who ..., said", "Lee (D-Calif.) said"; after "and" ("Lee smiled and
    said", "Lee took the stage and called it"), the subject of the sentence."""
    words = narration.words
    index = verb - 1
    for _ in range(3):
        if index < lo:
            return None
        word = words[index]
        if word in AUXILIARIES or (word.endswith("ly") and word.islower() and len(word) > 4):
            index -= 1
        elif word in ("and", "to") and index > lo:  # "Lee smiled and said", "Lee went on to say"
            return sentence_subject(narration, story, lo, index)
        else:
            break
    if index < lo:
        return None
    index = _before_time(narration, story, index, lo)  # "Lee at the time said", "Lee last month declared"
    if words[index] == ",":
        subject = sentence_subject(narration, story, lo, index)
        if subject is not None and words[subject.last] in (",", "("):
            return subject  # "Jeb Bush, the former governor, who ..., called"
        appositive = story.ending.get(index - 1)
        if appositive is not None and appositive.kind == "person" and words[appositive.start - 1] == ",":
            return read_source(narration, story, index - 1, appositive.start, verb)  # "its chief, Ann Lee, said"
    for _ in range(2):  # "Lofgren (D-Calif.), who introduced a bill, said"
        if index < lo:
            return None
        if words[index] == ")":
            opened = _back_to(words, "(", index, max(lo, index - 12))
            index = opened - 1 if opened >= 0 else index
        elif words[index] == ",":
            comma = _back_to(words, ",", index - 1, max(lo, index - _APPOSITIVE_REACH))
            if comma < 0 or comma - 1 < lo:
                return None
            index = comma - 1
    if index < lo:
        return None
    return read_source(narration, story, index, lo, verb)


def _before_time(narration: Narration, story: Discourse, index: int, lo: int) -> int:
    """The token before a phrase of time that ends at ``index`` and follows a name
    ("Lee at the time", "Lee last month"), else ``index``."""
    words = narration.words
    if words[index].lower() not in TIME_WORDS:
        return index
    start = index
    while start - 1 >= lo and index - start < _TIME_REACH and words[start - 1].lower() in TIME_PHRASE_WORDS:
        start -= 1
    return start - 1 if start - 1 >= lo and start <= index and (start - 1) in story.ending else index


def _apposed_subject(narration: Narration, story: Discourse, source: Source, lo: int) -> bool:
    """Whether a source is a person who opens the sentence, or its clause after an
    opening phrase, with an appositive after it ("Ann Lee, an analyst, said ...")."""
    words = narration.words
    person = story.ending.get(source.last - 1)
    opens = source.first == lo or words[source.first - 1] == ","
    return person is not None and person.kind == "person" and opens and words[source.last] in (",", "(")


def _back_to(words: tuple[str, ...], mark: str, start: int, stop: int) -> int:
    for index in range(start, stop - 1, -1):
        if words[index] == mark:
            return index
        if words[index] in (";", ":"):
            return -1
    return -1


def _source_after(narration: Narration, story: Discourse, verb: int, hi: int) -> Source | None:
    """The source of a verb read to its right: "said (the) Morningstar analyst Ann
    Lee", "says Ann Lee, president of Acme": the first person named, else the head."""
    words = narration.words
    if verb + 1 < hi and words[verb + 1].casefold() in PRONOUNS:
        return Source(first=verb + 1, last=verb + 2, kind="pronoun", noun=words[verb + 1].casefold())
    head = -1
    index = verb + 1
    while index < hi and index - verb <= 8:
        word = words[index]
        starting = story.starting.get(index)
        if starting is not None:
            index = starting.last - 1  # over the name's initials and stops
        mention = story.ending.get(index)
        if mention is not None:
            head = index
            if mention.kind == "person" and not _role_then_person(narration, story, index, hi):
                break  # "said Clinton campaign manager Robby Mook" reads on to the manager
        elif word[:1].isupper():
            pass  # inside a name
        elif word == "of" and head >= 0 and _person_within(story, index + 1, hi):
            pass  # "said the former secretary of state Ann Lee": a title with "of"
        elif not word.islower() or word in PHRASE_BREAKS:
            break
        elif word not in DETERMINERS:
            head = index
        index += 1
    if head < 0:
        return None
    source = read_source(narration, story, head, verb + 1, hi)
    comma = _comma_after(words, head, hi)
    if (source is None or source.kind != "name") and 0 <= comma < hi - 1:
        appositive = story.ending.get(_run_end(story, comma + 1, hi))
        if appositive is not None and appositive.kind == "person":  # "said its chief, Ann Lee"
            return Source(first=appositive.first, last=appositive.last, kind="name", name=appositive.name)
    return source


def _role_then_person(narration: Narration, story: Discourse, index: int, hi: int) -> bool:
    """Whether role words in lower case follow token ``index`` and then a person's
    name: "Clinton campaign manager Robby Mook", "Obama adviser David Axelrod"."""
    words = narration.words
    role = index + 1
    while role < hi and role - index <= _ROLE_WORDS and words[role].islower() and words[role] not in PHRASE_BREAKS:
        role += 1
    return role > index + 1 and _person_within(story, role, hi)


def _person_within(story: Discourse, start: int, hi: int) -> bool:
    """Whether a person's name starts within two tokens of ``start``."""
    return any(
        story.starting.get(index) is not None and story.starting[index].kind == "person"
        for index in range(start, min(hi, start + 2))
    )


def _comma_after(words: tuple[str, ...], head: int, hi: int) -> int:
    """The comma after a description's head, over a place or an owner in capitals
    ("said her coach at Brandeis, Ann Lee"), or -1."""
    index = head + 1
    if index < hi and words[index] in ("at", "of", "for", "from", "in"):
        index += 1
        while index < hi and index - head <= _APPOSITIVE_OWNER and words[index][:1].isupper():
            index += 1
    return index if index < hi and words[index] == "," else -1


def _quoted_speaker(narration: Narration, story: Discourse, verb: int, hi: int) -> Source | None:
    """The speaker a quoting verb names as its object: "quoted Ann Lee as saying",
    "citing a senior aide as having said"."""
    words = narration.words
    for index in range(verb + 2, min(hi - 1, verb + _OBJECT_REACH)):
        if words[index] == "as" and (words[index + 1] in PARTICIPLES or words[index + 1] == "having"):
            return read_source(narration, story, index - 1, verb + 1, index)
        if words[index] in (";", ":") or narration.is_quote(index):
            break
    return None


def _after_article(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether "a" or "an" stands before a word and the capitalised words that
    modify it ("a Twitter comment"; "the Daily Caller reports" is a verb)."""
    index = verb - 1
    while index > lo and verb - index <= _MODIFIER_REACH and words[index][:1].isupper():
        index -= 1
    return index < verb - 1 and words[index].lower() in ("a", "an")


def _modified(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether a determiner and a modifier that is no noun of a speaker stand before
    a word: "its annual report" (a noun); "the company reports" (a verb)."""
    if verb - 2 < lo or words[verb - 2].lower() not in DETERMINERS:
        return False
    modifier = words[verb - 1]
    return modifier.isalpha() and modifier.islower() and modifier not in _SPEAKER_NOUNS


def _before_role(words: tuple[str, ...], verb: int, hi: int) -> bool:
    """Whether a title or a role word follows a word: "state director", "report author"."""
    following = words[verb + 1] if verb + 1 < hi else ""
    return following in SPEAKER_TITLE_WORDS


def _run_end(story: Discourse, start: int, hi: int) -> int:
    for index in range(start, min(hi, start + 5)):
        if index in story.ending:
            return index
    return -1


def _ends_source(narration: Narration, source: Source) -> bool:
    """Whether a source read after its verb ends where a source ends: at
    punctuation or a preposition, not at a verb ("said Lee had ...") or a
    quotation ("said Lee "was involved"")."""
    words = narration.words
    if source.last >= len(words):
        return True
    following = words[source.last]
    return (not following.isalpha() and not narration.is_quote(source.last)) or following in _SOURCE_ENDS


def _inverted_here(narration: Narration, verb: int, lo: int) -> bool:
    """Whether a verb stands where its subject follows it: after a quotation
    ("...," said), a dash, or at a sentence's start ("Said Lee: ...")."""
    if verb == lo:
        return True
    before = narration.words[verb - 1]
    if narration.is_quote(verb - 1) or before in _DASHES:
        return True
    return before in (",", "?", "!", ".") and narration.is_quote(verb - 2)


def _passive(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether a verb is passive: a form of "be" before it, over an adverb ("was
    charged", "had been told", "is widely seen"); its subject is no speaker."""
    index = verb - 1
    if index > lo and words[index].endswith("ly") and words[index].islower():
        index -= 1
    return index >= lo and words[index].lower() in PASSIVE_AUXILIARIES


def _cue(words: tuple[str, ...], verb: int) -> str | None:
    """The cue at token ``verb`` as an event names it: the word in lower case, or
    with its particle ("shot back"); ``None`` where the word is a cue only with a
    particle that does not follow it ("shot", "went")."""
    word = words[verb].lower()
    if word in SINGLE_CUES:
        return word  # "pointed out" is the cue "pointed"
    following = words[verb + 1] if verb + 1 < len(words) else ""
    return f"{word} {following}" if (word, following) in PHRASAL_VERBS else None


def find_events(narration: Narration, story: Discourse) -> tuple[Event, ...]:
    """Every speech event of the narration within reach of a quotation, in order."""
    events: list[Event] = []
    words = narration.words
    for verb in narration.verbs:
        if not narration.near_quote(verb):
            continue  # no quotation's speaker is named here
        lo, hi = narration.sentence_of(verb)
        word = _cue(words, verb)
        if word is None:
            continue
        source = None
        inverted = False
        if verb > lo and (words[verb - 1] in DETERMINERS or words[verb - 1].endswith(POSSESSIVE_ENDINGS)):
            continue  # "the report", "Lee's statement": a noun, not a verb
        if verb > lo and words[verb][:1].isupper():
            continue  # "Ohio State", "Boston Globe Reports": a capitalised cue opens a sentence or is a name
        if word in NOUN_FORMS and (
            _after_article(words, verb, lo) or _before_role(words, verb, hi) or _modified(words, verb, lo)
        ):
            continue  # "a Twitter comment of her own", "Colorado state director", "its annual report": a noun
        if word not in _ACTIVE_ALWAYS and _passive(words, verb, lo):
            continue  # "Lee was charged with fraud", "Lee was told": the subject is spoken to or of
        if word in QUOTING_VERBS:  # "the paper quoted Ann Lee as saying": the speaker is the object
            quoted = _quoted_speaker(narration, story, verb, hi)
            if quoted is not None:
                events.append(Event(cue=verb, verb=word, source=quoted))
                continue
            if word not in REPORTING_VERBS and word not in PARTICIPLES:
                continue
        if word in PARTICIPLES:  # "Lee said, adding ...": the speaker just before it, else the sentence's subject
            near = events and lo <= events[-1].cue and verb - events[-1].cue <= 6 and words[verb - 1] == ","
            quoting = events and lo <= events[-1].cue and words[verb - 1] == "as" and events[-1].verb in QUOTING_VERBS
            earlier = events[-1] if near or quoting else None  # "Lee said, adding", "quoted Lee as saying"
            speaking = earlier.source if earlier is not None and earlier.verb in _SPEAKING else None
            named = story.ending.get(verb - 1)  # "with Chief Executive Ann Lee saying": the name before it
            if speaking is None and named is not None and named.kind == "person":
                speaking = read_source(narration, story, verb - 1, lo, verb)
            source = speaking or sentence_subject(narration, story, lo, verb)
        elif word == "according":
            followed = verb + 1 < hi and words[verb + 1] == "to"
            source = _source_after(narration, story, verb + 1, hi) if followed else None
            inverted = True
        elif word in INVERTED_VERBS and _inverted_here(narration, verb, lo):
            source = _source_after(narration, story, verb, hi)
            inverted = source is not None
            source = source or _source_before(narration, story, verb, lo)
        else:
            source = _source_before(narration, story, verb, lo)
            apposed = source is not None and _apposed_subject(narration, story, source, lo)
            if word in INVERTED_VERBS and words[verb - 1] == "," and not apposed:  # "Prices rose, said Ann Lee"
                after = _source_after(narration, story, verb, hi)
                if after is not None and (source is None or (after.kind == "name" and _ends_source(narration, after))):
                    source, inverted = after, True  # but "Ann Lee, an analyst, said Acme ..." is Lee's
        backgrounded = source is not None and source.first > lo and words[source.first - 1] in CLAUSE_WORDS
        if backgrounded and word in INTRANSITIVE_VERBS:
            source = None  # "..., Lee said after Ann Cole spoke": a clause in the background
        if source is not None:
            events.append(Event(cue=verb, verb=word if word != "according" else "according to", source=source,
                                inverted=inverted))
    return tuple(events)
