"""`redact batch --cluster`: the files of a request spread over a Dask distributed cluster.

`local:N` starts a LocalCluster of N worker processes on this machine, bound to loopback only, with
no dashboard; `tcp://host:8786` uses a running scheduler whose workers see the same files at the
same paths (shared storage). One task per source file, as many in flight as the cluster has threads;
each worker loads the detectors once (a worker plugin); results stream back as they complete and
`build_case` records each one at once. A task that fails or whose worker is lost is tried once more,
then the file gets one FEJL line.

Only this module imports Dask, and only `--cluster` imports this module: `--jobs N` needs no Dask.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import dask
from dask.base import tokenize
from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed, get_worker

from redact.core.detector import Detector
from redact.core.errors import UsageError
from redact.core.progress import CancelToken
from redact.services.cases import FileRunner
from redact.services.processing import FileResult, FileTask, process_file

PLUGIN = "redact-detectors"
# Tries of a task beyond the first: for an error raised in the task (`retries`) and for a worker
# lost while running it (the scheduler's allowed-failures).
RETRIES = 1
# No dashboard (it needs bokeh, and it would listen on a port), no spilling to disk next to the
# case, quiet logs; tasks are never "stolen" between workers half-way (each file is one task).
DASK_CONFIG: dict[str, Any] = {
    "distributed.scheduler.allowed-failures": RETRIES,
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.target": False,
    "distributed.dashboard.link": "",
    # Dask's scheduler and workers always run a small HTTP server (health, metrics, a proxy); we
    # need none of its routes, and on a LocalCluster it listens on loopback at a free port.
    "distributed.scheduler.http.routes": [],
    "distributed.worker.http.routes": [],
    "distributed.admin.tick.limit": "30s",  # loading the detectors keeps a worker busy for seconds
}


class DetectorPlugin(WorkerPlugin):  # type: ignore[misc]
    """Holds the detectors of one worker, built on its first task (the models load once per worker,
    in the worker's task thread, so the worker keeps answering the scheduler while they load)."""

    name = PLUGIN
    idempotent = True

    def __init__(self, factory: Callable[[], list[Detector]]) -> None:
        self.factory = factory  # only this travels to the workers; the rest is made in `setup`
        self._built: list[Detector] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"factory": self.factory, "_built": None}

    def setup(self, worker: Any) -> None:
        self._built = None
        self._lock = threading.Lock()

    def detectors(self) -> list[Detector]:
        with self._lock:
            if self._built is None:
                self._built = self.factory()
            return self._built


def process_file_on_worker(
    index: int, source: Path, workdir: Path, stem: str, language: str | None = None
) -> FileResult:
    """The task: one source file, with the worker's detectors."""
    plugin: DetectorPlugin = get_worker().plugins[PLUGIN]
    return process_file(index, source, workdir, stem, plugin.detectors(), language)


def parse_address(spec: str) -> tuple[str, int]:
    """`local:N` -> ("local", N); `tcp://host:port` -> (address, 0). Anything else is a usage error."""
    if spec.startswith("local:"):
        n = spec.removeprefix("local:")
        if not n.isdigit() or int(n) < 1:
            raise UsageError(f"--cluster {spec}: skriv local:N med N mindst 1, fx local:2")
        return "local", int(n)
    if spec.startswith(("tcp://", "tls://")) and spec.rsplit(":", 1)[-1].isdigit():
        return spec, 0
    raise UsageError(f"--cluster {spec}: skriv local:N (N processer her) eller tcp://vært:8786 (en kørende scheduler)")


def _connect(stack: ExitStack, spec: str) -> Client:
    address, workers = parse_address(spec)
    if address == "local":
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                scheduler_port=0,
                dashboard_address=None,
                worker_dashboard_address=None,
                memory_limit=None,
                silence_logs=logging.ERROR,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # its HTTP server: a free loopback port
            )
        )
        return stack.enter_context(Client(cluster, set_as_default=False))
    try:
        return stack.enter_context(Client(address, timeout="20s", set_as_default=False))
    except OSError as exc:
        raise UsageError(f"--cluster {spec}: ingen scheduler svarer ({exc})") from exc


def cluster_runner(spec: str, detectors: Callable[[], list[Detector]], language: str | None = None) -> FileRunner:
    """A FileRunner for `build_case` that sends each file to the cluster named by `spec`; `language`
    forces one language on every document (None: found per document)."""
    parse_address(spec)  # a wrong address is refused before any work starts

    def run(tasks: list[FileTask], cancel: CancelToken) -> Iterator[FileResult]:
        if not tasks:
            return
        with dask.config.set(DASK_CONFIG), ExitStack() as stack:
            client = _connect(stack, spec)
            client.register_plugin(DetectorPlugin(detectors))
            waiting = iter(tasks)
            by_key: dict[str, FileTask] = {}
            live: dict[str, Future] = {}
            running: as_completed = as_completed(loop=client.loop)

            def submit_more() -> None:
                # As many tasks in flight as the cluster has threads, no more: a task queued behind
                # another on a worker that dies is counted by Dask as having killed it, so an
                # innocent file could fail with the one that crashes; and a result waits in a
                # worker's memory (where a dying worker loses it) only until it is gathered.
                slots = max(1, sum(client.nthreads().values()))
                while len(by_key) < slots:
                    task = next(waiting, None)
                    if task is None:
                        return
                    index, path, workdir, stem = task
                    fut = client.submit(
                        process_file_on_worker,
                        index,
                        path.resolve(),
                        workdir.resolve(),
                        stem,
                        language,
                        key=f"redact-{stem}-{tokenize(str(path), str(workdir))}",
                        retries=RETRIES,
                        pure=False,
                    )
                    by_key[fut.key] = task
                    live[fut.key] = fut
                    running.add(fut)

            try:
                submit_more()
                for fut in running:
                    cancel.check()
                    index, path, _, _ = by_key.pop(fut.key)
                    del live[fut.key]
                    try:
                        # Not `fut.status`: a finished result lost with its worker turns the future
                        # back to "lost" while Dask recomputes it; `result()` waits for that.
                        result: FileResult = fut.result()
                    except Exception as exc:  # raised twice, or two workers died running it
                        result = FileResult(
                            index, path, error=f"mislykkedes to gange på klyngen: {type(exc).__name__}: {exc}"
                        )
                    fut.release()
                    submit_more()
                    yield result
            finally:
                running.clear()
                client.cancel(list(live.values()))

    return run
