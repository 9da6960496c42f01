"""Pictures of pages for the review view.

PyMuPDF is not thread-safe: every call opens the file by path and closes it again, and callers
keep all calls in one thread (the GUI thread) while heavy work runs in other processes.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pymupdf

from redact.core.errors import InputFileError
from redact.core.text import PageText
from redact.pdf.extract import open_pdf, page_text

# A page rendered bigger than this many pixels on its longer side is scaled down: a zoom of 8 on an
# A0 drawing would otherwise need gigabytes.
MAX_SIDE = 12000


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Width and height in points (1/72 inch) of every page, in page order."""
    doc = open_pdf(path)
    try:
        return [(page.rect.width, page.rect.height) for page in doc]
    finally:
        doc.close()


def render_page(path: Path, page: int, zoom: float) -> bytes:
    """Page `page` (0-based) as PNG at `zoom` pixels per point, with what the page shows (annotations too)."""
    doc = open_pdf(path)
    try:
        if not 0 <= page < doc.page_count:
            raise InputFileError(str(path), f"side {page + 1} findes ikke (dokumentet har {doc.page_count} sider)")
        p = doc[page]
        longest = max(p.rect.width, p.rect.height) or 1.0
        zoom = max(0.05, min(zoom, MAX_SIDE / longest))
        pix = p.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return _png(pix)
    finally:
        doc.close()


# PNG colour types by number of colour channels: grey, RGB.
_COLOUR_TYPE = {1: 0, 3: 2}


def _png(pix: pymupdf.Pixmap) -> bytes:
    """The pixmap as PNG, compressed quickly: MuPDF's own PNG writer took most of a page flip's time
    (30 ms of 36 for an A4 page at zoom 1.5); fast deflate without row filters takes a third of
    that for a file of about the same size."""
    if pix.n not in _COLOUR_TYPE:
        return bytes(pix.tobytes("png"))
    width, height, n = pix.width, pix.height, pix.n
    rows = np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(height, pix.stride)[:, : width * n]
    raw = np.zeros((height, width * n + 1), dtype=np.uint8)  # each row starts with filter type 0 (none)
    raw[:, 1:] = rows
    header = struct.pack(">IIBBBBB", width, height, 8, _COLOUR_TYPE[n], 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(raw.tobytes(), 3)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def read_page(path: Path, page: int, ocr_languages: str = "dan") -> PageText:
    """The text of one page with a box per character (OCR for a scanned page, with the Tesseract
    data `ocr_languages`), for selecting text."""
    doc = open_pdf(path)
    try:
        if not 0 <= page < doc.page_count:
            raise InputFileError(str(path), f"side {page + 1} findes ikke (dokumentet har {doc.page_count} sider)")
        return page_text(doc[page], languages=ocr_languages)
    finally:
        doc.close()
