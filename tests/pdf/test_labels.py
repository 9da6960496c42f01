"""The legal basis on a black box: inside at a readable size, shortened, or beside the box."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.geometry import Box
from redact.pdf.labels import (
    BESIDE_LABEL_PT,
    LAST_RESORT_PT,
    MAX_LABEL_PT,
    MIN_LABEL_PT,
    label_beside,
    label_inside,
    label_op,
    word_boxes,
)
from tests.support.builders import make_pdf

LABEL = "§ 30, nr. 1"
PAGE = Box(0, 0, 595, 842)


@pytest.fixture(scope="module")
def font() -> pymupdf.Font:
    return pymupdf.Font("helv")


def test_a_wide_box_gets_the_whole_label_at_most_the_largest_size(font: pymupdf.Font) -> None:
    got = label_inside(font, Box(100, 100, 400, 130), LABEL)
    assert got is not None
    form, size = got
    assert form == LABEL
    assert size == pytest.approx(MAX_LABEL_PT)


def test_a_low_box_sets_the_label_at_seventy_percent_of_its_height(font: pymupdf.Font) -> None:
    got = label_inside(font, Box(100, 100, 400, 110), LABEL)
    assert got is not None
    assert got[0] == LABEL
    assert got[1] == pytest.approx(7.0)


def test_a_short_box_gets_the_shortened_form_at_a_readable_size(font: pymupdf.Font) -> None:
    width = font.text_length("§ 30.1", MIN_LABEL_PT + 0.5) + 1
    assert font.text_length(LABEL, MIN_LABEL_PT) + 1 > width  # the whole label does not fit
    got = label_inside(font, Box(100, 100, 100 + width, 112), LABEL)
    assert got is not None
    form, size = got
    assert form == "§ 30.1"
    assert MIN_LABEL_PT <= size <= MAX_LABEL_PT
    assert font.text_length(form, size) <= width - 1 + 1e-6


def test_no_form_fits_a_tiny_box_at_a_readable_size(font: pymupdf.Font) -> None:
    assert label_inside(font, Box(100, 100, 108, 112), LABEL) is None


def test_the_last_resort_takes_the_form_set_largest_including_the_tight_one(font: pymupdf.Font) -> None:
    box = Box(100, 100, 100 + font.text_length("§30.1", 3.0) + 1, 112)
    assert label_inside(font, box, LABEL) is None
    got = label_inside(font, box, LABEL, least=LAST_RESORT_PT)
    assert got is not None
    form, size = got
    assert form == "§30.1"
    assert size == pytest.approx(3.0)


def test_beside_prefers_above_the_box_inside_the_page(font: pymupdf.Font) -> None:
    box = Box(200, 300, 220, 310)
    got = label_beside(font, box, LABEL, PAGE, [])
    assert got is not None
    form, place = got
    assert form == "§ 30.1"
    assert place.y1 <= box.y0
    assert place.height == pytest.approx(BESIDE_LABEL_PT * 1.25)
    assert (place.x0 + place.x1) / 2 == pytest.approx(210)


def test_beside_goes_below_when_above_is_taken_and_right_when_both_are(font: pymupdf.Font) -> None:
    box = Box(200, 300, 220, 310)
    above = Box(150, 280, 270, 299.8)
    got = label_beside(font, box, LABEL, PAGE, [above])
    assert got is not None and got[1].y0 >= box.y1
    below = Box(150, 310.2, 270, 330)
    got = label_beside(font, box, LABEL, PAGE, [above, below])
    assert got is not None and got[1].x0 >= box.x1


def test_beside_never_leaves_the_page_and_gives_up_when_all_is_taken(font: pymupdf.Font) -> None:
    box = Box(0, 0, 595, 10)  # at the top, as wide as the page: only below is possible
    got = label_beside(font, box, LABEL, PAGE, [])
    assert got is not None and got[1].y0 >= box.y1
    assert label_beside(font, box, LABEL, PAGE, [Box(0, 10, 595, 40)]) is None


@pytest.mark.parametrize("rotation", [0, 90])
def test_label_op_places_the_text_centred_in_the_box(tmp_path: Path, font: pymupdf.Font, rotation: int) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.set_rotation(rotation)
    page.insert_font(fontname="helv")
    box = Box(100, 200, 300, 220)  # displayed space
    to_pdf = page.derotation_matrix * ~page.transformation_matrix
    op = label_op(font, "§ 30.1", 8.0, box, to_pdf, "0 0 0 rg")
    assert "/helv 8.00 Tf" in op
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, f"BT {op} ET".encode())
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    path = tmp_path / "label.pdf"
    doc.save(path)
    doc.close()
    with pymupdf.open(path) as again:
        page = again[0]
        [word] = [w for w in page.get_text("words") if w[4] == "30.1"]
        shown = pymupdf.Rect(word[:4]) * page.rotation_matrix
    assert box.x0 < shown.x0 and shown.x1 < box.x1
    assert box.contains_point((shown.x0 + shown.x1) / 2, (shown.y0 + shown.y1) / 2)
    assert shown.width > shown.height  # upright for the reader, not turned with the page


def test_word_boxes_are_the_words_shrunk_vertically(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", ["Karl Opdigtet bor her"], metadata=False)
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        words = page.get_text("words")
        boxes = word_boxes(page)
    assert len(boxes) == len(words) == 4
    for w, b in zip(words, boxes, strict=True):
        assert (b.x0, b.x1) == pytest.approx((w[0], w[2]))
        height = w[3] - w[1]
        assert b.y0 == pytest.approx(w[1] + 0.2 * height)
        assert b.y1 == pytest.approx(w[3] - 0.2 * height)


def test_word_boxes_include_pictures(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 20, 20), False)
    pix.clear_with(128)
    page.insert_image(pymupdf.Rect(100, 100, 200, 150), pixmap=pix)
    assert word_boxes(page) == [Box(100, 100, 200, 150)]
