"""Optional content: which layers are hidden, reading them all switched on, and removing what they paint."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.pdf.layers import (
    LayerView,
    _patched,
    _tokens,
    hidden_layer_paint,
    hidden_layers,
    remove_hidden_layer_paint,
)
from tests.support.hostile_builders import hidden_layer_pdf


def test_hidden_layers_are_the_groups_off_by_default() -> None:
    doc = pymupdf.open()
    doc.new_page()
    off = doc.add_ocg("Privat", on=False)
    doc.add_ocg("Sagsbehandling", on=True)
    assert hidden_layers(doc) == {off}


def test_a_document_without_layers_hides_nothing() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Synlig tekst")
    assert hidden_layers(doc) == set()
    with LayerView(doc) as view:
        assert view.page(0) is None and not view.failed


def test_the_layer_view_shows_hidden_text_and_leaves_the_document_as_it_was(tmp_path: Path) -> None:
    with pymupdf.open(hidden_layer_pdf(tmp_path / "lag.pdf")) as doc:
        assert "Lagesen" not in doc[0].get_text()
        with LayerView(doc) as view:
            page = view.page(0)
            assert page is not None
            assert "Lag Lars Lagesen 120384-1234" in page.get_text()
            assert "Synligt lag med tekst" in page.get_text()
        assert view.page(0) is None  # closed on leaving
        assert "Lagesen" not in doc[0].get_text()
        assert hidden_layers(doc)


def test_a_document_that_cannot_be_copied_fails_the_strict_view_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pymupdf.open(hidden_layer_pdf(tmp_path / "lag.pdf")) as doc:

        def broken() -> bytes:
            raise RuntimeError("kan ikke kopieres")

        monkeypatch.setattr(doc, "tobytes", broken)
        with pytest.raises(RuntimeError):
            LayerView(doc)
        view = LayerView(doc, strict=False)
        assert view.failed and view.page(0) is None


def test_removal_drops_hidden_image_and_drawing_keeps_the_visible_and_renames_layers(tmp_path: Path) -> None:
    with pymupdf.open(hidden_layer_pdf(tmp_path / "lag.pdf")) as doc:
        off = hidden_layers(doc)
        assert hidden_layer_paint(doc) == 2  # the image and the green square
        assert remove_hidden_layer_paint(doc) == 2
        assert hidden_layer_paint(doc) == 0
        page = doc[0]
        assert [d for d in page.get_drawings() if d.get("fill")] == []
        assert page.get_image_info() == []
        assert "Synligt lag med tekst" in page.get_text()
        layers = doc.get_ocgs()
        assert sorted(info["name"] for info in layers.values()) == ["Lag 1", "Lag 2"]
        assert hidden_layers(doc) == off  # still off: whatever it holds stays hidden
        doc.save(tmp_path / "ud.pdf")
    with pymupdf.open(tmp_path / "ud.pdf") as again:
        assert hidden_layer_paint(again) == 0
        assert b"Borger Lagesen" not in again.tobytes()


def test_a_form_xobject_in_a_hidden_layer_is_dropped() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    off = doc.add_ocg("Skjult", on=False)
    form = doc.get_new_xref()
    doc.update_object(form, f"<</Type/XObject/Subtype/Form/BBox[0 0 100 100]/OC {off} 0 R>>")
    doc.update_stream(form, b"0 1 0 rg 0 0 100 100 re f")
    page.insert_text((72, 72), "Synlig")
    page.clean_contents()
    doc.xref_set_key(page.xref, "Resources/XObject", f"<</Fm1 {form} 0 R>>")
    xref = page.get_contents()[0]
    doc.update_stream(xref, (doc.xref_stream(xref) or b"") + b"\nq 1 0 0 1 200 200 cm /Fm1 Do Q\n")
    assert [d for d in page.get_drawings() if d.get("fill")] == []  # hidden in the default view
    assert hidden_layer_paint(doc) == 1
    assert remove_hidden_layer_paint(doc) == 1
    assert b"/Fm1 Do" not in (doc.xref_stream(page.get_contents()[0]) or b"")


def test_paint_under_a_membership_dictionary_of_hidden_groups_is_hidden() -> None:
    build = pymupdf.open()
    page = build.new_page()
    a, b, c = build.add_ocg("A", on=False), build.add_ocg("B", on=False), build.add_ocg("C", on=True)
    all_off = build.set_ocmd(ocgs=[a, b], policy="AnyOn")
    one_on = build.set_ocmd(ocgs=[a, c], policy="AnyOn")
    page.draw_rect(pymupdf.Rect(10, 10, 50, 50), color=None, fill=(1, 0, 0), oc=all_off)
    page.draw_rect(pymupdf.Rect(60, 10, 90, 50), color=None, fill=(0, 0, 1), oc=one_on)
    doc = pymupdf.open("pdf", build.tobytes())  # MuPDF reads the layer states on opening
    assert hidden_layers(doc) == {a, b}
    assert [d["fill"] for d in doc[0].get_drawings()] == [(0.0, 0.0, 1.0)]
    assert hidden_layer_paint(doc) == 1  # the red square; the blue one is seen (C is on)
    assert remove_hidden_layer_paint(doc) == 1


def test_tokens_treat_numbers_and_keywords_as_operands() -> None:
    tokens = list(_tokens(b"1 0 0 -1 .5 +2 cm true null /N 3 0 R"))
    assert [t.value for t in tokens if t.operator] == [b"cm", b"R"]
    assert [t.value for t in tokens if not t.operator][:6] == [b"1", b"0", b"0", b"-1", b".5", b"+2"]


def test_patched_applies_edits_in_order_and_skips_overlaps() -> None:
    data = b"0123456789"
    assert _patched(data, [(6, 8, b"x"), (1, 3, b"ab")]) == b"0ab345x89"
    assert _patched(data, [(1, 5, b"y"), (3, 7, b"z")]) == b"0y56789"
