"""A document of the case: one input file (or one attachment) normalised to a PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    READY = "ready"  # converted and detected
    FAILED = "failed"  # could not be read; `error` says why


@dataclass(frozen=True, slots=True)
class Document:
    id: str  # stable within the case, e.g. "0001"
    title: str
    source: str  # absolute path of the original (never modified)
    source_sha256: str
    output_name: str  # relative path in the output folder, e.g. "brev.pdf"
    normalized: str = ""  # relative path of the normalised PDF in the case's work folder
    converter: str = ""  # which converter made the PDF, e.g. "LibreOffice 7.4 (headless)"
    pages: int = 0
    pages_without_text: tuple[int, ...] = ()  # 0-based pages with no text layer: not checked
    parent: str = ""  # for an e-mail attachment: the e-mail's document id
    status: Status = Status.READY
    error: str = ""
    warnings: tuple[str, ...] = field(default=())
    # The document's language (core.language codes): detected, or set by the case handler. It picks
    # the detectors' lists, the NER model, the OCR data and the legal bases. "" in older case files
    # means Danish.
    language: str = ""
    language_set_by_user: bool = False
    # The first document (in case order) with the same text: word for word, or with other headers
    # or stamps (`near_duplicate`). Decisions on one apply to the same passages in its copies.
    duplicate_of: str = ""
    near_duplicate: bool = False
    thread: str = ""  # an e-mail of a thread: the id of the thread's first e-mail in the case
