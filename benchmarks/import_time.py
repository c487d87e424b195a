#!/usr/bin/env python3
"""Import time: the CPU seconds (user + system) of fresh interpreters that
import newsmodel in the ways a program does, the median of some runs each,
next to starting Python alone and importing the dependencies alone.

    python benchmarks/import_time.py [--runs N] [--src PATH]

``--src`` points at another source tree's ``src`` folder (a checkout of an
older release, say) to set its figures beside these.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

#: What is timed: a name, and the Python code or ``-m`` arguments that run it.
CASES: tuple[tuple[str, Sequence[str]], ...] = (
    ("python alone", ("-c", "pass")),
    ("attrs, cattrs, regex", ("-c", "import attrs, cattrs, regex")),
    ("import newsmodel", ("-c", "import newsmodel")),
    ("from newsmodel import parse_article", ("-c", "from newsmodel import parse_article")),
    ("every public name", ("-c", "from newsmodel import *")),
    ("the command line tool", ("-c", "import newsmodel.cli")),
    ("newsmodel --version", ("-m", "newsmodel", "--version")),
)


def cpu_seconds(arguments: Sequence[str], src: Path) -> float:
    """The CPU time of one fresh interpreter running the arguments."""
    environment = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": ""}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, *arguments], env=environment, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="interpreters per case; the median counts")
    parser.add_argument("--src", type=Path, action="append", help="a source tree's src folder (repeatable)")
    args = parser.parse_args(argv)
    sources = args.src or [SRC]
    print(f"Python {sys.version.split()[0]}, CPU seconds, median of {args.runs}")
    print(f"{'case':<38}" + "".join(f"{str(src)[-28:]:>30}" for src in sources))
    for name, arguments in CASES:
        cells = []
        for src in sources:
            cpu_seconds(arguments, src)  # once to write the bytecode caches
            cells.append(statistics.median(cpu_seconds(arguments, src) for _ in range(args.runs)))
        print(f"{name:<38}" + "".join(f"{cell:>30.3f}" for cell in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
