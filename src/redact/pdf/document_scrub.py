"""PyMuPDF's `Document.scrub()`, with the same result, without the work that cannot change it.

`scrub()` removes metadata, attachments, scripts, links and thumbnails, and redacts every text
span MuPDF's text extraction calls hidden (no fill and no stroke, fully transparent, or set in
Tesseract's GlyphLessFont). To find those spans it extracts every page whole, and then asks three
keys of every object of the file: a sixth of an export's time, for pages that nearly never hold
such a span (the export has removed hidden text before it scrubs).

`scrub` here does the same steps in the same order with the same calls, and skips only what
cannot find anything:
- a page is extracted for hidden spans only when a run of its content (annotations included, as
  the extraction runs it) shows a text call that can give one: text that is neither filled nor
  stroked (render mode 3), text added to the clipping path (modes 4–7), text painted with an
  opacity of 0 (or nearly 0), or text in a font named GlyphLessFont. Every character of the
  extraction comes from such a call with that call's font and opacity, and a character of a
  filled or stroked call is marked filled or stroked, so a page without them has no hidden span;
- an object is asked for its `/S`, `/Type` and `/Metadata` only when its printed form holds
  `/JavaScript` or `/Metadata` (the only values and keys the loop acts on).
A test compares the result with PyMuPDF's own `scrub()` on pages of every kind.
"""

from __future__ import annotations

from typing import Any

import pymupdf

m = pymupdf.mupdf

# Text painted with an opacity below this may come out of the extraction as fully transparent.
_NEARLY_TRANSPARENT = 0.01


def scrub(doc: pymupdf.Document) -> None:
    """`doc.scrub()` with its default arguments, with the same result."""
    if not doc.is_pdf:
        raise ValueError("is no PDF")
    if doc.is_encrypted or doc.is_closed:
        raise ValueError("closed or encrypted doc")
    doc.set_metadata({})
    for page in doc:
        for widget in page.widgets():
            widget.reset()
        for link in page.get_links():
            page.delete_link(link)
        hidden_redacts = _hidden_text_redactions(page) if may_hold_hidden_spans(page) else 0
        found_redacts = bool(hidden_redacts)
        for annot in page.annots():
            if annot.type[0] == m.PDF_ANNOT_FILE_ATTACHMENT:
                annot.update_file(buffer_=b" ")
            annot.delete_responses()
            if annot.type[0] == m.PDF_ANNOT_REDACT:
                found_redacts = True
        if found_redacts:
            page.apply_redactions(images=0)
        page.clean_contents()
        if doc.xref_get_key(page.xref, "Thumb")[0] != "null":
            doc.xref_set_key(page.xref, "Thumb", "null")
    for name in doc.embfile_names():
        doc.embfile_del(name)
    doc.del_xml_metadata()
    for xref in range(1, doc.xref_length()):
        source = doc.xref_object(xref)
        if not source:
            raise ValueError(f"bad xref {xref} - clean PDF before scrubbing")
        if "/JavaScript" in source and doc.xref_get_key(xref, "S")[1] == "/JavaScript":
            doc.update_object(xref, "<</S/JavaScript/JS()>>")  # a /JavaScript action: a null script
            continue
        if "/Metadata" not in source:
            continue
        if doc.xref_get_key(xref, "Type")[1] == "/Metadata":
            doc.update_object(xref, "<<>>")
            doc.update_stream(xref, b"deleted", new=True)
            continue
        if doc.xref_get_key(xref, "Metadata")[0] != "null":
            doc.xref_set_key(xref, "Metadata", "null")


def _hidden_text_redactions(page: pymupdf.Page) -> int:
    """Redaction annotations over the page's hidden text spans, as `scrub()` adds them; their count."""
    filled, stroked = m.FZ_STEXT_FILLED, m.FZ_STEXT_STROKED
    count = 0
    textpage = page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_SPANS | pymupdf.TEXT_COLLECT_STYLES)
    for block in textpage.get("blocks", ()):
        if block.get("type") != 0:
            continue
        for line in block.get("lines", ()):
            for span in line.get("spans", ()):
                font = span.get("font")
                flags = span.get("char_flags")
                hidden = (
                    (isinstance(font, str) and font.split("+")[-1] == "GlyphLessFont")
                    or span.get("alpha") == 0
                    or (isinstance(flags, int) and not flags & filled and not flags & stroked)
                )
                bbox = span.get("bbox")
                if not hidden or not bbox:
                    continue
                rect = pymupdf.Rect(bbox)
                if rect.is_empty or rect.is_infinite:
                    continue
                page.add_redact_annot(rect, cross_out=False)
                count += 1
    return count


def may_hold_hidden_spans(page: pymupdf.Page) -> bool:
    """False only when no text call of the page can give a span `scrub()` calls hidden (see above).
    True when the page cannot be run."""
    device = _TextCalls()
    try:
        m.fz_run_page(page.this, device, m.FzMatrix(), m.FzCookie())
        m.fz_close_device(device)
    except Exception:
        return True
    return device.suspect


_Device: Any = m.FzDevice2  # a device whose methods Python overrides (untyped bindings)


class _TextCalls(_Device):  # type: ignore[misc]
    """A device that only looks at the text calls of a page's content, for `may_hold_hidden_spans`."""

    def __init__(self) -> None:
        super().__init__()
        self.suspect = False
        self.use_virtual_fill_text()
        self.use_virtual_stroke_text()
        self.use_virtual_clip_text()
        self.use_virtual_clip_stroke_text()
        self.use_virtual_ignore_text()

    def _painted(self, text: Any, alpha: float) -> None:
        if alpha < _NEARLY_TRANSPARENT or _glyphless(text):
            self.suspect = True

    def fill_text(self, ctx: Any, text: Any, ctm: Any, cs: Any, color: Any, alpha: float, params: Any) -> None:
        self._painted(text, alpha)

    def stroke_text(
        self, ctx: Any, text: Any, stroke: Any, ctm: Any, cs: Any, color: Any, alpha: float, params: Any
    ) -> None:
        self._painted(text, alpha)

    def clip_text(self, *args: Any) -> None:
        self.suspect = True

    def clip_stroke_text(self, *args: Any) -> None:
        self.suspect = True

    def ignore_text(self, *args: Any) -> None:
        self.suspect = True


def _glyphless(text: Any) -> bool:
    """Some span of a text call is set in a font whose name holds GlyphLessFont (Tesseract's)."""
    span = text.head
    while span:
        if "GlyphLessFont" in (m.ll_fz_font_name(span.font) or ""):
            return True
        span = span.next
    return False
