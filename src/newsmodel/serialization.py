"""JSON in and out, strict on the way in, through the library's own cattrs converter.

The JSON keys are the attribute names of the models; absent values are
``null``; sequences are arrays; dates are ``{"month", "day", "year"}``
objects. Reading is strict: a value of the wrong JSON type, a key the model
does not have, a missing required key, a blank name or text, an unknown note
kind or an offset out of range raises :class:`~newsmodel.ValidationError`
naming where (``quotes[3].start``) and what was expected.

The structure and unstructure hooks are generated once per model class from
the attrs fields (see ``newsmodel._rules``) and registered on the library's
converters only, never on cattrs' global one. Where ``orjson`` is installed
(``pip install 'newsmodel-wire[fast]'``) it writes and reads the JSON text,
giving the same text byte for byte as the standard library.

>>> from newsmodel.models import Dateline
>>> to_json(Dateline(locations=("SEOUL",), agency="Reuters"))
'{"locations":["SEOUL"],"date":null,"agency":"Reuters"}'
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, Final, TypeVar, overload

import attrs
from cattrs import Converter

from . import models
from ._rules import FieldRule, Shape, field_rules
from .errors import ValidationError
from .models import Article

__all__ = [
    "NewsConverter",
    "configure_converter",
    "converter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

# -- JSON text -----------------------------------------------------------------------

_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _dumps_stdlib(data: Any) -> str:
    return _ENCODER.encode(data)


def _loads_stdlib(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValidationError("expected JSON nested less deeply than the parser's recursion limit") from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise ValidationError(f"expected JSON text: {error}") from None


try:
    import orjson
except ImportError:  # pragma: no cover - the [fast] extra is not installed
    orjson = None  # type: ignore[assignment]


def _dumps_orjson(data: Any) -> str:
    try:
        return orjson.dumps(data).decode()
    except orjson.JSONEncodeError:  # lone surrogates, integers beyond 64 bits: as the stdlib writes them
        return _dumps_stdlib(data)




# -- hooks generated per model class ---------------------------------------------------


def _is_model(type_: Any) -> bool:
    """A class of :mod:`newsmodel.models`, whose hooks are generated here."""
    return isinstance(type_, type) and attrs.has(type_) and type_.__module__ == models.__name__


def _json_noun(shape: Shape) -> str:
    if shape.type is tuple and shape.item is not None:
        at_least = f" (at least {shape.min_length})" if shape.min_length else ""
        return f"an array of {shape.item.noun(plural=True)}{at_least}"
    return shape.noun()


def _structure_factory(cls: type, conv: Converter) -> Callable[[Any, Any], Any]:
    """The structure hook of a model class: JSON types checked here, values by the class's own check."""
    rules = field_rules(cls)
    env: dict[str, Any] = {
        "ValidationError": ValidationError,
        "cls": cls,
        "fill": _filler(cls, rules, bool(getattr(conv, "forbid_extra_keys", False))),
        "locate": _locate,
    }
    names = ", ".join(f"x{index}" for index in range(len(rules)))
    values = ", ".join(f"data[{rule.name!r}]" for rule in rules)
    lines = [
        f"def structure_{cls.__name__}(data, _type=None):",
        "    if type(data) is not dict:",
        f"        raise ValidationError.expected({'an object (' + cls.__name__ + ')'!r}, data)",
        f"    if len(data) != {len(rules)}:",
        "        data = fill(data)",
        "    try:",
        f"        {names}, = {values},",
        "    except KeyError:",
        "        data = fill(data)",
        f"        {names}, = {values},",
    ]
    for index, rule in enumerate(rules):
        name, shape, var = rule.name, rule.shape, f"x{index}"
        pad = "    "
        if shape.optional and shape.type not in (str, int, bool):
            lines.append(f"    if {var} is not None:")
            pad += "    "
        if shape.type is tuple and shape.item is not None:
            env[f"expected{index}"] = _json_noun(shape)
            lines += [
                f"{pad}if type({var}) is not list and type({var}) is not tuple:",
                f"{pad}    raise ValidationError.expected(expected{index}, {var}, {name!r})",
            ]
            item = shape.item
            if _is_model(item.type) or not item.known:
                env[f"hook{index}"], env[f"type{index}"] = conv.get_structure_hook(item.type), item.type
                lines += [
                    f"{pad}try:",
                    f"{pad}    {var} = tuple([hook{index}(each, type{index}) for each in {var}])",
                    f"{pad}except Exception as error:",
                    f"{pad}    raise locate(hook{index}, type{index}, {var}, {name!r}, error) from None",
                ]
            else:
                lines.append(f"{pad}{var} = tuple({var})")
        elif _is_model(shape.type) or not shape.known:
            target = rule.attribute.type if not shape.known else shape.type
            env[f"hook{index}"], env[f"type{index}"] = conv.get_structure_hook(target), target
            lines += [
                f"{pad}try:",
                f"{pad}    {var} = hook{index}({var}, type{index})",
                f"{pad}except Exception as error:",
                f"{pad}    raise locate(hook{index}, type{index}, [{var}], {name!r}, error, True) from None",
            ]
    lines += ["    try:", *_construct(cls, rules, env, "        "), "    except ValidationError:"]
    lines += [
        "        raise",
        "    except (ValueError, TypeError) as error:",
        "        raise ValidationError(str(error)) from error",
    ]
    hook: Callable[[Any, Any], Any] = _exec(lines, env, f"structure_{cls.__name__}")
    hook.newsmodel = True  # type: ignore[attr-defined]
    return hook


