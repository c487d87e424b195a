"""Where the shared corpus is: next to the repository (or to the folder holding it).

Tests that need it skip cleanly where it is absent, as on a clean checkout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, parse_article

_ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = (_ROOT / ".." / "shared" / "corpus", _ROOT / ".." / ".." / "shared" / "corpus")


def corpus_root() -> Path | None:
    """The corpus folder (holding MANIFEST.jsonl), or None where there is none."""
    for candidate in _CANDIDATES:
        if (candidate / "MANIFEST.jsonl").is_file():
            return candidate.resolve()
    return None


def manifest() -> list[dict[str, Any]]:
    """The manifest's entries; the calling test is skipped where there is no corpus."""
    root = corpus_root()
    if root is None:
        pytest.skip("the shared corpus is not next to this checkout")
    with (root / "MANIFEST.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def texts() -> Iterator[tuple[str, str]]:
    """(id, text) of every corpus article."""
    root = corpus_root()
    for entry in manifest():
        assert root is not None
        yield entry["id"], (root / entry["file"]).read_text(encoding="utf-8")


@cache
def articles() -> tuple[tuple[str, Article], ...]:
    """(id, article) of every corpus article, each parsed once in a test run."""
    return tuple((name, parse_article(text)) for name, text in texts())
