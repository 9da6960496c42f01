"""Page text with a box per character, read from a PDF's text layer (or by OCR from a scan).

Boxes are in the page's displayed space: what `Page.rect` and a rendered page show, so a box
drawn over a rendering of a rotated page lies on its text. (PyMuPDF extracts in unrotated space;
`redactor` turns boxes back before it redacts.)

Hidden text (see `pdf/hidden.py`: white on white, invisible, tiny, outside the page, under an
image, in a hidden layer) is part of the text, so detection reads it and a name in white text is
proposed, but every hidden character is flagged in `PageText.hidden` and is never to be shown as
if it were visible. The export removes all hidden text.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from redact.core.errors import InputFileError
from redact.core.geometry import Box
from redact.core.text import LINE_SHRINK, PageText
from redact.pdf.charindex import BoxRows
from redact.pdf.collection import without_collector
from redact.pdf.drawn_labels import DrawnLabels
from redact.pdf.hidden import (
    STEXT_FLAGS,
    HiddenText,
    display_box,
    extracted_origins,
    glyph_key,
    hidden_report,
    page_hidden,
)
from redact.pdf.layers import LayerView
from redact.pdf.ocr import is_scanned, ocr_area_rawdict, ocr_rawdict, pages_in_processes, text_images
from redact.pdf.original import OriginalReading
from redact.pdf.spacing import Char, fold_line, fold_needed, runs_of_singles, single, split_shared
from redact.pdf.trust import doubt

# Ligatures are expanded ("fi", not U+FB01) so patterns and names match what a reader sees.
_FLAGS = STEXT_FLAGS


def page_text(
    page: pymupdf.Page, ocr: bool = True, languages: str = "dan", layers: LayerView | None = None
) -> PageText:
    """The page's text as the reader sees it: the text layer, or OCR for a scanned page.

    `layers` (the document with every layer on, see `LayerView`) lets many pages share one copy;
    without it a page of a document with hidden layers makes its own.
    """
    if ocr and reads_by_ocr(page):
        return _ocr_page(page, languages)
    if layers is None:
        with LayerView(page.parent, strict=False) as own:
            text = _text_layer(page, own)[0]
    else:
        text = _text_layer(page, layers)[0]
    return _with_images(page, text, ocr, languages)


def _ocr_page(page: pymupdf.Page, languages: str) -> PageText:
    raw = ocr_rawdict(page, languages, _FLAGS)
    if raw is not None:
        return _build(page, raw, from_ocr=True, hidden=[])
    return PageText(page.number or 0, "", (), page.rect.width, page.rect.height, has_text_layer=False)


def _with_images(
    page: pymupdf.Page, text: PageText, ocr: bool, languages: str, images: list[dict[str, Any]] | None = None
) -> PageText:
    areas = text_images(page, images) if ocr else []
    return _with_image_text(page, text, areas, languages) if areas else text


def reads_by_ocr(page: pymupdf.Page, inputs: PageInputs | None = None) -> bool:
    """The page is read by OCR: a scan, or a text layer that does not say what the page shows (`pdf/trust.py`)."""
    if inputs is None:
        return is_scanned(page) or bool(doubt(page))
    return is_scanned(page, inputs.images()) or bool(doubt(page, inputs.trace()))


class PageInputs:
    """What MuPDF says of one page that several steps of reading it ask for (the images, the text
    trace), each made once when first asked: making one runs the page's whole content."""

    def __init__(self, page: pymupdf.Page) -> None:
        self._page = page
        self._images: list[dict[str, Any]] | None = None
        self._trace: list[dict[str, Any]] | None = None

    def images(self) -> list[dict[str, Any]]:
        if self._images is None:
            self._images = self._page.get_image_info()
        return self._images

    def trace(self) -> list[dict[str, Any]]:
        if self._trace is None:
            self._trace = self._page.get_texttrace()
        return self._trace


# OCR boxes are tight around the glyphs; grown so that after `PageText.boxes_for` shrinks a text
# layer's line they still cover every pixel of the glyphs (as `OCR_GROW` does on a scanned page).
_IMAGE_TEXT_GROW = (1 + 2 * 0.10) / (1 - 2 * LINE_SHRINK) / 2 - 0.5


