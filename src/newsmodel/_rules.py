"""What each field of a model accepts, read off its attrs declaration, and one check per class.

A field's *shape* comes from its type annotation (``str``, ``int``, ``bool``,
``X | None``, ``tuple[X, ...]``, a ``Literal`` of strings, another attrs
class) and its constraints from its attrs validators (``ge``/``le``/``gt``/
``lt``, ``in_``, ``matches_re``, ``min_len``/``max_len``, ``deep_iterable``,
``optional``, lists and ``and_`` of them, and :data:`not_blank`). The same
rules drive three things, so that they cannot drift apart:

- :func:`fuse_validators`, an attrs field transformer that replaces a class's
  per-field validators by one generated function that checks every field
  (stricter than ``instance_of``: ``True`` is no integer);
- the JSON structure and unstructure hooks of :mod:`newsmodel.serialization`;
- the JSON Schema of :mod:`newsmodel.schema`.

A validator this module does not know is kept and called as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from types import NoneType, UnionType
from typing import Any, Literal, Union, get_args, get_origin

import attrs
from attrs import NOTHING, Attribute, frozen
from attrs import validators as v

from .errors import ValidationError

__all__ = ["FieldRule", "Shape", "field_rules", "fuse_validators", "not_blank"]

# attrs' validator classes, found through public factories rather than private names.
_INSTANCE_OF = type(v.instance_of(object))
_OPTIONAL = type(v.optional(v.instance_of(object)))
_AND: type = type(v.and_())
_DEEP_ITERABLE = type(v.deep_iterable(v.instance_of(object)))
_NUMBER = type(v.ge(0))
_IN: type = type(v.in_(()))
_MATCHES_RE = type(v.matches_re(""))
_MIN_LEN: type = type(v.min_len(0))
_MAX_LEN: type = type(v.max_len(0))

_SCALARS = (str, int, bool)

Location = tuple[str | int, ...]


def not_blank(_instance: object, attribute: Attribute[Any], value: str) -> None:
    """attrs validator: the string holds more than white space."""
    if not value or value.isspace():
        raise ValidationError.expected("a non-blank string", value, attribute.name)


@frozen
class Shape:
    """What one value must be, and the constraints on it.

    ``type`` is ``str``, ``int``, ``bool``, ``tuple`` (then ``item`` is the
    shape of the elements), an attrs class, or ``object`` where the
    annotation says nothing this module can check.
    """

    type: type
    item: Shape | None = None
    optional: bool = False
    nonblank: bool = False
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None
    pattern: re.Pattern[str] | None = None
    min_length: int | None = None
    max_length: int | None = None

    @property
    def known(self) -> bool:
        """Whether the shape says what the value is (else only the field's own validators do)."""
        return self.type is not object and (self.item is None or self.item.known)

    def describe(self) -> str:
        """What the shape accepts, in words: "an integer >= 0", "a tuple of strings or None"."""
        text = self.noun()
        return f"{text} or None" if self.optional else text

    def noun(self, plural: bool = False) -> str:
        """The values of this shape as a noun phrase, leaving out the optional ``None``."""
        if self.type is tuple and self.item is not None:
            text = ("tuples of " if plural else "a tuple of ") + self.item.noun(plural=True)
            return text + (f" (at least {self.min_length})" if self.min_length else "")
        if self.choices is not None:
            return ("values among " if plural else "one of ") + ", ".join(repr(c) for c in self.choices)
        if self.type is str:
            text = "non-blank string" if self.nonblank else "string"
            text = f"{text}s" if plural else f"a {text}"
            return text + (f" matching {self.pattern.pattern!r}" if self.pattern is not None else "")
        if self.type is int:
            bounds = [f">= {self.minimum}"] if self.minimum is not None else []
            bounds += [f"<= {self.maximum}"] if self.maximum is not None else []
            return " ".join(["integers" if plural else "an integer", " and ".join(bounds)]).strip()
        if self.type is bool:
            return "booleans" if plural else "a boolean"
        if attrs.has(self.type):
            return f"{self.type.__name__} objects" if plural else f"a {self.type.__name__}"
        return "valid values" if plural else "a valid value"


@frozen
class FieldRule:
    """One field of a model: its name, its shape, its default and the validators kept as they are."""

    name: str
    shape: Shape
    required: bool
    default: Any
    attribute: Attribute[Any]
    others: tuple[Callable[..., Any], ...] = ()


# -- reading the rules off a class ---------------------------------------------------


def field_rules(cls: type) -> tuple[FieldRule, ...]:
    """The rules of every field of the attrs class ``cls``, in field order."""
    for attribute in attrs.fields(cls):
        rules: tuple[FieldRule, ...] | None = getattr(attribute.validator, "rules", None)
        if rules is not None:
            return rules
    return _derive(cls, list(attrs.fields(cls)))


def _derive(cls: type, fields: Sequence[Attribute[Any]]) -> tuple[FieldRule, ...]:
    module = sys.modules.get(cls.__module__)
    namespace = {**vars(module), **vars(cls)} if module is not None else dict(vars(cls))
    rules = []
    for attribute in fields:
        annotation = attribute.type
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, namespace)
            except Exception:  # an annotation that names nothing known gives no shape
                annotation = None
        shape, others = _shape(annotation, attribute.validator)
        rules.append(
            FieldRule(
                name=attribute.name,
                shape=shape,
                required=attribute.default is NOTHING,
                default=attribute.default,
                attribute=attribute,
                others=tuple(others),
            )
        )
    return tuple(rules)


