"""The fault guarantees of ``newsmodel parse``, for every writer of the writer table.

Whatever ``--to`` says, the output is put in place only at the end, never
onto an input; an interrupted run leaves whole rows in its partial file; a
full disk leaves the old output; error records are never lost; a bad input
does not stop the run. A new output format is a new row of ``WRITERS``:
these tests then run for it too, once it says how its output is read back
(:data:`READ_BACK`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsmodel.cli._options import parser
from newsmodel.cli._writers import TABULAR, WRITERS, writer_row
from tests.clirun import (
    COMMAND,
    STORY,
    assert_no_orphans,
    holder_of,
    one_line_error,
    records,
    run,
    run_with_file_limit,
    snapshot,
)
from tests.test_faults import start, stories

__all__ = ["stories"]  # the fixture

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and uses Linux devices")
posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

NAMES = [row.name for row in WRITERS]


def _lines(data: bytes) -> list[str]:
    return [record["source"] for record in records(data)]


def _csv(data: bytes) -> list[str]:
    return [row[0] for row in csv.reader(io.StringIO(data.decode("utf-8")))][1:]


def _parquet(data: bytes) -> list[str]:
    pq = pytest.importorskip("pyarrow.parquet")
    return [str(value) for value in pq.read_table(io.BytesIO(data)).column("source").to_pylist()]


#: How the output of each writer is read back: the source of each record or row, in order.
READ_BACK: dict[str, Callable[[bytes], list[str]]] = {
    "json": _lines, "ninjs": _lines, "csv": _csv, "parquet": _parquet,
}


def _needs(to: str) -> None:
    """Skip a case whose writer needs a module that is not installed."""
    needs = writer_row(to).needs
    if needs is not None:
        pytest.importorskip(needs)


def _errors_file(out: Path) -> Path:
    return out.with_name(out.stem + ".errors.jsonl")


def test_every_writer_is_read_back_by_these_tests() -> None:
    assert set(READ_BACK) == set(NAMES)


def test_the_to_choices_and_help_are_the_writer_table() -> None:
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    actions = {action.dest: action for action in commands.choices["parse"]._actions}
    assert list(actions["to"].choices or ()) == NAMES
    assert actions["to"].default == NAMES[0]
    assert all(f"{row.name}: {row.help}" in (actions["to"].help or "") for row in WRITERS)
    assert all(name in (actions["table"].help or "") for name in TABULAR)


@linux
@posix
@pytest.mark.parametrize("to", NAMES)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_stop_signal_keeps_whole_rows_in_the_partial_file_and_the_old_output(
    stories: tuple[Path, list[str]], tmp_path: Path, to: str, jobs: str
) -> None:
    _needs(to)
    folder, names = stories
    out = tmp_path / f"out.{to}"
    out.write_text("the old output\n", encoding="utf-8")
    tool = start("parse", "--jobs", jobs, "--to", to, *names, "-o", str(out))
    holder_of(folder / "s070.pipe", tool.pid)
    os.kill(tool.pid, signal.SIGTERM)
    assert tool.wait(20) == 143
    assert_no_orphans(tool.pid)
    stderr = tool.communicate()[1].decode()
    assert "interrupted by SIGTERM" in stderr
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "the old output\n"
    (partial,) = tmp_path.glob(f"out.{to}.*.partial")
    assert partial.name in stderr
    kept = READ_BACK[to](partial.read_bytes())  # whole rows; a Parquet partial file has its footer
    assert kept == names[: len(kept)]
    assert len(kept) <= 71  # nothing past the pipe


@linux
@pytest.mark.parametrize("to", NAMES)
def test_a_disk_that_fills_mid_run_leaves_the_old_output_and_no_other_file(tmp_path: Path, to: str) -> None:
    """A file size limit stands for a full disk: writes past it fail (EFBIG) as they would (ENOSPC)."""
    _needs(to)
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(60):
        (folder / f"s{index:02}.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / f"out.{to}"
    out.write_text("the old output\n", encoding="utf-8")
    args = ["parse", str(folder), "--to", to, "-o", str(out), "--jobs", "2"]
    result = run_with_file_limit(*args, max_file_size=2048)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.startswith(f"newsmodel: cannot write {out}: file too large\n")
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", out.name]


@linux
@pytest.mark.parametrize("to", NAMES)
def test_a_full_device_ends_the_run_with_status_2(tmp_path: Path, to: str) -> None:
    _needs(to)
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("parse", str(story), "--to", to, "-o", "/dev/full")
    assert result.returncode == 2
    assert "no space left on device" in result.stderr.decode().splitlines()[0]
    assert "Traceback" not in result.stderr.decode()
    assert story.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize("to", NAMES)
@pytest.mark.parametrize("target", ["same path", "hard link", "inside the input folder"])
def test_an_output_onto_an_input_is_refused_before_anything_is_read(tmp_path: Path, to: str, target: str) -> None:
    _needs(to)
    folder = tmp_path / "in"
    folder.mkdir()
    story = folder / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    output = {"same path": story, "hard link": tmp_path / "hard.txt", "inside the input folder": folder / "out"}[target]
    if target == "hard link":
        os.link(story, output)
    inside = target == "inside the input folder"
    before = snapshot(tmp_path)
    result = run("parse", str(folder if inside else story), "--to", to, "-o", str(output))
    assert result.returncode == 2
    line = one_line_error(result.stderr)
    assert ("lies inside the input folder" if inside else "refusing to overwrite it") in line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("to", NAMES)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_inputs_never_stop_the_run_and_their_error_records_are_never_lost(
    tmp_path: Path, to: str, jobs: str
) -> None:
    _needs(to)
    folder = tmp_path / "in"
    folder.mkdir()
    inputs = {
        "a.txt": STORY.encode(), "b.txt": b"Caf\xe9 prices rose.\n", "c.txt": b"\x00\x01\x02",
        "d.xml": b"<html><body><p>Hi</p></body></html>", "e.txt": b"  \n", "f.txt": STORY.encode(),
        "g.sgm": b'<REUTERS NEWID="1"><TEXT><BODY>Oil rose.</BODY></TEXT></REUTERS><REUTERS NEWID="2">',
    }
    for name, data in inputs.items():
        (folder / name).write_bytes(data)
    out = tmp_path / f"out.{to}"
    result = subprocess.run(
        [*COMMAND, "parse", str(folder), "--to", to, "-o", str(out), "--jobs", jobs, "--no-progress"],
        capture_output=True, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    expected = records(run("parse", str(folder), "--jobs", "1").stdout)  # the JSON Lines records: the reference
    errors = [record["source"] for record in expected if "error" in record]
    assert len(errors) >= 5
    written = READ_BACK[to](out.read_bytes())
    if writer_row(to).tabular:
        assert [json.loads(line)["source"] for line in _errors_file(out).read_bytes().splitlines()] == errors
        assert written == [record["source"] for record in expected if "article" in record]
    else:
        assert written == [record["source"] for record in expected]
    assert f"{len(errors)} errors" in result.stderr.decode()
