"""Where a box's label goes: inside at a readable size, shortened, or beside the box where the page
is empty; never over a word or another box."""

from __future__ import annotations

import pymupdf

from redact.core.geometry import Box
from redact.pdf.labels import BESIDE_LABEL_PT, MIN_LABEL_PT, label_beside, label_inside

FONT = pymupdf.Font("helv")
PAGE = Box(0, 0, 595, 842)


def test_a_long_box_gets_the_whole_label_and_a_short_one_a_short_form() -> None:
    assert label_inside(FONT, Box(100, 100, 250, 110), "§ 30, nr. 1") == ("§ 30, nr. 1", 7.0)
    form, size = label_inside(FONT, Box(100, 100, 118, 110), "§ 30, nr. 1") or ("", 0.0)
    assert form == "§ 30.1" and size >= MIN_LABEL_PT  # a first name: short, but readable
    assert label_inside(FONT, Box(100, 100, 110, 110), "§ 30, nr. 1") is None  # nothing readable fits
    form, size = label_inside(FONT, Box(100, 100, 110, 110), "§ 30, nr. 1", least=2.5) or ("", 0.0)
    assert form == "§30.1" and size >= 2.5  # the last resort: the shortest form set tight


def test_beside_the_box_only_where_the_page_is_empty() -> None:
    box = Box(100, 100, 106, 110)
    form, place = label_beside(FONT, box, "§ 30, nr. 1", PAGE, []) or ("", Box(0, 0, 0, 0))
    assert form == "§ 30.1" and place.y1 <= box.y0  # above it, first
    assert round(place.width - 1, 2) == round(FONT.text_length("§ 30.1", BESIDE_LABEL_PT), 2)
    above, below = Box(90, 90, 120, 99.9), Box(90, 110.1, 120, 120)
    form, place = label_beside(FONT, box, "§ 30, nr. 1", PAGE, [above, below]) or ("", Box(0, 0, 0, 0))
    assert place.x0 >= box.x1  # words above and below: to the right
    right, left = Box(106.5, 95, 200, 115), Box(0, 95, 99.5, 115)
    assert label_beside(FONT, box, "§ 30, nr. 1", PAGE, [above, below, right, left]) is None
    at_top = Box(100, 0, 106, 10)  # no room above the page's edge: below
    form, place = label_beside(FONT, at_top, "§ 30, nr. 1", PAGE, []) or ("", Box(0, 0, 0, 0))
    assert place.y0 >= at_top.y1
