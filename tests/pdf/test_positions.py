"""Regression: a redaction must not move or remove the text around it.

PyMuPDF 2.0 shifted the text following a redaction by about 7 pt (1.28.2 keeps positions); and
line-height word boxes on tightly set text reached into the next line and removed it.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.pdf.redactor import redact_pdf
from tests.support.builders import area_for, make_pdf


def words(path: Path) -> list[tuple[str, float, float]]:
    doc = pymupdf.open(path)
    try:
        return [(w[4], round(w[0], 1), round(w[1], 1)) for w in doc[0].get_text("words")]
    finally:
        doc.close()


def test_words_keep_their_positions_and_neighbouring_lines_survive(tmp_path: Path) -> None:
    lines = [
        "Linje et med navnet Ulla Testesen midt i teksten og mere tekst",
        "Linje to ligger tæt under og skal stå urørt tilbage her",
        "Linje tre: CPR 120384-1234 efterfulgt af ord",
        "Linje fire ligger også tæt under den redigerede linje",
    ]
    src = make_pdf(tmp_path / "tight.pdf", lines, fontsize=12, leading=1.0)  # line distance = font size
    out = tmp_path / "out.pdf"
    redact_pdf(src, [area_for(src, "Ulla Testesen"), area_for(src, "120384-1234")], out)
    before = [w for w in words(src) if w[0] not in ("Ulla", "Testesen", "120384-1234")]
    after = [w for w in words(out) if not w[0].startswith(("§", "30,", "nr.", "1"))]
    assert after == before
