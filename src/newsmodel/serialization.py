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
from typing import Any, TypeVar

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


def configure_converter(conv: Converter) -> None:
    """Make ``conv`` read and write the documented JSON shape.

    The shape is cattrs' own for attrs classes, with tuples written as
    lists; the function exists so that a user's converter can take it on.
    """
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
    conv = NewsConverter(forbid_extra_keys=True)
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