def _with_image_text(page: pymupdf.Page, pt: PageText, areas: list[Box], languages: str) -> PageText:
    """The page's text with what OCR reads in its images added, on lines of their own at the end.

    A text layer says nothing of the text in a picture (a pasted screenshot, a stamp); OCR of each
    image big enough for a line reads it. What the text layer already holds at the same place
    (text over the image) is not added twice.
    """
    layer = [b for b in pt.boxes if b is not None]
    chars: list[str] = []
    boxes: list[Box | None] = []
    for area in areas:
        raw = ocr_area_rawdict(page, area, languages, _FLAGS)
        for block in (raw or {}).get("blocks", []):
            for line in block.get("lines", []):
                added = False
                for span in line.get("spans", []):
                    for ch in span.get("chars", []):
                        c = ch["c"]
                        if c.isspace():
                            if added and chars[-1] != " ":
                                chars.append(" ")
                                boxes.append(None)
                            continue
                        b = Box(*ch["bbox"])
                        if b.centre_in(layer):
                            continue
                        grow = b.height * _IMAGE_TEXT_GROW
                        chars.append(c)
                        boxes.append(Box(b.x0 - 1.5, b.y0 - grow, b.x1 + 1.5, b.y1 + grow))
                        added = True
                if added:
                    chars.append("\n")
                    boxes.append(None)
    if not any(not c.isspace() for c in chars):
        return pt
    sep = "\n" if pt.text and not pt.text.endswith("\n") else ""
    text = pt.text + sep + "".join(chars)
    all_boxes = tuple(pt.boxes) + (None,) * len(sep) + tuple(boxes)
    hidden = pt.hidden + ("",) * (len(text) - len(pt.text)) if pt.hidden else ()
    return PageText(pt.page, text, all_boxes, pt.width, pt.height, True, pt.ocr, hidden)


def _text_layer(
    page: pymupdf.Page, layers: LayerView, inputs: PageInputs | None = None
) -> tuple[PageText, list[HiddenText] | None]:
    """The text layer and its hidden text; None for the hidden text of a page that could not be analysed."""
    try:
        return text_and_hidden(page, layers, inputs)
    except Exception:  # a page MuPDF cannot analyse for hidden text: read it as it is (the export fails safe)
        raw = page.get_text("rawdict", flags=_FLAGS)
        return _build(page, raw, from_ocr=False, hidden=[]), None


def text_and_hidden(
    page: pymupdf.Page, layers: LayerView, inputs: PageInputs | None = None, labels: DrawnLabels | None = None
) -> tuple[PageText, list[HiddenText]]:
    """The text layer with its hidden text flagged, and the hidden text itself (for the export);
    `labels` are the box labels the export drew on the page (for its verification)."""
    shown = layers.page(page.number or 0)
    raw = (shown or page).get_text("rawdict", flags=_FLAGS)
    hidden = page_hidden(page, shown, extracted_origins(raw), inputs.trace() if inputs else None, labels)
    return _build(page, raw, from_ocr=False, hidden=hidden), hidden


# A character's box as it is read: x0, y0, x1, y1 in displayed space. A page's boxes stay such rows
# (`BoxRows`): a `Box` object is made only for a character asked for (a finding's, a line that is
# letter-spaced or holds a ligature), not for each of the thousands on a page.
_Row = tuple[float, float, float, float]
_NO_BOX = (np.nan, np.nan, np.nan, np.nan)
# One line of text as it is read: its characters (white space as " "), their boxes (None for white
# space) and why each is hidden (None when nothing on the line is).
_Line = tuple[list[str], list[_Row | None], list[str] | None]


