"""Cost of the worst shapes of input, per reader and for ``parse_article``: time
and peak memory at two sizes, and their ratios.

    python benchmarks/worst_shapes.py               # 1 MB and 4 MB
    python benchmarks/worst_shapes.py --size 250000    # n and 4n of another n
    python benchmarks/worst_shapes.py --only trec

A linear reader takes about 4 times as long on 4n bytes as on n (a ratio
far above 4 means super-linear cost); peak memory is measured with
tracemalloc in a second run and given as a factor of the input's size.
The shapes are those ``tests/test_linear_readers.py`` runs small.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.linear_shapes import SHAPES


def _seconds(work: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(shape: str, size: int, runs: int) -> tuple[float, float]:
    """Seconds (the best of ``runs``: a busy machine only ever adds time) and
    peak memory (tracemalloc, as a factor of the input's size) of the shape at ``size`` bytes."""
    data = SHAPES[shape].make(size)
    seconds = min(_seconds(SHAPES[shape].run(data)) for _ in range(runs))
    work = SHAPES[shape].run(data)
    gc.collect()
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="n, in bytes (default: 1,000,000)")
    parser.add_argument("--only", action="append", choices=list(SHAPES), help="these shapes only")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each, the best kept (default: 2)")
    args = parser.parse_args()
    print(f"{'shape':32} {'n s':>7} {'4n s':>7} {'ratio':>6} {'mem n':>7} {'mem 4n':>7}")
    for shape in args.only or SHAPES:
        small, small_memory = measure(shape, args.size, args.runs)
        large, large_memory = measure(shape, 4 * args.size, args.runs)
        print(f"{shape:32} {small:7.2f} {large:7.2f} {large / small:6.2f} {small_memory:6.1f}x {large_memory:6.1f}x",
              flush=True)


if __name__ == "__main__":
    main()
