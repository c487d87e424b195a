"""Worker processes that keep order, bound memory and survive their own deaths.

:class:`OrderedPool` sends chunks of tasks to worker processes and yields
each task with its result, in the order the tasks came. At most
``in_flight`` chunks are out at a time, so memory stays flat however many
tasks there are.

A worker that dies (the kernel's out-of-memory killer, ``kill -9``, a crash
in a C extension) is replaced. The tasks it held are tried again one by
one; a task whose worker dies a second time gets the result of
``lost(task, reason)`` and the run goes on. The pool holds no thread: it
waits on the workers' pipes and process sentinels, so a signal to the main
process interrupts the wait at once, and :meth:`OrderedPool.close` stops and
reaps every worker, leaving no orphan.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["STOP_SIGNALS", "OrderedPool", "held_signals", "limit_address_space"]

T = TypeVar("T")
R = TypeVar("R")

#: Tries of a task before its result is ``lost(task, reason)``.
ATTEMPTS = 2

#: The signals that stop a run: SIGINT (^C), SIGTERM, SIGHUP (the terminal closed) and SIGQUIT (^\),
#: where the platform has them.
STOP_SIGNALS = tuple(
    number for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT") if (number := getattr(signal, name, None))
)
# The stop signals a terminal sends to its whole foreground group: a worker ignores them, the main process decides.
_GROUP_SIGNALS = tuple(number for number in STOP_SIGNALS if number != getattr(signal, "SIGTERM", None))


class held_signals:
    """Hold the stop signals while the block runs (where the platform can):
    a signal that comes meanwhile is handled when the block ends."""

    def __enter__(self) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)

    def __exit__(self, *exc: object) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def _context() -> Any:
    # fork starts a worker in milliseconds; elsewhere (macOS, Windows) spawn is the safe one.
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _die_with(parent: int) -> None:
    """Linux: have the kernel kill this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl
        return
    if os.getppid() != parent:  # the parent died before prctl took hold
        os._exit(1)


