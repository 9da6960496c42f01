"""A 200-page scan: every page read by OCR, redacted in the pixels, and checked by OCR again."""

from __future__ import annotations

import time
from pathlib import Path

import pymupdf
import pytest

from redact.pdf.ocr import ocr_available, ocr_text
from tests.support import hostile_builders as builders
from tests.support.pipeline import release

pytestmark = pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish data is installed by make setup")

PAGES = 200


@pytest.mark.very_slow  # about 40 s on an idle two-core machine, minutes on a busy one: make test-slow
def test_a_200_page_scan_is_read_redacted_and_verified_page_by_page(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    # Cheap pages: each one line of text, a 900 x 60 pixel picture; 400 OCR runs (reading and checking).
    src = builders.scan_pdf(tmp_path / "skanning.pdf", PAGES)
    started = time.perf_counter()
    released = release(src, tmp_path, [presidio_detector])
    seconds = time.perf_counter() - started
    print(f"\n{PAGES}-page scan: read, detected, redacted and verified in {seconds:.1f} s")
    [doc_result] = released.documents
    assert doc_result.pages == PAGES and doc_result.pages_without_text == ()
    assert {pf.page for pf in doc_result.findings} == set(range(PAGES))  # the CPR number on every page
    [out] = released.outputs
    with pymupdf.open(out) as doc:
        assert doc.page_count == PAGES
        for number in (0, PAGES // 2, PAGES - 1):  # the export verified every page; spot-check a few
            boxes = [b for pf in doc_result.findings if pf.page == number for b in pf.boxes]
            seen = ocr_text(doc[number], blank=boxes).replace(" ", "")  # white boxes: Tesseract skips black bars
            assert "120384-1234" not in seen and f"Side{number + 1}" in seen
        assert "120384" not in "".join(page.get_text() for page in doc)


def test_a_box_over_pixels_that_were_not_blanked_fails_the_export(
    tmp_path: Path, monkeypatch, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    """The black box alone is not a redaction: whoever removes it would see the scan under it."""
    from redact.core.errors import VerificationError

    src = builders.scan_pdf(tmp_path / "skanning.pdf", 1)
    monkeypatch.setattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", pymupdf.PDF_REDACT_IMAGE_NONE)  # boxes, no blanking
    with pytest.raises(VerificationError, match="billedpunkter under en redaktion er ikke fjernet"):
        release(src, tmp_path, [presidio_detector])
    assert not (tmp_path / "out" / "00.pdf").exists()


def test_ocr_in_two_processes_reads_the_same_as_in_one(tmp_path: Path) -> None:
    from redact.pdf.extract import read_pages

    src = builders.scan_pdf(tmp_path / "skanning.pdf", 6)
    assert read_pages(src, jobs=2) == read_pages(src, jobs=1)


def _cpr_areas(pages: list, shift: float = 0.0) -> list:  # type: ignore[type-arg]
    from redact.core.geometry import Box
    from redact.pdf.redactor import Area

    areas = []
    for pt in pages:
        start = pt.text.index("120384-1234")
        boxes = tuple(Box(b.x0 + shift, b.y0, b.x1 + shift, b.y1) for b in pt.boxes_for(start, start + 11))
        areas.append(Area(pt.page, boxes, "120384-1234", ""))
    return areas


def test_the_ocr_check_of_a_scan_in_two_processes_finds_what_one_finds(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The export of one scanned document checks its pages by OCR in two processes: a box that
    missed the number on every page still fails the check, and right boxes pass as in one process."""
    from redact.core.errors import VerificationError
    from redact.pdf import redactor
    from redact.pdf.extract import read_pages

    src = builders.scan_pdf(tmp_path / "skanning.pdf", 4)
    pages = read_pages(src)
    split: list[int] = []
    real = redactor._ocr_seen_in_processes

    def spied(path: Path, reads: list, languages: str, jobs: int) -> dict[int, str]:  # type: ignore[type-arg]
        split.append(jobs)
        return real(path, reads, languages, jobs)

    monkeypatch.setattr(redactor, "_ocr_seen_in_processes", spied)
    missed = tmp_path / "forkert.pdf"
    with pytest.raises(VerificationError, match="kan stadig læses på billedet"):
        redactor.redact_pdf(src, _cpr_areas(pages, shift=200.0), missed, ocr_jobs=2)
    assert not missed.exists() and split == [2]
    one, two = tmp_path / "en.pdf", tmp_path / "to.pdf"
    redactor.redact_pdf(src, _cpr_areas(pages), one)
    redactor.redact_pdf(src, _cpr_areas(pages), two, ocr_jobs=2)
    assert split == [2, 2]  # the right boxes were checked in two processes too
    with pymupdf.open(one) as a, pymupdf.open(two) as b:
        assert [p.get_text("rawdict") == q.get_text("rawdict") for p, q in zip(a, b, strict=True)] == [True] * 4
