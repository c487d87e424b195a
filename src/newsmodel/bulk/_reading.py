"""Reading input bytes with a cap and a patience: files, pipes, devices.

Every read is done in chunks of at most ``CHUNK`` bytes and stops one byte
past the cap, so that ``/dev/zero`` costs the cap and no more. Files that
are not regular (pipes, devices) are opened without blocking and waited
for at most ``timeout`` seconds between chunks, so that a pipe with no
writer ends in a :class:`ReadFailure` rather than a hang.

>>> import io, os
>>> read, write = os.pipe()
>>> _ = os.write(write, b"line one\\nline two"); os.close(write)
>>> [line.data for line in read_lines(read, max_bytes=100)]
[b'line one', b'line two']
>>> os.close(read)
"""

from __future__ import annotations

import errno
import os
import select
import stat
from collections.abc import Iterator
from typing import Final

import attrs

from ..formats._errors import ErrorType

__all__ = [
    "CHUNK",
    "DEFAULT_MAX_BYTES",
    "Line",
    "ReadFailure",
    "describe_size",
    "iter_chunks",
    "open_input",
    "os_reason",
    "read_all",
    "read_head",
    "read_lines",
    "special_kind",
    "too_large",
]

#: The most bytes read from one input unless told otherwise: 64 MiB.
DEFAULT_MAX_BYTES: Final = 64 << 20

#: The most bytes one ``read`` asks for.
CHUNK: Final = 1 << 20

_NONBLOCK: Final = getattr(os, "O_NONBLOCK", 0)
_BINARY: Final = getattr(os, "O_BINARY", 0)
_NOCTTY: Final = getattr(os, "O_NOCTTY", 0)

_KINDS: Final = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class ReadFailure(Exception):
    """An input could not be read: ``type`` is the error record's type
    (``read``, ``too-large`` or ``timeout``), ``message`` says why."""

    def __init__(self, error_type: ErrorType, message: str) -> None:
        super().__init__(error_type, message)
        self.type = error_type
        self.message = message


def describe_size(count: int) -> str:
    """A byte count for people.

    >>> describe_size(67108864), describe_size(1536), describe_size(12)
    ('64 MiB', '1.5 KiB', '12 bytes')
    """
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size:
            return f"{count / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def special_kind(mode: int) -> str | None:
    """What a file that is neither regular nor a directory is, or ``None``.

    >>> special_kind(os.stat(os.devnull).st_mode)
    'a character device'
    """
    return next((name for test, name in _KINDS if test(mode)), None)


def open_input(path: str) -> tuple[int, bool]:
    """A file descriptor to read ``path`` from, and whether it is a regular file.

    Pipes open without waiting for a writer; directories are refused.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY | _NOCTTY)
    except OSError as exc:
        raise ReadFailure("read", os_reason(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise ReadFailure("read", os_reason(exc)) from None
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise ReadFailure("read", "a directory, not a file")
    return fd, stat.S_ISREG(mode)


def os_reason(exc: OSError) -> str:
    """What went wrong, in lower case, for a message."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENOENT and exc.filename is not None and os.path.islink(exc.filename):
        return "a broken symbolic link"
    return exc.strerror.lower() if exc.strerror else str(exc)


def _wait(fd: int, timeout: float | None) -> None:
    """Wait until ``fd`` has data or an end; ``timeout`` seconds at most (``None``: no limit)."""
    if not hasattr(select, "poll"):
        return
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    if not poller.poll(None if timeout is None else timeout * 1000):
        raise ReadFailure(
            "timeout",
            f"no data for {timeout:g} s (a pipe with no writer?); --read-timeout sets the wait",
        )


def _read(fd: int, regular: bool, timeout: float | None, size: int) -> bytes:
    """At most ``size`` bytes of ``fd``; empty at its end."""
    while True:
        if not regular:
            _wait(fd, timeout)
        try:
            return os.read(fd, size)
        except BlockingIOError:
            continue
        except OSError as exc:
            raise ReadFailure("read", os_reason(exc)) from None