def _construct(cls: type, rules: tuple[FieldRule, ...], env: dict[str, Any], pad: str) -> list[str]:
    """Source lines that build ``cls`` from ``x0``, ``x1``, ... and return it.

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
        return [f"{pad}return cls({arguments})"]
    env["new"] = object.__new__
    lines = [f"{pad}o = new(cls)"]
    for index, field in enumerate(fields):
        env[f"set{index}"] = vars(cls)[field.name].__set__
        lines.append(f"{pad}set{index}(o, x{index})")
    for index, field in enumerate(fields):
        if field.validator is not None:
            env[f"validate{index}"], env[f"field{index}"] = field.validator, field
            lines.append(f"{pad}validate{index}(o, field{index}, x{index})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append(f"{pad}o.__attrs_post_init__()")
    return [*lines, f"{pad}return o"]


#: Keys of the command line tool's records, and the hint an object holding one
#: gets where a model was expected (the model has no such key).
_RECORD_HINTS: Final = {
    "article": 'a record of "newsmodel parse" holds its article under "article": pass record["article"]',
    "error": 'this is an error record of "newsmodel parse": the input gave no article',
}


def _filler(cls: type, rules: tuple[FieldRule, ...], forbid_extra_keys: bool) -> Callable[[dict[Any, Any]], Any]:
    """Complete an object that has not exactly the model's keys: defaults in, unknown keys out (or refused)."""
    names = [rule.name for rule in rules]
    keys = ", ".join(repr(name) for name in names)
    unknown = f"expected one of the keys of {cls.__name__} ({keys}), got an unknown key"

    def fill(data: dict[Any, Any]) -> dict[str, Any]:
        for key in data:
            if key not in names and forbid_extra_keys:
                step = key if isinstance(key, str) else repr(key)
                hints = [hint for record, hint in _RECORD_HINTS.items() if record in data and record not in names]
                raise ValidationError("; ".join([unknown, *hints]), (step,))
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


def _unstructure_factory(cls: type, conv: Converter) -> Callable[[Any], Any]:
    """The unstructure hook of a model class: one dict display, nested models written inline."""
    env: dict[str, Any] = {}
    names = iter(range(1_000_000))
    omit = bool(getattr(conv, "omit_if_default", False))

    def expression(shape: Shape, var: str, depth: int) -> str:
        if shape.optional and (_is_model(shape.type) or shape.type is tuple or not shape.known):
            inner = f"n{next(names)}"
            value = expression(attrs.evolve(shape, optional=False), inner, depth)
            return f"(None if ({inner} := {var}) is None else {value})"
        if shape.type is tuple and shape.item is not None:
            if shape.item.type in (str, int, bool) and not shape.item.optional:
                return f"list({var})"
            each = f"n{next(names)}"
            return f"[{expression(shape.item, each, depth)} for {each} in {var}]"
        if _is_model(shape.type):
            hook = conv.get_unstructure_hook(shape.type)
            if getattr(hook, "newsmodel", False) and not omit and depth < 4:
                return fields(shape.type, var, depth + 1)
            env[f"u{id(hook)}"] = hook
            return f"u{id(hook)}({var})"
        if not shape.known:
            env["unstructure"] = conv.unstructure
            return f"unstructure({var})"
        return var

    def fields(model: type, var: str, depth: int) -> str:
        items = ", ".join(f"{rule.name!r}: {expression(rule.shape, f'{var}.{rule.name}', depth)}"
                          for rule in field_rules(model))
        return "{" + items + "}"

    if omit:
        lines = [f"def unstructure_{cls.__name__}(o):", "    d = {}"]
        for index, rule in enumerate(field_rules(cls)):
            if rule.required:
                lines.append(f"    d[{rule.name!r}] = {expression(rule.shape, f'o.{rule.name}', 1)}")
                continue
            env[f"default{index}"] = rule.default.factory() if isinstance(rule.default, attrs.Factory) else rule.default  # type: ignore[arg-type]
            lines += [
                f"    if o.{rule.name} != default{index}:",
                f"        d[{rule.name!r}] = {expression(rule.shape, f'o.{rule.name}', 1)}",
            ]
        lines.append("    return d")
    else:
        lines = [f"def unstructure_{cls.__name__}(o):", f"    return {fields(cls, 'o', 0)}"]
    hook: Callable[[Any], Any] = _exec(lines, env, f"unstructure_{cls.__name__}")
    hook.newsmodel = True  # type: ignore[attr-defined]
    return hook


