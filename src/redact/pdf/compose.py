"""Builds PDFs from text, HTML and images, for the inputs that are not PDFs already.

The case handler reviews, and the export redacts, exactly these pages: what they see is what
was checked.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pymupdf

from redact.core.errors import InputFileError

CSS = """
* { font-family: sans-serif; }
body { font-size: 10.5pt; line-height: 1.3; }
p { margin: 0 0 7pt 0; }
pre { font-family: sans-serif; white-space: pre-wrap; margin: 0; }
table { border-collapse: collapse; margin-bottom: 8pt; }
td, th { border: 0.5pt solid #888; padding: 2pt 5pt; vertical-align: top; text-align: left; }
.header td { border: none; padding: 1pt 6pt 1pt 0; }
.header { margin-bottom: 10pt; }
.note { color: #555; font-size: 9pt; }
"""

_DANGEROUS = re.compile(r"(?is)<(script|style|head|object|iframe|embed)[^>]*>.*?</\1>|<(img|link|meta|base)[^>]*>")


def text_to_html(text: str) -> str:
    """Plain text as paragraphs, line breaks kept, so addresses over two lines stay two lines."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    return "\n".join("<p>" + "<br/>".join(html.escape(line) for line in b.splitlines()) + "</p>" for b in blocks)


def sanitize_html(markup: str) -> str:
    """E-mail HTML without scripts, styles or remote content: nothing is fetched, nothing runs."""
    body = re.search(r"(?is)<body[^>]*>(.*)</body>", markup)
    return _DANGEROUS.sub("", body.group(1) if body else markup)


class TooManyPages(Exception):
    """A layout ran past its page limit (a runaway table or text)."""


def layout_html(
    markup: str,
    target: Path,
    css: str = CSS,
    paper: str = "a4",
    margins: tuple[float, float, float, float] = (56, 56, 56, 56),
    max_pages: int = 5000,
) -> int:
    """Lay out HTML on pages of `paper` within `margins` (left, top, right, bottom); returns the page count."""
    story = pymupdf.Story(html=markup, user_css=css)
    writer = pymupdf.DocumentWriter(str(target))
    mediabox = pymupdf.paper_rect(paper)
    left, top, right, bottom = margins
    where = mediabox + (left, top, -right, -bottom)
    more = True
    pages = 0
    try:
        while more:
            device = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
            pages += 1
            if pages > max_pages:
                raise TooManyPages(pages)
    finally:
        writer.close()
    return int(pages)


def html_to_pdf(markup: str, target: Path) -> int:
    """Lay out HTML on A4 pages; returns the page count."""
    try:
        return layout_html(markup, target)
    except TooManyPages as exc:
        raise InputFileError(str(target), "dokumentet bliver over 5000 sider; det er ikke understøttet") from exc


def images_to_pdf(source: Path, target: Path) -> int:
    """Images (also multi-page TIFF) as PDF pages, one image per page at its own size."""
    try:
        img = pymupdf.open(source)
        pdf_bytes = img.convert_to_pdf()
        img.close()
    except Exception as exc:
        raise InputFileError(str(source), f"billedet kan ikke læses: {exc}") from exc
    pdf = pymupdf.open("pdf", pdf_bytes)
    count = pdf.page_count
    pdf.save(target, garbage=3, deflate=True)
    pdf.close()
    if count == 0:
        raise InputFileError(str(source), "billedet har ingen sider")
    return int(count)


def normalize_pdf(source: Path, target: Path) -> int:
    """A clean, fresh copy of an input PDF (repaired where MuPDF can), never touching the original."""
    from redact.pdf.extract import open_pdf

    doc = open_pdf(source)
    try:
        count = doc.page_count
        doc.save(target, garbage=3, deflate=True)
    except Exception as exc:
        raise InputFileError(str(source), "PDF'en kan ikke kopieres (den er beskadiget)") from exc
    finally:
        doc.close()
    return int(count)


def page_count(path: Path) -> int:
    doc = pymupdf.open(path)
    try:
        return int(doc.page_count)
    finally:
        doc.close()
