"""The way a file takes through the product, for the hostile-file tests, and what a released file holds.

`release` converts a file, reads it, detects with the given detectors, accepts every proposal
and exports each document: what `redact batch --auto-accept` does for one file, without the case
file. `everything_in` reads a released file the hard way: every glyph MuPDF finds (with every
layer on and no clipping to the page), and every object and decompressed stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from redact.core.detector import Detector
from redact.core.geometry import Box
from redact.core.text import PageText
from redact.pdf.extract import read_pages
from redact.pdf.redactor import Area, redact_pdf
from redact.services.processing import DocResult, process_file

LABEL = "§ 30, nr. 1"


@dataclass
class Released:
    error: str = ""
    documents: list[DocResult] = field(default_factory=list)
    pages: list[list[PageText]] = field(default_factory=list)  # what detection read, per document
    outputs: list[Path] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [w for d in self.documents for w in d.warnings]

    @property
    def proposed(self) -> list[str]:
        return [pf.finding.text for d in self.documents for pf in d.findings]


def release(src: Path, tmp: Path, detectors: list[Detector]) -> Released:
    work = tmp / "work"
    out = tmp / "out"
    work.mkdir(parents=True, exist_ok=True)
    result = process_file(0, src, work, "0001", detectors)
    if result.error:
        return Released(error=result.error)
    released = Released(documents=result.documents)
    for i, d in enumerate(result.documents):
        released.pages.append(read_pages(d.pdf))
        # Boxes as the case file keeps them (two decimals), as `redact batch` reads them back.
        areas = [
            Area(pf.page, tuple(Box.from_list(b.as_list()) for b in pf.boxes), pf.finding.text, LABEL)
            for pf in d.findings
        ]
        target = out / f"{i:02d}.pdf"
        redact_pdf(d.pdf, areas, target)
        released.outputs.append(target)
    return released


def everything_in(path: Path) -> str:
    """All text a released file holds, however it is hidden, for `secret in everything_in(path)`."""
    data = path.read_bytes()
    parts: list[str] = []
    doc = pymupdf.open(path)
    try:
        for xref in range(1, doc.xref_length()):
            try:
                parts.append(doc.xref_object(xref, compressed=False))
                if doc.xref_is_stream(xref):
                    parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
            except Exception:
                continue
        parts += [str(v) for v in (doc.metadata or {}).values() if v]
        parts.append(doc.get_xml_metadata() or "")
        # Every layer on (no OCProperties: all optional content shows), every glyph wherever it is.
        catalog = doc.pdf_catalog()
        doc.xref_set_key(catalog, "OCProperties", "null")
        unlayered = pymupdf.open("pdf", doc.tobytes())
    finally:
        doc.close()
    try:
        for page in unlayered:
            parts.append(page.get_text())
            spans = page.get_texttrace()
            parts.append("\n".join("".join(chr(c[0]) for c in s["chars"]) for s in spans))
    finally:
        unlayered.close()
    text = "\n".join(parts)
    # Strings in content streams: literal (a)Tj and hex <61>Tj alike.
    hexed = " ".join(_unhex(h) for h in re.findall(r"<([0-9A-Fa-f\s]{4,})>", text))
    return text + "\n" + hexed + "\n" + data.decode("latin-1")


def _unhex(h: str) -> str:
    digits = re.sub(r"\s", "", h)
    if len(digits) % 2:
        digits += "0"
    try:
        return bytes.fromhex(digits).decode("latin-1")
    except ValueError:
        return ""


def squash(text: str) -> str:
    """Without spaces and line breaks: a secret split over glyph runs is still found."""
    return re.sub(r"\s+", "", text)


def assert_gone(path: Path, secrets: list[str]) -> None:
    held = everything_in(path)
    flat = squash(held)
    for secret in secrets:
        assert secret not in held and squash(secret) not in flat, f"{secret!r} is still in {path.name}"


def shown_text(path: Path) -> str:
    doc = pymupdf.open(path)
    try:
        return "\n".join(page.get_text() for page in doc)
    finally:
        doc.close()
