"""pdf/compose.py: text, HTML and images become the PDF pages the case handler reviews; nothing in
e-mail HTML runs or is fetched, and a runaway layout stops at its page limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.errors import InputFileError
from redact.pdf.compose import (
    TooManyPages,
    html_to_pdf,
    images_to_pdf,
    layout_html,
    normalize_pdf,
    page_count,
    sanitize_html,
    text_to_html,
)
from tests.support.builders import all_text, make_pdf, make_png


def test_text_to_html_keeps_line_breaks_and_paragraphs_and_escapes_markup() -> None:
    markup = text_to_html("Vestergade 12\n8000 Aarhus C\n\n<b>ikke fed</b> & mere")
    assert markup == "<p>Vestergade 12<br/>8000 Aarhus C</p>\n<p>&lt;b&gt;ikke fed&lt;/b&gt; &amp; mere</p>"


def test_sanitize_html_keeps_the_body_and_drops_scripts_styles_and_remote_content() -> None:
    markup = (
        "<html><head><title>t</title></head><body><p>Tekst</p><script>alert(1)</script>"
        "<img src='http://example.com/spor.png'><iframe src='x'>ramme</iframe><link rel='x'></body></html>"
    )
    clean = sanitize_html(markup)
    assert "<p>Tekst</p>" in clean
    for gone in ("script", "alert", "<img", "iframe", "ramme", "<link", "<title"):
        assert gone not in clean


def test_html_to_pdf_writes_the_text_on_pages(tmp_path: Path) -> None:
    target = tmp_path / "brev.pdf"
    pages = html_to_pdf(text_to_html("Kære Borger\n\nSvar på din ansøgning."), target)
    assert pages == 1 == page_count(target)
    text = all_text(target)
    assert "Kære Borger" in text and "Svar på din ansøgning." in text


def test_a_long_text_flows_over_several_pages(tmp_path: Path) -> None:
    target = tmp_path / "lang.pdf"
    pages = html_to_pdf(text_to_html("\n\n".join(f"Afsnit nummer {i}" for i in range(400))), target)
    assert pages > 1
    assert page_count(target) == pages
    assert "Afsnit nummer 399" in all_text(target)


def test_a_layout_past_its_page_limit_stops(tmp_path: Path) -> None:
    markup = text_to_html("\n\n".join(f"Linje {i}" for i in range(400)))
    with pytest.raises(TooManyPages):
        layout_html(markup, tmp_path / "for_lang.pdf", max_pages=2)


def test_an_image_becomes_one_page_and_a_broken_one_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "billede.pdf"
    assert images_to_pdf(make_png(tmp_path / "scan.png"), target) == 1
    assert page_count(target) == 1
    broken = tmp_path / "i_stykker.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nikke et billede")
    with pytest.raises(InputFileError, match="billedet kan ikke læses"):
        images_to_pdf(broken, tmp_path / "ingen.pdf")


def test_normalize_pdf_copies_the_pages_and_leaves_the_original_untouched(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "original.pdf", ["Første linje", "Anden linje"])
    before = source.read_bytes()
    target = tmp_path / "kopi.pdf"
    assert normalize_pdf(source, target) == 1
    assert source.read_bytes() == before
    assert "Anden linje" in all_text(target)
