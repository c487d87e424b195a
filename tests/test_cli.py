"""The command line tool: what it promises for ordinary runs, and every option acting or refused.

Faults (dead workers, signals, devices, full disks) are in ``test_faults.py``.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsmodel import from_dict, json_schema, parse_article, record_schema, to_dict
from newsmodel.bulk import ERROR_TYPES
from newsmodel.schema import DIALECT
from tests.clirun import STORY, in_process, in_process_output, one_line_error, records, run


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


def test_help_explains_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in (b"parse", b"format", b"schema"):
        assert command in result.stdout


def test_parse_a_file_gives_one_record_with_the_article(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("parse", str(story), "--jobs", "1")
    assert result.returncode == 0
    (record,) = records(result.stdout)
    assert list(record) == ["source", "article"]
    assert record["source"] == str(story)
    assert from_dict(record["article"]) == parse_article(STORY)
    assert b"1 record, 0 errors" in result.stderr


def test_standard_input() -> None:
    result = run("parse", "-", stdin=STORY.encode())
    assert result.returncode == 0
    (record,) = records(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["article"]["dateline"]["locations"] == ["LONDON"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_directory_recursively_in_order(corpus: Path, jobs: str) -> None:
    result = run("parse", str(corpus), "--jobs", jobs, "--no-progress")
    assert result.returncode == 0
    sources = [Path(r["source"]).name for r in records(result.stdout)]
    assert sources == ["deep.txt", "story-0.txt", "story-1.txt", "story-2.txt", "story-3.txt", "story-4.txt"]


def test_glob_chooses_files(corpus: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert in_process(capsys, "parse", str(corpus), "--glob", "*.md", "-o", str(out), "-j", "1")[0] == 0
    assert [Path(r["source"]).name for r in records(out.read_bytes())] == ["notes.md"]


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
        "story-3.txt": "input",  # empty: no story
        "story-4.txt": "ok",
        "missing.txt": "read",
    }
    assert "--encoding" in out[3]["error"]["message"]
    assert b"7 records, 4 errors (1 binary, 1 decode, 1 input, 1 read)" in result.stderr


def test_encoding_option_reads_latin_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "latin.txt"
    story.write_bytes("PARIS (Reuters) - Caf\u00e9 prices rose.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    assert in_process(capsys, "parse", str(story), "--encoding", "latin-1", "-o", str(out), "-j", "1")[0] == 0
    assert records(out.read_bytes())[0]["article"]["paragraphs"] == ["Caf\u00e9 prices rose."]


def test_jsonl_in_and_out_keeps_fields_under_their_own_key(tmp_path: Path) -> None:
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
    assert [r["source"] for r in out] == [f"{source}:{n}" for n in range(1, 6)]
    assert [r.get("fields") for r in out] == [{"id": 1}, None, {"id": 3}, None, {"id": 5}]
    assert [r.get("error", {}).get("type") for r in out] == [None, "json", "field", "json", None]
    assert out[4]["article"]["paragraphs"] == ["More."]


def test_progress_bar_shows_total_rate_and_time_left(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    status, stderr = in_process(capsys, "parse", str(corpus), "--progress", "-o", str(out), "-j", "1")
    assert status == 0
    last = stderr.split("\r")[-1]
    assert "100% [####################] 6/6 inputs" in last
    assert "records/s" in last
    assert "0:00:00 left" in last


# -- every option acts or is a usage error: one row per defect ------------------------------

Setup = Callable[[Path], None]


def _files(contents: dict[str, bytes] | None = None) -> Setup:
    def setup(folder: Path) -> None:
        for name, data in (contents or {}).items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    return setup


STORY_BYTES = STORY.encode()
JSONL = (json.dumps({"id": 1, "text": STORY}) + "\n").encode()

# (what, setup, arguments ({} is the folder), exit status, a fragment of the one-line error)
USAGE_ERRORS = [
    (
        "--text-field without --jsonl",
        _files({"a.txt": STORY_BYTES}),
        ["{}/a.txt", "--text-field", "body"],
        "needs --jsonl",
    ),
    ("--glob and no folder", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--glob", "*.md"], "no input is a folder"),
    (
        "a folder where nothing matches", _files({"d/a.md": b"x"}), ["{}/d"],
        "no file in it matches --glob '*.sgm' or '*.sgml'",
    ),
    (
        "--jsonl in a folder of .txt only",
        _files({"d/a.txt": STORY_BYTES}),
        ["--jsonl", "{}/d"],
        "matches --glob '*.jsonl'",
    ),
    (
        "an unknown encoding",
        _files({"a.txt": STORY_BYTES}),
        ["{}/a.txt", "--encoding", "nosuchcodec"],
        "unknown text encoding",
    ),
    (
        "a codec that is no text encoding",
        _files({"a.txt": STORY_BYTES}),
        ["{}/a.txt", "--encoding", "base64"],
        "unknown text",
    ),
    (
        "--jsonl in UTF-16",
        _files({"a.jsonl": JSONL}),
        ["--jsonl", "{}/a.jsonl", "--encoding", "utf-16"],
        "ASCII-compatible",
    ),
    ("no worker at all", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--jobs", "0"], "at least 1"),
    ("workers that are no number", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "-j", "2.5"], "not a whole number"),
    ("--indent 0", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--indent", "0"], "between 1 and 16"),
    ("a cap that is no size", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--max-bytes", "lots"], "not a byte count"),
    ("a cap of nothing", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--max-bytes", "0"], "at least one byte"),
    ("a negative timeout", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--read-timeout", "-1"], "0 (wait as long"),
    ("standard input twice", _files(), ["-", "-"], "read only once"),
    ("an unknown option", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--fast"], "unrecognized arguments"),
    ("an unknown --from", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--from", "docx"], "invalid choice: 'docx'"),
    (
        "--from markup, which no reader reads",
        _files({"a.txt": STORY_BYTES}),
        ["{}/a.txt", "--from", "markup"],
        "invalid choice: 'markup'",
    ),
    ("--from without a format", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--from"], "expected one argument"),
    ("an unknown --to", _files({"a.txt": STORY_BYTES}), ["{}/a.txt", "--to", "xml"], "invalid choice: 'xml'"),
]


@pytest.mark.parametrize(
    ("setup", "arguments", "fragment"), [row[1:] for row in USAGE_ERRORS], ids=[row[0] for row in USAGE_ERRORS]
)
def test_options_that_cannot_act_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: Setup, arguments: list[str], fragment: str
) -> None:
    setup(tmp_path)
    _assert_usage_error(capsys, tmp_path, "parse", arguments, fragment)


def _assert_usage_error(
    capsys: pytest.CaptureFixture[str], folder: Path, command: str, arguments: list[str], fragment: str
) -> None:
    """``newsmodel command arguments`` ("{}" standing for ``folder``) is a usage error:
    exit status 2, one line holding ``fragment``, no output, nothing in ``folder`` changed."""
    before = sorted(folder.rglob("*"))
    status, stdout, stderr = in_process_output(capsys, command, *(a.replace("{}", str(folder)) for a in arguments))
    assert status == 2
    line = one_line_error(stderr)
    assert line.startswith((f"newsmodel {command}: ", "newsmodel: "))
    assert fragment in line
    assert stdout == ""
    assert sorted(folder.rglob("*")) == before


# (what, the command and its arguments, a fragment of the one-line error); the folder holds a.json
OTHER_USAGE_ERRORS = [
    ("format --to, which writes copy", ["format", "{}/a.json", "--to", "ninjs"], "unrecognized arguments: --to"),
    ("format --from, for parse alone", ["format", "{}/a.json", "--from", "ninjs"], "unrecognized arguments: --from"),
    ("format standard input twice", ["format", "-", "-"], "read only once"),
    ("schema --indent 0", ["schema", "--indent", "0"], "between 1 and 16 spaces"),
    ("schema --indent no number", ["schema", "--indent", "two"], "not a whole number of spaces: 'two'"),
    ("schema an input, which it does not read", ["schema", "{}/a.json"], "unrecognized arguments: "),
    ("schema --to, which belongs to parse", ["schema", "--to", "ninjs"], "unrecognized arguments: --to"),
    ("schema -o in a missing folder", ["schema", "-o", "{}/missing/schema.json"], "no folder"),
]


@pytest.mark.parametrize(
    ("arguments", "fragment"), [row[1:] for row in OTHER_USAGE_ERRORS], ids=[row[0] for row in OTHER_USAGE_ERRORS]
)
def test_format_and_schema_options_that_cannot_act_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], fragment: str
) -> None:
    (tmp_path / "a.json").write_bytes(JSONL)
    _assert_usage_error(capsys, tmp_path, arguments[0], arguments[1:], fragment)


def _run_to_file(capsys: pytest.CaptureFixture[str], folder: Path, *arguments: str) -> tuple[int, list[dict[str, Any]]]:
    out = folder / "out.json"
    status, _ = in_process(
        capsys, "parse", "-j", "1", "-o", str(out), *(a.replace("{}", str(folder)) for a in arguments)
    )
    return status, records(out.read_bytes())


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("mark", [True, False], ids=["with a byte-order mark", "without"])
def test_utf_16_and_32_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, mark: bool) -> None:
    ordered = encoding.endswith(("-le", "-be"))
    if mark:  # the plain codecs write their own mark
        data = ("\ufeff" + STORY).encode(encoding) if ordered else STORY.encode(encoding)
    else:  # without a mark, the plain codecs read little-endian here
        data = STORY.encode(encoding if ordered else f"{encoding}-le")
    (tmp_path / "a.txt").write_bytes(data)
    status, out = _run_to_file(capsys, tmp_path, "{}/a.txt", "--encoding", encoding)
    assert status == 0
    assert out[0]["article"] == _article_of(STORY)


def test_a_byte_order_mark_wins_over_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"))
    status, out = _run_to_file(capsys, tmp_path, "{}/a.txt")
    assert status == 0
    assert out[0]["article"] == _article_of(STORY)


def test_nul_characters_after_decoding_are_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("A\x00B".encode("utf-16"))
    status, out = _run_to_file(capsys, tmp_path, "{}/a.txt", "--encoding", "utf-16")
    assert status == 1
    assert out[0]["error"]["type"] == "binary"


def test_jsonl_in_a_folder_takes_jsonl_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _files({"d/a.jsonl": JSONL, "d/b.txt": STORY_BYTES})(tmp_path)
    status, out = _run_to_file(capsys, tmp_path, "--jsonl", "{}/d")
    assert status == 0
    assert [Path(str(r["source"])).name for r in out] == ["a.jsonl:1"]


def test_blank_jsonl_lines_get_a_record_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_bytes(JSONL + b"\n  \n" + JSONL)
    status, out = _run_to_file(capsys, tmp_path, "--jsonl", "{}/a.jsonl")
    assert status == 1
    assert [r["source"].rsplit(":", 1)[1] for r in out] == ["1", "2", "3", "4"]
    assert [r.get("error", {}).get("type") for r in out] == [None, "json", "json", None]


@pytest.mark.parametrize("name", ["source", "article", "error", "fields"])
def test_carried_fields_never_collide_with_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({name: "carried", "text": STORY}) + "\n", encoding="utf-8")
    status, out = _run_to_file(capsys, tmp_path, "--jsonl", "{}/a.jsonl")
    assert status == 0
    assert out[0]["source"] == f"{tmp_path}/a.jsonl:1"
    assert out[0]["fields"] == {name: "carried"}
    assert out[0]["article"] == _article_of(STORY)
    assert "error" not in out[0]


def test_every_error_type_is_documented() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for kind in ERROR_TYPES:
        assert f"| `{kind}` |" in docs, kind


def _article_of(text: str) -> Any:
    return to_dict(parse_article(text))


# -- format ------------------------------------------------------------------------------


def _parsed(tmp_path: Path, *texts: str, indent: bool = False) -> bytes:
    stories = []
    for index, text in enumerate(texts):
        path = tmp_path / f"s{index}.txt"
        path.write_text(text, encoding="utf-8")
        stories.append(str(path))
    result = run("parse", "-j", "1", *stories, *(["--indent", "2"] if indent else []))
    return result.stdout


def test_format_writes_wire_copy_back(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    parsed = run("parse", str(story))
    formatted = run("format", "-", stdin=parsed.stdout)
    assert formatted.returncode == 0
    assert parse_article(formatted.stdout.decode()) == parse_article(STORY)


@pytest.mark.parametrize("indent", [False, True], ids=["JSON Lines", "parse --indent"])
def test_format_separates_articles_and_reads_both_shapes(tmp_path: Path, indent: bool) -> None:
    second = "PARIS (Reuters) - Prices fell.\n\nThey fell again.\n"
    parsed = _parsed(tmp_path, STORY, second, indent=indent)
    formatted = run("format", "-", stdin=parsed)
    assert formatted.returncode == 0, formatted.stderr
    texts = formatted.stdout.decode().split("\f\n")
    assert [parse_article(t) for t in texts] == [parse_article(STORY), parse_article(second)]
    assert b"2 articles written, 0 error records skipped, 0 bad records" in formatted.stderr


def test_format_reports_each_bad_record_with_its_line_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _parsed(tmp_path, STORY).decode().strip()
    error = json.dumps({"source": "x.txt", "error": {"type": "read", "message": "gone"}})
    quote = {"text": "Hi", "paragraph": 0, "start": 0, "end": 5}
    deep = json.dumps({"source": "y.txt", "article": {"paragraphs": ["Hi"], "quotes": [quote]}})
    lines = [good, '{"foo": 1}', good, "{not json", '{"byline": []}', error, "[1]", deep, good]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    status, stderr = in_process(capsys, "format", str(source), "-o", str(out))
    assert status == 1
    reports = stderr.splitlines()
    assert [r.split(": ", 2)[1] for r in reports[:-1]] == [f"{source}:{n}" for n in (2, 4, 5, 7, 8)]
    assert ": not an article: foo: expected one of the keys of Article ('headline', 'byline', " in reports[0]
    assert reports[0].endswith("'stray'), got an unknown key")
    assert reports[2].endswith(": not an article: byline: expected an object (Byline), got [] (list)")
    assert reports[3].endswith(": not an article or a record: a JSON int")
    assert reports[4].endswith(": not an article: quotes[0].end: expected start + the length of text (2), got 5 (int)")
    assert reports[-1] == "newsmodel: 3 articles written, 1 error record skipped, 5 bad records"
    assert [parse_article(t) for t in out.read_text(encoding="utf-8").split("\f\n")] == [parse_article(STORY)] * 3


def test_format_reports_bad_json() -> None:
    result = run("format", "-", stdin=b"{not json")
    assert result.returncode == 1
    assert b"newsmodel: <stdin>:1: not JSON" in result.stderr


def test_format_separator_option(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path, STORY, STORY)
    formatted = run("format", "-", "--separator", "=====", stdin=parsed)
    texts = formatted.stdout.decode().split("=====\n")
    assert [parse_article(t) for t in texts] == [parse_article(STORY)] * 2


# -- schema ------------------------------------------------------------------------------


def _checked_schema(text: bytes) -> Any:
    """The schema in ``text``, checked against the metaschema of the dialect it declares."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(text)
    assert schema["$schema"] == DIALECT
    jsonschema.validators.validator_for(schema).check_schema(schema)
    return schema


