"""Turning input files into documents with proposals: convert, read the text, detect.

`process_file` runs in worker processes for `--jobs N` (PyMuPDF is not thread-safe), so it takes
and returns only plain, picklable values and reopens every file by path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from redact.core.dedup import content_hash, signature
from redact.core.detector import Detector, Refiner, detect_all
from redact.core.errors import InputFileError
from redact.core.finding import Finding, resolve_overlaps
from redact.core.geometry import Box
from redact.core.language import family, tesseract_languages
from redact.core.text import PageText, ocr_digit_fix
from redact.ingest import Converted, convert_file
from redact.ingest.limits import MAX_PAGE_CHARS
from redact.ingest.thread import ThreadHeaders, read_thread_headers
from redact.pdf import take_mupdf_messages
from redact.pdf.extract import read_document_with_original
from redact.pdf.probe import language_sample
from redact.store.original import file_digest, write_original_reading
from redact.store.textindex import write_text_index

# Findings scoring below this are not proposed (a detector's "maybe" that needs more evidence).
MIN_PROPOSAL_SCORE = 0.45


@dataclass(slots=True)  # tens of thousands in a large request's main process: no dict each
class PageFinding:
    page: int
    finding: Finding
    boxes: tuple[Box, ...]


@dataclass
class DocResult:
    title: str
    pdf: Path
    converter: str
    pages: int
    pages_without_text: tuple[int, ...]
    findings: list[PageFinding]
    text: str
    attachment_of: int = -1
    name: str = ""
    warnings: list[str] = field(default_factory=list)
    ocr_pages: dict[int, PageText] = field(default_factory=dict)
    language: str = "da"
    # For grouping the same text and e-mail threads (core/dedup.py), computed where the text is read.
    content_hash: str = ""
    signature: tuple[int, ...] = ()
    thread: ThreadHeaders = field(default_factory=ThreadHeaders)


FileTask = tuple[int, Path, Path, str]  # source index, source path, work folder, stem of its PDFs


@dataclass
class FileResult:
    index: int
    source: Path
    documents: list[DocResult] = field(default_factory=list)
    error: str = ""


def _language_of(forced: str | None) -> Callable[[str], str]:
    """How conversion tells a text's language (an e-mail's header is laid out in it): the language
    the case handler chose for the whole request, or the one detected."""
    if forced is not None:
        return lambda _text: forced
    from redact.detect.language import detect_language

    return detect_language


def document_language(pdf: Path, fallback: str = "da") -> str:
    """The language of a normalised PDF, told from a sample of its text (see pdf.probe)."""
    from redact.detect.language import detect_language

    return detect_language(language_sample(pdf), fallback)


def detect_pdf(
    pdf: Path,
    detectors: list[Detector],
    language: str | None = None,
    warnings: list[str] | None = None,
    ocr_jobs: int = 1,
) -> tuple[int, tuple[int, ...], list[PageFinding], str, dict[int, PageText], str]:
    """Read and detect one PDF in `language`, or in the language detected from its text (None).

    `warnings` receives what the reading found hidden in the document (for the report); with
    `ocr_jobs` > 1 its scanned pages are read by OCR in that many processes."""
    pages, language = read_pdf(pdf, language, warnings, ocr_jobs)
    return detect_pages(pages, detectors, language)


def read_pdf(
    pdf: Path, language: str | None = None, warnings: list[str] | None = None, ocr_jobs: int = 1
) -> tuple[list[PageText], str]:
    """The reading half of `detect_pdf`, which needs no detector: the language (when not given),
    the pages (OCR included), and the case's text index and kept reading written."""
    if language is None:
        language = document_language(pdf)
    digest = file_digest(pdf)  # of the file as read: the kept reading serves this content only
    pages, hidden, original = read_document_with_original(pdf, tesseract_languages(language), jobs=ocr_jobs)
    if warnings is not None:
        warnings += hidden
    for pt in pages:
        if len(pt.text) > MAX_PAGE_CHARS:  # detection and review cost grows with it; no real page is near
            raise InputFileError(
                str(pdf),
                f"side {pt.page + 1} har {len(pt.text):,} tegn; grænsen er {MAX_PAGE_CHARS:,} tegn pr. side, "
                "så siden kan ikke gennemgås sikkert".replace(",", "."),
            )
    write_text_index(pdf, pages)  # the case's search reads this, never the PDF again
    if original is not None:
        write_original_reading(pdf, original, digest)  # the export reads this, not every page again
    return pages, language


