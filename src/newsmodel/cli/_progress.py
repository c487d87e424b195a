"""The progress bar and the summary of ``newsmodel parse``, on standard error.

>>> progress = Progress(False, Totals(inputs=4, size=1000))
>>> progress.add(250, [None])
>>> progress.add(250, ["decode"])
>>> progress.bar(progress.started + 2.0)
' 50% [##########..........] 2/4 inputs, 1 records/s, 0:00:02 left, 1 errors'
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence

from ..bulk._tasks import Totals

__all__ = ["Progress", "count"]


def _clock(seconds: float) -> str:
    minutes, second = divmod(int(seconds + 0.5), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02}:{second:02}"


class Progress:
    """Counts for the summary, and a progress bar on standard error when asked.

    Where the totals are known the bar shows the share done, the rate and
    the time left, reckoned on bytes where the sizes are known.
    """

    def __init__(self, enabled: bool, totals: Totals | None = None) -> None:
        self.enabled = enabled
        self.erase = "\033[K" if sys.stderr.isatty() else ""  # the rest of the line, on a terminal
        self.totals = totals or Totals(None, None)
        self.started = time.monotonic()
        self.shown = 0.0
        self.inputs = self.records = self.size = 0
        self.errors: Counter[str] = Counter()

    def add(self, size: int, error_types: Sequence[str | None], *, ends_input: bool = True) -> None:
        """One task done: its ``size`` in bytes and the error type of each of its
        records (``None``: an article); ``ends_input`` where it is an input's last."""
        self.inputs += ends_input
        self.records += len(error_types)
        self.size += size
        self.errors.update(error_type for error_type in error_types if error_type is not None)
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.draw(now)

    def share(self) -> float | None:
        if self.totals.size:
            return min(1.0, self.size / self.totals.size)
        if self.totals.inputs:
            return min(1.0, self.inputs / self.totals.inputs)
        return None

    def bar(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        errors = sum(self.errors.values())
        rate = f"{self.records / elapsed:,.0f} records/s"
        share = self.share()
        if share is None:
            return f"{self.records:,} records, {rate}, {errors:,} errors, {_clock(elapsed)}"
        filled = int(share * 20)
        count = f"{self.inputs:,}/{self.totals.inputs:,} inputs" if self.totals.inputs else f"{self.records:,} records"
        left = _clock(elapsed * (1 - share) / share) if share else "-:--:--"
        return f"{share:4.0%} [{'#' * filled}{'.' * (20 - filled)}] {count}, {rate}, {left} left, {errors:,} errors"

    def draw(self, now: float) -> None:
        self.shown = now
        sys.stderr.write(f"\r{self.bar(now)}{self.erase}")
        sys.stderr.flush()

    def close(self) -> None:
        """Draw the bar a last time and end its line (once)."""
        if self.enabled:
            self.draw(time.monotonic())
            sys.stderr.write("\n")
            self.enabled = False

    def summary(self, deaths: int = 0) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        counts = ", ".join(f"{count:,} {error_type}" for error_type, count in sorted(self.errors.items()))
        parts = [count(self.records, "record"), count(sum(self.errors.values()), "error")]
        if counts:
            parts[-1] += f" ({counts})"
        if deaths:
            parts.append(f"{count(deaths, 'worker')} lost and replaced")
        parts.append(f"{elapsed:.1f} s, {self.records / elapsed:,.0f} records/s")
        return ", ".join(parts)


def count(number: int, noun: str) -> str:
    """``number`` and ``noun``, in the plural unless it is one.

    >>> count(1, "record"), count(1200, "error")
    ('1 record', '1,200 errors')
    """
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"