def test_schema_prints_the_record_schema_that_parse_records_validate_against(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = run("schema")
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout.endswith(b"\n")
    assert result.stdout.count(b"\n") == 1  # one line, as parse's records
    schema = _checked_schema(result.stdout)
    assert schema == record_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9")
    parsed = records(run("parse", "-j", "1", str(tmp_path / "story.txt"), str(tmp_path / "latin.txt")).stdout)
    ninjs = records(run("parse", "--to", "ninjs", str(tmp_path / "story.txt")).stdout)
    assert [sorted(record) for record in [*parsed, *ninjs]] == [["article", "source"], ["error", "source"],
                                                               ["ninjs", "source"]]
    for record in [*parsed, *ninjs]:
        validator.validate(record)
    assert not validator.is_valid({**parsed[0], "error": parsed[1]["error"]})  # an article or an error, not both


def test_schema_article_option_writes_the_article_schema_to_a_file(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "article.schema.json"
    result = run("schema", "--article", "--indent", "2", "-o", str(out))
    assert result.returncode == 0
    assert result.stdout == result.stderr == b""
    text = out.read_bytes()
    assert text.splitlines()[1].startswith(b'  "$schema"')
    schema = _checked_schema(text)
    assert schema == json_schema()
    jsonschema.validate(to_dict(parse_article(STORY)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"paragraphs": [" "]}, schema)


def test_min_tier_keeps_the_surer_speakers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text('LONDON (Reuters) - Ann Lee left.\n"Yes," she said. "No," said Bo Ku.\n', encoding="utf-8")
    speakers = {}
    for tier in ("1", "2"):
        out = tmp_path / f"tier{tier}.jsonl"
        assert in_process(capsys, "parse", str(story), "--min-tier", tier, "-j", "1", "-q", "-o", str(out))[0] == 0
        speakers[tier] = [(q["speaker"], q["found_by"]) for q in records(out.read_bytes())[0]["article"]["quotes"]]
    assert speakers["1"] == [(None, "trailing"), ("Bo Ku", "trailing")]
    assert speakers["2"] == [("Ann Lee", "trailing"), ("Bo Ku", "trailing")]
    status, _, err = in_process_output(capsys, "parse", str(story), "--min-tier", "4")
    assert status == 2
    assert "--min-tier" in err


_HARBOUR_WIRE = {"agencies": [{"key": "harbour", "names": ["harbour wire"], "sign_offs": ["HARBOUR WIRE"],
                               "copyright": ["Harbour Wire stories may not be copied"]}]}
_HARBOUR_STORY = """OSLO (Harbour Wire) - Freight rates rose on Monday.

Brokers said demand held up.

Harbour Wire stories may not be copied without leave.

HARBOUR WIRE
"""


def test_a_lexicon_file_extends_what_parse_reads_in_every_worker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_text(json.dumps(_HARBOUR_WIRE), encoding="utf-8")
    stories = tmp_path / "stories"
    stories.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (stories / name).write_text(_HARBOUR_STORY, encoding="utf-8")
    plain, extended = tmp_path / "plain.jsonl", tmp_path / "extended.jsonl"
    folder = str(stories)
    assert in_process(capsys, "parse", folder, "--glob", "*.txt", "-j", "2", "-q", "-o", str(plain))[0] == 0
    argv = ("parse", folder, "--glob", "*.txt", "--lexicon", str(lexicon), "-j", "2", "-q", "-o", str(extended))
    assert in_process(capsys, *argv)[0] == 0
    for record in records(extended.read_bytes()):  # the workers read by the user's lexicon, given to them by value
        article = record["article"]
        assert article["dateline"]["agency"] == "Harbour Wire"
        assert article["trailers"] == ["Harbour Wire stories may not be copied without leave.", "HARBOUR WIRE"]
        assert article["paragraphs"] == ["Freight rates rose on Monday.", "Brokers said demand held up."]
    for record in records(plain.read_bytes()):  # the package's lexicon knows no such house style
        assert record["article"]["trailers"] == []
        assert record["article"]["paragraphs"][-1] == "HARBOUR WIRE"


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "--lexicon"), (json.dumps({"agency": []}), "unknown lexicon keys: agency")],
)
def test_a_lexicon_file_that_cannot_be_read_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(_HARBOUR_STORY, encoding="utf-8")
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_text(content, encoding="utf-8")
    status, _, err = in_process_output(capsys, "parse", str(story), "--lexicon", str(lexicon))
    assert status == 2
    assert message in err
    status, _, err = in_process_output(capsys, "parse", str(story), "--lexicon", str(tmp_path / "missing.json"))
    assert status == 2
    assert "--lexicon" in err
