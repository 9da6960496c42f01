"""The export's own box labels are told from the page's text without rendering them, and nothing
else is: text under a box, under a label's form, off a box or painted over is decided as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest

from redact.core.geometry import Box
from redact.pdf import hidden
from redact.pdf.drawn_labels import DrawnLabels, drawn_labels
from redact.pdf.extract import text_and_hidden
from redact.pdf.hidden import HiddenKind, page_hidden
from redact.pdf.layers import LayerView
from redact.pdf.redactor import Area, redact_pdf
from tests.support import hostile_builders as builders

LABEL = "§ 30, nr. 1"
BOX = Box(100, 130, 180, 142)  # displayed space; the page is upright, so unrotated space too
BOX_OPS = "0 0 0 rg 100 700 80 12 re f"  # the same box in PDF space (page height 842)


def _hex(text: str) -> str:
    return text.encode("cp1252").hex()


def _white(text: str, x: float = 105, y: float = 703, size: float = 6) -> str:
    return f"1 1 1 rg BT /helv {size} Tf {x} {y} Td <{_hex(text)}> Tj ET"


def _page(*ops: str) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Synlig tekst på siden", fontsize=11)
    page.insert_font(fontname="helv")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, "\n".join(ops).encode("ascii"))
    doc.xref_set_key(page.xref, "Contents", f"[{page.get_contents()[0]} 0 R {xref} 0 R]")
    return page


def _labels(*texts: str) -> DrawnLabels:
    return DrawnLabels(frozenset(texts or (LABEL,)), np.array([[BOX.x0, BOX.y0, BOX.x1, BOX.y1]], dtype=np.float64))


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many glyphs were decided by rendering."""
    counts: list[int] = []
    decide = hidden._decide_by_pixels

    def counting(page: pymupdf.Page, table: Any, doubtful: Any, *args: Any) -> Any:
        counts.append(len(doubtful))
        return decide(page, table, doubtful, *args)

    monkeypatch.setattr(hidden, "_decide_by_pixels", counting)
    return counts


def test_a_label_drawn_on_its_box_is_seen_without_rendering(rendered: list[int]) -> None:
    page = _page(BOX_OPS, _white(LABEL))
    assert page_hidden(page, labels=_labels()) == []
    assert sum(rendered) == 0
    assert page_hidden(page) == []  # the pixels say the same
    assert sum(rendered) == len(LABEL.replace(" ", ""))


def test_several_labels_in_one_text_object_are_seen(rendered: list[int]) -> None:
    two = f"1 1 1 rg BT /helv 4 Tf 102 703 Td <{_hex(LABEL)}> Tj <{_hex('§ 30.1')}> Tj ET"
    assert page_hidden(_page(BOX_OPS, two), labels=_labels(LABEL, "§ 30.1")) == []
    assert sum(rendered) == 0


def test_text_of_the_page_under_a_box_is_still_hidden_text(rendered: list[int]) -> None:
    """Text that spells the label, under the box (painted before it), is the page's own: covered."""
    found = page_hidden(_page(_white(LABEL, 145, 703, 4), BOX_OPS, _white(LABEL)), labels=_labels())
    assert [(h.kind, h.text) for h in found] == [(HiddenKind.COVERED, LABEL.replace(" ", ""))]
    assert sum(rendered) == len(LABEL.replace(" ", ""))


@pytest.mark.parametrize(
    ("ops", "kind"),
    [
        ((_white(LABEL, 300, 300),), HiddenKind.LOW_CONTRAST),  # off every box: white on white
        ((BOX_OPS, _white(LABEL), "0 0 0 rg 100 700 80 12 re f"), HiddenKind.COVERED),  # painted over
        (("1 1 1 rg 100 700 80 12 re f", _white(LABEL)), HiddenKind.LOW_CONTRAST),  # on a white box
    ],
)
def test_a_label_that_is_not_seen_is_still_found(ops: tuple[str, ...], kind: HiddenKind, rendered: list[int]) -> None:
    found = page_hidden(_page(*ops), labels=_labels())
    assert [(h.kind, h.text) for h in found] == [(kind, LABEL.replace(" ", ""))]


def test_other_white_text_on_a_box_is_decided_by_pixels(rendered: list[int]) -> None:
    page = _page(BOX_OPS, _white("Skjult Sofie"), _white(LABEL + " Sofie", 105, 710))
    assert page_hidden(page, labels=_labels()) == []  # white on black: seen, by its pixels
    assert sum(rendered) == len("SkjultSofie") + len((LABEL + "Sofie").replace(" ", ""))


def test_the_export_verifies_its_labels_without_rendering_them(tmp_path: Path, rendered: list[int]) -> None:
    """On written files the labels are told apart, and every glyph is judged as the pixels judge it."""
    source = builders.rotated_pdf(tmp_path / "in.pdf")
    doc = pymupdf.open(source)
    areas = []
    for page in doc:
        words = [w for w in page.get_text("words") if len(w[4]) > 3][:4]
        for w in words:
            r = pymupdf.Rect(w[:4]) * page.rotation_matrix
            areas.append(Area(page.number or 0, (Box(r.x0, r.y0, r.x1, r.y1),), w[4], LABEL))
    doc.close()
    assert areas
    redact_pdf(source, areas, tmp_path / "out.pdf")
    written = pymupdf.open(tmp_path / "out.pdf")
    drawn = drawn_labels(written, [(a.page, a.label, a.boxes) for a in areas])
    with LayerView(written) as layers:
        for page in written:
            rendered.clear()
            told = text_and_hidden(page, layers, labels=drawn.get(page.number or 0))
            assert sum(rendered) == 0  # no glyph of this page is in doubt but the labels
            rendered.clear()
            assert text_and_hidden(page, layers) == told
            assert sum(rendered) > 0  # the labels, rendered
