"""Nothing lost: every word of the copy lands in a field, and real copy round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import format_article, parse_article
from tests.nothing_lost import lost_words


def _corpus() -> Path | None:
    """The shared corpus beside the repository (or beside its parent), if it is there."""
    root = Path(__file__).resolve().parents[1]
    for base in (root.parent, root.parent.parent):
        folder = base / "shared" / "corpus" / "articles"
        if folder.is_dir():
            return folder
    return None


CORPUS = _corpus()
ARTICLES = sorted(CORPUS.glob("*.txt")) if CORPUS is not None else []
needs_corpus = pytest.mark.skipif(not ARTICLES, reason="the shared corpus is not beside this checkout")

_WIRE_PIECES = [*"ab AB.,;:()-–—/*\"“”'`_\n\t", "\n\n", "By ", "(Reuters) -", "Editing by ", "LONDON", "said ",
                "Keywords: ", "1 / 5", "* ", "contributed to this report.", "Reporting by ", " in ", "—",
                "omaha, ", "Apri 3 ", "4 June ", "****", ", N.J. "]
_WIRE_TEXT = st.lists(st.sampled_from(_WIRE_PIECES), max_size=80).map("".join)


@needs_corpus
def test_no_word_of_the_corpus_is_lost() -> None:
    lost = {path.name: lost_words(text, parse_article(text)) for path in ARTICLES
            for text in [path.read_text(encoding="utf-8")]}
    assert {name: words for name, words in lost.items() if words} == {}


@needs_corpus
def test_corpus_articles_round_trip() -> None:
    failed = []
    for path in ARTICLES:
        article = parse_article(path.read_text(encoding="utf-8"))
        if parse_article(format_article(article)) != article:
            failed.append(path.name)
    assert failed == []


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=300), _WIRE_TEXT))
@example("   ,\n   WASHINGTON (AP) _ Prices rose.")
@example("Shares rose. Keywords: OIL PRICES The senior senator said it would be a long shot.")
@example("By Ann Lee in Paris and Bo Ku in Rome\nLONDON (Reuters) - Shares rose.")
@example("B1 JUL-")  # a day glued to a one-letter word is no dateline
def test_no_word_of_any_text_is_lost(text: str) -> None:
    assert lost_words(text, parse_article(text)) == {}
