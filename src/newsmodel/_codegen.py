"""The functions generated per model class from its field shapes: its check, its JSON hooks, its JSON writer.

Each is the Python source of one function, written line by line through an
:class:`Emitter` that also holds the objects the source names, and compiled
once by :meth:`Emitter.build`:

- :func:`fuse_validators`, an attrs field transformer that replaces a class's
  per-field validators by one generated check of every field;
- :func:`structure_hook` and :func:`unstructure_hook`, the cattrs hooks
  that :mod:`newsmodel.serialization` registers on its converters;
- :func:`json_writer`, a model written as compact JSON text without the
  dicts in between.

What the functions check and write comes from :mod:`newsmodel._shapes`;
which classes get them and with which options is the converter's business,
passed in by :mod:`newsmodel.serialization`.

>>> out = Emitter("twice", "x")
>>> out.line(f"return {out.bind('factor', 2)} * x")
>>> out.build()(21)
42
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import nullcontext
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import Attribute

from ._shapes import FieldRule, Location, Shape, derive_rules, field_rules
from .errors import ValidationError

if TYPE_CHECKING:  # the models' checks are generated here too: no cattrs, no json on their import
    from cattrs import Converter

__all__ = [
    "GENERATED",
    "Emitter",
    "fuse_validators",
    "json_writer",
    "structure_hook",
    "unstructure_hook",
]

#: The attribute that marks a hook generated here (its value is ``True``).
GENERATED: Final = "newsmodel"


class Emitter:
    """The source of one function being generated, and the objects its names stand for.

    ``bind`` gives an object a name in the function's globals, ``line`` adds
    a line at the current indentation, ``block`` indents the lines under a
    header, and ``build`` compiles the function and returns it.
    """

    def __init__(self, name: str, parameters: str) -> None:
        self.name = name
        self.env: dict[str, Any] = {}
        self.lines = [f"def {name}({parameters}):"]
        self.pad = "    "

    def bind(self, name: str, value: Any) -> str:
        """Name ``value`` ``name`` in the generated source; return the name."""
        if self.env.setdefault(name, value) is not value:
            raise ValueError(f"{self.name}: the name {name!r} is bound to another object")
        return name

    def line(self, *texts: str) -> None:
        """Add ``texts`` as lines at the current indentation."""
        self.lines += [self.pad + text for text in texts]

    def block(self, header: str) -> _Indented:
        """Add the line ``header`` and indent the lines added inside the ``with``."""
        self.line(header)
        return _Indented(self)

    def build(self) -> Any:
        """The function, compiled from the lines added so far."""
        namespace: dict[str, Any] = {}
        exec(compile("\n".join(self.lines), f"<newsmodel: {self.name}>", "exec"), self.env, namespace)
        return namespace[self.name]


class _Indented:
    """A ``with`` block of generated source: the emitter's lines indented one step more inside it."""

    __slots__ = ("out",)

    def __init__(self, out: Emitter) -> None:
        self.out = out

    def __enter__(self) -> None:
        self.out.pad += "    "

    def __exit__(self, *_exception: object) -> None:
        self.out.pad = self.out.pad[:-4]


def _generated(function: Any) -> Any:
    setattr(function, GENERATED, True)
    return function


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
    rules = derive_rules(cls, fields)
    check = _compile_check(cls.__name__, rules)
    bare = [field.evolve(validator=None) for field in fields]
    bare[-1] = bare[-1].evolve(validator=check)
    return bare


def _compile_check(name: str, rules: tuple[FieldRule, ...]) -> Callable[..., None]:
    out = Emitter(f"check_{name}", "self, _attribute=None, _value=None")
    out.bind("_wrap", _wrap)
    for index, rule in enumerate(rules):
        out.line(f"v = self.{rule.name}")
        _emit_check(out, rule.shape, "v", repr((rule.name,)), f"f{index}")
        attribute = f"f{index}_attribute"
        for number, other in enumerate(rule.others):
            validator = out.bind(f"f{index}_other{number}", other)
            out.bind(attribute, rule.attribute)
            with out.block("try:"):
                out.line(f"{validator}(self, {attribute}, v)")
            with out.block("except (ValueError, TypeError) as error:"):
                out.line(f"raise _wrap(error, {rule.name!r}) from error")
    out.line("return None")
    check: Callable[..., None] = out.build()
    check.rules = rules  # type: ignore[attr-defined]
    return check


