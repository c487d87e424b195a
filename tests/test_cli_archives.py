"""The command line tool on archives, markup and ninjs: the reader picked from the
content (or forced with --from), one record per story, ninjs out with --to.

The tool runs in subprocesses, as a user runs it; what happens inside one
run (tasks cut from an archive, a worker lost on a story) is checked in
this process.
"""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from newsmodel import from_dict, parse_article, record_schema
from newsmodel.bulk._batch import lost_records, run_chunk
from newsmodel.bulk._pool import OrderedPool
from newsmodel.bulk._tasks import ReadOptions, StoryPart, Task, iter_tasks, run_task
from newsmodel.cli._writers.base import RecordLine
from newsmodel.cli._writers.lines import render_line
from newsmodel.formats import FORMAT_TABLE, FormatName, read_stories, story_record
from tests.clirun import STORY, records, run
from tests.corpus import corpus_root, manifest

NINJS_SCHEMA = json.loads(
    (Path(__file__).resolve().parent / "data" / "ninjs" / "ninjs-schema_3.1.json").read_text(encoding="utf-8")
)
NINJS = Draft202012Validator(NINJS_SCHEMA)
RECORD = Draft202012Validator(record_schema())

HTML = b"<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>PARIS (Reuters) - Up.</p></body></html>"


def reuters(newid: int, body: str = "Oil rose sharply.", title: str = "OIL RISES") -> bytes:
    return (
        f'<REUTERS TOPICS="YES" NEWID="{newid}"><DATE>26-FEB-1987 15:01:01.79</DATE>'
        f"<TOPICS><D>crude</D></TOPICS><TEXT>&#2;\n<TITLE>{title}</TITLE>\n"
        f"<DATELINE>    HOUSTON, Feb 26 - </DATELINE><BODY>{body}\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n"
    ).encode()


def archive(count: int, start: int = 1) -> bytes:
    return b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + b"".join(reuters(n) for n in range(start, start + count))


def expected_records(path: Path, **options: Any) -> list[dict[str, Any]]:
    """What the library gives for a file: the records the tool must write for it."""
    return [story_record(story) for story in read_stories(path.read_bytes(), source=str(path), **options)]


# -- the corpus's archives and pages ------------------------------------------------------


def _raw_files(suffixes: tuple[str, ...]) -> list[tuple[dict[str, Any], Path]]:
    root = corpus_root()
    found = []
    for entry in manifest():
        raw = entry.get("raw_file", "")
        if raw.endswith(suffixes):
            assert root is not None
            found.append((entry, root / raw))
    if not found:
        pytest.skip("no such raw files in the corpus")
    return found


def test_each_corpus_archive_gives_its_stories_and_the_named_one_its_paragraphs() -> None:
    """Every raw .sgm/.sgml file of the corpus in one run: its stories, in order, as the
    library reads them; the story the manifest names has the paragraphs of its .txt."""
    entries = _raw_files((".sgm", ".sgml"))
    result = run("parse", "-j", "2", "--no-progress", *(str(path) for _, path in entries))
    assert result.returncode == 0, result.stderr
    found = records(result.stdout)
    expected = [record for _, path in entries for record in expected_records(path)]
    assert found == expected
    assert [error.message for record in found for error in RECORD.iter_errors(record)] == []
    by_source = {record["source"]: record for record in found}
    root = corpus_root()
    assert root is not None
    for entry, path in entries:
        data = path.read_bytes()
        if path.suffix == ".sgm":  # one story per <REUTERS> element
            count = len(re.findall(rb"<REUTERS[\s>]", data))
            assert sum(record["source"].startswith(f"{path}#") for record in found) == count
        story_id = re.search(r"\[(.*)\]", entry["source_path"]).group(1)  # type: ignore[union-attr]
        key = story_id if story_id.startswith("NEWID=") else f"DOCNO={story_id}"
        record = by_source[f"{path}#{key}"]
        text = (root / entry["file"]).read_text(encoding="utf-8")
        assert from_dict(record["article"]).paragraphs == parse_article(text).paragraphs, path.name
        assert record["metadata"], path.name


def test_each_corpus_page_gives_one_markup_record() -> None:
    entries = _raw_files((".html",))
    result = run("parse", "-j", "2", "--no-progress", *(str(path) for _, path in entries))
    assert result.returncode == 1
    found = records(result.stdout)
    assert [record["source"] for record in found] == [str(path) for _, path in entries]
    assert {record["error"]["type"] for record in found} == {"markup"}