def _build(page: pymupdf.Page, raw: dict[str, Any], from_ocr: bool, hidden: list[HiddenText]) -> PageText:
    width, height = page.rect.width, page.rect.height
    # OCR boxes are already in displayed space; the text layer's are unrotated.
    rotate = pymupdf.Identity if from_ocr else page.rotation_matrix
    identity = tuple(rotate) == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    kinds = {glyph_key(c, o): str(h.kind) for h in hidden for c, o in zip(h.text, h.origins, strict=True)}
    matched: set[tuple[str, float, float]] = set()
    lines: list[_Line] = []
    block_ends: set[int] = set()  # indices of lines that end a block
    for block in raw.get("blocks", []):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", []):
            if kinds:
                lines.append(_hidden_line(line, identity, rotate, kinds, matched))
            else:
                lines.append(_line(line, identity, rotate))
        if lines:
            block_ends.add(len(lines) - 1)
    # Hidden text the text layer does not report (outside the page): on lines of its own at the end.
    for h in hidden:
        chars: list[Char] = []
        previous: Box | None = None
        for c, b, o in zip(h.text, h.boxes, h.origins, strict=True):
            if glyph_key(c, o) in matched:
                continue
            if previous is not None and b.x0 - previous.x1 > 0.25 * max(b.height, 1.0):
                chars.append(Char(" ", None))  # the word space, which glyph runs do not hold
            chars.append(Char(c, b, str(h.kind)))
            previous = b
        if chars:
            lines.append(_from_chars(chars))
    out_c: list[str] = []
    out_b: list[_Row | None] = []
    out_k: list[str] = []
    any_kind = False
    # Letter-spaced text as the reader sees it: spaces between single glyphs folded, comb cells joined.
    for i, j in runs_of_singles([_single_box(line) for line in lines]):
        cs, bs, ks = lines[i]
        text = "".join(cs)
        if j - i == 1 and not text.startswith(" ") and "  " not in text and not fold_needed(text):
            # Nearly every line: its characters as they are (no separator to fold or drop).
            out_c += cs
            out_b += bs
            if ks is not None:
                out_k += ks
                any_kind = True
            else:
                out_k += [""] * len(cs)
        else:
            if j - i == 1:
                chars = fold_line(_chars(lines[i]))
            else:
                chars = fold_line([ch for line in lines[i:j] for ch in _chars(line) if ch.box is not None])
            for ch in chars:
                if ch.box is None:
                    if out_c and out_c[-1] in ("\n", " "):
                        continue
                    out_c.append(" ")
                    out_b.append(None)
                    out_k.append("")
                else:
                    out_c.append(ch.c)
                    out_b.append(_row(ch.box))
                    out_k.append(ch.kind)
                    any_kind = any_kind or bool(ch.kind)
        out_c.append("\n")
        out_b.append(None)
        out_k.append("")
        if j - 1 in block_ends:
            out_c.append("\n")
            out_b.append(None)
            out_k.append("")
    text = "".join(out_c)
    has_layer = bool(text) and not text.isspace()
    hidden_kinds = tuple(out_k) if any_kind and any(out_k) else ()
    rows = np.fromiter(chain.from_iterable(_NO_BOX if b is None else b for b in out_b), np.float64, 4 * len(out_b))
    boxes = BoxRows(rows.reshape(len(out_b), 4))
    return PageText(page.number or 0, text, boxes, width, height, has_layer, ocr=from_ocr, hidden=hidden_kinds)


def _line(line: dict[str, Any], identity: bool, rotate: pymupdf.Matrix) -> _Line:
    """A line of a "rawdict" on a page without hidden text."""
    cs: list[str] = []
    bs: list[_Row | None] = []
    for span in line.get("spans", []):
        chars = span.get("chars", [])
        if identity:
            boxes = [None if ch["c"].isspace() else ch["bbox"] for ch in chars]
        else:
            boxes = [None if ch["c"].isspace() else _row(display_box(ch["bbox"], rotate)) for ch in chars]
        cs += [" " if b is None else ch["c"] for ch, b in zip(chars, boxes, strict=True)]
        bs += boxes
    return _shared_out(cs, bs, None)


def _hidden_line(
    line: dict[str, Any],
    identity: bool,
    rotate: pymupdf.Matrix,
    kinds: dict[tuple[str, float, float], str],
    matched: set[tuple[str, float, float]],
) -> _Line:
    """A line of a "rawdict" on a page with hidden text: each glyph flagged with its kind."""
    cs: list[str] = []
    bs: list[_Row | None] = []
    ks: list[str] = []
    for span in line.get("spans", []):
        for ch in span.get("chars", []):
            c = ch["c"]
            if c.isspace():
                cs.append(" ")
                bs.append(None)
                ks.append("")
                continue
            kind = ""
            if "origin" in ch:
                key = glyph_key(c, ch["origin"])
                kind = kinds.get(key, "")
                if kind:
                    matched.add(key)
            cs.append(c)
            bs.append(ch["bbox"] if identity else _row(display_box(ch["bbox"], rotate)))
            ks.append(kind)
    return _shared_out(cs, bs, ks)


