"""The quote finder reads its words of saying and speakers' titles from a lexicon."""

from __future__ import annotations

import pickle

import pytest

from newsmodel import parse_article
from newsmodel.lexicon import Lexicon, Verb
from newsmodel.lexicon import verbs as v
from newsmodel.lexicon.common import NOT_NAMES
from newsmodel.lexicon.names import HONORIFICS
from newsmodel.lexicon.organisations import APPOSED_NOUNS, ORGANISATION_NOUNS
from newsmodel.lexicon.places import LOCATIVES
from newsmodel.lexicon.sources import DOCUMENT_NOUNS, PERSON_NOUNS
from newsmodel.lexicon.titles import SPEAKER_TITLE_WORDS
from newsmodel.quotes import find_quotes
from newsmodel.quotes.mentions import read_mentions
from newsmodel.quotes.tokens import read_tokens
from newsmodel.quotes.vocabulary import DEFAULT, Vocabulary, vocabulary_of

_TITLE_FORMS = SPEAKER_TITLE_WORDS | {t[:-1] for t in SPEAKER_TITLE_WORDS if t.endswith(".")}

#: Each field of the default vocabulary, and the set the quote stages read before there was one.
_BEFORE: dict[str, frozenset[str] | frozenset[tuple[str, str]]] = {
    "reporting": v.REPORTING_VERBS,
    "adjacent": v.ADJACENT_VERBS,
    "describing": v.DESCRIBING_VERBS,
    "cognition": v.COGNITION_VERBS,
    "intransitive": v.INTRANSITIVE_VERBS,
    "quoting": v.QUOTING_VERBS,
    "refusing": v.REFUSING_VERBS,
    "asking": v.ASKING_VERBS,
    "inverted": v.INVERTED_VERBS,
    "participles": v.PARTICIPLES,
    "nouns": v.NOUN_FORMS,
    "phrasal": v.PHRASAL_VERBS,
    "speech": v.SPEECH_VERBS,
    "beside": v.BESIDE_CUES,
    "single_cues": v.SINGLE_CUES,
    "cue_words": v.CUE_WORDS,
    "titles": SPEAKER_TITLE_WORDS,
    "cue_tokens": v.CUE_WORDS | {w.capitalize() for w in v.CUE_WORDS},
    "speaking": v.REPORTING_VERBS | v.QUOTING_VERBS,
    "active": v.QUOTING_VERBS | v.PARTICIPLES | v.ASKING_VERBS,
    "title_forms": _TITLE_FORMS,
    "titled": _TITLE_FORMS | HONORIFICS.keys(),
    "roles": SPEAKER_TITLE_WORDS | PERSON_NOUNS,
    "context": LOCATIVES | SPEAKER_TITLE_WORDS | PERSON_NOUNS | APPOSED_NOUNS | {"at", "the"},
    "no_names": NOT_NAMES | PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | v.CUE_WORDS,
    "trailing": v.SPEECH_VERBS | v.BESIDE_CUES,
    "leading": v.REPORTING_VERBS | v.BESIDE_CUES,
    "in_sentence": v.SPEECH_VERBS | v.PARTICIPLES,
}

_ZORBLE = Verb(lemma="zorble", kind="reporting", forms={"zorble", "zorbles", "zorbled"}, inverted={"zorbled"})
_ZORBLED = '"We will win," Ann Lee zorbled.'
_WARDEN = '"We will win," said Zorbwarden Ann Lee.'


def _speakers(text: str, lexicon: Lexicon | None = None) -> list[str | None]:
    return [quote.speaker for quote in find_quotes((text,), lexicon=lexicon)]


def test_every_field_is_listed() -> None:
    assert set(Vocabulary.__annotations__) == set(_BEFORE)


def test_a_vocabulary_is_frozen_and_takes_every_field() -> None:
    with pytest.raises(AttributeError, match="frozen"):
        DEFAULT.reporting = frozenset()
    with pytest.raises(AttributeError, match="frozen"):
        del DEFAULT.titles
    assert "said" in DEFAULT.reporting
    sets = {name: getattr(DEFAULT, name) for name in _BEFORE}
    with pytest.raises(KeyError):
        Vocabulary(**{name: words for name, words in sets.items() if name != "titles"})
    with pytest.raises(TypeError, match="unknown vocabulary fields: tittles"):
        Vocabulary(**sets, tittles=frozenset())


