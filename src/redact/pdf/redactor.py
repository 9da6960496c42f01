"""True redaction: remove what lies under each box, scrub the file, verify by re-reading it.

The result is written to a temporary file beside the target and moved into place only after
verification passed, so a failed check leaves no output file behind.
"""

from __future__ import annotations

import functools
import math
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.core.errors import VerificationError
from redact.core.geometry import Box
from redact.core.legal import label_forms
from redact.core.text import PageText
from redact.pdf.charindex import CharIndex
from redact.pdf.collection import without_collector
from redact.pdf.document_scrub import scrub
from redact.pdf.drawn_labels import drawn_labels
from redact.pdf.extract import PageInputs, open_pdf, reads_by_ocr, text_and_hidden
from redact.pdf.hidden import (
    HiddenKind,
    HiddenText,
)
from redact.pdf.labels import BESIDE_LABEL_PT, LAST_RESORT_PT, label_beside, label_inside, label_op, word_boxes
from redact.pdf.layers import LayerView, hidden_layer_paint, remove_hidden_layer_paint
from redact.pdf.ocr import ocr_text, pages_in_processes, text_images
from redact.pdf.original import OriginalReading
from redact.pdf.scrub import leftovers, remove_unknown_keys, strip_image_metadata

m = pymupdf.mupdf


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


def _rect(box: Box, page: pymupdf.Page) -> pymupdf.Rect:
    """A box of displayed page space as a rectangle for a redaction (unrotated page space)."""
    return pymupdf.Rect(box.x0, box.y0, box.x1, box.y1) * page.derotation_matrix


def _text_band(box: Box) -> Box:
    """The middle of a text line's box.

    MuPDF removes every character whose box merely touches a redaction rectangle, and character
    boxes span the full line height, so on tightly set text a full box would eat into the lines
    above and below. The middle band still crosses every glyph of its own line.
    """
    return box.shrunk_vertically(0.30)


def _hidden_bands(h: HiddenText) -> list[Box]:
    """The middle of each line of a run of hidden characters, narrowed at both ends.

    A redaction removes every character whose box touches its rectangle, so the rectangle keeps
    clear of the visible characters on either side and of the lines above and below.
    """
    lines: list[list[Box]] = []
    for b in h.boxes:
        last = lines[-1][-1] if lines else None
        if (
            last is not None
            and abs((b.y0 + b.y1) - (last.y0 + last.y1)) < 0.4 * max(b.height, 0.1)
            and -1.0 <= b.x0 - last.x1 <= 0.6 * max(b.height, 1.0)
        ):
            lines[-1].append(b)
        else:
            lines.append([b])
    bands = []
    for line in lines:
        first, final = line[0], line[-1]
        box = Box(
            first.x0 + first.width * 0.2,
            min(x.y0 for x in line),
            final.x1 - final.width * 0.2,
            max(x.y1 for x in line),
        )
        bands.append(_text_band(box))
    return bands


def _remove_hidden(page: pymupdf.Page, hidden: list[HiddenText]) -> None:
    """Remove the page's hidden text: by its characters' middle bands, invisible text by MuPDF's own test."""
    bands = [band for h in hidden if h.kind is not HiddenKind.INVISIBLE for band in _hidden_bands(h)]
    for band in bands:
        page.add_redact_annot(_rect(band, page), fill=False, cross_out=False)
    if bands:
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_NONE,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
            text=pymupdf.PDF_REDACT_TEXT_REMOVE,
        )
    # Invisible text (render mode 3, fully transparent) anywhere on the page, also inside form
    # XObjects and outside the page: MuPDF decides what is invisible, so visible text stays.
    if any(h.kind is HiddenKind.INVISIBLE for h in hidden):
        everywhere = page.mediabox | (page.rect * page.derotation_matrix)
        for h in hidden:
            everywhere |= _rect(h.bbox, page)
        page.add_redact_annot(everywhere + (-10, -10, 10, 10), fill=False, cross_out=False)
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_NONE,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
            text=pymupdf.PDF_REDACT_TEXT_REMOVE_INVISIBLE,
        )


