"""Part of stage 4 (:mod:`newsmodel.quotes.events`): whether a cue word reports
speech where it stands, and the name of a source that ends in a possessive.

A cue is no verb of speech as a noun ("Lee's statement", "a Twitter comment",
"its annual report"), in the passive ("Lee was told"), in a condition ("if
Acme said"), or as "continued to" and "added to concerns"; "Moody's said" is
a verb, and its source is named as printed.

>>> passive(("Lee", "was", "told"), 2, 0), plural_noun("promises"), plural_noun("says")
(True, True, False)
"""

from __future__ import annotations

from ..lexicon.organisations import ORGANISATION_NOUNS
from ..lexicon.sources import DETERMINERS, DOCUMENT_NOUNS, PASSIVE_AUXILIARIES, PERSON_NOUNS, PHRASE_BREAKS
from .entities import Discourse
from .sources import SourcePhrase
from .words import subject_pronoun

__all__ = [
    "GOES_ON_TO",
    "after_article",
    "before_role",
    "modified",
    "no_hearer",
    "owned_word",
    "owning_nothing",
    "passive",
    "plural_noun",
    "supposed",
]

_HEARERS = frozenset({"reporters", "journalists", "lawmakers", "investors", "analysts", "supporters", "me", "us",
                      "him", "her", "them"})
GOES_ON_TO = frozenset({"continue", "continues", "continued", "add", "adds", "added"})  # before "to": no speech
_MODIFIER_REACH = 3  # capitalised words between an article and the noun they modify
_PREPOSITIONS = frozenset({"of", "by", "for", "in", "on", "at", "from", "with", "about", "without"})
_SPEAKER_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS  # nouns that may be a verb's subject
_CONDITIONS = frozenset({"if", "unless", "whether"})
_PASSIVE_ADVERBS = frozenset({"first", "also", "later", "not", "never", "already", "just", "still", "then", "now",
                              "often", "since", "once", "again", "even", "long", "all"})
_NOUN_PHRASE_WORDS = frozenset({"the", "and", "of", "&"})
_CLAUSE_OPENERS = frozenset({"that", "it", "its"})  # "Moody's said that", "Moody's said it"


def after_article(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether "a" or "an" stands before a word and the capitalised words that
    modify it ("a Twitter comment"; "the Daily Caller reports" is a verb)."""
    index = verb - 1
    while index > lo and verb - index <= _MODIFIER_REACH and words[index][:1].isupper():
        index -= 1
    return index < verb - 1 and words[index].lower() in ("a", "an")


def modified(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether a preposition, or a determiner and modifiers that name no speaker,
    stand before a word: "by state", "its annual report", "a May 2 earnings call"
    (nouns); "the company reports", "the Daily Caller reports", "the Saudis state" (verbs)."""
    if verb - 1 >= lo and words[verb - 1] in _PREPOSITIONS:
        return True
    index = verb - 1
    while index > lo and verb - index <= _MODIFIER_REACH and _modifier(words[index]):
        index -= 1  # "a May 2 earnings call", "its annual report"
    determiner = words[index].lower()
    named = any(w[:1].isupper() for w in words[index + 1 : verb])  # "the Saudis state": a name, then its verb
    return index < verb - 1 and determiner in DETERMINERS and (determiner in ("a", "an") or not named)


def _modifier(word: str) -> bool:
    """Whether a word may modify a noun without being the subject of a verb after
    it: a number, a capitalised word, a lower-case word that names no speaker."""
    if word.lower() in DETERMINERS:
        return False
    plain = word.replace("-", "").isalpha()  # "annual", "semi-annual", "long-awaited"
    return word[:1].isdigit() or word[:1].isupper() or (plain and word not in _SPEAKER_NOUNS)


def before_role(words: tuple[str, ...], verb: int, hi: int, titles: frozenset[str]) -> bool:
    """Whether a title (of ``titles``) follows a word: "state director", "report author"."""
    following = words[verb + 1] if verb + 1 < hi else ""
    return following in titles


def supposed(words: tuple[str, ...], first: int, lo: int) -> bool:
    """Whether a subject at token ``first`` opens a condition ("if Acme said ..."),
    not a concession ("even if Lee called them ...")."""
    while first > lo and (words[first - 1] in _NOUN_PHRASE_WORDS or words[first - 1][:1].isupper()):
        first -= 1  # back over the subject's words: "if the United States and Europe confirmed"
    if first <= lo or words[first - 1].lower() not in _CONDITIONS:
        return False
    return first - 2 < lo or words[first - 2].lower() not in ("even", "as", "only")


def passive(words: tuple[str, ...], verb: int, lo: int) -> bool:
    """Whether a verb is passive: a form of "be" before it, over an adverb ("was
    charged", "had been told", "is widely seen"); its subject is no speaker."""
    index = verb - 1
    while index > lo and verb - index <= 2 and words[index].islower() and (
        words[index].endswith("ly") or words[index] in _PASSIVE_ADVERBS
    ):
        index -= 1  # "was first reported", "had not been told"
    return index >= lo and words[index].lower() in PASSIVE_AUXILIARIES


def no_hearer(words: tuple[str, ...], index: int, hi: int) -> bool:
    """Whether the words at token ``index`` after "to" name no one spoken to: a verb or
    a thing ("to be", "to the pressure"), not "to Reuters", "to reporters", "to the BBC"."""
    if words[index] in ("the", "a", "an") and index + 1 < hi:
        index += 1
    return words[index].islower() and words[index] not in _HEARERS


def owned_word(words: tuple[str, ...], verb: int, hi: int, nouns: frozenset[str]) -> bool:
    """Whether a cue word after a possessive is a noun or a participle it owns ("Lee's
    statement", "Acme's promises", "Rubio's proposed credit"), not the verb of a name
    that ends in a possessive ("Moody's said it", "McDonald's said in a statement")."""
    word = words[verb].lower()
    if word in nouns or plural_noun(word):
        return True
    following = words[verb + 1] if verb + 1 < hi else "."
    bare = not following[:1].isalpha() or following in PHRASE_BREAKS or following in _CLAUSE_OPENERS
    return not bare and subject_pronoun(following) is None


def plural_noun(word: str) -> bool:
    """Whether a cue word may be a plural noun after a possessive ("Acme's promises"), not "says"."""
    return word.endswith("s") and word != "says"


def owning_nothing(words: tuple[str, ...], discourse: Discourse, source: SourcePhrase) -> SourcePhrase:
    """A source whose name ends in a possessive that owns no noun, named as printed:
    "Moody's said", "McDonald's said" (not "Moody", "McDonald")."""
    mention = discourse.ending.get(source.last - 1)
    if source.kind != "name" or mention is None or not mention.possessive:
        return source
    return source._replace(name=" ".join(words[mention.first : mention.last]).replace(" .", "."))
