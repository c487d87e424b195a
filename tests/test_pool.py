"""The worker pool: order kept, memory bounded, deaths survived, every worker reaped."""

from __future__ import annotations

import functools
import os
import signal
from pathlib import Path

import pytest

from newsmodel.bulk._pool import OrderedPool

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills worker processes")


def _work(tasks: list[str], marks: str) -> list[str]:
    """Upper-case each task; ``die`` kills the worker, ``die-once`` kills it the first time only."""
    for task in tasks:
        mark = Path(marks) / task
        if task.startswith("die") and not (task.endswith("once") and mark.exists()):
            mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return [task.upper() for task in tasks]


def _lost(task: str, reason: str) -> str:
    return f"lost {task}: {reason}"


def _run(tasks: list[str], tmp_path: Path, jobs: int = 2, size: int = 3) -> tuple[list[tuple[str, str]], int]:
    chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    with OrderedPool(functools.partial(_work, marks=str(tmp_path)), _lost, jobs=jobs, in_flight=2) as pool:
        found = list(pool.run(chunks))
        return found, pool.deaths


def test_results_come_in_order(tmp_path: Path) -> None:
    tasks = [f"t{i}" for i in range(50)]
    found, deaths = _run(tasks, tmp_path)
    assert found == [(t, t.upper()) for t in tasks]
    assert deaths == 0


def test_a_task_that_kills_its_worker_twice_is_lost_and_the_rest_go_on(tmp_path: Path) -> None:
    tasks = ["a", "b", "die", "c", "d", "e", "f"]
    found, deaths = _run(tasks, tmp_path)
    assert [task for task, _ in found] == tasks
    assert found[2] == ("die", "lost die: killed by SIGKILL (out of memory?)")
    assert [result for task, result in found if task != "die"] == ["A", "B", "C", "D", "E", "F"]
    assert deaths == 2  # once with its chunk, once alone


def test_a_task_that_kills_its_worker_once_is_retried(tmp_path: Path) -> None:
    tasks = ["a", "die-once", "b", "c"]
    found, deaths = _run(tasks, tmp_path, jobs=1)
    assert found == [("a", "A"), ("die-once", "DIE-ONCE"), ("b", "B"), ("c", "C")]
    assert deaths == 1


def test_close_reaps_every_worker(tmp_path: Path) -> None:
    pool = OrderedPool(functools.partial(_work, marks=str(tmp_path)), _lost, jobs=2)
    results = pool.run([["a"], ["b"], ["c"], ["d"]])
    assert next(results) == ("a", "A")
    processes = [worker.process for worker in pool._workers]
    assert processes
    pool.close()
    assert all(not process.is_alive() and process.exitcode is not None for process in processes)
    pool.close()  # twice is harmless


def test_a_worker_killed_while_idle_is_replaced(tmp_path: Path) -> None:
    pool = OrderedPool(functools.partial(_work, marks=str(tmp_path)), _lost, jobs=1, in_flight=1)
    with pool:
        results = pool.run([["a"], ["b", "c"], ["d"]])
        assert next(results) == ("a", "A")  # the one worker is idle now, its next chunk not sent yet
        (worker,) = pool._workers
        worker.process.kill()
        worker.process.join()
        assert list(results) == [("b", "B"), ("c", "C"), ("d", "D")]
        assert pool.deaths == 1
