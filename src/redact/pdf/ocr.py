"""OCR of scanned pages with Tesseract (built into PyMuPDF), on the page as it is shown.

A page whose visible content is an image is always read by OCR, even when it has a text layer:
an earlier OCR layer may not match what the page shows, and the case handler must review what
the page shows.
"""

from __future__ import annotations

import functools
import math
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pymupdf

from redact import paths
from redact.core.geometry import Box

OCR_DPI = 300
# A page is a scan when images cover at least this share of it.
SCAN_COVERAGE = 0.5
TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)


@functools.cache
def tessdata_dir() -> str | None:
    """The language data: the data shipped with the app (in a bundle; it wins over a TESSDATA_PREFIX
    left by another Tesseract installation), then TESSDATA_PREFIX, the Debian locations, and next to
    an installed tesseract."""
    candidates = [str(paths.tessdata_dir())]
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        candidates.append(env)
    candidates += list(TESSDATA_CANDIDATES)
    exe = shutil.which("tesseract")
    if exe:
        candidates.append(str(Path(exe).resolve().parent.parent / "share" / "tessdata"))
    for c in candidates:
        if c and (Path(c) / "dan.traineddata").exists():
            return c
    return None


def ocr_available() -> bool:
    return tessdata_dir() is not None


def image_coverage(page: pymupdf.Page) -> float:
    """Share of the page area covered by images (overlaps counted once per image, capped at 1)."""
    visible = page.rect * page.derotation_matrix  # image boxes are in unrotated page space
    area = abs(visible) or 1.0
    covered = 0.0
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & visible
        covered += abs(r)
    return min(1.0, covered / area)


def is_scanned(page: pymupdf.Page) -> bool:
    return image_coverage(page) >= SCAN_COVERAGE


# The OCR render of a huge page is scaled down to this many pixels (A4 at 300 dpi is 8.7 million).
MAX_OCR_PIXELS = 40_000_000


def ocr_dpi(page: pymupdf.Page) -> int:
    inches = (page.rect.width / 72) * (page.rect.height / 72)
    return max(30, min(OCR_DPI, int(math.sqrt(MAX_OCR_PIXELS / max(inches, 1e-6)))))


def ocr_rawdict(page: pymupdf.Page, languages: str = "dan", flags: int = 0) -> dict[str, Any] | None:
    """What OCR reads on the page as it is shown, as a "rawdict", in displayed (rotated) page space.

    PyMuPDF's own `get_textpage_ocr` maps OCR boxes back with the page's derotation matrix and
    loses every word on a page rotated by 90 degrees (PyMuPDF 1.28.2); this renders the page as it
    is shown, reads it, and only scales the boxes.
    """
    return _ocr(page, languages, flags, blank=())


def ocr_text(page: pymupdf.Page, languages: str = "dan", blank: Sequence[Box] = ()) -> str:
    """The text OCR reads on the page as shown, line by line.

    `blank` boxes (displayed page space) are painted white first: a black redaction box the height
    of a line can make Tesseract give up on the whole line, and then a check would read nothing.
    """
    raw = _ocr(page, languages, 0, blank)
    if raw is None:
        return ""
    lines = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            lines.append("".join(ch["c"] for span in line.get("spans", []) for ch in span.get("chars", [])))
    return "\n".join(lines)


def _ocr(page: pymupdf.Page, languages: str, flags: int, blank: Sequence[Box]) -> dict[str, Any] | None:
    tessdata = tessdata_dir()
    if tessdata is None:
        return None
    dpi = ocr_dpi(page)
    pix = page.get_pixmap(dpi=dpi)
    zoom = dpi / 72
    for b in blank:
        r = pymupdf.IRect(int(b.x0 * zoom), int(b.y0 * zoom), math.ceil(b.x1 * zoom), math.ceil(b.y1 * zoom))
        pix.set_rect(r & pix.irect, (255,) * pix.n)
    ocr = pymupdf.open("pdf", pix.pdfocr_tobytes(compress=False, language=languages, tessdata=tessdata))
    try:
        ocr_page = ocr[0]
        unzoom = page.rect.width / (ocr_page.rect.width or 1.0)
        textpage = ocr_page.get_textpage(flags=flags, matrix=pymupdf.Matrix(unzoom, unzoom))
        return dict(ocr_page.get_text("rawdict", textpage=textpage))
    finally:
        ocr.close()