def test_an_html_page_is_one_markup_record_and_exit_status_1(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(HTML)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("parse", str(page), str(story), "-j", "1")
    assert result.returncode == 1
    markup, article = records(result.stdout)
    assert markup["source"] == str(page)
    assert markup["error"]["type"] == "markup"
    assert "extract the article's text first" in markup["error"]["message"]
    assert list(article) == ["source", "article"]  # plain text: no metadata
    assert b"2 records, 1 error (1 markup)" in result.stderr


# -- --from forces a reader ----------------------------------------------------------------

# (what, the file's name and bytes, --from or None, the sources and error types of the records)
FORCING = [
    ("an archive is known by its content, whatever its name", "r.txt", archive(2), None,
     [("r.txt#NEWID=1", None), ("r.txt#NEWID=2", None)]),
    ("--from text reads markup as prose, as told", "page.html", HTML, "text", [("page.html", None)]),
    ("--from text reads an archive as one text", "r.sgm", archive(2), "text", [("r.sgm", None)]),
    ("--from an archive format on prose finds no story", "a.txt", STORY.encode(), "reuters21578",
     [("a.txt", "input")]),
    ("--from trec on a Reuters archive finds no <DOC>", "r.sgm", archive(2), "trec", [("r.sgm", "input")]),
    ("--from nitf on HTML: XML no reader takes", "page.html", HTML, "nitf", [("page.html", "markup")]),
    ("--from ninjs on prose: not JSON", "a.txt", STORY.encode(), "ninjs", [("a.txt", "json")]),
]


@pytest.mark.parametrize(
    ("name", "data", "forced", "expected"), [row[1:] for row in FORCING], ids=[row[0] for row in FORCING]
)
def test_from_forces_a_reader(
    tmp_path: Path, name: str, data: bytes, forced: str | None, expected: list[tuple[str, str | None]]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("parse", str(path), "-j", "1", *(["--from", forced] if forced else []))
    found = records(result.stdout)
    assert [(Path(r["source"]).name, r.get("error", {}).get("type")) for r in found] == expected
    assert result.returncode == (1 if any(kind for _, kind in expected) else 0)
    assert found == expected_records(path, format=forced)


def test_an_archive_on_standard_input_and_in_a_json_lines_field(tmp_path: Path) -> None:
    piped = run("parse", "-", "-j", "2", stdin=archive(3))
    assert piped.returncode == 0
    assert [r["source"] for r in records(piped.stdout)] == [f"<stdin>#NEWID={n}" for n in (1, 2, 3)]
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        "\n".join(json.dumps({"id": n, "text": text}) for n, text in enumerate([archive(2).decode(), HTML.decode()]))
        + "\n",
        encoding="utf-8",
    )
    result = run("parse", "--jsonl", str(lines), "-j", "1")
    assert result.returncode == 1
    found = records(result.stdout)
    assert [(r["source"], r["fields"], r.get("error", {}).get("type")) for r in found] == [
        (f"{lines}:1#NEWID=1", {"id": 0}, None),
        (f"{lines}:1#NEWID=2", {"id": 0}, None),
        (f"{lines}:2", {"id": 1}, "markup"),
    ]


def test_a_story_over_the_cap_costs_itself_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.sgm"
    path.write_bytes(reuters(1) + reuters(2, "Oil rose. " * 500) + reuters(3))
    result = run("parse", str(path), "--max-bytes", "2k", "-j", "1")
    assert result.returncode == 1
    found = records(result.stdout)
    assert [r.get("error", {}).get("type") for r in found] == [None, "too-large", None]
    assert found[1]["source"] == f"{path}#NEWID=2"
    assert found[1]["error"]["message"] == "a <REUTERS> element longer than 2,048 bytes; raise --max-bytes to read it"


# -- --to ninjs ------------------------------------------------------------------------------


def test_to_ninjs_writes_valid_ninjs_items_and_keeps_error_records(tmp_path: Path) -> None:
    files = {"r.sgm": archive(2), "story.txt": STORY.encode(), "page.html": HTML}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in files]
    extra = [str(path) for _, path in _raw_files((".sgm", ".sgml"))] if corpus_root() is not None else []
    as_ninjs = run("parse", *paths, *extra, "-j", "2", "--to", "ninjs")
    as_json = run("parse", *paths, *extra, "-j", "2")
    assert as_ninjs.returncode == as_json.returncode == 1
    items, plain = records(as_ninjs.stdout), records(as_json.stdout)
    assert [r["source"] for r in items] == [r["source"] for r in plain]
    assert [error.message for record in items + plain for error in RECORD.iter_errors(record)] == []
    for item, record in zip(items, plain, strict=True):
        if "error" in record:
            assert item == record  # error records are the same either way
            continue
        assert list(item) == [key if key != "article" else "ninjs" for key in record]
        errors = [error.message for error in NINJS.iter_errors(item["ninjs"])]
        assert errors == [], item["source"]
    assert items[0]["ninjs"]["headlines"] == [{"role": "main", "value": "OIL RISES"}]
    assert items[2]["ninjs"]["by"] == "Ann Lee"


