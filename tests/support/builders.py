"""Test files built in code. Every name, number and address here is invented."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pymupdf

from redact.pdf.extract import read_pages
from redact.pdf.redactor import Area


def make_pdf(path: Path, lines: list[str], fontsize: float = 11, leading: float = 1.0, metadata: bool = True) -> Path:
    """A one-page PDF with each line set at `fontsize * leading` spacing (leading 1.0 = tightly set)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 72.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=fontsize, fontname="helv")
        y += fontsize * leading
    if metadata:
        doc.set_metadata({"author": "Ulla Testesen", "title": "Brev til Ulla Testesen", "subject": "120384-1234"})
    doc.save(path)
    doc.close()
    return path


def make_docx(
    path: Path, paragraphs: list[str], table: list[tuple[str, str]] | None = None, header: str = "", footer: str = ""
) -> Path:
    import docx

    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=2)
        for k, v in table:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
    d.core_properties.author = "Ulla Testesen"
    d.save(str(path))
    return path


def make_png(path: Path, text: str = "Skannet brev") -> Path:
    from PIL import Image, ImageDraw

    im = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(im).text((20, 130), text, fill=0)
    im.save(path)
    return path


def make_eml(
    path: Path, body: str, attachments: list[tuple[str, bytes, str]] | None = None, html: str | None = None
) -> Path:
    msg = EmailMessage()
    msg["From"] = "Karl Opdigtet <karl.opdigtet@example.com>"
    msg["To"] = "Sagsbehandler <post@kommune.example>"
    msg["Cc"] = "Anne Fiktiv <anne@example.org>"
    msg["Subject"] = "Ansøgning om tilskud"
    msg["Date"] = "Thu, 14 Mar 2024 09:12:00 +0100"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for name, data, mime in attachments or []:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(msg))
    return path


def pdf_bytes(lines: list[str]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=11)
        y += 14
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    return buf.getvalue()


def all_text(path: Path) -> str:
    doc = pymupdf.open(path)
    try:
        return " ".join(page.get_text() for page in doc)
    finally:
        doc.close()


def damaged_pdf(path: Path, pages: int = 40) -> Path:
    """A PDF that opens but whose every content stream is broken (bytes of noise, an unknown image,
    an unclosed array): MuPDF reads the text it can and reports hundreds of errors on the way."""
    import random

    rng = random.Random(3)
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"Side {i + 1} om Karl Opdigtet", fontsize=11)
    for page in doc:
        for xref in page.get_contents():
            noise = bytes(rng.randrange(256) for _ in range(300))
            doc.update_stream(xref, b"q /Im9 Do Q " + noise + b" ] ] >> BI ID noise EI")
    doc.save(path)
    doc.close()
    return path


def case_json(out: Path) -> dict[str, object]:
    raw = json.loads((out / "sag.redact").read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    return raw


def pdf_pages(path: Path) -> list[tuple[str, list[tuple[float, ...]]]]:
    """What a reader gets from an exported PDF: per page the text and the black boxes drawn."""
    with pymupdf.open(path) as doc:
        pages = []
        for page in doc:
            boxes = sorted(tuple(round(v, 1) for v in d["rect"]) for d in page.get_drawings() if d.get("fill"))
            pages.append((page.get_text(), boxes))
        return pages


def area_for(pdf: Path, needle: str, label: str = "§ 30, nr. 1") -> Area:
    pages = read_pages(pdf)
    for pt in pages:
        i = pt.text.find(needle)
        if i >= 0:
            return Area(pt.page, tuple(pt.boxes_for(i, i + len(needle))), needle, label)
    raise AssertionError(f"{needle!r} not in {pdf}")
