"""The case's text index: written when a document is read, read back by the case search."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.pdf.extract import read_pages
from redact.store.textindex import read_text_index, write_text_index


def test_the_index_gives_back_the_pages_as_read_and_is_dropped_when_the_pdf_changes(tmp_path: Path) -> None:
    pdf = tmp_path / "0001.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Borgeren Lise Opdigtet ringede.")
    doc.new_page()  # a page without text
    doc.save(pdf)
    pages = read_pages(pdf)
    assert read_text_index(pdf) is None
    write_text_index(pdf, pages)
    index = read_text_index(pdf)
    assert index is not None and index.texts() == [pt.text for pt in pages]
    for pt in pages:
        again = index.page(pt.page)
        assert (again.text, again.width, again.has_text_layer, again.ocr) == (
            pt.text,
            pt.width,
            pt.has_text_layer,
            pt.ocr,
        )
        assert list(again.boxes) == list(pt.boxes)
        assert again.boxes_for(9, 22) == pt.boxes_for(9, 22)
    doc = pymupdf.open(pdf)
    doc[0].insert_text((72, 100), "Tilføjet senere")
    doc.save(pdf, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    assert read_text_index(pdf) is None  # made from another file: not used
