"""`redactor._redact` puts every box of a page in one redaction annotation: it must remove exactly
what one annotation per box removes (PyMuPDF's `add_redact_annot` and `apply_redactions`), on
every rotation, for text, image pixels and vector art."""

from __future__ import annotations

import pymupdf
import pytest

from redact.core.geometry import Box
from redact.pdf.redactor import _redact

LINES = [f"Linje {n}: Karla Testesen, Fiktivvej {n}, 9999 Opdigtby, tlf. 12 34 56 {n:02d}" for n in range(30)]


def _page(rotation: int) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for line in LINES:
        page.insert_text((50, y), line, fontsize=9)
        y += 11
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 60), False)
    pix.set_rect(pix.irect, (0, 0, 255))
    page.insert_image(pymupdf.Rect(380, 420, 500, 540), pixmap=pix)
    page.draw_rect(pymupdf.Rect(60, 450, 160, 500), color=(1, 0, 0), fill=(1, 0, 0))
    page.draw_line((60, 560), (400, 560), color=(0, 1, 0))
    page.set_rotation(rotation)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def _boxes(page: pymupdf.Page) -> list[Box]:
    """Boxes in displayed space over some words, the image, the drawing and the line."""
    out = []
    rotate = page.rotation_matrix
    for w in page.get_text("words")[::7]:
        r = pymupdf.Rect(w[:4]) * rotate
        out.append(Box(r.x0, r.y0 + 2, r.x1, r.y1 - 2))
    for r in (pymupdf.Rect(400, 440, 450, 470), pymupdf.Rect(100, 440, 120, 520), pymupdf.Rect(200, 555, 220, 565)):
        d = r * rotate
        out.append(Box(d.x0, d.y0, d.x1, d.y1))
    return out


def _contents(doc: pymupdf.Document) -> tuple[bytes, list[bytes]]:
    """The page's content and the pixels of the images it shows."""
    page = doc[0]
    return page.read_contents(), [pymupdf.Pixmap(doc, x[0]).samples for x in page.get_images(full=True)]


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize(
    ("images", "graphics", "text"),
    [
        (pymupdf.PDF_REDACT_IMAGE_NONE, pymupdf.PDF_REDACT_LINE_ART_NONE, pymupdf.PDF_REDACT_TEXT_REMOVE),
        (pymupdf.PDF_REDACT_IMAGE_PIXELS, pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED, pymupdf.PDF_REDACT_TEXT_NONE),
    ],
)
def test_one_annotation_for_all_boxes_removes_what_one_per_box_removes(
    rotation: int, images: int, graphics: int, text: int
) -> None:
    data = _page(rotation)
    ours, theirs = pymupdf.open(stream=data), pymupdf.open(stream=data)
    boxes = _boxes(ours[0])
    _redact(ours[0], boxes, images=images, graphics=graphics, text=text)
    page = theirs[0]
    for b in boxes:
        page.add_redact_annot(pymupdf.Rect(b.x0, b.y0, b.x1, b.y1) * page.derotation_matrix, fill=False)
    page.apply_redactions(images=images, graphics=graphics, text=text)

    assert list(ours[0].annots()) == []
    assert ours[0].get_text("rawdict") == page.get_text("rawdict")
    assert _contents(ours) == _contents(theirs)
    # Something was removed: the redaction did work.
    before = pymupdf.open(stream=data)
    assert _contents(ours) != _contents(before)
