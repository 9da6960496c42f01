"""`hidden.paint_log` keeps of a page's bboxlog what paints, with the same indices and rectangles
as PyMuPDF's `get_bboxlog`: the hidden-text analysis orders text and paint by those indices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redact.pdf.hidden import _PAINT, paint_log
from tests.support import hostile_builders as hostile

BUILDERS: dict[str, Callable[[Path], Path]] = {
    "covered": hostile.covered_text_pdf,
    "layer": hostile.hidden_layer_pdf,
    "clipped": hostile.clipped_text_pdf,
    "invisible": hostile.invisible_text_pdf,
    "white": hostile.white_text_pdf,
    "pattern": hostile.pattern_text_pdf,
    "small image": hostile.text_in_small_image_pdf,
    "form": hostile.form_and_annotations_pdf,
    "exif": hostile.exif_in_pdf,
}


def _mixed_page(path: Path, rotation: int) -> Path:
    """Text, filled and stroked paths, an image, an image mask and a shading, on a rotated page."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 80), "Karla Testesen, Fiktivvej 1", fontsize=11)
    page.draw_rect(pymupdf.Rect(40, 100, 200, 140), color=(0, 0, 1), fill=(1, 1, 0))
    page.draw_line((40, 160), (300, 170), color=(1, 0, 0), width=3)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    pix.set_rect(pix.irect, (0, 128, 255))
    page.insert_image(pymupdf.Rect(320, 100, 420, 200), pixmap=pix)
    page.insert_text((50, 230), "Linje efter billedet", fontsize=9, render_mode=3)
    mask = doc.get_new_xref()
    doc.update_object(mask, "<</Type/XObject/Subtype/Image/Width 8/Height 8/ImageMask true/BitsPerComponent 1>>")
    doc.update_stream(mask, bytes([0xAA, 0x55] * 4))
    function = "<</FunctionType 2/Domain[0 1]/C0[1 0 0]/C1[0 0 1]/N 1>>"
    shading = f"<</ShadingType 2/ColorSpace/DeviceRGB/Coords[0 0 1 0]/Function{function}>>"
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XObject/M0", f"{mask} 0 R")
    doc.xref_set_key(resources, "Shading", f"<</Sh0 {shading}>>")
    stream = doc.get_new_xref()
    doc.update_object(stream, "<<>>")
    doc.update_stream(stream, b"q 0 0 1 rg 50 0 0 50 60 300 cm /M0 Do Q q 200 0 0 200 0 0 cm 0 0 1 1 re W n /Sh0 sh Q")
    kind, value = doc.xref_get_key(page.xref, "Contents")
    before = value.strip()[1:-1] if kind == "array" else value
    doc.xref_set_key(page.xref, "Contents", f"[{before} {stream} 0 R]")
    page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


def _expected(page: pymupdf.Page) -> list[tuple[int, tuple[float, ...]]]:
    return [(i, tuple(r)) for i, (kind, r) in enumerate(page.get_bboxlog()) if kind in _PAINT]


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_paint_log_is_the_painting_part_of_the_bboxlog(tmp_path: Path, rotation: int) -> None:
    doc = pymupdf.open(_mixed_page(tmp_path / "blandet.pdf", rotation))
    page = doc[0]
    log = paint_log(page)
    kinds = {page.get_bboxlog()[i][0] for i, _ in log}
    assert kinds == {"fill-path", "stroke-path", "fill-image", "fill-imgmask", "fill-shade"}
    assert log == _expected(page)
    assert page.rotation == rotation  # left as it was found


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_paint_log_matches_the_bboxlog_on_hostile_pages(tmp_path: Path, name: str) -> None:
    doc = pymupdf.open(BUILDERS[name](tmp_path / "fil.pdf"))
    for page in doc:
        assert paint_log(page) == _expected(page)
