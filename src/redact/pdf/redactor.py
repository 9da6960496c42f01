"""True redaction: remove what lies under each box, scrub the file, verify by re-reading it.

The result is written to a temporary file beside the target and moved into place only after
verification passed, so a failed check leaves no output file behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.core.errors import VerificationError
from redact.core.geometry import Box
from redact.core.text import PageText
from redact.pdf.extract import open_pdf, page_text
from redact.pdf.ocr import is_scanned, ocr_text


@dataclass(frozen=True, slots=True)
class Area:
    """What the PDF layer needs of a core Redaction."""

    page: int
    boxes: tuple[Box, ...]
    text: str
    label: str
    whole_area: bool = False  # a drawn rectangle: remove all text in it, not just the line's middle band


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    pages: int
    redactions: int


def _rect(box: Box) -> pymupdf.Rect:
    return pymupdf.Rect(box.x0, box.y0, box.x1, box.y1)


def _fontsize(box: Box, label: str) -> float:
    # Small enough to fit inside the box, or MuPDF drops the label; none on tiny boxes.
    if not label:
        return 0
    by_height = box.height * 0.7
    by_width = box.width / max(1, len(label)) * 1.8
    return max(0.0, min(8.0, by_height, by_width))


def _text_band(box: Box) -> Box:
    """The middle of a text line's box.

    MuPDF removes every character whose box merely touches a redaction rectangle, and character
    boxes span the full line height, so on tightly set text a full box would eat into the lines
    above and below. The middle band still crosses every glyph of its own line.
    """
    return box.shrunk_vertically(0.30)


def _apply(page: pymupdf.Page, areas: list[Area]) -> None:
    # Pass 1: remove the text, using the narrow band (or the whole area for drawn rectangles).
    for a in areas:
        for box in a.boxes:
            page.add_redact_annot(_rect(box if a.whole_area else _text_band(box)), fill=False, cross_out=False)
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_NONE,
        graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
        text=pymupdf.PDF_REDACT_TEXT_REMOVE,
    )
    # Pass 2: over the full box, blank image pixels, remove vector art, draw the black box and label.
    for a in areas:
        for box in a.boxes:
            size = _fontsize(box, a.label)
            page.add_redact_annot(
                _rect(box),
                text=a.label if size >= 3 else None,
                fontname="helv",
                fontsize=size if size >= 3 else 11,
                fill=(0, 0, 0),
                text_color=(1, 1, 1),
                cross_out=False,
            )
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
        graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
        text=pymupdf.PDF_REDACT_TEXT_NONE,
    )


def redact_pdf(source: Path, areas: list[Area], target: Path) -> ExportResult:
    """Write `target`: `source` with every area removed, scrubbed and verified. `source` is read only."""
    original = open_pdf(source)
    try:
        before = [page_text(p, ocr=False) for p in original]
        scanned = {p.number for p in original if is_scanned(p)}
    finally:
        original.close()

    _check_preconditions([a for a in areas if a.page not in scanned], before, target.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = open_pdf(source)
        try:
            by_page: dict[int, list[Area]] = {}
            for a in areas:
                if not 0 <= a.page < doc.page_count:
                    raise VerificationError(f"{target.name}: en redaktion peger på side {a.page + 1}, som ikke findes")
                by_page.setdefault(a.page, []).append(a)
            for number, page_areas in by_page.items():
                _apply(doc[number], page_areas)
            doc.scrub()  # metadata, XMP, annotations' responses, attachments, JavaScript, links, thumbnails
            _clean_structure(doc)
            for page in doc:
                for annot in list(page.annots() or []):
                    page.delete_annot(annot)
                for widget in list(page.widgets() or []):
                    page.delete_widget(widget)
            doc.set_metadata({})
            doc.del_xml_metadata()
            doc.save(tmp, garbage=4, deflate=True, clean=True, incremental=False, preserve_metadata=0)
            pages = doc.page_count
        finally:
            doc.close()
        verify(tmp, areas, before, target.name, ocr_pages=scanned)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(target, pages, sum(len(a.boxes) for a in areas))


# Catalog and page entries that can carry content a reader does not see: actions and scripts,
# forms, attachments, bookmarks (titles often name people), the tag tree (alt texts), piece info.
_CATALOG_KEYS = (
    "OpenAction",
    "AA",
    "AcroForm",
    "Names",
    "Outlines",
    "StructTreeRoot",
    "MarkInfo",
    "Metadata",
    "PieceInfo",
    "Threads",
    "SpiderInfo",
    "Perms",
    "Collection",
    "Dests",
)
_PAGE_KEYS = ("AA", "Thumb", "PieceInfo", "Metadata", "StructParents", "B", "Trans")
_ACTIVE = re.compile(r"/(JavaScript|JS|Launch|URI|EmbeddedFile|SubmitForm|ImportData|RichMedia|GoToR)\b")


def _clean_structure(doc: pymupdf.Document) -> None:
    catalog = doc.pdf_catalog()
    for key in _CATALOG_KEYS:
        doc.xref_set_key(catalog, key, "null")
    doc.xref_set_key(catalog, "PageMode", "/UseNone")
    for page in doc:
        for key in _PAGE_KEYS:
            doc.xref_set_key(page.xref, key, "null")


def _check_preconditions(areas: list[Area], before: list[PageText], name: str) -> None:
    """Every area must lie over the text it claims to hide; a misplaced box would hide nothing."""
    for a in areas:
        wanted = re.sub(r"\s", "", a.text)
        if not wanted or a.page >= len(before):
            continue
        pt = before[a.page]
        under = "".join(
            c
            for c, b in zip(pt.text, pt.boxes, strict=True)
            if b is not None and any(x.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) for x in a.boxes)
        )
        if wanted not in under:
            raise VerificationError(
                f"{name}: en redaktion på side {a.page + 1} dækker ikke den tekst, den skal skjule; ingen fil skrevet"
            )


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def verify(path: Path, areas: list[Area], before: list[PageText], name: str, ocr_pages: set[int] | None = None) -> None:
    """Re-read the written file and raise VerificationError if anything redacted is still there."""
    doc = pymupdf.open(path)
    try:
        problems: list[str] = []
        meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
        if meta:
            problems.append(f"metadata tilbage: {sorted(meta)}")
        if doc.get_xml_metadata():
            problems.append("XMP-metadata tilbage")
        if doc.embfile_count():
            problems.append("vedhæftede filer tilbage")
        after = [page_text(p, ocr=False) for p in doc]
        # What the page shows: OCR every scanned page that carries a redaction, and fail if an
        # accepted text can still be read from the pixels.
        for number in sorted({a.page for a in areas} & (ocr_pages or set())):
            if number >= doc.page_count:
                continue
            seen = re.sub(r"\s", "", ocr_text(doc[number]))
            for a in areas:
                wanted = re.sub(r"\s", "", a.text)
                if a.page == number and len(wanted) >= 4 and wanted in seen:
                    problems.append(f"side {number + 1}: redigeret tekst kan stadig læses på billedet")
                    break
        for page in doc:
            if list(page.annots() or []):
                problems.append(f"side {page.number + 1}: annoteringer tilbage")
            if list(page.widgets() or []):
                problems.append(f"side {page.number + 1}: formularfelter tilbage")
        for xref in range(1, doc.xref_length()):
            try:
                obj = doc.xref_object(xref, compressed=True)
            except Exception:
                continue
            if m := _ACTIVE.search(obj):
                problems.append(f"aktivt indhold tilbage ({m.group(1)})")
                break
    finally:
        doc.close()

    labels = {_squash(a.label).replace(" ", "") for a in areas if a.label}
    for a in areas:
        if a.page >= len(after):
            problems.append(f"side {a.page + 1} mangler i resultatet")
            continue
        pt = after[a.page]
        for box in a.boxes:
            inside = "".join(
                c
                for c, b in zip(pt.text, pt.boxes, strict=True)
                if b is not None and box.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)
            )
            for label in labels:
                inside = inside.replace(label, "")
            inside = re.sub(r"\s", "", inside)
            if inside:
                problems.append(f"side {a.page + 1}: tekst under en redaktion kan stadig læses")
                break

    # Text-level check over the whole file: an accepted text that does not remain anywhere
    # outside the boxes in the original must not be extractable anywhere in the result.
    remaining = " ".join(_blank(pt, [a for a in areas if a.page == pt.page]) for pt in before)
    remaining_norm = _squash(remaining)
    result_text = _squash(" ".join(pt.text for pt in after))
    for a in areas:
        t = _squash(a.text)
        if len(t) < 2 or _present(t, remaining_norm):
            continue
        if _present(t, result_text):
            problems.append(f"side {a.page + 1}: redigeret tekst kan stadig udtrækkes")
    if problems:
        unique = list(dict.fromkeys(problems))
        raise VerificationError(
            f"{name}: kontrollen af den redigerede fil fejlede, ingen fil skrevet: " + "; ".join(unique[:5])
        )


def _present(needle: str, haystack: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def _blank(pt: PageText, areas: list[Area]) -> str:
    boxes = [b for a in areas for b in a.boxes]
    if not boxes:
        return pt.text
    chars = []
    for c, b in zip(pt.text, pt.boxes, strict=True):
        if b is not None and any(x.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) for x in boxes):
            chars.append(" ")
        else:
            chars.append(c)
    return "".join(chars)
