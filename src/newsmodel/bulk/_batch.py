"""Tasks run to their records, in order: the one road of :func:`~newsmodel.bulk.parse_files`
and of ``newsmodel parse``.

A :class:`Batch` runs each task (:mod:`newsmodel.bulk._tasks`) to its
records, in this process or in worker processes (:class:`OrderedPool`),
and gives each task with its records in the order the tasks came. Each
record is ``render``-ed where it is made, in the worker (the tool turns it
into its JSON line there); a record that cannot be rendered (a value JSON
cannot hold, a record too large for a worker's memory) is replaced by the
error record that says so, and a task whose worker dies twice gets its
``worker`` error record: every task gives its records, and nothing raises.

>>> from newsmodel.bulk._tasks import JsonLine, ReadOptions
>>> with Batch(ReadOptions(), same) as batch:
...     [records[0]["fields"] for _, records in batch.run([JsonLine("a.jsonl:1", b'{"id": 7, "text": "Up."}')])]
[{'id': 7}]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from ..formats._records import Record, internal_record, memory_record, worker_record
from ._pool import OrderedPool
from ._tasks import ReadOptions, Task, run_task

__all__ = ["CHUNK_BYTES", "CHUNK_TASKS", "Batch", "chunks", "lost_records", "run_chunk", "same"]

R = TypeVar("R")

#: The most tasks, and about the most input bytes, in one chunk sent to a worker.
CHUNK_TASKS = 64
CHUNK_BYTES = 4 << 20


def same(record: Record) -> Any:
    """A record as it is."""
    return record


def _rendered(record: Record, render: Callable[[Record], R]) -> R:
    """``render(record)``, or that of the error record that says why it could not be."""
    source = str(record.get("source", "?"))
    try:
        return render(record)
    except (TypeError, ValueError) as exc:  # a value JSON cannot hold: one record lost, not the run
        return render(internal_record(source, exc))
    except MemoryError:  # a record too large for the worker's memory budget
        return render(memory_record(source))


def run_chunk(tasks: list[Task], options: ReadOptions, render: Callable[[Record], R]) -> list[list[R]]:
    """What a worker does with a chunk: each task's records, rendered."""
    return [[_rendered(record, render) for record in run_task(task, options)] for task in tasks]


def lost_records(task: Task, reason: str, render: Callable[[Record], R]) -> list[R]:
    """The records of a task whose worker died twice."""
    return [render(worker_record(task.source, reason))]


def chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    """Tasks in chunks that grow from 1 to :data:`CHUNK_TASKS` tasks (or about
    :data:`CHUNK_BYTES` of input), so that small runs use every worker too."""
    chunk: list[Task] = []
    size = 0
    limit = 1
    for task in tasks:
        chunk.append(task)
        size += task.size
        if len(chunk) >= limit or size >= CHUNK_BYTES:
            yield chunk
            chunk, size, limit = [], 0, min(CHUNK_TASKS, limit * 2)
    if chunk:
        yield chunk


class Batch(Generic[R]):
    """Tasks to their rendered records, in ``jobs`` worker processes (1: in this
    one), each worker allowed ``memory`` bytes beyond its start (``None``: no
    limit). A context manager: its workers stop when the block ends."""

    def __init__(
        self, options: ReadOptions, render: Callable[[Record], R], *, jobs: int = 1, memory: int | None = None
    ) -> None:
        self._chunk = functools.partial(run_chunk, options=options, render=render)
        self._pool: OrderedPool[Task, list[R]] | None = None
        if jobs > 1:
            lost = functools.partial(lost_records, render=render)
            self._pool = OrderedPool(self._chunk, lost, jobs=jobs, memory=memory)

    def __enter__(self) -> Batch[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def deaths(self) -> int:
        """Worker processes that died and were replaced."""
        return 0 if self._pool is None else self._pool.deaths

    def run(self, tasks: Iterable[Task], idle: Callable[[], None] | None = None) -> Iterator[tuple[Task, list[R]]]:
        """Each task with its records, in order; ``idle()`` is called whenever
        the workers are all busy (never in this process)."""
        if self._pool is None:
            return ((task, self._chunk([task])[0]) for task in tasks)
        return self._pool.run(chunks(tasks), idle=idle)

    def close(self) -> None:
        """Stop and reap every worker."""
        if self._pool is not None:
            self._pool.close()
