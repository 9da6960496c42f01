"""Work in other processes: the one place the services start them.

PyMuPDF is not thread-safe: the GUI renders pages in its own thread while converting, detecting,
exporting or searching runs in a process of its own (`run_isolated`), which also lets the user
cancel it at once. Parallel work over many files (conversion and detection in services.cases, export
in services.exporting) runs in a pool of processes that reopen the files by path (`in_processes`).
The GUI's QThread runner (gui/tasks.py) is only the Qt adapter around `run_isolated`.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar, overload

from redact.core.errors import RedactError
from redact.core.progress import Cancelled, CancelToken, Progress

T = TypeVar("T")


class _PipeProgress:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def start(self, total: int, label: str) -> None:
        self._conn.send(("start", (total, label)))

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        self._conn.send(("advance", (step, detail, failed)))

    def finish(self) -> None:
        self._conn.send(("finish", ()))


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    try:
        result = fn(*args, progress=_PipeProgress(conn), **kwargs)
        conn.send(("done", result))
    except RedactError as exc:
        conn.send(("error", exc))
    except Exception as exc:  # reported to the parent, which shows it; the child ends either way
        conn.send(("error", RedactError(f"uventet fejl: {type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_isolated(fn: Callable[..., T], *args: Any, progress: Progress, cancel: CancelToken, **kwargs: Any) -> T:
    """Run `fn(*args, progress=..., **kwargs)` in a fresh process, relaying its progress.

    `fn` and its arguments must pickle (module-level functions, plain data). Cancelling ends the
    process and raises Cancelled; what it wrote is left in its own folder.
    """
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, fn, args, kwargs), name="redact-arbejde")
    proc.start()
    sender.close()
    try:
        while True:
            if cancel.cancelled:
                raise Cancelled()
            if not receiver.poll(0.1):
                if not proc.is_alive() and not receiver.poll(0):
                    break
                continue
            try:
                kind, payload = receiver.recv()
            except EOFError:
                break
            if kind == "start":
                progress.start(*payload)
            elif kind == "advance":
                progress.advance(*payload)
            elif kind == "finish":
                progress.finish()
            elif kind == "done":
                return payload  # type: ignore[no-any-return]
            elif kind == "error":
                raise payload
        proc.join(5)
        raise RedactError(f"arbejdet stoppede uventet (afslutningskode {proc.exitcode})")
    finally:
        receiver.close()
        if proc.is_alive() and cancel.cancelled:
            proc.terminate()
        proc.join(30)
        if proc.is_alive():
            proc.kill()
            proc.join()
        proc.close()


def in_processes(
    fn: Callable[..., T],
    calls: Sequence[tuple[Any, ...]],
    jobs: int,
    cancel: CancelToken,
    initializer: Callable[[], None] | None = None,
    in_order: bool = False,
    sizes: Sequence[float] = (),
) -> Iterator[tuple[int, Future[T]]]:
    """Run `fn(*call)` for every call in a pool of `jobs` processes; yield (index of the call, its
    finished future) as each completes, or in the order of the calls with `in_order`.

    With `sizes` (how much work each call is, one per call) the largest calls start first: a large
    call started last runs alone at the end while the other processes have nothing to do.
    `fn` and the calls must pickle. `future.result()` returns the result or raises the call's own
    error, so one failed call does not stop the rest. `cancel` is checked before each result is
    handed on (Cancelled is raised); calls not yet started when the caller stops are not started.

    Only a few calls are handed to the pool ahead of the workers (`calls[i]` is asked for then, so
    a sequence that makes its calls on demand has only those in memory), and a future is let go
    once it is yielded: a 10,000-page request's calls and results are never all held at once.
    """
    order = iter(largest_first(sizes) if sizes else range(len(calls)))
    ahead = 2 * jobs + 2  # enough to keep every worker busy while the caller handles a result
    running: dict[Future[T], int] = {}
    finished: dict[int, Future[T]] = {}
    with ProcessPoolExecutor(max_workers=jobs, initializer=initializer) as pool:
        try:
            following = 0  # with in_order: the call to yield next
            while True:
                for i in itertools.islice(order, max(0, ahead - len(running))):
                    running[pool.submit(fn, *calls[i])] = i
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    finished[running.pop(fut)] = fut
                ready = [following] if in_order else sorted(finished)
                while ready and ready[0] in finished:
                    i = ready.pop(0)
                    cancel.check()
                    yield i, finished.pop(i)
                    if in_order:
                        following += 1
                        ready.append(following)
        finally:
            for fut in running:
                fut.cancel()


def largest_first(sizes: Sequence[float]) -> list[int]:
    """The order in which `in_processes` starts calls of these sizes (equal sizes in their order)."""
    return sorted(range(len(sizes)), key=lambda i: -sizes[i])


class CallsOnDemand(Sequence[tuple[Any, ...]]):
    """`count` calls for `in_processes`, each made by `make(i)` only when the pool is about to run
    it: the arguments of every call (an export's areas of every document) are never all held."""

    def __init__(self, count: int, make: Callable[[int], tuple[Any, ...]]) -> None:
        self._count = count
        self._make = make

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> tuple[Any, ...]: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[Any, ...]]: ...

    def __getitem__(self, i: int | slice) -> tuple[Any, ...] | Sequence[tuple[Any, ...]]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._count))]
        if not -self._count <= i < self._count:
            raise IndexError(i)
        return self._make(i % self._count)


