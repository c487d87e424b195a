"""The input formats are one table: sniffing, reading, splitting and ``--from`` derive from its rows.

A new input format costs its module and one row of ``FORMAT_TABLE`` (its
name added to the ``FormatName`` alias): these tests fail where anything
else would have to change too.
"""

from __future__ import annotations

import argparse
import ast
import typing
from pathlib import Path

import pytest

from newsmodel.bulk._tasks import DEFAULT_GLOBS
from newsmodel.cli._options import parser
from newsmodel.formats import FORMAT_TABLE, FORMATS, READERS, SPLIT_FORMATS, FormatName, detect_format

SOURCE = Path(__file__).resolve().parent.parent / "src" / "newsmodel"
TABLE = SOURCE / "formats" / "_table.py"
NAMES = frozenset(row.name for row in FORMAT_TABLE)


def _parse_action(dest: str) -> argparse.Action:
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.Action = next(action for action in commands.choices["parse"]._actions if action.dest == dest)
    return found


def test_the_format_names_are_the_rows_in_order() -> None:
    assert typing.get_args(FormatName) == tuple(row.name for row in FORMAT_TABLE) == FORMATS


def test_every_forcible_row_is_a_choice_of_from_with_its_title_in_the_help() -> None:
    action = _parse_action("from_format")
    assert tuple(action.choices or ()) == tuple(row.name for row in FORMAT_TABLE if row.forcible)
    for row in FORMAT_TABLE:
        assert (f"{row.name} ({row.title})" in (action.help or "")) is row.forcible
    description = next(
        a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)
    ).choices["parse"].description or ""
    assert all(row.title in description for row in FORMAT_TABLE)


def test_readers_splitters_and_globs_are_the_rows() -> None:
    assert {row.name: row.read for row in FORMAT_TABLE if row.forcible} == READERS
    assert tuple(row.name for row in FORMAT_TABLE if row.split is not None) == SPLIT_FORMATS
    assert set(DEFAULT_GLOBS) == {glob for row in FORMAT_TABLE for glob in row.globs}


@pytest.mark.parametrize("row", FORMAT_TABLE, ids=lambda row: row.name)
def test_a_name_claims_an_undecided_head_for_its_row_alone(row: typing.Any) -> None:
    for extension in row.extensions:
        assert detect_format(b"<!-- a comment longer than the head", f"story{extension}") == row.name


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(SOURCE.rglob("*.py"))]


def _is_format(node: ast.expr) -> bool:
    """Whether an operand names a format: ``format``, ``format_``, ``story.format``, ``chosen``."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return "format" in name or name == "chosen"


def test_no_module_compares_a_format_name_outside_the_table() -> None:
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare) or not any(map(_is_format, (node.left, *node.comparators))):
                continue
            constants = [
                inner.value for side in (node.left, *node.comparators) for inner in ast.walk(side)
                if isinstance(inner, ast.Constant) and inner.value in NAMES
            ]
            if constants:
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno} {constants}")
    assert found == []


def test_sniff_read_and_split_functions_are_reached_only_through_the_table() -> None:
    owners = {row.sniff.__module__ for row in FORMAT_TABLE}
    wired = {
        function.__name__
        for row in FORMAT_TABLE
        for function in (row.sniff, row.read, *((row.split.cut, row.split.read) if row.split else ()))
    }
    modules = {owner.rsplit(".", 1)[-1] for owner in owners}
    modules = {owner.rsplit(".", 1)[-1] for owner in owners}
    found = []
    for path, tree in _modules():
        module = "newsmodel." + ".".join(path.relative_to(SOURCE).with_suffix("").parts)
        if path == TABLE or module in owners:
            continue
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                name = node.attr  # "text.read_text", not a method of another object ("path.read_text()")
            if name in wired:
                found.append(f"{path.relative_to(SOURCE)}:{getattr(node, 'lineno', 0)} {name}")
    assert found == []
