"""Records for corpora: one JSON-ready record per input, never an exception.

The command line tool and cluster engines (Dask, Spark, multiprocessing)
use these functions; they are top-level and pickle, and hold no state. The
package holds the corpus side's one road: inputs become tasks
(``_tasks``, reading with a cap in ``_reading``), tasks become records in
order in worker processes (``_batch`` over the ordered pool of ``_pool``);
the records themselves are built by :mod:`newsmodel.formats`.

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

import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..article import parse_article
from ..formats._decoding import NotText, decode_text
from ..formats._records import ARTICLE_FORMATS, ERROR_TYPES, Record, article_record, error_record
from ..formats._table import forced_format
from ..lexicon import Lexicon
from ._batch import Batch, same
from ._reading import DEFAULT_MAX_BYTES
from ._tasks import DEFAULT_GLOBS, ReadOptions, file_tasks, iter_tasks, run_task

__all__ = [
    "ARTICLE_FORMATS",
    "DEFAULT_MAX_BYTES",
    "ERROR_TYPES",
    "Record",
    "article_record",
    "error_record",
    "file_records",
    "parse_bytes",
    "parse_file",
    "parse_files",
    "parse_text",
]


def parse_text(
    text: str, *, source: str, fields: dict[str, Any] | None = None, lexicon: Lexicon | None = None
) -> Record:
    """The record of one article's text, parsed by ``lexicon`` (``None``: the
    package's); ``fields`` are kept under ``"fields"``."""
    return article_record(parse_article(text, lexicon=lexicon), source=source, fields=fields)


def parse_bytes(
    data: bytes,
    *,
    source: str,
    encoding: str = "utf-8",
    errors: str = "strict",
    fields: dict[str, Any] | None = None,
    lexicon: Lexicon | None = None,
) -> Record:
    """The record of an article's bytes: decoded as ``encoding``/``errors`` say
    (a byte-order mark wins among the Unicode encodings) and parsed by
    ``lexicon``, or an error record for bytes that do not decode and for
    text that holds NUL characters."""
    try:
        text = decode_text(data, encoding, errors)
    except NotText as failure:
        return error_record(source, failure.type, failure.message, fields=fields)
    return parse_text(text, source=source, fields=fields, lexicon=lexicon)


def file_records(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    to: str = "json",
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
    lexicon: Lexicon | None = None,
) -> list[Record]:
    """The records of one file, as ``newsmodel parse`` makes them: its format
    detected from its content (or forced with ``format``), an archive's
    stories a record each, in order, and a fault its error record. Raises
    nothing for a file; ``ValueError`` where ``to`` is not one of
    :data:`ARTICLE_FORMATS`.

    At most ``max_bytes`` are read of a file, and of one story of an archive
    (a longer one is a ``too-large`` error record), in chunks. A pipe or
    device is waited for at most ``timeout`` seconds between chunks
    (``None``: as long as it takes). ``lexicon`` is the one the stories are
    parsed by (``None``: the package's).

    >>> import pathlib, tempfile
    >>> sgm = pathlib.Path(tempfile.mkdtemp()) / "reut2-000.sgm"
    >>> _ = sgm.write_bytes(b'<REUTERS NEWID="1"><TEXT><BODY>Oil rose.</BODY></TEXT></REUTERS>'
    ...                     b'<REUTERS NEWID="2"><TEXT><BODY>Gold fell.</BODY></TEXT></REUTERS>')
    >>> [record["source"].rsplit("/", 1)[-1] for record in file_records(sgm)]
    ['reut2-000.sgm#NEWID=1', 'reut2-000.sgm#NEWID=2']
    """
    options = _options(
        format=format, to=to, encoding=encoding, errors=errors, max_bytes=max_bytes, timeout=timeout, lexicon=lexicon
    )
    return [record for task in file_tasks(str(path), options) for record in run_task(task, options)]


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
    lexicon: Lexicon | None = None,
) -> Record:
    """The record of a file of one story, read as :func:`file_records` reads
    it (its format detected from its content); an error record where it
    cannot be read, and an ``input`` error record for an archive of several
    stories, which :func:`file_records` gives one record each. Raises nothing.

    >>> parse_file("no/such/file.txt")["error"]["type"]
    'read'
    """
    records = file_records(
        path, encoding=encoding, errors=errors, max_bytes=max_bytes, timeout=timeout, lexicon=lexicon
    )
    if len(records) == 1:
        return records[0]
    return error_record(
        str(path), "input", f"an archive of {len(records):,} stories: newsmodel.bulk.file_records gives each its record"
    )


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    to: str = "json",
    format: str | None = None,
    pattern: str | tuple[str, ...] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
    lexicon: Lexicon | None = None,
) -> Iterator[Record]:
    """The records of files and folders, as ``newsmodel parse`` makes them:
    one per input, or per story of an archive, in order, errors as records.

    Folders are walked for ``pattern`` (a glob, or several; by default the
    files the command takes: ``*.txt`` and the archive formats); each input's
    format is detected from its content (or forced with ``format``). With
    ``jobs`` above 1 the inputs are parsed in that many
    worker processes (a worker that dies is replaced; an input whose worker
    dies twice gets a ``worker`` error record); the pool is closed when the
    iterator ends or is closed; the worker processes get ``lexicon`` (the one
    the stories are parsed by; ``None``: the package's) by value. Raises
    nothing for an input (a fault is its error record); ``ValueError`` where
    ``to`` is not one of :data:`ARTICLE_FORMATS`.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("PARIS (Reuters) - Up.")
    >>> [record["article"]["paragraphs"] for record in parse_files([folder])]
    [['Up.']]
    """
    options = _options(
        format=format, to=to, encoding=encoding, errors=errors, max_bytes=max_bytes, timeout=timeout, lexicon=lexicon
    )
    chosen = DEFAULT_GLOBS if pattern is None else pattern
    tasks = iter_tasks([str(path) for path in paths], options, jsonl=False, pattern=chosen)
    with Batch(options, same, jobs=jobs) as batch:
        for _, records in batch.run(tasks):
            yield from records


def _options(
    *,
    format: str | None,
    to: str,
    encoding: str,
    errors: str,
    max_bytes: int,
    timeout: float | None,
    lexicon: Lexicon | None,
) -> ReadOptions:
    """The options of a run; ``ValueError`` for an unknown ``to`` or ``format``."""
    if to not in ARTICLE_FORMATS:
        raise ValueError(f"unknown article format {to!r}: one of {', '.join(ARTICLE_FORMATS)}")
    forced = None if format is None else forced_format(format)
    return ReadOptions(
        encoding=encoding, errors=errors, max_bytes=max_bytes, timeout=timeout, to=to, format=forced, lexicon=lexicon
    )
