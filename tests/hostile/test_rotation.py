"""Pages rotated by 90, 180 and 270 degrees: boxes lie on the text the reader sees, and so do the redactions.

PyMuPDF extracts text in unrotated page space while a rendered page (and the review) is rotated;
`PageText` boxes are in the displayed space and `redactor` turns them back.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.geometry import Box
from redact.pdf.ocr import ocr_available, ocr_text
from tests.support import hostile_builders as builders
from tests.support.pipeline import assert_gone, release

ROTATIONS = builders.ROTATIONS


def union(boxes: list[Box | None]) -> Box:
    real = [b for b in boxes if b is not None]
    out = real[0]
    for b in real[1:]:
        out = out.union(b)
    return out


def darkness(page: pymupdf.Page, box: Box) -> float:
    """Share of dark pixels inside a box of displayed page space, on the page as it is shown."""
    pix = page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    x0, y0 = max(0, int(box.x0)), max(0, int(box.y0))
    x1, y1 = min(pix.width, int(box.x1)), min(pix.height, int(box.y1))
    values = [pix.pixel(x, y)[0] for y in range(y0, y1) for x in range(x0, x1)]
    return sum(1 for v in values if v < 100) / max(1, len(values))


def label_direction(page: pymupdf.Page) -> tuple[int, int]:
    """The writing direction of the redaction label as the reader sees it ((1, 0) is left to right)."""
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            if "§" in "".join(span["text"] for span in line["spans"]):
                m = page.rotation_matrix
                d = pymupdf.Point(line["dir"]) * pymupdf.Matrix(m.a, m.b, m.c, m.d, 0, 0)
                return (round(d.x), round(d.y))
    raise AssertionError("no label")


def test_text_boxes_and_redactions_land_on_the_shown_text_on_every_rotation(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.rotated_pdf(tmp_path / "drejet.pdf")
    released = release(src, tmp_path, [presidio_detector])
    [pages] = released.pages
    [out] = released.outputs
    original, result = pymupdf.open(src), pymupdf.open(out)
    try:
        for number, rotation in enumerate(ROTATIONS):
            pt = pages[number]
            assert (pt.width, pt.height) == ((842, 595) if rotation in (90, 270) else (595, 842))
            cpr = f"120384-{1000 + rotation}"
            assert cpr in released.proposed
            start = pt.text.index(cpr)
            box = union(list(pt.boxes[start : start + len(cpr)]))
            # The text was set at (72 + width of "CPR ", baseline 100) of the page as shown.
            assert 90 < box.x0 < 110 and box.y0 < 100 < box.y1 + 4, (rotation, box)
            assert darkness(original[number], box) > 0.1  # on the text as the reader sees it
            # The redaction is there, black (with its white label), and the text around it survives.
            [proposal] = [pf for pf in released.documents[0].findings if pf.page == number and pf.finding.text == cpr]
            for drawn in proposal.boxes:
                assert darkness(result[number], drawn) > 0.6, (rotation, drawn)
            words = result[number].get_text()
            assert cpr not in words and "Slut" in words and f"Side drejet {rotation} grader" in words
            assert "§ 30, nr. 1" in words.replace("\n", " ")
            assert label_direction(result[number]) == (1, 0), rotation  # upright for the reader
    finally:
        original.close()
        result.close()
    assert_gone(out, [f"120384-{1000 + r}" for r in ROTATIONS])


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish data is installed by make setup")
def test_rotated_scans_are_read_by_ocr_and_redacted_in_the_pixels(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.rotated_scan_pdf(tmp_path / "skanning.pdf")
    released = release(src, tmp_path, [presidio_detector])
    [pages] = released.pages
    assert all(pt.ocr for pt in pages)
    [out] = released.outputs
    with pymupdf.open(out) as doc:
        for number, rotation in enumerate(ROTATIONS):
            assert f"Skannet side drejet {rotation}" in pages[number].text
            cpr = f"120384-{2000 + rotation}"
            assert cpr in released.proposed, (rotation, pages[number].text)
            seen = ocr_text(doc[number]).replace(" ", "")
            assert cpr not in seen and "Skannet" in seen, (rotation, seen)
