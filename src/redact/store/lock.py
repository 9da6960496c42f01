"""One writer at a time in a case folder.

Two writers of one case (the app and `redact withhold`, or two batches into one folder) would both
number their decisions from the log they read, and an undo of one could take back the other's
decision. So every writer holds `sag.lock` while it has the case open.

The lock is filelock's `SoftFileLock`: the file is created with O_CREAT|O_EXCL, so exactly one
process gets it, also on a network share where OS locks (flock) are unreliable; it records the
holder's process id, host and process start time, and a lock left by a killed process on this
machine is taken over (its process is provably gone, a recycled pid is told apart by its start
time). A lock from another machine is never broken automatically: the message says whose it is.
Beside it `sag-i-brug.json` names the holder for people: user, program, host, process, since when.
"""

from __future__ import annotations

import json
import os
import platform
from datetime import datetime
from pathlib import Path
from types import TracebackType

from filelock import SoftFileLock, Timeout

from redact.core.errors import CaseInUseError

LOCK_FILE = "sag.lock"
HOLDER_FILE = "sag-i-brug.json"


class CaseLock:
    """Held while a program writes the case in `folder`; `acquire` raises CaseInUseError if taken."""

    def __init__(self, folder: Path, who: str, program: str) -> None:
        self.folder = folder
        self.who = who
        self.program = program
        self._lock = SoftFileLock(folder / LOCK_FILE, timeout=0, thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise CaseInUseError(self._in_use()) from None
        holder = {
            "who": self.who,
            "program": self.program,
            "host": platform.node(),
            "pid": os.getpid(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        try:
            (self.folder / HOLDER_FILE).write_text(json.dumps(holder, ensure_ascii=False), encoding="utf-8")
        except OSError:
            self._lock.release()
            raise

    def release(self) -> None:
        if self._lock.is_locked:
            (self.folder / HOLDER_FILE).unlink(missing_ok=True)
            self._lock.release()

    def __enter__(self) -> CaseLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _in_use(self) -> str:
        try:
            raw = json.loads((self.folder / HOLDER_FILE).read_text(encoding="utf-8"))
            holder = (
                f"{raw['who']} ({raw['program']}) på {raw['host']}, proces {raw['pid']}, siden {raw['since']}"
                if isinstance(raw, dict)
                else "et andet program"
            )
        except (OSError, ValueError, KeyError):
            holder = "et andet program"
        return (
            f"{self.folder}: sagen er i brug af {holder}; kun én må skrive i en sag ad gangen. Vent til den er "
            f"lukket der. Kører intet program med sagen mere (fx efter et nedbrud på en anden maskine), så slet "
            f"{self.folder / LOCK_FILE}"
        )
