"""Every example of the README and of ``docs/`` that is not a doctest runs as
written: each ``python`` block without ``>>>`` is marked by the comment before
it as a script (run in a fresh interpreter, in a folder holding a small corpus)
or as type errors (mypy reports every line that carries a comment). The
doctests run through pytest's ``--doctest-glob``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(
    r"""
    (?:^<!--[ ]example:[ ](?P<kind>[\w ]+)[ ]-->\n)?   # the mark, on the line before the block
    ^```python\n(?P<code>.*?)^```                      # the block
    """,
    re.MULTILINE | re.DOTALL | re.VERBOSE,
)
KINDS = ("script", "type errors")


def _examples() -> list[tuple[str, str, str]]:
    """Each non-doctest block as (where, kind, code); the kind is empty where unmarked."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            if ">>>" not in match["code"]:
                where = f"{page.relative_to(ROOT)}:{text.count(chr(10), 0, match.start('code'))}"
                found.append((where, match["kind"] or "", match["code"]))
    return found


EXAMPLES = _examples()


def test_every_example_is_marked() -> None:
    assert len(EXAMPLES) >= 3
    assert [where for where, kind, _ in EXAMPLES if kind not in KINDS] == []


def _corpus(folder: Path) -> int:
    """A small corpus in ``folder``, as the examples expect one; its story count."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "corpus").mkdir()
    for index, seed in enumerate(seeds * 3):
        shutil.copy(seed, folder / "corpus" / f"story-{index}.txt")
    texts = [seed.read_text(encoding="utf-8") for seed in seeds * 2]
    lines = [json.dumps({"id": index, "body": text}) for index, text in enumerate(texts)]
    (folder / "stories-1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(seeds)


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, k, c in EXAMPLES if k == "script"])
def test_script_examples_run_as_written(where: str, code: str, tmp_path: Path) -> None:
    if re.search(r"^import dask|^from dask", code, re.MULTILINE):
        pytest.importorskip("dask.distributed")
    for module, needed in (("pandas", "to_pandas"), ("duckdb", "import duckdb"), ("polars", "import polars")):
        if needed in code:
            pytest.importorskip(module)
    seeds = _corpus(tmp_path)
    for table in ("quotes", "articles"):  # the Parquet files the DuckDB and Polars examples read
        if f"{table}.parquet" in code:
            pytest.importorskip("pyarrow.parquet")
            subprocess.run([sys.executable, "-m", "newsmodel", "parse", "corpus", "--to", "parquet", "--table", table,
                            "-o", f"{table}.parquet", "-q"], cwd=tmp_path, check=True, timeout=300)
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"{where}:\n{result.stderr}"
    for folder, count in (("parsed", 3 * seeds), ("parsed-jsonl", 2 * seeds)):  # what the Dask example writes
        if (tmp_path / folder).exists():
            files = sorted((tmp_path / folder).glob("*.jsonl"))
            assert all(path.read_bytes().endswith(b"\n") for path in files if path.stat().st_size)
            text = "".join(path.read_text(encoding="utf-8") for path in files)
            assert [("article" in json.loads(line)) for line in text.splitlines()] == [True] * count


@pytest.mark.parametrize(("where", "code"), [(w, c) for w, k, c in EXAMPLES if k == "type errors"])
def test_type_error_examples_are_reported_on_every_commented_line(where: str, code: str, tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    report, _, _ = api.run(["--strict", "--no-incremental", "--no-error-summary", str(tmp_path / "example.py")])
    reported = {int(line) for line in re.findall(r"^.*example\.py:(\d+): error", report, re.MULTILINE)}
    commented = {number for number, line in enumerate(code.splitlines(), 1) if "#" in line}
    assert reported == commented, f"{where}:\n{report}"