def _emit_check(out: Emitter, shape: Shape, var: str, location: str, key: str) -> None:
    """Lines that raise a ValidationError at ``location`` (an expression) where ``var`` breaks ``shape``."""
    out.bind("ValidationError", ValidationError)
    expected = out.bind(f"{key}_expected", shape.noun())
    fail = f"raise ValidationError.expected({expected}, {var}, *{location})"
    kind = shape.type
    with out.block(f"if {var} is not None:") if shape.optional else nullcontext():
        if kind is str:
            out.line(f"if type({var}) is not str and not isinstance({var}, str): {fail}")
            if shape.nonblank:
                out.line(f"if not {var} or {var}.isspace(): {fail}")
        elif kind is bool:
            out.line(f"if {var} is not True and {var} is not False: {fail}")
        elif kind is int:
            out.line(
                f"if type({var}) is not int and (not isinstance({var}, int) or isinstance({var}, bool)): {fail}"
            )
            if shape.minimum is not None:
                out.line(f"if {var} < {shape.minimum}: {fail}")
            if shape.maximum is not None:
                out.line(f"if {var} > {shape.maximum}: {fail}")
        elif kind is tuple and shape.item is not None:
            out.line(f"if type({var}) is not tuple and not isinstance({var}, tuple): {fail}")
            if shape.item.known:
                item = out.bind(f"{key}_item", _compile_item_check(shape.item, f"{key}_item"))
                out.bind("_each", _check_each)
                with out.block(f"if {var} and ({_suspect(out, shape.item, var, key)}):"):
                    out.line(f"_each({item}, {var}, {location})")
        elif attrs.has(kind):
            model = out.bind(f"{key}_type", kind)
            out.line(f"if type({var}) is not {model} and not isinstance({var}, {model}): {fail}")
        if shape.choices is not None:
            out.line(f"if {var} not in {out.bind(f'{key}_choices', frozenset(shape.choices))}: {fail}")
        if shape.pattern is not None:
            out.line(f"if {out.bind(f'{key}_match', shape.pattern.fullmatch)}({var}) is None: {fail}")
        if shape.min_length is not None:
            out.line(f"if len({var}) < {shape.min_length}: {fail}")
        if shape.max_length is not None:
            out.line(f"if len({var}) > {shape.max_length}: {fail}")


def _suspect(out: Emitter, item: Shape, var: str, key: str) -> str:
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
    test = f"{{*map(type, {var})}} != {out.bind(f'{key}_types', frozenset({item.type}))}"
    if item.type is str and item.nonblank:
        test += f" or '' in {var} or any(map(str.isspace, {var}))"
    return test


def _compile_item_check(item: Shape, name: str) -> Callable[[object, Location], None]:
    out = Emitter(name, "x, here")
    _emit_check(out, item, "x", "here", "item")
    out.line("return None")
    check: Callable[[object, Location], None] = out.build()
    return check


def _check_each(check: Callable[[object, Location], None], items: tuple[object, ...], location: Location) -> None:
    for index, item in enumerate(items):
        check(item, (*location, index))


def _wrap(error: Exception, name: str) -> ValidationError:
    if isinstance(error, ValidationError):
        return error if error.location[:1] == (name,) else error.under(name)
    return ValidationError(str(error) or type(error).__name__, (name,))


# -- the structure hook: JSON data in, strict ------------------------------------------


def _json_noun(shape: Shape) -> str:
    if shape.type is tuple and shape.item is not None:
        at_least = f" (at least {shape.min_length})" if shape.min_length else ""
        return f"an array of {shape.item.noun(plural=True)}{at_least}"
    return shape.noun()


