"""Records: the one place where the JSON-ready record of an input is built.

A record is ``{"source": ..., "article": {...}}`` (or ``"ninjs"``: the
article as a ninjs 3.1 item) or, for an input that could not be parsed,
``{"source": ..., "error": {"type": ..., "message": ...}}``; ``"fields"``
(what a JSON Lines record carried beside its text) and ``"metadata"`` (what
an archive format gave beside a story's text) follow ``"source"`` where
given. The readers, :mod:`newsmodel.bulk` and the command line tool all
build their records here.

>>> error_record("a.txt", "read", "permission denied")
{'source': 'a.txt', 'error': {'type': 'read', 'message': 'permission denied'}}
>>> worker_record("b.txt", "killed by SIGKILL")["error"]["type"]
'worker'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from ..models import Article
from ..ninjs import to_ninjs
from ..serialization import to_dict
from ._errors import ERROR_TYPES

if TYPE_CHECKING:
    from .story import Story

__all__ = [
    "ARTICLE_FORMATS",
    "ERROR_TYPES",
    "ArticleFormat",
    "Record",
    "article_record",
    "error_record",
    "internal_record",
    "memory_record",
    "story_record",
    "worker_record",
]

#: A record: ``{"source", "article"}`` or ``{"source", "error": {"type", "message"}}``,
#: with ``"fields"`` where the input carried fields.
Record = dict[str, Any]


#: How a record holds its article.
ArticleFormat = Literal["json", "ninjs"]

#: Each way a record holds its article: its key, and the article's JSON form there
#: (newsmodel's JSON, or a ninjs 3.1 item whose ``uri`` is given or made from the content).
_FORMS: Final[Mapping[str, tuple[str, Callable[[Article, str | None], Any]]]] = {
    "json": ("article", lambda article, uri: to_dict(article)),
    "ninjs": ("ninjs", lambda article, uri: to_ninjs(article, uri=uri)),
}

#: How a record holds its article: newsmodel's JSON under ``"article"``, or a
#: ninjs 3.1 item (:func:`~newsmodel.to_ninjs`) under ``"ninjs"``.
ARTICLE_FORMATS: Final = tuple(_FORMS)

# The metadata that holds a story's own URI where its format gives one: ninjs, NewsML-G2.
_URI_KEYS: Final = ("uri", "guid")


def _head(source: str, fields: dict[str, Any] | None, metadata: dict[str, Any] | None = None) -> Record:
    """The keys a record starts with: ``source``, then ``fields`` and ``metadata`` where given."""
    head: Record = {"source": source}
    if fields is not None:
        head["fields"] = fields
    if metadata is not None:
        head["metadata"] = metadata
    return head


def error_record(
    source: str,
    error_type: str,
    message: str,
    *,
    fields: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Record:
    """The record of an input that could not be parsed: ``error_type`` names the
    fault, the record's ``error.type``. Raises ``ValueError`` where it is not
    one of :data:`ERROR_TYPES`.

    >>> error_record("a.txt", "read", "permission denied")
    {'source': 'a.txt', 'error': {'type': 'read', 'message': 'permission denied'}}
    """
    if error_type not in ERROR_TYPES:
        raise ValueError(f"unknown error record type {error_type!r}")
    return {**_head(source, fields, metadata), "error": {"type": error_type, "message": message}}


def article_record(
    article: Article,
    *,
    source: str,
    fields: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
    to: str = "json",
    uri: str | None = None,
) -> Record:
    """The record of a parsed article: ``{"source", "article"}``, or with
    ``to="ninjs"`` ``{"source", "ninjs"}`` holding it as a ninjs 3.1 item
    whose ``uri`` is ``uri`` (by default one made from the content).
    Raises ``ValueError`` where ``to`` is not one of :data:`ARTICLE_FORMATS`.

    >>> from newsmodel import parse_article
    >>> record = article_record(parse_article("PARIS (Reuters) - Up."), source="a.txt", to="ninjs", uri="urn:a")
    >>> record["source"], record["ninjs"]["uri"], record["ninjs"]["located"]
    ('a.txt', 'urn:a', 'PARIS')
    """
    form = _FORMS.get(to)
    if form is None:
        raise ValueError(f"unknown article format {to!r}: one of {', '.join(ARTICLE_FORMATS)}")
    key, make = form
    return {**_head(source, fields, metadata), key: make(article, uri)}


def _thaw(value: Any) -> Any:
    """Read-only metadata (mappings, tuples) as plain dicts and lists for ``json.dumps``."""
    if isinstance(value, Mapping):
        return {key: _thaw(inner) for key, inner in value.items()}
    if isinstance(value, tuple):
        return [_thaw(inner) for inner in value]
    return value


def story_record(story: Story, *, fields: dict[str, Any] | None = None, to: str = "json") -> Record:
    """The story as a record of :mod:`newsmodel.bulk`'s shape, ready for ``json.dumps``:
    ``{"source", "metadata", "article"}``, or ``{"source", "metadata", "error": {"type", "message"}}``;
    ``"metadata"`` where the format gave some, ``"fields"`` (after ``"source"``) where given.
    ``to="ninjs"`` holds the article as a ninjs 3.1 item under ``"ninjs"``, its ``uri``
    the one the item came with (a ninjs ``uri``, a NewsML-G2 ``guid``) where it had one.
    Raises ``ValueError`` where ``to`` is not one of :data:`ARTICLE_FORMATS`.

    >>> from newsmodel.formats import Story, StoryError
    >>> story_record(Story(source="page.html", format="markup", error=StoryError(type="markup", message="HTML")))
    {'source': 'page.html', 'error': {'type': 'markup', 'message': 'HTML'}}
    """
    metadata = _thaw(story.metadata) or None
    if story.error is not None:
        return error_record(story.source, story.error.type, story.error.message, fields=fields, metadata=metadata)
    assert story.article is not None  # a story has either
    uri = next((value for key in _URI_KEYS if isinstance(value := story.metadata.get(key), str) and value), None)
    return article_record(story.article, source=story.source, fields=fields, metadata=metadata, to=to, uri=uri)


def memory_record(source: str) -> Record:
    """The record of an input that took more memory than a worker may take."""
    return error_record(source, "memory", "parsing it took more memory than a worker may take (see --max-memory)")


def worker_record(source: str, reason: str) -> Record:
    """The record of an input whose worker process died twice, ``reason`` the second death."""
    return error_record(source, "worker", f"the worker process parsing it died twice ({reason})")


def internal_record(source: str, exc: BaseException) -> Record:
    """The record of an input that met a fault of newsmodel itself: the run goes on."""
    return error_record(source, "internal", f"{type(exc).__name__}: {exc}")
