"""The pages of a case's documents as pictures and as text, for the page view."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from redact.core.case import Case
from redact.core.document import Status
from redact.core.errors import RedactError
from redact.core.language import tesseract_languages
from redact.core.text import PageText
from redact.pdf import render
from redact.services.worker import background_pool
from redact.store.textindex import read_text_index


def page_file(case: Case, folder: Path, doc_id: str) -> Path:
    """The PDF whose pages the review shows for a document (its normalised copy)."""
    return _pdf(case, folder, doc_id)


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
    """A page's text for selecting it: as the document was read when it was detected, from the
    case's text index (a scan is OCR-read once, when it joins the case, not again each time the
    case handler selects on it); read from the PDF, a scan in the document's language, only for
    a case without a valid index."""
    pdf = _pdf(case, folder, doc_id)
    index = read_text_index(pdf)
    if index is not None and 0 <= page < len(index):
        with contextlib.suppress(OSError):  # an incomplete index: read the page itself
            return index.page(page)
    languages = tesseract_languages(case.document(doc_id).language or "da")
    return render.read_page(pdf, page, languages)


Key = tuple[str, int, float]  # file, page, zoom


def _key(path: Path, page: int, zoom: float) -> Key:
    return (str(path), page, round(zoom, 4))


class RenderAhead:
    """Pages rendered in a process of their own before they are needed: the pages after the one
    shown, thumbnails. The review's own thread then only decodes a finished picture (PyMuPDF never
    runs in two threads of one process). Pictures wait until taken; at most `keep` of them, the
    oldest given up first, so memory stays bounded however far the case handler scrolls.
    """

    def __init__(self, keep: int = 64) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: OrderedDict[Key, Future[bytes]] = OrderedDict()
        self._keep = keep
        self.asked = 0  # jobs handed to the other process (tests, benchmarks)

    def ask(self, path: Path, page: int, zoom: float) -> None:
        """Start rendering a page unless it is rendered or on its way already."""
        key = _key(path, page, zoom)
        if key in self._jobs:
            return
        if self._pool is None:
            self._pool = background_pool(1)
        self._jobs[key] = self._pool.submit(render.render_page, path, page, zoom)
        self.asked += 1
        while len(self._jobs) > self._keep:
            _, oldest = self._jobs.popitem(last=False)
            oldest.cancel()

    def take(self, path: Path, page: int, zoom: float) -> bytes | None:
        """The finished picture of a page (given up by this object), or None when it is not ready
        or could not be made (the caller renders it itself and shows the error)."""
        key = _key(path, page, zoom)
        job = self._jobs.get(key)
        if job is None or not job.done():
            return None
        del self._jobs[key]
        if job.cancelled() or job.exception() is not None:
            return None
        return job.result()

    def pending(self) -> bool:
        return any(not job.done() for job in self._jobs.values())

    def finished(self) -> list[tuple[Path, int, float]]:
        """The pages whose pictures are ready to be taken."""
        return [(Path(k[0]), k[1], k[2]) for k, job in self._jobs.items() if job.done() and not job.cancelled()]

    def forget(self, path: Path) -> None:
        """Give up the pages of one file (another document is shown)."""
        for key in [k for k in self._jobs if k[0] == str(path)]:
            self._jobs.pop(key).cancel()

    def close(self) -> None:
        self._jobs.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
