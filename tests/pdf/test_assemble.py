"""Merging released documents with bookmarks and a footer stamp, taking pages out, the table PDF."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import VerificationError
from redact.pdf import assemble
from redact.pdf.assemble import Part, keep_pages, merge, outline_titles, page_texts, table_pdf


def pdf(path: Path, pages: list[str], rotate: int = 0) -> Path:
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 72), text, fontsize=12, fontname="helv")
        page.insert_text((72, 830), "sidefod helt nederst", fontsize=8, fontname="helv")  # content to the edge
        if rotate:
            page.set_rotation(rotate)
    doc.save(path)
    doc.close()
    return path


def stamp(part: Part, page: int, total: int) -> str:
    return f"J.nr. 2026-17 · Dok. {part.number} · Side {page} af {total} · æøå"


def test_merge_places_every_page_with_bookmarks_and_stamp(tmp_path: Path) -> None:
    a = pdf(tmp_path / "a.pdf", ["Første dokument, side 1", "Første dokument, side 2"])
    b = pdf(tmp_path / "b.pdf", ["Andet dokument på tværs"], rotate=90)
    target = tmp_path / "samlet.pdf"
    pages = merge([Part(a, "Dok. 1: a", 1), Part(b, "Dok. 2: b", 2)], target, stamp)
    assert pages == 3
    assert outline_titles(target) == ["Dok. 1: a", "Dok. 2: b"]
    doc = pymupdf.open(target)
    try:
        assert [e[2] for e in doc.get_toc()] == [1, 3]
        assert doc[2].rect.width > doc[2].rect.height  # the rotated page stays landscape
        for i, page in enumerate(doc):
            text = page.get_text()
            assert f"Side {i + 1} af 3 · æøå" in text and "J.nr. 2026-17" in text
            # the content was moved up: the original last line is above the stamp, not under it
            low = page.search_for("sidefod helt nederst")[0]
            assert low.y1 <= page.search_for(f"Side {i + 1} af 3")[0].y0
        assert "Første dokument, side 2" in doc[1].get_text()
        assert not list(doc[0].annots() or [])
    finally:
        doc.close()


def test_merge_refuses_when_the_result_does_not_match_its_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = pdf(tmp_path / "a.pdf", ["Tekst"])
    target = tmp_path / "samlet.pdf"

    def sloppy(out: pymupdf.Document, src: pymupdf.Document, pno: int, text: str) -> None:
        page = out.new_page()
        page.insert_text((72, 72), "Tekst og noget mere", fontname="helv")  # something that was not there
        page.insert_text((72, 800), text, fontname="helv")

    monkeypatch.setattr(assemble, "_place", sloppy)
    with pytest.raises(VerificationError, match="svarer ikke"):
        merge([Part(a, "a", 1)], target, lambda p, n, t: f"Side {n} af {t}")
    assert not target.exists() and not list(tmp_path.glob(".*"))


def test_keep_pages_leaves_out_the_withheld_page(tmp_path: Path) -> None:
    src = pdf(tmp_path / "r.pdf", ["en", "to hemmelig", "tre"])
    target = tmp_path / "ud.pdf"
    assert keep_pages(src, [0, 2], target) == 2
    texts = page_texts(target)
    assert len(texts) == 2 and "en" in texts[0] and "tre" in texts[1]
    assert "hemmelig" not in pymupdf.open(target).tobytes().decode("latin-1")


def test_table_pdf_runs_over_pages_with_a_footer_on_each(tmp_path: Path) -> None:
    rows = [(str(i), f"Dokument {i}", "01.02.2026", "Fuld aktindsigt") for i in range(1, 121)]
    target = tmp_path / "aktliste.pdf"
    pages = table_pdf("Aktliste", ["Sag: prøve"], ("Nr.", "Titel", "Dato", "Aktindsigt"), rows, target, "Aktliste")
    assert pages > 1
    texts = page_texts(target)
    assert len(texts) == pages
    for i, text in enumerate(texts):
        assert f"Side {i + 1} af {pages}" in text
    joined = "\n".join(texts)
    assert "Dokument 1\n" in joined and "Dokument 120" in joined
    meta = pymupdf.open(target).metadata or {}
    assert not any(v for k, v in meta.items() if k not in ("format", "encryption"))
