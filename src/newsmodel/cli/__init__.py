"""The ``newsmodel`` command: parse wire copy to JSON Lines, format JSON back to copy,
and print the JSON Schema of what ``parse`` writes.

Every input gives exactly one record, in input order, whatever happens to
the others::

    {"source": "a.txt", "article": {...}}
    {"source": "b.txt", "error": {"type": "decode", "message": "..."}}
    {"source": "c.jsonl:1", "fields": {"id": 7}, "article": {...}}

The guarantees, the record shape and every error record type are in
``docs/cli.md``. The tool is a shell over :mod:`newsmodel.bulk` (inputs,
tasks, the worker pool); its own are the options, the output, the progress
bar and the stop signals.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from ._commands import format_command, parse_command, schema_command
from ._options import parser
from ._signals import Interrupted, guarded_stderr, say, stop_signals, usage

__all__ = ["main"]

#: What each command runs.
_COMMANDS: Final[Mapping[str, Callable[[argparse.Namespace], int]]] = {
    "parse": parse_command,
    "format": format_command,
    "schema": schema_command,
}


def _no_output_name(args: argparse.Namespace) -> str | None:
    """Why ``-o`` cannot be written before anything is read: an empty name."""
    return "-o/--output needs a file name, not ''" if getattr(args, "output", None) == "" else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    with guarded_stderr(), stop_signals():
        try:
            args = parser().parse_args(argv)
            problem = _no_output_name(args)
            if problem:
                return usage(args, problem)
            status = _COMMANDS[args.command](args)
        except Interrupted as stop:  # before any output was opened
            say(f"interrupted by {stop.name}")
            return 128 + stop.signum
    return status