def _exec(lines: list[str], env: dict[str, Any], name: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), f"<newsmodel: {name}>", "exec"), env, namespace)
    return namespace[name]


_escape = json.encoder.encode_basestring
_escape_ascii = json.encoder.encode_basestring_ascii


def _string(text: str) -> str:
    """``text`` as a JSON string, as ``json.dumps(text, ensure_ascii=False)`` writes it.

    The standard library's escaping function for ASCII text is twice as fast
    as the one for any text, and writes the same but for DEL, which only it
    escapes.
    """
    if text.isascii() and "\x7f" not in text:
        return _escape_ascii(text)
    return _escape(text)


def _writer(cls: type, writers: dict[type, Callable[[Any], str]]) -> Callable[[Any], str]:
    """A function that writes a model of ``cls`` as compact JSON text, as ``json.dumps`` would.

    Strings go through the standard library's own escaping functions and
    integers through ``int.__repr__``, as its encoder does; the text around
    them is written once, here.
    """
    if cls in writers:
        return writers[cls]
    env: dict[str, Any] = {
        "string": _string,
        "integer": int.__repr__,
        "NULL": "null",
        "TRUE": "true",
        "FALSE": "false",
        "COMMA": ",",
        "OPEN": "[",
        "CLOSE": "]",
        "encode": _ENCODER.encode,
        "unstructure": converter.unstructure,
    }

    def value(shape: Shape, var: str, key: str) -> str:
        if shape.optional:
            return f"(NULL if {var} is None else {value(attrs.evolve(shape, optional=False), var, key)})"
        if shape.type is tuple and shape.item is not None and shape.item.known and not shape.item.optional:
            if _is_model(shape.item.type):
                env[f"write_{key}"] = _writer(shape.item.type, writers)
                return f"(OPEN + COMMA.join(map(write_{key}, {var})) + CLOSE)"
            if shape.item.type is str:
                return f"(OPEN + COMMA.join(map(string, {var})) + CLOSE)"
        if _is_model(shape.type):
            env[f"write_{key}"] = _writer(shape.type, writers)
            return f"write_{key}({var})"
        if shape.type is str:
            return f"string({var})"
        if shape.type is int:
            return f"integer({var})"
        if shape.type is bool:
            return f"(TRUE if {var} else FALSE)"
        return f"encode(unstructure({var}))"

    template = ""  # an f-string: the keys as text (braces doubled), the values as expressions
    for index, rule in enumerate(field_rules(cls)):
        key = ("{" if index == 0 else ",") + json.dumps(rule.name) + ":"
        template += key.replace("{", "{{") + "{" + value(rule.shape, f"o.{rule.name}", str(index)) + "}"
    lines = [f"def write_{cls.__name__}(o):", f"    return f'{template}}}}}'"]
    writer: Callable[[Any], str] = _exec(lines, env, f"write_{cls.__name__}")
    writers[cls] = writer
    return writer


