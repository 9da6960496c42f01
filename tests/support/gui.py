"""Helpers of the GUI tests (the fixtures are in tests/gui/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from redact.gui.context import AppContext
from redact.gui.main_window import MainWindow

WHO = "testbruger"
# Qt messages a GUI test may print; any other warning fails the test.
QT_NOISE = ("propagateSizeHints", "QFont::setPointSizeF")


def open_window(qtbot: QtBot, ctx: AppContext, folder: Path | None = None) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if folder is not None:
        assert window.cases.open_case(folder)
    return window


def wait_idle(qtbot: QtBot, window: MainWindow, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)
