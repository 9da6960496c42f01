"""Whether a page's text layer can be trusted: OCR only on evidence, never on a plain page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from redact.pdf import trust
from tests.support.builders import make_pdf
from tests.support.hostile_builders import (
    DEJAVU,
    lying_font_pdf,
    pattern_text_pdf,
    unmapped_font_pdf,
)


def _doubt(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return trust.doubt(doc[0])


def test_a_plain_page_is_trusted(tmp_path: Path) -> None:
    assert _doubt(make_pdf(tmp_path / "a.pdf", ["Karl Opdigtet, CPR 120384-1234"])) == ""


def test_an_honest_embedded_font_is_trusted(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    page.insert_text((72, 110), "CPR 130115-4455 Anne Fiktiv", fontname="dv", fontsize=14)
    doc.save(tmp_path / "honest.pdf")
    doc.close()
    assert _doubt(tmp_path / "honest.pdf") == ""


def test_glyphs_without_unicode_are_doubted(tmp_path: Path) -> None:
    assert _doubt(unmapped_font_pdf(tmp_path / "u.pdf")) == trust.UNMAPPED


def test_a_font_whose_text_layer_contradicts_its_own_map_is_doubted(tmp_path: Path) -> None:
    assert _doubt(lying_font_pdf(tmp_path / "l.pdf")) == trust.LYING_FONT


def test_text_painted_through_a_tiling_pattern_is_doubted(tmp_path: Path) -> None:
    assert _doubt(pattern_text_pdf(tmp_path / "p.pdf")) == trust.PATTERN


def test_a_pattern_that_paints_only_shapes_is_trusted(tmp_path: Path) -> None:
    path = pattern_text_pdf(tmp_path / "p.pdf")
    with pymupdf.open(path) as doc:
        page = doc[0]
        kind, value = doc.xref_get_key(page.xref, "Resources/Pattern")
        assert kind == "dict"
        xref = int(value.split("/P1")[1].split()[0])
        doc.update_stream(xref, b"0 0 1 rg 0 0 20 20 re f")
        assert trust.doubt(page) == ""


def _keep_lies(spans: list[dict[str, Any]], lies: int) -> list[dict[str, Any]]:
    """The trace with only the first `lies` digits of the CPR number (all lies) and every other character."""
    seen = ""
    out = []
    for span in spans:
        chars = []
        for ch in span["chars"]:
            lie = chr(ch[0]) in "ABCDEFGHIJ" and "CPR " in seen  # the digits after the honest "CPR"
            seen += chr(ch[0])
            if not lie or lies > 0:
                chars.append(ch)
                lies -= lie
        out.append({**span, "chars": chars})
    return out


def test_contradictions_count_up_to_the_threshold(tmp_path: Path) -> None:
    """A single stray glyph is no evidence: MIN_CONTRADICTIONS letters or digits must disagree."""
    path = lying_font_pdf(tmp_path / "l.pdf")
    with pymupdf.open(path) as doc:
        page = doc[0]
        spans = page.get_texttrace()
        assert "".join(chr(ch[0]) for s in spans for ch in s["chars"]).endswith("CPR BDABBF-EEFF")
        assert trust.doubt(page, _keep_lies(spans, trust.MIN_CONTRADICTIONS - 1)) == ""
        assert trust.doubt(page, _keep_lies(spans, trust.MIN_CONTRADICTIONS)) == trust.LYING_FONT
