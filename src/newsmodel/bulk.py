"""Records for corpora: one JSON-ready record per input, never an exception.

The command line tool and cluster engines (Dask, Spark, multiprocessing)
use these functions; they are top-level and pickle, and hold no state.

A record is ``{"source": ..., "article": {...}}`` or, for an input that
could not be parsed, ``{"source": ..., "error": {"type": ..., "message": ...}}``.
Fields an input carried (the other fields of a JSON Lines record) are kept
under their own key, ``"fields"``, so that none collides with these keys;
what an archive format gave beside a story's text is under ``"metadata"``.

>>> record = parse_text("PARIS (Reuters) - Prices rose.", source="a.txt")
>>> record["source"], record["article"]["dateline"]["locations"]
('a.txt', ['PARIS'])
>>> parse_bytes(b"caf\\xe9", source="b.txt")["error"]["type"]
'decode'
>>> parse_bytes("LONDON (Reuters) - Up.".encode("utf-16"), source="c.txt")["article"]["paragraphs"]
['Up.']
>>> parse_text("Up.", source="d.jsonl:1", fields={"source": "wire"})["fields"]
{'source': 'wire'}
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

from ._decoding import NotText, decode_text
from ._reading import ReadFailure, open_input, read_all
from .article import parse_article
from .models import Article
from .ninjs import to_ninjs
from .serialization import to_dict

if TYPE_CHECKING:
    from ._inputs import ReadOptions, Task

__all__ = [
    "ARTICLE_FORMATS",
    "DEFAULT_MAX_BYTES",
    "ERROR_TYPES",
    "Record",
    "article_record",
    "error_record",
    "parse_bytes",
    "parse_file",
    "parse_files",
    "parse_text",
]

#: A record: ``{"source", "article"}`` or ``{"source", "error": {"type", "message"}}``,
#: with ``"fields"`` where the input carried fields.
Record = dict[str, Any]

#: Every ``error.type`` a record may carry, each documented in ``docs/cli.md``.
ERROR_TYPES: Final[frozenset[str]] = frozenset(
    {
        "read",  # the input could not be opened or read
        "special",  # a pipe, device or socket met in a directory: not read
        "too-large",  # the input (a JSON Lines line, a story of an archive) is longer than the cap
        "timeout",  # a pipe or device gave no data for the read timeout
        "binary",  # the text holds NUL characters: not copy
        "decode",  # the bytes are not text in the encoding
        "json",  # a JSON Lines line that is not a JSON object
        "field",  # a JSON Lines object without the text field as a string
        "worker",  # the worker process died on this input, twice
        "memory",  # parsing it took more memory than a worker may take
        "internal",  # a fault of newsmodel itself, caught so the run goes on
        "input",  # the input holds no story: no text, an archive item without story text
        "markup",  # HTML or other markup, never read as prose
        "format",  # an archive whose structure is broken
    }
)

#: The most bytes read from one input unless told otherwise: 64 MiB.
DEFAULT_MAX_BYTES: Final = 64 << 20

#: How a record holds its article: newsmodel's JSON under ``"article"``, or a
#: ninjs 3.1 item (:func:`~newsmodel.to_ninjs`) under ``"ninjs"``.
ARTICLE_FORMATS: Final = ("json", "ninjs")


def error_record(
    source: str,
    kind: str,
    message: str,
    *,
    fields: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Record:
    """The record of an input that could not be parsed: ``kind`` names the fault.

    >>> error_record("a.txt", "read", "permission denied")
    {'source': 'a.txt', 'error': {'type': 'read', 'message': 'permission denied'}}
    """
    if kind not in ERROR_TYPES:
        raise ValueError(f"unknown error record type {kind!r}")
    return {**_head(source, fields, metadata), "error": {"type": kind, "message": message}}


def _head(source: str, fields: dict[str, Any] | None, metadata: dict[str, Any] | None = None) -> Record:
    """The keys a record starts with: ``source``, then ``fields`` and ``metadata`` where given."""
    head: Record = {"source": source}
    if fields is not None:
        head["fields"] = fields
    if metadata is not None:
        head["metadata"] = metadata
    return head


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
    if to == "json":
        return {**_head(source, fields, metadata), "article": to_dict(article)}
    if to == "ninjs":
        return {**_head(source, fields, metadata), "ninjs": to_ninjs(article, uri=uri)}
    raise ValueError(f"unknown article format {to!r}: one of {', '.join(ARTICLE_FORMATS)}")


def parse_text(text: str, *, source: str, fields: dict[str, Any] | None = None) -> Record:
    """The record of one article's text; ``fields`` are kept under ``"fields"``."""
    return article_record(parse_article(text), source=source, fields=fields)


