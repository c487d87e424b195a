"""The input side of ``newsmodel parse``: inputs become tasks, tasks become records.

The main process turns the names on the command line into a lazy stream of
tasks with :func:`iter_tasks`: files named or found in folders, the lines
of JSON Lines inputs, standard input. A task is small and pickles; a worker
turns it into its records with :func:`run_task`. Whatever goes wrong with
one input ends in an error record of that input, never in an exception.

One input gives one record today. :func:`run_task` returns a list so that a
reader that finds several stories in one file (an archive of wire copy) is
one more task class and one more branch of :func:`run_task`, its records
named ``FILE#ID``; the pool, the output and the summary take lists already.

>>> options = ReadOptions()
>>> run_task(JsonLine("in.jsonl:1", b'{"id": 7, "text": "PARIS (Reuters) - Up."}'), options)[0]["fields"]
{'id': 7}
>>> run_task(JsonLine("in.jsonl:2", b"  "), options)[0]["error"]["type"]
'json'
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any, Final

import attrs

from ._reading import ReadFailure, open_input, os_reason, read_all, read_lines, special_kind, too_large
from .bulk import DEFAULT_MAX_BYTES, Record, _decode_message, error_record, parse_bytes, parse_file, parse_text

__all__ = [
    "DEFAULT_TIMEOUT",
    "FileInput",
    "JsonLine",
    "ReadOptions",
    "Refused",
    "StoryBytes",
    "Task",
    "Totals",
    "iter_tasks",
    "measure",
    "run_task",
    "walk",
]

#: How long a pipe or device named as an input is waited for, by default.
DEFAULT_TIMEOUT: Final = 30.0


@attrs.frozen
class ReadOptions:
    """How inputs are read and decoded; the same for every task of a run."""

    encoding: str = "utf-8"
    errors: str = "strict"
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    text_field: str = "text"


@attrs.frozen
class FileInput:
    """A file to read and parse, named or found in a folder; ``size`` in bytes (0: unknown)."""

    source: str
    size: int = 0


@attrs.frozen
class StoryBytes:
    """The bytes of one story, read already (standard input)."""

    source: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@attrs.frozen
class JsonLine:
    """One line of a JSON Lines input, without its line end: an object holding the text."""

    source: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data) + 1


@attrs.frozen
class Refused:
    """An input that failed before any parsing; its error record is all it gives."""

    source: str
    kind: str
    message: str
    size: int = 0


#: One unit of work: what a worker needs to make the records of one input.
Task = FileInput | StoryBytes | JsonLine | Refused


def run_task(task: Task, options: ReadOptions) -> list[Record]:
    """The records of one task; an ``internal`` error record should newsmodel itself fail."""
    try:
        return [_record(task, options)]
    except Exception as exc:  # a bug must cost one record, not the run
        return [error_record(task.source, "internal", f"{type(exc).__name__}: {exc}")]


def _record(task: Task, options: ReadOptions) -> Record:
    if isinstance(task, FileInput):
        return parse_file(
            task.source,
            encoding=options.encoding,
            errors=options.errors,
            max_bytes=options.max_bytes,
            timeout=options.timeout,
        )
    if isinstance(task, StoryBytes):
        return parse_bytes(task.data, source=task.source, encoding=options.encoding, errors=options.errors)
    if isinstance(task, JsonLine):
        return _json_record(task, options)
    return error_record(task.source, task.kind, task.message)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_record(task: JsonLine, options: ReadOptions) -> Record:
    source = task.source
    try:
        line = task.data.decode(options.encoding, options.errors)
    except UnicodeDecodeError as exc:
        return error_record(source, "decode", _decode_message(exc, options.encoding))
    if not line.strip():
        return error_record(source, "json", "a blank line, not a JSON object")
    try:
        value = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        return error_record(source, "json", f"not JSON: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return error_record(source, "json", f"not JSON: {exc or 'nested too deeply'}")
    if not isinstance(value, dict):
        return error_record(source, "json", "the line is JSON but not an object")
    text = value.pop(options.text_field, None)
    if not isinstance(text, str):
        return error_record(source, "field", f"no string field {options.text_field!r}", fields=value)
    return parse_text(text, source=source, fields=value)


# -- the main process's side: names to tasks ------------------------------------------


def _matches(relative: str, pattern: str) -> bool:
    return PurePosixPath(relative).match(pattern)


def _entries(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as found:
        return sorted(found, key=lambda entry: entry.name)


def walk(folder: str, pattern: str) -> Iterator[FileInput | Refused]:
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


def iter_tasks(names: Sequence[str], options: ReadOptions, *, jsonl: bool, pattern: str) -> Iterator[Task]:
    """Every input of ``names`` (``-`` is standard input) as tasks, lazily, in order."""
    for name in names:
        if name == "-":
            yield from _stdin(options, jsonl=jsonl)
            continue
        try:
            found = os.stat(name)
        except OSError as exc:
            yield Refused(name, "read", os_reason(exc))
            continue
        if stat.S_ISDIR(found.st_mode):
            for task in walk(name, pattern):
                yield from _json_file(task.source, options) if jsonl and isinstance(task, FileInput) else (task,)
        elif jsonl:
            yield from _json_file(name, options)
        else:
            yield FileInput(name, found.st_size if stat.S_ISREG(found.st_mode) else 0)


def _stdin(options: ReadOptions, *, jsonl: bool) -> Iterator[Task]:
    try:
        regular = stat.S_ISREG(os.fstat(0).st_mode)
    except OSError as exc:
        yield Refused("<stdin>", "read", os_reason(exc))
        return
    if jsonl:
        yield from _json_lines(0, "<stdin>", options, regular=regular, timeout=None)
        return
    try:
        yield StoryBytes("<stdin>", read_all(0, regular=regular, max_bytes=options.max_bytes))
    except ReadFailure as failure:
        yield Refused("<stdin>", failure.kind, failure.message)


def _json_file(path: str, options: ReadOptions) -> Iterator[Task]:
    try:
        fd, regular = open_input(path)
    except ReadFailure as failure:
        yield Refused(path, failure.kind, failure.message)
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
                yield Refused(source, failure.kind, f"a line of {failure.message}", line.size + 1)
            elif number == 1 and line.data.startswith(codecs.BOM_UTF8):
                yield JsonLine(source, line.data[len(codecs.BOM_UTF8) :])
            else:
                yield JsonLine(source, line.data)
    except ReadFailure as failure:
        yield Refused(f"{name}:{number + 1}", failure.kind, failure.message)


# -- totals, for the progress bar ------------------------------------------------------


@attrs.frozen
class Totals:
    """What a run will read: ``inputs`` and ``size`` in bytes, each ``None`` where not known."""

    inputs: int | None
    size: int | None


def measure(names: Sequence[str], *, jsonl: bool, pattern: str) -> Totals:
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