@pytest.mark.parametrize("name", sorted(_BEFORE))
def test_the_default_vocabulary_holds_the_sets_the_stages_read_before(name: str) -> None:
    assert getattr(DEFAULT, name) == _BEFORE[name]


def test_a_vocabulary_is_built_once_for_each_lexicon() -> None:
    lexicon = Lexicon.default().with_verbs(_ZORBLE)
    assert vocabulary_of(Lexicon.default()) is DEFAULT
    assert vocabulary_of(lexicon) is vocabulary_of(Lexicon.default().with_verbs(_ZORBLE))
    assert vocabulary_of(lexicon) is not DEFAULT


def test_the_narration_carries_its_vocabulary() -> None:
    zorbling = vocabulary_of(Lexicon.default().with_verbs(_ZORBLE))
    assert read_tokens(("Ann Lee zorbled.",)).vocabulary is DEFAULT
    narration = read_tokens(("Ann Lee zorbled.",), vocabulary=zorbling)
    assert narration.vocabulary is zorbling
    assert [narration.words[i] for i in narration.verbs] == ["zorbled"]


def test_the_cached_reading_of_a_name_is_kept_apart_for_each_vocabulary() -> None:
    warden = vocabulary_of(Lexicon.default().with_titles("zorbwarden"))
    paragraphs = ("Zorbwarden Ann Lee spoke.",)
    read = [
        [(m.name, m.title) for m in read_mentions(read_tokens(paragraphs, vocabulary=vocabulary))]
        for vocabulary in (DEFAULT, warden, DEFAULT)
    ]
    assert read == [[("Zorbwarden Ann Lee", None)], [("Ann Lee", "Zorbwarden")], [("Zorbwarden Ann Lee", None)]]


@pytest.mark.parametrize("text", [_ZORBLED, '"We will win," zorbled Ann Lee.'])
def test_a_verb_added_to_the_lexicon_attributes_a_quotation(text: str) -> None:
    assert _speakers(text) == [None]
    assert _speakers(text, Lexicon.default().with_verbs(_ZORBLE)) == ["Ann Lee"]
    assert _speakers(text) == [None]  # the default is as it was
    assert "zorbled" not in Lexicon.default().forms("reporting") | DEFAULT.cue_words


def test_a_quotation_whose_closing_mark_was_lost_ends_before_a_verb_of_the_lexicon() -> None:
    paragraphs = ('"We will win, she zorbled.',)
    assert [q.text for q in find_quotes(paragraphs)] == ["We will win, she zorbled."]
    assert [q.text for q in find_quotes(paragraphs, lexicon=Lexicon.default().with_verbs(_ZORBLE))] == ["We will win,"]


def test_a_title_added_to_the_lexicon_is_no_part_of_the_name() -> None:
    assert _speakers(_WARDEN) == ["Zorbwarden Ann Lee"]
    assert _speakers(_WARDEN, Lexicon.default().with_titles("zorbwarden")) == ["Ann Lee"]
    assert _speakers(_WARDEN) == ["Zorbwarden Ann Lee"]
    assert "zorbwarden" not in DEFAULT.titles


def test_parse_article_passes_its_lexicon_to_the_quote_finder() -> None:
    text = f"OSLO (Reuters) - Rates rose.\n\n{_ZORBLED}\n\n{_WARDEN}"
    lexicon = Lexicon.default().with_verbs(_ZORBLE).with_titles("zorbwarden")
    assert [q.speaker for q in parse_article(text).quotes] == [None, "Zorbwarden Ann Lee"]
    assert [q.speaker for q in parse_article(text, lexicon=lexicon).quotes] == ["Ann Lee", "Ann Lee"]


def test_a_lexicon_sent_to_a_worker_gives_the_same_quotes() -> None:
    lexicon = Lexicon.default().with_verbs(_ZORBLE).with_titles("zorbwarden")
    paragraphs = (_ZORBLED, _WARDEN)
    expected = find_quotes(paragraphs, lexicon=lexicon)
    received = pickle.loads(pickle.dumps(lexicon))
    assert received is not lexicon
    assert received == lexicon
    assert hash(received) == hash(lexicon)
    assert find_quotes(paragraphs, lexicon=received) == expected
    assert [q.speaker for q in expected] == ["Ann Lee", "Ann Lee"]
