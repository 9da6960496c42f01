"""Adding files to an open case: plan them, convert and detect them apart, then merge them in."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redact.core.case import Case
from redact.core.detector import Detector
from redact.core.document import Document
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.services.cases import BuildResult, build_case
from redact.services.sources import Skipped, Source, collect_sources
from redact.services.worker import run_isolated
from redact.store.casefile import CASE_FILE, WORK_DIR, save_case

ADDITIONS = "tilføjet"  # sub-folders of WORK_DIR, one per batch of files added to a case


@dataclass
class Addition:
    """Files converted and detected as a case of their own, waiting to be merged into the case."""

    folder: Path
    result: BuildResult


def plan_sources(case: Case, folder: Path, paths: Sequence[Path]) -> tuple[list[Source], list[str]]:
    """The files to add (folders recursively) and why others are skipped. Raises UsageError for a
    file inside the case folder: nothing is ever written next to the originals."""
    left_out: list[Skipped] = []
    sources = collect_sources(list(paths), folder, left_out)
    present = {str(Path(d.source).resolve()) for d in case.documents}
    used = {d.output_name for d in case.documents}
    planned: list[Source] = []
    skipped: list[str] = [f"{s.path.name}: {s.reason}" for s in left_out]
    for s in sources:
        if str(s.path.resolve()) in present:
            skipped.append(f"{s.path.name}: er allerede med i sagen")
            continue
        output = _unique_output(s.output.as_posix(), used)
        used.add(output)
        planned.append(Source(s.path, Path(output)))
    return planned, skipped


# duplicates: the parameters of cases.build_case, on purpose: an addition is built the same way into an open case.
def build_addition(
    sources: list[Source],
    folder: Path,
    detectors: Callable[[], list[Detector]],
    keep_list: KeepList,
    model_version: str = "",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
    own_bases: tuple[Path, ...] = (),
) -> Addition:
    """Convert and detect `sources` into a new sub-folder of the case's work folder.

    Touches nothing of the case itself, so it can run in a worker thread; `merge_addition` then
    adds the result to the case (in the thread that owns the case).
    """
    base = folder / WORK_DIR
    n = 1
    while (base / f"{ADDITIONS}-{n:03d}").exists():
        n += 1
    sub = base / f"{ADDITIONS}-{n:03d}"
    sub.mkdir(parents=True)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    kwargs: dict[str, Any] = {"model_version": model_version, "jobs": 1, "own_bases": own_bases}
    try:
        if isolated:
            result = run_isolated(
                build_case, sources, sub, detectors, keep_list, progress=progress, cancel=cancel, **kwargs
            )
        else:
            result = build_case(sources, sub, detectors, keep_list, progress=progress, cancel=cancel, **kwargs)
    except BaseException:
        shutil.rmtree(sub, ignore_errors=True)  # cancelled or failed: nothing half-made stays in the case
        raise
    return Addition(sub, result)


def merge_addition(case: Case, folder: Path, addition: Addition) -> list[Document]:
    """Add the documents and proposals of `addition` to the case, with ids that follow the case's."""
    sub = addition.result.case
    base = max((int(d.id) for d in case.documents if d.id.isdigit()), default=0)
    ids = {d.id: f"{base + k + 1:04d}" for k, d in enumerate(sub.documents)}
    used = {d.output_name for d in case.documents}
    added: list[Document] = []
    for d in sub.documents:
        output = _unique_output(d.output_name, used)
        used.add(output)
        normalized = (addition.folder / d.normalized).relative_to(folder).as_posix() if d.normalized else ""
        new = dataclasses.replace(
            d, id=ids[d.id], output_name=output, normalized=normalized, parent=ids.get(d.parent, "")
        )
        case.documents.append(new)
        added.append(new)
    for p in sub.proposals.values():
        doc = ids[p.document]
        pid = hashlib.sha1(f"{doc}:{p.id}".encode()).hexdigest()[:16]
        case.proposals[pid] = dataclasses.replace(p, id=pid, document=doc)
    case.model_version = sub.model_version or case.model_version
    case.tool_version = case.tool_version or sub.tool_version
    save_case(case, folder)
    (addition.folder / CASE_FILE).unlink(missing_ok=True)
    return added


def _unique_output(name: str, used: set[str]) -> str:
    if name not in used:
        return name
    path = Path(name)
    n = 2
    while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}").as_posix()) in used:
        n += 1
    return candidate
