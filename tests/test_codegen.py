"""The emitter that every generated function (check, hooks, writer) is written through."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsmodel._codegen import GENERATED, Emitter
from newsmodel.models import Article, Dateline
from newsmodel.serialization import converter


def test_blocks_indent_the_lines_inside_them_and_names_stand_for_their_objects() -> None:
    out = Emitter("clamp", "x")
    with out.block(f"if x > {out.bind('top', 10)}:"):
        out.line("return top")
    out.line("return x")
    clamp = out.build()
    assert (clamp(3), clamp(12)) == (3, 10)
    assert out.lines == ["def clamp(x):", "    if x > top:", "        return top", "    return x"]


def test_a_name_stands_for_one_object() -> None:
    out = Emitter("f", "")
    marker = object()
    assert out.bind("marker", marker) == out.bind("marker", marker) == "marker"
    with pytest.raises(ValueError, match="'marker' is bound to another object"):
        out.bind("marker", object())


def test_the_generated_source_is_named_after_its_function_in_tracebacks() -> None:
    out = Emitter("fails", "")
    out.line("return 1 / 0")
    with pytest.raises(ZeroDivisionError) as caught:
        out.build()()
    assert caught.traceback[-1].frame.code.path == "<newsmodel: fails>"


def test_the_converter_s_model_hooks_are_marked_as_generated() -> None:
    for cls in (Article, Dateline):
        assert getattr(converter.get_structure_hook(cls), GENERATED, False)
        assert getattr(converter.get_unstructure_hook(cls), GENERATED, False)
    assert not getattr(converter.get_structure_hook(int), GENERATED, False)


def test_the_models_load_neither_cattrs_nor_json() -> None:
    """The models' checks come from the same generator module as the JSON hooks, without their imports."""
    code = "import sys, newsmodel.models; print(*sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout.split()
    assert "newsmodel._codegen" in loaded
    assert [name for name in loaded if name.split(".")[0] in {"cattrs", "json", "newsmodel"}] == [
        "newsmodel", "newsmodel._codegen", "newsmodel._shapes", "newsmodel.errors", "newsmodel.models"
    ]
