"""What one document may cost: a file too big, too many pages or characters on a page gets one
clear line and costs next to nothing; a long unbroken line is wrapped so the page shows all of it."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import InputFileError
from redact.ingest import convert, convert_file
from redact.ingest.limits import MAX_PAGE_CHARS, MAX_PAGES, MAX_TEXT_BYTES
from redact.services import processing
from redact.services.processing import process_file
from tests.support.fakes import fake_detectors


def test_a_50_mb_text_file_on_one_line_is_refused_at_once_with_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "stor.txt"
    with open(big, "wb") as fh:
        chunk = b"Borgeren Jens Peter Hansen skrev igen om sagen " * 20_000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)  # one line: no newline anywhere
    work = tmp_path / "work"
    work.mkdir()
    tracemalloc.start()
    try:
        with pytest.raises(InputFileError, match="for stor") as info:
            convert_file(big, work, "0001")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # the file was never read into memory
    assert f"{MAX_TEXT_BYTES // (1024 * 1024)} MB" in info.value.reason
    assert list(work.iterdir()) == []


def test_a_long_unbroken_line_is_wrapped_so_every_character_is_on_the_page(tmp_path: Path) -> None:
    src = tmp_path / "lang.txt"
    token = "".join(f"{i:05d}" for i in range(4_000))  # 20,000 characters without a space
    src.write_text(f"Reference: {token}\nTil Jens Peter Hansen\n", encoding="utf-8")
    [doc] = convert_file(src, tmp_path, "0001")
    with pymupdf.open(doc.pdf) as pdf:
        shown = ""
        for page in pdf:
            for x0, _, x1, _, word, *_ in page.get_text("words"):
                assert x0 >= 0 and x1 <= page.rect.width, "text runs off the page"
                shown += word
    assert token in shown and "Hansen" in shown


def test_a_pdf_with_too_many_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_PAGES == 5000
    monkeypatch.setattr(convert, "MAX_PAGES", 5)  # the same check, without making 5,001 pages
    src = tmp_path / "kæmpe.pdf"
    pdf = pymupdf.open()
    for _ in range(6):
        pdf.new_page(width=200, height=200)
    pdf.save(src)
    pdf.close()
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(InputFileError, match="6 sider; grænsen er 5 sider"):
        convert_file(src, work, "0001")
    assert list(work.iterdir()) == []


def test_a_page_with_too_many_characters_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_PAGE_CHARS == 50_000
    monkeypatch.setattr(processing, "MAX_PAGE_CHARS", 2_000)  # the same check on a page that is quick to read
    src = tmp_path / "tæt.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    for y in range(40):
        page.insert_text((40, 40 + y * 18), "Jens Peter Hansen bor på Opdigtet Vej 12 " * 2, fontsize=9)
    pdf.save(src)
    pdf.close()
    work = tmp_path / "work"
    work.mkdir()
    result = process_file(0, src, work, "0001", fake_detectors())
    assert result.documents == [] and "tegn" in result.error and "side 1" in result.error
