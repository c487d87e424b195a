"""The commands of the ``newsmodel`` tool: ``parse``, ``format`` and ``schema``.

``parse`` runs :mod:`newsmodel.bulk`'s tasks (in worker processes) and hands
each record, as the JSON line a worker made of it, to the writer of
``--to``; ``format`` reads records back and writes wire copy; ``schema``
prints the JSON Schema of the records.

>>> _ascii_compatible("latin-1"), _ascii_compatible("utf-16")
(True, False)
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..article import format_article
from ..bulk._batch import Batch
from ..bulk._reading import ReadFailure, open_input, read_lines
from ..bulk._tasks import DEFAULT_GLOBS, Patterns, ReadOptions, globs, iter_tasks, measure, walk
from ..errors import ValidationError
from ..lexicon import Lexicon
from ..models import Article
from ..ninjs import from_ninjs
from ..schema import json_schema, record_schema
from ..serialization import from_dict
from ._documents import BadDocument, iter_documents
from ._options import MEMORY_BASE, MEMORY_FACTOR, SEPARATOR
from ._output import Output, encode_record, input_conflict, run_with_output
from ._progress import Progress, count
from ._signals import hint_at_a_terminal, say, usage
from ._writers import open_writer, writer_problem, writer_row

__all__ = ["format_command", "parse_command", "schema_command"]

#: Records are written out at least this often (seconds), and whenever the workers are all busy.
FLUSH_EVERY = 1.0

# -- parse -----------------------------------------------------------------------------


def _parse_problem(args: argparse.Namespace, names: list[str]) -> str | None:
    """Why the options cannot act together, or ``None``."""
    if args.text_field is not None and not args.jsonl:
        return "--text-field names the field of a JSON Lines record: it needs --jsonl"
    if names.count("-") > 1:
        return "standard input (-) can be read only once"
    if args.jsonl and not _ascii_compatible(args.encoding):
        return f"--jsonl reads lines of ASCII-compatible text: --encoding {args.encoding} is not"
    folders = [name for name in names if name != "-" and os.path.isdir(name)]
    if args.glob is not None and not folders:
        return "--glob chooses files in folders, and no input is a folder"
    conflict = input_conflict(args.output, names) or writer_problem(
        args.to, args.table, args.indent, args.output, names
    )
    if conflict:
        return conflict
    pattern = _pattern(args)
    for folder in folders:
        if next(walk(folder, pattern), None) is None:
            return f"{folder}: no file in it matches --glob {' or '.join(map(repr, globs(pattern)))}"
    return None


def _ascii_compatible(encoding: str) -> bool:
    """Whether lines of ``encoding`` split at the byte ``\\n`` and JSON's marks are their ASCII bytes."""
    try:
        return b'\n{}[]":,'.decode(encoding) == '\n{}[]":,'
    except UnicodeDecodeError:
        return False




def _pattern(args: argparse.Namespace) -> Patterns:
    return str(args.glob) if args.glob is not None else ("*.jsonl" if args.jsonl else DEFAULT_GLOBS)


def parse_command(args: argparse.Namespace) -> int:
    names = list(args.inputs or ["-"])
    problem = _parse_problem(args, names)
    if problem:
        return usage(args, problem)
    hint_at_a_terminal(args, names)
    try:
        lexicon = Lexicon.from_file(args.lexicon) if args.lexicon is not None else None
    except (OSError, ValueError) as exc:
        return usage(args, f"--lexicon {args.lexicon}: {exc}")
    options = ReadOptions(
        encoding=args.encoding,
        errors=args.errors,
        max_bytes=args.max_bytes,
        timeout=args.read_timeout or None,
        text_field=args.text_field or "text",
        format=args.from_format,
        to=writer_row(args.to).article,
        min_tier=args.min_tier,
        lexicon=lexicon,
    )
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    pattern = _pattern(args)
    progress = Progress(show, measure(names, jsonl=args.jsonl, pattern=pattern) if show else None)
    deadline = [time.monotonic() + FLUSH_EVERY]
    memory = args.max_memory if args.max_memory is not None else MEMORY_FACTOR * args.max_bytes + MEMORY_BASE
    render = functools.partial(writer_row(args.to).render, indent=args.indent, table=args.table)
    deaths = [0]  # workers lost and replaced, for the summary

    def body(output: Output) -> None:
        tasks = iter_tasks(names, options, jsonl=args.jsonl, pattern=pattern)
        with open_writer(args.to, output, table=args.table, target=args.output) as writer, Batch(
            options, render, jobs=args.jobs, memory=memory or None
        ) as batch:
            try:
                for task, lines in batch.run(tasks, idle=output.flush):
                    for error_type, line in lines:
                        writer.write(error_type, line)
                    progress.add(task.size, [error_type for error_type, _ in lines], ends_input=task.ends_input)
                    if time.monotonic() >= deadline[0]:
                        deadline[0] = time.monotonic() + FLUSH_EVERY
                        output.flush()
            finally:
                deaths[0] = batch.deaths

    status, opened = run_with_output(args.output, body, lambda: progress.records, "records", progress.close)
    if opened and not args.quiet:
        say(progress.summary(deaths[0]))
    if status is not None:
        return status
    return 1 if progress.errors else 0


