"""Long work in a worker thread: results, failures and cancelling reach the GUI thread, in order."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from redact.core.errors import RedactError
from redact.core.progress import CancelToken, Progress
from redact.gui.tasks import Outcome, Task, TaskRunner


class Log:
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.threads: set[int] = set()

    def done(self, name: str) -> Any:
        def on_done(kind: str, payload: Any) -> None:
            self.threads.add(threading.get_ident())
            self.events.append(("done", name, kind, payload))

        return on_done


def test_a_task_reports_its_progress_and_result_in_the_gui_thread(qtbot: QtBot) -> None:
    runner, log = TaskRunner(), Log()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    worker: list[int] = []

    def work(progress: Progress, cancel: CancelToken) -> int:
        worker.append(threading.get_ident())
        progress.start(2, "Læser filer")
        progress.advance(1, "brev.pdf")
        progress.advance(1, "kaput.pdf", failed=True)
        return 42

    task = Task(
        "Indlæser",
        work,
        on_done=log.done("a"),
        on_begin=lambda total, label: log.events.append(("begin", total, label)),
        on_advance=lambda step, detail, failed: log.events.append(("advance", step, detail, failed)),
    )
    with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda b: b is False):
        runner.submit(task)
    assert log.events == [
        ("begin", 2, "Læser filer"),
        ("advance", 1, "brev.pdf", False),
        ("advance", 1, "kaput.pdf", True),
        ("done", "a", Outcome.OK, 42),
    ]
    assert busy == [True, False] and not runner.busy and runner.current is None
    assert worker[0] != threading.get_ident()  # the work ran in another thread
    assert log.threads == {threading.get_ident()}  # the callbacks in this one


def test_failures_become_one_message_and_the_next_task_still_runs(qtbot: QtBot) -> None:
    runner, log = TaskRunner(), Log()

    def known(progress: Progress, cancel: CancelToken) -> None:
        raise RedactError("brev.pdf: kan ikke læses")

    def unknown(progress: Progress, cancel: CancelToken) -> None:
        raise ValueError("uventet")

    with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda b: b is False):
        runner.submit(Task("a", known, on_done=log.done("a")))
        runner.submit(Task("b", unknown, on_done=log.done("b")))
        runner.submit(Task("c", lambda p, c: "ok", on_done=log.done("c")))
    assert log.events == [
        ("done", "a", Outcome.FAILED, "brev.pdf: kan ikke læses"),
        ("done", "b", Outcome.FAILED, "ValueError: uventet"),
        ("done", "c", Outcome.OK, "ok"),
    ]


def test_cancel_stops_the_running_task_and_drops_the_waiting_ones(qtbot: QtBot) -> None:
    runner, log = TaskRunner(), Log()
    started = threading.Event()

    def endless(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    runner.submit(Task("lang", endless, on_done=log.done("lang")))
    runner.submit(Task("venter", lambda p, c: "aldrig", on_done=log.done("venter")))
    assert started.wait(10) and runner.busy
    with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda b: b is False):
        runner.cancel()
    assert log.events == [("done", "venter", Outcome.CANCELLED, None), ("done", "lang", Outcome.CANCELLED, None)]
    runner.shutdown()
