"""The kept reading of a normalised PDF serves only that very file, read by this very reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.pdf import original as pdf_original
from redact.pdf.extract import read_document_with_original
from redact.store.original import file_digest, load_original_reading, reading_path, write_original_reading
from tests.support import hostile_builders as builders


def _kept(pdf: Path) -> pdf_original.OriginalReading:
    reading = read_document_with_original(pdf)[2]
    assert reading is not None
    write_original_reading(pdf, reading, file_digest(pdf))
    return reading


@pytest.mark.parametrize("build", [builders.white_text_pdf, builders.hidden_layer_pdf, builders.rotated_pdf])
def test_a_kept_reading_reads_back_exactly(build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = build(tmp_path / "doc.pdf")
    kept = _kept(pdf)
    assert load_original_reading(pdf) == kept


def test_scans_and_pictures_read_back(tmp_path: Path) -> None:
    scan = builders.scan_pdf(tmp_path / "scan.pdf", 2)
    picture = builders.text_in_small_image_pdf(tmp_path / "picture.pdf")
    for pdf in (scan, picture):
        kept = _kept(pdf)
        assert load_original_reading(pdf) == kept


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    pdf = builders.text_pdf(tmp_path / "doc.pdf")
    _kept(pdf)
    builders.white_text_pdf(pdf)  # another content under the same name
    assert load_original_reading(pdf) is None


def test_a_reading_by_another_reader_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = builders.text_pdf(tmp_path / "doc.pdf")
    _kept(pdf)
    monkeypatch.setattr(pdf_original, "FORMAT", pdf_original.FORMAT + 1)
    assert load_original_reading(pdf) is None


@pytest.mark.parametrize("damage", [b"", b"\x05\x00\x00\x00\x00\x00\x00\x00{", b"garbage" * 20])
def test_a_damaged_or_missing_reading_is_not_used(damage: bytes, tmp_path: Path) -> None:
    pdf = builders.text_pdf(tmp_path / "doc.pdf")
    assert load_original_reading(pdf) is None
    _kept(pdf)
    reading_path(pdf).write_bytes(damage)
    assert load_original_reading(pdf) is None


def test_a_reading_missing_boxes_is_not_used(tmp_path: Path) -> None:
    pdf = builders.text_pdf(tmp_path / "doc.pdf")
    _kept(pdf)
    path = reading_path(pdf)
    path.write_bytes(path.read_bytes()[:-64])
    assert load_original_reading(pdf) is None
