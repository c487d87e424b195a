"""Tags are typed: readings of apparatus and header paragraphs, note kinds, outlet forms.

A comparison of a tag with a string literal is allowed only where the tag is
``Literal``-typed, so that ``mypy --strict`` reports a misspelt one; the
article reader matches a paragraph against the dateline pattern once at any
one position.
"""

from __future__ import annotations

import ast
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any, get_args, get_type_hints

import pytest
import regex

import newsmodel.dateline
from newsmodel import parse_article
from newsmodel.apparatus import ContactLine, KeywordsLine, NoteLine, TrailerLine, classify
from newsmodel.models import Note

SOURCE = Path(newsmodel.dateline.__file__).parent

# Names that hold a tag: a kind, a type, a stage, a label, a state or a role.
TAG_NAMES = frozenset({"kind", "type", "tag", "label", "stage", "state", "form", "role"})
# Code this test does not judge, with the reason.
ALLOWED_PATHS = (
    "ninjs.py",  # ninjs's own "type" and "contenttype" fields, values read from JSON rather than tags
)


def _literal_aliases(trees: list[ast.Module]) -> set[str]:
    """The names bound to a ``Literal[...]`` at the top of a module: ``NoteKind = Literal[...]``."""
    names: set[str] = set()
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and "Literal[" in ast.unparse(node.value):
                names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


def _literal_typed(annotation: ast.expr | None, aliases: set[str]) -> bool:
    if annotation is None:
        return False
    text = ast.unparse(annotation)
    return "Literal[" in text or any(regex.search(rf"\b{alias}\b", text) for alias in aliases)


def _typed_attributes(trees: list[ast.Module], aliases: set[str]) -> set[str]:
    """The attributes a class annotates with a ``Literal`` type: ``kind: NoteKind``, ``tag: Literal["note"]``."""
    return {
        node.target.id
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and _literal_typed(node.annotation, aliases)
    }


def _is_string_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Tuple | ast.Set | ast.List):
        return bool(node.elts) and all(_is_string_literal(element) for element in node.elts)
    return False


