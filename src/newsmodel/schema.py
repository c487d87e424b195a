"""JSON Schema (draft 2020-12) of newsmodel's JSON, derived from the models.

The schemas are built from the same field rules as the strict reader
(:func:`newsmodel.from_json`), read off the attrs classes, so that they cannot
drift from the models: a field added to a model is in the schema.

>>> schema = json_schema()
>>> schema["$defs"]["Quote"]["properties"]["start"]
{'type': 'integer', 'minimum': 0}
>>> sorted(record_schema()["properties"])
['article', 'error', 'fields', 'metadata', 'ninjs', 'source']

What a schema cannot say, the reader still checks: that a quote's offsets
point at its text in its paragraph, that a day exists in its month, that a
dateline has a place, a date or an agency, and that a number with a zero
fraction (``107.0``) is no integer.
"""

from __future__ import annotations

import copy
import inspect
from types import MappingProxyType
from typing import Any, Final

import attrs

from ._shapes import Shape, field_rules
from .formats._records import ERROR_TYPES
from .models import Article
from .ninjs import NINJS_SCHEMA, NINJS_VERSION

__all__ = ["DIALECT", "json_schema", "record_schema"]

#: The JSON Schema dialect of the schemas.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


def json_schema(cls: type = Article) -> dict[str, Any]:
    """The JSON Schema of a model's JSON: an :class:`~newsmodel.Article`'s unless ``cls`` says otherwise.

    A new dict on each call. Every model class the JSON holds has its schema
    under ``$defs``; the document itself is a ``$ref`` to ``cls``'s.

    Raises:
        TypeError: where a field of a model has a type the schema cannot express.

    >>> from newsmodel import DatelineDate
    >>> json_schema(DatelineDate)["$defs"]["DatelineDate"]["required"]
    ['month', 'day']
    """
    definitions: dict[str, Any] = {}
    _define(cls, definitions)
    return {
        "$schema": DIALECT,
        "title": f"newsmodel {cls.__name__}",
        "$ref": f"#/$defs/{cls.__name__}",
        "$defs": definitions,
    }


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a record of ``newsmodel parse`` and :mod:`newsmodel.bulk`.

    A record has a ``source`` and one of an ``article``, a ``ninjs`` item
    (``newsmodel parse --to ninjs``: IPTC's schema, :data:`newsmodel.ninjs.NINJS_SCHEMA`,
    says what it holds) or an ``error`` (whose ``type`` is one of
    :data:`newsmodel.bulk.ERROR_TYPES`); it may have
    ``fields`` (the other fields of a JSON Lines input) and ``metadata``
    (what an archive format gave beside the text), and nothing else, as
    ``docs/cli.md`` documents. Never raises.

    >>> import jsonschema
    >>> from newsmodel.bulk import parse_bytes
    >>> jsonschema.validate(parse_bytes(b"caf\\xe9", source="b.txt"), record_schema())
    """
    definitions: dict[str, Any] = {}
    _define(Article, definitions)
    definitions["Error"] = {
        "description": "Why an input gave no article.",
        "type": "object",
        "properties": {"type": {"enum": sorted(ERROR_TYPES)}, "message": {"type": "string"}},
        "required": ["type", "message"],
        "additionalProperties": False,
    }
    return {
        "$schema": DIALECT,
        "title": "newsmodel record",
        "type": "object",
        "properties": copy.deepcopy(dict(_RECORD_KEYS)),
        "required": ["source"],
        "oneOf": [{"required": ["article"]}, {"required": ["ninjs"]}, {"required": ["error"]}],
        "additionalProperties": False,
        "$defs": definitions,
    }


# The keys of a record, as docs/cli.md documents them: the one place to change with the record's shape.
_RECORD_KEYS: Final = MappingProxyType(
    {
        "source": {"type": "string", "description": "Where the input came from: a path, PATH:LINE, <stdin>, ..."},
        "fields": {"type": "object", "description": "The other fields of a JSON Lines input's object, as they were."},
        "metadata": {"type": "object", "description": "What an archive format gave beside the story's text."},
        "article": {"$ref": "#/$defs/Article"},
        "ninjs": {
            "type": "object",
            "description": f"With --to ninjs, the article as a ninjs {NINJS_VERSION} text item ({NINJS_SCHEMA}).",
        },
        "error": {"$ref": "#/$defs/Error"},
    }
)


def _define(cls: type, definitions: dict[str, Any]) -> None:
    """Add the schema of ``cls``, and of every model class it holds, to ``definitions``."""
    if cls.__name__ in definitions:
        return
    definitions[cls.__name__] = {}  # placeholder: a class may be reached twice
    properties: dict[str, Any] = {}
    required: list[str] = []
    for rule in field_rules(cls):
        where = f"{cls.__name__}.{rule.name}"
        properties[rule.name] = _value(rule.shape, where, definitions)
        if rule.required:
            required.append(rule.name)
        elif rule.default is None or isinstance(rule.default, bool | int | str | tuple):
            properties[rule.name]["default"] = list(rule.default) if isinstance(rule.default, tuple) else rule.default
    schema: dict[str, Any] = {"description": _summary(cls), "type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    definitions[cls.__name__] = schema


def _value(shape: Shape, where: str, definitions: dict[str, Any]) -> dict[str, Any]:
    if shape.optional:
        inner = _value(attrs.evolve(shape, optional=False), where, definitions)
        return {"anyOf": [inner, {"type": "null"}]}
    if shape.type is tuple and shape.item is not None:
        items = _value(shape.item, where, definitions)
        return _limits({"type": "array", "items": items}, minItems=shape.min_length, maxItems=shape.max_length)
    if attrs.has(shape.type):
        _define(shape.type, definitions)
        return {"$ref": f"#/$defs/{shape.type.__name__}"}
    if shape.type is str:
        schema: dict[str, Any] = {"type": "string"}
        if shape.choices is not None:
            schema["enum"] = list(shape.choices)
        patterns = ([r"\S"] if shape.nonblank else []) + ([f"^(?:{shape.pattern.pattern})$"] if shape.pattern else [])
        if len(patterns) == 1:
            schema["pattern"] = patterns[0]
        elif patterns:
            schema["allOf"] = [{"pattern": pattern} for pattern in patterns]
        return _limits(schema, minLength=shape.min_length, maxLength=shape.max_length)
    if shape.type is int:
        return _limits({"type": "integer"}, minimum=shape.minimum, maximum=shape.maximum)
    if shape.type is bool:
        return {"type": "boolean"}
    raise TypeError(f"{where}: no JSON Schema for a field of this type (see the types newsmodel._shapes reads)")


def _limits(schema: dict[str, Any], **limits: int | None) -> dict[str, Any]:
    """``schema`` with the keywords of ``limits`` that have a value."""
    return {**schema, **{keyword: value for keyword, value in limits.items() if value is not None}}


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or cls.__name__
    return " ".join(doc.split("\n\n", 1)[0].split())
