"""Where the command line tool writes: standard output, a device, or a file
replaced atomically, and never onto one of its own inputs.

A file target is written to a temporary file beside it, named
``TARGET.XXXXXXXX.partial``, and renamed onto the target once everything
is written: a run that fails or is interrupted leaves the old target as it
was (and, when interrupted, the complete records in the ``.partial`` file).
A device or pipe (``/dev/null``, ``/dev/stdout`` on a pipe) is written
directly. Records are buffered whole and written with SIGINT and SIGTERM
held, so that a line is never cut by a signal.

>>> encode_record({"source": "a.txt", "text": "A \\ud800 B"})
b'{"source": "a.txt", "text": "A \\\\ud800 B"}\\n'
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import select
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..bulk._pool import held_signals
from ..bulk._reading import os_reason
from ._signals import Interrupted, say

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["Output", "OutputError", "encode_record", "input_conflict", "run_with_output"]


class OutputError(Exception):
    """The output cannot be opened or written; ``str()`` is one line for the user."""


def encode_record(record: Any, indent: int | None = None) -> bytes:
    """A record as one line (or, with ``indent``, one document) of UTF-8 JSON.

    Text that UTF-8 cannot hold (a lone surrogate, from ``--errors
    surrogateescape`` or a ``\\ud800`` escape in the input) is written as
    the JSON escape ``\\uXXXX``, so the output is always valid UTF-8.
    """
    text = json.dumps(record, ensure_ascii=False, indent=indent)
    return text.encode("utf-8", "backslashreplace") + b"\n"


def _stdout_path() -> str | None:
    """The path standard output writes to, where the platform says."""
    link = "/proc/self/fd/1"
    try:
        return os.path.realpath(link) if os.path.islink(link) else None
    except OSError:
        return None


def input_conflict(target: str | None, inputs: Sequence[str]) -> str | None:
    """Why writing to ``target`` (``None``: standard output) would eat one of
    ``inputs``, or ``None``: the same file (by path, hard link or symbolic
    link) or a file inside an input folder."""
    what = "standard output" if target is None else f"the output {target}"
    try:
        identity: os.stat_result | None = os.fstat(1) if target is None else os.stat(target)
    except OSError:
        identity = None
    if target is None:
        if identity is None or not stat.S_ISREG(identity.st_mode):
            return None  # a terminal or a pipe eats nothing
        where = _stdout_path()
    else:
        where = os.path.realpath(target)
    for name in inputs:
        try:
            found = os.fstat(0) if name == "-" else os.stat(name)
        except OSError:
            continue
        if identity is not None and stat.S_ISREG(identity.st_mode) and os.path.samestat(found, identity):
            return f"{what} is the input {name}: refusing to overwrite it"
        if stat.S_ISDIR(found.st_mode) and where is not None and name != "-":
            for folder in _folders_reached(name):
                if os.path.commonpath([folder, where]) == folder:
                    return f"{what} lies inside the input folder {name}: it would be read as an input"
    return None


def _folders_reached(folder: str) -> Iterator[str]:
    """The real paths of the trees that reading ``folder`` enters: its own, and
    that of every folder a symbolic link below it leads to (each once)."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            found = os.stat(current)
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) in seen:
            continue
        seen.add((found.st_dev, found.st_ino))
        if current == folder or os.path.islink(current):
            yield os.path.realpath(current)
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_dir():
                    stack.append(entry.path)


