"""JSON through cattrs, with the library's own converter.

The JSON keys are the attribute names of the models; absent values are
``null``; dates are ``{"month", "day", "year"}`` objects. Hooks are
registered on the library's converter only, never on cattrs' global one.

>>> from newsmodel.models import Dateline
>>> to_json(Dateline(locations=("SEOUL",), agency="Reuters"))
'{"locations":["SEOUL"],"date":null,"agency":"Reuters"}'
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from cattrs import Converter

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


def _homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _optional(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) in (Union, UnionType) and len(args) == 2 and type(None) in args


def configure_converter(conv: Converter) -> None:
    """Make ``conv`` read and write the documented JSON shape, fast.

    The shape is cattrs' own for attrs classes, with tuples written as
    lists. The hooks are made once per type, so that a tuple of quotes or an
    optional dateline costs one call per element rather than a dispatch.
    Values are checked by the models' own validators as they are built.
    """

    def structure_tuple(type_: Any) -> Callable[[Any, Any], Any]:
        element = get_args(type_)[0]
        if element in (str, int, bool):
            return lambda value, _: tuple(value)
        hook = conv.get_structure_hook(element)
        return lambda value, _: tuple([hook(item, element) for item in value])

    def structure_optional(type_: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in get_args(type_) if a is not type(None))
        if inner in (str, int, bool):
            return lambda value, _: value
        hook = conv.get_structure_hook(inner)
        return lambda value, _: None if value is None else hook(value, inner)

    def unstructure_tuple(type_: Any) -> Callable[[Any], Any]:
        element = get_args(type_)[0]
        if element in (str, int, bool):
            return list
        hook = conv.get_unstructure_hook(element)
        return lambda value: [hook(item) for item in value]

    def unstructure_optional(type_: Any) -> Callable[[Any], Any]:
        inner = next(a for a in get_args(type_) if a is not type(None))
        if inner in (str, int, bool):
            return lambda value: value
        hook = conv.get_unstructure_hook(inner)
        return lambda value: None if value is None else hook(value)

    conv.register_structure_hook_factory(_homogeneous_tuple, structure_tuple)
    conv.register_structure_hook_factory(_optional, structure_optional)
    conv.register_unstructure_hook_factory(_homogeneous_tuple, unstructure_tuple)
    conv.register_unstructure_hook_factory(_optional, unstructure_optional)
    conv.register_unstructure_hook(tuple, lambda value: [conv.unstructure(v) for v in value])


class NewsConverter(Converter):
    """The library's converter class: a cattrs ``Converter`` that pickles.

    It pickles as "make a new one", so that worker processes (Dask,
    multiprocessing) receive a converter configured as here.
    """

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return make_converter, ()


def make_converter() -> NewsConverter:
    """A new converter for newsmodel's models, independent of any other."""
    conv = NewsConverter(forbid_extra_keys=True, detailed_validation=False)
    configure_converter(conv)
    return conv


#: The library's converter. Safe to share: it is configured once, here.
converter = make_converter()


def to_dict(obj: object) -> Any:
    """A model as plain dicts, lists and scalars."""
    return converter.unstructure(obj)


def from_dict(data: Any, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """A model from plain data; an :class:`Article` unless ``cls`` says otherwise."""
    return converter.structure(data, cls)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """A model as JSON text (UTF-8, not ASCII-escaped)."""
    separators = (",", ":") if indent is None else None
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent, separators=separators)


def from_json(text: str | bytes, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """A model from JSON text; an :class:`Article` unless ``cls`` says otherwise."""
    return from_dict(json.loads(text), cls)