def _address_space() -> int | None:
    """The bytes of address space this process holds, where the platform says (Linux: /proc)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_address_space(budget: int) -> bool:
    """Let this process take at most ``budget`` bytes of address space more than
    it holds now (``RLIMIT_AS``, where the platform has it and tells the size):
    past it an allocation fails with ``MemoryError`` instead of the machine
    running out. Returns whether the limit is set."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    held = _address_space()
    if held is None or not hasattr(resource, "RLIMIT_AS"):
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = held + budget if hard == resource.RLIM_INFINITY else min(held + budget, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return False
    return True


def _serve(
    conn: Connection, work: Callable[[list[Any]], list[Any]], parent: int, inherited: list[int], memory: int | None
) -> None:
    """A worker's life: receive a chunk, send back its results, until told to stop."""
    for number in _GROUP_SIGNALS:  # a terminal's ^C, ^\ or hang-up goes to the whole group; the parent decides
        signal.signal(number, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    _die_with(parent)
    for fd in inherited:  # the parent's ends of pipes: closed, so that their workers see the parent go
        with contextlib.suppress(OSError):
            os.close(fd)
    if memory:
        limit_address_space(memory)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, tasks = message
        try:
            conn.send((number, work(tasks)))
        except (BrokenPipeError, OSError):
            return


@attrs.define(eq=False)
class _Slot(Generic[T, R]):
    """One chunk in input order, with the results as they arrive."""

    tasks: list[T]
    results: list[R | None]
    missing: int


@attrs.define(eq=False)
class _Job(Generic[T, R]):
    """Tasks sent to one worker: a whole slot, or one task of it on a retry."""

    slot: _Slot[T, R]
    offset: int
    tasks: list[T]
    attempts: int = 0


@attrs.define(eq=False)
class _Worker(Generic[T, R]):
    process: Any
    conn: Connection
    job: _Job[T, R] | None = None


class OrderedPool(Generic[T, R]):
    """Run ``work`` over chunks of tasks in ``jobs`` worker processes.

    ``work(tasks)`` returns one result per task and must be a top-level
    function (or a ``functools.partial`` of one). ``lost(task, reason)``
    makes the result of a task whose worker died twice. ``memory`` is the
    address space a worker may take beyond what it starts with (see
    :func:`limit_address_space`): past it, ``work`` meets ``MemoryError``.
    """

    def __init__(
        self,
        work: Callable[[list[T]], list[R]],
        lost: Callable[[T, str], R],
        *,
        jobs: int,
        in_flight: int | None = None,
        memory: int | None = None,
    ) -> None:
        self._memory = memory
        self._work = work
        self._lost = lost
        self._jobs = max(1, jobs)
        self._in_flight = in_flight or 4 * self._jobs
        self._context = _context()
        self._workers: list[_Worker[T, R]] = []
        self._queue: deque[_Job[T, R]] = deque()
        self._numbers: dict[int, _Job[T, R]] = {}
        self._counter = 0
        #: Workers that died and were replaced, for the summary.
        self.deaths = 0

    def __enter__(self) -> OrderedPool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, chunks: Iterable[list[T]], idle: Callable[[], None] | None = None) -> Iterator[tuple[T, R]]:
        """Each task of ``chunks`` with its result, in order; ``idle()`` is
        called whenever the pool is about to wait for its workers."""
        source = iter(chunks)
        slots: deque[_Slot[T, R]] = deque()
        exhausted = False
        while True:
            while slots and not slots[0].missing:
                done = slots.popleft()
                yield from zip(done.tasks, done.results, strict=True)
            while not exhausted and len(slots) < self._in_flight:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                elif chunk:
                    slot: _Slot[T, R] = _Slot(chunk, [None] * len(chunk), len(chunk))
                    slots.append(slot)
                    self._queue.append(_Job(slot, 0, chunk))
            if not slots:
                return
            self._dispatch()
            self._collect(idle)

    def _dispatch(self) -> None:
        while self._queue:
            worker = next((w for w in self._workers if w.job is None), None)
            if worker is None:
                if len(self._workers) >= self._jobs:
                    return
                worker = self._start()
            job = self._queue.popleft()
            self._counter += 1
            try:
                worker.conn.send((self._counter, job.tasks))
            except (OSError, ValueError):  # it died while idle, or dies as soon as it starts: a try all the same
                self._bury(worker)
                self._retry(job, self._cause(worker))
                continue
            worker.job = job
            self._numbers[self._counter] = job

    def _start(self) -> _Worker[T, R]:
        parent_end, child_end = self._context.Pipe()
        fork = self._context.get_start_method() == "fork"
        inherited = [parent_end.fileno(), *(w.conn.fileno() for w in self._workers)] if fork else []
        process = self._context.Process(
            target=_serve, args=(child_end, self._work, os.getpid(), inherited, self._memory), daemon=True
        )
        with held_signals():  # the child must not run the parent's handlers; nor may a worker go untracked
            process.start()
            worker: _Worker[T, R] = _Worker(process, parent_end)
            self._workers.append(worker)
        child_end.close()
        return worker

    def _collect(self, idle: Callable[[], None] | None) -> None:
        """Wait until a busy worker answers or dies, and take what it gives."""
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return
        waited = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(waited, 0))
        if not ready:
            if idle is not None:
                idle()
            ready = set(wait(waited))
        for worker in busy:
            if worker.conn not in ready and worker.process.sentinel not in ready:
                continue
            answer = None
            try:
                if worker.conn in ready or worker.conn.poll():
                    answer = worker.conn.recv()
            except (EOFError, OSError, ValueError):
                answer = None
            job = worker.job
            assert job is not None
            if answer is not None and self._numbers.get(answer[0]) is job:
                del self._numbers[answer[0]]
                worker.job = None
                self._fill(job, answer[1])
            else:
                self._numbers = {n: j for n, j in self._numbers.items() if j is not job}
                self._bury(worker)
                self._retry(job, self._cause(worker))

    def _fill(self, job: _Job[T, R], results: list[R]) -> None:
        for index, result in enumerate(results):
            job.slot.results[job.offset + index] = result
        job.slot.missing -= len(results)

    def _retry(self, job: _Job[T, R], reason: str) -> None:
        """The tasks of a dead worker's job: again one by one, or lost on a second death."""
        self.deaths += 1
        if len(job.tasks) == 1 and job.attempts + 1 >= ATTEMPTS:
            self._fill(job, [self._lost(job.tasks[0], reason)])
            return
        singles = [_Job(job.slot, job.offset + i, [task], job.attempts + 1) for i, task in enumerate(job.tasks)]
        self._queue.extendleft(reversed(singles))

    @staticmethod
    def _cause(worker: _Worker[T, R]) -> str:
        worker.process.join(1)
        code = worker.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (out of memory?)" if name == "SIGKILL" else ""
            return f"killed by {name}{hint}"
        return f"exited with status {code}"

    def _bury(self, worker: _Worker[T, R]) -> None:
        worker.job = None
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        self._workers.remove(worker)

    def close(self) -> None:
        """Stop every worker and wait for each: idle ones leave on their own,
        busy ones are terminated. Safe to call more than once; a stop signal
        that comes meanwhile is handled once every worker is reaped."""
        with held_signals():
            workers, self._workers = self._workers, []
            for worker in workers:
                try:
                    if worker.job is None:
                        worker.conn.send(None)
                    else:
                        worker.process.terminate()
                except (OSError, ValueError):
                    pass
                worker.conn.close()
            for worker in workers:
                worker.process.join(2)
                if worker.process.is_alive():
                    worker.process.kill()
                    worker.process.join()
            self._queue.clear()
            self._numbers.clear()
