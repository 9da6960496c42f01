"""Word documents to PDF: LibreOffice headless when installed, else a simple layout of our own."""

from __future__ import annotations

import functools
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from redact.core.errors import InputFileError
from redact.ingest.wordhidden import WordExtras, prepare_docx
from redact.pdf.compose import html_to_pdf

LIBREOFFICE_TIMEOUT = 180


@functools.cache
def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def libreoffice_version() -> str:
    exe = libreoffice()
    if not exe:
        return ""
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "LibreOffice"
    parts = out.split()
    return " ".join(parts[:2]) if parts else "LibreOffice"


def check_docx(source: Path) -> None:
    if not zipfile.is_zipfile(source):
        raise InputFileError(str(source), "filen er ikke et gyldigt Word-dokument (.docx); den er måske beskadiget")
    with zipfile.ZipFile(source) as z:
        names = set(z.namelist())
        if "EncryptedPackage" in names:
            raise InputFileError(str(source), "Word-dokumentet er krypteret med adgangskode")
        if "word/document.xml" not in names:
            raise InputFileError(str(source), "filen er ikke et gyldigt Word-dokument (.docx)")


def docx_to_pdf(source: Path, target: Path) -> str:
    """Returns the name of the converter used, for the case file and the report."""
    return convert_docx(source, target)[0]


def convert_docx(source: Path, target: Path) -> tuple[str, list[str]]:
    """The converter used, and warnings about what the Word file holds beside what it shows.

    Comments, hidden text and tracked changes are made visible in a prepared copy (see
    `wordhidden`); the original is only read.
    """
    check_docx(source)
    exe = libreoffice()
    if exe:
        with tempfile.TemporaryDirectory(prefix="redact-lo-") as tmp:
            profile = Path(tmp) / "profile"
            local = Path(tmp) / "input.docx"  # LibreOffice reads a copy: the original is never opened by it
            extras = _prepare(source, local, lists_deleted=False)
            cmd = [
                exe,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(local),
            ]
            try:
                subprocess.run(cmd, capture_output=True, timeout=LIBREOFFICE_TIMEOUT, check=False)
            except subprocess.TimeoutExpired as exc:
                raise InputFileError(str(source), "LibreOffice kunne ikke konvertere dokumentet i tide") from exc
            produced = Path(tmp) / "input.pdf"
            if not produced.exists():
                raise InputFileError(str(source), "LibreOffice kunne ikke konvertere dokumentet til PDF")
            shutil.move(produced, target)
        return f"{libreoffice_version()} (headless)", extras.warnings(lists_deleted=False)
    with tempfile.TemporaryDirectory(prefix="redact-docx-") as tmp:
        local = Path(tmp) / "input.docx"
        extras = _prepare(source, local, lists_deleted=True)
        docx_to_pdf_simple(local, target, name=str(source))
    return "python-docx (forenklet layout, LibreOffice er ikke installeret)", extras.warnings(lists_deleted=True)


def _prepare(source: Path, local: Path, lists_deleted: bool) -> WordExtras:
    try:
        return prepare_docx(source, local, lists_deleted)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as exc:
        raise InputFileError(str(source), f"Word-dokumentet kan ikke læses (beskadiget?): {exc}") from exc


def docx_to_pdf_simple(source: Path, target: Path, name: str = "") -> None:
    """Body, tables, headers and footers in reading order, without the original layout."""
    import docx

    try:
        document = docx.Document(str(source))
    except Exception as exc:
        raise InputFileError(name or str(source), f"Word-dokumentet kan ikke læses: {exc}") from exc
    parts: list[str] = []
    for section in document.sections:
        for para in section.header.paragraphs:
            if para.text.strip():
                parts.append(f"<p class='note'>{html.escape(para.text)}</p>")
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            parts.append(f"<p>{html.escape(text)}</p>" if text.strip() else "")
        elif tag == "tbl":
            rows = []
            for tr in child.iter():
                if not tr.tag.endswith("}tr"):
                    continue
                cells = []
                for tc in tr.iterchildren():
                    if tc.tag.endswith("}tc"):
                        text = " ".join(
                            "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                            for p in tc.iter()
                            if p.tag.endswith("}p")
                        )
                        cells.append(f"<td>{html.escape(text)}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
    for section in document.sections:
        for para in section.footer.paragraphs:
            if para.text.strip():
                parts.append(f"<p class='note'>{html.escape(para.text)}</p>")
    html_to_pdf("\n".join(p for p in parts if p) or "<p></p>", target)
