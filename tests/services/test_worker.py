"""services/worker.py: the one way the services run work in other processes (a pool, or one fresh
process with its progress relayed)."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from redact.core.errors import RedactError
from redact.core.progress import Cancelled, CancelToken, Progress
from redact.services.worker import CallsOnDemand, in_processes, loaded_kept, loading, run_isolated


def _square_or_fail(n: int) -> int:
    if n == 3:
        raise ValueError("tre er ikke tilladt")
    return n * n


def _started_at(n: int) -> int:
    return time.monotonic_ns()


def _counted(total: int, progress: Progress) -> str:
    progress.start(total, "tæller")
    for i in range(total):
        progress.advance(1, f"trin {i + 1}")
    progress.finish()
    return f"talt til {total}"


def _refused(progress: Progress) -> None:
    raise RedactError("filen kan ikke læses")


def _crashes(progress: Progress) -> None:
    raise KeyError("nøgle")


class _Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, tuple[object, ...]]] = []

    def start(self, total: int, label: str) -> None:
        self.events.append(("start", (total, label)))

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        self.events.append(("advance", (step, detail, failed)))

    def finish(self) -> None:
        self.events.append(("finish", ()))


def test_every_call_is_run_once_and_one_failure_stays_with_its_call() -> None:
    results: dict[int, int] = {}
    errors: dict[int, str] = {}
    for i, fut in in_processes(_square_or_fail, [(n,) for n in range(6)], 2, CancelToken()):
        try:
            results[i] = fut.result()
        except ValueError as exc:
            errors[i] = str(exc)
    assert results == {0: 0, 1: 1, 2: 4, 4: 16, 5: 25}
    assert errors == {3: "tre er ikke tilladt"}


def test_in_order_yields_the_calls_in_the_order_given() -> None:
    order = [
        i for i, _ in in_processes(_square_or_fail, [(n,) for n in (5, 4, 2, 1, 0)], 2, CancelToken(), in_order=True)
    ]
    assert order == [0, 1, 2, 3, 4]


def test_the_largest_calls_start_first_and_each_result_stays_with_its_call() -> None:
    sizes = [1.0, 30.0, 5.0, 30.0, 12.0]
    started = {
        i: fut.result() for i, fut in in_processes(_started_at, [(n,) for n in range(5)], 1, CancelToken(), sizes=sizes)
    }
    # One process runs the calls one after the other: the largest first, equal sizes in the order given.
    assert sorted(started, key=started.__getitem__) == [1, 3, 4, 2, 0]
    in_order = [
        i
        for i, _ in in_processes(
            _square_or_fail, [(n,) for n in range(5)], 2, CancelToken(), in_order=True, sizes=sizes
        )
    ]
    assert in_order == [0, 1, 2, 3, 4]


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the garbage collector frees it


def test_what_a_batch_loaded_is_out_of_the_collectors_sight_only_while_it_runs() -> None:
    loaded = _Node()
    ref = weakref.ref(loaded)
    with loaded_kept():
        assert gc.get_freeze_count() > 0
        del loaded
        gc.collect()
        assert ref() is not None  # not walked, so not freed, while the batch runs
    gc.collect()
    assert ref() is None  # collected as before once it is over
    assert gc.get_freeze_count() == 0


def test_nested_only_the_outermost_end_lets_the_collector_see_it_all_again() -> None:
    with loaded_kept():  # the batch
        with loaded_kept():  # its first pool
            loaded = _Node()  # made in the pool, e.g. the detectors
        assert gc.get_freeze_count() > 0  # still out of sight after the pool
        with loaded_kept():  # its second pool freezes what was made since
            ref = weakref.ref(loaded)
            del loaded
            gc.collect()
            assert ref() is not None
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None


def test_garbage_made_before_the_batch_is_freed_when_it_ends() -> None:
    gc.disable()  # no automatic collection between making the garbage and entering
    try:
        garbage = _Node()
        ref = weakref.ref(garbage)
        del garbage  # unreachable, but a cycle: freed only by a collection
        with loaded_kept():  # no collection on entry (it walked every loaded word list)
            gc.collect()
            assert ref() is not None
    finally:
        gc.enable()
    gc.collect()
    assert ref() is None


def _garbage_cycle() -> weakref.ref[_Node]:
    node = _Node()
    return weakref.ref(node)  # the node is garbage on return: a cycle nobody refers to


def test_no_automatic_collection_while_loading_even_if_a_library_switches_the_collector_on() -> None:
    assert gc.isenabled()
    thresholds = gc.get_threshold()
    with loading():
        gc.disable()  # as srsly does around each msgpack file it reads …
        gc.enable()  # … and then switches it on again
        ref = _garbage_cycle()
        churn = [[] for _ in range(50_000)]  # allocations that set off collections otherwise
        assert ref() is not None
    assert gc.get_threshold() == thresholds
    ref = _garbage_cycle()
    churn = [[] for _ in range(50_000)]
    assert ref() is None  # collected automatically again
    del churn


def test_loading_restores_the_collection_after_an_error() -> None:
    thresholds = gc.get_threshold()
    with pytest.raises(ValueError), loading():
        raise ValueError("brudt")
    assert gc.get_threshold() == thresholds


def test_a_cancelled_pool_run_raises_cancelled() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        next(in_processes(_square_or_fail, [(1,), (2,)], 2, token))


def test_run_isolated_returns_the_result_and_relays_progress_in_order() -> None:
    recorder = _Recorder()
    assert run_isolated(_counted, 2, progress=recorder, cancel=CancelToken()) == "talt til 2"
    assert recorder.events == [
        ("start", (2, "tæller")),
        ("advance", (1, "trin 1", False)),
        ("advance", (1, "trin 2", False)),
        ("finish", ()),
    ]


def test_run_isolated_raises_the_childs_error_and_names_an_unexpected_one() -> None:
    with pytest.raises(RedactError, match="filen kan ikke læses"):
        run_isolated(_refused, progress=_Recorder(), cancel=CancelToken())
    with pytest.raises(RedactError, match="uventet fejl: KeyError"):
        run_isolated(_crashes, progress=_Recorder(), cancel=CancelToken())


def test_calls_are_made_only_a_few_ahead_of_the_results_handed_on() -> None:
    """A 10,000-page export's calls (every document's areas) are never all in memory at once."""
    made: list[int] = []

    def make(i: int) -> tuple[int]:
        made.append(i)
        return (i,)

    calls = CallsOnDemand(40, make)
    seen: list[int] = []
    for i, fut in in_processes(_square_or_fail, calls, 2, CancelToken(), sizes=[1.0] * 40):
        assert len(made) <= len(seen) + 2 * 2 + 2  # two workers: six calls handed to the pool at most
        seen.append(i)
        assert fut.exception() is not None if i == 3 else fut.result() == i * i
    assert sorted(seen) == list(range(40))
    assert sorted(made) == list(range(40))


def test_in_order_with_the_largest_first_hands_on_every_call_in_order() -> None:
    sizes = [float(n % 7) for n in range(25)]
    calls = [(n,) for n in range(25)]
    order = [i for i, _ in in_processes(_square_or_fail, calls, 2, CancelToken(), None, True, sizes)]
    assert order == list(range(25))


def test_calls_on_demand_is_a_sequence_of_the_calls_made() -> None:
    calls = CallsOnDemand(4, lambda i: (i, i * 10))
    assert len(calls) == 4
    assert calls[1] == (1, 10)
    assert calls[-1] == (3, 30)
    assert list(calls) == [(0, 0), (1, 10), (2, 20), (3, 30)]
    assert calls[1:3] == [(1, 10), (2, 20)]
    with pytest.raises(IndexError):
        calls[4]
