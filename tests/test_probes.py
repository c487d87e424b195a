"""Hostile archives and records: each probe of the attack on the tool and the
readers gives what the documentation promises (see docs/cli.md), and one
bad input never takes down a run.

Each test names its probe; the slow ones (time and memory) live in
``tests/test_linear_readers.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsmodel import format_article, from_ninjs, parse_article, to_ninjs
from newsmodel.formats import detect_format, read_stories
from tests.clirun import COMMAND, STORY, in_process, one_line_error, records, run

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses Linux devices and /proc")

# An integer of more than the 4,300 digits Python converts from text.
HUGE_INTEGER = "1" * 5000
GOOD = "LONDON, March 3 (Reuters) - Oil rose."


def _good_and(tmp_path: Path, name: str, data: bytes) -> list[str]:
    """A good story, the hostile input ``name``, a good story: their paths."""
    paths = [tmp_path / "a.txt", tmp_path / name, tmp_path / "z.txt"]
    paths[0].write_text(GOOD, encoding="utf-8")
    paths[1].write_bytes(data)
    paths[2].write_text(GOOD, encoding="utf-8")
    return [str(path) for path in paths]


def _one_run(tmp_path: Path, name: str, data: bytes, *options: str) -> list[dict[str, Any]]:
    """The records of a run over good inputs and one hostile one: status 1, no traceback, no partial file left."""
    names = _good_and(tmp_path, name, data)
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    result = run("parse", *names, "-o", str(out), *options)
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert [path.name for path in out.parent.iterdir()] == ["records.jsonl"]
    found = records(out.read_bytes())
    assert found[0]["source"] == names[0]
    assert "article" in found[0]
    assert found[-1]["source"] == names[2]
    assert "article" in found[-1]
    return found[1:-1]


# -- 1. an integer over Python's digit limit in a ninjs file ------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_1_a_huge_integer_in_ninjs_is_a_json_record_and_the_run_goes_on(tmp_path: Path, jobs: str) -> None:
    feed = f'[{{"uri": "u1", "bodies": [{{"value": "{GOOD}"}}]}}, {{"uri": "u2", "version": {HUGE_INTEGER}}}]'
    middle = _one_run(tmp_path, "feed.json", feed.encode(), "--jobs", jobs)
    assert [record["source"].rsplit("/", 1)[-1] for record in middle] == ["feed.json#uri=u1", "feed.json"]
    assert middle[1]["error"]["type"] == "json"
    assert "limit (4300" in middle[1]["error"]["message"]  # Python's own words, which changed after 3.10


def test_1_a_huge_integer_is_a_bad_record_for_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(f'{{"paragraphs": ["A."], "n": {HUGE_INTEGER}}}\n{{"paragraphs": ["B."]}}\n', encoding="utf-8")
    out = tmp_path / "copy.txt"
    status, stderr = in_process(capsys, "format", str(source), "-o", str(out))
    assert status == 1
    assert f"{source}:1: not JSON: Exceeds the limit (4300" in stderr
    assert out.read_text(encoding="utf-8") == "B.\n"


# -- 5. XML in an encoding expat does not read ---------------------------------------------


@pytest.mark.parametrize("encoding", ["Shift_JIS", "Big5", "UTF-32", "utf-32-be", "utf-7", "EUC-JP", "cp1252"])
def test_5_xml_in_any_python_encoding_is_read(encoding: str) -> None:
    text = "Tokyo \u6771\u4eac rose." if encoding != "cp1252" else "Caf\u00e9 prices rose."
    declared = encoding if encoding != "utf-32-be" else "UTF-32"
    document = (f'<?xml version="1.0" encoding="{declared}"?>\n'
                f"<nitf><body><body.content><p>{text}</p></body.content></body></nitf>")
    story, = read_stories(document.encode(encoding), source="a.xml")
    assert story.article is not None, story.error
    assert story.article.paragraphs == (text,)


@pytest.mark.parametrize(
    ("declared", "data", "message"),
    [
        ("no-such-encoding", b"<p>x</p>", "not known: 'no-such-encoding'"),
        ("base64", b"<p>x</p>", "not a text encoding"),
        ("Shift_JIS", b"<p>\x81</p>", "not shift_jis"),
    ],
)
def test_5_an_unknown_encoding_or_bytes_not_in_it_are_a_decode_record(declared: str, data: bytes, message: str) -> None:
    document = f'<?xml version="1.0" encoding="{declared}"?><nitf><body><body.content>'.encode() + data
    story, = read_stories(document + b"</body.content></body></nitf>", source="a.xml")
    assert story.error is not None
    assert story.error.type == "decode"
    assert message in story.error.message


def test_5_the_declaration_is_seen_in_small_pieces() -> None:
    document = '<?xml version="1.0" encoding="Big5"?><nitf><body><body.content><p>\u6771 rose.</p></body.content>'
    data = (document + "</body></nitf>").encode("big5")
    story, = read_stories([data[i : i + 3] for i in range(0, len(data), 3)], source="a.xml", format="nitf")
    assert story.article is not None
    assert story.article.paragraphs == ("\u6771 rose.",)


def test_5_the_tool_gives_an_article_for_shift_jis_xml(tmp_path: Path) -> None:
    document = '<?xml version="1.0" encoding="Shift_JIS"?><nitf><body><body.content><p>\u6771\u4eac rose.</p>'
    document += "</body.content></body></nitf>"
    path = tmp_path / "a.xml"
    path.write_bytes(document.encode("shift_jis"))
    result = run("parse", str(path))
    assert result.returncode == 0, result.stderr
    assert records(result.stdout)[0]["article"]["paragraphs"] == ["\u6771\u4eac rose."]


# -- 6. an output inside an input folder, reached through a link of the folder's own ------


def test_6_an_output_in_a_folder_linked_from_an_input_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    (folder / "deep").mkdir(parents=True)
    elsewhere.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "deep" / "link").symlink_to(elsewhere, target_is_directory=True)
    status, stderr = in_process(capsys, "parse", str(folder), "-o", str(elsewhere / "out.txt"))
    assert status == 2
    assert "lies inside the input folder" in one_line_error(stderr)
    assert list(elsewhere.iterdir()) == []


# -- 7. HTML that opens with a long comment -----------------------------------------------


@pytest.mark.parametrize("length", [100, 30_000, 100_000])
def test_7_html_after_a_long_comment_is_markup(length: int) -> None:
    page = b"<!-- " + b"x" * length + b" -->\n<html><body><p>Hi</p></body></html>"
    assert detect_format(page[:65536]) == "markup"
    story, = read_stories(page, source="page")
    assert story.error is not None
    assert story.error.type == "markup"


# -- 8. archive items without story text ---------------------------------------------------

G2_BLANK = b"""<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g1">
<itemMeta><itemClass qcode="ninat:text"/></itemMeta>
<contentSet><inlineData contenttype="text/plain">  \n  </inlineData></contentSet></newsItem>"""


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("ninjs without a body", b'{"uri": "u1", "type": "text"}'),
        ("an empty <REUTERS>", b'<REUTERS NEWID="1"></REUTERS>'),
        ("a <REUTERS> of white space", b'<REUTERS NEWID="1"><TEXT>  \n </TEXT></REUTERS>'),
        ("an empty NITF body", b"<?xml version='1.0'?><nitf><body><body.content> </body.content></body></nitf>"),
        ("white space G2 text", G2_BLANK),
        ("an empty <DOC>", b"<DOC><DOCNO>D1</DOCNO><TEXT> </TEXT></DOC>"),
    ],
)
def test_8_an_item_without_story_text_is_an_input_record(name: str, data: bytes) -> None:
    story, = read_stories(data, source="in")
    assert story.article is None, name
    assert story.error is not None
    assert story.error.type == "input"


# -- 9. --to ninjs on text with a lone surrogate ------------------------------------------


def test_9_to_ninjs_takes_a_lone_surrogate(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"text": "LONDON (Reuters) - Oil \\ud800 rose."}\n', encoding="utf-8")
    result = run("parse", "--jsonl", str(lines), "--to", "ninjs")
    assert result.returncode == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["ninjs"]["uri"].startswith("urn:uuid:")
    assert "\ud800" in record["ninjs"]["bodies"][0]["value"]


def test_9_the_content_uri_is_unchanged_for_text_utf_8_holds() -> None:
    import uuid

    from newsmodel.ninjs import _URI_NAMESPACE
    from newsmodel.serialization import to_json

    article = parse_article(STORY)
    assert to_ninjs(article)["uri"] == f"urn:uuid:{uuid.uuid5(_URI_NAMESPACE, to_json(article))}"


# -- 10. standard error full or closed -----------------------------------------------------


@linux
@pytest.mark.parametrize("how", ["full", "closed"])
@pytest.mark.parametrize("progress", ["--progress", "--no-progress"])
def test_10_a_complete_run_exits_0_whatever_standard_error_is(tmp_path: Path, how: str, progress: str) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    command = [*COMMAND, "parse", progress, str(story), "-o", str(tmp_path / "out.jsonl")]
    if how == "full":
        with open("/dev/full", "wb") as full:
            status = subprocess.run(command, stderr=full, timeout=60, check=False).returncode
    else:
        status = subprocess.run(command, stderr=subprocess.DEVNULL, timeout=60, check=False,
                                preexec_fn=lambda: os.close(2)).returncode
    assert status == 0
    assert len(records((tmp_path / "out.jsonl").read_bytes())) == 1


# -- 11. the smaller ones -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [("--max-bytes", "inf"), ("--max-bytes", "nan"), ("--max-bytes", "1e400"), ("--read-timeout", "inf")],
)
def test_11_infinite_limits_are_usage_errors(option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, stderr = in_process(capsys, "parse", option, value, "-")
    assert status == 2
    assert value in one_line_error(stderr)


@pytest.mark.parametrize("command", ["parse", "format", "schema"])
def test_11_an_empty_output_name_is_a_usage_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, stderr = in_process(capsys, command, "-o", "")
    assert status == 2
    assert "-o/--output needs a file name" in one_line_error(stderr)


def test_11_format_counts_in_words_that_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"paragraphs": ["A."]}\n', encoding="utf-8")
    status, stderr = in_process(capsys, "format", str(source), "-o", str(tmp_path / "out.txt"))
    assert status == 0
    assert stderr == "newsmodel: 1 article written, 0 error records skipped, 0 bad records\n"


@linux
def test_11_format_never_says_written_of_what_a_failed_output_lost(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"paragraphs": ["A."]}\n', encoding="utf-8")
    result = run("format", str(source), "-o", "/dev/full")
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert lines[1:] == [
        "newsmodel: stopped: 0 articles written, 1 made and not written",
        "newsmodel: 1 article made, 0 error records skipped, 0 bad records",
    ]


@pytest.mark.parametrize("field", ["edNote", "copyrightNotice"])
@pytest.mark.parametrize(("value", "lines"), [([True, "Line one"], ["Line one"]), (False, []), (7, []), ({}, [])])
def test_11_from_ninjs_reads_only_text_from_free_text_fields(field: str, value: Any, lines: list[str]) -> None:
    item = {"type": "text", "bodies": [{"value": GOOD}], field: value}
    article = from_ninjs(item)
    printed = format_article(article)
    assert "True" not in printed
    assert "False" not in printed
    assert "{}" not in printed
    held = [note.text for note in article.notes] if field == "edNote" else list(article.trailers)
    assert held == lines


def test_11_a_form_feed_in_a_paragraph_never_breaks_the_separator(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    articles = ['{"paragraphs": ["A page\\f", "B."]}', '{"paragraphs": ["C\\f\\nD."]}', '{"paragraphs": ["E."]}']
    source.write_text("\n".join(articles) + "\n", encoding="utf-8")
    result = run("format", str(source))
    assert result.returncode == 0, result.stderr
    copies = result.stdout.decode().split("\f\n")
    assert len(copies) == 3
    assert copies[2] == "E.\n"


@pytest.mark.parametrize(
    "text",
    [
        "EDITOR'S NOTE: a (b\n\nLONDON (Reuters) - Oil rose.",  # a note with an unbalanced bracket
        "(Adds detail\n\nEDITOR'S NOTE: x (y\n\nOil rose.",
        "--(Adds detail)\n\nOil rose.",  # a lone punctuation paragraph once the note is parted from it
        "Oil rose.\n\n, (Adds detail)\n\nKeywords: OIL",  # ... before a keywords line
        "Oil rose.\n\n-- (Reporting by Ann Lee)\n\nKeywords: OIL",
    ],
)
def test_11_hostile_texts_read_back_the_same(text: str) -> None:
    article = parse_article(text)
    assert parse_article(format_article(article)) == article


@pytest.mark.parametrize("data", [b"[1, 2]", b"[]", b'{"a": 1}', b"[true]"])
def test_11_json_that_holds_no_object_is_never_prose(data: bytes) -> None:
    stories = list(read_stories(data, source="x"))
    assert all(story.article is None for story in stories)
    assert {story.error.type for story in stories if story.error is not None} <= {"format", "input"}


def test_11_prose_in_brackets_is_still_prose() -> None:
    story, = read_stories(b"[Photo] LONDON (Reuters) - Oil rose.", source="x")
    assert story.article is not None


# -- 4. memory per input: a worker's budget ---------------------------------------------------


@linux
def test_4_an_input_over_a_workers_memory_budget_is_a_memory_record_and_the_run_goes_on(tmp_path: Path) -> None:
    names = _good_and(tmp_path, "huge.txt", b"word " * 5_000_000)  # 25 MB: reading and decoding it exceed 64 MiB
    result = run("parse", "--jobs", "2", "--max-memory", "64M", *names)
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    found = records(result.stdout)
    assert [record["source"] for record in found] == names
    assert "article" in found[0]
    assert "article" in found[2]
    assert found[1]["error"]["type"] == "memory"


def test_4_quotations_are_capped_and_looked_for_in_windows() -> None:
    from newsmodel.article import MAX_QUOTES, QUOTE_WINDOW

    dense = parse_article('"a ' * (MAX_QUOTES * 3))
    assert len(dense.quotes) == MAX_QUOTES
    story = 'Ann Lee said: "It rose." ' * 20
    long_text = "\n\n".join([story] * (2 * QUOTE_WINDOW // len(story)))
    article = parse_article(long_text)
    assert [quote.text for quote in article.quotes] == ["It rose."] * len(article.paragraphs) * 20
    assert all(quote.speaker == "Ann Lee" for quote in article.quotes)


# -- acceptance: good inputs and any one hostile input ------------------------------------------

HOSTILE_INPUTS = {
    "feed.json": f'[{{"version": {HUGE_INTEGER}}}]'.encode(),
    "deep.json": b"[" * 100_000,
    "bogus.xml": b'<?xml version="1.0" encoding="no-such"?><nitf/>',
    "sjis.xml": b'<?xml version="1.0" encoding="Shift_JIS"?><nitf><body><body.content><p>\x81</p></body.content>',
    "nul.xml": b'<?xml version="1.0" encoding="UT\x00F"?><nitf/>',
    "empty.sgm": b'<REUTERS NEWID="1"></REUTERS>',
    "docs.sgml": b"<DOC><DOCNO>1</DOCNO>" * 1000,
    "page.html": b"<!-- " + b"x" * 30_000 + b" --><html><body>Hi</body></html>",
    "numbers.json": b"[1, 2]",
    "nobody.json": b'{"uri": "u", "type": "text"}',
    "binary.txt": b"\x00\x01\x02",
}


@pytest.mark.parametrize("name", list(HOSTILE_INPUTS))
def test_good_inputs_and_one_hostile_input_give_one_record_each_in_order_and_status_1(
    tmp_path: Path, name: str
) -> None:
    middle = _one_run(tmp_path, name, HOSTILE_INPUTS[name], "--jobs", "2")
    assert middle
    assert all(record["source"].rsplit("/", 1)[-1].startswith(name) for record in middle)
    assert all("error" in record for record in middle)