def _chunks(fd: int, regular: bool, timeout: float | None, size: int = CHUNK) -> Iterator[bytes]:
    """The bytes of ``fd`` in chunks, until its end."""
    while chunk := _read(fd, regular, timeout, size):
        yield chunk


def iter_chunks(fd: int, *, regular: bool, timeout: float | None = None) -> Iterator[bytes]:
    """The bytes of ``fd`` in chunks of at most :data:`CHUNK` bytes, until its end."""
    return _chunks(fd, regular, timeout)


def read_head(fd: int, *, regular: bool, size: int, timeout: float | None = None) -> bytes:
    """The first ``size`` bytes of ``fd``, or all of them where it ends sooner."""
    chunks: list[bytes] = []
    total = 0
    while total < size and (chunk := _read(fd, regular, timeout, min(CHUNK, size - total))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_all(
    fd: int, *, regular: bool, max_bytes: int, timeout: float | None = None, head: bytes = b"", ended: bool = False
) -> bytes:
    """Every byte of ``fd`` (after ``head``, read from it already), or
    :class:`ReadFailure` ("too-large") past ``max_bytes`` in all; never more
    than ``max_bytes`` and one byte is read. ``ended``: reading ``head`` met
    the end of ``fd`` (a terminal says so once: reading on would wait for the
    user to end the input a second time)."""
    if regular:
        try:
            size = os.fstat(fd).st_size
        except OSError:
            size = 0
        if size > max_bytes:
            raise too_large(max_bytes, size)
    if len(head) > max_bytes:
        raise too_large(max_bytes, None)
    chunks: list[bytes] = [head]
    total = len(head)
    while not ended and (chunk := _read(fd, regular, timeout, min(CHUNK, max_bytes + 1 - total))):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(max_bytes, None)
    return b"".join(chunks)


def too_large(max_bytes: int, size: int | None) -> ReadFailure:
    """The failure of an input of ``size`` bytes (``None``: unknown) past the cap."""
    cap = f"the cap of --max-bytes {max_bytes:,} ({describe_size(max_bytes)})"
    what = "more" if size is None else f"{size:,} bytes, more"
    return ReadFailure("too-large", f"{what} than {cap}; raise --max-bytes to read it")


@attrs.frozen
class Line:
    """One line of a stream, without its line end: ``data``, or ``None``
    where the line was longer than the cap (then ``size`` says how long)."""

    data: bytes | None
    size: int


def read_lines(
    fd: int, *, max_bytes: int, regular: bool = False, timeout: float | None = None, chunk_size: int = CHUNK
) -> Iterator[Line]:
    """The lines of ``fd`` (split at ``\\n``), each at most ``max_bytes`` long.

    A longer line is read to its end without being kept, and comes out as a
    :class:`Line` without data; memory stays within the cap and a chunk.
    """
    pending = bytearray()
    skipped = -1  # the length so far of a line too long to keep, or -1
    for chunk in _chunks(fd, regular, timeout, chunk_size):
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                break
            if skipped >= 0:
                yield Line(None, skipped + end - start)
                skipped = -1
            elif len(pending) + end - start > max_bytes:
                yield Line(None, len(pending) + end - start)
                pending.clear()
            elif pending:
                pending += chunk[start:end]
                yield Line(bytes(pending), len(pending))
                pending.clear()
            else:
                yield Line(chunk[start:end], end - start)
            start = end + 1
        rest = len(chunk) - start
        if skipped >= 0:
            skipped += rest
        elif len(pending) + rest > max_bytes:
            skipped = len(pending) + rest
            pending.clear()
        elif rest:
            pending += chunk[start:]
    if skipped >= 0:
        yield Line(None, skipped)
    elif pending:
        yield Line(bytes(pending), len(pending))
