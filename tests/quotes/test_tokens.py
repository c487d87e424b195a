"""Stage 2: one pass of tokens over the narration: words, sentences, cues, capitalised runs."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel.quotes.tokens import _TOKEN, SENTENCE_REACH, _tokens, read_tokens

# (narration, words, the first word of each sentence, cue words, capitalised runs)
TOKENS = [
    (
        "Ann Cole of R.W. Baird smiled.",
        ["Ann", "Cole", "of", "R.W", ".", "Baird", "smiled", "."],
        ["Ann"],
        [],
        ["Ann Cole", "R.W . Baird"],
    ),
    (
        "Prices rose. Shares fell.",
        ["Prices", "rose", ".", "Shares", "fell", "."],
        ["Prices", "Shares"],
        [],
        ["Prices", "Shares"],
    ),
    (
        "Sen. A. B. Cole smiled.",
        ["Sen", ".", "A", ".", "B", ".", "Cole", "smiled", "."],
        ["Sen"],
        [],
        ["Sen . A . B . Cole"],
    ),
    (
        "The U.S. economy grew 3.5 percent, analysts said.",
        None,
        ["The"],
        ["said"],
        ["The U.S"],
    ),
    (
        "Bank of America and the Department of Justice met.",
        None,
        ["Bank"],
        [],
        ["Bank of America", "Department of Justice"],
    ),
    (
        "People for the Ethical Treatment of Animals said so.",
        None,
        ["People"],
        ["said"],
        ["People for the Ethical Treatment of Animals"],
    ),
    (
        "Johnson & Johnson and Bill de Blasio agreed.",
        None,
        ["Johnson"],
        ["agreed"],
        ["Johnson & Johnson", "Bill de Blasio"],
    ),
    (
        "According to Acme, sales will rise. Said Lee: yes.",
        None,
        ["According", "Said"],
        ["According", "Said"],
        ["According", "Acme", "Said Lee"],
    ),
    (
        "Lee said.Karim al-Tamimi left Acme.com, al-Tamimi said.",  # a stop's space lost; a particle's name
        ["Lee", "said", ".", "Karim", "al-Tamimi", "left", "Acme.com", ",", "al-Tamimi", "said", "."],
        ["Lee", "Karim"],
        ["said", "said"],
        ["Lee", "Karim al-Tamimi", "Acme.com", "al-Tamimi"],
    ),
    (
        "Ann Lee of Acme smiled -- and left.",
        ["Ann", "Lee", "of", "Acme", "smiled", "--", "and", "left", "."],
        ["Ann"],
        [],
        ["Ann Lee", "Acme"],
    ),
]


@pytest.mark.parametrize(("text", "words", "sentences", "cues", "runs"), TOKENS)
def test_one_pass_reads_words_sentences_cues_and_runs(
    text: str, words: list[str] | None, sentences: list[str], cues: list[str], runs: list[str]
) -> None:
    narration = read_tokens((text,))
    if words is not None:
        assert list(narration.words) == words
    assert [narration.words[i] for i in narration.sentence_first] == sentences
    assert [narration.words[i] for i in narration.verbs] == cues
    assert [" ".join(narration.words[a:b]) for a, b in narration.runs] == runs


def test_paragraphs_bound_sentences_and_runs() -> None:
    narration = read_tokens(("It rose in London", "Paris fell"))
    assert narration.paragraph_first == (0, 4, 6)
    assert [narration.words[a:b] for a, b in narration.runs] == [("It",), ("London",), ("Paris",)]
    assert narration.paragraph_of(4) == 1
    assert narration.sentence_of(5) == (4, 6)


def test_quotations_are_found_in_order_as_placeholders() -> None:
    narration = read_tokens(("\x00\x00\x00, said Lee. \x01\x01.", "\x00\x00 he said"), 3)
    assert [narration.words[q][0] for q in narration.quotes] == ["\x00", "\x01", "\x00"]
    assert narration.is_quote(narration.quotes[1])
    assert not narration.is_quote(1)


def test_a_sentence_without_full_stops_reaches_a_bounded_number_of_tokens() -> None:
    narration = read_tokens(("word " * 1000,))
    first, last = narration.sentence_of(500)
    assert (first, last) == (500 - SENTENCE_REACH, 500 + SENTENCE_REACH + 1)


@given(st.lists(st.text(alphabet="aB .,:\x00\x01\"'&-", max_size=60), max_size=4))
def test_tokens_are_the_text_less_its_white_space(texts: list[str]) -> None:
    narration = read_tokens(texts, 0)
    assert "".join(narration.words) == "".join("".join(t.split()) for t in texts)
    assert list(narration.sentence_first) == sorted(set(narration.sentence_first))
    assert all(0 <= a < b <= len(narration.words) for a, b in narration.runs)


@example("Ann_ said, U.S. rose -- Partners' Ann\u00a0Lee\x00\x00. x_y é. 5.5%")
@example("The partners' shares rose, the partners'\tAnn Lee said")  # no possessive before a name after one space
@given(st.text(alphabet="aAsS1é_ .,:'’&-\n\t\u00a0\x00\x01\x02", max_size=40))
def test_words_read_alone_are_the_tokens_the_pattern_finds_in_the_whole_text(text: str) -> None:
    assert _tokens(text) == _TOKEN.findall(text)
