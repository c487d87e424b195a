"""Each reader, and ``parse_article``, in linear time on its worst shape of input:
4n bytes take about 4 times as long as n (a quadratic reader, 16 times).

Sizes are small (each shape says its own), so that the file runs in seconds; ``benchmarks/worst_shapes.py``
runs the same shapes at 1 MB and 4 MB and gives their peak memory.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from tests.linear_shapes import SHAPES

# 4 for linear cost; the bound leaves room for a busy machine, and is far below the 16 of quadratic cost
BOUND = 8.0


def _seconds(shape: str, size: int, runs: int) -> float:
    """The best of ``runs`` runs, so that a pause of the machine does not count."""
    data = SHAPES[shape].make(size)
    best = float("inf")
    for _ in range(runs):
        work = SHAPES[shape].run(data)
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_input_costs_about_four_times_the_time(shape: str) -> None:
    size = SHAPES[shape].test_size
    for runs in (1, 3):  # measured again, more carefully, before a failure is believed
        small, large = _seconds(shape, size, runs), _seconds(shape, 4 * size, runs)
        if large / max(small, 1e-3) < BOUND:
            return
    pytest.fail(f"{shape}: {small:.3f} s for n, {large:.3f} s for 4n")


def _peak(shape: str, size: int) -> int:
    data = SHAPES[shape].make(size)
    work = SHAPES[shape].run(data)
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("shape", ['text: quote-dense "a', "text: prose"])
def test_parsing_takes_at_most_twenty_times_more_memory_per_byte_more(shape: str) -> None:
    """Peak memory grows by at most 20 bytes per byte of input (a constant aside: one window of quotations)."""
    small, large = _peak(shape, 50_000), _peak(shape, 200_000)
    assert (large - small) / 150_000 <= 20, f"{shape}: {small:,} bytes at 50 kB, {large:,} at 200 kB"
