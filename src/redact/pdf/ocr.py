"""OCR of scanned pages with Tesseract, through PyMuPDF's OCR text page.

A page whose visible content is an image is always read by OCR, even when it has a text layer:
an earlier OCR layer may not match what the page shows, and the case handler must review what
the page shows.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pymupdf

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
    """The language data: TESSDATA_PREFIX, then the Debian locations, then next to a bundled app."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = [env] if env else []
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
    area = abs(page.rect) or 1.0
    covered = 0.0
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & page.rect
        covered += abs(r)
    return min(1.0, covered / area)


def is_scanned(page: pymupdf.Page) -> bool:
    return image_coverage(page) >= SCAN_COVERAGE


def ocr_textpage(page: pymupdf.Page, languages: str = "dan") -> pymupdf.TextPage | None:
    tessdata = tessdata_dir()
    if tessdata is None:
        return None
    return page.get_textpage_ocr(language=languages, dpi=OCR_DPI, full=True, tessdata=tessdata)


def ocr_text(page: pymupdf.Page, languages: str = "dan") -> str:
    tp = ocr_textpage(page, languages)
    return "" if tp is None else str(page.get_text(textpage=tp))
