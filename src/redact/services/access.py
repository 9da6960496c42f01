"""Opening a case to write in it: one writer at a time, and the log made whole first.

Every program that takes decisions (the app, `redact withhold`, a batch) opens the case here: the
case folder's lock is taken (a second writer is refused with the first one's name), a torn last
log line left by a crash is set aside (the user is told), and only then is the case read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from redact.core.case import Case
from redact.store.casefile import find_case, load_case, set_aside_torn_tail
from redact.store.lock import CaseLock

__all__ = ["CaseLock", "WritableCase", "lock_folder", "open_for_writing"]


@dataclass
class WritableCase:
    case: Case
    folder: Path
    lock: CaseLock
    notes: list[str] = field(default_factory=list)  # what was repaired on opening, for the user

    def close(self) -> None:
        self.lock.release()

    def __enter__(self) -> WritableCase:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def lock_folder(folder: Path, program: str, who: str) -> CaseLock:
    """Take the lock of a case folder that is being created (a new case in the app)."""
    lock = CaseLock(folder, who, program)
    lock.acquire()
    return lock


def open_for_writing(path: Path, program: str, who: str) -> WritableCase:
    """The case at `path` (a case file or its folder), locked for this process until `close`."""
    case_file = find_case(path)
    folder = case_file.parent
    lock = lock_folder(folder, program, who)
    try:
        notes = [note for note in (set_aside_torn_tail(folder),) if note]
        case = load_case(case_file)
    except BaseException:
        lock.release()
        raise
    return WritableCase(case, folder, lock, notes)
