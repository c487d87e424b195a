"""The command line tool as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsmodel import from_dict, parse_article

STORY = "By Ann Lee\nLONDON, Nov 14 (Reuters) - Shares rose.\n(Editing by Bo Ku)\n"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


def records(output: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    for index in range(5):
        (folder / f"story-{index}.txt").write_text(STORY.replace("Ann Lee", f"Writer {index}"), encoding="utf-8")
    (folder / "nested" / "deep.txt").write_text(STORY, encoding="utf-8")
    (folder / "notes.md").write_text("not a story", encoding="utf-8")
    return folder


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("newsmodel 0.")


def test_help_explains_both_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert b"parse" in result.stdout
    assert b"format" in result.stdout


def test_parse_a_file_gives_one_record_with_the_article(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("parse", str(story), "--jobs", "1")
    assert result.returncode == 0
    (record,) = records(result.stdout)
    assert record["source"] == str(story)
    assert from_dict(record["article"]) == parse_article(STORY)
    assert b"1 inputs, 0 errors" in result.stderr


def test_standard_input() -> None:
    result = run("parse", "-", stdin=STORY.encode())
    assert result.returncode == 0
    (record,) = records(result.stdout)
    assert record["article"]["dateline"]["locations"] == ["LONDON"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_directory_recursively_in_order(corpus: Path, jobs: str) -> None:
    result = run("parse", str(corpus), "--jobs", jobs, "--no-progress")
    assert result.returncode == 0
    sources = [Path(r["source"]).name for r in records(result.stdout)]
    assert sources == ["deep.txt", "story-0.txt", "story-1.txt", "story-2.txt", "story-3.txt", "story-4.txt"]


def test_glob_chooses_files(corpus: Path) -> None:
    result = run("parse", str(corpus), "--glob", "*.md")
    assert [Path(r["source"]).name for r in records(result.stdout)] == ["notes.md"]


def test_bad_inputs_give_error_records_in_place(corpus: Path, tmp_path: Path) -> None:
    (corpus / "story-1.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (corpus / "story-2.txt").write_bytes("Caf\u00e9 LONDON (Reuters) - Prices rose.".encode("latin-1"))
    (corpus / "story-3.txt").write_bytes(b"")
    result = run("parse", str(corpus), str(tmp_path / "missing.txt"), "--jobs", "2")
    assert result.returncode == 1
    out = records(result.stdout)
    assert len(out) == 7
    kinds = {Path(r["source"]).name: r.get("error", {}).get("type", "ok") for r in out}
    assert kinds == {
        "deep.txt": "ok",
        "story-0.txt": "ok",
        "story-1.txt": "binary",
        "story-2.txt": "decode",
        "story-3.txt": "ok",
        "story-4.txt": "ok",
        "missing.txt": "read",
    }
    assert "--encoding" in out[3]["error"]["message"]
    assert b"7 inputs, 3 errors" in result.stderr


def test_encoding_option_reads_latin_1(tmp_path: Path) -> None:
    story = tmp_path / "latin.txt"
    story.write_bytes("PARIS (Reuters) - Caf\u00e9 prices rose.".encode("latin-1"))
    result = run("parse", str(story), "--encoding", "latin-1")
    assert result.returncode == 0
    assert records(result.stdout)[0]["article"]["paragraphs"] == ["Caf\u00e9 prices rose."]


def test_jsonl_in_and_out_carries_fields_through(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "body": STORY}),
        "{not json",
        json.dumps({"id": 3}),
        json.dumps([1, 2]),
        json.dumps({"id": 5, "body": "PARIS (Reuters) - More."}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = run("parse", "--jsonl", "--text-field", "body", str(source), "-o", str(output), "--jobs", "2")
    assert result.returncode == 1
    out = records(output.read_bytes())
    assert [r.get("id") for r in out] == [1, None, 3, None, 5]
    assert [r.get("error", {}).get("type") for r in out] == [None, "json", "field", "json", None]
    assert out[4]["article"]["paragraphs"] == ["More."]


def test_format_writes_wire_copy_back(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    parsed = run("parse", str(story))
    formatted = run("format", "-", stdin=parsed.stdout)
    assert formatted.returncode == 0
    assert parse_article(formatted.stdout.decode()) == parse_article(STORY)


def test_format_reports_bad_json() -> None:
    result = run("format", "-", stdin=b"{not json")
    assert result.returncode == 1
    assert b"newsmodel: -:" in result.stderr