def detect_pages(
    pages: list[PageText], detectors: list[Detector], language: str
) -> tuple[int, tuple[int, ...], list[PageFinding], str, dict[int, PageText], str]:
    """The detection half of `detect_pdf`, on the pages `read_pdf` read."""
    found: list[PageFinding] = []
    read = [pt for pt in pages if pt.has_text_layer]
    texts = [ocr_digit_fix(pt.text) if pt.ocr else pt.text for pt in read]
    for pt, findings in zip(read, find_in_texts(texts, detectors, language), strict=True):
        for f in findings:
            if pt.ocr:
                f = replace(f, text=pt.text[f.start : f.end], reason=f.reason + " (læst med OCR)")
            boxes = tuple(pt.boxes_for(f.start, f.end))
            if boxes:
                found.append(PageFinding(pt.page, f, boxes))
    empty = tuple(pt.page for pt in pages if not pt.has_text_layer)
    ocr_pages = {pt.page: pt for pt in pages if pt.ocr}  # kept: OCR is the slow part, never run twice
    return len(pages), empty, found, "\n".join(pt.text for pt in pages), ocr_pages, language


def find_in_texts(texts: list[str], detectors: list[Detector], language: str) -> list[list[Finding]]:
    """What is proposed in each of `texts` (a document's pages), in `language`: each detector over
    every page at once (a model runs the pages in batches), then page by page the refiners, the
    score threshold and the overlaps resolved."""
    by_detector = [detect_all(detector, texts, language) for detector in detectors]
    # Asked once, not per page: whether an object is a Refiner is a slow check of its attributes.
    refiners = [detector for detector in detectors if isinstance(detector, Refiner)]
    out: list[list[Finding]] = []
    for n, text in enumerate(texts):
        findings: list[Finding] = [f for each in by_detector for f in each[n]]
        for refiner in refiners:
            findings = refiner.refine(text, findings, language)
        out.append(resolve_overlaps([f for f in findings if f.score >= MIN_PROPOSAL_SCORE]))
    return out


@dataclass
class DocReading:
    """One document of an input file as the reading stage leaves it (`read_document`): everything
    detection needs, and nothing that is not plain, picklable data."""

    converted: Converted
    pages: list[PageText]
    language: str
    thread: ThreadHeaders


@dataclass
class FileReading:
    """An input file read (`read_file`), ready for `detect_reading`; `error` when it could not be."""

    index: int
    source: Path
    documents: list[DocReading] = field(default_factory=list)
    error: str = ""
    mupdf_messages: int = 0  # what MuPDF complained of while reading it


def read_document(c: Converted, source: Path, language: str | None = None, ocr_jobs: int = 1) -> DocReading:
    pages, lang = read_pdf(c.pdf, language, c.warnings, ocr_jobs)
    headers = read_thread_headers(source) if c.attachment_of < 0 else ThreadHeaders()
    return DocReading(c, pages, lang, headers)


def detect_document(d: DocReading, detectors: list[Detector]) -> DocResult:
    c = d.converted
    pages, empty, found, text, ocr_pages, lang = detect_pages(d.pages, detectors, d.language)
    return DocResult(
        c.title,
        c.pdf,
        c.converter,
        pages,
        empty,
        found,
        text,
        c.attachment_of,
        c.name,
        c.warnings,
        ocr_pages,
        lang,
        content_hash(text),
        signature(text),
        d.thread,
    )


def process_file(
    index: int,
    source: Path,
    workdir: Path,
    stem: str,
    detectors: list[Detector],
    language: str | None = None,
    ocr_jobs: int = 1,
) -> FileResult:
    """Convert and detect one input file; `language` forces a language, None detects it per document.
    `ocr_jobs` > 1 reads its scanned pages by OCR in that many processes (a request of one file).
    The same as `detect_reading(read_file(...))`, a document read and detected at a time."""
    result = FileResult(index, source)
    take_mupdf_messages()  # what an earlier file left behind
    try:
        for c in convert_file(source, workdir, stem, language_of=_language_of(language)):
            result.documents.append(detect_document(read_document(c, source, language, ocr_jobs), detectors))
        _note_damage(result, len(take_mupdf_messages()))
    except Exception as exc:  # a bug or a library failure on one file must not stop the batch
        result.error = _failure(exc)
        result.documents = []
    return result


