"""Cost of the worst shapes of input, per reader and for ``parse_article``: time
and peak memory at two sizes, and their ratios.

    python benchmarks/hostile.py                  # 1 MB and 4 MB
    python benchmarks/hostile.py --size 250000    # n and 4n of another n
    python benchmarks/hostile.py --only trec

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


def _run(shape: str, data: bytes) -> Callable[[], object]:
    return SHAPES[shape].run(data)


def measure(shape: str, size: int) -> tuple[float, float]:
    """Seconds and peak bytes (tracemalloc) of the shape at ``size`` bytes."""
    data = SHAPES[shape].make(size)
    gc.collect()
    started = time.perf_counter()
    _run(shape, data)()
    seconds = time.perf_counter() - started
    gc.collect()
    tracemalloc.start()
    _run(shape, data)()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="n, in bytes (default: 1,000,000)")
    parser.add_argument("--only", action="append", choices=list(SHAPES), help="these shapes only")
    args = parser.parse_args()
    print(f"{'shape':32} {'n s':>7} {'4n s':>7} {'ratio':>6} {'mem n':>7} {'mem 4n':>7}")
    for shape in args.only or SHAPES:
        small, small_memory = measure(shape, args.size)
        large, large_memory = measure(shape, 4 * args.size)
        print(f"{shape:32} {small:7.2f} {large:7.2f} {large / small:6.2f} {small_memory:6.1f}x {large_memory:6.1f}x",
              flush=True)


if __name__ == "__main__":
    main()
