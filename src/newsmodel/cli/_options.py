"""The options of the ``newsmodel`` command: its argument parser and what each option takes.

>>> args = parser().parse_args(["parse", "a.txt", "--max-bytes", "2M", "--jobs", "2"])
>>> args.command, args.max_bytes, args.jobs, args.to
('parse', 2097152, 2, 'json')
"""

from __future__ import annotations

import argparse
import os
from typing import NoReturn

from .. import __version__
from ..bulk._reading import DEFAULT_MAX_BYTES, describe_size
from ..bulk._tasks import DEFAULT_GLOBS, DEFAULT_TIMEOUT
from ..formats import FORMAT_TABLE
from ..quotes import TIERS
from ..tables import TABLES
from ._writers import TABULAR, WRITERS, to_help

__all__ = ["MEMORY_BASE", "MEMORY_FACTOR", "READABLE_FORMATS", "SEPARATOR", "parser"]

#: The formats ``parse --from`` takes: every forcible row's (markup is never read).
READABLE_FORMATS = tuple(row.name for row in FORMAT_TABLE if row.forcible)
#: What ``--from`` says of them: each name and its title.
_FROM_HELP = ", ".join(f"{row.name} ({row.title})" for row in FORMAT_TABLE if row.forcible)
#: Every input format, as people write it, in the order they are detected.
_TITLES = ", ".join(row.title for row in FORMAT_TABLE)

#: The memory a worker may take beyond what it starts with, by default: this many times
#: ``--max-bytes`` (parsing takes at most about 20 times an input's size, its record a few
#: more), and a base for the chunk of small inputs it holds.
MEMORY_FACTOR = 32
MEMORY_BASE = 512 << 20

#: What ``format`` writes between two articles: a line holding a form feed.
SEPARATOR = "\f"


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


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


def parser() -> argparse.ArgumentParser:
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
        "JSON record per input (per story of an archive), in input order. Each input's format "
        f"({_TITLES}) is detected from its content; HTML and other markup give "
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
        help=f"read every input as FORMAT, one of {_FROM_HELP} (default: detected from the content)",
    )
    parse.add_argument(
        "--to", choices=[row.name for row in WRITERS], default=WRITERS[0].name, help=to_help(),
    )
    parse.add_argument(
        "--table", choices=list(TABLES), default=None,
        help=f"with --to {' or '.join(TABULAR)}: one row per article (the default), quote or credited contributor",
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
        "--lexicon", default=None, metavar="FILE",
        help="read by the package's lexicon extended by FILE: agencies, verbs of saying and titles as JSON "
        "(or TOML on Python 3.11+); see the documentation's lexicon page",
    )
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
    return parser