def parse_bytes(
    data: bytes,
    *,
    source: str,
    encoding: str = "utf-8",
    errors: str = "strict",
    fields: dict[str, Any] | None = None,
) -> Record:
    """The record of an article's bytes: decoded as ``encoding``/``errors`` say
    (a byte-order mark wins among the Unicode encodings), or an error record
    for bytes that do not decode and for text that holds NUL characters."""
    try:
        text = decode_text(data, encoding, errors)
    except NotText as failure:
        return error_record(source, failure.kind, failure.message, fields=fields)
    return parse_text(text, source=source, fields=fields)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
) -> Record:
    """The record of an article file; an error record where it cannot be read.

    At most ``max_bytes`` are read (a longer input is a ``too-large`` error
    record), in chunks. A pipe or device is waited for at most ``timeout``
    seconds between chunks (``None``: as long as it takes).
    """
    source = str(path)
    try:
        fd, regular = open_input(source)
        try:
            data = read_all(fd, regular=regular, max_bytes=max_bytes, timeout=timeout)
        finally:
            os.close(fd)
    except ReadFailure as failure:
        return error_record(source, failure.kind, failure.message)
    return parse_bytes(data, source=source, encoding=encoding, errors=errors)



def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    to: str = "json",
    pattern: str | tuple[str, ...] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
) -> Iterator[Record]:
    """The records of files and folders, as ``newsmodel parse`` makes them:
    one per input, or per story of an archive, in order, errors as records.

    Folders are walked for ``pattern`` (a glob, or several; by default the
    files the command takes: ``*.txt`` and the archive formats); each input's
    format is detected from its content. With ``jobs`` above 1 the inputs are parsed in that many
    worker processes (a worker that dies is replaced; an input whose worker
    dies twice gets a ``worker`` error record); the pool is closed when the
    iterator ends or is closed. Raises nothing for an input (a fault is its
    error record); ``ValueError`` where ``to`` is not one of
    :data:`ARTICLE_FORMATS`.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("PARIS (Reuters) - Up.")
    >>> [record["article"]["paragraphs"] for record in parse_files([folder])]
    [['Up.']]
    """
    from ._inputs import DEFAULT_GLOBS, ReadOptions, iter_tasks  # the input side builds on this module
    from ._pool import OrderedPool

    if to not in ARTICLE_FORMATS:
        raise ValueError(f"unknown article format {to!r}: one of {', '.join(ARTICLE_FORMATS)}")
    options = ReadOptions(encoding=encoding, errors=errors, max_bytes=max_bytes, timeout=timeout, to=to)
    chosen = DEFAULT_GLOBS if pattern is None else pattern
    tasks = iter_tasks([str(path) for path in paths], options, jsonl=False, pattern=chosen)
    if jobs <= 1:
        for task in tasks:
            yield from _run_tasks([task], options)[0]
        return
    work = functools.partial(_run_tasks, options=options)
    with OrderedPool(work, _lost, jobs=jobs) as pool:
        for _, records in pool.run([task] for task in tasks):
            yield from records


def _run_tasks(tasks: list[Task], options: ReadOptions) -> list[list[Record]]:
    """What a worker of :func:`parse_files` does: each task's records."""
    from ._inputs import run_task

    return [run_task(task, options) for task in tasks]


def _lost(task: Task, reason: str) -> list[Record]:
    return [error_record(task.source, "worker", f"the worker process parsing it died twice ({reason})")]
