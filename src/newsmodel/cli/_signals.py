"""Stop signals and standard error for the length of a run of the tool.

A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) raises :class:`Interrupted`
in the main process, once: the clean-up is never cut short. Standard error
that fails (full, closed) is muted rather than failing the run.

>>> usage_line("parse", "standard input (-) can be read only once").rstrip()
'newsmodel parse: standard input (-) can be read only once (see newsmodel parse --help)'
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from ..bulk._pool import STOP_SIGNALS

__all__ = ["Interrupted", "guarded_stderr", "hint_at_a_terminal", "say", "stop_signals", "tell", "usage", "usage_line"]

class Interrupted(BaseException):  # not an Exception: no "except Exception" may swallow it
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


def _on_stop(signum: int, frame: FrameType | None) -> None:
    for number in STOP_SIGNALS:  # one stop is enough: the clean-up must not be cut short
        signal.signal(number, signal.SIG_IGN)
    raise Interrupted(signum)


@contextmanager
def stop_signals() -> Iterator[None]:
    """The stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) raise :class:`Interrupted` in the block."""
    previous = {number: signal.signal(number, _on_stop) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def say(message: str) -> None:
    tell(f"newsmodel: {message}\n")


def tell(text: str) -> None:
    """Write to standard error; one that is closed or full costs what it cannot show, never the run."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # full, closed, or None (closed before Python started)
        mute_stderr()


def mute_stderr() -> None:
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
            mute_stderr()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except (OSError, ValueError):
            mute_stderr()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def guarded_stderr() -> Iterator[None]:
    """Standard error that never fails the run, for the block."""
    if sys.stderr is None:  # started with standard error closed: what it would say goes nowhere
        mute_stderr()
    stream = sys.stderr
    sys.stderr = _GuardedStream(stream)
    try:
        yield
    finally:
        sys.stderr = stream


def hint_at_a_terminal(args: argparse.Namespace, names: list[str]) -> None:
    """Say so when standard input is to be read and is a terminal, rather than wait in silence."""
    if "-" in names and sys.stdin is not None and sys.stdin.isatty():
        end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D"
        say(f"reading standard input: type or paste, then {end}; or name files (newsmodel {args.command} --help)")


def usage_line(command: str, message: str) -> str:
    """The line that says why a command's options cannot be acted on."""
    prog = f"newsmodel {command}"
    return f"{prog}: {message} (see {prog} --help)\n"


def usage(args: argparse.Namespace, message: str) -> int:
    """Say why the options cannot be acted on; the exit status of a usage error."""
    tell(usage_line(args.command, message))
    return 2
