#!/usr/bin/env python3
"""parse_article's speed and the JSON round trip's: a past release next to the working tree, in one run.

    python benchmarks/parse_speed.py                     # the shared corpus, v0.1 as the old code
    python benchmarks/parse_speed.py path/to/articles --baseline HEAD~3 --rounds 7
    python benchmarks/parse_speed.py --only quotes --quote-kb 100 400 1600
    python benchmarks/parse_speed.py --only corpus json --baseline main

The old code is ``src/newsmodel`` at a git ref (``--baseline``, default
a127b30, the v0.1 release) taken with ``git archive`` into a temporary
folder; the new code is the working tree's ``src``. Every measure runs in a
fresh Python process whose PYTHONPATH is one of the two, so they never share
a process. The machine may be shared and noisy: runs interleave (old, new,
old, new ...), each figure is the median of the rounds with their min and
max, and a speed-up is the old median time over the new one, with the
extremes of the rounds' own ratios. CPU time (time.process_time) is given
next to wall time: it moves less when other processes take the cores.

Sections:
  corpus   parse_article on every *.txt under the folder (default: the shared
           corpus beside the repository, shared/corpus/articles, or beside
           the folder holding it): after one untimed pass, the fastest of
           --passes timed passes, as articles/s, MB/s and CPU ms per article.
           Then one more pass with newsmodel.quotes.find_quotes wrapped in a
           timer inside the worker: the share of the time spent finding
           quotes (where that function exists and parse_article reaches it).
  quotes   quote-dense input, '"a ' * n at a few sizes, one pass each: KB/s,
           the time per quotation found, and the share of find_quotes.
  json     the corpus' articles (parsed once, untimed) through newsmodel.to_json
           and newsmodel.from_json: writing, reading and the round trip, each
           the fastest of --passes timed passes over the corpus ten times, as
           articles/s; with orjson
           (the [fast] extra) where it is installed, and with the standard
           library's json (orjson hidden from the worker).

Standard library only; newsmodel is imported by the worker processes alone,
through its public API (newsmodel.parse_article, newsmodel.quotes.find_quotes,
newsmodel.to_json, newsmodel.from_json).
"""

import argparse
import importlib
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from _tables import table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# the shared corpus beside the repository, or beside the folder holding it
CORPUS_CANDIDATES = [base / "shared" / "corpus" / "articles" for base in (ROOT.parent, ROOT.parent.parent)]
DEFAULT_BASELINE = "a127b30"  # v0.1
QUOTE_UNIT = '"a '

Result = dict[str, Any]

# -- the worker: one version of newsmodel in one process ---------------------------