def structure_hook(
    cls: type,
    conv: Converter,
    *,
    is_model: Callable[[Any], bool],
    forbid_extra_keys: bool,
    hints: Mapping[str, str],
) -> Callable[[Any, Any], Any]:
    """The structure hook of the attrs class ``cls``: JSON types checked here, values by the class's own check.

    Fields whose type ``is_model`` accepts, or whose shape is unknown, go
    through ``conv``'s hooks. An unknown key is refused where
    ``forbid_extra_keys`` (with the hint of ``hints`` for each of its keys
    the object holds), else dropped.
    """
    rules = field_rules(cls)
    out = Emitter(f"structure_{cls.__name__}", "data, _type=None")
    out.bind("ValidationError", ValidationError)
    out.bind("cls", cls)
    out.bind("fill", _filler(cls, rules, forbid_extra_keys, hints))
    out.bind("locate", _locate)
    names = ", ".join(f"x{index}" for index in range(len(rules)))
    values = ", ".join(f"data[{rule.name!r}]" for rule in rules)
    with out.block("if type(data) is not dict:"):
        out.line(f"raise ValidationError.expected({'an object (' + cls.__name__ + ')'!r}, data)")
    with out.block(f"if len(data) != {len(rules)}:"):
        out.line("data = fill(data)")
    with out.block("try:"):
        out.line(f"{names}, = {values},")
    with out.block("except KeyError:"):
        out.line("data = fill(data)", f"{names}, = {values},")
    for index, rule in enumerate(rules):
        name, shape, var = rule.name, rule.shape, f"x{index}"
        optional = shape.optional and shape.type not in (str, int, bool)
        with out.block(f"if {var} is not None:") if optional else nullcontext():
            if shape.type is tuple and shape.item is not None:
                expected = out.bind(f"expected{index}", _json_noun(shape))
                with out.block(f"if type({var}) is not list and type({var}) is not tuple:"):
                    out.line(f"raise ValidationError.expected({expected}, {var}, {name!r})")
                item = shape.item
                if is_model(item.type) or not item.known:
                    nested = out.bind(f"hook{index}", conv.get_structure_hook(item.type))
                    target = out.bind(f"type{index}", item.type)
                    with out.block("try:"):
                        out.line(f"{var} = tuple([{nested}(each, {target}) for each in {var}])")
                    with out.block("except Exception as error:"):
                        out.line(f"raise locate({nested}, {target}, {var}, {name!r}, error) from None")
                else:
                    out.line(f"{var} = tuple({var})")
            elif is_model(shape.type) or not shape.known:
                annotation = rule.attribute.type if not shape.known else shape.type
                nested = out.bind(f"hook{index}", conv.get_structure_hook(annotation))
                target = out.bind(f"type{index}", annotation)
                with out.block("try:"):
                    out.line(f"{var} = {nested}({var}, {target})")
                with out.block("except Exception as error:"):
                    out.line(f"raise locate({nested}, {target}, [{var}], {name!r}, error, True) from None")
    with out.block("try:"):
        _emit_construct(out, cls, rules)
    with out.block("except ValidationError:"):
        out.line("raise")
    with out.block("except (ValueError, TypeError) as error:"):
        out.line("raise ValidationError(str(error)) from error")
    hook: Callable[[Any, Any], Any] = _generated(out.build())
    return hook


def _emit_construct(out: Emitter, cls: type, rules: tuple[FieldRule, ...]) -> None:
    """Lines that build ``cls`` from ``x0``, ``x1``, ... and return it.

    A slotted attrs class whose ``__init__`` does nothing but set each field,
    validate and call ``__attrs_post_init__`` is built the same way without
    its ``__init__``: each slot set through its descriptor, then the
    validators and the post-init called. Any other class is called.
    """
    fields = attrs.fields(cls)
    init = getattr(vars(cls).get("__init__"), "__code__", None)
    plain = (
        init is not None
        and "attrs generated" in init.co_filename
        and set(getattr(cls, "__slots__", ())) - {"__weakref__"} == {field.name for field in fields}
        and all(field.init and field.converter is None and getattr(field, "alias", field.name) == field.name
                for field in fields)
        and not hasattr(cls, "__attrs_pre_init__")
    )
    if not plain:
        arguments = ", ".join(f"{rule.name}=x{index}" for index, rule in enumerate(rules))
        out.line(f"return cls({arguments})")
        return
    out.line(f"o = {out.bind('new', object.__new__)}(cls)")
    for index, field in enumerate(fields):
        out.line(f"{out.bind(f'set{index}', vars(cls)[field.name].__set__)}(o, x{index})")
    for index, field in enumerate(fields):
        if field.validator is not None:
            validate, attribute = out.bind(f"validate{index}", field.validator), out.bind(f"field{index}", field)
            out.line(f"{validate}(o, {attribute}, x{index})")
    if hasattr(cls, "__attrs_post_init__"):
        out.line("o.__attrs_post_init__()")
    out.line("return o")


