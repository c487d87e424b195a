"""``import newsmodel`` is cheap: the public names are imported on first use,
each from its module, and ``newsmodel --version`` imports neither the parsers
nor the command line tool. ``benchmarks/import_time.py`` measures the time."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsmodel
from newsmodel.__main__ import VERSION


def _run(*arguments: str) -> str:
    return subprocess.run([sys.executable, *arguments], capture_output=True, check=True, text=True).stdout


def test_import_newsmodel_imports_no_part_of_it_nor_its_dependencies() -> None:
    loaded = _run("-c", "import sys, newsmodel; print(*sorted(sys.modules))").split()
    assert [name for name in loaded if name.startswith(("newsmodel", "attr", "cattrs", "regex"))] == ["newsmodel"]


def test_version_imports_neither_the_tool_nor_the_parsers() -> None:
    code = "import sys; from newsmodel.__main__ import main; main(['--version']); print(*sorted(sys.modules))"
    printed, loaded = _run("-c", code).split("\n", 1)
    assert printed == VERSION
    assert [name for name in loaded.split() if name.startswith("newsmodel")] == ["newsmodel", "newsmodel.__main__"]


def test_version_is_what_the_tool_itself_prints(capsys: pytest.CaptureFixture[str]) -> None:
    from newsmodel.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == VERSION + "\n"
    assert _run("-m", "newsmodel", "--version") == VERSION + "\n"


@pytest.mark.parametrize("name", sorted(set(newsmodel.__all__) - {"__version__"}))
def test_every_public_name_is_its_module_s_own(name: str) -> None:
    home = importlib.import_module(f"newsmodel.{newsmodel._HOMES[name]}")
    assert getattr(newsmodel, name) is getattr(home, name)
    assert name in dir(newsmodel)


def test_the_table_of_homes_is_the_public_names() -> None:
    assert set(newsmodel._HOMES) == set(newsmodel.__all__) - {"__version__"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_articles'"):
        newsmodel.parse_articles  # type: ignore[attr-defined]  # noqa: B018
