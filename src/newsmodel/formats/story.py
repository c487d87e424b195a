"""A story read from an archive file (its JSON-ready record is :func:`~newsmodel.formats.story_record`).

A :class:`Story` carries a source id that names the file and the story in
it (``reut2-000.sgm#NEWID=1``), the :class:`~newsmodel.models.Article` or
the :class:`StoryError` that kept it from being read, and the metadata
that the format gave beside the text (Reuters-21578 TOPICS, a NewsML-G2
guid ...).

>>> from newsmodel import parse_article
>>> from newsmodel.formats import story_record
>>> story = Story(source="a.sgm#NEWID=1", format="reuters21578",
...               article=parse_article("Prices rose."), metadata={"topics": ["trade"]})
>>> record = story_record(story)
>>> record["source"], record["article"]["paragraphs"], record["metadata"]
('a.sgm#NEWID=1', ['Prices rose.'], {'topics': ['trade']})
>>> story_record(Story(source="page.html", format="markup", error=StoryError(type="markup", message="HTML")))
{'source': 'page.html', 'error': {'type': 'markup', 'message': 'HTML'}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attrs import field, frozen
from attrs.validators import in_, instance_of, optional

from ..models import Article
from ._errors import ERROR_TYPES, ErrorType

__all__ = ["FrozenMapping", "Part", "Story", "StoryError", "article_story"]


class FrozenMapping(Mapping[str, Any]):
    """A read-only mapping that pickles (for worker processes) and prints as a dict."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(self._items)

    def __reduce__(self) -> tuple[type[FrozenMapping], tuple[dict[str, Any]]]:
        return FrozenMapping, (self._items,)


def _freeze(value: Any) -> Any:
    """JSON values made immutable: lists become tuples, objects read-only mappings."""
    if isinstance(value, Mapping):
        return FrozenMapping({str(key): _freeze(inner) for key, inner in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(inner) for inner in value)
    return value


@frozen(kw_only=True)
class StoryError:
    """Why a story could not be read: ``type`` is a record error type (``"markup"``,
    ``"format"``, ``"decode"`` ...), ``message`` says what to do about it."""

    type: ErrorType = field(validator=in_(ERROR_TYPES))
    message: str = field(validator=instance_of(str))


@frozen(kw_only=True)
class Story:
    """One story of a file: exactly one of ``article`` and ``error`` is set.

    ``metadata`` maps names to JSON values (read-only: arrays are tuples).
    """

    source: str = field(validator=instance_of(str))
    format: str = field(validator=instance_of(str))
    article: Article | None = field(default=None, validator=optional(instance_of(Article)))
    error: StoryError | None = field(default=None, validator=optional(instance_of(StoryError)))
    metadata: Mapping[str, Any] = field(factory=dict, converter=_freeze)

    def __attrs_post_init__(self) -> None:
        if (self.article is None) == (self.error is None):
            raise ValueError("a story has either an article or an error")


@frozen(kw_only=True)
class Part:
    """One story of an archive cut out but not read yet: its source id, its
    format and its bytes (an SGML element, the JSON text of a ninjs item),
    or the error that kept it from being cut whole (``data`` is then empty).

    Cutting is cheap and reading is not: a process can cut an archive with
    :func:`~newsmodel.formats.split_stories` and hand the parts, which pickle,
    to others that read them with :func:`~newsmodel.formats.read_part`.
    """

    source: str = field(validator=instance_of(str))
    format: str = field(validator=instance_of(str))
    data: bytes = field(default=b"", validator=instance_of(bytes))
    error: StoryError | None = field(default=None, validator=optional(instance_of(StoryError)))


def article_story(*, source: str, format: str, article: Article, metadata: Mapping[str, Any], what: str) -> Story:
    """The story of an archive item read as ``article``; an item that gave neither
    a headline nor a paragraph (no body, an empty element, white space) holds
    no story: an ``"input"`` error naming ``what`` it is, its metadata kept.
    Raises nothing.

    >>> article_story(source="a.sgm#NEWID=1", format="reuters21578", article=Article(), metadata={},
    ...               what="<REUTERS> element").error.message
    'the <REUTERS> element holds no story text'
    """
    if article.headline is None and not article.paragraphs:
        return Story(source=source, format=format, metadata=metadata,
                     error=StoryError(type="input", message=f"the {what} holds no story text"))
    return Story(source=source, format=format, article=article, metadata=metadata)
