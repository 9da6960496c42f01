"""The legal basis on a black box: inside it, shortened to fit ("§ 30.1"), or beside it.

A label too small to read is as good as none, and the issue was labels shrunk until unreadable on
short boxes (a first name, a split phone number). The box is never widened to make room: that would
cover text that is released.
"""

from __future__ import annotations

import functools

import pymupdf

from redact.core.geometry import Box
from redact.core.legal import label_forms

# Labels smaller than this are not read by anyone; a label that does not fit a box at this size is
# shortened ("§ 30.1"), and failing that set beside the box where the page is empty.
MIN_LABEL_PT = 4.0
MAX_LABEL_PT = 8.0
COMFORT_LABEL_PT = 6.0  # a label this size is read at a glance; below it a shorter form set larger wins
BESIDE_LABEL_PT = 5.0
# Never smaller: the verification takes text under 2 pt for hidden text.
LAST_RESORT_PT = 2.5


def text_length(font: pymupdf.Font, text: str, size: float) -> float:
    """`font.text_length(text, size)`, the same float: PyMuPDF sums the glyph advances in Python,
    one MuPDF call per character, then multiplies by the size, so the sum is taken once per text
    (a page of 40 boxes has a handful of labels; measuring each again was a fifth of the export)."""
    return _advances(font, text) * size


@functools.lru_cache(maxsize=4096)
def _advances(font: pymupdf.Font, text: str) -> float:
    return float(font.text_length(text, 1))


@functools.lru_cache(maxsize=256)
def _forms(label: str) -> tuple[str, ...]:
    """`label_forms(label)`, worked out once per label: a page has a handful of labels and many boxes."""
    return tuple(label_forms(label))


def label_inside(font: pymupdf.Font, box: Box, label: str, least: float = MIN_LABEL_PT) -> tuple[str, float] | None:
    """The form of the label to set inside the box, and its size: the longest that fits at a
    comfortable size, else the one that can be set largest if that is readable (at least `least`);
    as a last resort (a smaller `least`) the shortest form set tight too ("§30.1")."""
    forms = list(_forms(label))
    if least < MIN_LABEL_PT:
        forms.append(forms[-1].replace("§ ", "§"))
    fits = []
    for form in forms:
        size = min(MAX_LABEL_PT, box.height * 0.7)
        width = text_length(font, form, size)
        if width > box.width - 1:
            size *= (box.width - 1) / width
        if size >= COMFORT_LABEL_PT:
            return form, size
        if size >= least:
            fits.append((form, size))
    return max(fits, key=lambda f: f[1]) if fits else None


def label_beside(font: pymupdf.Font, box: Box, label: str, page: Box, taken: list[Box]) -> tuple[str, Box] | None:
    """The shortest form of the label in a free place beside the box: above, below, right or left of
    it, inside the page, over no word of the page and no other box or label."""
    form = _forms(label)[-1]
    width, height = text_length(font, form, BESIDE_LABEL_PT) + 1, BESIDE_LABEL_PT * 1.25
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    for place in (
        Box(cx - width / 2, box.y0 - height - 0.5, cx + width / 2, box.y0 - 0.5),
        Box(cx - width / 2, box.y1 + 0.5, cx + width / 2, box.y1 + height + 0.5),
        Box(box.x1 + 1, cy - height / 2, box.x1 + 1 + width, cy + height / 2),
        Box(box.x0 - 1 - width, cy - height / 2, box.x0 - 1, cy + height / 2),
    ):
        inside = page.x0 <= place.x0 and place.x1 <= page.x1 and page.y0 <= place.y0 and place.y1 <= page.y1
        if inside and not any(place.intersects(t) for t in taken):
            return form, place
    return None


def label_op(font: pymupdf.Font, text: str, size: float, box: Box, to_pdf: pymupdf.Matrix, colour: str) -> str:
    """The text operators of one label centred in `box` (displayed space), upright for the reader."""
    width = text_length(font, text, size)
    baseline = (box.x0 + box.x1 - width) / 2, (box.y0 + box.y1) / 2 + 0.35 * size
    tm = pymupdf.Matrix(1, 0, 0, -1, *baseline) * to_pdf
    code = text.encode("cp1252", errors="replace").hex()
    return f"{colour} /helv {size:.2f} Tf {tm.a:g} {tm.b:g} {tm.c:g} {tm.d:g} {tm.e:.3f} {tm.f:.3f} Tm <{code}> Tj"


def word_boxes(page: pymupdf.Page) -> list[Box]:
    """What a label beside a box must not cover, in displayed space: the words left on the page
    (without the empty top and bottom of their line, where a small label may sit) and the pictures."""
    rotate = page.rotation_matrix
    out = []
    for w in page.get_text("words"):
        r = pymupdf.Rect(w[:4]) * rotate
        out.append(Box(r.x0, r.y0, r.x1, r.y1).shrunk_vertically(0.2))
    for info in page.get_image_info():  # a scan or a picture: its text is pixels, not words
        r = pymupdf.Rect(info["bbox"]) * rotate
        out.append(Box(r.x0, r.y0, r.x1, r.y1))
    return out
