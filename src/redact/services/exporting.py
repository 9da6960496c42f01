"""Writing the redacted, verified PDFs of a case (the release package builds on this), and a preview.

A document whose export fails verification gets no file; the rest go on. The GUI runs the export
in a fresh process (services.worker).
"""

from __future__ import annotations

import dataclasses
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from redact.core.case import Case
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import ExitCode, InputFileError, UsageError, VerificationError
from redact.core.geometry import Box
from redact.core.language import tesseract_languages
from redact.core.legal import LegalBasis
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.services.cases import Failure
from redact.services.legal import loaded_bases
from redact.services.worker import CallsOnDemand, forks_workers, in_processes, loaded_kept, run_isolated


@dataclass
class ExportOutcome:
    written: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)  # documents with pages that had no text layer
    redactions: dict[str, int] = field(default_factory=dict)
    pages: int = 0


AreaSpec = tuple[int, list[list[float]], str, str, bool]


def _export_one(
    normalized: Path, areas: list[AreaSpec], target: Path, ocr_languages: str = "dan", ocr_jobs: int = 1
) -> int:
    from redact.pdf.redactor import Area, redact_pdf
    from redact.store.original import load_original_reading

    parts = [
        Area(p, tuple(Box.from_list(b) for b in boxes), text, label, whole) for p, boxes, text, label, whole in areas
    ]
    # The reading detection kept of this very file, if any: the export need not analyse every page again.
    original = load_original_reading(normalized)
    return redact_pdf(normalized, parts, target, ocr_languages, original, ocr_jobs=ocr_jobs).pages


def export_case(
    case: Case,
    folder: Path,
    out_dir: Path,
    jobs: int = 1,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportOutcome:
    """Write one verified, redacted PDF per document. A document that fails verification gets no file."""
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    outcome = ExportOutcome()
    docs = [d for d in case.documents if d.status is Status.READY]
    by_document = case.redactions_by_document()  # once: asked per document it grew with documents times proposals
    for d in docs:
        for r in by_document.get(d.id, []):
            entity = case.proposals[r.source].entity.value if r.source in case.proposals else Entity.MANUAL.value
            outcome.redactions[entity] = outcome.redactions.get(entity, 0) + 1

    def call(i: int) -> tuple[Path, list[AreaSpec], Path, str]:
        """The export of `docs[i]`, made when it is about to run (a 10,000-page request's areas of
        every document took tens of megabytes when all were made first); its redactions go then."""
        d = docs[i]
        reds = by_document.pop(d.id, [])
        areas: list[AreaSpec] = [(r.page, [b.as_list() for b in r.boxes], r.text, r.label, r.whole_area) for r in reds]
        return folder / d.normalized, areas, out_dir / d.output_name, _ocr_languages(d)

    progress.start(len(docs), "Eksporterer redigerede PDF'er")

    def record(d: Document, pages: int | None, error: str, code: ExitCode = ExitCode.OK) -> None:
        if error:
            outcome.failures.append(Failure(d.source, error, code))
            progress.advance(1, d.output_name, failed=True)
            return
        outcome.written.append(d.output_name)
        outcome.pages += pages or 0
        if d.pages_without_text:
            outcome.not_checked.append(d.output_name)
        progress.advance(1, d.output_name)

    if jobs <= 1 or len(docs) <= 1:
        for i, d in enumerate(docs):
            cancel.check()
            try:
                # One document alone: its scanned pages are checked by OCR in `jobs` processes.
                record(d, _export_one(*call(i), ocr_jobs=max(1, jobs)), "")
            except (VerificationError, InputFileError) as exc:
                record(d, None, exc.message, exc.exit_code)
            except Exception as exc:  # one broken document must not stop the export of the rest
                record(d, None, _unexpected(d, exc), ExitCode.INTERNAL)
    else:
        calls = CallsOnDemand(len(docs), call)
        sizes = [d.pages for d in docs]  # the longest documents first: no lone long one at the end
        # Forked workers inherit this process's objects; none of them walks them (worker.loaded_kept).
        with loaded_kept() if forks_workers() else nullcontext():
            for i, fut in in_processes(_export_one, calls, jobs, cancel, in_order=True, sizes=sizes):
                d = docs[i]
                try:
                    record(d, fut.result(), "")
                except (VerificationError, InputFileError) as exc:
                    record(d, None, exc.message, exc.exit_code)
                except Exception as exc:
                    record(d, None, _unexpected(d, exc), ExitCode.INTERNAL)
    progress.finish()
    return outcome


def _ocr_languages(d: Document) -> str:
    """A scan is checked by OCR in its document's language, as it was read: Swedish "å" and "ä" or
    Norwegian "ø" read with Danish data come out otherwise, and a name would not be recognised."""
    return tesseract_languages(d.language or "da")


def _unexpected(d: Document, exc: Exception) -> str:
    return f"{d.output_name}: uventet fejl ved eksport: {type(exc).__name__}: {exc}"


def check_export_folder(case: Case, out_dir: Path) -> None:
    """Refuse a folder where the export would write next to an original (or over one)."""
    out = out_dir.resolve()
    sources = {Path(d.source).resolve() for d in case.documents if d.source}
    source_dirs = {s.parent for s in sources}
    for d in case.documents:
        if d.status is not Status.READY:
            continue
        target = (out / d.output_name).resolve()
        if target in sources or target.parent in source_dirs:
            raise UsageError(
                f"{out_dir}: eksporten ville lægge filer ved siden af originalerne ({target.parent}); "
                "vælg en anden mappe"
            )


def export_documents(
    case: Case,
    folder: Path,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
) -> ExportOutcome:
    """Write the verified, redacted PDFs of the case to `out_dir` (see `cases.export_case`)."""
    check_export_folder(case, out_dir)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    if isolated:
        return run_isolated(export_case, case, folder, out_dir, progress=progress, cancel=cancel)
    return export_case(case, folder, out_dir, progress=progress, cancel=cancel)


# duplicates: the parameters of export_documents above, on purpose: a preview is exported exactly as the export.
def preview_document(
    case: Case,
    folder: Path,
    doc_id: str,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
    bases: dict[str, LegalBasis] | None = None,
) -> Path:
    """The released version of one document, exported and verified exactly as the export does:
    the boxes carry the labels of the loaded legal bases (as the package does), never their codes."""
    doc = case.document(doc_id)
    labels = {code: b.label for code, b in (bases if bases is not None else loaded_bases()).items()}
    one = dataclasses.replace(case, documents=[doc], labels={**labels, **case.labels})
    outcome = export_documents(one, folder, out_dir, progress, cancel, isolated)
    if outcome.failures:
        raise VerificationError(outcome.failures[0].error)
    return out_dir / doc.output_name