def read_file(
    index: int, source: Path, workdir: Path, stem: str, language: str | None = None, ocr_jobs: int = 1
) -> FileReading:
    """The reading stage of `process_file`: convert the file and read its documents (no detector
    needed); a file that cannot be read gives the failure `process_file` gives."""
    reading = FileReading(index, source)
    take_mupdf_messages()  # what an earlier file left behind
    try:
        converted = convert_file(source, workdir, stem, language_of=_language_of(language))
        reading.documents = [read_document(c, source, language, ocr_jobs) for c in converted]
        reading.mupdf_messages = len(take_mupdf_messages())
    except Exception as exc:  # as in process_file
        reading.error = _failure(exc)
        reading.documents = []
    return reading


def detect_reading(reading: FileReading, detectors: list[Detector]) -> FileResult:
    """The detection stage of `process_file`, on what `read_file` read: the same FileResult."""
    result = FileResult(reading.index, reading.source, error=reading.error)
    if reading.error:
        return result
    try:
        result.documents = [detect_document(d, detectors) for d in reading.documents]
        _note_damage(result, reading.mupdf_messages)
    except Exception as exc:  # as in process_file
        result.error = _failure(exc)
        result.documents = []
    return result


def _failure(exc: Exception) -> str:
    """The one line a file's failure gets: an input error's own reason, or what went wrong."""
    if isinstance(exc, InputFileError):
        return exc.reason
    return f"uventet fejl ved behandling: {type(exc).__name__}: {exc}"


def _note_damage(result: FileResult, messages: int) -> None:
    if messages and result.documents:
        result.documents[0].warnings.append(damaged_warning(messages))


def damaged_warning(messages: int) -> str:
    """MuPDF's own messages never reach the terminal (redact.pdf); the user is told this instead."""
    return (
        f"filen har fejl i indholdet: PDF-læseren meldte {messages} fejl undervejs. Det, der kunne læses, er "
        "med, men sider kan mangle indhold; sammenlign med originalen"
    )


# Detectors of a worker process, built once by its initializer (loading models is slow).
_worker_detectors: list[Detector] = []


# An invented letter in a few lines: detecting in it once loads what the first page of a request
# needs (the model, the lists, the word frequencies), which the detectors load on first use.
_WARM_UP = (
    "Kære Jens Hansen\n\nVi har modtaget din ansøgning af 3. marts om boligstøtte. Du kan ringe til "
    "sagsbehandleren på tlf. 12 34 56 78, hvis du har spørgsmål.\n\nVenlig hilsen\nBorgerservice"
)


def init_worker() -> None:
    from redact.detect.factory import build_detectors

    _worker_detectors[:] = build_detectors()


def preload_worker_detectors(language: str | None = None, reading: bool = True) -> None:
    """Build the workers' detectors in this process and load what they need for `language` (Danish
    when the language is told per document), before worker processes are forked from it: they
    inherit all of it, where each of them used to load the same again on its first file (about
    four CPU-seconds a worker). Other languages are still loaded by a worker on first use. Without
    `reading` (the files are read elsewhere: services/readahead.py) the language classifier is
    left to a worker that reads a file after all."""
    from redact.detect.evidence import name_evidence
    from redact.detect.language import detect_language

    language = language or "da"
    init_worker()
    if reading:
        detect_language(_WARM_UP)
    find_in_texts([_WARM_UP], _worker_detectors, language)
    # A long word on no name list and in no dictionary, as at the edge of a found name: asking
    # whether it is an ordinary word loads the word frequencies and spelling dictionaries of the
    # language and its neighbours (three CPU-seconds of a worker's first file otherwise).
    name_evidence(family(language)).ordinary("Xqzvrendtbly", language)


def process_file_in_worker(
    index: int, source: Path, workdir: Path, stem: str, language: str | None = None
) -> FileResult:
    return process_file(index, source, workdir, stem, _worker_detectors, language)


def detect_reading_in_worker(reading: FileReading) -> FileResult:
    return detect_reading(reading, _worker_detectors)