def _shared_out(cs: list[str], bs: list[_Row | None], ks: list[str] | None) -> _Line:
    """The line with the box of each glyph that stands for several characters shared out (`split_shared`)."""
    if any(b is not None and b[2] - b[0] < 0.01 for b in bs):
        chars = _chars((cs, bs, ks))
        split_shared(chars)
        bs = [_row(ch.box) for ch in chars]
    return cs, bs, ks


def _row(box: Box | None) -> _Row | None:
    return None if box is None else (box.x0, box.y0, box.x1, box.y1)


def _chars(line: _Line) -> list[Char]:
    cs, bs, ks = line
    boxes = [None if b is None else Box(*b) for b in bs]
    if ks is None:
        return [Char(c, b) for c, b in zip(cs, boxes, strict=True)]
    return [Char(c, b, k) for c, b, k in zip(cs, boxes, ks, strict=True)]


def _from_chars(chars: list[Char]) -> _Line:
    return [ch.c for ch in chars], [_row(ch.box) for ch in chars], [ch.kind for ch in chars]


def _single_box(line: _Line) -> Box | None:
    """`spacing.single` of the line: the box of its only glyph."""
    cs = line[0]
    return single(_chars(line)) if len(cs) - cs.count(" ") == 1 else None  # white space is " ", with no box


def open_pdf(path: Path) -> pymupdf.Document:
    """Open a PDF for reading, turning PyMuPDF's failures into a message for the user."""
    try:
        doc = pymupdf.open(path)
    except Exception as exc:  # PyMuPDF raises several types for broken files
        raise InputFileError(str(path), "filen kan ikke åbnes som PDF (den er beskadiget eller ikke en PDF)") from exc
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


def repaired(path: Path) -> bool:
    """True when MuPDF had to repair the file to read it (a broken cross-reference table, a cut-off file)."""
    try:
        doc = pymupdf.open(path)
    except Exception:
        return False
    try:
        return bool(doc.is_repaired)
    finally:
        doc.close()


def copy_repaired(source: Path, target: Path) -> int:
    """A fresh copy of a PDF that MuPDF had to repair, page by page into a new file.

    Saving a repaired file as it is can write a page tree MuPDF then cannot read ("cycle in page
    tree"); copying the pages into a new document rebuilds it. Document-level parts (bookmarks,
    layer settings) are not copied: content of a layer hidden by default shows, and is reviewed.
    """
    doc = open_pdf(source)
    fresh = pymupdf.open()
    try:
        fresh.insert_pdf(doc)
        fresh.save(target, garbage=3, deflate=True)
        return int(fresh.page_count)
    except Exception as exc:
        raise InputFileError(str(source), "PDF'en er beskadiget og kan ikke repareres") from exc
    finally:
        fresh.close()
        doc.close()


def read_pages(path: Path, ocr: bool = True, languages: str = "dan", jobs: int = 1) -> list[PageText]:
    """Every page's text. With `jobs` > 1 the scanned pages are read by OCR in that many processes
    (each opens the file by path: PyMuPDF is not thread-safe), so one big scan uses every core."""
    return _read(path, ocr, languages, jobs, report=False)[0]


def read_document(path: Path, languages: str = "dan", jobs: int = 1) -> tuple[list[PageText], list[str]]:
    """Every page's text (as `read_pages` with OCR) and the Danish warnings about the document's
    hidden content, from one analysis of each page: analysing the pages again for the warnings cost
    as much as reading them."""
    return _read(path, True, languages, jobs, report=True)


def read_document_with_original(
    path: Path, languages: str = "dan", jobs: int = 1
) -> tuple[list[PageText], list[str], OriginalReading | None]:
    """`read_document`, and what the export needs of the file (`pdf/original.py`) from the same
    analysis of each page: None when a page could not be read as the export reads it (the export
    then reads the file itself, and fails where it must)."""
    original: list[OriginalReading | None] = []
    pages, warnings = _read(path, True, languages, jobs, report=True, original=original)
    return pages, warnings, original[0] if original else None