def _filler(cls: type, rules: tuple[FieldRule, ...], forbid_extra_keys: bool,
            hints: Mapping[str, str]) -> Callable[[dict[Any, Any]], Any]:
    """Complete an object that has not exactly the model's keys: defaults in, unknown keys out (or refused)."""
    names = [rule.name for rule in rules]
    keys = ", ".join(repr(name) for name in names)
    unknown = f"expected one of the keys of {cls.__name__} ({keys}), got an unknown key"

    def fill(data: dict[Any, Any]) -> dict[str, Any]:
        for key in data:
            if key not in names and forbid_extra_keys:
                step = key if isinstance(key, str) else repr(key)
                found = [hint for record, hint in hints.items() if record in data and record not in names]
                raise ValidationError("; ".join([unknown, *found]), (step,))
        complete: dict[str, Any] = {}
        for rule in rules:
            if rule.name in data:
                complete[rule.name] = data[rule.name]
            elif rule.required:
                expected = _json_noun(rule.shape)
                raise ValidationError(f"expected {expected}, got nothing: the key is missing", (rule.name,))
            elif isinstance(rule.default, attrs.Factory):  # type: ignore[arg-type]
                complete[rule.name] = rule.default.factory()
            else:
                complete[rule.name] = rule.default
        return complete

    return fill


def _locate(hook: Callable[[Any, Any], Any], type_: Any, items: Any, name: str, error: Exception,
            single: bool = False) -> ValidationError:
    """The error of the first element of ``items`` that ``hook`` refuses, located under ``name``."""
    for index, item in enumerate(items):
        try:
            hook(item, type_)
        except ValidationError as found:
            return found.under(name) if single else found.under(name, index)
        except (ValueError, TypeError, KeyError, AttributeError) as found:
            where = (name,) if single else (name, index)
            return ValidationError(f"expected {getattr(type_, '__name__', type_)}: {found}", where)
    if isinstance(error, ValidationError):
        return error.under(name)
    return ValidationError(f"expected a valid value: {error}", (name,))


# -- the unstructure hook: plain data out ----------------------------------------------


def unstructure_hook(cls: type, conv: Converter, *, is_model: Callable[[Any], bool],
                     omit_if_default: bool) -> Callable[[Any], Any]:
    """The unstructure hook of the attrs class ``cls``: one dict display, nested models written inline.

    A nested class that ``is_model`` accepts is written inline where
    ``conv``'s hook for it was generated here (else through that hook);
    values of unknown shape go through ``conv``. Where ``omit_if_default``,
    fields equal to their default are left out.
    """
    out = Emitter(f"unstructure_{cls.__name__}", "o")
    names = iter(range(1_000_000))
    unstructure = conv.unstructure

    def expression(shape: Shape, var: str, depth: int) -> str:
        if shape.optional and (is_model(shape.type) or shape.type is tuple or not shape.known):
            inner = f"n{next(names)}"
            value = expression(attrs.evolve(shape, optional=False), inner, depth)
            return f"(None if ({inner} := {var}) is None else {value})"
        if shape.type is tuple and shape.item is not None:
            if shape.item.type in (str, int, bool) and not shape.item.optional:
                return f"list({var})"
            each = f"n{next(names)}"
            return f"[{expression(shape.item, each, depth)} for {each} in {var}]"
        if is_model(shape.type):
            hook = conv.get_unstructure_hook(shape.type)
            if getattr(hook, GENERATED, False) and not omit_if_default and depth < 4:
                return fields(shape.type, var, depth + 1)
            return f"{out.bind(f'u{id(hook)}', hook)}({var})"
        if not shape.known:
            return f"{out.bind('unstructure', unstructure)}({var})"
        return var

    def fields(model: type, var: str, depth: int) -> str:
        items = ", ".join(f"{rule.name!r}: {expression(rule.shape, f'{var}.{rule.name}', depth)}"
                          for rule in field_rules(model))
        return "{" + items + "}"

    if omit_if_default:
        out.line("d = {}")
        for index, rule in enumerate(field_rules(cls)):
            if rule.required:
                out.line(f"d[{rule.name!r}] = {expression(rule.shape, f'o.{rule.name}', 1)}")
                continue
            default = rule.default.factory() if isinstance(rule.default, attrs.Factory) else rule.default  # type: ignore[arg-type]
            with out.block(f"if o.{rule.name} != {out.bind(f'default{index}', default)}:"):
                out.line(f"d[{rule.name!r}] = {expression(rule.shape, f'o.{rule.name}', 1)}")
        out.line("return d")
    else:
        out.line(f"return {fields(cls, 'o', 0)}")
    hook: Callable[[Any], Any] = _generated(out.build())
    return hook