def configure_converter(conv: Converter) -> None:
    """Make ``conv`` read and write newsmodel's models in the documented JSON shape.

    Registers, on ``conv`` only, hook factories that generate one structure and
    one unstructure function per model class (strict on the way in), and writes
    tuples as lists. The hooks honour the converter's ``forbid_extra_keys``
    (unknown keys refused, else dropped) and ``omit_if_default`` options.

    Raises:
        TypeError: where ``conv`` is the shared, read-only :data:`converter`.

    >>> from cattrs import Converter
    >>> from newsmodel import Note
    >>> conv = Converter(forbid_extra_keys=True)
    >>> configure_converter(conv)
    >>> conv.structure({"kind": "refile", "text": "Adds a byline"}, Note)
    Note(kind='refile', text='Adds a byline')
    """
    conv.register_structure_hook_factory(_is_model, _structure_factory)
    conv.register_unstructure_hook_factory(_is_model, _unstructure_factory)
    conv.register_unstructure_hook(tuple, lambda value: [conv.unstructure(item) for item in value])


# -- converters ------------------------------------------------------------------------

_FRESH, _MADE, _CHANGED, _SHARED = "fresh", "made", "changed", "shared"


class NewsConverter(Converter):
    """The library's converter class: a cattrs ``Converter`` that knows how it was made.

    A converter from :func:`make_converter` pickles as "make the same one
    again", so that worker processes (Dask, multiprocessing) get it
    configured alike. One that has had hooks registered since cannot be
    rebuilt elsewhere, and refuses to pickle rather than lose them: build it
    in the worker instead. The library's shared :data:`converter` is
    read-only.

    Raises:
        TypeError: where a hook is registered on the shared :data:`converter`.
        pickle.PicklingError: where a converter with hooks registered after it was made is pickled.

    >>> import pickle
    >>> conv = make_converter(omit_if_default=True)
    >>> isinstance(conv, NewsConverter), pickle.loads(pickle.dumps(conv)).omit_if_default
    (True, True)
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._newsmodel_made = (_FRESH, args, kwargs)

    def _changing(self) -> None:
        state = getattr(self, "_newsmodel_made", None)
        if state is None:  # still in cattrs' own __init__
            return
        if state[0] == _SHARED:
            raise TypeError("newsmodel.converter is shared and read-only: make one with newsmodel.make_converter()")
        self._newsmodel_made = (_CHANGED, (), {})

    def copy(self, *args: Any, **kwargs: Any) -> Any:
        """A copy with the same hooks (cattrs' ``copy``); it does not pickle."""
        copied = super().copy(*args, **kwargs)
        copied._newsmodel_made = (_CHANGED, (), {})
        return copied

    def __reduce__(self) -> tuple[Any, ...]:
        state, args, kwargs = self._newsmodel_made
        if state == _SHARED:
            return _shared_converter, ()
        if state == _MADE:
            return _remake, (kwargs,)
        if state == _FRESH:
            return _rebuild, (args, kwargs)
        raise pickle.PicklingError(
            "this converter has hooks registered after it was made, which cannot be rebuilt in another "
            "process; build it there (a function that calls make_converter() and registers them)"
        )


def _guarded(name: str) -> Callable[..., Any]:
    """``Converter.<name>``, for a converter that notes the change (or, shared, refuses it)."""
    register = getattr(Converter, name)

    def method(self: NewsConverter, *args: Any, **kwargs: Any) -> Any:
        self._changing()
        return register(self, *args, **kwargs)

    method.__name__, method.__qualname__, method.__doc__ = name, f"NewsConverter.{name}", register.__doc__
    return method


for _name in (
    "register_structure_hook",
    "register_unstructure_hook",
    "register_structure_hook_func",
    "register_unstructure_hook_func",
    "register_structure_hook_factory",
    "register_unstructure_hook_factory",
):
    setattr(NewsConverter, _name, _guarded(_name))
del _name


def _remake(options: dict[str, Any]) -> NewsConverter:
    return make_converter(**options)


def _rebuild(args: tuple[Any, ...], kwargs: dict[str, Any]) -> NewsConverter:
    return NewsConverter(*args, **kwargs)


def _shared_converter() -> NewsConverter:
    return converter


def make_converter(**options: Any) -> NewsConverter:
    """A new converter for newsmodel's models, independent of any other.

    ``options`` go to ``cattrs.Converter`` as they are; the defaults are
    ``forbid_extra_keys=True`` and ``detailed_validation=False``. The models'
    hooks honour ``forbid_extra_keys`` and ``omit_if_default``; the other
    options apply to the types of your own that you structure with it.

    Raises:
        TypeError: where an option is not one of ``cattrs.Converter``'s.

    >>> conv = make_converter(omit_if_default=True)
    >>> from newsmodel import Dateline
    >>> conv.unstructure(Dateline(agency="AP"))
    {'agency': 'AP'}
    """
    conv = NewsConverter(**{"forbid_extra_keys": True, "detailed_validation": False, **options})
    configure_converter(conv)
    conv._newsmodel_made = (_MADE, (), options)
    return conv


def _share(conv: NewsConverter) -> NewsConverter:
    conv._newsmodel_made = (_SHARED, (), {})
    return conv


#: The library's converter, shared and read-only: registering a hook on it
#: raises ``TypeError`` (make your own with :func:`make_converter`).
converter: Final[NewsConverter] = _share(make_converter())


# -- the functions ---------------------------------------------------------------------


def to_dict(obj: object) -> Any:
    """A model as plain dicts, lists and scalars, the shape of its JSON.

    Raises nothing for a model; for other objects, what cattrs raises.

    >>> from newsmodel import Note
    >>> to_dict(Note(kind="refile", text="Refiles to fix a typo"))
    {'kind': 'refile', 'text': 'Refiles to fix a typo'}
    """
    return converter.unstructure(obj)


@overload
def from_dict(data: Any) -> Article: ...
@overload
def from_dict(data: Any, cls: type[T]) -> T: ...
def from_dict(data: Any, cls: Any = Article) -> Any:
    """A model from plain data (as :func:`json.loads` gives it): an :class:`~newsmodel.Article`
    unless ``cls`` names another model class.

    Raises:
        ValidationError: where ``data`` does not fit the model, naming where.

    >>> from newsmodel import Dateline
    >>> from_dict({"agency": "AP"}, Dateline)
    Dateline(locations=(), date=None, agency='AP')
    >>> from_dict({"paragraphs": "Hello"})
    Traceback (most recent call last):
    ...
    newsmodel.errors.ValidationError: paragraphs: expected an array of non-blank strings, got 'Hello' (str)
    """
    return converter.structure(data, cls)


def _writers() -> MappingProxyType[type, Callable[[Any], str]]:
    writers: dict[type, Callable[[Any], str]] = {}
    for name in models.__all__:
        if _is_model(getattr(models, name)):
            _writer(getattr(models, name), writers)
    return MappingProxyType(writers)


#: A JSON writer for each model class.
_WRITERS: Final = _writers()


def _to_json_stdlib(obj: object) -> str:
    writer = _WRITERS.get(type(obj))
    return writer(obj) if writer is not None else _dumps_stdlib(converter.unstructure(obj))


def _to_json_orjson(obj: object) -> str:
    return _dumps_orjson(converter.unstructure(obj))


#: How JSON text is written: with orjson where it is installed, to the same text.
_write: Final = _to_json_orjson if orjson is not None else _to_json_stdlib


def to_json(obj: object, *, indent: int | None = None) -> str:
    """A model as JSON text (UTF-8, not ASCII-escaped; compact unless ``indent`` is given).

    Raises nothing for a model; for other objects, what cattrs and ``json`` raise.

    >>> from newsmodel import Note
    >>> to_json(Note(kind="correction", text="Corrects the spelling of José"))
    '{"kind":"correction","text":"Corrects the spelling of José"}'
    """
    if indent is None:
        return _write(obj)
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, indent=indent)


