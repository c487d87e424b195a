"""Tables out: ``parse --to csv|parquet --table ...``, the writers' fault guarantees, and ``newsmodel.tables``.

Over the shared corpus where it is next to the checkout, else over a few
stories made here. The optional readers (pyarrow, pandas, DuckDB) are
skipped where they are not installed.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsmodel import parse_article
from newsmodel.bulk import parse_files
from newsmodel.lexicon import Agency, Lexicon
from newsmodel.tables import TABLES, rows, to_arrow, to_pandas
from tests.clirun import STORY, in_process, one_line_error, run
from tests.corpus import corpus_root

QUOTED = (
    'By Ann Lee\nPARIS, May 2 (Reuters) - "Prices will rise," said Bo Ku, a trader.\n'
    '"We are ready," the minister told reporters.\n'
    "(Reporting by Cy Ho in Rome; Editing by Di Fu)\n"
)


@cache
def _fixture_folder() -> Path:
    """The corpus articles, or a folder of a few stories made once per test run."""
    root = corpus_root()
    if root is not None and (root / "articles").is_dir():
        return root / "articles"
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="tables-"))
    for index in range(12):
        text = (QUOTED if index % 2 else STORY).replace("Reuters", "Reuters" if index % 3 else "AP")
        (folder / f"s{index:02}.txt").write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"Caf\xe9 prices rose.\n")  # an error record
    return folder


@cache
def _json_records() -> tuple[dict[str, Any], ...]:
    result = run("parse", "--jobs", "2", str(_fixture_folder()))
    return tuple(json.loads(line) for line in result.stdout.decode("utf-8").splitlines())


def _expected(table: str) -> int:
    """The rows ``table`` must have: articles, quotes or contributors of the JSON output."""
    articles = [record["article"] for record in _json_records() if "article" in record]
    if table == "articles":
        return len(articles)
    if table == "quotes":
        return sum(len(article.get("quotes", ())) for article in articles)
    return sum(len(credit["contributors"]) for article in articles for credit in article.get("credits", ()))


def _errors() -> int:
    return sum("error" in record for record in _json_records())


def _parse_to(tmp_path: Path, to: str, table: str) -> Path:
    out = tmp_path / f"out.{to}"
    result = run("parse", "--jobs", "2", str(_fixture_folder()), "--to", to, "--table", table, "-o", str(out))
    assert result.returncode == (1 if _errors() else 0), result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    errors = (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(errors) == _errors()
    assert all("error" in json.loads(line) for line in errors)
    return out


@pytest.mark.parametrize("table", list(TABLES))
def test_csv_has_the_header_once_and_a_row_per_item_of_the_json(tmp_path: Path, table: str) -> None:
    out = _parse_to(tmp_path, "csv", table)
    with out.open(encoding="utf-8", newline="") as file:
        found = list(csv.reader(file))
    header = [name for name, _ in TABLES[table].columns]
    assert found[0] == header
    assert header not in found[1:]
    assert len(found) - 1 == _expected(table) > 0


@pytest.mark.parametrize("table", list(TABLES))
def test_parquet_reads_back_with_pyarrow_pandas_and_duckdb(tmp_path: Path, table: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = _parse_to(tmp_path, "parquet", table)
    arrow = pq.read_table(out)
    assert arrow.num_rows == _expected(table) > 0
    assert arrow.column_names == [name for name, _ in TABLES[table].columns]
    pytest.importorskip("pandas")
    assert len(arrow.to_pandas()) == _expected(table)
    duckdb = pytest.importorskip("duckdb")
    ((count,),) = duckdb.sql(f"select count(*) from read_parquet('{out}')").fetchall()
    assert count == _expected(table)


def test_parquet_to_standard_output_sends_error_records_to_standard_error(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 prices rose.\n")
    good = tmp_path / "a.txt"
    good.write_text(QUOTED, encoding="utf-8")
    result = run("parse", str(good), str(bad), "--to", "parquet", "--table", "quotes", "-q")
    assert result.returncode == 1
    assert pq.read_table(io.BytesIO(result.stdout)).num_rows == 2
    (error,) = [json.loads(line) for line in result.stderr.decode().splitlines()]
    assert error["source"] == str(bad)
    assert error["error"]["type"] == "decode"


def test_the_tables_api_gives_the_counts_of_the_json() -> None:
    pytest.importorskip("pandas")
    records = _json_records()
    for table in TABLES:
        assert to_arrow(table, records).num_rows == _expected(table)
        frame = to_pandas(table, records)
        assert len(frame) == _expected(table)
        assert list(frame.columns) == [name for name, _ in TABLES[table].columns]


def test_the_tables_api_takes_articles_and_pairs() -> None:
    article = parse_article(QUOTED)
    assert [row[0] for row in rows("quotes", [article, ("b", article)])] == ["0", "0", "b", "b"]
    (row,) = rows("articles", [("a", article)])
    header = [name for name, _ in TABLES["articles"].columns]
    found = dict(zip(header, row, strict=True))
    assert found["byline_authors"] == "Ann Lee"
    assert (found["dateline_locations"], found["dateline_date_month"], found["dateline_date_day"]) == ("PARIS", 5, 2)
    assert (found["quotes_count"], found["credits_count"]) == (2, 2)
    with pytest.raises(ValueError, match="unknown table"):
        list(rows("people", [article]))


# -- usage -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "json", "--table", "quotes"], "--table chooses the table of csv and parquet"),
        (["--to", "csv", "--indent", "2"], "--indent pretty-prints JSON"),
    ],
)
def test_options_that_do_not_fit_the_writer_are_usage_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    status, stderr = in_process(capsys, "parse", str(story), *args, "-o", str(tmp_path / "out"))
    assert status == 2
    assert message in one_line_error(stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_errors_file_onto_an_input_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = tmp_path / "a.errors.jsonl"
    story.write_text(STORY, encoding="utf-8")
    status, stderr = in_process(capsys, "parse", str(story), "--to", "csv", "-o", str(tmp_path / "a.csv"))
    assert status == 2
    assert "refusing to overwrite it" in one_line_error(stderr)
    assert story.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_files_gives_the_records_of_the_command(jobs: int) -> None:
    assert tuple(parse_files([_fixture_folder()], jobs=jobs)) == _json_records()


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_files_reads_by_a_user_lexicon_in_its_workers(jobs: int, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("OSLO (Fjord Post) - Up.\n\nFjord Post text may not be copied.\n", encoding="utf-8")
    lexicon = Lexicon.default().with_agencies(Agency(key="fjord", names={"fjord post"}, copyright=("Fjord Post text",)))
    plain, = parse_files([tmp_path], jobs=jobs)
    extended, = parse_files([tmp_path], jobs=jobs, lexicon=lexicon)
    assert plain["article"]["trailers"] == []
    assert extended["article"]["trailers"] == ["Fjord Post text may not be copied."]


def test_without_pyarrow_parquet_is_a_usage_error_and_the_api_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)  # "import pyarrow" raises ImportError
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    status, stderr = in_process(capsys, "parse", str(story), "--to", "parquet", "-o", str(tmp_path / "a.parquet"))
    assert status == 2
    assert "pip install 'newsmodel-wire[parquet]'" in one_line_error(stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    with pytest.raises(ImportError, match=r"newsmodel-wire\[parquet\]"):
        to_arrow("quotes", [parse_article(QUOTED)])


def test_parquet_is_written_with_pyarrow_alone_which_the_tool_imports_only_to_write(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    story = tmp_path / "a.txt"
    story.write_text(QUOTED, encoding="utf-8")
    out = tmp_path / "a.parquet"
    code = (
        "import sys; from newsmodel.cli import main;"
        f"status = main(['parse', {str(story)!r}, '--to', 'parquet', '-o', {str(out)!r}, '--jobs', '1', '-q']);"
        "print(status, 'pandas' in sys.modules, 'pyarrow' in sys.modules)"
    )
    before = "import sys; from newsmodel.cli._commands import parse_command; print('pyarrow' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", before], capture_output=True, text=True, check=True)
    assert imported.stdout == "False\n"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout == "0 False True\n", found.stderr
    assert _sources_of_parquet(out.read_bytes()) == [str(story)]  # one row of the articles table


def test_a_lone_surrogate_reaches_every_table_writer_escaped(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 2, "text": "A \\ud800 B,\\" said Bo Ku."}\n', encoding="utf-8")
    for to in ("csv", "parquet"):
        if to == "parquet" and importlib.util.find_spec("pyarrow") is None:
            continue
        out = tmp_path / f"out.{to}"
        result = run("parse", "--jsonl", str(source), "--to", to, "--table", "articles", "-o", str(out))
        assert result.returncode == 0, result.stderr.decode()
        data = out.read_bytes()
        if to == "parquet":
            assert _sources_of_parquet(data) == [f"{source}:1"]
        else:
            assert data.decode("utf-8").count("\n") == 2


def _sources_of_parquet(data: bytes) -> list[str]:
    pq = pytest.importorskip("pyarrow.parquet")
    return [str(value) for value in pq.read_table(io.BytesIO(data)).column("source").to_pylist()]
