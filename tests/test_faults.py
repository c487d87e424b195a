"""Fault injection: the real command line tool in subprocesses, under the faults of issue 12.

Each case checks what the tool promises: one record per input (or the
documented exit status), no process left behind, output that is valid
UTF-8 JSON Lines, and inputs untouched. A named pipe with no writer stands
for a slow input: a worker (or the main process) blocks on it, so a test
knows which process holds which input when it sends a signal.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.clirun import (
    COMMAND,
    STORY,
    assert_no_orphans,
    file_size_limit,
    holder_of,
    one_line_error,
    records,
    run,
    run_with_file_limit,
    snapshot,
)

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and uses Linux devices")
posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def start(*args: str, stdout: int | None = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """The tool in a session of its own, so that every process it starts can be found."""
    return subprocess.Popen(
        [*COMMAND, *args], stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True
    )


@pytest.fixture
def stories(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder of 100 stories with a named pipe (no writer) after the 70th;
    the input names in order; the folder is checked untouched afterwards."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = []
    for index in range(100):
        path = folder / f"s{index:03}.txt"
        path.write_text(STORY.replace("Shares", f"Shares {index}"), encoding="utf-8")
        names.append(str(path))
    pipe = folder / "s070.pipe"
    os.mkfifo(pipe)
    names.insert(71, str(pipe))
    before = snapshot(folder)
    yield folder, names
    assert snapshot(folder) == before


def assert_records_of(output: bytes, names: list[str]) -> list[dict[str, Any]]:
    """One record per input, in order, in UTF-8 JSON Lines."""
    found = records(output)
    assert [record["source"] for record in found] == names
    return found


@linux
@posix
def test_a_worker_killed_twice_costs_its_input_one_error_record(
    stories: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, names = stories
    out = tmp_path / "out.jsonl"
    tool = start("parse", "--jobs", "2", "--read-timeout", "30", *names, "-o", str(out))
    killed: tuple[int, ...] = ()
    for _ in range(2):  # kill whichever worker waits on the pipe; the retry waits on it again
        killed += (holder_of(folder / "s070.pipe", tool.pid, other_than=killed),)
        os.kill(killed[-1], signal.SIGKILL)
    assert tool.wait(30) == 1
    assert_no_orphans(tool.pid)
    found = assert_records_of(out.read_bytes(), names)
    errors = {str(r["source"]): r["error"] for r in found if "error" in r}
    assert list(errors) == [str(folder / "s070.pipe")]
    assert errors[str(folder / "s070.pipe")]["type"] == "worker"
    assert b"1 error (1 worker), 2 workers lost and replaced" in tool.communicate()[1]


@linux
@posix
def test_a_worker_killed_once_is_replaced_and_its_input_parsed(stories: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, names = stories
    out = tmp_path / "out.jsonl"
    tool = start("parse", "--jobs", "2", "--read-timeout", "30", *names, "-o", str(out))
    killed = holder_of(folder / "s070.pipe", tool.pid)
    os.kill(killed, signal.SIGKILL)
    holder_of(folder / "s070.pipe", tool.pid, other_than=(killed,))  # the retry waits on it: now it gets a story
    with (folder / "s070.pipe").open("w", encoding="utf-8") as pipe:
        pipe.write("PARIS (Reuters) - Late copy.")
    assert tool.wait(30) == 0
    assert_no_orphans(tool.pid)
    found = assert_records_of(out.read_bytes(), names)
    assert all("article" in r for r in found)
    assert found[71]["article"]["paragraphs"] == ["Late copy."]


@linux
@posix
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    ("stop", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGQUIT, 131)],
    ids=["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"],
)
def test_a_stop_signal_mid_run_keeps_complete_records_and_leaves_no_orphan(
    stories: tuple[Path, list[str]], tmp_path: Path, jobs: str, stop: int, status: int
) -> None:
    folder, names = stories
    out = tmp_path / "out.jsonl"
    out.write_text("the old output\n", encoding="utf-8")
    tool = start("parse", "--jobs", jobs, *names, "-o", str(out))
    holder_of(folder / "s070.pipe", tool.pid)
    os.kill(tool.pid, stop)  # to the main process alone, as kill(1) does
    assert tool.wait(20) == status
    assert_no_orphans(tool.pid)
    stderr = tool.communicate()[1].decode()
    assert f"interrupted by {signal.Signals(stop).name}" in stderr
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "the old output\n"
    (partial,) = tmp_path.glob("out.jsonl.*.partial")
    assert partial.name in stderr
    kept = records(partial.read_bytes())
    assert [r["source"] for r in kept] == names[: len(kept)]
    assert len(kept) <= 71  # nothing past the pipe
    assert all("article" in r for r in kept)


@linux
@posix
def test_a_stop_signal_to_a_run_on_standard_output_flushes_whole_records(stories: tuple[Path, list[str]]) -> None:
    folder, names = stories
    tool = start("parse", "--jobs", "2", *names, stdout=subprocess.PIPE)
    holder_of(folder / "s070.pipe", tool.pid)
    os.kill(tool.pid, signal.SIGTERM)
    output, _ = tool.communicate(timeout=20)
    assert tool.returncode == 143
    assert_no_orphans(tool.pid)
    kept = records(output)
    assert [r["source"] for r in kept] == names[: len(kept)]


@linux
@posix
def test_workers_die_with_a_main_process_killed_outright(stories: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, names = stories
    out = tmp_path / "out.jsonl"
    tool = start("parse", "--jobs", "2", *names, "-o", str(out))
    holder_of(folder / "s070.pipe", tool.pid)
    os.kill(tool.pid, signal.SIGKILL)
    tool.wait(20)
    assert_no_orphans(tool.pid)
    assert not out.exists()  # only a partial file, named so
    assert [p.name.endswith(".partial") for p in tmp_path.glob("out.jsonl*")] == [True]


@linux
@pytest.mark.parametrize("how", ["named", "standard input"])
def test_dev_zero_stops_at_the_cap(how: str) -> None:
    if how == "named":
        result = run("parse", "/dev/zero", "--max-bytes", "1M")
        source = "/dev/zero"
    else:
        with open("/dev/zero", "rb") as zero:
            result = subprocess.run(
                [*COMMAND, "parse", "-", "--max-bytes", "1M"], stdin=zero, capture_output=True, timeout=60, check=False
            )
        source = "<stdin>"
    assert result.returncode == 1
    (record,) = records(result.stdout)
    assert record == {
        "source": source,
        "error": {
            "type": "too-large",
            "message": "more than the cap of --max-bytes 1,048,576 (1 MiB); raise --max-bytes to read it",
        },
    }


def test_a_jsonl_line_past_the_cap_is_one_record(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    long = json.dumps({"text": "x" * 5000})
    short = json.dumps({"text": STORY})
    source.write_text(f"{short}\n{long}\n{short}\n", encoding="utf-8")
    result = run("parse", "--jsonl", str(source), "--max-bytes", "4k")
    assert result.returncode == 1
    found = assert_records_of(result.stdout, [f"{source}:{n}" for n in (1, 2, 3)])
    assert found[1]["error"] == {
        "type": "too-large",
        "message": "a line of 5,012 bytes, more than the cap of --max-bytes 4,096 (4 KiB); "
        "raise --max-bytes to read it",
    }


@posix
def test_a_named_pipe_with_no_writer_times_out(tmp_path: Path) -> None:
    pipe = tmp_path / "in.pipe"
    os.mkfifo(pipe)
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("parse", str(pipe), str(story), "--read-timeout", "0.3", timeout=30)
    assert result.returncode == 1
    found = assert_records_of(result.stdout, [str(pipe), str(story)])
    assert found[0]["error"]["type"] == "timeout"


@posix
def test_special_files_and_broken_links_in_a_folder_get_a_record_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").symlink_to(folder / "nowhere.txt")
    (folder / "d.txt").symlink_to(folder / "d.txt")
    (folder / "e").symlink_to(folder)  # a loop of folders: read once
    result = run("parse", str(folder), timeout=30)
    assert result.returncode == 1
    found = assert_records_of(result.stdout, [str(folder / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")])
    assert [r.get("error", {}).get("type") for r in found] == [None, "special", "read", "read"]
    assert [r.get("error", {}).get("message") for r in found][2:] == [
        "a broken symbolic link",
        "a symbolic link loop",
    ]


def test_a_lone_surrogate_in_jsonl_is_escaped_and_nothing_is_lost(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"text": STORY}),
        '{"id": 2, "text": "PARIS (Reuters) - A \\ud800 B."}',
        json.dumps({"text": STORY}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = source.read_bytes()
    result = run("parse", "--jsonl", str(source))
    assert result.returncode == 0
    found = assert_records_of(result.stdout, [f"{source}:{n}" for n in (1, 2, 3)])  # strict UTF-8
    assert found[1]["article"]["paragraphs"] == ["A \ud800 B."]
    assert b"\\ud800" in result.stdout
    assert source.read_bytes() == before


def test_surrogateescape_writes_utf_8_to_standard_output(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_bytes(b"PARIS (Reuters) - Caf\xe9 prices rose.")
    result = run("parse", str(story), "--errors", "surrogateescape")
    assert result.returncode == 0
    (record,) = records(result.stdout)
    assert record["article"]["paragraphs"] == ["Caf\udce9 prices rose."]


@linux
@pytest.mark.parametrize("where", ["-o", "standard output"])
def test_a_full_device_ends_the_run_with_one_line_and_status_2(tmp_path: Path, where: str) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    if where == "-o":
        result = run("parse", str(story), "-o", "/dev/full")
    else:
        with open("/dev/full", "wb") as full:
            result = subprocess.run(
                [*COMMAND, "parse", str(story)], stdout=full, stderr=subprocess.PIPE, timeout=60, check=False
            )
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert "no space left on device" in lines[0]
    assert lines[1] == "newsmodel: stopped: 0 records written, 1 made and not written"
    assert "Traceback" not in result.stderr.decode()
    assert story.read_text(encoding="utf-8") == STORY


def _story_folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(count):
        (folder / f"s{index:03}.txt").write_text(STORY, encoding="utf-8")
    return folder


@linux
def test_a_disk_that_fills_mid_run_leaves_the_old_output(tmp_path: Path) -> None:
    """A file size limit stands for a full disk: writes past it fail (EFBIG) as they would (ENOSPC)."""
    folder = _story_folder(tmp_path, 40)
    out = tmp_path / "out.jsonl"
    out.write_text("the old output\n", encoding="utf-8")
    result = run_with_file_limit("parse", str(folder), "-o", str(out), "--jobs", "2", max_file_size=4096)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.startswith(f"newsmodel: cannot write {out}: file too large\n")
    assert f"stopped: {out} is left as it was" in stderr
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]  # no partial file left


@linux
def test_a_full_disk_under_redirected_standard_output_leaves_no_cut_line(tmp_path: Path) -> None:
    folder = _story_folder(tmp_path, 300)
    out = tmp_path / "out.jsonl"
    with out.open("wb") as target:  # the limit lies past the first 64 KiB written, within the second
        result = subprocess.run([*COMMAND, "parse", str(folder), "--jobs", "1"], stdout=target,
                                stderr=subprocess.PIPE, timeout=60, check=False, preexec_fn=file_size_limit(100_000))
    assert result.returncode == 2
    data = out.read_bytes()
    assert data.endswith(b"\n")
    written = records(data)
    assert 0 < len(written) < 300
    assert f"{len(written)} records written" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


ONTO_AN_INPUT = [
    (command, target)
    for command in ("parse", "format")
    for target in ("same path", "hard link", "symbolic link", "inside the input folder")
    if (command, target) != ("format", "inside the input folder")  # format reads files, not folders
]


@pytest.mark.parametrize(("command", "target"), ONTO_AN_INPUT)
def test_an_output_onto_an_input_is_refused_before_anything_is_read(tmp_path: Path, command: str, target: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    story = folder / "a.txt"
    story.write_text(STORY if command == "parse" else json.dumps({"paragraphs": ["A."]}), encoding="utf-8")
    output = {
        "same path": story,
        "hard link": tmp_path / "hard.txt",
        "symbolic link": tmp_path / "soft.txt",
        "inside the input folder": folder / "out.jsonl",
    }[target]
    if target == "hard link":
        os.link(story, output)
    elif target == "symbolic link":
        output.symlink_to(story)
    inside = target == "inside the input folder"
    before = snapshot(tmp_path)
    result = run(command, str(folder if inside else story), "-o", str(output))
    assert result.returncode == 2
    line = one_line_error(result.stderr)
    assert ("lies inside the input folder" if inside else "refusing to overwrite it") in line
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds where standard output goes in /proc")
@pytest.mark.parametrize("inside", [False, True], ids=["appended to the input", "into the input folder"])
def test_standard_output_redirected_onto_an_input_is_refused(tmp_path: Path, inside: bool) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    story = folder / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    redirected = folder / "out.txt" if inside else story
    with redirected.open("ab") as stdout:
        result = subprocess.run(
            [*COMMAND, "parse", str(folder if inside else story)],
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert "standard output" in one_line_error(result.stderr)
    assert story.read_text(encoding="utf-8") == STORY
    assert redirected.read_bytes() == (b"" if inside else STORY.encode())


@pytest.mark.parametrize(
    ("target", "message"),
    [("missing/out.jsonl", "no folder missing"), (".", "it is a folder")],
    ids=["into a missing folder", "onto a folder"],
)
def test_an_output_that_cannot_be_opened_is_one_line_and_status_2(tmp_path: Path, target: str, message: str) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    result = subprocess.run(
        [*COMMAND, "parse", str(story), "-o", target], capture_output=True, cwd=tmp_path, timeout=60, check=False
    )
    assert result.returncode == 2
    assert message in one_line_error(result.stderr)
    assert result.stdout == b""
