"""What a newcomer trips on first, each said plainly: a path where text was
wanted, a record where an article was, wire copy given to ``format``, a
command waiting on a terminal, a count of one."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel import ValidationError, from_dict, from_json, parse_article

from .clirun import COMMAND, STORY, run

SEED = Path(__file__).resolve().parent.parent / "seeds" / "reuters-yoon-apec.txt"


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        (SEED, 'pass path.read_text(encoding="utf-8")'),
        (STORY.encode(), 'pass data.decode("utf-8")'),
        (io.StringIO(STORY), "pass file.read()"),
        (None, "pass the text of a story"),
    ],
)
def test_parse_article_of_anything_but_text_says_what_to_pass(value: object, fix: str) -> None:
    with pytest.raises(TypeError) as caught:
        parse_article(value)  # type: ignore[arg-type]
    assert str(caught.value) == f"parse_article() takes the text as a str, not {type(value).__name__}: {fix}"


def test_a_record_read_as_an_article_says_where_the_article_is() -> None:
    record = run("parse", str(SEED)).stdout
    with pytest.raises(ValidationError, match=r'under "article": pass record\["article"\]$'):
        from_json(record)
    error = {"source": "a.txt", "error": {"type": "read", "message": "gone"}}
    with pytest.raises(ValidationError, match=r"is an error record .* the input gave no article$"):
        from_dict(error)


def test_format_of_wire_copy_is_one_error_not_one_a_paragraph() -> None:
    result = run("format", str(SEED))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"newsmodel: {SEED}: not JSON from line 1 on: newsmodel format reads the records of newsmodel parse"
        " (for wire copy, run newsmodel parse)",
        "newsmodel: 0 articles written, 0 error records skipped, 1 bad record",
    ]


def test_counts_of_one_are_singular() -> None:
    record = run("parse", "-", stdin=STORY.encode()).stdout
    result = run("format", "-", stdin=record)
    summary = result.stderr.decode().splitlines()[-1]
    assert summary == "newsmodel: 1 article written, 0 error records skipped, 0 bad records"


@pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals")
@pytest.mark.parametrize(("command", "typed"), [("parse", STORY.encode()), ("format", b"")])
def test_a_terminal_on_standard_input_gets_a_hint_and_one_end_of_input_ends_it(command: str, typed: bytes) -> None:
    import pty

    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*COMMAND, command], stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        os.close(follower)
        os.write(leader, typed + b"\x04")  # the story, then the end of input (Ctrl-D) once
        try:
            stdout, stderr = process.communicate(timeout=30)
        finally:
            process.kill()
            os.close(leader)
    assert stderr.decode().startswith("newsmodel: reading standard input: type or paste, then Ctrl-D; or name files")
    if typed:
        assert b'"name": "Ann Lee"' in stdout


def test_no_hint_when_standard_input_is_a_pipe() -> None:
    assert b"reading standard input" not in run("parse", stdin=STORY.encode()).stderr


def test_a_folder_of_archives_is_read_without_glob(tmp_path: Path) -> None:
    from .test_cli_archives import archive

    folder = tmp_path / "reuters"
    folder.mkdir()
    (folder / "reut2-000.sgm").write_bytes(archive(2))
    (folder / "reut2-001.sgm").write_bytes(archive(1, start=3))
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "notes.md").write_text("not a story", encoding="utf-8")
    result = run("parse", str(folder))
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [
        f"{folder}/reut2-000.sgm#NEWID=1",
        f"{folder}/reut2-000.sgm#NEWID=2",
        f"{folder}/reut2-001.sgm#NEWID=3",
        f"{folder}/story.txt",
    ]