def _shape(annotation: Any, validator: Any) -> tuple[Shape, list[Callable[..., Any]]]:
    """The shape of a field from its annotation, narrowed by its validators."""
    found: dict[str, Any] = {}
    item: dict[str, Any] = {}
    others: list[Callable[..., Any]] = []
    _read(validator, found, item, others)
    shape = _from_annotation(annotation)
    if shape.type is object and annotation is None:
        shape = _from_annotation(found.get("instance_of"))
    for where, wanted in ((found, shape), (item, shape.item)):
        kind = where.pop("instance_of", None)
        if kind is not None and (wanted is None or not issubclass(wanted.type, kind)):
            return Shape(object), [validator]
    if item and shape.item is None:
        return Shape(object), [validator]
    if shape.item is not None:
        shape = attrs.evolve(shape, item=attrs.evolve(shape.item, **item))
    return attrs.evolve(shape, **found), others


def _read(validator: Any, found: dict[str, Any], item: dict[str, Any], others: list[Callable[..., Any]]) -> None:
    """Fill ``found`` (the value's constraints) and ``item`` (its elements') from ``validator``."""
    kind = type(validator)
    if validator is None:
        return
    if isinstance(validator, list | tuple):
        for each in validator:
            _read(each, found, item, others)
    elif kind is _AND:
        _read(list(validator._validators), found, item, others)
    elif kind is _OPTIONAL:
        found["optional"] = True
        _read(validator.validator, found, item, others)
    elif kind is _INSTANCE_OF and isinstance(validator.type, type):
        found["instance_of"] = validator.type
    elif kind is _DEEP_ITERABLE:
        _read(validator.member_validator, item, {}, others)
        _read(validator.iterable_validator, found, {}, others)
    elif kind is _NUMBER and type(validator.bound) is int and validator.compare_op in (">=", ">", "<=", "<"):
        if validator.compare_op in (">=", ">"):
            found["minimum"] = validator.bound + (validator.compare_op == ">")
        else:
            found["maximum"] = validator.bound - (validator.compare_op == "<")
    elif kind is _IN and all(isinstance(option, str) for option in validator.options):
        found["choices"] = tuple(sorted(validator.options))
    elif kind is _MATCHES_RE and validator.match_func == validator.pattern.fullmatch:
        found["pattern"] = validator.pattern
    elif kind is _MIN_LEN:
        found["min_length"] = validator.min_length
    elif kind is _MAX_LEN:
        found["max_length"] = validator.max_length
    elif validator is not_blank:
        found["nonblank"] = True
    else:
        others.append(validator)


def _from_annotation(annotation: Any) -> Shape:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, UnionType) and NoneType in args:
        rest = [a for a in args if a is not NoneType]
        inner = _from_annotation(rest[0]) if len(rest) == 1 else Shape(object)
        return attrs.evolve(inner, optional=True)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return Shape(tuple, item=_from_annotation(args[0]))
    if origin is Literal and args and all(isinstance(a, str) for a in args):
        return Shape(str, choices=tuple(sorted(args)))
    if isinstance(annotation, type) and (annotation in _SCALARS or attrs.has(annotation)):
        return Shape(annotation)
    return Shape(object)


# -- one check per class ---------------------------------------------------------------


def fuse_validators(cls: type, fields: list[Attribute[Any]]) -> list[Attribute[Any]]:
    """attrs ``field_transformer``: one generated check of every field in place of one validator per field.

    The check runs where attrs runs validators (after every attribute is set,
    before ``__attrs_post_init__``) and raises :class:`~newsmodel.ValidationError`
    located at the field. Use it as
    ``@frozen(kw_only=True, field_transformer=fuse_validators)``; the classes
    that annotations name must be defined before the class.
    """
    if not fields:
        return fields
    rules = _derive(cls, fields)
    check = _compile_check(cls.__name__, rules)
    bare = [field.evolve(validator=None) for field in fields]
    bare[-1] = bare[-1].evolve(validator=check)
    return bare


