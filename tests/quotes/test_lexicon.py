"""The word lists the quote stages read: their invariants, kept apart from the algorithm."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsmodel.lexicon
from newsmodel.lexicon import names, organisations, sources, titles, verbs

SRC = Path(newsmodel.lexicon.__file__).resolve().parents[1]


def test_verb_classes_are_apart_and_inverted_verbs_are_verbs_of_saying() -> None:
    assert verbs.INVERTED_VERBS <= verbs.REPORTING_VERBS | verbs.ADJACENT_VERBS
    assert not verbs.REPORTING_VERBS & verbs.ADJACENT_VERBS
    assert {verb for verb, _ in verbs.PHRASAL_VERBS} <= verbs.CUE_WORDS
    assert verbs.INTRANSITIVE_VERBS <= verbs.REPORTING_VERBS
    assert verbs.QUOTING_VERBS <= verbs.CUE_WORDS
    assert verbs.NOUN_FORMS <= verbs.CUE_WORDS  # the nouns that gate a cue are cue words
    assert not verbs.REPORTING_VERBS & verbs.DESCRIBING_VERBS
    assert not verbs.REPORTING_VERBS & verbs.COGNITION_VERBS
    assert not verbs.DESCRIBING_VERBS & verbs.COGNITION_VERBS
    assert all(p.endswith("ing") for p in verbs.PARTICIPLES)
    assert verbs.CUE_WORDS >= verbs.REPORTING_VERBS | verbs.DESCRIBING_VERBS | verbs.PARTICIPLES


def test_source_nouns_nest_as_the_reader_expects() -> None:
    # a spokesperson or an anonymous source is a person; a document is not
    assert sources.SPOKESPERSON_NOUNS <= sources.PERSON_NOUNS
    assert sources.ANONYMOUS_NOUNS <= sources.PERSON_NOUNS
    assert not sources.DOCUMENT_NOUNS & sources.PERSON_NOUNS
    assert not sources.BODY_NOUNS & sources.PERSON_NOUNS
    # a description is read back to its determiner: the unnamed ones among them
    assert sources.UNNAMED_DETERMINERS <= sources.DETERMINERS
    assert sources.CLAUSE_WORDS <= sources.PHRASE_BREAKS
    assert sources.AUXILIARIES <= sources.PHRASE_BREAKS


def test_organisation_nouns_gather_business_and_public_ones_and_no_person() -> None:
    assert organisations.BUSINESS_NOUNS | organisations.PUBLIC_NOUNS <= organisations.ORGANISATION_NOUNS
    assert not organisations.ORGANISATION_NOUNS & sources.PERSON_NOUNS
    assert not organisations.ORGANISATION_NOUNS & sources.DOCUMENT_NOUNS


def test_names_lists_agree() -> None:
    assert not names.MALE_FIRST_NAMES & names.FEMALE_FIRST_NAMES
    assert all(n[:1].isupper() for n in names.MALE_FIRST_NAMES | names.FEMALE_FIRST_NAMES)
    assert all(key == key.lower() for key in names.HONORIFICS)
    assert set(names.HONORIFICS.values()) <= {"male", "female", None}
    assert not any(a.endswith(".") for a in names.ABBREVIATIONS)
    assert names.OFFICE_TITLES <= titles.SPEAKER_TITLE_WORDS


@pytest.mark.parametrize(
    "table",
    [
        verbs.REPORTING_VERBS,
        verbs.DESCRIBING_VERBS,
        verbs.COGNITION_VERBS,
        verbs.PARTICIPLES,
        sources.PERSON_NOUNS,
        sources.DOCUMENT_NOUNS,
        sources.BODY_NOUNS,
        sources.AUXILIARIES,
        organisations.ORGANISATION_NOUNS,
        names.OFFICE_TITLES,
    ],
)
def test_lists_compared_lower_case_hold_lower_case_words(table: frozenset[str]) -> None:
    assert table
    assert all(word == word.lower() and word.strip() == word for word in table)


def _lexicon_names() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for info in pkgutil.iter_modules(newsmodel.lexicon.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"newsmodel.lexicon.{info.name}")
        found.extend((info.name, name) for name in module.__all__)
    return found


@pytest.mark.parametrize(("module", "name"), _lexicon_names())
def test_no_list_is_dead(module: str, name: str) -> None:
    """Every public list of the lexicon is read by a parser or by another list."""
    pattern = re.compile(rf"\b{name}\b")
    own = SRC / "lexicon" / f"{module}.py"
    readers = [path for path in SRC.rglob("*.py") if path != own and pattern.search(path.read_text(encoding="utf-8"))]
    # in its own module, past its definition and its entry in __all__: another list built from it
    readers += [own] * (len(pattern.findall(own.read_text(encoding="utf-8"))) > 3)
    assert readers, f"lexicon.{module}.{name} is read nowhere"
