"""Running the command line tool in tests: as a user does (a subprocess), or in-process for speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsmodel.cli import main

STORY = "By Ann Lee\nLONDON, Nov 14 (Reuters) - Shares rose.\n(Editing by Bo Ku)\n"

COMMAND = [sys.executable, "-m", "newsmodel"]


def run(*args: str, stdin: bytes = b"", timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The tool in a subprocess, to its end."""
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, timeout=timeout, check=False)


def file_size_limit(size: int) -> Callable[[], None]:
    """What a child runs first so that its writes past ``size`` bytes fail
    (EFBIG), as they would on a full disk (ENOSPC)."""
    import resource
    import signal

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def run_with_file_limit(*args: str, max_file_size: int, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The tool in a subprocess whose files cannot grow past ``max_file_size`` bytes."""
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, timeout=timeout, check=False, preexec_fn=file_size_limit(max_file_size)
    )


def in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The exit status and standard error of ``main(args)`` in this process
    (for runs that write their records with ``-o`` or none at all)."""
    status, _, stderr = in_process_output(capsys, *args)
    return status, stderr


def in_process_output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The exit status, standard output and standard error of ``main(args)`` in this process."""
    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse's own usage errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def records(output: bytes) -> list[dict[str, Any]]:
    """The records of JSON Lines output, which must be UTF-8."""
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def one_line_error(stderr: str | bytes) -> str:
    """The one line a usage error prints; the test fails on more, or a traceback."""
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every regular file below ``folder`` with its bytes (links followed, pipes skipped)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_fifo()
    }


def session_processes(leader: int) -> list[int]:
    """Live processes of the session ``leader`` started (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, session = fields[0], int(fields[3])
        if session == leader and state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def assert_no_orphans(leader: int) -> None:
    """No process the tool started outlives it."""
    deadline = time.monotonic() + 2
    while session_processes(leader) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert session_processes(leader) == []


def holder_of(path: Path, leader: int, *, other_than: tuple[int, ...] = (), timeout: float = 20) -> int:
    """The process of session ``leader`` that has ``path`` open (waited for),
    other than ``other_than`` (processes killed already, which may linger a moment)."""
    target = str(path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for pid in session_processes(leader):
            if pid in other_than:
                continue
            try:
                links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
            except OSError:
                continue
            if target in links:
                return pid
        time.sleep(0.02)
    raise AssertionError(f"no process opened {path}")
