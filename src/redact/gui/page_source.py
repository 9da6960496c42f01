"""The pictures of one document's pages for the page view and the thumbnails: rendered ahead in
another process (services.rendering.RenderAhead), so the window's thread only decodes them.

A picture asked for with `ask` arrives by `rendered(page, zoom)`; one needed at once and not ready
(`__call__`) is rendered here as before. PyMuPDF thus runs in this process only in the GUI thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from redact.services.rendering import RenderAhead

POLL_MS = 15  # how often finished pictures are collected while some are on their way
KEEP = 48  # finished pictures kept until shown


class PageSource(QObject):
    """`source(page, zoom)` gives PNG bytes now; `ask(page, zoom)` has them made in the background."""

    rendered = Signal(int, float)  # page, zoom: its picture is ready (`__call__` returns it at once)

    def __init__(
        self,
        path: Path,
        render: Callable[[int, float], bytes],
        ahead: RenderAhead,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._render = render
        self._ahead = ahead
        self._ready: OrderedDict[tuple[int, float], bytes] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)
        self.rendered_here = 0  # pictures this thread had to render itself (tests, benchmarks)

    def __call__(self, page: int, zoom: float) -> bytes:
        key = (page, round(zoom, 4))
        data = self._ready.pop(key, None) or self._ahead.take(self._path, page, zoom)
        if data is not None:
            return data
        self.rendered_here += 1
        return self._render(page, zoom)

    def ready(self, page: int, zoom: float) -> bool:
        return (page, round(zoom, 4)) in self._ready

    def ask(self, page: int, zoom: float) -> None:
        if (page, round(zoom, 4)) in self._ready:
            return
        self._ahead.ask(self._path, page, zoom)
        if not self._timer.isActive():
            self._timer.start()

    def close(self) -> None:
        """Another document is shown: its pictures on their way are given up."""
        self._timer.stop()
        self._ahead.forget(self._path)
        self._ready.clear()

    def _collect(self) -> None:
        # Asked before the finished ones are listed: a picture that finishes in between (the pool
        # finishes them in its own thread) is then either listed now or still pending, never
        # left uncollected with the timer stopped.
        waiting = self._ahead.pending()
        for path, page, zoom in self._ahead.finished():
            if path != self._path:
                continue
            data = self._ahead.take(path, page, zoom)
            if data is not None:
                self._ready[(page, zoom)] = data
                while len(self._ready) > KEEP:
                    self._ready.popitem(last=False)
            # Announced even when it failed there: rendered here, the failure shows its message.
            self.rendered.emit(page, zoom)
        if not waiting:
            self._timer.stop()