def _untyped_comparisons(path: Path, tree: ast.Module, aliases: set[str], attributes: set[str]) -> list[str]:
    """The comparisons of a tag with a string literal where the tag is not ``Literal``-typed."""
    found = []
    functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
    for function in functions:
        typed_names = {
            node.target.id
            for node in ast.walk(function)
            if isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and _literal_typed(node.annotation, aliases)
        }
        arguments = function.args.args + function.args.kwonlyargs
        typed_names |= {arg.arg for arg in arguments if _literal_typed(arg.annotation, aliases)}
        for node in ast.walk(function):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if not any(map(_is_string_literal, sides)):
                continue
            for side in sides:
                untyped = (
                    (isinstance(side, ast.Attribute) and side.attr in TAG_NAMES and side.attr not in attributes)
                    or (isinstance(side, ast.Name) and side.id in TAG_NAMES and side.id not in typed_names)
                    or (
                        isinstance(side, ast.Subscript)
                        and isinstance(side.slice, ast.Constant)
                        and side.slice.value == 0
                        and any(isinstance(s, ast.Constant) and str(s.value).isidentifier() for s in sides)
                    )
                )
                if untyped:
                    found.append(f"{path.relative_to(SOURCE)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_tag_is_compared_with_a_string_unless_it_is_literal_typed() -> None:
    paths = sorted(SOURCE.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    aliases = _literal_aliases(trees)
    attributes = _typed_attributes(trees, aliases)
    assert {"NoteKind", "ApparatusTag"} <= aliases
    assert {"kind", "tag"} <= attributes
    found = [
        line
        for path, tree in zip(paths, trees, strict=True)
        if not str(path.relative_to(SOURCE).as_posix()).startswith(ALLOWED_PATHS)
        for line in _untyped_comparisons(path, tree, aliases, attributes)
    ]
    assert found == []


def test_the_check_finds_an_untyped_tag() -> None:
    tree = ast.parse(
        textwrap.dedent(
            """
            def f(found, note, kind: str):
                return found[0] == "note" or kind in ("contact", "trailer") or note.text == "x"
            """
        )
    )
    found = _untyped_comparisons(SOURCE / "example.py", tree, set(), set())
    assert [line.split(": ", 1)[1] for line in found] == ["found[0] == 'note'", "kind in ('contact', 'trailer')"]


MISSPELT = '''
from newsmodel import Note
from newsmodel.apparatus import NoteLine, classify
from newsmodel.formats import StoryError
from newsmodel.quotes import SIEVES
from newsmodel.quotes.mentions import Mention
from newsmodel.quotes.sources import SourcePhrase

Note(kind="captoin", text="A photo")  # a kind no note has
found = classify("(Adds detail)")
if found is not None and found.tag == "notes":  # a tag classify never gives
    pass
if isinstance(found, NoteLine) and found.note.kind == "refiled":  # a kind no note has
    pass
if SIEVES[0].stage == "namer":  # a stage no sieve has
    pass
Mention(first=0, last=1, name="Ann Lee", kind="persn")  # a kind no name has
SourcePhrase(first=0, last=1, kind="pronun")  # a kind no phrase has
StoryError(type="too-big", message="over the cap")  # a type no error record has
'''


def test_mypy_reports_a_misspelt_tag(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    (tmp_path / "misspelt.py").write_text(MISSPELT, encoding="utf-8")
    report, _, _ = api.run(["--strict", "--no-incremental", "--no-error-summary", str(tmp_path / "misspelt.py")])
    reported = {int(n) for n in regex.findall(r"^.*misspelt\.py:(\d++): error", report, flags=regex.MULTILINE)}
    commented = {number for number, line in enumerate(MISSPELT.splitlines(), 1) if "#" in line}
    assert reported == commented, report


def test_classify_gives_typed_pairs() -> None:
    note = classify("(Adds analyst comment)")
    assert isinstance(note, NoteLine)
    assert note == ("note", Note(kind="editors_note", text="Adds analyst comment"))
    assert isinstance(classify("Keywords: RETAIL WALMART"), KeywordsLine)
    assert isinstance(classify("Tel: +1 646 223 6180"), ContactLine)
    assert isinstance(classify("(c) Copyright Thomson Reuters 2006"), TrailerLine)
    assert classify("Shares rose.") is None


class _Counting:
    """A compiled pattern that counts the calls into it, by the paragraph each call reads
    (known by its first words: a call may read the paragraph cut, or after a space)."""

    def __init__(self, pattern: Any, calls: Counter[str]) -> None:
        self.pattern = pattern
        self.calls = calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)
        if not callable(method):
            return method

        def counted(text: str, *args: Any, **kwargs: Any) -> Any:
            self.calls[text.strip()[:40]] += 1
            return method(text, *args, **kwargs)

        return counted


_LONG_BODY = " ".join(["Shares of the company fell in early trading after it cut its forecast."] * 6)

HEADERS = [
    # a bare note over the byline: the byline and the dateline below are looked at ahead
    "Corrects name in paragraph 3\n\nBy Ann Lee\n\nLONDON (Reuters) - Prices rose.\n",
    "Corrects name in paragraph 3\n\nLONDON (Reuters) - Prices rose.\n",
    "Corrects name in paragraph 3\n\nBy Ann Lee LONDON (Reuters) - Prices rose.\n",
    # a byline over a paragraph that the headline reader tries too
    "By the way NEW YORK (Reuters) - Shares fell.\n",
    # a headline run into the dateline, short and over a long paragraph
    "Acme slides NEW YORK (Reuters) - Shares fell.\n",
    f"Acme slides on weak sales NEW YORK (Reuters) - {_LONG_BODY}\n",
    # a byline with the dateline glued after the names
    "By Ann Lee LONDON (Reuters) - Prices rose.\n",
    "By Susan Kelly CHICAGO  Dec 4 (Reuters) - Sales rose.\n",
    f"Acme slides\n\nBy Ann Lee and Bo Ku WASHINGTON, May 2 (Reuters) - {_LONG_BODY}\n",
    # punctuation glued before the place
    "Acme slides\n\nBy Ann Lee\n\n****LONDON, March 5 - Prices rose.\n",
    "--LONDON (Reuters) - Prices rose.\n",
    "* Futures up (Adds comment)\n\nLONDON (Reuters) - Prices rose.\n",
    # paragraphs read before the dateline: a headline, text held back
    "Acme slides on weak sales\n\nA second line of the headline\n\nNEW YORK (Reuters) - Shares fell.\n",
]


@pytest.mark.parametrize("text", HEADERS)
def test_each_header_paragraph_is_matched_against_the_dateline_pattern_once(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: Counter[str] = Counter()
    for name in ("_DATELINE", "_DATELINE_STARTS"):
        monkeypatch.setattr(newsmodel.dateline, name, _Counting(getattr(newsmodel.dateline, name), calls))
    article = parse_article(text)
    assert article.dateline is not None or article.byline is not None
    assert calls
    assert max(calls.values()) == 1, calls


def test_every_reading_a_state_may_give_has_an_action() -> None:
    """The header table is whole: a reader's reading, in each state that asks it, has an action."""
    from newsmodel import article

    for state, readers in article._READERS.items():
        given = {article._Text}  # what is left is text
        for reader in readers:
            returned = get_type_hints(reader, vars(article))["return"]
            given |= {kind for kind in get_args(returned) if kind is not type(None)}
        assert {kind for (where, kind) in article._ACTIONS if where == state} == given, state


def test_the_error_types_are_one_list_for_the_checker_and_the_run() -> None:
    from newsmodel.formats._errors import ERROR_TYPES, ErrorType

    assert frozenset(get_args(ErrorType)) == ERROR_TYPES
