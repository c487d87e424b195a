"""Articles as rows of three flat tables, for pandas, Arrow, Parquet and CSV.

* ``articles``: one row per article: its source, headline, byline and
  dateline fields, and the count of each of its sequences (``quotes``,
  ``credits``, ...);
* ``quotes``: one row per quote: its article's source, then the fields of
  :class:`~newsmodel.Quote`;
* ``credits``: one row per contributor: its article's source, the
  :class:`~newsmodel.Credit`'s role, then the fields of
  :class:`~newsmodel.Contributor`.

The columns and their types are derived from the models: a new field of
``Quote`` is a new column of ``quotes``. Sequences of text in the
``articles`` table (a byline's names, a dateline's places) are joined with
``"; "``. Rows are made from records (what ``newsmodel parse`` writes, and
:mod:`newsmodel.bulk` returns) or from :class:`~newsmodel.Article` objects;
error records make no row.

>>> from newsmodel import parse_article
>>> article = parse_article('By Ann Lee\\nPARIS (Reuters) - "Up," said Bo.\\n(Editing by Cy Ho)')
>>> [name for name, _ in TABLES["credits"].columns]
['source', 'role', 'name', 'location', 'affiliation']
>>> list(rows("quotes", [("a.txt", article)]))
[('a.txt', 'Up,', 'Bo', 'said', 'trailing', 'name', 0, 1, 4, False)]
>>> list(rows("articles", [("a.txt", article)]))[0][:8]
('a.txt', None, 'Ann Lee', None, None, None, 'PARIS', None)

:func:`to_arrow` and :func:`to_pandas` need pyarrow (the ``parquet``
extra) and pandas.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import attrs

from .models import Article, Contributor, Credit, Quote
from .serialization import to_dict

__all__ = ["TABLES", "Table", "article_rows", "rows", "schema", "to_arrow", "to_pandas"]

#: A column: its name and its type, one of ``"string"``, ``"int64"``, ``"bool"``.
Column = tuple[str, str]

#: An article as the tables read it: its JSON form (``newsmodel.to_dict``).
_Data = dict[str, Any]

#: What a sequence of text in the ``articles`` table is joined with.
JOIN: Final = "; "

_SCALARS: Final = {str: "string", int: "int64", bool: "bool"}


@attrs.frozen
class Table:
    """One table: its columns and how an article (as JSON) gives its rows.
    Raises nothing: the tables are :data:`TABLES`."""

    name: str
    columns: tuple[Column, ...]
    make: Callable[[str, _Data], Iterator[tuple[Any, ...]]]


# -- columns, from the models ----------------------------------------------------------


def _kind(hint: Any) -> str | None:
    """The column type of a field's type hint (``str | None`` is ``"string"``),
    ``None`` where it is not a scalar."""
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if len(args) == 1:
        hint = args[0]
    return _SCALARS.get(hint)


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _scalar_fields(cls: type) -> list[Column]:
    """The scalar fields of an attrs class, as columns."""
    hints = _hints(cls)
    found = []
    for field in attrs.fields(cls):
        kind = _kind(hints[field.name])
        if kind is not None:
            found.append((field.name, kind))
    return found


@attrs.frozen
class _Flat:
    """How one ``articles`` column is read from an article's JSON: its path."""

    column: Column
    path: tuple[str, ...]
    how: str  # "value", "join" (a sequence of text), "names" (a sequence of named things), "count"


def _flatten(cls: type, prefix: tuple[str, ...] = ()) -> list[_Flat]:
    """The ``articles`` columns of ``cls``: scalars as they are, nested models
    flattened with their field name as a prefix, sequences of text joined,
    sequences of named models as their names, other sequences counted."""
    hints = _hints(cls)
    found: list[_Flat] = []
    for field in attrs.fields(cls):
        path = (*prefix, field.name)
        label = "_".join(path)
        hint = hints[field.name]
        kind = _kind(hint)
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None) and arg is not Ellipsis]
        if kind is not None:
            found.append(_Flat((label, kind), path, "value"))
        elif len(inner) == 1 and attrs.has(inner[0]) and typing.get_origin(hint) is not tuple:
            found += _flatten(inner[0], path)
        elif prefix and inner == [str]:
            found.append(_Flat((label, "string"), path, "join"))
        elif prefix and len(inner) == 1 and attrs.has(inner[0]) and "name" in attrs.fields_dict(inner[0]):
            found.append(_Flat((label, "string"), path, "names"))
        else:  # a sequence of the article: its count
            found.append(_Flat((f"{label}_count", "int64"), path, "count"))
    return found


_ARTICLE: Final = tuple(_flatten(Article))
_QUOTE: Final = tuple(_scalar_fields(Quote))
_CREDIT: Final = tuple(_scalar_fields(Credit))
_CONTRIBUTOR: Final = tuple(_scalar_fields(Contributor))


