"""Every module imports, and every pattern compiles, on the running Python.

The package declares Python 3.10 to 3.13; the standard library's ``re`` has
possessive quantifiers and atomic groups only from 3.11, and neither mypy nor
ruff reads regular expressions. So the patterns are found by walking the
modules (their globals, the tables in them and the classes they define),
compiled again, and the ``re`` ones checked for the syntax 3.10 lacks.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
import regex

import newsmodel

_PATTERN_TYPES = (re.Pattern, regex.Pattern)
# The opcodes of ``re`` syntax Python 3.10 cannot compile.
_NEWER_OPCODES = frozenset({"POSSESSIVE_REPEAT", "ATOMIC_GROUP"})


def _modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel.")]
    return [newsmodel, *(importlib.import_module(name) for name in sorted(names))]


def _patterns_in(value: object, seen: set[int]) -> Iterator[re.Pattern[str] | re.Pattern[bytes]]:
    """The compiled patterns in a value, through containers and classes."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, _PATTERN_TYPES):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, seen)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _patterns_in(item, seen)
    elif isinstance(value, type) and value.__module__.startswith("newsmodel"):
        for item in vars(value).values():
            yield from _patterns_in(item, seen)


def _all_patterns() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    seen: set[int] = set()
    return [
        pattern
        for module in _modules()
        for value in list(vars(module).values())
        if not isinstance(value, ModuleType)
        for pattern in _patterns_in(value, seen)
    ]


def _opcodes(parsed: object) -> Iterator[str]:
    """The names of every opcode in a tree that ``re``'s parser gave."""
    for item in parsed:  # type: ignore[attr-defined]
        if isinstance(item, tuple | list):
            yield from _opcodes(item)
        elif hasattr(item, "data"):  # a SubPattern
            yield from _opcodes(item.data)
        elif type(item).__name__ == "_NamedIntConstant":
            yield str(item)


def test_every_module_imports_on_this_python() -> None:
    assert len(_modules()) > 40


def test_every_pattern_compiles_on_this_python() -> None:
    patterns = _all_patterns()
    assert len(patterns) > 60, "the walk found too few patterns to be looking in the right places"
    for pattern in patterns:
        module = regex if isinstance(pattern, regex.Pattern) else re
        assert module.compile(pattern.pattern, pattern.flags).pattern == pattern.pattern


@pytest.mark.skipif(sys.version_info < (3, 11), reason="3.10 compiles the patterns above, which is the check itself")
def test_standard_library_patterns_use_no_syntax_newer_than_python_3_10() -> None:
    from re import _parser  # type: ignore[attr-defined]

    offending = {
        pattern.pattern: sorted(_NEWER_OPCODES & set(_opcodes(_parser.parse(pattern.pattern, pattern.flags))))
        for pattern in _all_patterns()
        if isinstance(pattern, re.Pattern)
    }
    assert {text: ops for text, ops in offending.items() if ops} == {}


def test_the_syntax_check_sees_possessive_quantifiers() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("Python 3.10's re cannot parse them at all")
    from re import _parser  # type: ignore[attr-defined]

    assert "POSSESSIVE_REPEAT" in set(_opcodes(_parser.parse(r"\w++", 0)))
    assert "ATOMIC_GROUP" in set(_opcodes(_parser.parse(r"(?>a|b)", 0)))
