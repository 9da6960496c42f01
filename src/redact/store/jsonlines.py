"""Append-only JSON-lines files that survive a killed process.

Each record is one line, written and fsynced before the caller goes on, so a record that was
reported done is on disk. A process killed mid-write leaves at most one torn last line: reading
skips it, and opening for append first cuts it off, so the next record starts on a line of its own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The records of the file in order, one at a time (the file is never read whole)."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                return  # torn by a crash mid-write; everything before it is intact
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record


def _cut_torn_tail(path: Path) -> None:
    with open(path, "rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        # find the last newline; everything after it is a torn record
        pos = size
        step = 1 << 16
        while pos > 0:
            start = max(0, pos - step)
            fh.seek(start)
            chunk = fh.read(pos - start)
            i = chunk.rfind(b"\n")
            if i >= 0:
                fh.truncate(start + i + 1)
                return
            pos = start
        fh.truncate(0)


class JsonLinesWriter:
    """Appends records to a JSON-lines file, each one flushed and fsynced before `append` returns."""

    def __init__(self, path: Path, truncate: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not truncate:
            _cut_torn_tail(path)
        self._fh: IO[str] = open(path, "w" if truncate else "a", encoding="utf-8")  # noqa: SIM115

    def append(self, record: dict[str, Any]) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> JsonLinesWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