@overload
def from_json(text: str | bytes) -> Article: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: Any = Article) -> Any:
    """A model from JSON text: an :class:`~newsmodel.Article` unless ``cls`` names another model class.

    Raises:
        ValidationError: where ``text`` is no JSON, or its data does not fit the model.
        TypeError: where ``text`` is neither ``str`` nor ``bytes``.

    >>> from_json('{"paragraphs": ["Shares rose."]}').paragraphs
    ('Shares rose.',)
    >>> from_json('{"quotes": [{"text": "Hi", "paragraph": 0, "start": "0", "end": 2}]}')
    Traceback (most recent call last):
    ...
    newsmodel.errors.ValidationError: quotes[0].start: expected an integer >= 0, got '0' (str)
    """
    return _read(text, cls)


def _read_stdlib(text: str | bytes, cls: Any) -> Any:
    return converter.structure(_loads_stdlib(text), cls)


def _read_orjson(text: str | bytes, cls: Any) -> Any:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:  # what orjson refuses, the stdlib reads or refuses in its own words
        return _read_stdlib(text, cls)
    try:
        return converter.structure(data, cls)
    except ValidationError:  # orjson reads integers beyond 64 bits as floats: the stdlib has the last word
        return _read_stdlib(text, cls)


#: How JSON text is read: with orjson where it is installed, to the same result.
_read: Final = _read_orjson if orjson is not None else _read_stdlib