def _apply(page: pymupdf.Page, areas: list[Area]) -> None:
    # Pass 1: remove the text, using the narrow band (or the whole area for drawn rectangles).
    _redact(
        page,
        [box if a.whole_area else _text_band(box) for a in areas for box in a.boxes],
        images=pymupdf.PDF_REDACT_IMAGE_NONE,
        graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
        text=pymupdf.PDF_REDACT_TEXT_REMOVE,
    )
    # Pass 2: over the full box, blank image pixels and remove vector art; then the black boxes.
    _redact(
        page,
        [box for a in areas for box in a.boxes],
        images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
        graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
        text=pymupdf.PDF_REDACT_TEXT_NONE,
    )
    _paint_boxes(page, [(box, a.label) for a in areas for box in a.boxes])


def _redact(page: pymupdf.Page, boxes: list[Box], *, images: int, graphics: int, text: int) -> None:
    """MuPDF's redaction of the areas (displayed page space), as `add_redact_annot` and
    `apply_redactions` do it, without their Python work per annotation (a page with 50 boxes
    spent most of its export time there). The redaction annotation is gone afterwards.

    One annotation holds every box as a quadrilateral: MuPDF tests each character (image, path)
    against each quadrilateral of each redaction annotation, and an annotation's own rectangle
    only when it has none, so what is removed is the same as with one annotation per box; but it
    looks up each annotation's dictionary again for every character of the page, and with one
    annotation a box costs a few array reads per character instead of three dictionary lookups.
    """
    if not boxes:
        return
    page_obj = m.pdf_page_from_fz_page(page.this)
    annot = m.pdf_create_annot(page_obj, m.PDF_ANNOT_REDACT)
    for b in boxes:
        # The page's transform (with its rotation) takes displayed space to the PDF's own.
        m.pdf_add_annot_quad_point(annot, m.fz_quad_from_rect(m.FzRect(b.x0, b.y0, b.x1, b.y1)))
    options = m.PdfRedactOptions()
    options.black_boxes = 0  # drawn by _paint_boxes, with the labels
    options.text = text
    options.image_method = images
    options.line_art = graphics
    if not m.pdf_redact_page(page_obj.doc(), page_obj, options):
        raise VerificationError("MuPDF kunne ikke anvende redaktionerne på siden")


def _paint_boxes(page: pymupdf.Page, boxes: list[tuple[Box, str]]) -> None:
    """Draw the black boxes and their labels (white, upright for the reader) in one content stream.
    A label too long for its box is shortened ("§ 30.1"), else set in black beside the box where
    the page is empty, else set small in the box: the basis is never left out.

    One stream and one font lookup per page: drawing each label with `insert_textbox` looked the
    font up again for every label and retried smaller sizes until it fitted.
    """
    if not boxes:
        return
    to_pdf = page.derotation_matrix * ~page.transformation_matrix  # displayed space -> PDF space
    ops = ["q", "0 0 0 rg 0 0 0 RG 1 w"]
    for box, _ in boxes:
        r = pymupdf.Rect(box.x0, box.y0, box.x1, box.y1) * to_pdf
        # A path of its own per box: the verification sees each box apart, not one area around all.
        ops.append(f"{r.x0:.3f} {r.y0:.3f} {r.width:.3f} {r.height:.3f} re B")
    labels = []
    font = _helvetica()
    taken: list[Box] | None = None  # words and boxes of the page, read only when a label must go beside
    for box, label in boxes:
        if not label:
            continue
        inside = label_inside(font, box, label)
        if inside is None:
            if taken is None:
                taken = [b for b, _ in boxes] + word_boxes(page)
            beside = label_beside(font, box, label, Box(0, 0, page.rect.width, page.rect.height), taken)
            if beside is not None:
                form, place = beside
                taken.append(place)
                labels.append(label_op(font, form, BESIDE_LABEL_PT, place, to_pdf, "0 0 0 rg"))
                continue
            inside = label_inside(font, box, label, LAST_RESORT_PT)  # no room beside: small, but there
        if inside is not None:
            labels.append(label_op(font, inside[0], inside[1], box, to_pdf, "1 1 1 rg"))
    if labels:
        page.insert_font(fontname="helv")  # Helvetica, WinAnsi encoding, under the resource name /helv
        ops += ["BT", *labels, "ET"]
    ops.append("Q")
    _append_contents(page, "\n".join(ops).encode("ascii"))