class Output:
    """Records written whole to ``target`` (``None``: standard output)."""

    def __init__(self, target: str | None, *, buffer_size: int = 1 << 16) -> None:
        self.name = "standard output" if target is None else target
        self.written = 0  # records fully written
        self._buffer = bytearray()
        self._buffered = 0
        self._buffer_size = buffer_size
        self._temp: str | None = None
        self._final = ""
        self._mode = 0o644
        self._fd = 1
        if target is not None:
            self._fd = self._open(target)

    def _open(self, target: str) -> int:
        try:
            found: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            found = None
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {_reason(exc)}") from None
        if found is not None and stat.S_ISDIR(found.st_mode):
            raise OutputError(f"cannot write {target}: it is a folder")
        if found is not None and not stat.S_ISREG(found.st_mode):
            return self._open_special(target)
        self._final = os.path.realpath(target)
        folder = os.path.dirname(self._final)
        if not os.path.isdir(folder):
            raise OutputError(f"cannot write {target}: no folder {os.path.dirname(target) or '.'}")
        if found is not None:
            self._mode = stat.S_IMODE(found.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            self._mode = 0o666 & ~umask
        try:
            fd, self._temp = tempfile.mkstemp(
                prefix=os.path.basename(self._final) + ".", suffix=".partial", dir=folder
            )
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {_reason(exc)}") from None
        return fd

    @staticmethod
    def _open_special(target: str) -> int:
        try:
            fd = os.open(target, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            reason = "a pipe with no reader" if exc.errno == errno.ENXIO else _reason(exc)
            raise OutputError(f"cannot write {target}: {reason}") from None
        os.set_blocking(fd, True)
        return fd

    def write(self, data: bytes, records: int = 1) -> None:
        """Add whole records; written out once the buffer fills."""
        self._buffer += data
        self._buffered += records
        if len(self._buffer) >= self._buffer_size:
            self.flush()

    def flush(self) -> None:
        """Write out every buffered record, with stop signals held."""
        if not self._buffer:
            return
        with held_signals():
            start = _write_position(self._fd)
            try:
                with memoryview(self._buffer) as view:
                    offset = 0
                    while offset < len(view):
                        try:
                            offset += os.write(self._fd, view[offset:])
                        except BlockingIOError:
                            select.select([], [self._fd], [])
            except OSError as exc:
                self._buffer.clear()
                self._buffered = 0
                if start is not None:  # a file (standard output redirected to one): no cut line left in it
                    with contextlib.suppress(OSError):
                        os.ftruncate(self._fd, start)
                raise OutputError(f"cannot write {self.name}: {_reason(exc)}") from None
            self._buffer.clear()
            self.written += self._buffered
            self._buffered = 0

    @property
    def atomic(self) -> bool:
        """Whether the output goes to a temporary file, put in place at the end."""
        return self._temp is not None

    def commit(self) -> None:
        """Write out the rest; a file target is then renamed into place."""
        self.flush()
        if self._temp is None:
            return
        with held_signals():
            try:
                os.fsync(self._fd)
                os.close(self._fd)
                self._fd = -1
                os.chmod(self._temp, self._mode)
                os.replace(self._temp, self._final)
            except OSError as exc:
                raise OutputError(f"cannot write {self.name}: {_reason(exc)}") from None
            self._temp = None

    def abandon(self, *, keep: bool) -> str | None:
        """Stop writing. With ``keep``, the complete records so far are written
        out and the partial file (if any) stays: its name is returned.
        Without, the partial file is removed and the target left as it was."""
        if keep:
            with contextlib.suppress(OutputError):
                self.flush()
        self._buffer.clear()
        self._buffered = 0
        if self._fd > 2:
            os.close(self._fd)
        self._fd = -1
        temp, self._temp = self._temp, None
        if temp is None:
            return None
        if keep:
            return temp
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return None


def _write_position(fd: int) -> int | None:
    """Where the next write to ``fd`` lands, for a regular file (its end when it
    appends); ``None`` for a pipe, a device or where it cannot be told."""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        appends = bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND) if fcntl is not None else False
        return os.fstat(fd).st_size if appends else os.lseek(fd, 0, os.SEEK_CUR)
    except OSError:
        return None


def _reason(exc: OSError) -> str:
    if isinstance(exc, BrokenPipeError):
        return "the reader closed it (broken pipe)"
    return os_reason(exc)


def run_with_output(
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
        say(str(exc))
        return 2, False
    try:
        try:
            body(output)
        finally:
            done()
        output.commit()
    except Interrupted as stop:
        kept = output.abandon(keep=True)
        where = f"{kept} ({target} is left as it was)" if kept else output.name
        say(f"interrupted by {stop.name}: {output.written:,} complete {noun} written to {where}")
        return 128 + stop.signum, True
    except OutputError as exc:
        say(str(exc))
        atomic = output.atomic
        output.abandon(keep=False)
        if atomic:
            say(f"stopped: {target} is left as it was; none of the {made():,} {noun} made is in it")
        else:
            say(f"stopped: {output.written:,} {noun} written, {made() - output.written:,} made and not written")
        return 2, True
    return None, True