def test_format_reads_ninjs_records_back(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    as_ninjs = run("format", "-", stdin=run("parse", str(story), "--to", "ninjs").stdout)
    as_json = run("format", "-", stdin=run("parse", str(story)).stdout)
    assert as_ninjs.returncode == 0
    assert as_ninjs.stdout == as_json.stdout
    assert parse_article(as_ninjs.stdout.decode()) == parse_article(STORY)
    bad = run("format", "-", stdin=b'{"source": "a", "ninjs": [1]}\n{"source": "b", "ninjs": {"type": "video"}}\n')
    assert bad.returncode == 1
    assert [line.split(": ", 2)[1] for line in bad.stderr.decode().splitlines()[:2]] == ["<stdin>:1", "<stdin>:2"]


# -- inside a run: a task per story, in bounded memory; a lost worker costs one story ---------------


def _tasks(path: Path, **options: Any) -> list[Task]:
    return list(iter_tasks([str(path)], ReadOptions(**options), jsonl=False, pattern="*"))


def test_an_archive_is_cut_into_one_task_per_story(tmp_path: Path) -> None:
    path = tmp_path / "r.sgm"
    path.write_bytes(archive(5))
    tasks = _tasks(path)
    assert all(isinstance(task, StoryPart) for task in tasks)
    assert [task.source for task in tasks] == [f"{path}#NEWID={n}" for n in range(1, 6)]
    assert [task.ends_input for task in tasks] == [False] * 4 + [True]
    assert sum(task.size for task in tasks) == path.stat().st_size  # the progress bar reaches the end


def test_cutting_a_large_archive_holds_one_chunk_not_the_file(tmp_path: Path) -> None:
    """Ten times the stories cost the main process no more memory: it holds a chunk and a story."""

    def peak(count: int) -> int:
        path = tmp_path / f"r{count}.sgm"
        path.write_bytes(archive(count))
        tracemalloc.start()
        try:
            for task in iter_tasks([str(path)], ReadOptions(), jsonl=False, pattern="*"):
                assert isinstance(task, StoryPart)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(6_000), peak(30_000)  # about 1.4 and 7 MB of SGML, both over a chunk
    assert large < small + 500_000


def _dies_on(tasks: list[Task], victim: str) -> list[list[RecordLine]]:
    """The workers' work, but the worker is killed whenever its chunk holds the story ``victim``."""
    if any(task.source == victim for task in tasks):
        os.kill(os.getpid(), signal.SIGKILL)
    return run_chunk(tasks, ReadOptions(), render_line)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills worker processes")
def test_a_worker_lost_on_a_story_costs_that_story_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.sgm"
    path.write_bytes(archive(6))
    tasks = _tasks(path)
    victim = f"{path}#NEWID=3"
    work: Callable[[list[Task]], list[list[RecordLine]]] = functools.partial(_dies_on, victim=victim)
    with OrderedPool(work, functools.partial(lost_records, render=render_line), jobs=2) as pool:
        found = list(pool.run([tasks[:4], tasks[4:]]))
        deaths = pool.deaths
    lines = [json.loads(line) for _, results in found for _, line in results]
    assert [record["source"] for record in lines] == [f"{path}#NEWID={n}" for n in range(1, 7)]
    assert [record.get("error", {}).get("type") for record in lines] == [None, None, "worker", None, None, None]
    assert deaths == 2  # once with its chunk, once alone


# -- the tool's way and the library's way agree on any bytes ---------------------------------

_PIECES = [
    b'<REUTERS NEWID="1">', b"</REUTERS>", b"<TEXT>", b"<BODY>", b"</BODY>", b"<DOC>", b"</DOC>",
    b"<DOCNO>X</DOCNO>", b"<nitf>", b"</nitf>", b"<html>", b"<p>", b"</p>", b'{"uri": "u", "body_text": "A."}',
    b"[", b"]", b"LONDON (Reuters) - ", b"Prices rose. ", b"\xff", b"\x00", b"\n", b" ",
]


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.binary(max_size=6)), max_size=30).map(b"".join),
       st.sampled_from([None, *(row.name for row in FORMAT_TABLE if row.forcible)]))
def test_the_tool_reads_any_file_as_the_library_does(tmp_path: Path, data: bytes, forced: FormatName | None) -> None:
    path = tmp_path / "x.in"
    path.write_bytes(data)
    options = ReadOptions(format=forced, max_bytes=300)
    found = [record for task in _tasks(path, format=forced, max_bytes=300) for record in run_task(task, options)]
    expected = expected_records(path, format=forced, max_story_bytes=300)
    for record in expected:
        if record.get("error", {}).get("type") == "too-large":
            record["error"]["message"] += "; raise --max-bytes to read it"
    assert found == expected
