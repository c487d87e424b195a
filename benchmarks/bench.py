#!/usr/bin/env python3
"""newsmodel's benchmarks: speed and memory, printed as tables with ratios.

    python benchmarks/bench.py CORPUS_DIR                 # everything
    python benchmarks/bench.py CORPUS_DIR --only parse json
    python benchmarks/bench.py CORPUS_DIR --cli-articles 20000
    python benchmarks/bench.py CORPUS_DIR --only format --format-mb 100

Sections:
  parse    parse_article on every *.txt of CORPUS_DIR (one core), next to the
           floor measured in the same run (reading the text and one compiled
           regex pass over it) and a naive regex parser.
  json     to_json/from_json round trips, with orjson (the [fast] extra) and
           with the standard library's json, next to msgspec and pydantic v2
           on an equivalent model read off newsmodel's (each skipped where not
           installed), as rates and as fractions of pydantic's.
  cli      `newsmodel parse --jsonl` on the corpus repeated to N articles,
           --jobs 1 and --jobs 2, with the peak memory of the largest process,
           at N/10 and N (memory should stay flat).
  format   `newsmodel format` on parse records of the corpus repeated to
           about M MB of JSON Lines (default 100), and on a tenth of it:
           time and peak memory (it streams: memory should stay flat and
           well under the input's size).
  hostile  parse_article time at 2n over time at n for hostile inputs
           (linear: about 2).
  tables   `newsmodel parse --jsonl --jobs 2` on the corpus repeated to N
           records (default 50,000) and a tenth of it, written as JSON Lines
           and as the Parquet table of quotes: time and peak memory of each,
           and their ratios (needs pyarrow, the [parquet] extra); then the
           floor: the peak of processes that only import the tool, pyarrow's
           Parquet writer, or both.

Old code against new: benchmarks/parse_speed.py runs parse_article of a past
release (v0.1 by default) and of the working tree side by side.
"""


import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import attrs  # noqa: E402
from _tables import table  # noqa: E402  (also imported from here by formats.py)

from newsmodel import Article, parse_article, serialization, to_dict, to_json  # noqa: E402
from newsmodel._shapes import field_rules  # noqa: E402

sys.path.insert(0, str(HERE.parent))
from tests.hostile import FAMILIES  # noqa: E402