@functools.cache
def _helvetica() -> pymupdf.Font:
    return pymupdf.Font("helv")


def _append_contents(page: pymupdf.Page, data: bytes) -> None:
    """Add a content stream after the page's own, which is wrapped first so its graphics state
    (a transformation left in place, a clip) cannot move or hide what is added."""
    doc = page.parent
    page.wrap_contents()
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, data)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    before = value.strip()[1:-1] if kind == "array" else value if kind == "xref" else ""
    doc.xref_set_key(page.xref, "Contents", f"[{before} {xref} 0 R]")


def _covers_only_hidden(area: Area, pt: PageText) -> bool:
    if area.whole_area or not pt.has_hidden:
        return False
    under = [
        i
        for i, (c, b) in enumerate(zip(pt.text, pt.boxes, strict=True))
        if b is not None and not c.isspace() and b.centre_in(area.boxes)
    ]
    return bool(under) and all(pt.is_hidden(i) for i in under)


@without_collector
def read_original(source: Path, name: str) -> OriginalReading:
    """What the export needs of the original: each page's text and hidden text, the pages read (and
    checked) by OCR, and the pictures big enough for a line of text on pages with a text layer.
    Detection keeps the same (`extract.read_document_with_original`), so the export need not read it."""
    original = open_pdf(source)
    try:
        inputs = [PageInputs(p) for p in original]
        with LayerView(original) as layers:
            read = [text_and_hidden(p, layers, inputs[p.number or 0]) for p in original]
        scanned = frozenset(p.number or 0 for p in original if reads_by_ocr(p, inputs[p.number or 0]))
        return OriginalReading(
            tuple(pt for pt, _ in read),
            tuple(tuple(h) for _, h in read),
            scanned,
            _pictures(original, scanned, inputs),
        )
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"
        raise VerificationError(
            f"{name}: filen kan ikke undersøges for skjult indhold ({reason}); ingen fil skrevet"
        ) from exc
    finally:
        original.close()


