"""A corpus parsed on a local Dask cluster: the workers' functions pickle and hold no state."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from newsmodel import Article, converter, from_dict, parse_article
from newsmodel.bulk import parse_file, parse_text

STORY = "By Ann Lee\nLONDON, Nov 14 (Reuters) - Shares rose.\n(Editing by Bo Ku)\n"


def test_what_workers_need_pickles() -> None:
    for thing in (parse_article, parse_file, parse_text, converter):
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
