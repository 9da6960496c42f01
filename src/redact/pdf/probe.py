"""A quick sample of a document's text, for telling its language before the real reading.

The language decides which Tesseract data reads the scans, so it must be known before OCR. The
sample is the plain text layer of the pages that are not scans; a document that is only scans gets
its first scanned page read with every Nordic language at once (one extra page of OCR per scanned
document), which is enough to tell Danish, Norwegian and Swedish apart.
"""

from __future__ import annotations

from pathlib import Path

from redact.pdf.extract import open_pdf
from redact.pdf.ocr import is_scanned, ocr_text

# Enough text to tell the language; reading more only costs time.
SAMPLE_CHARS = 5_000
PROBE_LANGUAGES = "dan+nor+swe"


def language_sample(path: Path, ocr: bool = True) -> str:
    doc = open_pdf(path)
    try:
        parts: list[str] = []
        size = 0
        first_scan = None
        for page in doc:
            if is_scanned(page):
                first_scan = page if first_scan is None else first_scan
                continue
            text = str(page.get_text())
            parts.append(text)
            size += len(text.strip())
            if size >= SAMPLE_CHARS:
                break
        if size < 200 and ocr and first_scan is not None:
            parts.append(ocr_text(first_scan, PROBE_LANGUAGES))
        return "\n".join(parts)
    finally:
        doc.close()
