"""Small PDFs made in code, for the selftest: a letter with a text layer, and a scan (an image only).

Every name and number written here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

_A4 = (595.0, 842.0)


def write_letter(path: Path, lines: list[str], fontsize: float = 11) -> Path:
    """A one-page PDF with a text layer, one line per entry."""
    doc = pymupdf.open()
    try:
        page = doc.new_page(width=_A4[0], height=_A4[1])
        y = 72.0
        for line in lines:
            page.insert_text((72, y), line, fontsize=fontsize, fontname="helv")
            y += fontsize * 1.6
        doc.save(path)
    finally:
        doc.close()
    return path


def write_scan(path: Path, lines: list[str], dpi: int = 200) -> Path:
    """A one-page PDF whose only content is a grey image of `lines`, as a scanner makes it."""
    letter = pymupdf.open()
    try:
        page = letter.new_page(width=_A4[0], height=_A4[1])
        y = 90.0
        for line in lines:
            page.insert_text((72, y), line, fontsize=16, fontname="helv")
            y += 30
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    finally:
        letter.close()
    scan = pymupdf.open()
    try:
        page = scan.new_page(width=_A4[0], height=_A4[1])
        page.insert_image(page.rect, pixmap=pix)
        scan.save(path)
    finally:
        scan.close()
    return path