@without_collector
def _read(
    path: Path,
    ocr: bool,
    languages: str,
    jobs: int,
    report: bool,
    original: list[OriginalReading | None] | None = None,
) -> tuple[list[PageText], list[str]]:
    doc = open_pdf(path)
    try:
        by_ocr: dict[int, PageText] = {}
        if ocr and jobs > 1:
            scanned = [page.number or 0 for page in doc if reads_by_ocr(page)]
            if len(scanned) >= 2 * jobs:
                by_ocr = _ocr_in_processes(path, scanned, languages, jobs)
        pages: list[PageText] = []
        found: list[list[HiddenText] | None] = []
        export = _ExportReading() if original is not None else None
        with LayerView(doc, strict=False) as layers:
            for page in doc:
                number = page.number or 0
                inputs = PageInputs(page)
                if number in by_ocr or (ocr and reads_by_ocr(page, inputs)):
                    pages.append(by_ocr.get(number) or _ocr_page(page, languages))
                    if report:
                        found.append(_hidden_of(page, layers))
                    if export is not None:
                        export.scan(page, layers, inputs)
                    continue
                text, hidden = _text_layer(page, layers, inputs)
                areas = text_images(page, inputs.images()) if ocr else []
                pages.append(_with_image_text(page, text, areas, languages) if areas else text)
                found.append(hidden)
                if export is not None:
                    export.add(text, hidden, areas)
            warnings = hidden_report(doc, None if layers.failed else found) if report else []
            if original is not None and export is not None:
                original.append(None if layers.failed or not ocr else export.reading())
        return pages, warnings
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(str(path), "teksten kan ikke læses fra PDF'en (den er beskadiget)") from exc
    finally:
        doc.close()


class _ExportReading:
    """Collects, page by page, what the export reads of an original (`redactor.read_original`)."""

    def __init__(self) -> None:
        self.pages: list[PageText] = []
        self.hidden: list[tuple[HiddenText, ...]] = []
        self.scanned: set[int] = set()
        self.pictures: dict[int, tuple[Box, ...]] = {}
        self.complete = True

    def add(self, text: PageText, hidden: list[HiddenText] | None, pictures: list[Box]) -> None:
        if hidden is None:  # the page could not be analysed for hidden text: the export fails on it
            self.complete = False
            return
        if pictures:
            self.pictures[text.page] = tuple(pictures)
        self.pages.append(text)
        self.hidden.append(tuple(hidden))

    def scan(self, page: pymupdf.Page, layers: LayerView, inputs: PageInputs) -> None:
        """A page read by OCR: its text layer and hidden text all the same (the export removes it)."""
        try:
            text, hidden = text_and_hidden(page, layers, inputs)
        except Exception:
            self.complete = False
            return
        self.scanned.add(page.number or 0)
        self.pages.append(text)
        self.hidden.append(tuple(hidden))

    def reading(self) -> OriginalReading | None:
        if not self.complete:
            return None
        return OriginalReading(tuple(self.pages), tuple(self.hidden), frozenset(self.scanned), self.pictures)


def _hidden_of(page: pymupdf.Page, layers: LayerView) -> list[HiddenText] | None:
    """The hidden text of a page read by OCR (for the report; its text is what OCR reads)."""
    try:
        return page_hidden(page, layers.page(page.number or 0))
    except Exception:
        return None


def _ocr_in_processes(path: Path, pages: list[int], languages: str, jobs: int) -> dict[int, PageText]:
    return {pt.page: pt for pt in pages_in_processes(_ocr_pages, path, pages, languages, jobs)}


def _ocr_pages(path: str, pages: list[int], languages: str) -> list[PageText]:
    """In a worker process: OCR of some pages of a file, opened here by path."""
    doc = pymupdf.open(path)
    try:
        return [page_text(doc[n], True, languages) for n in pages]
    finally:
        doc.close()


def creation_date(path: Path) -> datetime | None:
    """The creation date in a PDF's Info dictionary, if it has a readable one."""
    try:
        doc = pymupdf.open(path)
    except Exception:
        return None
    try:
        raw = (doc.metadata or {}).get("creationDate") or ""
    finally:
        doc.close()
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", raw)
    if not m:
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def first_page_text(path: Path) -> str:
    doc = pymupdf.open(path)
    try:
        return str(doc[0].get_text()) if doc.page_count else ""
    finally:
        doc.close()
