"""Part of stage 4 (:mod:`newsmodel.quotes.events`): a speech event's source
read to either side of its verb.

To the left: "Ann Lee (has also) said", "Lee, an analyst, who ..., said",
"Lee at the time said"; to the right, inverted: "said (the) Morningstar
analyst Ann Lee", "said Clinton campaign manager Robby Mook", "said her
coach at Brandeis, Ann Lee"; and the object of a quoting verb: "quoted Ann
Lee as saying".

>>> from newsmodel.quotes.tokens import read_tokens
>>> from newsmodel.quotes.entities import read_entities
>>> narration = read_tokens(("Prices rose, said Morningstar analyst Ann Lee.",))
>>> source_after(narration, read_entities(narration), 3, len(narration.words)).name
'Ann Lee'
"""

from __future__ import annotations

from ..lexicon.sources import AUXILIARIES, DETERMINERS, PHRASE_BREAKS, REFLEXIVES
from .adverbials import subject_end
from .beside import (
    apposed_person,
    owner_then_person,
    person_within,
    placed_person,
    relative_antecedent,
    role_then_person,
    titles_then_person,
    unclosed_relative,
)
from .entities import Discourse
from .sources import SourcePhrase, read_source
from .spans import is_mask
from .subjects import sentence_subject
from .tokens import Narration
from .words import DASHES, is_abbreviation, subject_pronoun

__all__ = ["apposed_subject", "ends_source", "quoted_speaker", "source_after", "source_before"]

_APPOSITIVE_REACH = 30  # tokens an appositive or relative clause may span
_OBJECT_REACH = 12  # tokens from a quoting verb to the "as" after its object
_INVERTED_REACH = 10  # tokens from a verb to the end of the name after it: "said former Lakeside Gov. and ..."
_APPOSITIVE_OWNER = 7  # tokens from a description's head to the comma before a name set beside it
_ROLE_LINKS = frozenset({"at", "of", "for", "from", "in", "the"})  # words inside a role and its owner
# words that open a clause of its own subject: "long before Lee started to say"
_SUBORDINATORS = frozenset({"before", "after", "when", "while", "because", "since", "until", "although", "though",
                            "whereas", "unless"})
_SOURCE_ENDS = frozenset({"in", "on", "at", "of", "from", "for", "with", "during", "after", "before", "when", "who",
                          "which", "while", "as", "and", "by", "to", "late", "earlier", "later", "told"})


def source_before(narration: Narration, discourse: Discourse, verb: int, lo: int) -> SourcePhrase | None:
    """The source of a verb read to its left: "Ann Lee (has also) said", "Lee, an
    analyst, who ..., said", "Lee (D-Calif.) said"; after "and" ("Lee smiled and
    said", "Lee took the stage and called it"), the subject of the sentence."""
    words = narration.words
    index = verb - 1
    for _ in range(3):
        if index < lo:
            return None
        word = words[index]
        if word in AUXILIARIES or word in REFLEXIVES or (word.endswith("ly") and word.islower() and len(word) > 4):
            index -= 1
        elif word in ("and", "but", "to") and index > lo:  # "Lee smiled and said", "Lee went on to say"
            back = range(index - 1, lo - 1, -1)  # the clause "before Lee started to say" has its own subject
            opener = next((at for at in back if words[at] in _SUBORDINATORS or words[at] == ","), lo - 1)
            fronted = words[opener] == "," and words[lo].lower() in _SUBORDINATORS  # "When Lee asked Cole, Cole ..."
            return sentence_subject(narration, discourse, opener + 1 if words[opener] != "," or fronted else lo, index)
        else:
            break
    if index < lo:
        return None
    relative = relative_antecedent(discourse, words, index, lo)
    if relative is not None:
        return relative
    if is_mask(words[index]) and index - 1 >= lo and (index - 1) in discourse.ending:
        index -= 1  # 'Lee "categorically" denied it': a quoted word between the subject and its verb
    index = subject_end(narration, discourse, index, lo)  # "Lee last month declared", "Lee in a speech called"
    if words[index] == "." and index - 1 >= lo and is_abbreviation(words[index - 1]):
        index -= 1  # "E.J. says": initials, not the end of a sentence
    if words[index] == ",":
        subject = sentence_subject(narration, discourse, lo, index)
        if subject is not None and words[subject.last] in (",", "("):
            return subject  # "Jeb Bush, the former governor, who ..., called"
        appositive = discourse.ending.get(index - 1)
        if appositive is not None and appositive.kind == "person" and words[appositive.start - 1] == ",":
            return read_source(narration, discourse, index - 1, appositive.start, verb)  # "its chief, Ann Lee, said"
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
        elif words[index] in DASHES:  # "Ann Lee -- who joined last year -- said"
            dash = _back_to(words, words[index], index - 1, max(lo, index - _APPOSITIVE_REACH))
            if dash < 0 or dash - 1 < lo:
                return None
            named = discourse.starting.get(dash + 1)
            if named is not None and named.kind == "person":  # "a former candidate -- Ann Lee -- said"
                return SourcePhrase(first=named.first, last=named.last, kind="name", name=named.name)
            index = dash - 1
    if index < lo:
        return None
    if words[index] == "." and index - 1 >= lo and is_abbreviation(words[index - 1]):
        index -= 1  # "Ann Lee Jr., the director, said": the name's stop, not a sentence's
    place = discourse.ending.get(index)
    placed = placed_person(narration, discourse, place, lo) if place and place.kind == "place" else None
    source = placed or read_source(narration, discourse, index, lo, verb)
    if source is None or source.kind in ("description", "unnamed"):
        return apposed_person(narration, discourse, index, lo) or source  # "Ann Lee, Acme's chief said"
    return unclosed_relative(narration, discourse, source, lo) or source


