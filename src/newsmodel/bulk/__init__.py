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
from typing import Any

from ..article import parse_article
from ..formats._decoding import NotText, decode_text
from ..formats._records import ARTICLE_FORMATS, ERROR_TYPES, Record, article_record, error_record, worker_record
from ._pool import OrderedPool
from ._reading import DEFAULT_MAX_BYTES, ReadFailure, open_input, read_all
from ._tasks import DEFAULT_GLOBS, ReadOptions, Task, iter_tasks, run_task

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
    return [run_task(task, options) for task in tasks]


def _lost(task: Task, reason: str) -> list[Record]:
    return [worker_record(task.source, reason)]