def _timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds and the result of ``work()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _texts(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.txt"))]


def _rebind(old: object, new: object) -> int:
    """Point every name of the loaded newsmodel modules that holds ``old`` at ``new``."""
    count = 0
    for name, module in list(sys.modules.items()):
        if name != "newsmodel" and not name.startswith("newsmodel."):
            continue
        for attribute, value in list(vars(module).items()):
            if value is old:
                setattr(module, attribute, new)
                count += 1
    return count


@contextmanager
def _find_quotes_timer() -> Iterator[dict[str, float] | None]:
    """Time every call of newsmodel.quotes.find_quotes, wherever newsmodel looks it up.

    Yields totals (wall, cpu, calls) that grow while the block runs, or None
    where the function cannot be imported. A call from inside another call is
    counted once.
    """
    try:
        original = importlib.import_module("newsmodel.quotes").find_quotes
    except (ImportError, AttributeError):
        yield None
        return
    spent = {"wall": 0.0, "cpu": 0.0, "calls": 0.0}
    depth = [0]

    def find_quotes(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return original(*args, **kwargs)
        depth[0] += 1
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent["wall"] += time.perf_counter() - wall
            spent["cpu"] += time.process_time() - cpu
            spent["calls"] += 1
            depth[0] -= 1

    _rebind(original, find_quotes)
    try:
        yield spent
    finally:
        _rebind(find_quotes, original)


def work_corpus(argument: dict[str, Any]) -> Result:
    """parse_article over a folder: a warm-up pass, timed passes (the fastest counts), a pass with find_quotes timed."""
    parse_article = importlib.import_module("newsmodel").parse_article
    texts = _texts(Path(argument["folder"]))

    def parse_all() -> None:
        for text in texts:
            parse_article(text)

    parse_all()
    passes = [_timed(parse_all) for _ in range(argument["passes"])]
    result: Result = {"articles": len(texts), "bytes": sum(len(t.encode("utf-8")) for t in texts),
                      "wall": min(p[0] for p in passes), "cpu": min(p[1] for p in passes), "quotes": None}
    with _find_quotes_timer() as spent:
        if spent is None:
            result["quotes"] = "not importable"
        else:
            total_wall, total_cpu, _ = _timed(parse_all)
            result["quotes"] = {**spent, "total_wall": total_wall, "total_cpu": total_cpu}
    return result


def work_quotes(sizes_kb: list[int]) -> Result:
    """parse_article on QUOTE_UNIT repeated to each size (in KB of 1,000 characters)."""
    parse_article = importlib.import_module("newsmodel").parse_article
    parse_article(QUOTE_UNIT * 300)
    runs = []
    with _find_quotes_timer() as spent:
        for size in sizes_kb:
            text = QUOTE_UNIT * (size * 1000 // len(QUOTE_UNIT))
            before = dict(spent or {})
            wall, cpu, article = _timed(partial(parse_article, text))
            in_quotes = spent["cpu"] - before["cpu"] if spent and spent["calls"] > before["calls"] else None
            runs.append({"kb": size, "chars": len(text), "wall": wall, "cpu": cpu, "found": len(article.quotes),
                         "quotes_cpu": in_quotes})
    return {"runs": runs}


def work_json(argument: dict[str, Any]) -> Result:
    """to_json, from_json and both over the parsed corpus: the fastest of the timed passes of each."""
    if not argument["orjson"]:
        sys.modules["orjson"] = None  # type: ignore[assignment]  # import orjson now raises ImportError
    newsmodel = importlib.import_module("newsmodel")
    to_json, from_json = newsmodel.to_json, newsmodel.from_json
    articles = [newsmodel.parse_article(text) for text in _texts(Path(argument["folder"]))]
    payloads = [to_json(article) for article in articles]
    laps = range(JSON_LAPS)
    work: dict[str, Callable[[], object]] = {
        "write": lambda: [to_json(article) for _ in laps for article in articles],
        "read": lambda: [from_json(payload) for _ in laps for payload in payloads],
        "round trip": lambda: [from_json(to_json(article)) for _ in laps for article in articles],
    }
    result: Result = {"articles": len(articles) * JSON_LAPS, "bytes": sum(len(p.encode("utf-8")) for p in payloads),
                      "orjson": "orjson" in sys.modules and sys.modules["orjson"] is not None}
    for name, run in work.items():
        run()
        passes = [_timed(run) for _ in range(argument["passes"])]
        result[name] = {"wall": min(p[0] for p in passes), "cpu": min(p[1] for p in passes)}
    return result


TASKS: dict[str, Callable[[Any], Result]] = {"corpus": work_corpus, "quotes": work_quotes, "json": work_json}
#: Times each pass of the json section goes over the corpus (one is a few milliseconds).
JSON_LAPS = 10
#: The json section's runs: with orjson, and with the standard library's json.
JSON_PATHS = {"orjson": True, "stdlib json": False}


def worker(task: str, argument: str) -> int:
    result = TASKS[task](json.loads(argument))
    result["module"] = importlib.import_module("newsmodel").__file__
    print(json.dumps(result))
    return 0


# -- the conductor: exports the baseline, runs the workers, prints the tables -------


class Side:
    """One version of the code: where its ``newsmodel`` lives, and its runs."""

    def __init__(self, label: str, src: Path) -> None:
        self.label = label
        self.src = src.resolve()
        self.runs: dict[str, list[Result]] = {"corpus": [], "quotes": [], **{f"json, {p}": [] for p in JSON_PATHS}}

    def run(self, task: str, argument: object, key: str = "") -> None:
        env = {**os.environ, "PYTHONPATH": str(self.src)}
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", task, json.dumps(argument)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the {task} run of {self.label} failed:\n{done.stderr}")
        result: Result = json.loads(done.stdout.splitlines()[-1])
        if not Path(result["module"]).resolve().is_relative_to(self.src):
            raise SystemExit(f"{self.label}: the worker imported {result['module']}, not the code under {self.src}")
        self.runs[key or task].append(result)


def _git(*args: str, failure: str = "") -> bytes:
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(failure or f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def export(ref: str, folder: Path) -> str:
    """Write ``src/newsmodel`` as of ``ref`` under ``folder``; return the commit's id."""
    commit = _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
                  failure=f"--baseline {ref}: no such commit in this repository").decode().strip()
    archive = _git("archive", "--format=tar", commit, "src/newsmodel")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12, 3.11.4 and later
            tar.extractall(folder, filter="data")
        else:
            tar.extractall(folder)  # our own repository's archive
    return commit


def spread(values: Sequence[float], form: str) -> str:
    """``median (min–max)`` of ``values``, each written with ``form``."""
    median = f"{statistics.median(values):{form}}"
    return median if len(values) == 1 else f"{median} ({min(values):{form}}–{max(values):{form}})"


def speedup(old: Sequence[Result], new: Sequence[Result], key: str) -> str:
    """Old time / new time: the ratio of the medians, and in brackets the extremes of the rounds' ratios."""
    ratios = [o[key] / n[key] for o, n in zip(old, new, strict=True)]
    median = statistics.median(o[key] for o in old) / statistics.median(n[key] for n in new)
    return f"{median:.2f}" if len(ratios) == 1 else f"{median:.2f} ({min(ratios):.2f}–{max(ratios):.2f})"


def report_corpus(old: Side, new: Side, rounds: int, passes: int) -> None:
    first = old.runs["corpus"][0]
    megabytes, count = first["bytes"] / 1e6, first["articles"]
    rows: list[list[str]] = []
    for side in (old, new):
        runs = side.runs["corpus"]
        rows.append([side.label, spread([count / r["wall"] for r in runs], ",.0f"),
                     spread([megabytes / r["wall"] for r in runs], ".2f"),
                     spread([r["cpu"] / count * 1e3 for r in runs], ".2f")])
    wall = speedup(old.runs["corpus"], new.runs["corpus"], "wall")
    cpu = speedup(old.runs["corpus"], new.runs["corpus"], "cpu")
    rows.append(["speed-up, new / old", wall, wall, cpu])
    table(f"corpus: parse_article on {count} articles, {megabytes:.2f} MB; median (min–max) of {rounds} rounds, "
          f"each the fastest of {passes} passes",
          ["code", "articles/s", "MB/s", "CPU ms / article"], rows)
    print("\nspeed-up: old time / new time, the ratio of the medians (above 1: the new code is faster); in brackets"
          "\nthe lowest and the highest ratio of old and new within one round.")


def report_share(sides: Sequence[Side], rounds: int) -> None:
    rows = []
    for side in sides:
        runs = side.runs["corpus"]
        timings = [r["quotes"] for r in runs]
        if any(not isinstance(t, dict) for t in timings):
            rows.append([side.label, "newsmodel.quotes.find_quotes cannot be imported", "", "", ""])
        elif any(t["calls"] == 0 for t in timings):
            rows.append([side.label, "find_quotes is never called by parse_article", "", "", ""])
        else:
            count = runs[0]["articles"]
            rows.append([side.label, spread([t["wall"] / t["total_wall"] * 100 for t in timings], ".1f"),
                         spread([t["cpu"] / t["total_cpu"] * 100 for t in timings], ".1f"),
                         spread([t["cpu"] / count * 1e3 for t in timings], ".3f"),
                         spread([(t["total_cpu"] - t["cpu"]) / count * 1e3 for t in timings], ".3f")])
    table(f"corpus: parse_article's time in find_quotes and in the rest; median (min–max) of {rounds} rounds",
          ["code", "find_quotes % (wall)", "find_quotes % (CPU)", "find_quotes CPU ms / article",
           "the rest CPU ms / article"], rows)


def report_quotes(old: Side, new: Side, rounds: int) -> None:
    rows: list[list[str]] = []
    # each run holds every size: regroup to one tuple of rounds per size
    old_sizes = zip(*(r["runs"] for r in old.runs["quotes"]), strict=True)
    new_sizes = zip(*(r["runs"] for r in new.runs["quotes"]), strict=True)
    for old_runs, new_runs in zip(old_sizes, new_sizes, strict=True):
        size = old_runs[0]["kb"]
        for side, runs in ((old, old_runs), (new, new_runs)):
            found = runs[0]["found"]
            per_quote = (spread([r["wall"] / found * 1e6 for r in runs], ",.1f"),
                         spread([r["cpu"] / found * 1e6 for r in runs], ",.1f")) if found else ("–", "–")
            shares = [r["quotes_cpu"] / r["cpu"] * 100 for r in runs if r["quotes_cpu"] is not None]
            share = spread(shares, ".1f") if len(shares) == len(runs) else "–"
            rows.append([f"{size:,} KB", side.label, spread([r["chars"] / 1e3 / r["wall"] for r in runs], ",.0f"),
                         spread([r["chars"] / 1e3 / r["cpu"] for r in runs], ",.0f"), f"{found:,}", *per_quote,
                         share])
        wall = speedup(old_runs, new_runs, "wall")
        cpu = speedup(old_runs, new_runs, "cpu")
        rows.append([f"{size:,} KB", "speed-up, new / old", wall, cpu, "", "", "", ""])
    table(f"quotes: parse_article on {QUOTE_UNIT!r} * n; median (min–max) of {rounds} rounds",
          ["input", "code", "KB/s", "KB / CPU s", "quotes found", "µs / quote", "CPU µs / quote",
           "find_quotes % (CPU)"], rows)
    print("\nfind_quotes %: its share of parse_article's CPU time ('–' where it cannot be imported or is not called).")


def report_json(old: Side, new: Side, rounds: int, passes: int) -> None:
    rows: list[list[str]] = []
    for path in JSON_PATHS:
        key = f"json, {path}"
        first = old.runs[key][0]
        if path == "orjson" and not first["orjson"]:
            rows.append([path, "orjson is not installed", "", "", ""])
            continue
        count = first["articles"]
        for side in (old, new):
            runs = side.runs[key]
            rows.append([path, side.label, *(spread([count / r[name]["wall"] for r in runs], ",.0f")
                                              for name in ("write", "read", "round trip"))])
        ratios = [speedup([o[name] for o in old.runs[key]], [n[name] for n in new.runs[key]], "cpu")
                  for name in ("write", "read", "round trip")]
        rows.append([path, "speed-up (CPU), new / old", *ratios])
    table(f"json: to_json and from_json on the corpus' articles, as articles/s; median (min–max) of {rounds} "
          f"rounds, each the fastest of {passes} passes",
          ["json", "code", "to_json", "from_json", "round trip"], rows)


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path, nargs="?",
                        default=next((c for c in CORPUS_CANDIDATES if c.is_dir()), CORPUS_CANDIDATES[0]),
                        help="folder of *.txt stories (default: shared/corpus/articles beside the repository)")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE,
                        help=f"git ref of the old code (default: {DEFAULT_BASELINE}, v0.1)")
    parser.add_argument("--rounds", type=int, default=5, help="old/new pairs of runs per measure (default: 5)")
    parser.add_argument("--passes", type=int, default=3,
                        help="timed passes over the corpus in each run, the fastest counts (default: 3)")
    parser.add_argument("--only", nargs="*", choices=["corpus", "quotes", "json"],
                        help="sections to run (default: all)")
    parser.add_argument("--quote-kb", type=int, nargs="+", default=[100, 400],
                        help="sizes of the quote-dense input in KB (default: 100 400)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.passes < 1:
        parser.error("--rounds and --passes must be at least 1")
    sections = args.only or ["corpus", "quotes", "json"]
    corpus = args.corpus.resolve()
    if {"corpus", "json"} & set(sections) and not any(corpus.rglob("*.txt")):
        parser.error(f"no *.txt under {args.corpus}: give a folder of articles, or --only quotes")
    with tempfile.TemporaryDirectory(prefix="newsmodel-baseline-") as folder:
        commit = export(args.baseline, Path(folder))
        head = _git("rev-parse", "--short", "HEAD").decode().strip()
        dirty = " with uncommitted changes" if _git("status", "--porcelain", "--", "src").strip() else ""
        named = "" if commit.startswith(args.baseline) else f" ({commit[:7]})"
        old = Side(f"old: {args.baseline}{named}", Path(folder) / "src")
        new = Side("new: working tree", ROOT / "src")
        print("# newsmodel, old and new side by side\n")
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
              f"load average (1, 5, 15 min) {_load()} at the start")
        print(f"old: src/newsmodel of {args.baseline} ({commit[:12]}); new: the working tree's src "
              f"(HEAD {head}{dirty}); each run in its own process, old and new interleaved")
        for round_ in range(1, args.rounds + 1):
            for section in sections:
                for side in (old, new):
                    print(f"round {round_}/{args.rounds}: {section}, {side.label}", file=sys.stderr, flush=True)
                    if section == "json":
                        for path, with_orjson in JSON_PATHS.items():
                            side.run(section, {"folder": str(corpus), "passes": args.passes, "orjson": with_orjson},
                                     f"json, {path}")
                        continue
                    side.run(section, {"folder": str(corpus), "passes": args.passes} if section == "corpus"
                             else args.quote_kb)
        if "corpus" in sections:
            report_corpus(old, new, args.rounds, args.passes)
            report_share((old, new), args.rounds)
        if "quotes" in sections:
            report_quotes(old, new, args.rounds)
        if "json" in sections:
            report_json(old, new, args.rounds, args.passes)
        print(f"\nload average {_load()} at the end")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        sys.exit(worker(sys.argv[2], sys.argv[3]))
    sys.exit(main())