def forks_workers() -> bool:
    """Whether `in_processes` starts its workers as forked copies of this process (Linux), which
    then have whatever this process has loaded, rather than as fresh interpreters (Windows, macOS)."""
    return multiprocessing.get_start_method() == "fork"


class _Kept:
    """How many `loaded_kept` are open in this process (the freeze is one per process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0


_kept = _Kept()


@contextmanager
def loaded_kept() -> Iterator[None]:
    """While in it, what this process holds at its start is out of the garbage collector's sight:
    the models and word lists a batch loads once live as long as the batch, yet every full
    collection walked all of them again (a sixth of a detection worker's CPU), and in a worker
    forked from here, which inherits them, it also wrote to the memory pages they share, copying
    them. At the end the objects are collected as before (a process that goes on, like the test
    runner's, keeps nothing for good).

    No collection is made first: it walks every element of the loaded word lists (0.2-0.6 s,
    twice per batch, while no worker runs yet) and found nothing to free at either point of a
    batch (measured on bench.py's request). Garbage there would be is freed at the end instead.

    Nested, each entry freezes what is there by then (a batch's detectors, later its case) and
    only the outermost exit lets the collector see it all again: a batch holds one around all of
    its steps, so that the steps between its pools do not walk the models either."""
    with _kept.lock:
        _kept.depth += 1
        gc.freeze()
    try:
        yield
    finally:
        with _kept.lock:
            _kept.depth -= 1
            if _kept.depth == 0:
                gc.unfreeze()


@contextmanager
def loading() -> Iterator[None]:
    """While in it, no automatic garbage collection: for loading the models and word lists a batch
    keeps for good. Loading makes millions of objects that form next to no cycles (a few hundred),
    and every full collection their allocations set off walked all of them again: 1-2 CPU-seconds
    in the main process before any worker could start (bench.py's request, --jobs 2).

    The collection is held off with its threshold, not `gc.disable()`: spaCy's model loading (srsly)
    switches the collector back on after each msgpack file it reads, and leaves thresholds alone.
    An explicit `gc.collect()` still runs. What was loaded is best frozen (`loaded_kept`) before
    the end: the first allocation after it would otherwise walk all of it as young objects."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # "Setting threshold0 to zero disables collection" (the gc module's documentation)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def background_pool(workers: int = 1) -> ProcessPoolExecutor:
    """A pool of `workers` fresh processes (spawned: the GUI's process is never forked) for small,
    independent jobs such as rendering pages before they are needed."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
