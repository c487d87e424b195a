"""Field rules read off attrs declarations, and the one generated check per class."""

from __future__ import annotations

from typing import Literal

import attrs
import pytest
from attrs import field, frozen
from attrs.validators import deep_iterable, ge, in_, instance_of, lt, matches_re, max_len, optional

from newsmodel._codegen import fuse_validators
from newsmodel._shapes import Shape, field_rules, not_blank
from newsmodel.errors import ValidationError


def _even(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value % 2:
        raise ValueError(f"{attribute.name} must be even")


@frozen(kw_only=True, field_transformer=fuse_validators)
class Part:
    label: str = field(validator=[instance_of(str), not_blank])


@frozen(kw_only=True, field_transformer=fuse_validators)
class Toy:
    name: str = field(validator=[instance_of(str), not_blank, max_len(10)])  # type: ignore[arg-type]
    count: int = field(default=0, validator=[instance_of(int), ge(0), lt(10), _even])
    tags: tuple[str, ...] = field(default=(), validator=deep_iterable(not_blank, instance_of(tuple)))
    sizes: tuple[int, ...] = field(default=(), validator=deep_iterable(ge(1)))
    kind: Literal["a", "b"] = "a"
    mode: str = field(default="on", validator=in_({"on", "off"}))
    code: str | None = field(default=None, validator=optional(matches_re(r"[A-Z]{2}")))
    flag: bool = False
    part: Part | None = None
    parts: tuple[Part, ...] = ()


@attrs.define
class Plain:
    """A class with per-field validators, as attrs runs them."""

    count: int = field(validator=[instance_of(int), ge(1)])
    note: str | None = None


TOY_SHAPES = {
    "name": Shape(str, nonblank=True, max_length=10),
    "count": Shape(int, minimum=0, maximum=9),
    "tags": Shape(tuple, item=Shape(str, nonblank=True)),
    "sizes": Shape(tuple, item=Shape(int, minimum=1)),
    "kind": Shape(str, choices=("a", "b")),
    "mode": Shape(str, choices=("off", "on")),
    "code": Shape(str, optional=True, pattern=matches_re(r"[A-Z]{2}").pattern),  # type: ignore[attr-defined]
    "flag": Shape(bool),
    "part": Shape(Part, optional=True),
    "parts": Shape(tuple, item=Shape(Part)),
}


def test_rules_are_read_off_annotations_and_validators() -> None:
    rules = {rule.name: rule for rule in field_rules(Toy)}
    assert {name: rule.shape for name, rule in rules.items()} == TOY_SHAPES
    assert rules["count"].others == (_even,)
    assert [name for name, rule in rules.items() if rule.required] == ["name"]
    assert rules["tags"].shape.describe() == "a tuple of non-blank strings"
    assert rules["code"].shape.describe() == "a string matching '[A-Z]{2}' or None"


def test_rules_of_a_class_that_keeps_its_validators() -> None:
    count, note = field_rules(Plain)
    assert count.shape == Shape(int, minimum=1)
    assert note.shape == Shape(str, optional=True)
    with pytest.raises(ValueError, match="must be >= 1"):
        Plain(count=0)


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"name": " "}, "name", "a non-blank string, got ' '"),
        ({"name": "x" * 11}, "name", "got 'xxxxxxxxxxx'"),
        ({"count": True}, "count", "an integer >= 0 and <= 9, got True (bool)"),
        ({"count": 10}, "count", "<= 9"),
        ({"count": 3}, "count", "count must be even"),
        ({"tags": ("a", "")}, "tags[1]", "a non-blank string"),
        ({"tags": ["a"]}, "tags", "a tuple of non-blank strings"),
        ({"sizes": (1, 0)}, "sizes[1]", "an integer >= 1, got 0"),
        ({"sizes": (1, False)}, "sizes[1]", "got False"),
        ({"kind": "c"}, "kind", "one of 'a', 'b'"),
        ({"mode": "auto"}, "mode", "one of 'off', 'on'"),
        ({"code": "abc"}, "code", "matching '[A-Z]{2}'"),
        ({"flag": 1}, "flag", "a boolean, got 1 (int)"),
        ({"part": "x"}, "part", "a Part, got 'x' (str)"),
        ({"parts": (Part(label="a"), "b")}, "parts[1]", "a Part"),
    ],
)
def test_the_generated_check_names_the_field_and_what_it_expected(changes: dict[str, object], path: str,
                                                                  words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Toy(**{"name": "toy", **changes})  # type: ignore[arg-type]
    assert caught.value.path == path
    assert words in str(caught.value)


def test_good_values_pass_and_subclasses_are_welcome() -> None:
    class Name(str):
        pass

    toy = Toy(name=Name("toy"), count=4, tags=("a",), sizes=(1, 2), kind="b", mode="off", code="GB", flag=True,
              part=Part(label="p"), parts=(Part(label="q"),))
    assert toy.name == "toy"
    assert attrs.evolve(toy, count=8).count == 8
    attrs.validate(toy)


def test_one_validator_stands_for_the_class() -> None:
    validators = [a.validator for a in attrs.fields(Toy)]
    assert validators[:-1] == [None] * (len(validators) - 1)
    assert getattr(validators[-1], "rules", None) == field_rules(Toy)
