"""The guard against the PySide6 6.12 / Python 3.11 bug that drains None's reference count."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from redact.gui import compat


def test_many_void_calls_leave_none_with_references(qapp: QApplication) -> None:
    """Either the bindings take no references from None (the pinned 6.11.3), or the guard gave None
    a reserve so large that 100,000 calls cannot use it up."""
    protected = compat.protect_singletons()
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100_000):  # far more than None's own count on an affected interpreter
        probe.setObjectName("x")
    lost = before - sys.getrefcount(None)
    if protected:
        assert sys.getrefcount(None) > compat._RESERVE // 2
    else:
        assert lost < 1_000, f"None lost {lost} references in 100,000 Qt calls"


def test_the_pinned_bindings_do_not_drain_the_singletons(qapp: QApplication) -> None:
    if sys.version_info >= (3, 12):
        pytest.skip("None and True are immortal from Python 3.12")
    assert not compat.singletons_drained()
    assert compat.protect_singletons() is False


def test_the_guard_gives_the_singletons_a_reserve_once_when_they_are_drained(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.version_info >= (3, 12):
        pytest.skip("None and True are immortal from Python 3.12")
    monkeypatch.setattr(compat, "singletons_drained", lambda: True)
    assert compat.protect_singletons() is True
    after_first = sys.getrefcount(True)
    assert after_first > compat._RESERVE
    assert sys.getrefcount(None) > compat._RESERVE and sys.getrefcount(False) > compat._RESERVE
    compat.protect_singletons()
    assert sys.getrefcount(True) < after_first + compat._RESERVE // 2  # not added a second time
