#!/usr/bin/env python3
"""Archive readers: speed and memory of read_stories on large files, as tables with ratios.

    python benchmarks/formats.py CORPUS_DIR                  # CORPUS_DIR holds MANIFEST.jsonl
    python benchmarks/formats.py CORPUS_DIR --stories 50000

For each format, an archive of N stories is built from the corpus (its raw
Reuters-21578 and TREC elements repeated with new ids; ninjs items and a
NewsML-G2 message with NITF inline made from its articles) and read from a
file in a fresh process, at N/10 and at N stories:

  stories/s, MB/s   read_stories with parse_article, and with the reader alone
                    (parse_article replaced by a stub): the share of the time
                    that reading the format costs;
  peak MB           the process's peak resident memory; streaming keeps the
                    ratio of N to N/10 near 1.

With ``--cli``, ``newsmodel parse FILE --jobs 2`` on the same archives of the
formats it cuts into stories (Reuters-21578, TREC, ninjs): records/s, and
the peak memory of the main process (which reads and cuts the archive) and
of the largest worker (which parses its stories), at N/10 and at N.

    python benchmarks/formats.py CORPUS_DIR --cli --stories 50000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from bench import table  # noqa: E402  (the table printer of the other benchmarks)

from newsmodel import Article, parse_article, read_stories, to_ninjs  # noqa: E402
from newsmodel import ninjs as ninjs_module  # noqa: E402
from newsmodel.formats import newsml_g2, nitf, reuters21578, text, trec  # noqa: E402

# -- building archives --------------------------------------------------------


def _entries(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "MANIFEST.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _repeat(elements: list[bytes], count: int) -> list[bytes]:
    return [elements[n % len(elements)] for n in range(count)]


def build(corpus: Path, kind: str, count: int, folder: Path) -> Path:
    """A file of ``count`` stories in format ``kind``, made from the corpus."""
    entries = _entries(corpus)
    path = folder / f"{kind}-{count}"
    if kind in ("reuters21578", "trec"):
        suffix = ".sgm" if kind == "reuters21578" else ".sgml"
        raws = [(corpus / e["raw_file"]).read_bytes() for e in entries if e.get("raw_file", "").endswith(suffix)]
        with path.open("wb") as out:
            for n, raw in enumerate(_repeat(raws, count)):
                if kind == "reuters21578":
                    out.write(re.sub(rb'NEWID="\d+"', f'NEWID="{n}"'.encode(), raw) + b"\n")
                else:
                    out.write(re.sub(rb"<DOCNO> ?([^<]+?) ?</DOCNO>", f"<DOCNO> X-{n} </DOCNO>".encode(), raw) + b"\n")
        return path
    texts = [(corpus / e["file"]).read_text(encoding="utf-8") for e in entries][:200]
    articles = [parse_article(t) for t in texts]
    with path.open("w", encoding="utf-8") as out:
        if kind == "ninjs":
            for n in range(count):
                out.write(json.dumps(to_ninjs(articles[n % len(articles)], uri=f"urn:x:{n}")) + "\n")
            return path
        out.write('<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>\n')
        for n in range(count):
            article = articles[n % len(articles)]
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
            out.write(
                f'<newsItem guid="urn:x:{n}"><contentMeta><headline>{escape(article.headline or "")}</headline>'
                '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">'
                '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>'
                f"{paragraphs}</body.content></body></nitf></inlineXML></contentSet></newsItem>\n"
            )
        out.write("</itemSet></newsMessage>\n")
    return path


# -- reading in a child process -----------------------------------------------


def child(path: Path, kind: str, stub: bool) -> None:
    if stub:  # the reader alone: what reading the format costs

        def nothing(_text: str) -> Article:
            return Article()

        for module in (reuters21578, trec, nitf, newsml_g2, text, ninjs_module):
            module.parse_article = nothing  # type: ignore[attr-defined]
    started = time.perf_counter()
    count = errors = 0
    with path.open("rb") as stream:
        for story in read_stories(stream, source=path.name, format=kind, encoding="latin-1"):
            count += 1
            errors += story.error is not None
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"stories": count, "errors": errors, "seconds": seconds, "peak_mb": peak_mb}))


def run_child(path: Path, kind: str, stub: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(path), kind] + (["--stub"] if stub else [])
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(result.stdout))


# -- the command line tool on an archive ---------------------------------------


def _high_water_mb(pid: int) -> float:
    """The peak resident memory of a live process (Linux), in MB; 0 where it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for thread in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{thread}/children", encoding="ascii") as children:
                found += [int(child) for child in children.read().split()]
    except OSError:
        pass
    return found


