"""The lexicon's rows, and the sets of words drawn from them.

``data/lexicon-sets.json`` holds the sets as they stood before verbs and
agencies became rows: the rows must give them back word for word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmodel.lexicon import agencies, verbs

SETS = json.loads((Path(__file__).parent / "data" / "lexicon-sets.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_rows_give_the_sets_they_replace(name: str) -> None:
    module = verbs if name in verbs.__all__ else agencies
    value = getattr(module, name)
    words = sorted(" ".join(pair) for pair in value) if name == "PHRASAL_VERBS" else sorted(value)
    assert words == SETS[name]


def test_a_verb_is_one_row_for_each_role() -> None:
    keys = [verb.key for verb in verbs.VERBS]
    assert len(keys) == len(set(keys))
    ask = {verb.kind: verb for verb in verbs.VERBS if verb.lemma == "ask"}
    assert set(ask) == {"reporting", "asking"}
    assert "asked" in ask["reporting"].inverted
    assert "asking" in ask["reporting"].participles


def test_an_agency_is_one_row_with_its_house_style() -> None:
    keys = [row.key for row in agencies.AGENCY_ROWS]
    assert len(keys) == len(set(keys))
    reuters = next(row for row in agencies.AGENCY_ROWS if row.key == "reuters")
    assert "reuter" in reuters.names
    assert reuters.messaging == ("Reuters Messaging",)
    assert "REUTERS" in reuters.photo_credits
