"""Long work in a worker thread, one task at a time, with progress as signals.

The work itself (converting, detecting, exporting) runs in a fresh process through the services;
the thread only waits for it and relays progress, so the window never freezes and PyMuPDF never
runs in two threads of this process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from redact.core.errors import RedactError
from redact.core.progress import Cancelled, CancelToken, Progress


class Outcome(StrEnum):
    """How a task ended; `done` carries it with the result (OK) or the message (FAILED)."""

    OK = "ok"
    FAILED = "failed"
    CANCELLED = "cancelled"


OK, FAILED, CANCELLED = Outcome.OK, Outcome.FAILED, Outcome.CANCELLED


class _Relay:
    """A core Progress that emits the task's signals (from the worker thread)."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def start(self, total: int, label: str) -> None:
        self._task.begun.emit(total, label)

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        self._task.advanced.emit(step, detail, failed)

    def finish(self) -> None:
        pass


class Task(QObject):
    """`work(progress, cancel)` run in a worker thread; the callbacks run in the GUI thread."""

    begun = Signal(int, str)
    advanced = Signal(int, str, bool)
    done = Signal(str, object)  # OK/FAILED/CANCELLED, result or message

    def __init__(
        self,
        label: str,
        work: Callable[[Progress, CancelToken], Any],
        on_done: Callable[[str, Any], None] | None = None,
        on_advance: Callable[[int, str, bool], None] | None = None,
        on_begin: Callable[[int, str], None] | None = None,
    ) -> None:
        super().__init__()
        self.label = label
        self.cancel_token = CancelToken()
        self._work = work
        self.on_done = on_done
        self.on_advance = on_advance
        self.on_begin = on_begin

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(_Relay(self), self.cancel_token)
        except Cancelled:
            self.done.emit(CANCELLED, None)
        except RedactError as exc:
            self.done.emit(FAILED, exc.message)
        except Exception as exc:  # shown to the user; the app goes on
            self.done.emit(FAILED, f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(OK, result)


class TaskRunner(QObject):
    """Runs tasks in submission order, each in a thread of its own."""

    busy_changed = Signal(bool)
    begun = Signal(str, int, str)  # task label, total, step label
    advanced = Signal(int, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[Task] = deque()
        self._current: Task | None = None
        self._thread: QThread | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    @property
    def current(self) -> Task | None:
        return self._current

    def submit(self, task: Task) -> None:
        was_busy = self.busy
        self._queue.append(task)
        if not was_busy:
            self.busy_changed.emit(True)
        self._next()

    def cancel(self) -> None:
        """Cancel the running task and drop the waiting ones."""
        dropped = list(self._queue)
        self._queue.clear()
        for task in dropped:
            if task.on_done:
                task.on_done(CANCELLED, None)
        if self._current is not None:
            self._current.cancel_token.cancel()
        elif dropped:
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Cancel everything and wait for the worker thread (on closing the window)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        task = self._queue.popleft()
        self._current = task
        thread = QThread()
        self._thread = thread
        task.moveToThread(thread)
        task.begun.connect(self._on_begun)
        task.advanced.connect(self._on_advanced)
        task.done.connect(self._on_done)
        thread.started.connect(task.run)
        thread.start()

    @Slot(int, str)
    def _on_begun(self, total: int, label: str) -> None:
        task = self._current
        if task is not None:
            self.begun.emit(task.label, total, label)
            if task.on_begin:
                task.on_begin(total, label)

    @Slot(int, str, bool)
    def _on_advanced(self, step: int, detail: str, failed: bool) -> None:
        task = self._current
        if task is not None:
            self.advanced.emit(step, detail, failed)
            if task.on_advance:
                task.on_advance(step, detail, failed)

    @Slot(str, object)
    def _on_done(self, kind: str, payload: object) -> None:
        task, thread = self._current, self._thread
        self._current, self._thread = None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        if task is not None and task.on_done:
            task.on_done(kind, payload)
        if not self.busy:
            self.busy_changed.emit(False)
        self._next()
