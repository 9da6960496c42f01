"""Scanned pages: read by OCR, redacted in the pixels, and checked by OCR again after export."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.text import ocr_digit_fix
from redact.pdf.extract import read_pages
from redact.pdf.ocr import ocr_available, ocr_text
from redact.pdf.redactor import Area, redact_pdf
from tests.support.builders import make_pdf

pytestmark = pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish data is installed by make setup")


def make_scan(path: Path, lines: list[str], hidden_layer: str = "") -> Path:
    """A page that is only an image of text, optionally with an (untrue) invisible OCR layer."""
    clean = make_pdf(path.with_suffix(".clean.pdf"), lines, fontsize=13, leading=1.6, metadata=False)
    src = pymupdf.open(clean)
    pix = src[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    out = pymupdf.open()
    page = out.new_page(width=src[0].rect.width, height=src[0].rect.height)
    page.insert_image(page.rect, pixmap=pix)
    if hidden_layer:
        page.insert_text((72, 400), hidden_layer, fontsize=11, render_mode=3)
    out.save(path)
    clean.unlink()
    return path


def area_for(pdf: Path, needle: str) -> Area:
    pt = read_pages(pdf)[0]
    i = ocr_digit_fix(pt.text).find(needle)
    assert i >= 0, pt.text
    return Area(0, tuple(pt.boxes_for(i, i + len(needle))), needle, "§ 30, nr. 1")


def test_scan_is_read_by_ocr_and_redacted_in_the_pixels(tmp_path: Path) -> None:
    src = make_scan(tmp_path / "scan.pdf", ["Ansøgning om tilskud", "CPR-nr.: 120384-1234", "Telefon 20 12 34 56"])
    [pt] = read_pages(src)
    assert pt.ocr and "Ansøgning om tilskud" in pt.text
    out = tmp_path / "out.pdf"
    redact_pdf(src, [area_for(src, "120384-1234"), area_for(src, "20 12 34 56")], out)
    doc = pymupdf.open(out)
    seen = ocr_text(doc[0]).replace(" ", "")
    assert "120384-1234" not in seen and "20123456" not in seen
    assert "Ansøgning" in seen  # the rest of the page is still readable


def test_an_old_ocr_layer_is_not_trusted_and_not_released(tmp_path: Path) -> None:
    src = make_scan(
        tmp_path / "scan.pdf", ["Brev fra borgeren", "Telefon 20 12 34 56"], hidden_layer="Skjult Hemmelighed"
    )
    [pt] = read_pages(src)
    assert "Skjult" not in pt.text  # detection reads what the page shows, not the hidden layer
    out = tmp_path / "out.pdf"
    redact_pdf(src, [area_for(src, "20 12 34 56")], out)
    assert "Skjult" not in pymupdf.open(out)[0].get_text()


def test_an_occurrence_kept_on_purpose_does_not_fail_the_export(tmp_path: Path) -> None:
    # The same number twice on a scan; the case handler redacts one and keeps the other readable.
    src = make_scan(tmp_path / "scan.pdf", ["Telefon 20 12 34 56", "Omstilling 20 12 34 56"])
    pt = read_pages(src)[0]
    i = ocr_digit_fix(pt.text).find("20 12 34 56")
    first = Area(0, tuple(pt.boxes_for(i, i + 11)), "20 12 34 56", "§ 30, nr. 1")
    out = tmp_path / "out.pdf"
    redact_pdf(src, [first], out)
    seen = ocr_text(pymupdf.open(out)[0]).replace(" ", "")
    assert seen.count("20123456") == 1


def test_a_scan_is_checked_with_the_ocr_data_of_its_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import redact.pdf.redactor as redactor

    used: list[str] = []
    real = redactor.ocr_text

    def spy(page: pymupdf.Page, languages: str = "dan", **kwargs: object) -> str:
        used.append(languages)
        return real(page, languages, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(redactor, "ocr_text", spy)
    src = make_scan(tmp_path / "scan.pdf", ["Ansökan om försörjningsstöd", "Telefon 20 12 34 56"])
    pt = read_pages(src, languages="swe")[0]
    i = ocr_digit_fix(pt.text).find("20 12 34 56")
    assert i >= 0, pt.text
    out = tmp_path / "out.pdf"
    redact_pdf(src, [Area(0, tuple(pt.boxes_for(i, i + 11)), "20 12 34 56", "26 kap. 1 § OSL")], out, "swe")
    assert used and set(used) == {"swe"}
    seen = ocr_text(pymupdf.open(out)[0], "swe")
    assert "20123456" not in seen.replace(" ", "") and "Ansökan" in seen
