"""The ``newsmodel`` command: parse wire copy to JSON Lines, format JSON back to copy,
and print the JSON Schema of what ``parse`` writes.

Every input gives exactly one record, in input order, whatever happens to
the others::

    {"source": "a.txt", "article": {...}}
    {"source": "b.txt", "error": {"type": "decode", "message": "..."}}
    {"source": "c.jsonl:1", "fields": {"id": 7}, "article": {...}}

The guarantees, the record shape and every error record type are in
``docs/cli.md``. The tool is a shell over :mod:`newsmodel.bulk` (inputs,
tasks, the worker pool); here are its options, output, progress and signals.
"""

from __future__ import annotations

import argparse
import functools
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

from .. import __version__
from ..article import format_article
from ..bulk._pool import STOP_SIGNALS, OrderedPool
from ..bulk._reading import DEFAULT_MAX_BYTES, ReadFailure, describe_size, open_input, read_lines
from ..bulk._tasks import (
    DEFAULT_GLOBS,
    DEFAULT_TIMEOUT,
    Patterns,
    ReadOptions,
    Task,
    globs,
    iter_tasks,
    measure,
    run_task,
    walk,
)
from ..errors import ValidationError
from ..formats import READERS
from ..formats._records import internal_record, memory_record, worker_record
from ..models import Article
from ..ninjs import from_ninjs
from ..quotes import TIERS
from ..schema import json_schema, record_schema
from ..serialization import from_dict
from ..tables import TABLES
from ._documents import BadDocument, iter_documents
from ._output import Output, OutputError, encode_record, input_conflict
from ._progress import Progress, count
from ._writers import WRITERS, open_writer, writer_problem, writer_row

__all__ = ["main"]

#: The most tasks, and about the most input bytes, in one chunk sent to a worker.
CHUNK_TASKS = 64
CHUNK_BYTES = 4 << 20

#: Records are written out at least this often (seconds), and whenever the workers are all busy.
FLUSH_EVERY = 1.0

#: The formats ``parse --from`` takes: every reader's (markup has none).
READABLE_FORMATS = tuple(READERS)

#: The memory a worker may take beyond what it starts with, by default: this many times
#: ``--max-bytes`` (parsing takes at most about 20 times an input's size, its record a few
#: more), and a base for the chunk of small inputs it holds.
MEMORY_FACTOR = 32
MEMORY_BASE = 512 << 20

#: What ``format`` writes between two articles: a line holding a form feed.
SEPARATOR = "\f"

#: A record as it leaves a worker: its error type (``None`` for an article) and its JSON text.
RecordLine = tuple[str | None, bytes]


# -- stop signals ----------------------------------------------------------------------


class _Interrupted(BaseException):  # not an Exception: no "except Exception" may swallow it
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


def _on_stop(signum: int, frame: FrameType | None) -> None:
    for number in STOP_SIGNALS:  # one stop is enough: the clean-up must not be cut short
        signal.signal(number, signal.SIG_IGN)
    raise _Interrupted(signum)


