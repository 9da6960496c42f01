"""Dispatch by file type, and the result every converter returns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from redact.core.errors import InputFileError
from redact.ingest.encoding import decode_legacy
from redact.ingest.limits import MAX_PAGES, too_big, wrap_long_runs
from redact.ingest.mail import Mail, html_text, mail_document, read_eml, read_msg
from redact.ingest.office import convert_docx
from redact.pdf.compose import html_to_pdf, images_to_pdf, normalize_pdf, text_to_html
from redact.pdf.extract import copy_repaired, repaired
from redact.pdf.hidden import bake_annotations

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SUPPORTED_SUFFIXES = {".pdf", ".docx", ".eml", ".msg", ".txt"} | IMAGE_SUFFIXES
MAX_ATTACHMENT_DEPTH = 3
REPAIRED = (
    "PDF-filen var beskadiget (fx afkortet) og er repareret ved læsningen; sider eller indhold kan mangle, "
    "så sammenlign med originalen"
)


@dataclass
class Converted:
    """One document made from an input file; an e-mail gives one per supported attachment too."""

    title: str
    pdf: Path
    converter: str
    attachment_of: int = -1  # index into the same result list of the e-mail it came from
    name: str = ""  # the attachment's file name
    warnings: list[str] = field(default_factory=list)


def convert_file(
    source: Path, workdir: Path, stem: str, depth: int = 0, language_of: Callable[[str], str] | None = None
) -> list[Converted]:
    """Convert `source` into PDFs named `stem*.pdf` in `workdir`. Raises InputFileError.

    `language_of` tells the language of a text (the caller's detector, or the language the case
    handler chose): an e-mail's header block is laid out in its message's language. Danish without it."""
    suffix = source.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(str(source), f"filtypen '{suffix or '(ingen)'}' understøttes ikke")
    try:
        size = source.stat().st_size
        with open(source, "rb"):  # every converter reads it: say so once, for every file type
            pass
    except PermissionError as exc:
        raise InputFileError(str(source), "ingen adgang til filen (den må ikke læses af denne bruger)") from exc
    except OSError as exc:
        raise InputFileError(str(source), f"filen kan ikke læses: {exc.strerror}") from exc
    if size == 0:
        raise InputFileError(str(source), "filen er tom")
    if too_big(suffix, size):
        raise InputFileError(str(source), too_big(suffix, size))
    target = workdir / f"{stem}.pdf"
    title = source.stem
    try:
        if suffix == ".pdf":
            warnings = []
            if repaired(source):
                pages = copy_repaired(source, target)
                warnings.append(REPAIRED)
            else:
                pages = normalize_pdf(source, target)
            if pages > MAX_PAGES:
                target.unlink(missing_ok=True)
                raise InputFileError(
                    str(source), f"PDF'en har {pages} sider; grænsen er {MAX_PAGES} sider pr. dokument, så del den op"
                )
            warnings += bake_annotations(target)  # what annotations and form fields show becomes page content
            return [Converted(title, target, "PDF (kopi)", warnings=warnings)]
        if suffix == ".docx":
            converter, warnings = convert_docx(source, target)
            return [Converted(title, target, converter, warnings=warnings)]
        if suffix == ".txt":
            text, encoding = read_text(source)
            html_to_pdf(text_to_html(wrap_long_runs(text)), target)
            return [Converted(title, target, f"tekst ({encoding})")]
        if suffix in IMAGE_SUFFIXES:
            images_to_pdf(source, target)
            return [Converted(title, target, "billede (ingen tekst)")]
        mail = read_eml(source) if suffix == ".eml" else read_msg(source)
        return _convert_mail(
            source,
            mail,
            workdir,
            stem,
            depth,
            "e-mail (.eml)" if suffix == ".eml" else "Outlook (.msg)",
            language_of,
        )
    except PermissionError as exc:
        raise InputFileError(str(source), "ingen adgang til filen") from exc


def read_text(source: Path) -> tuple[str, str]:
    raw = source.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(str(source), "filen ligner ikke en tekstfil (binært indhold)")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return _nonempty(source, raw.decode(codec, errors="replace")), f"kodning {codec}"
    try:
        return _nonempty(source, raw.decode("utf-8")), "kodning utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = decode_legacy(raw)
    return _nonempty(source, text), f"kodning {encoding}"


def _nonempty(source: Path, text: str) -> str:
    if not text.strip():
        raise InputFileError(str(source), "tekstfilen er tom")
    return text


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^\w.\-æøåÆØÅ ]+", "_", base).strip() or "vedhaeftning"


def _convert_mail(
    source: Path,
    mail: Mail,
    workdir: Path,
    stem: str,
    depth: int,
    converter: str,
    language_of: Callable[[str], str] | None = None,
) -> list[Converted]:
    notes: list[str] = []
    extra: list[tuple[str, Path]] = []
    for i, (name, data) in enumerate(mail.attachments, start=1):
        clean = _safe_name(name)
        suffix = Path(clean).suffix.lower()
        if suffix in SUPPORTED_SUFFIXES and depth < MAX_ATTACHMENT_DEPTH:
            folder = workdir / f"{stem}-bilag"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{i:02d}{suffix}"  # a working copy: its name must fit however long the real one is
            path.write_bytes(data)
            extra.append((clean, path))
            notes.append(f"{clean} (eget dokument)")
        else:
            notes.append(f"{clean} (ikke medtaget: filtypen understøttes ikke)")
    target = workdir / f"{stem}.pdf"
    said = mail.text or (html_text(mail.html) if mail.html.strip() else "") or mail.subject
    language = language_of(said) if language_of else "da"
    markup, mail_warnings = mail_document(mail, notes, language)
    html_to_pdf(markup, target)
    result = [Converted(mail.subject or source.stem, target, converter, warnings=mail_warnings)]
    result[0].warnings += [f"Vedhæftet fil ikke medtaget: {n.split(' (')[0]}" for n in notes if "ikke medtaget" in n]
    for i, (name, path) in enumerate(extra, start=1):
        try:
            parts = convert_file(path, workdir, f"{stem}-bilag{i:02d}", depth + 1, language_of)
        except InputFileError as exc:
            result[0].warnings.append(f"Vedhæftet fil {name} kunne ikke læses: {exc.reason}")
            continue
        for p in parts:
            if p.attachment_of == -1:
                p.attachment_of = 0
                p.name = name
                if p.title == path.stem:  # named after the working copy: the attachment's own name instead
                    p.title = Path(name).stem
            else:
                p.attachment_of += len(result)
        result.extend(parts)
    return result
