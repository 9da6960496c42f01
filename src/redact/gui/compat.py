"""Work-arounds for bugs of the Qt bindings in use.

PySide6 6.12.0 on Python 3.11 hands out None, True and False without taking a reference to them:
every void method (``setText``, ``setPen``, …) takes one reference from None, every signal emission
one from True. Python 3.12 made these objects immortal, so there it does no harm; on 3.11 their
counts (some thousands after start-up) run out after a few minutes of work and the interpreter
aborts ("none_dealloc: deallocating None"). PySide6 6.11.3 does not have the bug. Until the pin
moves back (or the app moves to Python 3.12), the app gives these objects so many references that
they can never run out, which is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 64
_RESERVE = 1 << 40  # references added: more than any session can take


class _Probe(QObject):
    fired = Signal()


def singletons_drained() -> bool:
    """True when Qt calls take references from None or True (the PySide6 6.12 / Python 3.11 bug)."""
    probe = _Probe()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
        probe.fired.emit()
    lost = max(none - sys.getrefcount(None), true - sys.getrefcount(True))
    return lost >= _PROBE_CALLS // 2


def protect_singletons() -> bool:
    """Make None, True and False immortal in practice when the bindings drain them; True if needed."""
    if sys.version_info >= (3, 12) or not singletons_drained():
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
