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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

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


def image_coverage(page: pymupdf.Page, images: list[dict[str, Any]] | None = None) -> float:
    """Share of the page area covered by images (overlaps counted once per image, capped at 1).

    `images` is the page's `get_image_info()` when the caller has it (it runs the page's content)."""
    visible = page.rect * page.derotation_matrix  # image boxes are in unrotated page space
    area = abs(visible) or 1.0
    covered = 0.0
    for info in page.get_image_info() if images is None else images:
        r = pymupdf.Rect(info["bbox"]) & visible
        covered += abs(r)
    return min(1.0, covered / area)


def is_scanned(page: pymupdf.Page, images: list[dict[str, Any]] | None = None) -> bool:
    return image_coverage(page, images) >= SCAN_COVERAGE


# An image that can hold a line of text: at least this high and wide on the page (points).
LINE_HEIGHT_PT = 6.0
LINE_WIDTH_PT = 24.0


def text_images(page: pymupdf.Page, images: list[dict[str, Any]] | None = None) -> list[Box]:
    """Where the page shows images big enough to hold a line of text, in displayed page space.

    On a page with a text layer these are read by OCR as well (a pasted screenshot, a stamp, a
    scanned signature block); a page that is mostly image is read by OCR whole (`is_scanned`).
    """
    visible = page.rect * page.derotation_matrix
    rotate = page.rotation_matrix
    out: list[Box] = []
    for info in page.get_image_info() if images is None else images:
        r = pymupdf.Rect(info["bbox"]) & visible
        if r.is_empty:
            continue
        shown = r * rotate
        if shown.height >= LINE_HEIGHT_PT and shown.width >= LINE_WIDTH_PT:
            box = Box(shown.x0, shown.y0, shown.x1, shown.y1)
            if not any(b.x0 <= box.x0 and b.y0 <= box.y0 and box.x1 <= b.x1 and box.y1 <= b.y1 for b in out):
                out.append(box)
    return out


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


def ocr_area_rawdict(page: pymupdf.Page, area: Box, languages: str = "dan", flags: int = 0) -> dict[str, Any] | None:
    """What OCR reads in one area of the page as it is shown (displayed page space), as a "rawdict"."""
    return _ocr(page, languages, flags, blank=(), clip=area)


def ocr_text(
    page: pymupdf.Page, languages: str = "dan", blank: Sequence[Box] = (), areas: Sequence[Box] | None = None
) -> str:
    """The text OCR reads on the page as shown (or in `areas` of it), line by line.

    `blank` boxes (displayed page space) are painted white first: a black redaction box the height
    of a line can make Tesseract give up on the whole line, and then a check would read nothing.
    """
    lines = []
    for clip in [None] if areas is None else list(areas):
        raw = _ocr(page, languages, 0, blank, clip)
        if raw is None:
            continue
        for block in raw.get("blocks", []):
            for line in block.get("lines", []):
                lines.append("".join(ch["c"] for span in line.get("spans", []) for ch in span.get("chars", [])))
    return "\n".join(lines)


def _ocr(
    page: pymupdf.Page, languages: str, flags: int, blank: Sequence[Box], clip: Box | None = None
) -> dict[str, Any] | None:
    tessdata = tessdata_dir()
    if tessdata is None:
        return None
    dpi = ocr_dpi(page)
    region = page.rect if clip is None else pymupdf.Rect(clip.x0, clip.y0, clip.x1, clip.y1) & page.rect
    if region.is_empty:
        return None
    pix = page.get_pixmap(dpi=dpi, clip=region)
    zoom = dpi / 72
    for b in blank:  # the pixmap's own coordinates: the page's at `zoom` (a clipped one starts at pix.x, pix.y)
        r = pymupdf.IRect(int(b.x0 * zoom), int(b.y0 * zoom), math.ceil(b.x1 * zoom), math.ceil(b.y1 * zoom))
        pix.set_rect(r & pix.irect, (255,) * pix.n)
    ocr = pymupdf.open("pdf", pix.pdfocr_tobytes(compress=False, language=languages, tessdata=tessdata))
    try:
        ocr_page = ocr[0]
        unzoom = pix.width / zoom / (ocr_page.rect.width or 1.0)
        textpage = ocr_page.get_textpage(flags=flags, matrix=pymupdf.Matrix(unzoom, unzoom))
        raw = dict(ocr_page.get_text("rawdict", textpage=textpage))
    finally:
        ocr.close()
    if clip is not None:  # a translation in the text page's matrix loses every word: shift afterwards
        _shift(raw, pix.x / zoom, pix.y / zoom)
    return raw


def _shift(raw: dict[str, Any], dx: float, dy: float) -> None:
    def moved(b: Any) -> tuple[float, float, float, float]:
        return (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)

    for block in raw.get("blocks", []):
        block["bbox"] = moved(block["bbox"])
        for line in block.get("lines", []):
            line["bbox"] = moved(line["bbox"])
            for span in line.get("spans", []):
                span["bbox"] = moved(span["bbox"])
                for ch in span.get("chars", []):
                    ch["bbox"] = moved(ch["bbox"])
                    ch["origin"] = (ch["origin"][0] + dx, ch["origin"][1] + dy)


_Page = TypeVar("_Page")
_Read = TypeVar("_Read")


def pages_in_processes(
    work: Callable[[str, list[_Page], str], list[_Read]], path: Path, pages: list[_Page], languages: str, jobs: int
) -> list[_Read]:
    """`work(path, some_pages, languages)` over all `pages` of one file in `jobs` processes, each
    opening the file by its path (PyMuPDF is not thread-safe), and what each gave, chunk by chunk.
    The pages are dealt out interleaved, so costly pages (a dense scan) are spread over the processes."""
    from concurrent.futures import ProcessPoolExecutor

    chunks = [pages[i :: jobs * 2] for i in range(jobs * 2)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(work, [str(path)] * len(chunks), chunks, [languages] * len(chunks))
        return [read for chunk in results for read in chunk]