# -- format ----------------------------------------------------------------------------


def _article(item: Any) -> Article | None:
    """The article of a JSON value (an article, or a record, ``parse --to ninjs``'s
    too); ``None`` for an error record; ``ValueError`` for anything else."""
    if not isinstance(item, dict):
        raise ValueError(f"not an article or a record: a JSON {type(item).__name__}")
    if "article" in item:
        data = item["article"]
    elif "ninjs" in item and "source" in item:
        if not isinstance(item["ninjs"], dict):
            raise ValueError("'ninjs' holds no JSON object")
        return from_ninjs(item["ninjs"])
    elif "error" in item and "source" in item:
        return None
    elif "source" in item:
        raise ValueError("a record with neither 'article', 'ninjs' nor 'error'")
    else:
        data = item
    try:
        return from_dict(data, Article)
    except ValidationError as error:  # it names the path to the fault: "quotes[3].start: expected ..."
        raise ValueError(f"not an article: {error}") from None


def _values(name: str, max_bytes: int) -> Iterator[tuple[int, Any] | BadDocument]:
    """Each JSON value of input ``name`` (the items of an array one by one), with its line."""
    fd = 0
    regular = True
    if name != "-":
        try:
            fd, regular = open_input(name)
        except ReadFailure as failure:
            yield BadDocument(0, failure.message)
            return
    try:
        lines = read_lines(fd, max_bytes=max_bytes, regular=regular, timeout=None)
        for found in iter_documents(lines, max_bytes=max_bytes):
            if isinstance(found, BadDocument):
                yield found
            elif isinstance(found.value, list):
                yield from ((found.line, item) for item in found.value)
            else:
                yield found.line, found.value
    except ReadFailure as failure:
        yield BadDocument(0, failure.message)
    finally:
        if fd:
            os.close(fd)


#: Bad documents before any JSON one after which an input is taken for no JSON at all.
_NOT_JSON_INPUT = 100
_NOT_JSON = (
    "not JSON from line {first} on: newsmodel format reads the records of newsmodel parse"
    " (for wire copy, run newsmodel parse)"
)


def format_command(args: argparse.Namespace) -> int:
    names = list(args.inputs or ["-"])
    if names.count("-") > 1:
        return usage(args, "standard input (-) can be read only once")
    conflict = input_conflict(args.output, names)
    if conflict:
        return usage(args, conflict)
    hint_at_a_terminal(args, names)
    separator = (args.separator + "\n").encode("utf-8", "backslashreplace")
    counts: Counter[str] = Counter()

    def bad(name: str, line: int, message: str) -> None:
        counts["bad"] += 1
        say(f"{name}:{line}: {message}" if line else f"{name}: {message}")

    def body(output: Output) -> None:
        for name in names:
            label = "<stdin>" if name == "-" else name
            before_json: list[BadDocument] | None = []  # the bad documents before the input's first JSON one
            for found in _values(name, args.max_bytes):
                if isinstance(found, BadDocument):
                    if before_json is not None:
                        before_json.append(found)
                        if len(before_json) == _NOT_JSON_INPUT:
                            break
                    else:
                        bad(label, found.line, found.message)
                    continue
                for early in before_json or ():
                    bad(label, early.line, early.message)
                before_json = None
                line, value = found
                try:
                    article = _article(value)
                    text = None if article is None else format_article(article, dash=args.dash)
                except ValueError as exc:
                    bad(label, line, str(exc))
                    continue
                if text is None:
                    counts["error"] += 1
                    continue
                if counts["article"]:
                    output.write(separator, 0)
                # wire copy holds no form feed: one read from JSON would break the separator line
                output.write(text.replace(SEPARATOR, " ").encode("utf-8", "backslashreplace"))
                counts["article"] += 1
            if before_json is not None and len(before_json) > 1:  # no JSON at all: one error for the input
                bad(label, 0, _NOT_JSON.format(first=before_json[0].line))
            elif before_json:
                bad(label, before_json[0].line, before_json[0].message)

    status, opened = run_with_output(args.output, body, lambda: counts["article"], "articles")
    if opened and not args.quiet:  # "written" only where they were: a failed output has said what it holds
        say(
            f"{count(counts['article'], 'article')} {'written' if status is None else 'made'}, "
            f"{count(counts['error'], 'error record')} skipped, {count(counts['bad'], 'bad record')}"
        )
    if status is not None:
        return status
    return 1 if counts["bad"] else 0


# -- schema ----------------------------------------------------------------------------


def schema_command(args: argparse.Namespace) -> int:
    schema = json_schema() if args.article else record_schema()
    status, _ = run_with_output(
        args.output, lambda output: output.write(encode_record(schema, args.indent)), lambda: 1, "schemas"
    )
    return 0 if status is None else status
