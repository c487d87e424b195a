"""The ``newsmodel`` command: parse wire copy to JSON Lines, format JSON back to copy.

Every input gives exactly one output record, in input order::

    {"source": "a.txt", "article": {...}}
    {"source": "b.txt", "error": {"type": "decode", "message": "..."}}

JSON Lines input (``--jsonl``) carries each record's other fields through.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

from . import __version__
from .article import format_article
from .bulk import Record, error_record, parse_bytes, parse_file, parse_text
from .models import Article
from .serialization import from_dict

__all__ = ["main"]

# A task is what a worker needs to make one record: where the input came
# from, its file path or its text, and fields to carry through.
Task = tuple[str, str | None, str | None, dict[str, Any]]

_CHUNK = 64


def _work(task: Task, encoding: str, errors: str) -> Record:
    """Make one record: read the file if need be, parse, unstructure."""
    source, path, text, carried = task
    if text is not None:
        return parse_text(text, source=source, carried=carried)
    if path is None:
        return error_record(source, "input", "no text", carried)
    return {**carried, **parse_file(path, encoding=encoding, errors=errors)}


def _decode(data: bytes, encoding: str, errors: str) -> str | None:
    """The text of ``data``, or ``None`` where ``parse_bytes`` must report it."""
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode(encoding, errors)
    except (UnicodeDecodeError, LookupError):
        return None


def _work_chunk(tasks: list[Task], encoding: str, errors: str) -> list[Record]:
    return [_work(task, encoding, errors) for task in tasks]


def _files(target: Path, pattern: str) -> Iterator[Path]:
    if target.is_dir():
        yield from sorted(p for p in target.rglob(pattern) if p.is_file())
    else:
        yield target


def _jsonl_tasks(
    stream: IO[bytes], source: str, field: str, encoding: str, errors: str
) -> Iterator[Task | Record]:
    for number, raw in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        line = _decode(raw, encoding, errors)
        if line is None:
            yield parse_bytes(raw, source=where, encoding=encoding, errors=errors)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_record(where, "json", f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield error_record(where, "json", "the line is JSON but not an object")
            continue
        text = record.pop(field, None)
        if not isinstance(text, str):
            yield error_record(where, "field", f"no string field {field!r}", record)
            continue
        yield (where, None, text, record)


def _tasks(args: argparse.Namespace) -> Iterator[Task | Record]:
    """Every input, lazily: a task to parse, or an error record already made."""
    for name in args.inputs or ["-"]:
        if name == "-":
            stream = sys.stdin.buffer
            if args.jsonl:
                yield from _jsonl_tasks(stream, "<stdin>", args.text_field, args.encoding, args.errors)
                continue
            data = stream.read()
            decoded = _decode(data, args.encoding, args.errors)
            if decoded is None:
                yield parse_bytes(data, source="<stdin>", encoding=args.encoding, errors=args.errors)
            else:
                yield ("<stdin>", None, decoded, {})
            continue
        target = Path(name)
        if not target.exists():
            yield error_record(name, "read", "no such file or directory")
            continue
        for path in _files(target, args.glob):
            if args.jsonl:
                try:
                    with path.open("rb") as stream:
                        yield from _jsonl_tasks(
                            stream, str(path), args.text_field, args.encoding, args.errors
                        )
                except OSError as exc:
                    yield error_record(str(path), "read", exc.strerror or str(exc))
            else:
                yield (str(path), str(path), None, {})


def _chunks(items: Iterable[Task | Record], size: int) -> Iterator[list[Task | Record]]:
    chunk: list[Task | Record] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _records(args: argparse.Namespace) -> Iterator[Record]:
    """Records in input order; with ``--jobs`` > 1, parsed in worker processes
    with a bounded number of chunks in flight, so memory stays flat."""
    chunks = _chunks(_tasks(args), _CHUNK)
    if args.jobs <= 1:
        for chunk in chunks:
            for item in chunk:
                yield item if isinstance(item, dict) else _work(item, args.encoding, args.errors)
        return
    in_flight: deque[tuple[list[Task | Record], Future[list[Record]]]] = deque()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:

        def drain(limit: int) -> Iterator[Record]:
            while len(in_flight) > limit:
                chunk, future = in_flight.popleft()
                parsed = iter(future.result())
                for item in chunk:
                    yield item if isinstance(item, dict) else next(parsed)

        for chunk in chunks:
            tasks = [item for item in chunk if not isinstance(item, dict)]
            in_flight.append((chunk, pool.submit(_work_chunk, tasks, args.encoding, args.errors)))
            yield from drain(args.jobs * 4)
        yield from drain(0)


class _Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = self.shown = time.monotonic()
        self.done = self.failed = 0

    def tick(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.25:
            self.shown = now
            sys.stderr.write(f"\r{self.line(now)}")
            sys.stderr.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        return (
            f"{self.done:,} inputs, {self.failed:,} errors, "
            f"{elapsed:.1f} s, {self.done / elapsed:,.0f}/s"
        )

    def close(self, quiet: bool) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
        if not quiet:
            sys.stderr.write(f"newsmodel: {self.line(time.monotonic())}\n")


def _parse_command(args: argparse.Namespace) -> int:
    progress_on = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(progress_on)
    out: IO[str] = (
        open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    )
    try:
        for record in _records(args):
            out.write(json.dumps(record, ensure_ascii=False, indent=args.indent))
            out.write("\n")
            progress.tick("error" in record)
    finally:
        if args.output:
            out.close()
        progress.close(args.quiet)
    return 1 if progress.failed else 0


def _articles_in(text: str) -> Iterator[Article]:
    text = text.strip()
    if not text:
        return
    try:
        values: list[Any] = [json.loads(text)]
    except json.JSONDecodeError:
        values = [json.loads(line) for line in text.splitlines() if line.strip()]
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict) and "error" in item and "article" not in item:
                continue
            data = item.get("article", item) if isinstance(item, dict) else item
            yield from_dict(data, Article)


def _format_command(args: argparse.Namespace) -> int:
    status = 0
    for name in args.inputs or ["-"]:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
            articles = list(_articles_in(text))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            print(f"newsmodel: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        for article in articles:
            sys.stdout.write(format_article(article, dash=args.dash))
            sys.stdout.write("\n")
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Turn news wire copy into typed JSON, and JSON back into wire copy.",
        epilog="Examples:\n  newsmodel parse story.txt\n  newsmodel parse --jobs 2 corpus/ -o out.jsonl\n"
        "  newsmodel parse --jsonl --text-field body stories.jsonl\n"
        "  newsmodel parse story.txt | newsmodel format -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse wire copy to JSON Lines, one record per input",
        description="Parse files, directories (recursively), JSON Lines or standard input "
        "('-') into one JSON record per input, in input order. Inputs that cannot be read "
        "give an error record; the exit status is 1 if any did.",
    )
    parse.add_argument("inputs", nargs="*", metavar="INPUT", help="file, directory or - (default: -)")
    parse.add_argument("--glob", default="*.txt", help="files to take from directories (default: *.txt)")
    parse.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines records holding the text")
    parse.add_argument("--text-field", default="text", help="the field of a JSONL record with the text")
    parse.add_argument("-o", "--output", help="write records here instead of standard output")
    parse.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPU count)"
    )
    parse.add_argument("--encoding", default="utf-8", help="how input bytes are decoded (default: utf-8)")
    parse.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "replace", "ignore", "surrogateescape", "backslashreplace"],
        help="what to do with undecodable bytes (default: strict, an error record)",
    )
    parse.add_argument("--indent", type=int, default=None, help="pretty-print each record")
    progress = parse.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None,
        help="show a progress line on standard error (default: when it is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    parse.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    parse.set_defaults(run=_parse_command)
    fmt = commands.add_parser(
        "format",
        help="write articles from JSON (an article, a record or JSON Lines) as wire copy",
    )
    fmt.add_argument("inputs", nargs="*", metavar="FILE", help="JSON file or - (default: -)")
    fmt.add_argument("--dash", default="-", help="the dateline's dash (default: -)")
    fmt.set_defaults(run=_format_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("newsmodel: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except KeyboardInterrupt:
        return 130
    return status