# -- helpers -------------------------------------------------------------------


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``work``, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def load(corpus: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt under {corpus}")
    return texts


# -- parse ---------------------------------------------------------------------

FLOOR = regex.compile(r"[\"“”]|\bsaid\b|\((?:Reuters|AP|AFP|Bloomberg)\)")

NAIVE_BYLINE = regex.compile(r"^\s*By\s+(.+)$", regex.MULTILINE)
NAIVE_DATELINE = regex.compile(r"^\s*([A-Z][A-Z .'/-]+?)(?:,\s*([A-Z][a-z]+\.? \d+))?\s*\((\w+)\)\s*[-–—]+")
NAIVE_CREDITS = regex.compile(r"\(((?:Reporting|Additional reporting|Writing|Editing)[^()]*)\)\s*$")
NAIVE_QUOTE = regex.compile(r"“([^”]*)”|\"([^\"]*)\"")


def naive_parse(text: str) -> dict[str, Any]:
    """A thirty-line regex parser: what a script without newsmodel does."""
    byline = NAIVE_BYLINE.search(text[:300])
    dateline = NAIVE_DATELINE.search(text[:600])
    credits = NAIVE_CREDITS.search(text)
    roles = []
    if credits:
        for part in credits.group(1).split(";"):
            role, _, names = part.partition(" by ")
            roles.append((role.strip().lower(), [n.strip() for n in regex.split(r",| and ", names) if n.strip()]))
    return {
        "byline": [n.strip() for n in regex.split(r",| and ", byline.group(1))] if byline else None,
        "dateline": dateline.groups() if dateline else None,
        "credits": roles,
        "quotes": [a or b for a, b in NAIVE_QUOTE.findall(text)],
        "paragraphs": [p for p in text.split("\n") if p.strip()],
    }


def bench_parse(texts: list[str], runs: int) -> dict[str, float]:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n = len(texts)
    floor = best_of(runs, lambda: [sum(1 for _ in FLOOR.finditer(t)) for t in texts])
    naive = best_of(runs, lambda: [naive_parse(t) for t in texts])
    ours = best_of(runs, lambda: [parse_article(t) for t in texts])
    rows = [
        ("floor: one regex pass", f"{n / floor:,.0f}", f"{size / floor:.1f}", f"{floor / ours:.3f}"),
        ("naive regex parser", f"{n / naive:,.0f}", f"{size / naive:.1f}", f"{naive / ours:.3f}"),
        ("newsmodel parse_article", f"{n / ours:,.0f}", f"{size / ours:.2f}", "1.000"),
    ]
    lengths = sorted(len(t.encode("utf-8")) for t in texts)
    table(
        f"parse: {n} articles, {size:.2f} MB, median {statistics.median(lengths) / 1000:.1f} KB, best of {runs}",
        ["what", "articles/s", "MB/s", "newsmodel's rate / its rate"],
        rows,
    )
    return {"parse_articles_per_s": n / ours, "naive_articles_per_s": n / naive, "floor_articles_per_s": n / floor}


# -- json ----------------------------------------------------------------------


def bench_json(texts: list[str], runs: int) -> dict[str, float]:
    articles = [parse_article(t) for t in texts]
    payloads = [to_json(a) for a in articles]
    paths: list[tuple[str, Callable[[Any], str], Callable[[str, type], Any]]] = [
        ("newsmodel, stdlib json", serialization._to_json_stdlib, serialization._read_stdlib),
    ]
    if serialization.orjson is not None:
        paths.insert(0, ("newsmodel, orjson [fast]", serialization._to_json_orjson, serialization._read_orjson))
    for name, write, read in paths:  # the same text either way, read back to the same articles
        assert [write(a) for a in articles] == payloads, name
        assert [read(p, Article) for p in payloads] == articles, name
    work: dict[str, Callable[[], None]] = {}
    for name, write, read in paths:

        def ours(write: Callable[[Any], str] = write, read: Callable[[str, type], Any] = read) -> None:
            for article in articles:
                read(write(article), Article)

        work[name] = ours
    for name, factory in (("msgspec", _msgspec_round_trip), ("pydantic v2", _pydantic_round_trip)):
        try:
            work[name] = factory(payloads)
        except ImportError:
            continue
    # Interleaved, so that a change in the machine's load touches every library alike.
    best = dict.fromkeys(work, float("inf"))
    for _ in range(runs):
        for name, round_trip in work.items():
            best[name] = min(best[name], best_of(1, round_trip))
    rates = {name: len(articles) / seconds for name, seconds in best.items()}
    pydantic = rates.get("pydantic v2")
    rows = [(name, f"{rate:,.0f}", f"{rate / pydantic:.2f}" if pydantic else "") for name, rate in rates.items()]
    rows += [(name, "not installed", "") for name in ("msgspec", "pydantic v2") if name not in rates]
    table(
        f"json: to_json + from_json round trips of {len(articles)} parsed articles, best of {runs}",
        ["library", "round trips/s", "its rate / pydantic's"],
        rows,
    )
    return rates


def equivalent_model() -> list[tuple[str, list[tuple[str, str, Any]]]]:
    """The article model for the libraries compared, read off newsmodel's own field rules.

    Each class is ``(name, [(field, kind, default)])``: ``kind`` names a type
    (``str``, ``int``, ``bool`` or a class), with ``?`` where it is optional and
    ``*`` for a tuple of it; ``default`` is ``REQUIRED`` or the default.
    """
    order: list[tuple[str, list[tuple[str, str, Any]]]] = []

    def visit(cls: type) -> None:
        if any(name == cls.__name__ for name, _ in order):
            return
        fields = []
        for rule in field_rules(cls):
            shape = rule.shape.item if rule.shape.type is tuple and rule.shape.item is not None else rule.shape
            if attrs.has(shape.type):
                visit(shape.type)
            suffix = "*" if rule.shape.type is tuple else "?" if rule.shape.optional else ""
            fields.append((rule.name, shape.type.__name__ + suffix, REQUIRED if rule.required else rule.default))
        order.append((cls.__name__, fields))

    visit(Article)
    return order


REQUIRED = object()


def build_models(define: Callable[[str, list[tuple[str, Any, Any]]], type]) -> type:
    """The equivalent model in another library: ``define(name, [(field, type, default)])``."""
    built: dict[str, Any] = {"str": str, "int": int, "bool": bool}
    for name, fields in equivalent_model():
        spec = []
        for field, kind, default in fields:
            base = built[kind.rstrip("?*")]
            if kind.endswith("?"):
                spec.append((field, base | None, default))
            elif kind.endswith("*"):
                spec.append((field, tuple[base, ...], default))
            else:
                spec.append((field, base, default))
        built[name] = define(name, spec)
    model: type = built["Article"]
    return model


def _msgspec_round_trip(payloads: list[str]) -> Callable[[], None]:
    import msgspec

    def define(name: str, spec: list[tuple[str, Any, Any]]) -> type:
        fields = [(f, t) if d is REQUIRED else (f, t, d) for f, t, d in spec]
        fields.sort(key=len)  # required fields first
        return msgspec.defstruct(name, fields, frozen=True)

    decoder = msgspec.json.Decoder(build_models(define))
    objects = [decoder.decode(p) for p in payloads]

    def run() -> None:
        for obj in objects:
            decoder.decode(msgspec.json.encode(obj))

    return run


def _pydantic_round_trip(payloads: list[str]) -> Callable[[], None]:
    import pydantic

    def define(name: str, spec: list[tuple[str, Any, Any]]) -> type:
        fields: dict[str, Any] = {f: (t, ... if d is REQUIRED else d) for f, t, d in spec}
        model: type = pydantic.create_model(name, __config__=pydantic.ConfigDict(frozen=True), **fields)
        return model

    model: Any = build_models(define)
    objects = [model.model_validate_json(p) for p in payloads]

    def run() -> None:
        for obj in objects:
            model.model_validate_json(obj.model_dump_json())

    return run


# -- cli -----------------------------------------------------------------------

_PEAK = (
    "import resource, subprocess, sys, time;"
    "t = time.perf_counter(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)"
)


def _peak(command: list[str]) -> tuple[float, float]:
    """The seconds ``command`` takes and its peak memory (MB, the largest process)."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    out = subprocess.run([sys.executable, "-c", _PEAK, *command], capture_output=True, text=True, env=env, check=True)
    seconds, peak_kb, status = out.stdout.split()
    if status != "0":
        raise SystemExit(f"the CLI failed: {out.stderr}")
    return float(seconds), float(peak_kb) / 1024


def _cli_run(source: Path, jobs: int) -> tuple[float, float]:
    return _peak([sys.executable, "-m", "newsmodel", "parse", "--jsonl", str(source), "-o", os.devnull,
                  "--jobs", str(jobs), "--no-progress", "--quiet"])


def bench_cli(texts: list[str], articles: int) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for count in (articles // 10, articles):
            source = Path(folder) / f"corpus-{count}.jsonl"
            _write_corpus(texts, count, source)
            one, peak_one = _cli_run(source, 1)
            two, peak_two = _cli_run(source, 2)
            rows.append((f"{count:,}", f"{count / one:,.0f}", f"{peak_one:.0f}", f"{count / two:,.0f}",
                         f"{peak_two:.0f}", f"{one / two:.2f}"))
    table(
        "cli: newsmodel parse --jsonl, the corpus repeated",
        ["articles", "--jobs 1 articles/s", "peak MB", "--jobs 2 articles/s", "peak MB", "speed-up"],
        rows,
    )


def _write_corpus(texts: list[str], count: int, source: Path) -> None:
    with source.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps({"id": index, "text": texts[index % len(texts)]}) + "\n")


def bench_tables(texts: list[str], records: int) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for count in (records // 10, records):
            source = Path(folder) / f"corpus-{count}.jsonl"
            _write_corpus(texts, count, source)
            found = {}
            for to, extra in (("json", []), ("parquet", ["--table", "quotes"])):
                output = str(Path(folder) / f"out.{to}")
                found[to] = _peak([sys.executable, "-m", "newsmodel", "parse", "--jsonl", str(source), "--to", to,
                                   *extra, "-o", output, "--jobs", "2", "--no-progress", "--quiet"])
            (json_s, json_mb), (parquet_s, parquet_mb) = found["json"], found["parquet"]
            rows.append((f"{count:,}", f"{count / json_s:,.0f}", f"{json_mb:.0f}", f"{count / parquet_s:,.0f}",
                         f"{parquet_mb:.0f}", f"{json_s / parquet_s:.2f}", f"{parquet_mb / json_mb:.2f}"))
    table(
        "tables: newsmodel parse --jsonl --jobs 2, JSON Lines against the Parquet table of quotes",
        ["records", "json records/s", "peak MB", "parquet records/s", "peak MB", "throughput ratio", "memory ratio"],
        rows,
    )
    floors = [
        (what, f"{_peak([sys.executable, '-c', code])[1]:.0f}")
        for what, code in (
            ("Python alone", "pass"),
            ("the tool imported", "import newsmodel.cli"),
            ("pyarrow's Parquet writer imported", "import pyarrow.json, pyarrow.parquet"),
            ("the tool and pyarrow's Parquet writer imported", "import newsmodel.cli, pyarrow.json, pyarrow.parquet"),
        )
    ]
    table("tables: the floor, the peak memory of a process that only imports", ["what", "peak MB"], floors)


# -- format --------------------------------------------------------------------

def bench_format(texts: list[str], megabytes: int) -> None:
    records = [json.dumps({"source": f"s{index}.txt", "article": to_dict(parse_article(text))}, ensure_ascii=False)
               for index, text in enumerate(texts)]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (megabytes / 10, megabytes):
            source = Path(folder) / f"records-{size:g}.jsonl"
            written = count = 0
            with source.open("w", encoding="utf-8") as out:
                while written < size * 1e6:
                    line = records[count % len(records)] + "\n"
                    out.write(line)
                    written += len(line.encode("utf-8"))
                    count += 1
            seconds, peak = _peak([sys.executable, "-m", "newsmodel", "format", str(source), "-o", os.devnull, "-q"])
            rows.append((f"{written / 1e6:.0f}", f"{count:,}", f"{seconds:.1f}", f"{written / 1e6 / seconds:.1f}",
                         f"{peak:.0f}", f"{peak / (written / 1e6):.2f}"))
    table(
        "format: newsmodel format on parse records (JSON Lines), the corpus repeated",
        ["input MB", "records", "seconds", "MB/s", "peak MB", "peak / input size"],
        rows,
    )


# -- hostile -------------------------------------------------------------------

# The families of tests/hostile.py, whose tests run them at a few tens of kilobytes.
HOSTILE = FAMILIES


def bench_hostile(size: int) -> None:
    rows = []
    for name, make in HOSTILE.items():
        small, large = make(size), make(2 * size)
        once = best_of(2, lambda text=small: parse_article(text))  # type: ignore[misc]
        twice = best_of(2, lambda text=large: parse_article(text))  # type: ignore[misc]
        rows.append((name, f"{once:.3f}", f"{twice:.3f}", f"{twice / once:.2f}"))
    table(f"hostile: n = {size:,} characters", ["family", "time at n (s)", "time at 2n (s)", "2n / n"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=HERE.parent / "seeds", help="folder of *.txt stories")
    parser.add_argument("--only", nargs="*", choices=["parse", "json", "cli", "format", "hostile", "tables"])
    parser.add_argument("--runs", type=int, default=3, help="timings per measure; the best counts")
    parser.add_argument("--cli-articles", type=int, default=100_000, help="articles for the CLI run")
    parser.add_argument("--format-mb", type=int, default=100, help="MB of JSON Lines for the format run")
    parser.add_argument("--tables-records", type=int, default=50_000, help="records for the tables run")
    parser.add_argument("--hostile-size", type=int, default=500_000, help="n for the hostile families")
    args = parser.parse_args(argv)
    sections = set(args.only or ["parse", "json", "cli", "format", "hostile", "tables"])
    texts = load(args.corpus)
    machine = f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    print(f"# newsmodel benchmarks\n\n{machine}, corpus {args.corpus.name}")
    if "parse" in sections:
        bench_parse(texts, args.runs)
    if "json" in sections:
        bench_json(texts, args.runs)
    if "cli" in sections:
        bench_cli(texts, args.cli_articles)
    if "format" in sections:
        bench_format(texts, args.format_mb)
    if "hostile" in sections:
        bench_hostile(args.hostile_size)
    if "tables" in sections:
        bench_tables(texts, args.tables_records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