# -- the JSON writer: JSON text out, without the dicts in between -----------------------

#: The writer's names for the text between values and for the functions that write scalars.
_WRITER_NAMES: Final[Mapping[str, Any]] = {
    "NULL": "null",
    "TRUE": "true",
    "FALSE": "false",
    "COMMA": ",",
    "OPEN": "[",
    "CLOSE": "]",
    "integer": int.__repr__,
}


@cache
def _string_writer() -> Callable[[str], str]:
    """A function that writes ``text`` as a JSON string, as ``json.dumps(text, ensure_ascii=False)`` does.

    The standard library's escaping function for ASCII text is twice as fast
    as the one for any text, and writes the same but for DEL, which only it
    escapes.
    """
    from json.encoder import encode_basestring, encode_basestring_ascii

    def string(text: str) -> str:
        if text.isascii() and "\x7f" not in text:
            return encode_basestring_ascii(text)
        return encode_basestring(text)

    return string


def json_writer(cls: type, writers: dict[type, Callable[[Any], str]], *, is_model: Callable[[Any], bool],
                fallback: Callable[[Any], str]) -> Callable[[Any], str]:
    """A function that writes a model of ``cls`` as compact JSON text, as ``json.dumps`` would.

    Strings go through the standard library's own escaping functions and
    integers through ``int.__repr__``, as its encoder does; the text around
    them is written once, here. Nested classes that ``is_model`` accepts get
    writers of their own, kept in ``writers``; values of unknown shape are
    written by ``fallback``.
    """
    if cls in writers:
        return writers[cls]
    out = Emitter(f"write_{cls.__name__}", "o")
    for name, constant in _WRITER_NAMES.items():
        out.bind(name, constant)
    out.bind("string", _string_writer())

    def nested(model: type, key: str) -> str:
        return out.bind(f"write_{key}", json_writer(model, writers, is_model=is_model, fallback=fallback))

    def value(shape: Shape, var: str, key: str) -> str:
        if shape.optional:
            return f"(NULL if {var} is None else {value(attrs.evolve(shape, optional=False), var, key)})"
        if shape.type is tuple and shape.item is not None and shape.item.known and not shape.item.optional:
            if is_model(shape.item.type):
                return f"(OPEN + COMMA.join(map({nested(shape.item.type, key)}, {var})) + CLOSE)"
            if shape.item.type is str:
                return f"(OPEN + COMMA.join(map(string, {var})) + CLOSE)"
        if is_model(shape.type):
            return f"{nested(shape.type, key)}({var})"
        if shape.type is str:
            return f"string({var})"
        if shape.type is int:
            return f"integer({var})"
        if shape.type is bool:
            return f"(TRUE if {var} else FALSE)"
        return f"{out.bind('fallback', fallback)}({var})"

    template = ""  # an f-string: the keys as text (braces doubled), the values as expressions
    for index, rule in enumerate(field_rules(cls)):
        key = ("{" if index == 0 else ",") + _string_writer()(rule.name) + ":"
        template += key.replace("{", "{{") + "{" + value(rule.shape, f"o.{rule.name}", str(index)) + "}"
    out.line(f"return f'{template}}}}}'")
    writer: Callable[[Any], str] = out.build()
    writers[cls] = writer
    return writer
