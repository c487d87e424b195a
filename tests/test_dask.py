"""A corpus parsed on a local Dask cluster: the workers' functions pickle and hold no state."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from newsmodel import Article, converter, from_dict, parse_article
from newsmodel.bulk import file_records, parse_file, parse_text
from tests.clirun import records, run

STORY = "By Ann Lee\nLONDON, Nov 14 (Reuters) - Shares rose.\n(Editing by Bo Ku)\n"


def test_what_workers_need_pickles() -> None:
    for thing in (parse_article, parse_file, file_records, parse_text, converter):
        assert pickle.loads(pickle.dumps(thing)) is not None
    article = parse_article(STORY)
    assert pickle.loads(pickle.dumps(article)) == article


def test_corpus_on_a_local_cluster(tmp_path: Path) -> None:
    bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    paths = []
    for index in range(20):
        path = tmp_path / f"story-{index:02}.txt"
        path.write_text(STORY.replace("Shares", f"Shares {index}"), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out"
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        records = bag.from_sequence(paths, npartitions=4).map(parse_file)
        records.map(json.dumps).to_textfiles(str(out / "*.jsonl"))
    lines = [json.loads(line) for part in sorted(out.glob("*.jsonl")) for line in part.read_text().splitlines()]
    assert [Path(r["source"]).name for r in lines] == [Path(p).name for p in paths]
    first = from_dict(lines[0]["article"], Article)
    assert first == parse_article(Path(paths[0]).read_text(encoding="utf-8"))
    assert first.paragraphs == ("Shares 0 rose.",)


_SGML = (b'<REUTERS NEWID="1"><TEXT><BODY>Oil rose.</BODY></TEXT></REUTERS>'
         b'<REUTERS NEWID="2"><TEXT><BODY>Gold fell.</BODY></TEXT></REUTERS>')
_NINJS = b'{"uri": "urn:a", "headline": "Up", "body_text": "PARIS (Reuters) - Up."}'


@pytest.mark.parametrize(
    ("name", "data"),
    [("a.sgm", _SGML), ("b.json", _NINJS), ("c.html", b"<html><body><p>Hi</p></body></html>"),
     ("d.txt", STORY.encode()), ("e.txt", b"caf\xe9")],
)
def test_the_workers_functions_give_the_records_of_the_tool(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    tool = records(run("parse", str(path), "--jobs", "1", "--no-progress", "--quiet").stdout)
    assert file_records(path) == tool
    if len(tool) == 1:
        assert parse_file(path) == tool[0]
    else:
        assert parse_file(path)["error"]["type"] == "input"


def test_a_folder_named_to_parse_file_is_a_read_error(tmp_path: Path) -> None:
    assert parse_file(tmp_path)["error"] == {"type": "read", "message": "a directory, not a file"}