# -- rows ------------------------------------------------------------------------------


def _read(data: _Data, flat: _Flat) -> Any:
    value: Any = data
    for key in flat.path:
        value = value.get(key) if isinstance(value, dict) else None
    if flat.how == "count":
        return len(value or ())
    if flat.how == "join":
        return JOIN.join(value) if value else None
    if flat.how == "names":
        return JOIN.join(item["name"] for item in value) if value else None
    return value


def _article_rows(source: str, data: _Data) -> Iterator[tuple[Any, ...]]:
    yield (source, *(_read(data, flat) for flat in _ARTICLE))


def _quote_rows(source: str, data: _Data) -> Iterator[tuple[Any, ...]]:
    for quote in data.get("quotes", ()):
        yield (source, *(quote.get(name) for name, _ in _QUOTE))


def _credit_rows(source: str, data: _Data) -> Iterator[tuple[Any, ...]]:
    for credit in data.get("credits", ()):
        head = tuple(credit.get(name) for name, _ in _CREDIT)
        for person in credit.get("contributors", ()):
            yield (source, *head, *(person.get(name) for name, _ in _CONTRIBUTOR))


_SOURCE: Final = ("source", "string")

#: The tables, by name: ``articles``, ``quotes``, ``credits``.
TABLES: Final[dict[str, Table]] = {
    table.name: table
    for table in (
        Table("articles", (_SOURCE, *(flat.column for flat in _ARTICLE)), _article_rows),
        Table("quotes", (_SOURCE, *_QUOTE), _quote_rows),
        Table("credits", (_SOURCE, *_CREDIT, *_CONTRIBUTOR), _credit_rows),
    )
}


def article_rows(table: str, record: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``table`` one record gives (none for an error record);
    raises ``ValueError`` for an unknown table.

    >>> list(article_rows("credits", {"source": "a", "error": {"type": "read", "message": "gone"}}))
    []
    """
    chosen = _table(table)
    data = record.get("article")
    if not isinstance(data, dict):
        return iter(())
    return chosen.make(str(record.get("source")), data)


def _table(name: str) -> Table:
    """The table named ``name``; ``ValueError`` where there is none."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}: one of {', '.join(TABLES)}")
    return TABLES[name]


def rows(table: str, items: Iterable[dict[str, Any] | tuple[str, Article] | Article]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``table`` for records, ``(source, article)`` pairs or
    articles (whose source is their position, ``"0"``, ``"1"``, ...);
    raises ``ValueError`` for an unknown table."""
    chosen = _table(table)
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield from article_rows(table, item)
        elif isinstance(item, Article):
            yield from chosen.make(str(index), to_dict(item))
        else:
            source, article = item
            yield from chosen.make(source, to_dict(article))


# -- Arrow and pandas ------------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError(
            "tables as Arrow, Parquet or pandas need pyarrow: pip install 'newsmodel-wire[parquet]'"
        ) from None
    return pyarrow


def schema(table: str) -> Any:
    """The ``pyarrow.Schema`` of ``table``; every column may be null. Raises
    ``ImportError`` without pyarrow, ``ValueError`` for an unknown table."""
    pa = _pyarrow()
    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in _table(table).columns])


def columns_of(table: str, batch: list[tuple[Any, ...]]) -> Any:
    """A ``pyarrow.Table`` of ``batch``, rows of ``table``."""
    pa = _pyarrow()
    names = [name for name, _ in TABLES[table].columns]
    data = {name: [row[index] for row in batch] for index, name in enumerate(names)}
    return pa.Table.from_pydict(data, schema=schema(table))


def to_arrow(table: str, items: Iterable[dict[str, Any] | tuple[str, Article] | Article]) -> Any:
    """``table`` of records, ``(source, article)`` pairs or articles as a
    ``pyarrow.Table``. Raises ``ImportError`` without pyarrow, ``ValueError``
    for an unknown table."""
    return columns_of(table, list(rows(table, items)))


def to_pandas(table: str, items: Iterable[dict[str, Any] | tuple[str, Article] | Article]) -> Any:
    """``table`` of records, ``(source, article)`` pairs or articles as a
    ``pandas.DataFrame`` (through pyarrow: nullable columns keep their type).
    Raises ``ImportError`` without pyarrow or pandas, ``ValueError`` for an
    unknown table."""
    arrow = to_arrow(table, items)
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise ImportError("to_pandas needs pandas: pip install pandas") from None
    return arrow.to_pandas(types_mapper=_nullable)


def _nullable(arrow_type: Any) -> Any:
    import pandas

    pa = _pyarrow()
    return {pa.int64(): pandas.Int64Dtype(), pa.bool_(): pandas.BooleanDtype(), pa.string(): pandas.StringDtype()}.get(
        arrow_type
    )
