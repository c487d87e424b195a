"""The shared corpus of real articles, where it sits beside the repository (CI may not have it)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newsmodel import Article, parse_article

_ROOT = Path(__file__).resolve().parents[1]
_PLACES = (_ROOT / ".." / "shared" / "corpus", _ROOT / ".." / ".." / "shared" / "corpus")

#: The corpus folder, or ``None`` where there is none.
CORPUS: Path | None = next((place for place in _PLACES if place.is_dir()), None)

#: Marks a test that reads the corpus: skipped where there is none.
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not beside the repository")


@cache
def corpus_articles() -> tuple[tuple[str, Article], ...]:
    """Every ``*.txt`` story of the corpus, parsed: (file name, article)."""
    assert CORPUS is not None
    paths = sorted(CORPUS.rglob("*.txt"))
    return tuple((path.name, parse_article(path.read_text(encoding="utf-8"))) for path in paths)
