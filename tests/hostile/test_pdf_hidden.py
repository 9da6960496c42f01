"""Hidden content in PDFs: read by detection, flagged as hidden, and never released."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import VerificationError
from redact.core.geometry import Box
from redact.pdf.hidden import HiddenKind, find_hidden
from redact.pdf.layers import hidden_layer_paint
from redact.pdf.redactor import Area, redact_pdf
from tests.support import hostile_builders as builders
from tests.support.pipeline import assert_gone, everything_in, release, shown_text, squash

KINDS = {
    "invisible": {HiddenKind.INVISIBLE},
    "white": {HiddenKind.LOW_CONTRAST},
    "tiny": {HiddenKind.TINY},
    "outside": {HiddenKind.OUTSIDE},
    "covered": {HiddenKind.COVERED, HiddenKind.LOW_CONTRAST},
    "layer": {HiddenKind.LAYER},
    "clipped": {HiddenKind.CLIPPED},
}


@pytest.mark.parametrize("name", sorted(builders.HIDDEN_SECRETS))
def test_hidden_text_is_read_as_hidden_and_never_released(name: str, tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    build, secrets, kept = builders.HIDDEN_SECRETS[name]
    src = build(tmp_path / f"{name}.pdf")
    original = src.read_bytes()
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error

    # Detection reads the hidden text, and every hidden character is flagged as hidden ...
    [pages] = released.pages
    hidden = "".join(c for pt in pages for i, c in enumerate(pt.text) if pt.is_hidden(i))
    for secret in secrets:
        assert squash(secret) in squash(hidden), secret
    assert {k for pt in pages for k in pt.hidden_kinds()} == {str(k) for k in KINDS[name]}
    # ... while the visible text is not.
    for text in kept:
        pt = next(pt for pt in pages if text in pt.text)
        start = pt.text.index(text)
        assert not any(pt.is_hidden(i) for i in range(start, start + len(text))), text
    # The case handler is told, per document.
    assert any(w.startswith("Skjult tekst fundet") for w in released.warnings), released.warnings

    [out] = released.outputs
    assert_gone(out, secrets)
    shown = shown_text(out)
    for text in kept:
        assert text in shown, text
    with pymupdf.open(out) as doc:
        assert find_hidden(doc) == [[]] and hidden_layer_paint(doc) == 0
    assert src.read_bytes() == original  # the input is only read


def test_a_cpr_number_in_white_text_is_proposed_but_gets_no_black_box(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.white_text_pdf(tmp_path / "hvid.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert "120384-1234" in released.proposed
    [out] = released.outputs
    with pymupdf.open(out) as doc:
        fills = [d for d in doc[0].get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
    assert fills == []  # the reader saw nothing there, so no box shows that something was
    assert "§ 30" not in shown_text(out)


def test_visible_neighbours_of_hidden_text_survive_on_the_same_line(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.white_text_pdf(tmp_path / "hvid.pdf")
    [out] = release(src, tmp_path, [presidio_detector]).outputs
    with pymupdf.open(out) as doc:
        words = [w[4] for w in doc[0].get_text("words")]
    assert words[-8:] == ["Sagen", "vedrører", "og", "intet", "andet.", "Lysegrå", "men", "læsbar", "tekst"][-8:]


def test_layer_images_and_drawings_go_and_visible_layer_stays(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.hidden_layer_pdf(tmp_path / "lag.pdf")
    with pymupdf.open(src) as doc:
        assert hidden_layer_paint(doc) == 2  # the image and the rectangle
    released = release(src, tmp_path, [presidio_detector])
    assert any("Skjulte lag" in w for w in released.warnings)
    [out] = released.outputs
    with pymupdf.open(out) as doc:
        assert hidden_layer_paint(doc) == 0
        assert doc[0].get_images() == []
        assert all(d.get("fill") != (0.0, 0.8, 0.0) for d in doc[0].get_drawings() if d.get("fill"))
        layers = doc.get_ocgs()
        names = sorted(info["name"] for info in layers.values())
        assert names == ["Lag 1", "Lag 2"]  # a layer's name may name a person
        assert sorted(info["on"] for info in layers.values()) == [False, True]  # nothing hidden became visible
    assert_gone(out, ["Borger Lagesen", "Sagsbehandling"])


def test_scrub_alone_removes_invisible_text_also_inside_form_xobjects(tmp_path: Path) -> None:
    """PyMuPDF's `Document.scrub()` (hidden_text=True) removes render mode 3 and transparent text,
    on the page and inside form XObjects (pinned for 1.28.2). The export does not rely on it: it
    removes what `hidden.py` finds and then verifies."""
    src = builders.invisible_text_pdf(tmp_path / "usynlig.pdf")
    doc = pymupdf.open(src)
    doc.scrub()
    out = tmp_path / "scrubbed.pdf"
    doc.save(out, garbage=4, deflate=True)
    doc.close()
    assert_gone(out, ["Ulrik", "Gitte", "Frida"])


def test_export_fails_and_writes_nothing_when_hidden_text_would_remain(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import redact.pdf.redactor as redactor

    src = builders.white_text_pdf(tmp_path / "hvid.pdf")
    monkeypatch.setattr(redactor, "_remove_hidden", lambda page, hidden: None)  # a removal that removes nothing
    out = tmp_path / "ud" / "hvid.pdf"
    with pytest.raises(VerificationError, match="tekst i samme farve som baggrunden tilbage"):
        redact_pdf(src, [], out)
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_export_fails_when_a_hidden_layer_would_keep_its_picture(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import redact.pdf.redactor as redactor

    src = builders.hidden_layer_pdf(tmp_path / "lag.pdf")
    monkeypatch.setattr(redactor, "remove_hidden_layer_paint", lambda doc: 0)
    with pytest.raises(VerificationError, match="indhold i skjulte lag tilbage"):
        redact_pdf(src, [], tmp_path / "ud.pdf")
    assert not (tmp_path / "ud.pdf").exists()


def test_form_values_are_kept_as_shown_and_hidden_fields_and_notes_are_not_released(
    tmp_path: Path,
    presidio_detector,  # type: ignore[no-untyped-def]
) -> None:
    src = builders.form_and_annotations_pdf(tmp_path / "formular.pdf")
    released = release(src, tmp_path, [presidio_detector])
    # the filled-in value is part of the page: read, proposed and redacted like any text
    assert "120384-1234" in released.proposed
    assert any("kommentar" in w for w in released.warnings)
    [out] = released.outputs
    shown = shown_text(out)
    assert "Felt Frederik" in shown and "Stempel: modtaget af Kommunen" in shown
    assert_gone(out, ["120384-1234", "Skjult felt Svend", "22 33 44 55", "Nikolaj", "050505-0505"])
    with pymupdf.open(out) as doc:
        assert list(doc[0].annots()) == [] and list(doc[0].widgets()) == [] and not doc.is_form_pdf


def test_attachments_scripts_actions_links_metadata_thumbnails_and_bookmarks_go(
    tmp_path: Path,
    presidio_detector,  # type: ignore[no-untyped-def]
) -> None:
    src = builders.active_content_pdf(tmp_path / "aktiv.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert any("indlejrede fil" in w for w in released.warnings)
    [out] = released.outputs
    assert_gone(
        out,
        ["120384-1234", "lenny.link", "Vera", "050505", "Metadata Mette", "22 33 44 55", "Xmp Xenia"]
        + ["Bjarne", "Sigrid", "Launch Lone", "/JavaScript", "/Launch", "/EmbeddedFile", "/URI"],
    )
    with pymupdf.open(out) as doc:
        assert doc.embfile_count() == 0 and doc.get_toc() == [] and doc[0].get_links() == []
        for key in ("OpenAction", "AA", "Names", "Outlines", "Metadata"):
            assert doc.xref_get_key(doc.pdf_catalog(), key)[0] == "null", key
        for key in ("Thumb", "AA"):
            assert doc.xref_get_key(doc[0].xref, key)[0] == "null", key


def test_a_hidden_name_that_is_also_visible_elsewhere_is_not_a_leak_but_its_hidden_copy_goes(tmp_path: Path) -> None:
    src = tmp_path / "dobbelt.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Synlig Vagn Vagnsen", fontsize=11)
    page.insert_text((72, 100), "Vagn Vagnsen skjult", fontsize=11, color=(1, 1, 1))
    doc.save(src)
    doc.close()
    out = tmp_path / "ud.pdf"
    redact_pdf(src, [], out)
    assert shown_text(out).split() == ["Synlig", "Vagn", "Vagnsen"]
    assert "skjult" not in everything_in(out)


def test_a_manual_rectangle_over_hidden_text_is_drawn(tmp_path: Path) -> None:
    """A rectangle the case handler draws is always drawn, also where only hidden text lies."""
    src = builders.white_text_pdf(tmp_path / "hvid.pdf")
    out = tmp_path / "ud.pdf"
    redact_pdf(src, [Area(0, (Box(60, 118, 400, 136),), "", "", whole_area=True)], out)
    with pymupdf.open(out) as doc:
        assert any(d.get("fill") == (0.0, 0.0, 0.0) for d in doc[0].get_drawings())
    assert_gone(out, ["Nanna"])
