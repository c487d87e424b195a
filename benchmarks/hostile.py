"""Hostile inputs at their long sizes: every family of ``tests/hostile.py``
parsed at n (a megabyte by default) and at 2n, with the time at each and their
ratio (linear: about 2; quadratic: about 4). The tests run the same families at
a few tens of kilobytes; this is the check at the sizes an attacker would send.

    python benchmarks/hostile.py [--size N] [--bound SECONDS] [--only FAMILY ...]

Exits 1 when a parse at 2n takes longer than the bound (60 s by default).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from newsmodel import ParseError, parse_article
from tests.hostile import FAMILIES, MEGABYTE, STRICT


def seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    with contextlib.suppress(ParseError):
        call()
    return time.perf_counter() - started


def parsing(make: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: parse_article(make(n))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=MEGABYTE, help="n, in characters")
    parser.add_argument("--bound", type=float, default=60.0, help="the most seconds a parse at 2n may take")
    parser.add_argument("--only", nargs="*", help="run only these families")
    args = parser.parse_args(argv)
    calls: dict[str, Callable[[int], object]] = {
        **{name: parsing(make) for name, make in FAMILIES.items()},
        **STRICT,
    }
    over = 0
    print(f"{'family':<40} {'n (s)':>8} {'2n (s)':>8} {'2n / n':>7}")
    for name, call in calls.items():
        if args.only and name not in args.only:
            continue
        once = seconds(lambda call=call: call(args.size))  # type: ignore[misc]
        twice = seconds(lambda call=call: call(2 * args.size))  # type: ignore[misc]
        over += twice > args.bound
        flag = "  OVER THE BOUND" if twice > args.bound else ""
        print(f"{name:<40} {once:8.3f} {twice:8.3f} {twice / max(once, 1e-6):7.2f}{flag}", flush=True)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