def apposed_subject(narration: Narration, discourse: Discourse, source: SourcePhrase, lo: int) -> bool:
    """Whether a source is a person who opens the sentence, or its clause after an
    opening phrase, with an appositive after it ("Ann Lee, an analyst, said ...")."""
    words = narration.words
    person = discourse.ending.get(source.last - 1)
    opens = source.first == lo or words[source.first - 1] == ","
    return person is not None and person.kind == "person" and opens and words[source.last] in (",", "(")


def _back_to(words: tuple[str, ...], mark: str, start: int, stop: int) -> int:
    for index in range(start, stop - 1, -1):
        if words[index] == mark:
            return index
        if words[index] in (";", ":"):
            return -1
    return -1


def source_after(narration: Narration, discourse: Discourse, verb: int, hi: int) -> SourcePhrase | None:
    """The source of a verb read to its right: "said (the) Morningstar analyst Ann
    Lee", "says Ann Lee, president of Acme": the first person named, else the head."""
    words = narration.words
    pronoun = subject_pronoun(words[verb + 1]) if verb + 1 < hi else None
    if pronoun is not None:
        return SourcePhrase(first=verb + 1, last=verb + 2, kind="pronoun", noun=pronoun)
    if words[verb + 1 : verb + 3] == ("one", "of") and verb + 3 < hi:  # "said one of the sources": one unnamed
        noun = verb + 3 + (words[verb + 3].lower() in DETERMINERS or words[verb + 3] in ("those", "these"))
        inner = read_source(narration, discourse, noun, verb + 3, hi) if noun < hi else None
        if inner is not None and inner.kind == "unnamed":
            return SourcePhrase(first=verb + 1, last=inner.last, kind="unnamed", noun=inner.noun)
    head = -1
    index = verb + 1
    while index < hi and index - verb <= _INVERTED_REACH:
        word = words[index]
        starting = discourse.starting.get(index)
        if starting is not None:
            index = starting.last - 1  # over the name's initials and stops
        mention = discourse.ending.get(index)
        if mention is not None:
            head = index
            if mention.kind == "person" and not role_then_person(narration, discourse, index, hi):
                break  # "said Clinton campaign manager Robby Mook" reads on to the manager
        elif word[:1].isupper():
            pass  # inside a name
        elif word == "of" and head >= 0 and person_within(discourse, index + 1, hi):
            pass  # "said the former secretary of state Ann Lee": a title with "of"
        elif word == "and" and head >= 0 and owner_then_person(discourse, index + 1, hi):
            pass  # "tweeted Acme and Beta chief executive Ann Lee": one person, two owners
        elif word == "and" and titles_then_person(narration, discourse, index + 1, hi):
            pass  # "said Acme chairman and chief executive Ann Lee": one person, two offices
        elif word == "." and is_abbreviation(words[index - 1]):
            pass  # "said Lakeside Gov. and party chairman Ann Lee": a title's stop
        elif not word.islower() or word in PHRASE_BREAKS:
            break
        elif word not in DETERMINERS:
            head = index
        index += 1
    if head < 0:
        return None
    source = read_source(narration, discourse, head, verb + 1, hi)
    comma = _comma_after(words, head, hi)
    if (source is None or source.kind != "name") and 0 <= comma < hi - 1:
        appositive = discourse.ending.get(_run_end(discourse, comma + 1, hi))
        if appositive is not None and appositive.kind == "person":  # "said its chief, Ann Lee"
            return SourcePhrase(first=appositive.first, last=appositive.last, kind="name", name=appositive.name)
    if source is not None and source.kind == "name" and source.last + 1 < hi and words[source.last] == "and":
        other = discourse.starting.get(source.last + 1)  # "said Ann Lee and Bo Ku": the two together
        if other is not None and other.kind == "person":
            joint = f"{source.name} and {other.name}"
            return SourcePhrase(first=source.first, last=other.last, kind="name", name=joint)
    return source


def _comma_after(words: tuple[str, ...], head: int, hi: int) -> int:
    """The comma after a description's head, over the rest of a role and its owner
    or place ("said her coach at Brandeis, Ann Lee", "said the head of strategy
    at Acme, Ann Lee"), or -1."""
    index = head + 1
    while index < hi and index - head <= _APPOSITIVE_OWNER and words[index] != ",":
        word = words[index]
        if not (word in _ROLE_LINKS or word[:1].isupper() or (word.islower() and word not in PHRASE_BREAKS)):
            return -1
        index += 1
    return index if index < hi and words[index] == "," else -1


def quoted_speaker(narration: Narration, discourse: Discourse, verb: int, hi: int) -> SourcePhrase | None:
    """The speaker a quoting verb names as its object: "quoted Ann Lee as saying",
    "citing a senior aide as having said"."""
    words, participles = narration.words, narration.vocabulary.participles
    for index in range(verb + 2, min(hi - 1, verb + _OBJECT_REACH)):
        if words[index] == "as" and (words[index + 1] in participles or words[index + 1] == "having"):
            return read_source(narration, discourse, index - 1, verb + 1, index)
        if words[index] in (";", ":") or narration.is_quote(index):
            break
    return None


def _run_end(discourse: Discourse, start: int, hi: int) -> int:
    for index in range(start, min(hi, start + 5)):
        if index in discourse.ending:
            return index
    return -1


def ends_source(narration: Narration, source: SourcePhrase) -> bool:
    """Whether a source read after its verb ends where a source ends: at
    punctuation or a preposition, not at a verb ("said Lee had ...") or a
    quotation ("said Lee "was involved"")."""
    words = narration.words
    if source.last >= len(words):
        return True
    following = words[source.last]
    return (not following.isalpha() and not narration.is_quote(source.last)) or following in _SOURCE_ENDS
