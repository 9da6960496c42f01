"""The reading detection keeps for the export is exactly the export's own reading of the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from redact.core.errors import VerificationError
from redact.pdf.extract import read_document, read_document_with_original
from redact.pdf.redactor import Area, read_original, redact_pdf
from tests.support import hostile_builders as builders
from tests.support.pipeline import assert_gone

BUILDERS: dict[str, Callable[[Path], Path]] = {
    **{name: build for name, (build, _, _) in builders.HIDDEN_SECRETS.items()},
    "form": builders.form_and_annotations_pdf,
    "active": builders.active_content_pdf,
    "letter_spaced": builders.letter_spaced_pdf,
    "comb": builders.comb_field_pdf,
    "lying_font": builders.lying_font_pdf,
    "unmapped_font": builders.unmapped_font_pdf,
    "pattern": builders.pattern_text_pdf,
    "picture": builders.text_in_small_image_pdf,
    "private_keys": builders.private_keys_pdf,
    "rotated": builders.rotated_pdf,
    "rotated_scan": builders.rotated_scan_pdf,
    "scan": lambda path: builders.scan_pdf(path, 2),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_kept_reading_is_the_exports_own(name: str, tmp_path: Path) -> None:
    src = BUILDERS[name](tmp_path / f"{name}.pdf")
    pages, warnings, kept = read_document_with_original(src)
    assert kept is not None
    assert kept == read_original(src, src.name)
    # ... and reading it costs detection nothing else: the same pages and warnings as before.
    assert (pages, warnings) == read_document(src)


def test_the_kept_reading_marks_scans_pictures_and_hidden_text(tmp_path: Path) -> None:
    scan = read_document_with_original(builders.scan_pdf(tmp_path / "scan.pdf", 2))[2]
    assert scan is not None and scan.scanned == {0, 1}
    picture = read_document_with_original(builders.text_in_small_image_pdf(tmp_path / "picture.pdf"))[2]
    assert picture is not None and not picture.scanned and list(picture.pictures) == [0]
    white = read_document_with_original(builders.white_text_pdf(tmp_path / "white.pdf"))[2]
    assert white is not None and any(white.hidden) and any(pt.has_hidden for pt in white.pages)


def test_hidden_text_is_removed_and_verified_with_the_kept_reading(tmp_path: Path) -> None:
    build, secrets, _ = builders.HIDDEN_SECRETS["white"]
    src = build(tmp_path / "white.pdf")
    kept = read_document_with_original(src)[2]
    out = tmp_path / "out.pdf"
    redact_pdf(src, [], out, original=kept)
    assert_gone(out, secrets)


def test_a_kept_reading_of_another_page_count_writes_nothing(tmp_path: Path) -> None:
    one = builders.text_pdf(tmp_path / "one.pdf", pages=1)
    three = builders.text_pdf(tmp_path / "three.pdf", pages=3)
    kept = read_document_with_original(one)[2]
    out = tmp_path / "out.pdf"
    with pytest.raises(VerificationError):
        redact_pdf(three, [Area(0, (), "", "")], out, original=kept)
    assert not out.exists()
