"""Page text with a box per character, read from a PDF's text layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from redact.core.errors import InputFileError
from redact.core.geometry import Box
from redact.core.text import PageText, PageTextBuilder
from redact.pdf.ocr import is_scanned, ocr_textpage

# Ligatures are expanded ("fi", not U+FB01) so patterns and names match what a reader sees.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP


def page_text(page: pymupdf.Page, ocr: bool = True, languages: str = "dan") -> PageText:
    """The page's text as the reader sees it: the text layer, or OCR for a scanned page."""
    if ocr and is_scanned(page):
        textpage = ocr_textpage(page, languages)
        if textpage is not None:
            return _build(page, page.get_text("rawdict", flags=_FLAGS, textpage=textpage), from_ocr=True)
        return PageText(page.number or 0, "", (), page.rect.width, page.rect.height, has_text_layer=False)
    return _build(page, page.get_text("rawdict", flags=_FLAGS), from_ocr=False)


def _build(page: pymupdf.Page, raw: dict[str, Any], from_ocr: bool) -> PageText:
    width, height = page.rect.width, page.rect.height
    builder = PageTextBuilder(page.number or 0, width, height)
    for block in raw.get("blocks", []):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            for span in line.get("spans", []):
                for ch in span.get("chars", []):
                    c = ch["c"]
                    x0, y0, x1, y1 = ch["bbox"]
                    if c.isspace():
                        builder.separator(" ")
                        continue
                    builder.add(c, Box(x0, y0, x1, y1))
            builder.separator("\n")
        builder.separator("\n")
    text = builder.build()
    has_layer = any(not c.isspace() for c in text.text)
    return PageText(text.page, text.text, text.boxes, width, height, has_layer, ocr=from_ocr)


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, turning PyMuPDF's failures into a message for the user."""
    try:
        doc = pymupdf.open(path)
    except Exception as exc:  # PyMuPDF raises several types for broken files
        raise InputFileError(str(path), f"filen kan ikke åbnes som PDF (beskadiget eller ikke en PDF): {exc}") from exc
    if not doc.is_pdf:
        doc.close()
        raise InputFileError(str(path), "filen er ikke en PDF")
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputFileError(
            str(path), "PDF'en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen"
        )
    if doc.page_count == 0:
        doc.close()
        raise InputFileError(str(path), "PDF'en har ingen sider")
    return doc


def read_pages(path: Path, ocr: bool = True, languages: str = "dan") -> list[PageText]:
    doc = open_pdf(path)
    try:
        return [page_text(page, ocr, languages) for page in doc]
    except Exception as exc:
        raise InputFileError(str(path), f"teksten kan ikke læses fra PDF'en: {exc}") from exc
    finally:
        doc.close()
