"""Stage 0, vocabulary: the words of saying and the titles every later stage reads,
drawn once from a :class:`~newsmodel.lexicon.Lexicon`.

The stages never read the lexicon's rows: :func:`vocabulary_of` gathers the
sets they look words up in, once for each lexicon, and the narration
(:class:`~newsmodel.quotes.tokens.Narration`) carries them. :data:`DEFAULT`
is the package lexicon's (its sets are those of
:mod:`newsmodel.lexicon.verbs` and ``SPEAKER_TITLE_WORDS``).

>>> from newsmodel.lexicon import Lexicon, Verb
>>> zorble = Verb(lemma="zorble", kind="reporting", forms={"zorbled"}, inverted={"zorbled"})
>>> vocabulary = vocabulary_of(Lexicon.default().with_verbs(zorble))
>>> "zorbled" in vocabulary.reporting, "zorbled" in DEFAULT.reporting
(True, False)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from ..lexicon import Lexicon
from ..lexicon.common import NOT_NAMES
from ..lexicon.names import HONORIFICS
from ..lexicon.organisations import APPOSED_NOUNS, ORGANISATION_NOUNS
from ..lexicon.places import LOCATIVES
from ..lexicon.sources import DOCUMENT_NOUNS, PERSON_NOUNS
from ..lexicon.verbs import PHRASAL_VERBS, cue_sets

__all__ = ["DEFAULT", "Vocabulary", "vocabulary_of"]


class Vocabulary:
    """The sets of words the quote stages look words up in, lower-case; frozen.

    For the default lexicon each set is the list of :mod:`newsmodel.lexicon.verbs`
    named in its comment (``REPORTING_VERBS`` ...). A vocabulary is compared and
    hashed by identity, as one is built for each lexicon: the caches keyed on it
    (the mentions' readings) hash it at no cost. A plain class rather than an
    attrs one, which would cost as much to build at import as all its sets.
    """

    reporting: frozenset[str]  # REPORTING_VERBS: "said", "told", "says"
    adjacent: frozenset[str]  # ADJACENT_VERBS: the manner of speaking, "mumbled"
    describing: frozenset[str]  # DESCRIBING_VERBS: "dismissed (as)", "called"
    cognition: frozenset[str]  # COGNITION_VERBS: "believes"
    intransitive: frozenset[str]  # INTRANSITIVE_VERBS: "spoke (to reporters)"
    quoting: frozenset[str]  # QUOTING_VERBS: "quoted (Lee as saying)"
    refusing: frozenset[str]  # REFUSING_VERBS: "declined (to comment)"
    asking: frozenset[str]  # ASKING_VERBS: "(was) asked"
    inverted: frozenset[str]  # INVERTED_VERBS: before their subject, "..., said Lee"
    participles: frozenset[str]  # PARTICIPLES: "..., saying"
    nouns: frozenset[str]  # NOUN_FORMS: as often nouns, "a comment"
    phrasal: frozenset[tuple[str, str]]  # PHRASAL_VERBS: "shot back"
    speech: frozenset[str]  # SPEECH_VERBS: reporting, describing and quoting
    beside: frozenset[str]  # BESIDE_CUES: the manner of speaking and the phrasal verbs as events name them
    single_cues: frozenset[str]  # SINGLE_CUES: the cues on their own, "according"
    cue_words: frozenset[str]  # CUE_WORDS: every word that may open a speech event
    titles: frozenset[str]  # SPEAKER_TITLE_WORDS: "minister", "sen."
    # drawn from the sets above for the stages that read them together
    cue_tokens: frozenset[str]  # the cue words as printed, capitalised too ("According to", "Said Lee:")
    speaking: frozenset[str]  # reporting and quoting verbs
    active: frozenset[str]  # never passive: "was quoted as saying", "was asked"
    title_forms: frozenset[str]  # titles with or without an abbreviation's stop ("Sen", "Sen.")
    titled: frozenset[str]  # title forms and honorifics
    roles: frozenset[str]  # titles and nouns of persons: the word before a name that makes it a person's
    context: frozenset[str]  # the words before a capitalised run that tell its kind
    no_names: frozenset[str]  # lone words that open a run and name no one: "The", "Police", "Said"
    trailing: frozenset[str]  # the cues after a quotation: "...," Lee said / mumbled / shot back
    leading: frozenset[str]  # the cues before one: Lee said / snapped: "..."
    in_sentence: frozenset[str]  # the cues of a quotation inside their sentence
    __slots__ = tuple(__annotations__)  # the fields above, looked up as fast as attrs' slots

    def __init__(self, **sets: frozenset[Any]) -> None:
        """Every field by name (``KeyError`` for one missing, ``TypeError`` for one unknown)."""
        unknown = sets.keys() - self.__annotations__.keys()
        if unknown:
            raise TypeError(f"unknown vocabulary fields: {', '.join(sorted(unknown))}")
        for name in self.__annotations__:
            object.__setattr__(self, name, sets[name])

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a vocabulary is frozen: {name!r} cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a vocabulary is frozen: {name!r} cannot be deleted")


@lru_cache(maxsize=8)
def vocabulary_of(lexicon: Lexicon) -> Vocabulary:
    """The vocabulary of ``lexicon``, built once for each lexicon."""
    reporting, adjacent, describing = lexicon.forms("reporting"), lexicon.forms("adjacent"), lexicon.forms("describing")
    cognition, quoting, asking = lexicon.forms("cognition"), lexicon.forms("quoting"), lexicon.forms("asking")
    participles, titles = lexicon.participles, lexicon.speaker_titles
    cues = cue_sets(reporting=reporting, adjacent=adjacent, describing=describing, cognition=cognition,
                    quoting=quoting, participles=participles)
    speech, beside, single_cues, cue_words = cues
    title_forms = titles | frozenset(title[:-1] for title in titles if title.endswith("."))
    return Vocabulary(
        reporting=reporting,
        adjacent=adjacent,
        describing=describing,
        cognition=cognition,
        intransitive=lexicon.forms("intransitive"),
        quoting=quoting,
        refusing=lexicon.forms("refusing"),
        asking=asking,
        inverted=lexicon.inverted_verbs,
        participles=participles,
        nouns=lexicon.noun_forms,
        phrasal=PHRASAL_VERBS,
        speech=speech,
        beside=beside,
        single_cues=single_cues,
        cue_words=cue_words,
        titles=titles,
        cue_tokens=cue_words | frozenset(word.capitalize() for word in cue_words),
        speaking=reporting | quoting,
        active=quoting | participles | asking,
        title_forms=title_forms,
        titled=title_forms | frozenset(HONORIFICS),
        roles=titles | PERSON_NOUNS,
        context=LOCATIVES | titles | PERSON_NOUNS | APPOSED_NOUNS | {"at", "the"},
        no_names=NOT_NAMES | PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | cue_words,
        trailing=speech | beside,
        leading=reporting | beside,
        in_sentence=speech | participles,
    )


#: The package lexicon's vocabulary: the one the stages read where none is given.
DEFAULT: Final = vocabulary_of(Lexicon.default())
