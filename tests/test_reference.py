"""The API reference holds every public name, with an example and the exceptions it raises.

The reference is ``docs/reference/*.md``: pages with mkdocstrings directives
(``::: newsmodel.module`` renders every name of the module's ``__all__``,
``::: newsmodel.module.name`` one name). A public module is a module of the
package whose dotted name has no part starting with ``_``; its public names
are its ``__all__``, and it must have one.

Each public function and class needs, in its docstring or in the section of
its page headed ```### `name` ```, an example (a doctest line that names it)
and the exceptions it raises (a line that says "raise", or "Raises:").
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import GenericAlias, ModuleType

import pytest

import newsmodel
import newsmodel.quotes

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: *([\w.]+)", re.MULTILINE)


#: The stages and sieves of the quote pipeline: internal modules without a
#: leading underscore (their examples stay on the quotes page); ``resolve``
#: holds what a sieve's rule is given, and is public.
INTERNAL = frozenset(
    found.name
    for found in pkgutil.walk_packages(newsmodel.quotes.__path__, "newsmodel.quotes.")
    if found.name != "newsmodel.quotes.resolve"
)


def _public_modules() -> dict[str, ModuleType]:
    names = ["newsmodel"] + [
        found.name
        for found in pkgutil.walk_packages(newsmodel.__path__, "newsmodel.")
        if not any(part.startswith("_") for part in found.name.split(".")) and found.name not in INTERNAL
    ]
    return {name: importlib.import_module(name) for name in names}


def test_the_internal_stages_are_the_other_submodules_of_quotes() -> None:
    stages = {found.name for found in pkgutil.walk_packages(newsmodel.quotes.__path__, "newsmodel.quotes.")}
    assert stages - INTERNAL == {"newsmodel.quotes.resolve"}
    assert {"newsmodel.quotes.events", "newsmodel.quotes.sieves"} <= INTERNAL


def _pages() -> dict[str, str]:
    """The page of each directive's target: ``{dotted name: page text}``."""
    pages = {}
    for page in sorted(REFERENCE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for target in DIRECTIVE.findall(text):
            pages[target] = text
    return pages


PAGES = _pages()
MODULES = _public_modules()


def _page_of(module: str, name: str) -> str | None:
    """The page that renders ``module.name``: its own directive, or that of its module or a parent module
    that renders its submodules."""
    if f"{module}.{name}" in PAGES:
        return PAGES[f"{module}.{name}"]
    if module in PAGES:
        return PAGES[module]
    parent = module.rpartition(".")[0]
    if parent in PAGES and "show_submodules: true" in PAGES[parent]:
        return PAGES[parent]
    return None


def _section(page: str, name: str) -> str:
    match = re.search(rf"^### `{re.escape(name)}`\n(.*?)(?=^#|\Z)", page, re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def _public_names() -> list[tuple[str, str]]:
    return [
        (module_name, name)
        for module_name, module in MODULES.items()
        if module_name != "newsmodel"
        for name in getattr(module, "__all__", ())
    ]


def test_every_public_module_says_what_it_exports() -> None:
    assert [name for name, module in MODULES.items() if not hasattr(module, "__all__")] == []


@pytest.mark.parametrize(("module", "name"), _public_names(), ids=lambda value: str(value))
def test_every_public_name_is_in_the_reference(module: str, name: str) -> None:
    assert _page_of(module, name) is not None, f"add `::: {module}` to a page of docs/reference"


@pytest.mark.parametrize("name", newsmodel.__all__)
def test_every_name_of_the_package_is_in_the_reference(name: str) -> None:
    if name == "__version__":
        assert "`newsmodel.__version__`" in (REFERENCE / "index.md").read_text(encoding="utf-8")
        return
    value = getattr(newsmodel, name)
    homes = [m for m, module in MODULES.items() if m != "newsmodel" and getattr(module, name, None) is value
             and name in getattr(module, "__all__", ())]
    assert homes, f"newsmodel.{name} is exported by no public module's __all__"
    assert any(_page_of(home, name) is not None for home in homes)


@pytest.mark.parametrize(("module", "name"), _public_names(), ids=lambda value: str(value))
def test_every_function_and_class_has_an_example_and_its_exceptions(module: str, name: str) -> None:
    value = getattr(MODULES[module], name)
    if isinstance(value, GenericAlias) or not (inspect.isfunction(value) or inspect.isclass(value)):
        return  # data and type aliases: being in the reference is enough
    docstring = inspect.getdoc(value) or ""
    section = _section(_page_of(module, name) or "", name)
    examples = [line for text in (docstring, section) for line in text.splitlines()
                if line.lstrip().startswith((">>>", "...")) and re.search(rf"\b{re.escape(name)}\b", line)]
    assert examples, f"{module}.{name}: no doctest that uses it (docstring, or ### `{name}` on its page)"
    assert re.search(r"\braise", docstring + section, re.IGNORECASE), f"{module}.{name}: say what it raises"


def test_the_reference_names_only_what_exists() -> None:
    for target in PAGES:
        module, _, name = target.rpartition(".")
        assert target in MODULES or (module in MODULES and hasattr(MODULES[module], name)), target
