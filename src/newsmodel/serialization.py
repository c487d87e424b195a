"""JSON in and out, strict on the way in, through the library's own cattrs converter.

The JSON keys are the attribute names of the models; absent values are
``null``; sequences are arrays; dates are ``{"month", "day", "year"}``
objects. Reading is strict: a value of the wrong JSON type, a key the model
does not have, a missing required key, a blank name or text, an unknown note
kind or an offset out of range raises :class:`~newsmodel.ValidationError`
naming where (``quotes[3].start``) and what was expected.

The structure and unstructure hooks are generated once per model class from
the attrs fields (see ``newsmodel._codegen``) and registered on the library's
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
from typing import Any, Final, Literal, TypeVar, overload

import attrs
from cattrs import Converter

from . import models
from ._codegen import json_writer, structure_hook, unstructure_hook
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


# -- the hooks: which classes get generated ones, after the converter's options ----------


def _is_model(type_: Any) -> bool:
    """A class of :mod:`newsmodel.models`, whose hooks are generated here."""
    return isinstance(type_, type) and attrs.has(type_) and type_.__module__ == models.__name__


#: Keys of the command line tool's records, and the hint an object holding one
#: gets where a model was expected (the model has no such key).
_RECORD_HINTS: Final = {
    "article": 'a record of "newsmodel parse" holds its article under "article": pass record["article"]',
    "error": 'this is an error record of "newsmodel parse": the input gave no article',
}


def _structure_factory(cls: type, conv: Converter) -> Callable[[Any, Any], Any]:
    """The structure hook of a model class, after ``conv``'s ``forbid_extra_keys``."""
    forbid = bool(getattr(conv, "forbid_extra_keys", False))
    return structure_hook(cls, conv, is_model=_is_model, forbid_extra_keys=forbid, hints=_RECORD_HINTS)


def _unstructure_factory(cls: type, conv: Converter) -> Callable[[Any], Any]:
    """The unstructure hook of a model class, after ``conv``'s ``omit_if_default``."""
    omit = bool(getattr(conv, "omit_if_default", False))
    return unstructure_hook(cls, conv, is_model=_is_model, omit_if_default=omit)


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

#: How a converter came to be, which says how it pickles: "fresh" from the class
#: (rebuilt from the same arguments), "made" by make_converter (made again with the
#: same options), "changed" by a hook registered since (it does not pickle),
#: "shared" the library's read-only converter (the same one in every process).
_State = Literal["fresh", "made", "changed", "shared"]


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

    _newsmodel_made: tuple[_State, tuple[Any, ...], dict[str, Any]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._newsmodel_made = ("fresh", args, kwargs)

    def _changing(self) -> None:
        made = getattr(self, "_newsmodel_made", None)
        if made is None:  # still in cattrs' own __init__
            return
        state: _State = made[0]
        if state == "shared":
            raise TypeError("newsmodel.converter is shared and read-only: make one with newsmodel.make_converter()")
        self._newsmodel_made = ("changed", (), {})

    def register_structure_hook(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_structure_hook``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_structure_hook(*args, **kwargs)

    def register_unstructure_hook(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_unstructure_hook``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_unstructure_hook(*args, **kwargs)

    def register_structure_hook_func(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_structure_hook_func``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_structure_hook_func(*args, **kwargs)

    def register_unstructure_hook_func(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_unstructure_hook_func``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_unstructure_hook_func(*args, **kwargs)

    def register_structure_hook_factory(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_structure_hook_factory``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_structure_hook_factory(*args, **kwargs)

    def register_unstructure_hook_factory(self, *args: Any, **kwargs: Any) -> Any:
        """cattrs\' ``register_unstructure_hook_factory``, noted as a change (refused on the shared converter)."""
        self._changing()
        return super().register_unstructure_hook_factory(*args, **kwargs)

    def copy(self, *args: Any, **kwargs: Any) -> Any:
        """A copy with the same hooks (cattrs' ``copy``); it does not pickle."""
        copied = super().copy(*args, **kwargs)
        copied._newsmodel_made = ("changed", (), {})
        return copied

    def __reduce__(self) -> tuple[Any, ...]:
        made = self._newsmodel_made
        state: _State = made[0]
        args, kwargs = made[1], made[2]
        if state == "shared":
            return _shared_converter, ()
        if state == "made":
            return _remake, (kwargs,)
        if state == "fresh":
            return _rebuild, (args, kwargs)
        raise pickle.PicklingError(
            "this converter has hooks registered after it was made, which cannot be rebuilt in another "
            "process; build it there (a function that calls make_converter() and registers them)"
        )


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
    conv._newsmodel_made = ("made", (), options)
    return conv


def _share(conv: NewsConverter) -> NewsConverter:
    conv._newsmodel_made = ("shared", (), {})
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
            json_writer(getattr(models, name), writers, is_model=_is_model, fallback=_dumps_unstructured)
    return MappingProxyType(writers)


def _dumps_unstructured(value: Any) -> str:
    return _dumps_stdlib(converter.unstructure(value))


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
