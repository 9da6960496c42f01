"""The guard against the PySide6 6.12 / Python 3.11 bug that drains None's reference count."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from redact.gui.compat import protect_singletons


def test_many_void_calls_do_not_abort_the_interpreter(qapp: QApplication) -> None:
    protect_singletons()  # also done by the session fixture; twice is harmless
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100_000):  # far more than None's own count on an affected interpreter
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0
    assert sys.getrefcount(None) >= before - 100_000