def run_cli(path: Path, jobs: int) -> dict[str, float]:
    """``newsmodel parse`` on ``path``: seconds, records, and the peaks of the main process and of
    the largest worker, read from /proc ten times a second (on Linux; elsewhere the largest process's)."""
    output = path.with_suffix(".out")
    command = [sys.executable, "-m", "newsmodel", "parse", str(path), "-o", str(output), "--jobs", str(jobs),
               "--encoding", "latin-1", "--no-progress", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env)
    main_peak = worker_peak = 0.0
    while process.poll() is None:
        main_peak = max(main_peak, _high_water_mb(process.pid))
        worker_peak = max([worker_peak, *(_high_water_mb(child) for child in _children(process.pid))])
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"newsmodel parse failed with status {process.returncode}")
    if not main_peak:  # no /proc: the largest process of the run
        main_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with output.open("rb") as lines:
        records = sum(1 for _ in lines)
    output.unlink()
    return {"seconds": seconds, "records": records, "main_mb": main_peak, "worker_mb": worker_peak}


def bench_cli(corpus: Path, kinds: Sequence[str], stories: int, jobs: int) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for kind in kinds:
            small = run_cli(build(corpus, kind, stories // 10, Path(folder)), jobs)
            large_path = build(corpus, kind, stories, Path(folder))
            large = run_cli(large_path, jobs)
            rows.append((
                kind,
                f"{large['records']:,.0f}",
                f"{large_path.stat().st_size / 1e6:.1f}",
                f"{large['records'] / large['seconds']:,.0f}",
                f"{small['main_mb']:.0f}",
                f"{large['main_mb']:.0f}",
                f"{small['worker_mb']:.0f}",
                f"{large['worker_mb']:.0f}",
                f"{large['main_mb'] / small['main_mb']:.2f}",
            ))
    table(
        f"newsmodel parse ARCHIVE --jobs {jobs}, N = {stories:,} stories",
        ["format", "records", "MB", "records/s", "main peak MB at N/10", "main peak MB at N",
         "worker peak MB at N/10", "worker peak MB at N", "main peak ratio N : N/10"],
        rows,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--stories", type=int, default=20_000, help="stories in the large archive (N)")
    parser.add_argument("--only", nargs="*", choices=["reuters21578", "trec", "ninjs", "newsml-g2"])
    parser.add_argument("--child", nargs=2, metavar=("PATH", "FORMAT"), help=argparse.SUPPRESS)
    parser.add_argument("--stub", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cli", action="store_true", help="newsmodel parse on the archives it cuts into stories")
    parser.add_argument("--jobs", type=int, default=2, help="with --cli: worker processes")
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1], args.stub)
        return 0
    if args.corpus is None or not (args.corpus / "MANIFEST.jsonl").is_file():
        parser.error("give the corpus folder (the one holding MANIFEST.jsonl)")
    if args.cli:
        bench_cli(args.corpus, [k for k in args.only or ["reuters21578", "trec", "ninjs"] if k != "newsml-g2"],
                  args.stories, args.jobs)
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.only or ["reuters21578", "trec", "ninjs", "newsml-g2"]:
            small = build(args.corpus, kind, args.stories // 10, Path(folder))
            large = build(args.corpus, kind, args.stories, Path(folder))
            size = large.stat().st_size / 1e6
            full, alone = run_child(large, kind, stub=False), run_child(large, kind, stub=True)
            small_run = run_child(small, kind, stub=False)
            rows.append((
                kind,
                f"{full['stories']:,.0f}",
                f"{size:.1f}",
                f"{full['stories'] / full['seconds']:,.0f}",
                f"{size / full['seconds']:.2f}",
                f"{alone['stories'] / alone['seconds']:,.0f}",
                f"{alone['seconds'] / full['seconds']:.2f}",
                f"{small_run['peak_mb']:.0f}",
                f"{full['peak_mb']:.0f}",
                f"{full['peak_mb'] / small_run['peak_mb']:.2f}",
            ))
    table(
        f"read_stories from a file, N = {args.stories:,} stories (one core)",
        ["format", "stories", "MB", "stories/s", "MB/s", "reader alone, stories/s", "reader's share of the time",
         "peak MB at N/10", "peak MB at N", "peak ratio N : N/10"],
        rows,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
