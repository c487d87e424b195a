"""The input side of ``newsmodel parse``: inputs become tasks, tasks become records.

The main process turns the names on the command line into a lazy stream of
tasks with :func:`iter_tasks`: files named or found in folders, the lines
of JSON Lines inputs, standard input. A task is small and pickles; a worker
turns it into its records with :func:`run_task`. Whatever goes wrong with
one input ends in an error record of that input, never in an exception.

Every text is read by the reader of its format (:mod:`newsmodel.formats`),
detected from its first bytes or forced with ``--from``. An archive that
holds many stories (Reuters-21578, TREC, ninjs) is cut into its stories
here, in the main process, as it is read: each story is a task of its own
(:class:`StoryPart`), read by a worker, its record named ``FILE#ID``. So a
large archive streams through in bounded memory, its stories are parsed in
parallel, and a worker that dies costs one story, not the file. Any other
input is one task, whose records :func:`run_task` returns as a list.

>>> options = ReadOptions()
>>> run_task(JsonLine("in.jsonl:1", b'{"id": 7, "text": "PARIS (Reuters) - Up."}'), options)[0]["fields"]
{'id': 7}
>>> run_task(JsonLine("in.jsonl:2", b"  "), options)[0]["error"]["type"]
'json'
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any, Final

import attrs

from ..formats import (
    FORMAT_TABLE,
    HEAD_BYTES,
    SPLIT_FORMATS,
    FormatName,
    Part,
    Story,
    detect_format,
    read_part,
    read_stories,
    split_stories,
    story_record,
)
from ..formats._decoding import decode_message
from ..formats._records import Record, error_record, internal_record, memory_record
from ..lexicon import Lexicon
from ..quotes import keep_tier
from ._reading import (
    DEFAULT_MAX_BYTES,
    ReadFailure,
    iter_chunks,
    open_input,
    os_reason,
    read_all,
    read_head,
    read_lines,
    special_kind,
    too_large,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "FileInput",
    "JsonLine",
    "ReadOptions",
    "Refused",
    "StoryBytes",
    "StoryPart",
    "Task",
    "Totals",
    "file_tasks",
    "iter_tasks",
    "measure",
    "run_task",
    "walk",
]

#: How long a pipe or device named as an input is waited for, by default.
DEFAULT_TIMEOUT: Final = 30.0


@attrs.frozen
class ReadOptions:
    """How inputs are read and decoded, and what the records hold; the same for every task of a run.

    ``format`` forces a reader (``None``: each input's is detected); ``to`` is
    one of :data:`~newsmodel.bulk.ARTICLE_FORMATS`. ``max_bytes`` caps an
    input, a JSON Lines line and a story of an archive. ``min_tier`` keeps
    only the speakers of the sieves of that tier or a surer one; ``lexicon``
    is the one the stories are parsed by (``None``: the package's), given to
    the worker processes by value.
    """

    encoding: str = "utf-8"
    errors: str = "strict"
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    text_field: str = "text"
    format: FormatName | None = None
    to: str = "json"
    min_tier: int | None = None
    lexicon: Lexicon | None = None


@attrs.frozen
class FileInput:
    """A file to read and parse, named or found in a folder; ``size`` in bytes
    (0: unknown); ``format`` its reader, where known already."""

    source: str
    size: int = 0
    format: FormatName | None = None
    ends_input = True


@attrs.frozen
class StoryBytes:
    """The bytes of one input, read already (standard input, a small file); ``format`` as for :class:`FileInput`."""

    source: str
    data: bytes
    format: FormatName | None = None
    ends_input = True

    @property
    def size(self) -> int:
        return len(self.data)


@attrs.frozen
class StoryPart:
    """One story of an archive, cut out and not read yet; ``size`` is the
    share of the archive's bytes it stands for; ``ends_input`` is true for
    the last story of its archive."""

    part: Part
    size: int
    ends_input: bool

    @property
    def source(self) -> str:
        return self.part.source


@attrs.frozen
class JsonLine:
    """One line of a JSON Lines input, without its line end: an object holding the text."""

    source: str
    data: bytes
    ends_input = True

    @property
    def size(self) -> int:
        return len(self.data) + 1


@attrs.frozen
class Refused:
    """An input that failed before any parsing; its error record is all it gives."""

    source: str
    type: str
    message: str
    size: int = 0
    ends_input = True


#: One unit of work: what a worker needs to make the records of one input, or of one story of an archive.
Task = FileInput | StoryBytes | StoryPart | JsonLine | Refused


def run_task(task: Task, options: ReadOptions) -> list[Record]:
    """The records of one task; an ``internal`` error record should newsmodel itself fail."""
    try:
        return _records(task, options)
    except MemoryError:  # over the worker's memory budget: this input alone
        return [memory_record(task.source)]
    except Exception as exc:  # a bug must cost one record, not the run
        return [internal_record(task.source, exc)]


def _records(task: Task, options: ReadOptions) -> list[Record]:
    if isinstance(task, FileInput):
        return _file_records(task, options)
    if isinstance(task, StoryBytes):
        return _bytes_records(task.data, task.source, task.format, options)
    if isinstance(task, StoryPart):
        stories = read_part(task.part, encoding=options.encoding, errors=options.errors, lexicon=options.lexicon)
        return _story_records(stories, options)
    if isinstance(task, JsonLine):
        return _json_records(task, options)
    return [error_record(task.source, task.type, task.message)]


def _file_records(task: FileInput, options: ReadOptions) -> list[Record]:
    """The records of a file read whole, in chunks, at most ``max_bytes`` of it."""
    try:
        fd, regular = open_input(task.source)
        try:
            data = read_all(fd, regular=regular, max_bytes=options.max_bytes, timeout=options.timeout)
        finally:
            os.close(fd)
    except ReadFailure as failure:
        return [error_record(task.source, failure.type, failure.message)]
    return _bytes_records(data, task.source, task.format, options)


def _bytes_records(
    data: bytes,
    source: str,
    format_: FormatName | None,
    options: ReadOptions,
    *,
    fields: dict[str, Any] | None = None,
    encoding: str | None = None,
    errors: str | None = None,
) -> list[Record]:
    stories = read_stories(
        data,
        source=source,
        format=format_ or options.format,
        encoding=encoding or options.encoding,
        errors=errors or options.errors,
        max_story_bytes=options.max_bytes,
        lexicon=options.lexicon,
    )
    return _story_records(stories, options, fields)


def _story_records(
    stories: Iterable[Story], options: ReadOptions, fields: dict[str, Any] | None = None
) -> list[Record]:
    records = []
    for story in stories:
        record = story_record(_tiered(story, options.min_tier), fields=fields, to=options.to)
        if story.error is not None and story.error.type == "too-large":
            record["error"]["message"] += "; raise --max-bytes to read it"
        records.append(record)
    return records


def _tiered(story: Story, min_tier: int | None) -> Story:
    """The story with only the speakers of tier ``min_tier`` or surer (all where ``None``)."""
    if min_tier is None or story.article is None:
        return story
    return attrs.evolve(story, article=attrs.evolve(story.article, quotes=keep_tier(story.article.quotes, min_tier)))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_records(task: JsonLine, options: ReadOptions) -> list[Record]:
    """The records of a JSON Lines line: its text field read as a file's bytes are
    (the reader detected or forced), the line's other fields carried on each record."""
    source = task.source
    try:
        line = task.data.decode(options.encoding, options.errors)
    except UnicodeDecodeError as exc:
        return [error_record(source, "decode", decode_message(exc, options.encoding))]
    if not line.strip():
        return [error_record(source, "json", "a blank line, not a JSON object")]
    try:
        value = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        return [error_record(source, "json", f"not JSON: {exc.msg} at column {exc.colno}")]
    except (ValueError, RecursionError) as exc:
        return [error_record(source, "json", f"not JSON: {exc or 'nested too deeply'}")]
    if not isinstance(value, dict):
        return [error_record(source, "json", "the line is JSON but not an object")]
    text = value.pop(options.text_field, None)
    if not isinstance(text, str):
        return [error_record(source, "field", f"no string field {options.text_field!r}", fields=value)]
    # JSON text may hold lone surrogates ("\ud800"): they go through as they are
    data = text.encode("utf-8", "surrogatepass")
    return _bytes_records(data, source, None, options, fields=value, encoding="utf-8", errors="surrogatepass")


# -- the main process's side: names to tasks ------------------------------------------


#: What ``walk`` takes from folders: one glob pattern, or any of several.
Patterns = str | tuple[str, ...]

#: The files taken from folders unless told otherwise: wire copy and the
#: archive formats (whose readers the content picks).
DEFAULT_GLOBS: tuple[str, ...] = tuple(dict.fromkeys(glob for row in FORMAT_TABLE for glob in row.globs))


def globs(pattern: Patterns) -> tuple[str, ...]:
    """The glob patterns of ``pattern``, one or several."""
    return (pattern,) if isinstance(pattern, str) else pattern


def _matches(relative: str, pattern: Patterns) -> bool:
    path = PurePosixPath(relative)
    return any(path.match(one) for one in globs(pattern))


def _entries(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as found:
        return sorted(found, key=lambda entry: entry.name)


def walk(folder: str, pattern: Patterns) -> Iterator[FileInput | Refused]:
    """The files of ``folder`` whose path below it matches ``pattern``, depth
    first and by name; links to folders are followed once. What matches but
    cannot be read (a broken or looping link, a pipe, a device, a folder
    that cannot be listed) is :class:`Refused`, so that it gets a record."""
    try:
        root = os.stat(folder)
        stack = [(iter(_entries(folder)), "")]
    except OSError as exc:
        yield Refused(folder, "read", f"a folder that cannot be listed: {os_reason(exc)}")
        return
    seen = {(root.st_dev, root.st_ino)}
    while stack:
        entries, prefix = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        relative = prefix + entry.name
        try:
            found = entry.stat()
        except OSError as exc:
            if _matches(relative, pattern):
                yield Refused(entry.path, "read", os_reason(exc))
            continue
        if stat.S_ISDIR(found.st_mode):
            if (found.st_dev, found.st_ino) in seen:
                continue  # read already: a link back up, or a second link to it
            seen.add((found.st_dev, found.st_ino))
            try:
                stack.append((iter(_entries(entry.path)), relative + "/"))
            except OSError as exc:
                yield Refused(entry.path, "read", f"a folder that cannot be listed: {os_reason(exc)}")
        elif not _matches(relative, pattern):
            continue
        elif stat.S_ISREG(found.st_mode):
            yield FileInput(entry.path, found.st_size)
        else:
            kind = special_kind(found.st_mode) or "not a regular file"
            yield Refused(entry.path, "special", f"{kind}: not read from a folder; name it to read it")


def iter_tasks(names: Sequence[str], options: ReadOptions, *, jsonl: bool, pattern: Patterns) -> Iterator[Task]:
    """Every input of ``names`` (``-`` is standard input) as tasks, lazily, in order."""
    for name in names:
        if name == "-":
            yield from _stdin(options, jsonl=jsonl)
        else:
            yield from _named(name, options, jsonl=jsonl, pattern=pattern)


def file_tasks(path: str, options: ReadOptions) -> Iterator[Task]:
    """The tasks of one file named, as :func:`iter_tasks` makes them: a folder
    is not walked but refused, as ``open`` would refuse it."""
    return _named(path, options, jsonl=False, pattern=None)


def _named(name: str, options: ReadOptions, *, jsonl: bool, pattern: Patterns | None) -> Iterator[Task]:
    """The tasks of a file or folder named; a folder is walked for ``pattern`` (``None``: refused)."""
    try:
        found = os.stat(name)
    except OSError as exc:
        yield Refused(name, "read", os_reason(exc))
        return
    if stat.S_ISDIR(found.st_mode):
        if pattern is None:
            yield Refused(name, "read", "a directory, not a file")
            return
        for task in walk(name, pattern):
            if not isinstance(task, FileInput):
                yield task
            else:
                yield from _json_file(task.source, options) if jsonl else _file(task, options)
    elif jsonl:
        yield from _json_file(name, options)
    elif stat.S_ISREG(found.st_mode):
        yield from _file(FileInput(name, found.st_size), options)
    else:  # a pipe or device: read by a worker, which waits for it
        yield FileInput(name, 0, options.format)


def _stdin(options: ReadOptions, *, jsonl: bool) -> Iterator[Task]:
    try:
        regular = stat.S_ISREG(os.fstat(0).st_mode)
    except OSError as exc:
        yield Refused("<stdin>", "read", os_reason(exc))
        return
    if jsonl:
        yield from _json_lines(0, "<stdin>", options, regular=regular, timeout=None)
    else:
        yield from _opened(0, "<stdin>", options, regular=regular, timeout=None)


def _file(task: FileInput, options: ReadOptions) -> Iterator[Task]:
    """The tasks of a regular file: its stories where it is an archive, else itself."""
    try:
        fd, regular = open_input(task.source)
    except ReadFailure as failure:
        yield Refused(task.source, failure.type, failure.message)
        return
    try:
        yield from _opened(fd, task.source, options, regular=regular, timeout=options.timeout)
    finally:
        os.close(fd)


def _opened(fd: int, name: str, options: ReadOptions, *, regular: bool, timeout: float | None) -> Iterator[Task]:
    """The tasks of an open input: its first bytes pick its reader (unless
    ``--from`` did); an archive is cut into its stories as it is read, any
    other input is one task (the file, for a worker to read, or its bytes)."""
    try:
        head = read_head(fd, regular=regular, size=HEAD_BYTES, timeout=timeout)
        format_ = options.format or detect_format(head, name)
        if format_ in SPLIT_FORMATS:
            yield from _stories(fd, head, name, format_, options, regular=regular, timeout=timeout)
        elif len(head) < HEAD_BYTES or not regular:  # all of it is read, or can be read only here
            data = read_all(
                fd, regular=regular, max_bytes=options.max_bytes, timeout=timeout, head=head,
                ended=len(head) < HEAD_BYTES,
            )
            yield StoryBytes(name, data, format_)
        else:
            yield FileInput(name, os.fstat(fd).st_size, format_)
    except ReadFailure as failure:
        yield Refused(name, failure.type, failure.message)
    except Exception as exc:  # a fault of newsmodel cutting an archive: the rest of this input is lost, not the run
        yield Refused(name, "internal", f"{type(exc).__name__}: {exc}")


def _stories(
    fd: int, head: bytes, name: str, format_: FormatName, options: ReadOptions, *, regular: bool, timeout: float | None
) -> Iterator[StoryPart]:
    """The stories of an archive, cut out as its bytes are read. Each part is
    given once the next is cut, so that the last can say it ends the input
    and carry the bytes no story holds, for the progress bar. Should reading
    fail half-way, the stories cut whole are given and the failure raised."""
    read = [0]

    def counted() -> Iterator[bytes]:
        for chunk in itertools.chain([head], iter_chunks(fd, regular=regular, timeout=timeout)):
            read[0] += len(chunk)
            yield chunk

    parts = split_stories(counted(), source=name, format=format_, max_story_bytes=options.max_bytes)
    previous = next(parts)  # there is always one: an archive without a story gives a part that says so
    given = 0
    try:
        for part in parts:
            yield StoryPart(previous, len(previous.data), ends_input=False)
            given += len(previous.data)
            previous = part
    except ReadFailure:
        yield StoryPart(previous, len(previous.data), ends_input=False)
        raise
    yield StoryPart(previous, max(len(previous.data), read[0] - given), ends_input=True)


def _json_file(path: str, options: ReadOptions) -> Iterator[Task]:
    try:
        fd, regular = open_input(path)
    except ReadFailure as failure:
        yield Refused(path, failure.type, failure.message)
        return
    try:
        yield from _json_lines(fd, path, options, regular=regular, timeout=None if regular else options.timeout)
    finally:
        os.close(fd)


def _json_lines(fd: int, name: str, options: ReadOptions, *, regular: bool, timeout: float | None) -> Iterator[Task]:
    number = 0
    try:
        for number, line in enumerate(
            read_lines(fd, max_bytes=options.max_bytes, regular=regular, timeout=timeout), start=1
        ):
            source = f"{name}:{number}"
            if line.data is None:
                failure = too_large(options.max_bytes, line.size)
                yield Refused(source, failure.type, f"a line of {failure.message}", line.size + 1)
            elif number == 1 and line.data.startswith(codecs.BOM_UTF8):
                yield JsonLine(source, line.data[len(codecs.BOM_UTF8) :])
            else:
                yield JsonLine(source, line.data)
    except ReadFailure as failure:
        yield Refused(f"{name}:{number + 1}", failure.type, failure.message)


# -- totals, for the progress bar ------------------------------------------------------


@attrs.frozen
class Totals:
    """What a run will read: ``inputs`` and ``size`` in bytes, each ``None`` where not known."""

    inputs: int | None
    size: int | None


def measure(names: Sequence[str], *, jsonl: bool, pattern: Patterns) -> Totals:
    """The totals of ``names`` ahead of a run (folders are walked once more for it)."""
    inputs = 0
    size: int | None = 0
    for name in names:
        try:
            found = os.fstat(0) if name == "-" else os.stat(name)
        except OSError:
            inputs += 1
            continue
        if stat.S_ISDIR(found.st_mode) and name != "-":
            for task in walk(name, pattern):
                inputs += 1
                size = None if size is None else size + task.size
            continue
        inputs += 1
        size = size + found.st_size if size is not None and stat.S_ISREG(found.st_mode) else None
    return Totals(None if jsonl else inputs, size)
