"""Hostile input stays linear: each family, parsed at n and at 8n characters,
takes at most a few times longer at 8n (linear: about 8, a little more where
n still fits the processor's caches; quadratic: about 64), and far under a
bound. The families are in ``tests/hostile.py``; ``benchmarks/hostile.py``
runs them at a megabyte."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable

import pytest

from newsmodel import ParseError, parse_article

from .hostile import FAMILIES, STRICT

SIZE = 15_000
GROWTH = 8
#: A linear parse grows about GROWTH times; a quadratic one GROWTH ** 2 times.
MOST_RATIO = 32.0
BOUND_SECONDS = 20.0
_FLOOR_SECONDS = 0.002  # below this a timing is noise


def _seconds(call: Callable[[], object], runs: int) -> float:
    """The best of some runs of a call that returns or raises ``ParseError``,
    in CPU seconds of this process (the other processes of a loaded machine
    do not count) and without the garbage collector (whose passes over the
    whole test session's objects would be timed as if the parse had made them;
    nor is it run before: over a whole session's heap a collection costs
    more than the runs it would clear the way for)."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(runs):
            started = time.process_time()
            with contextlib.suppress(ParseError):  # a value or ParseError, nothing else
                call()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def assert_linear(name: str, call_at: Callable[[int], Callable[[], object]]) -> None:
    """Time at GROWTH * SIZE over time at SIZE stays under MOST_RATIO (one more
    measure of each before failing, as a loaded machine can stall one run)."""
    small, large = call_at(SIZE), call_at(GROWTH * SIZE)
    at_small = _seconds(small, 2)
    at_large = _seconds(large, 1)
    if at_large > MOST_RATIO * max(at_small, _FLOOR_SECONDS):
        at_small = min(at_small, _seconds(small, 3))
        at_large = min(at_large, _seconds(large, 2))
    ratio = at_large / max(at_small, _FLOOR_SECONDS)
    assert at_large < BOUND_SECONDS, f"{name}: {at_large:.2f} s at {GROWTH * SIZE:,} characters"
    assert ratio < MOST_RATIO, f"{name}: {at_small:.4f} s at n, {at_large:.4f} s at {GROWTH}n"


@pytest.mark.parametrize("family", list(FAMILIES))
def test_hostile_input_is_parsed_in_linear_time(family: str) -> None:
    make = FAMILIES[family]
    assert_linear(family, lambda n: lambda: parse_article(make(n)))
    article = parse_article(make(SIZE))
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


@pytest.mark.parametrize("case", list(STRICT))
def test_strict_parsers_are_linear_and_raise_only_parse_error(case: str) -> None:
    call = STRICT[case]
    assert_linear(case, lambda n: lambda: call(n))


def test_the_linearity_check_catches_quadratic_time() -> None:
    def quadratic(n: int) -> Callable[[], object]:
        steps = range(n // 30)  # well above the floor of a timing at n, so that the ratio is the square's
        return lambda: sum(1 for _ in steps for _ in steps)

    with pytest.raises(AssertionError, match=f"at {GROWTH}n"):
        assert_linear("quadratic", quadratic)