@without_collector
def redact_pdf(
    source: Path,
    areas: list[Area],
    target: Path,
    ocr_languages: str = "dan",
    original: OriginalReading | None = None,
    ocr_jobs: int = 1,
) -> ExportResult:
    """Write `target`: `source` with every area removed, scrubbed and verified. `source` is read only.

    `ocr_languages` (Tesseract's codes, "nor", "swe+eng") are those the document was read in: the
    check of a scan reads it again with them. `original` is `read_original(source)` kept from when
    the document was read (the caller vouches that it is of this very file); None reads it here.
    `ocr_jobs` > 1 reads the written file's scanned pages for the check in that many processes."""
    reading = original if original is not None else read_original(source, target.name)
    before, hidden, scanned = list(reading.pages), reading.hidden, set(reading.scanned)
    pictures = {n: list(boxes) for n, boxes in reading.pictures.items()}
    _check_preconditions(
        [a for a in areas if a.page not in scanned and not _over_pictures(a, pictures)], before, target.name
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = open_pdf(source)
        try:
            if len(before) != doc.page_count:
                raise VerificationError(
                    f"{target.name}: den gemte læsning af filen passer ikke til den; ingen fil skrevet"
                )
            by_page: dict[int, list[Area]] = {}
            for a in areas:
                if not 0 <= a.page < doc.page_count:
                    raise VerificationError(f"{target.name}: en redaktion peger på side {a.page + 1}, som ikke findes")
                by_page.setdefault(a.page, []).append(a)
            for number, found in enumerate(hidden):
                if found:
                    _remove_hidden(doc[number], list(found))
            for number, page_areas in by_page.items():
                # An area over hidden text only (gone with the hidden text) gets no black box where
                # the reader saw nothing; on a scan the area is over what the image shows.
                shown = [a for a in page_areas if number in scanned or not _covers_only_hidden(a, before[number])]
                if shown:
                    _apply(doc[number], shown)
            remove_hidden_layer_paint(doc)  # images and drawings of layers hidden by default
            scrub(doc)  # as Document.scrub(): metadata, XMP, responses, attachments, JavaScript, links, thumbnails
            _clean_structure(doc)
            for page in doc:
                for annot in list(page.annots() or []):
                    page.delete_annot(annot)
                for widget in list(page.widgets() or []):
                    page.delete_widget(widget)
            doc.set_metadata({})
            doc.del_xml_metadata()
            remove_unknown_keys(doc)  # only what a viewer needs (no /Sagsdata in the catalog or a page)
            strip_image_metadata(doc)  # no EXIF or comments in JPEGs
            doc.save(
                tmp,
                garbage=4,
                deflate=True,
                clean=True,
                incremental=False,
                preserve_metadata=0,
                encryption=pymupdf.PDF_ENCRYPT_NONE,  # a released file is never locked
            )
            pages = doc.page_count
        finally:
            doc.close()
        verify(
            tmp,
            areas,
            before,
            target.name,
            ocr_pages=scanned,
            source=source,
            ocr_areas=pictures,
            ocr_languages=ocr_languages,
            ocr_jobs=ocr_jobs,
        )
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
# /Annots too: every annotation goes, and MuPDF's loading of one written inline (not an object of its
# own) made the clean save drop a form XObject the page draws.
_PAGE_KEYS = ("AA", "Thumb", "PieceInfo", "Metadata", "StructParents", "B", "Trans", "Annots")
_ACTIVE = re.compile(r"/(JavaScript|JS|Launch|URI|EmbeddedFile|SubmitForm|ImportData|RichMedia|GoToR)\b")


def structure_problems(doc: pymupdf.Document) -> list[str]:
    """What a released file must not carry besides its pages: metadata, attachments, annotations,
    form fields, scripts and actions. Empty when the file is clean."""
    problems: list[str] = []
    meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
    if meta:
        problems.append(f"metadata tilbage: {sorted(meta)}")
    if doc.get_xml_metadata():
        problems.append("XMP-metadata tilbage")
    if doc.embfile_count():
        problems.append("vedhæftede filer tilbage")
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
    return problems


def _clean_structure(doc: pymupdf.Document) -> None:
    """Set the catalog's and each page's keys of what a reader does not see to null.

    On a page only keys it holds: setting an absent key to null only added an entry
    `remove_unknown_keys` takes out again, and each setting prints and parses the whole page."""
    catalog = doc.pdf_catalog()
    for key in _CATALOG_KEYS:
        doc.xref_set_key(catalog, key, "null")
    doc.xref_set_key(catalog, "PageMode", "/UseNone")
    for page in doc:
        held = set(doc.xref_get_keys(page.xref))
        for key in _PAGE_KEYS:
            if key in held:
                doc.xref_set_key(page.xref, key, "null")


def _pictures(doc: pymupdf.Document, scanned: frozenset[int], inputs: list[PageInputs]) -> dict[int, tuple[Box, ...]]:
    """Pictures big enough for a line of text, per page with a text layer."""
    out = {}
    for page in doc:
        if (page.number or 0) not in scanned and (areas := text_images(page, inputs[page.number or 0].images())):
            out[page.number or 0] = tuple(areas)
    return out


def _over_pictures(area: Area, pictures: dict[int, list[Box]]) -> bool:
    """The area lies (partly) over a picture whose text was read by OCR, not from the text layer."""
    return any(b.intersects(p) for b in area.boxes for p in pictures.get(area.page, ()))


def _check_preconditions(areas: list[Area], before: list[PageText], name: str) -> None:
    """Every area must lie over the text it claims to hide; a misplaced box would hide nothing."""
    index: dict[int, CharIndex] = {}
    for a in areas:
        wanted = re.sub(r"\s", "", a.text)
        if not wanted or a.page >= len(before):
            continue
        if a.page not in index:
            index[a.page] = CharIndex(before[a.page])
        under = index[a.page].under(a.boxes)
        if wanted not in under:
            raise VerificationError(
                f"{name}: en redaktion på side {a.page + 1} dækker ikke den tekst, den skal skjule; ingen fil skrevet"
            )


def _ocr_source_page(source: Path | None, number: int, regions: list[Box] | None = None, languages: str = "dan") -> str:
    """What the original page (or `regions` of it) shows, read by OCR, without white space ("" when unknown)."""
    if source is None:
        return ""
    doc = pymupdf.open(source)
    try:
        return re.sub(r"\s", "", ocr_text(doc[number], languages, areas=regions))
    finally:
        doc.close()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@without_collector
def verify(
    path: Path,
    areas: list[Area],
    before: list[PageText],
    name: str,
    ocr_pages: set[int] | None = None,
    source: Path | None = None,
    ocr_areas: dict[int, list[Box]] | None = None,
    ocr_languages: str = "dan",
    ocr_jobs: int = 1,
) -> None:
    """Re-read the written file and raise VerificationError if anything redacted is still there.

    `ocr_pages` are read by OCR whole, `ocr_areas` (pictures on pages with a text layer) by OCR of
    those areas, with the Tesseract data `ocr_languages`: an accepted text that OCR still reads
    there fails the check. With `ocr_jobs` > 1 the pages are read by OCR in that many processes.
    """
    doc = pymupdf.open(path)
    try:
        problems = structure_problems(doc) + leftovers(doc)
        with LayerView(doc) as layers:
            # One analysis per page serves both checks; the boxes' own labels are told apart.
            drawn = drawn_labels(doc, [(a.page, a.label, a.boxes) for a in areas])
            read_after = [text_and_hidden(p, layers, labels=drawn.get(p.number or 0)) for p in doc]
        after = [pt for pt, _ in read_after]
        problems += _ocr_problems(
            doc, areas, ocr_pages or set(), ocr_areas or {}, source, ocr_languages, (path, ocr_jobs)
        )
        problems += _pixel_problems(doc, areas, before, ocr_pages or set())
        problems += _hidden_problems(doc, [h for _, h in read_after])
    finally:
        doc.close()
    problems += _text_under_boxes(areas, after)
    problems += _text_extractable(areas, before, after)
    if problems:
        unique = list(dict.fromkeys(problems))
        raise VerificationError(
            f"{name}: kontrollen af den redigerede fil fejlede, ingen fil skrevet: " + "; ".join(unique[:5])
        )


def _ocr_problems(
    doc: pymupdf.Document,
    areas: list[Area],
    ocr_pages: set[int],
    pictures: dict[int, list[Box]],
    source: Path | None,
    languages: str = "dan",
    processes: tuple[Path, int] | None = None,
) -> list[str]:
    """What the page shows: OCR every page read by OCR that carries a redaction (or its pictures),
    and fail if an accepted text can still be read from the pixels. `processes` (the written file's
    path, a number of processes) reads the pages in that many processes, each opening the file."""
    problems: list[str] = []
    reads: list[_OcrRead] = []
    for number in sorted({a.page for a in areas} & (ocr_pages | set(pictures))):
        if number < doc.page_count:
            drawn = [b for a in areas if a.page == number for b in a.boxes]
            reads.append((number, drawn, None if number in ocr_pages else pictures[number]))
    path, jobs = processes or (None, 1)
    if path is not None and jobs > 1 and len(reads) >= 2 * jobs:
        seen_on = _ocr_seen_in_processes(path, reads, languages, jobs)
    else:
        seen_on = dict(_ocr_seen(doc, reads, languages))
    for number, _, regions in reads:
        seen = seen_on[number]
        accepted = Counter(re.sub(r"\s", "", a.text) for a in areas if a.page == number)
        shown_before: str | None = None
        for wanted, n in accepted.items():
            if len(wanted) < 4 or wanted not in seen:
                continue
            # Still readable: fine only if the page showed it more often than it was accepted
            # (the case handler kept another occurrence readable on purpose).
            if shown_before is None:
                shown_before = _ocr_source_page(source, number, regions, languages)
            if seen.count(wanted) > shown_before.count(wanted) - n:
                problems.append(f"side {number + 1}: redigeret tekst kan stadig læses på billedet")
                break
    return problems


# A page to read for the check: its number, the boxes drawn on it (blanked for OCR), the areas to read (None: all).
_OcrRead = tuple[int, list[Box], list[Box] | None]


def _ocr_seen(doc: pymupdf.Document, reads: list[_OcrRead], languages: str) -> list[tuple[int, str]]:
    """What OCR reads on each page of `reads`, without white space."""
    return [
        (number, re.sub(r"\s", "", ocr_text(doc[number], languages, blank=drawn, areas=regions)))
        for number, drawn, regions in reads
    ]


def _ocr_seen_in_file(path: str, reads: list[_OcrRead], languages: str) -> list[tuple[int, str]]:
    """In a worker process: `_ocr_seen` on the written file, opened here by path."""
    doc = pymupdf.open(path)
    try:
        return _ocr_seen(doc, reads, languages)
    finally:
        doc.close()


def _ocr_seen_in_processes(path: Path, reads: list[_OcrRead], languages: str, jobs: int) -> dict[int, str]:
    """`_ocr_seen` of the written file in `jobs` processes."""
    return dict(pages_in_processes(_ocr_seen_in_file, path, reads, languages, jobs))


def _pixel_problems(doc: pymupdf.Document, areas: list[Area], before: list[PageText], ocr_pages: set[int]) -> list[str]:
    """The pixels of every image under a black box are blanked (MuPDF makes them white): a box
    over pixels that still show something only hides them until someone removes the box."""
    problems: list[str] = []
    for number in sorted({a.page for a in areas}):
        if number >= doc.page_count or number >= len(before):
            continue
        boxes = [
            b
            for a in areas
            if a.page == number and (number in ocr_pages or not _covers_only_hidden(a, before[number]))
            for b in a.boxes
        ]
        if boxes and _pixels_left(doc[number], boxes):
            problems.append(f"side {number + 1}: billedpunkter under en redaktion er ikke fjernet")
    return problems


def _hidden_problems(doc: pymupdf.Document, hidden: list[list[HiddenText]]) -> list[str]:
    """Nothing the reader cannot see: no hidden text, nothing painted by a hidden layer, no thumbnails."""
    problems: list[str] = []
    for number, found in enumerate(hidden):
        for kind in dict.fromkeys(h.kind for h in found):
            problems.append(f"side {number + 1}: {kind} tilbage")
    if hidden_layer_paint(doc):
        problems.append("indhold i skjulte lag tilbage")
    if any(doc.xref_get_key(page.xref, "Thumb")[0] != "null" for page in doc):
        problems.append("miniaturebilleder (thumbnails) tilbage")
    return problems


def _text_under_boxes(areas: list[Area], after: list[PageText]) -> list[str]:
    """No text of the written file lies under a black box, apart from the box labels."""
    problems: list[str] = []
    # Longest first: "§13" taken out of "offl.§13jf.fvl.§13" first would leave "offl.jf.fvl." behind.
    forms = {
        _squash(form).replace(" ", "") for label in {a.label for a in areas if a.label} for form in label_forms(label)
    }
    labels = sorted(forms, key=len, reverse=True)
    index: dict[int, CharIndex] = {}
    for a in areas:
        if a.page >= len(after):
            problems.append(f"side {a.page + 1} mangler i resultatet")
            continue
        if a.page not in index:
            index[a.page] = CharIndex(after[a.page])
        for box in a.boxes:
            inside = re.sub(r"\s", "", index[a.page].under([box]))
            for label in labels:
                inside = inside.replace(label, "")
            if inside:
                problems.append(f"side {a.page + 1}: tekst under en redaktion kan stadig læses")
                break
    return problems


def _text_extractable(areas: list[Area], before: list[PageText], after: list[PageText]) -> list[str]:
    """Text-level check over the whole file: an accepted text that does not remain anywhere
    outside the boxes in the original (hidden text does not remain) must not be extractable
    anywhere in the result."""
    problems: list[str] = []
    remaining = " ".join(_blank(pt, [a for a in areas if a.page == pt.page]) for pt in before)
    remaining_norm = _squash(remaining)
    result_text = _squash(" ".join(pt.text for pt in after))
    for a in areas:
        t = _squash(a.text)
        if len(t) < 2 or _present(t, remaining_norm):
            continue
        if _present(t, result_text):
            problems.append(f"side {a.page + 1}: redigeret tekst kan stadig udtrækkes")
    return problems


def _pixels_left(page: pymupdf.Page, boxes: list[Box]) -> bool:
    """True if an image (with its own object) still has more than one colour under one of the boxes.

    Inline images have no object to read back and are not checked here; MuPDF blanks their pixels
    all the same (tried with PyMuPDF 1.28.2), and the OCR check still reads the page.
    `get_image_info` finds each image's object among `page.get_images()` (the page's resources),
    so a page without image objects has none to check, and its content is not run for the list.
    """
    if not page.get_images():
        return False
    for info in page.get_image_info(xrefs=True):
        xref = int(info.get("xref") or 0)
        bbox = pymupdf.Rect(info["bbox"])
        hits = [r for r in (_rect(b, page) & bbox for b in boxes) if not r.is_empty and r.width > 0.5]
        if not xref or not hits:
            continue
        try:
            pix = pymupdf.Pixmap(page.parent, xref)
            inverse = ~pymupdf.Matrix(info["transform"])
        except Exception:
            return True  # an image that cannot be read back cannot be shown to be blank
        samples = pix.samples_mv
        for r in hits:
            unit = r * inverse  # the image's unit square
            x0 = max(0, math.floor(unit.x0 * pix.width) + 1)
            x1 = min(pix.width, math.ceil(unit.x1 * pix.width) - 1)
            y0 = max(0, math.floor(unit.y0 * pix.height) + 1)
            y1 = min(pix.height, math.ceil(unit.y1 * pix.height) - 1)
            if x1 <= x0 or y1 <= y0:
                continue
            first = bytes(samples[y0 * pix.stride + x0 * pix.n : y0 * pix.stride + (x0 + 1) * pix.n])
            row = first * (x1 - x0)
            for y in range(y0, y1):
                if samples[y * pix.stride + x0 * pix.n : y * pix.stride + x1 * pix.n] != row:
                    return True
    return False


def _present(needle: str, haystack: str) -> bool:
    if needle not in haystack:  # a plain substring search first: most redacted texts are gone
        return False
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def _blank(pt: PageText, areas: list[Area]) -> str:
    """The page's text as the release keeps it: without the areas and without hidden text."""
    boxes = [b for a in areas for b in a.boxes]
    if not boxes and not pt.has_hidden:
        return pt.text
    chars = list(pt.text)
    for i in CharIndex(pt).indices_under(boxes):
        chars[i] = " "
    for i, kind in enumerate(pt.hidden):
        if kind:
            chars[i] = " "
    return "".join(chars)
