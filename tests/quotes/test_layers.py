"""The quotes package's layers: each stage imports only the stages before it,
the sieves import stages, and no stage imports a sieve or the package itself."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import newsmodel.quotes

PACKAGE = Path(newsmodel.quotes.__file__).parent

#: The stages in the order they run; a new module of the package goes in its place here.
STAGES = (
    "vocabulary", "marks", "spans", "words", "tokens", "runs", "mentions", "genders", "entities", "owners", "sources",
    "subjects",
    "adverbials", "beside", "sides", "uses", "events", "evidence", "resolve",
)


def _modules() -> dict[str, Path]:
    """Each module of the package by its dotted name under it ("spans", "sieves.adjacent")."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The modules of the package that module ``name`` imports ("" for the package itself)."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    package = [p for p in package if p]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - (node.level - 1)] if node.level - 1 <= len(package) else None
            if base is None:
                continue  # above the package: lexicon, models
            target = [*base, *(node.module.split(".") if node.module else [])]
            for alias in node.names:
                whole = ".".join([*target, alias.name])
                found.add(whole if whole in _modules() else ".".join(target))
    return found


def test_every_module_has_its_layer() -> None:
    for name in _modules():
        assert name in STAGES or name == "" or name == "sieves" or name.startswith("sieves."), name


#: Every module of the package stays under this many lines: one that grows to it
#: is split by what its parts do, into a module placed in :data:`STAGES`.
LINE_LIMIT = 250


def test_every_module_is_under_the_line_limit() -> None:
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    assert {name: n for name, n in lengths.items() if n >= LINE_LIMIT} == {}
    assert lengths["resolve"] > 0  # the modules are read where they are


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_stages_before_it(stage: str) -> None:
    earlier = set(STAGES[: STAGES.index(stage)])
    assert _imports(stage, _modules()[stage]) <= earlier


def test_the_sieves_import_stages_and_sieves_only() -> None:
    sieves = [name for name in _modules() if name.startswith("sieves")]
    assert sieves
    for name in sieves:
        assert _imports(name, _modules()[name]) <= {*STAGES, *sieves}, name


def test_the_layers_are_read_from_the_imports() -> None:
    assert _imports("sieves.adjacent", _modules()["sieves.adjacent"]) >= {"resolve", "spans", "tokens"}
    assert _imports("sieves", _modules()["sieves"]) >= {"resolve", "sieves.adjacent", "sieves.naming"}
    assert _imports("", _modules()[""]) >= {"resolve", "sieves", "spans"}


#: Each stage that reads a layer off the story, and the function that reads it: one verb for all.
ENTRY_POINTS = {
    "marks": "read_marks",
    "spans": "read_spans",
    "tokens": "read_tokens",
    "mentions": "read_mentions",
    "entities": "read_entities",
    "sources": "read_source",
    "subjects": "read_subjects",
    "events": "read_events",
    "evidence": "read_evidence",
    "resolve": "read_evidence",
}


@pytest.mark.parametrize(("stage", "entry"), sorted(ENTRY_POINTS.items()))
def test_each_stage_is_entered_by_one_verb(stage: str, entry: str) -> None:
    module = importlib.import_module(f"newsmodel.quotes.{stage}")
    assert entry in module.__all__
    assert callable(getattr(module, entry))
    others = [name for name in module.__all__ if name.startswith(("find_", "discover", "tokenize", "read_"))]
    assert others == [entry]
