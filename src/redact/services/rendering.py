"""The pages of a case's documents as pictures and as text, for the page view."""

from __future__ import annotations

from pathlib import Path

from redact.core.case import Case
from redact.core.document import Status
from redact.core.errors import RedactError
from redact.core.language import tesseract_languages
from redact.core.text import PageText
from redact.pdf import render


def _pdf(case: Case, folder: Path, doc_id: str) -> Path:
    doc = case.document(doc_id)
    if doc.status is not Status.READY or not doc.normalized:
        raise RedactError(f"{doc.title}: dokumentet kunne ikke læses: {doc.error}")
    return folder / doc.normalized


def page_sizes(case: Case, folder: Path, doc_id: str) -> list[tuple[float, float]]:
    return render.page_sizes(_pdf(case, folder, doc_id))


def render_page(case: Case, folder: Path, doc_id: str, page: int, zoom: float) -> bytes:
    return render.render_page(_pdf(case, folder, doc_id), page, zoom)


def render_file_page(path: Path, page: int, zoom: float) -> bytes:
    """A page of another PDF, e.g. a preview of the released version."""
    return render.render_page(path, page, zoom)


def file_page_sizes(path: Path) -> list[tuple[float, float]]:
    return render.page_sizes(path)


def page_text(case: Case, folder: Path, doc_id: str, page: int) -> PageText:
    """A page's text for selecting it; a scan is read in the document's language."""
    languages = tesseract_languages(case.document(doc_id).language or "da")
    return render.read_page(_pdf(case, folder, doc_id), page, languages)
