"""Reading a batch's files in a process of its own while this process loads the detectors.

A batch with `--jobs 2` or more spends its first seconds in this process alone: importing
Presidio and spaCy and loading the detectors (the model, the lexicon, the dictionaries) before the
detection workers are forked from it with all of that. Reading a file (conversion, the language,
the pages with OCR, the case's text index and kept reading: `processing.read_file`) needs none of
it. So, where processes are forked, one reader is forked before anything heavy is imported; it
reads the files in the order the workers will take them and leaves each reading in a file of its
own (a pickle: the page texts with their box rows, about 45 KB a page). A worker given a file the
reader has taken waits for its reading, detects in it and deletes it; a file the reader has not
taken when the pool asks for it is read by the worker itself, as before. Who reads a file is
decided once, under a lock, so no file is read twice or by two processes at once.

The reader stays at most `AHEAD_PAGES` pages ahead of the detection (its readings wait on disk, not
in memory), and stops when this process is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

from redact.services.processing import (
    FileReading,
    FileResult,
    FileTask,
    detect_reading_in_worker,
    process_file_in_worker,
    read_file,
)

# The most pages read and not yet taken by a worker (at least one file): enough to read through a
# start-up of a few seconds, and bounded however large the request is.
AHEAD_PAGES = 600


class ReadAhead:
    """The pool's calls for `detect_read_ahead`, task by task, for a reader started by `read_ahead`."""

    def __init__(self, tasks: Sequence[FileTask], order: Sequence[int], language: str | None, folder: Path) -> None:
        self.folder = folder  # the readings wait here
        self._tasks = tasks
        self._position = {task: n for n, task in enumerate(order)}
        self._language = language
        ctx = multiprocessing.get_context("fork")
        self._taken: Synchronized[int] = ctx.Value("l", 0)  # positions in `order` below it are the reader's
        self._alive, alive = ctx.Pipe(duplex=False)  # ends (EOF) when the reader does
        self._reader = ctx.Process(
            target=_read,
            args=(tasks, order, language, self._taken, folder, alive, os.getpid()),
            name="redact-læser",
            daemon=True,
        )
        self._reader.start()
        alive.close()  # only the reader holds it: when the reader ends, the workers see the end

    def call(self, task: int) -> tuple[Any, ...]:
        """The call for `task`, asked for in the reader's order: with the path of its reading when
        the reader has taken it, or without, and then this file is the worker's own to read."""
        n = self._position[task]
        with self._taken.get_lock():
            reader_has_it = self._taken.value > n
            if not reader_has_it:
                self._taken.value = n + 1  # never taken by the reader now
        reading = _reading_path(self.folder, task) if reader_has_it else None
        return (reading, self._alive.fileno(), *self._tasks[task], self._language)

    def close(self) -> None:
        if self._reader.is_alive():
            self._reader.terminate()
        self._reader.join()
        self._reader.close()
        self._alive.close()


@contextmanager
def read_ahead(tasks: Sequence[FileTask], order: Sequence[int], language: str | None) -> Iterator[ReadAhead]:
    """Fork a reader of `tasks` in `order` (positions into `tasks`); on leaving, it is stopped and
    the readings no worker took are deleted."""
    folder = Path(tempfile.mkdtemp(prefix="læsning-", dir=tasks[0][2]))  # beside the case's other work files
    reader: ReadAhead | None = None
    try:
        reader = ReadAhead(tasks, order, language, folder)
        yield reader
    finally:
        if reader is not None:
            reader.close()
        shutil.rmtree(folder, ignore_errors=True)


def detect_read_ahead(
    reading: Path | None, reader_alive: int, index: int, source: Path, workdir: Path, stem: str, language: str | None
) -> FileResult:
    """In a detection worker: the file's result from the reader's reading of it, or, when the reader
    did not take it (or ended without reading it), read here as `process_file` does."""
    read = _take(reading, reader_alive) if reading is not None else None
    if read is None:
        return process_file_in_worker(index, source, workdir, stem, language)
    return detect_reading_in_worker(read)


def _take(path: Path, reader_alive: int) -> FileReading | None:
    """The reading at `path` once the reader has written it, deleted as it is taken; None when the
    reader ended without writing it (`reader_alive` is the end of a pipe only the reader holds)."""
    while not path.exists():
        if wait([reader_alive], 0.02) and not path.exists():
            return None
    with open(path, "rb") as fh:
        read: FileReading = pickle.load(fh)
    path.unlink()
    return read


def _reading_path(folder: Path, task: int) -> Path:
    return folder / f"{task}.pickle"


def _read(
    tasks: Sequence[FileTask],
    order: Sequence[int],
    language: str | None,
    taken: Synchronized[int],
    folder: Path,
    alive: Connection,
    parent: int,
) -> None:
    """The reader process: take the next file not taken, read it, leave the reading for a worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch's to handle; it stops this process
    waiting: list[tuple[Path, int]] = []  # readings left and their pages, until a worker takes them
    while os.getppid() == parent:
        waiting = [(path, pages) for path, pages in waiting if path.exists()]
        if waiting and sum(pages for _, pages in waiting) >= AHEAD_PAGES:
            time.sleep(0.02)
            continue
        with taken.get_lock():
            n = taken.value
            if n >= len(order):
                break
            taken.value = n + 1
        task = order[n]
        index, source, workdir, stem = tasks[task]
        read = read_file(index, source, workdir, stem, language)
        path = _reading_path(folder, task)
        part = path.with_suffix(".part")
        with open(part, "wb") as fh:
            pickle.dump(read, fh, pickle.HIGHEST_PROTOCOL)
        part.rename(path)  # whole or not there: a worker never reads half of it
        waiting.append((path, max(1, sum(len(d.pages) for d in read.documents))))
    alive.close()
