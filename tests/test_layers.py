"""The layers of the package, from its imports (read with ``ast``, not run).

The library (models, parsers, formats, quotes, serialization, ...) never
imports the corpus wing (``bulk`` and ``cli``); ``formats`` never imports
``bulk``; the quote pipeline never imports the article parser that calls
it; and no module, nor package, imports one that imports it back. Imports
under ``if TYPE_CHECKING:`` are for the type checker alone and do not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "newsmodel"

#: The corpus wing: what reads inputs in bulk and the command line tool over it.
WING = frozenset({"newsmodel.bulk", "newsmodel.cli", "newsmodel.__main__"})


def _name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` but those under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and _is_type_checking(child):
            yield from (node for orelse in child.orelse for node in (orelse, *_nodes(orelse)))
            continue
        yield child
        yield from _nodes(child)


@cache
def imports(module: str) -> frozenset[str]:
    """The modules of newsmodel that ``module`` imports, wherever in it (a function's body too)."""
    path = _modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # "from . import markup": the submodule, where it is one
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in _modules() else base)
    return frozenset(name for name in found if name in _modules() and name != module)


def _unit(module: str) -> str:
    """The module's unit: its package or module right under ``newsmodel``."""
    return ".".join(module.split(".")[:2])


def _units() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module in _modules():
        if module == "newsmodel":
            continue  # the root names the public API, imported on first use
        graph.setdefault(_unit(module), set()).update(
            _unit(found) for found in imports(module) if _unit(found) not in (_unit(module), "newsmodel")
        )
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph``, or ``None``."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_imports_are_read() -> None:
    assert "newsmodel.formats._records" in imports("newsmodel.bulk")
    assert "newsmodel.formats.markup" in imports("newsmodel.formats._table")
    assert "newsmodel.formats.story" not in imports("newsmodel.formats._records")  # for the type checker alone


@pytest.mark.parametrize("module", sorted(name for name in _modules() if _unit(name) not in WING))
def test_the_library_never_imports_the_corpus_wing(module: str) -> None:
    assert {_unit(found) for found in imports(module)} & WING == set()


def test_formats_never_imports_bulk() -> None:
    found = {m: imports(m) for m in _modules() if _unit(m) == "newsmodel.formats"}
    assert {m: sorted(i) for m, i in found.items() if any(_unit(one) == "newsmodel.bulk" for one in i)} == {}


def test_quotes_never_imports_article() -> None:
    found = {m: imports(m) for m in _modules() if _unit(m) == "newsmodel.quotes"}
    assert {m: sorted(i) for m, i in found.items() if "newsmodel.article" in i} == {}


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycle({module: set(imports(module)) for module in _modules()}) is None


def test_no_package_imports_one_that_imports_it_back() -> None:
    assert _cycle(_units()) is None


def test_a_cycle_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
