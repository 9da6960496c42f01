"""`document_scrub.scrub` does what PyMuPDF's `Document.scrub()` does: the same file, every time.

Each file is scrubbed both ways and saved the same way; the bytes must be equal. The files hold
every kind of text `scrub()` redacts as hidden (render modes 3 and 7, no opacity, Tesseract's
GlyphLessFont, inside a form XObject, in an annotation), and what else it removes (links, form
fields, attachments, JavaScript, metadata and XMP, thumbnails, redaction annotations), beside
plain pages, where the hidden-text extraction is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redact.core.geometry import Box
from redact.pdf import redactor
from redact.pdf.document_scrub import may_hold_hidden_spans, scrub
from redact.pdf.redactor import Area, redact_pdf
from tests.support import hostile_builders as builders


def _raw_page(doc: pymupdf.Document, content: bytes, fonts: str = "/helv") -> pymupdf.Page:
    """A page whose content is `content`, with Helvetica as /helv (or the fonts given)."""
    page = doc.new_page()
    if fonts == "/helv":
        page.insert_font(fontname="helv")
    else:
        resources = doc.get_new_xref()
        doc.update_object(resources, f"<</Font <<{fonts}>>>>")
        doc.xref_set_key(page.xref, "Resources", f"{resources} 0 R")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, content)
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    return page


def _mode(n: int) -> bytes:
    return f"BT /helv 12 Tf {n} Tr 72 700 Td (Tilstand {n} Tove Tilstandsen) Tj ET".encode()


def render_modes_pdf(path: Path) -> Path:
    """A page per text render mode, 0 to 7, each beside visible text."""
    doc = pymupdf.open()
    for n in range(8):
        _raw_page(doc, b"BT /helv 11 Tf 72 760 Td (Synlig tekst) Tj ET\n" + _mode(n))
    doc.save(path)
    return path


def transparent_pdf(path: Path) -> Path:
    """Text painted with an opacity of 0, and with a nearly transparent one, through an ExtGState."""
    doc = pymupdf.open()
    for name, opacity in (("Gennemsigtig Gerda", "0"), ("Svag Svend", "0.001")):
        page = _raw_page(doc, f"q /G0 gs BT /helv 12 Tf 72 700 Td ({name}) Tj ET Q".encode())
        kind, resources = doc.xref_get_key(page.xref, "Resources")
        assert kind == "xref"
        doc.xref_set_key(
            int(resources.split()[0]), "ExtGState", f"<</G0 <</Type/ExtGState/ca {opacity}/CA {opacity}>>>>"
        )
    doc.save(path)
    return path


def glyphless_pdf(path: Path) -> Path:
    """Visible text in a font named GlyphLessFont (Tesseract's), plain and subset-prefixed."""
    doc = pymupdf.open()
    for name in ("GlyphLessFont", "ABCDEF+GlyphLessFont"):
        font = doc.get_new_xref()
        doc.update_object(font, f"<</Type/Font/Subtype/Type1/BaseFont/{name}/Encoding/WinAnsiEncoding>>")
        _raw_page(doc, b"BT /F1 12 Tf 72 700 Td (Skannet Sanne 120384-1234) Tj ET", f"/F1 {font} 0 R")
    doc.save(path)
    return path


def annotations_pdf(path: Path) -> Path:
    """A redaction annotation not yet applied, a file attachment, a note with a reply, a link,
    an invisible-text free-text annotation, and a page whose XMP lives on the page."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Under redaktion Rikke 120384-1234", fontsize=11)
    page.insert_text((72, 200), "Synlig tekst", fontsize=11)
    page.add_redact_annot(pymupdf.Rect(70, 88, 300, 104))
    page.add_file_annot((400, 400), b"Bilag om Birthe", "bilag.txt")
    note = page.add_text_annot((450, 300), "Note om Nikolaj")
    note.set_popup(pymupdf.Rect(450, 320, 550, 380))
    page.add_freetext_annot(pymupdf.Rect(72, 500, 300, 520), "Fri tekst Frits", fontsize=11)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 190, 200, 205), "uri": "https://example.org"})
    meta = doc.get_new_xref()
    doc.update_object(meta, "<</Type/Metadata/Subtype/XML>>")
    doc.update_stream(meta, b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>Side Sofie</x:xmpmeta>")
    doc.xref_set_key(page.xref, "Metadata", f"{meta} 0 R")
    doc.save(path)
    return path


_FILES: list[Callable[[Path], Path]] = [
    render_modes_pdf,
    transparent_pdf,
    glyphless_pdf,
    annotations_pdf,
    builders.invisible_text_pdf,
    builders.white_text_pdf,
    builders.tiny_text_pdf,
    builders.outside_page_pdf,
    builders.covered_text_pdf,
    builders.hidden_layer_pdf,
    builders.form_and_annotations_pdf,
    builders.active_content_pdf,
    builders.clipped_text_pdf,
    builders.associated_data_pdf,
    builders.private_keys_pdf,
    builders.pattern_text_pdf,
    builders.lying_font_pdf,
    builders.rotated_pdf,
    builders.text_pdf,
]


def _scrubbed(path: Path, ours: bool) -> bytes:
    return _scrubbed_doc(pymupdf.open(path), ours)


def _scrubbed_doc(doc: pymupdf.Document, ours: bool) -> bytes:
    try:
        if ours:
            scrub(doc)
        else:
            doc.scrub()
        return doc.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True)
    finally:
        doc.close()


@pytest.mark.parametrize("build", _FILES, ids=lambda b: b.__name__)
def test_the_same_file_as_pymupdfs_scrub(build: Callable[[Path], Path], tmp_path: Path) -> None:
    path = build(tmp_path / "doc.pdf")
    assert _scrubbed(path, ours=True) == _scrubbed(path, ours=False)


def _without_id(data: bytes) -> bytes:
    """The file without the trailer's /ID, which differs on every save."""
    at = data.rfind(b"/ID")
    return data[:at] + data[data.rfind(b"startxref") :] if at >= 0 else data


@pytest.mark.parametrize(
    "build", [builders.invisible_text_pdf, builders.form_and_annotations_pdf, builders.text_pdf, render_modes_pdf]
)
def test_the_export_writes_the_same_file_as_with_pymupdfs_scrub(
    build: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redacted, boxes and labels drawn, hidden text removed, then scrubbed either way."""
    source = build(tmp_path / "doc.pdf")
    areas = [Area(0, (Box(70, 60, 200, 76),), "", "§ 30, nr. 1")]
    redact_pdf(source, areas, tmp_path / "ours.pdf")
    monkeypatch.setattr(redactor, "scrub", lambda doc: doc.scrub())
    redact_pdf(source, areas, tmp_path / "theirs.pdf")
    ours, theirs = (_without_id((tmp_path / f"{n}.pdf").read_bytes()) for n in ("ours", "theirs"))
    assert ours == theirs


@pytest.mark.parametrize("build", [render_modes_pdf, transparent_pdf, glyphless_pdf])
def test_pages_that_can_hold_hidden_spans_are_extracted(build: Callable[[Path], Path], tmp_path: Path) -> None:
    doc = pymupdf.open(build(tmp_path / "doc.pdf"))
    expected = [n in (3, 4, 5, 6, 7) for n in range(8)] if build is render_modes_pdf else [True] * doc.page_count
    assert [may_hold_hidden_spans(page) for page in doc] == expected


def test_hidden_text_inside_a_form_xobject_or_an_annotation_is_seen(tmp_path: Path) -> None:
    doc = pymupdf.open()
    inner = pymupdf.open()
    inner.new_page(width=300, height=40).insert_text((5, 20), "Formular Frida", render_mode=3)
    doc.new_page().show_pdf_page(pymupdf.Rect(72, 150, 372, 190), inner, 0)
    plain = doc.new_page()
    plain.insert_text((72, 72), "Synlig tekst", fontsize=11)
    annot = plain.add_freetext_annot(pymupdf.Rect(72, 500, 300, 520), "Fri tekst Frits", fontsize=11)
    appearance = int(doc.xref_get_key(annot.xref, "AP/N")[1].split()[0])
    doc.save(tmp_path / "doc.pdf")
    doc.close()
    doc = pymupdf.open(tmp_path / "doc.pdf")
    assert [may_hold_hidden_spans(p) for p in doc] == [True, False]
    doc.update_stream(appearance, doc.xref_stream(appearance).replace(b"BT", b"BT 3 Tr"))
    assert may_hold_hidden_spans(doc[1])
    data = doc.tobytes()
    assert _scrubbed_doc(doc, ours=True) == _scrubbed_doc(pymupdf.open("pdf", data), ours=False)


def test_plain_text_and_drawn_labels_need_no_extraction(tmp_path: Path) -> None:
    source = builders.text_pdf(tmp_path / "doc.pdf")
    out = tmp_path / "out.pdf"
    redact_pdf(source, [Area(0, (Box(60, 60, 300, 90),), "", "§ 30, nr. 1")], out)
    for path in (source, out):
        doc = pymupdf.open(path)
        assert [may_hold_hidden_spans(p) for p in doc] == [False] * doc.page_count