def _compile_check(name: str, rules: tuple[FieldRule, ...]) -> Callable[..., None]:
    env: dict[str, Any] = {"_wrap": _wrap}
    lines = [f"def check_{name}(self, _attribute=None, _value=None):"]
    for index, rule in enumerate(rules):
        lines.append(f"    v = self.{rule.name}")
        lines += _emit(rule.shape, "v", repr((rule.name,)), f"f{index}", env, "    ")
        for number, other in enumerate(rule.others):
            validator, attribute = f"f{index}_other{number}", f"f{index}_attribute"
            env[validator], env[attribute] = other, rule.attribute
            lines += [
                "    try:",
                f"        {validator}(self, {attribute}, v)",
                "    except (ValueError, TypeError) as error:",
                f"        raise _wrap(error, {rule.name!r}) from error",
            ]
    check: Callable[..., None] = _exec(lines, env, f"check_{name}")
    check.rules = rules  # type: ignore[attr-defined]
    return check


def _emit(shape: Shape, var: str, location: str, key: str, env: dict[str, Any], pad: str) -> list[str]:
    """Source lines that raise a ValidationError at ``location`` (an expression) where ``var`` breaks ``shape``."""
    env.setdefault("ValidationError", ValidationError)
    env[f"{key}_expected"] = shape.noun()
    fail = f"raise ValidationError.expected({key}_expected, {var}, *{location})"
    lines: list[str] = []
    if shape.optional:
        lines.append(f"{pad}if {var} is not None:")
        pad += "    "
    kind = shape.type
    if kind is str:
        lines.append(f"{pad}if type({var}) is not str and not isinstance({var}, str): {fail}")
        if shape.nonblank:
            lines.append(f"{pad}if not {var} or {var}.isspace(): {fail}")
    elif kind is bool:
        lines.append(f"{pad}if {var} is not True and {var} is not False: {fail}")
    elif kind is int:
        lines.append(
            f"{pad}if type({var}) is not int and (not isinstance({var}, int) or isinstance({var}, bool)): {fail}"
        )
        if shape.minimum is not None:
            lines.append(f"{pad}if {var} < {shape.minimum}: {fail}")
        if shape.maximum is not None:
            lines.append(f"{pad}if {var} > {shape.maximum}: {fail}")
    elif kind is tuple and shape.item is not None:
        lines.append(f"{pad}if type({var}) is not tuple and not isinstance({var}, tuple): {fail}")
        if shape.item.known:
            env[f"{key}_item"] = _compile_item_check(shape.item, f"{key}_item")
            env["_each"] = _check_each
            lines.append(f"{pad}if {var} and ({_suspect(shape.item, var, key, env)}):")
            lines.append(f"{pad}    _each({key}_item, {var}, {location})")
    elif attrs.has(kind):
        env[f"{key}_type"] = kind
        lines.append(f"{pad}if type({var}) is not {key}_type and not isinstance({var}, {key}_type): {fail}")
    if shape.choices is not None:
        env[f"{key}_choices"] = frozenset(shape.choices)
        lines.append(f"{pad}if {var} not in {key}_choices: {fail}")
    if shape.pattern is not None:
        env[f"{key}_match"] = shape.pattern.fullmatch
        lines.append(f"{pad}if {key}_match({var}) is None: {fail}")
    if shape.min_length is not None:
        lines.append(f"{pad}if len({var}) < {shape.min_length}: {fail}")
    if shape.max_length is not None:
        lines.append(f"{pad}if len({var}) > {shape.max_length}: {fail}")
    return lines


def _suspect(item: Shape, var: str, key: str, env: dict[str, Any]) -> str:
    """A test, run in C where it can be, that is true wherever some element may break ``item``."""
    simple = item.type in (str, int) or attrs.has(item.type)
    constrained = (
        item.optional
        or item.choices is not None
        or item.pattern is not None
        or item.minimum is not None
        or item.maximum is not None
        or item.min_length is not None
        or item.max_length is not None
    )
    if not simple or constrained:
        return "True"
    env[f"{key}_types"] = frozenset({item.type})
    test = f"{{*map(type, {var})}} != {key}_types"
    if item.type is str and item.nonblank:
        test += f" or '' in {var} or any(map(str.isspace, {var}))"
    return test


def _compile_item_check(item: Shape, name: str) -> Callable[[object, Location], None]:
    env: dict[str, Any] = {}
    lines = [f"def {name}(x, here):", *_emit(item, "x", "here", "item", env, "    ")]
    check: Callable[[object, Location], None] = _exec(lines, env, name)
    return check


def _check_each(check: Callable[[object, Location], None], items: tuple[object, ...], location: Location) -> None:
    for index, item in enumerate(items):
        check(item, (*location, index))


def _wrap(error: Exception, name: str) -> ValidationError:
    if isinstance(error, ValidationError):
        return error if error.location[:1] == (name,) else error.under(name)
    return ValidationError(str(error) or type(error).__name__, (name,))


def _exec(lines: list[str], env: dict[str, Any], name: str) -> Any:
    namespace: dict[str, Any] = {}
    source = "\n".join([*lines, "    return None"])
    exec(compile(source, f"<newsmodel: {name}>", "exec"), env, namespace)
    return namespace[name]
