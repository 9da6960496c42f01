"""`redact batch`: a whole request from files to a case folder (and, with auto-accept, to PDFs)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact import __version__
from redact.core.case import Case
from redact.core.detector import Detector
from redact.core.document import Status
from redact.core.errors import UsageError
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, Progress
from redact.services.cases import Failure, FileRunner, build_case, current_user
from redact.services.decisions import accept_all_open
from redact.services.exporting import export_case
from redact.services.resume import journal_path
from redact.services.sources import Skipped, collect_sources
from redact.services.worker import loaded_kept
from redact.store.casefile import CASE_FILE, LOG_FILE, WORK_DIR, save_case
from redact.store.lock import CaseLock

REPORT_FILE = "report.json"
# With --auto-accept the released PDFs go here, apart from the working files beside it (sag.redact and
# sag-log.jsonl hold the redacted texts in clear, sag-filer/ the unredacted documents): hand out this
# folder, never the case folder.
RELEASE_DIR = "udlevering"


@dataclass
class BatchReport:
    out_dir: str
    files: int = 0
    documents: int = 0
    pages: int = 0
    proposals: dict[str, int] = field(default_factory=dict)
    redactions: dict[str, int] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)
    converters: dict[str, int] = field(default_factory=dict)
    converter_of: dict[str, str] = field(default_factory=dict)  # output name -> converter (and text encoding)
    warnings: list[str] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)  # language code -> documents
    language_of: dict[str, str] = field(default_factory=dict)  # output name -> language code
    failures: list[Failure] = field(default_factory=list)
    auto_accepted: int = 0
    case_file: str = ""
    release_dir: str = ""  # with auto-accept: the folder that may be handed out
    resumed: int = 0  # files an earlier, stopped run of the batch had done already

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_json(self) -> dict[str, Any]:
        return {
            "tool_version": __version__,
            "out_dir": self.out_dir,
            "case_file": self.case_file,
            "release_dir": self.release_dir,
            "files": self.files,
            "resumed_files": self.resumed,
            "documents": self.documents,
            "pages": self.pages,
            "proposals_per_entity": self.proposals,
            "auto_accepted": self.auto_accepted,
            "redactions_per_entity": self.redactions,
            "written": self.written,
            "not_checked_no_text_layer": self.not_checked,
            "converters": self.converters,
            "converter_per_document": self.converter_of,
            "languages": self.languages,
            "language_per_document": self.language_of,
            "warnings": self.warnings,
            "failed": [{"file": f.file, "error": f.error} for f in self.failures],
        }


def run_batch(
    sources_args: list[Path],
    out_dir: Path,
    detectors: Callable[[], list[Detector]],
    keep_list: KeepList,
    auto_accept: bool,
    jobs: int,
    model_version: str,
    progress: Callable[[], Progress],
    cancel: CancelToken | None = None,
    resume: bool = False,
    runner: FileRunner | None = None,
    export_jobs: int = 0,
    language: str | None = None,
    title: str = "",
    journal: str = "",
    own_bases: tuple[Path, ...] = (),
) -> BatchReport:
    """Build the case in `out_dir` (and with `auto_accept` export it). With `resume`, a batch that was
    stopped goes on where it stopped; without it, an existing case in `out_dir` is refused. The case
    gets `title` (default: the folder's name) and `journal`, for the aktliste, stamp and decision;
    its proposals the legal basis suggested for their category, the authority's `own_bases` too."""
    skipped: list[Skipped] = []
    sources = collect_sources(sources_args, out_dir, skipped)
    # One writer at a time (the lock creates out_dir). What the batch loads and builds stays out of
    # the collector's sight until it ends, between its pools too (worker.loaded_kept).
    with CaseLock(out_dir, current_user(), "redact batch"), loaded_kept():
        refuse_existing_case(out_dir, resume)
        if not (out_dir / CASE_FILE).exists():
            # From the first moment the folder holds a case that opens (empty until the batch is done).
            first = Case(title or out_dir.name, journal, tool_version=__version__, model_version=model_version)
            save_case(first, out_dir)
        built = build_case(
            sources,
            out_dir,
            detectors,
            keep_list,
            title=title,
            journal=journal,
            own_bases=own_bases,
            model_version=model_version,
            jobs=jobs,
            progress=progress(),
            cancel=cancel,
            resume=resume,
            runner=runner,
            language=language,
        )
        case = built.case
        report = BatchReport(
            str(out_dir), files=len(sources), case_file=str(out_dir / CASE_FILE), resumed=built.resumed
        )
        report.failures.extend(Failure(str(s.path), s.reason) for s in skipped)
        report.failures.extend(built.failures)
        ready = [d for d in case.documents if d.status is Status.READY]
        report.documents = len(ready)
        report.pages = sum(d.pages for d in ready)
        report.proposals = dict(Counter(p.entity.value for p in case.proposals.values()))
        report.converters = dict(Counter(d.converter for d in ready))
        report.converter_of = {d.output_name: d.converter for d in ready}
        report.languages = dict(Counter(d.language or "da" for d in ready))
        report.language_of = {d.output_name: d.language or "da" for d in ready}
        for d in ready:
            report.warnings += [f"{d.output_name}: {w}" for w in d.warnings]
            if d.pages_without_text:
                pages = ", ".join(str(p + 1) for p in d.pages_without_text)
                report.warnings.append(f"{d.output_name}: side {pages} har intet tekstlag og er ikke kontrolleret")
        if auto_accept:
            report.auto_accepted = accept_all_open(case, out_dir, f"{current_user()} (--auto-accept)")
            report.release_dir = str(out_dir / RELEASE_DIR)
            outcome = export_case(
                case, out_dir, out_dir / RELEASE_DIR, jobs=export_jobs or jobs, progress=progress(), cancel=cancel
            )
            report.written = outcome.written
            report.not_checked = outcome.not_checked
            report.redactions = outcome.redactions
            report.failures.extend(outcome.failures)
        (out_dir / REPORT_FILE).write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        return report


def refuse_existing_case(out_dir: Path, resume: bool) -> None:
    """A batch writes a new case: it must never replace one (a reviewed case's log would then apply
    its decisions to other documents) nor mix with the working files of another case. With
    `resume`, the case of a stopped batch (its case file or journal) is continued instead."""
    started = (out_dir / CASE_FILE).exists() or journal_path(out_dir).exists()
    if resume and started:
        return
    found = [name for name in (CASE_FILE, LOG_FILE, WORK_DIR) if (out_dir / name).exists()]
    if found:
        raise UsageError(
            f"{out_dir}: mappen indeholder allerede en sag ({', '.join(found)}); en ny batch ville erstatte den. "
            + (
                "Den er ikke en afbrudt batch, så --resume kan ikke fortsætte den; vælg en ny, tom uddatamappe"
                if resume
                else "Vælg en ny, tom uddatamappe, eller fortsæt en afbrudt batch i samme mappe med --resume"
            )
        )