@contextmanager
def _stop_signals() -> Iterator[None]:
    """The stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) raise :class:`_Interrupted` in the block."""
    previous = {number: signal.signal(number, _on_stop) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# -- messages --------------------------------------------------------------------------


def _say(message: str) -> None:
    _tell(f"newsmodel: {message}\n")


def _tell(text: str) -> None:
    """Write to standard error; one that is closed or full costs what it cannot show, never the run."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # full, closed, or None (closed before Python started)
        _mute_stderr()


def _mute_stderr() -> None:
    """Standard error onto the null device from now on, so that nothing written to it fails again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    if null != 2:
        os.dup2(null, 2)
        os.close(null)
    if sys.stderr is None or sys.stderr.closed:
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - the process's own standard error


class _GuardedStream:
    """Standard error for the length of a run: a write that fails (a full disk, a
    closed pipe) mutes it, and the progress bar and messages go on into nothing."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except (OSError, ValueError):
            _mute_stderr()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except (OSError, ValueError):
            _mute_stderr()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def _guarded_stderr() -> Iterator[None]:
    """Standard error that never fails the run, for the block."""
    if sys.stderr is None:  # started with standard error closed: what it would say goes nowhere
        _mute_stderr()
    stream = sys.stderr
    sys.stderr = _GuardedStream(stream)
    try:
        yield
    finally:
        sys.stderr = stream


# -- parse -----------------------------------------------------------------------------


def _kind(record: dict[str, Any]) -> str | None:
    error = record.get("error")
    return error.get("type") if isinstance(error, dict) else None


def _render(tasks: list[Task], options: ReadOptions, indent: int | None) -> list[list[RecordLine]]:
    """What a worker does with a chunk: each task's records, as JSON lines."""
    return [[_line(record, indent) for record in run_task(task, options)] for task in tasks]


def _line(record: dict[str, Any], indent: int | None) -> RecordLine:
    try:
        return _kind(record), encode_record(record, indent)
    except (TypeError, ValueError) as exc:  # a value JSON cannot hold: one record lost, not the run
        return "internal", encode_record(internal_record(record.get("source", "?"), exc), indent)
    except MemoryError:  # a record too large for the worker's memory budget
        return "memory", encode_record(memory_record(record.get("source", "?")), indent)


def _lost(task: Task, reason: str, indent: int | None) -> list[RecordLine]:
    """The record of a task whose worker died twice."""
    return [_line(worker_record(task.source, reason), indent)]


def _chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    """Tasks in chunks that grow from 1 to ``CHUNK_TASKS`` tasks (or about
    ``CHUNK_BYTES`` of input), so that small runs use every worker too."""
    chunk: list[Task] = []
    size = 0
    limit = 1
    for task in tasks:
        chunk.append(task)
        size += task.size
        if len(chunk) >= limit or size >= CHUNK_BYTES:
            yield chunk
            chunk, size, limit = [], 0, min(CHUNK_TASKS, limit * 2)
    if chunk:
        yield chunk


@contextmanager
def _results(
    tasks: Iterable[Task],
    options: ReadOptions,
    args: argparse.Namespace,
    idle: Callable[[], None],
    pools: list[OrderedPool[Task, list[RecordLine]]],
) -> Iterator[Iterator[tuple[Task, list[RecordLine]]]]:
    """Each task with its records, in order: in this process, or in workers
    (the pool is added to ``pools``, for its count of workers lost)."""
    if args.jobs == 1:
        yield ((task, _render([task], options, args.indent)[0]) for task in tasks)
        return
    work = functools.partial(_render, options=options, indent=args.indent)
    lost = functools.partial(_lost, indent=args.indent)
    memory = args.max_memory if args.max_memory is not None else MEMORY_FACTOR * args.max_bytes + MEMORY_BASE
    with OrderedPool(work, lost, jobs=args.jobs, memory=memory or None) as pool:
        pools.append(pool)
        yield pool.run(_chunks(tasks), idle=idle)


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


def _parse_command(args: argparse.Namespace) -> int:
    names = list(args.inputs or ["-"])
    problem = _parse_problem(args, names)
    if problem:
        return _usage(args, problem)
    _hint_at_a_terminal(args, names)
    options = ReadOptions(
        encoding=args.encoding,
        errors=args.errors,
        max_bytes=args.max_bytes,
        timeout=args.read_timeout or None,
        text_field=args.text_field or "text",
        format=args.from_format,
        to=writer_row(args.to).article,
        min_tier=args.min_tier,
    )
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    pattern = _pattern(args)
    progress = Progress(show, measure(names, jsonl=args.jsonl, pattern=pattern) if show else None)
    deadline = [time.monotonic() + FLUSH_EVERY]
    pools: list[OrderedPool[Task, list[RecordLine]]] = []

    def body(output: Output) -> None:
        tasks = iter_tasks(names, options, jsonl=args.jsonl, pattern=pattern)
        with open_writer(args.to, output, table=args.table, target=args.output) as writer, _results(
            tasks, options, args, output.flush, pools
        ) as results:
            for task, lines in results:
                for kind, line in lines:
                    writer.write(kind, line)
                progress.add(task.size, [kind for kind, _ in lines], ends_input=task.ends_input)
                if time.monotonic() >= deadline[0]:
                    deadline[0] = time.monotonic() + FLUSH_EVERY
                    output.flush()

    status, opened = _run_with_output(args.output, body, lambda: progress.records, "records", progress.close)
    if opened and not args.quiet:
        _say(progress.summary(sum(pool.deaths for pool in pools)))
    if status is not None:
        return status
    return 1 if progress.errors else 0


def _run_with_output(
    target: str | None,
    body: Callable[[Output], None],
    made: Callable[[], int],
    noun: str,
    done: Callable[[], None] = lambda: None,
) -> tuple[int | None, bool]:
    """Run ``body`` writing to ``target`` (``None``: standard output), and put
    the output in place; ``done()`` once the body ends, however it ends.
    Returns ``None`` when all went well, else the exit status (the reason
    said on standard error); and whether the output could be opened at all."""
    try:
        output = Output(target)
    except OutputError as exc:
        _say(str(exc))
        return 2, False
    try:
        try:
            body(output)
        finally:
            done()
        output.commit()
    except _Interrupted as stop:
        kept = output.abandon(keep=True)
        where = f"{kept} ({target} is left as it was)" if kept else output.name
        _say(f"interrupted by {stop.name}: {output.written:,} complete {noun} written to {where}")
        return 128 + stop.signum, True
    except OutputError as exc:
        _say(str(exc))
        atomic = output.atomic
        output.abandon(keep=False)
        if atomic:
            _say(f"stopped: {target} is left as it was; none of the {made():,} {noun} made is in it")
        else:
            _say(f"stopped: {output.written:,} {noun} written, {made() - output.written:,} made and not written")
        return 2, True
    return None, True


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


def _format_command(args: argparse.Namespace) -> int:
    names = list(args.inputs or ["-"])
    if names.count("-") > 1:
        return _usage(args, "standard input (-) can be read only once")
    conflict = input_conflict(args.output, names)
    if conflict:
        return _usage(args, conflict)
    _hint_at_a_terminal(args, names)
    separator = (args.separator + "\n").encode("utf-8", "backslashreplace")
    counts: Counter[str] = Counter()

    def bad(name: str, line: int, message: str) -> None:
        counts["bad"] += 1
        _say(f"{name}:{line}: {message}" if line else f"{name}: {message}")

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

    status, opened = _run_with_output(args.output, body, lambda: counts["article"], "articles")
    if opened and not args.quiet:  # "written" only where they were: a failed output has said what it holds
        _say(
            f"{count(counts['article'], 'article')} {'written' if status is None else 'made'}, "
            f"{count(counts['error'], 'error record')} skipped, {count(counts['bad'], 'bad record')}"
        )
    if status is not None:
        return status
    return 1 if counts["bad"] else 0


# -- schema ----------------------------------------------------------------------------


def _schema_command(args: argparse.Namespace) -> int:
    schema = json_schema() if args.article else record_schema()
    status, _ = _run_with_output(
        args.output, lambda output: output.write(encode_record(schema, args.indent)), lambda: 1, "schemas"
    )
    return 0 if status is None else status


# -- options ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _hint_at_a_terminal(args: argparse.Namespace, names: list[str]) -> None:
    """Say so when standard input is to be read and is a terminal, rather than wait in silence."""
    if "-" in names and sys.stdin is not None and sys.stdin.isatty():
        end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D"
        _say(f"reading standard input: type or paste, then {end}; or name files (newsmodel {args.command} --help)")


def _usage(args: argparse.Namespace, message: str) -> int:
    prog = f"newsmodel {args.command}"
    _tell(f"{prog}: {message} (see {prog} --help)\n")
    return 2


def _whole(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of {what}: {text!r}") from None


def _jobs(text: str) -> int:
    value = _whole(text, "worker processes")
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} worker processes: at least 1, please")
    return value


_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def _size(text: str) -> int:
    """A byte count: ``1000``, ``64k``, ``64M``, ``2G`` (powers of 1024)."""
    number, unit = text.strip().rstrip("bB"), ""
    if number[-1:].lower() in _UNITS:
        number, unit = number[:-1], number[-1].lower()
    try:
        value = int(float(number) * _UNITS[unit])
    except (ValueError, OverflowError):  # not a number, or infinite
        raise argparse.ArgumentTypeError(f"not a byte count: {text!r} (e.g. 1000, 64k, 64M, 1G)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: at least one byte, please")
    return value


def _memory(text: str) -> int:
    """A memory budget: a byte count, or 0 for none."""
    return 0 if text.strip() == "0" else _size(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: 0 (wait as long as it takes) or a finite number, please")
    return value


def _indent(text: str) -> int:
    value = _whole(text, "spaces")
    if not 1 <= value <= 16:
        raise argparse.ArgumentTypeError(f"{text}: between 1 and 16 spaces, please")
    return value


def _encoding(text: str) -> str:
    try:
        "a".encode(text, "replace")  # refuses codecs that are not text encodings (base64, zlib...) too
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown text encoding {text!r} (e.g. utf-8, latin-1, utf-16)") from None
    return text


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsmodel",
        description="Turn news wire copy into typed JSON, and JSON back into wire copy.",
        epilog="Examples:\n  newsmodel parse story.txt\n  newsmodel parse --jobs 2 corpus/ -o out.jsonl\n"
        "  newsmodel parse reut2-000.sgm --to ninjs\n"
        "  newsmodel parse --jsonl --text-field body stories.jsonl\n"
        "  newsmodel parse story.txt | newsmodel format -\n"
        "  newsmodel schema --indent 2 -o record.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse wire copy to JSON Lines, one record per input",
        description="Parse files, folders (recursively), JSON Lines or standard input ('-') into one "
        "JSON record per input (per story of an archive: Reuters-21578, TREC, NITF, NewsML-G2, ninjs), "
        "in input order. Each input's format is detected from its content; HTML and other markup give "
        "a 'markup' error record, never prose. Inputs that cannot be read or parsed give an error "
        "record; the exit status is 1 if any did, 2 for a usage or output error, 128+N when "
        "interrupted by signal N (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP, 131 for SIGQUIT).",
    )
    parse.add_argument("inputs", nargs="*", metavar="INPUT", help="file, folder or - (default: -)")
    parse.add_argument(
        "--glob", default=None,
        help=f"files to take from folders (default: {', '.join(DEFAULT_GLOBS)}; with --jsonl *.jsonl)"
    )
    parse.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines records holding the text")
    parse.add_argument("--text-field", default=None, help="with --jsonl: the field holding the text (default: text)")
    parse.add_argument(
        "--from", dest="from_format", choices=READABLE_FORMATS, default=None, metavar="FORMAT",
        help=f"read every input as FORMAT, one of {', '.join(READABLE_FORMATS)} (default: detected from the content)",
    )
    parse.add_argument(
        "--to", choices=[row.name for row in WRITERS], default=WRITERS[0].name,
        help="JSON Lines records holding newsmodel's JSON under 'article' (json, the default) "
        "or a ninjs 3.1 item under 'ninjs'; or one table as csv or parquet (error records then "
        "go to OUTPUT's stem + .errors.jsonl, or to standard error)",
    )
    parse.add_argument(
        "--table", choices=list(TABLES), default=None,
        help="with --to csv or parquet: one row per article (the default), quote or credited contributor",
    )
    parse.add_argument(
        "-o", "--output", help="write the records to this file (put in place at the end), not standard output"
    )
    parse.add_argument(
        "-j", "--jobs", type=_jobs, default=_cpus(), help="worker processes (default: the CPUs this process may use)"
    )
    parse.add_argument(
        "--encoding", type=_encoding, default="utf-8",
        help="how input bytes are decoded (default: utf-8; a byte-order mark picks UTF-16/32)",
    )
    parse.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "replace", "ignore", "surrogateescape", "backslashreplace"],
        help="what to do with undecodable bytes (default: strict, an error record)",
    )
    parse.add_argument(
        "--max-bytes", type=_size, default=DEFAULT_MAX_BYTES,
        help=f"read at most this much of one input or JSON Lines line (default: {describe_size(DEFAULT_MAX_BYTES)})",
    )
    parse.add_argument(
        "--read-timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
        help=f"wait this long for data from a named pipe or device, 0 for ever (default: {DEFAULT_TIMEOUT:g})",
    )
    parse.add_argument(
        "--max-memory", type=_memory, default=None, metavar="SIZE",
        help=f"the memory a worker process may take for its inputs, 0 for no limit; an input that needs more "
        f"gets a 'memory' record (default: {MEMORY_FACTOR} times --max-bytes plus {describe_size(MEMORY_BASE)})",
    )
    parse.add_argument("--indent", type=_indent, default=None, help="pretty-print each record (1 to 16 spaces)")
    parse.add_argument(
        "--min-tier", type=int, choices=TIERS, default=None, metavar="N",
        help="keep only the quotes' speakers of the sieves of tier N or surer, 1 to 3 (default: every speaker)",
    )
    progress = parse.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None,
        help="show a progress bar on standard error (default: when it is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    parse.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    parse.set_defaults(run=_parse_command)
    fmt = commands.add_parser(
        "format",
        help="write articles from JSON (articles, parse records, JSON Lines) as wire copy",
        description="Write each article of JSON input as wire copy, articles separated by a line "
        "holding a form feed. Reads JSON Lines and pretty-printed documents (parse --indent); error "
        "records are counted and skipped; each bad record is reported with its line and the rest go "
        "on (exit status 1).",
    )
    fmt.add_argument("inputs", nargs="*", metavar="FILE", help="JSON file or - (default: -)")
    fmt.add_argument("-o", "--output", help="write the copy to this file (replaced at the end)")
    fmt.add_argument("--dash", default="-", help="the dateline's dash (default: -)")
    fmt.add_argument(
        "--separator", default=SEPARATOR, help="the line between two articles (default: a form feed)"
    )
    fmt.add_argument(
        "--max-bytes", type=_size, default=DEFAULT_MAX_BYTES,
        help=f"the largest JSON document read (default: {describe_size(DEFAULT_MAX_BYTES)})",
    )
    fmt.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    fmt.set_defaults(run=_format_command)
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of parse's records (or, with --article, of an article)",
        description="Print the JSON Schema of the records 'parse' writes, error records "
        "included, or with --article of an article alone (newsmodel's JSON, as 'newsmodel.from_dict' "
        "reads it). It is derived from the models of this version of newsmodel; its '$schema' names its dialect.",
    )
    schema.add_argument(
        "--article", action="store_true", help="the schema of an article (a record's 'article'), not of a record"
    )
    schema.add_argument("-o", "--output", help="write the schema to this file (replaced at the end)")
    schema.add_argument("--indent", type=_indent, default=None, help="pretty-print it (1 to 16 spaces)")
    schema.set_defaults(run=_schema_command)
    return parser


def _no_output_name(args: argparse.Namespace) -> str | None:
    """Why ``-o`` cannot be written before anything is read: an empty name."""
    return "-o/--output needs a file name, not ''" if getattr(args, "output", None) == "" else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    with _guarded_stderr(), _stop_signals():
        try:
            args = _parser().parse_args(argv)
            problem = _no_output_name(args)
            if problem:
                return _usage(args, problem)
            status: int = args.run(args)
        except _Interrupted as stop:  # before any output was opened
            _say(f"interrupted by {stop.name}")
            return 128 + stop.signum
    return status
