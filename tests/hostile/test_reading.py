"""Text that MuPDF extracts differently from how a reader sees it: letter spacing and ligatures.

Detection must read it as it is shown, the boxes must cover it, and the verification must read
the released file the same way (a check that reads `1 3 0 1` cannot find `1301`).
"""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import VerificationError
from redact.core.geometry import Box
from redact.detect.names import NameRuleDetector
from redact.pdf.extract import read_pages, reads_by_ocr
from redact.pdf.ocr import ocr_text, text_images
from redact.pdf.redactor import Area, redact_pdf, verify
from tests.support import hostile_builders as builders
from tests.support.marks import needs_libreoffice
from tests.support.pipeline import assert_gone, release, shown_text


@pytest.fixture(scope="module")
def names() -> NameRuleDetector:
    return NameRuleDetector()


def test_letter_spaced_cpr_numbers_are_read_as_shown_and_redacted(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.letter_spaced_pdf(tmp_path / "spatieret.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    [pages] = released.pages
    assert builders.SPACED_CPR in pages[0].text and "220304-5566" in pages[0].text
    assert "Spatie Spatiesen" in pages[0].text  # the word space in letter-spaced text stays
    assert {builders.SPACED_CPR, "220304-5566"} <= set(released.proposed)
    [out] = released.outputs
    assert_gone(out, [builders.SPACED_CPR, "220304-5566"])
    shown = shown_text(out)
    assert "og tak for brevet" in shown and builders.VISIBLE in shown


def test_each_letter_spaced_character_keeps_its_own_box(tmp_path: Path) -> None:
    src = builders.letter_spaced_pdf(tmp_path / "spatieret.pdf")
    [pt] = read_pages(src)
    start = pt.text.index(builders.SPACED_CPR)
    boxes = pt.boxes[start : start + len(builders.SPACED_CPR)]
    assert all(b is not None for b in boxes)
    xs = [b.x0 for b in boxes if b is not None]
    assert xs == sorted(xs) and xs[-1] - xs[0] > 90  # spread over the line as set, 4 pt apart


def test_a_comb_field_is_read_as_one_number(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.comb_field_pdf(tmp_path / "felt.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    [pages] = released.pages
    number = builders.SPACED_CPR.replace("-", "")
    assert number in pages[0].text
    assert number in released.proposed
    [out] = released.outputs
    assert_gone(out, [number])
    assert "CPR-nr.:" in shown_text(out)


@needs_libreoffice
@pytest.mark.slow
def test_expanded_spacing_in_word_is_read_as_shown(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.letter_spaced_docx(tmp_path / "spatieret.docx")
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    assert builders.SPACED_CPR in released.proposed
    [out] = released.outputs
    assert_gone(out, [builders.SPACED_CPR])
    assert "og sagen er lukket." in shown_text(out)


def test_verification_reads_letter_spaced_text_as_shown(tmp_path: Path) -> None:
    """A file in which a letter-spaced number survived fails the text check, which reads it folded."""
    src = builders.letter_spaced_pdf(tmp_path / "spatieret.pdf")
    before = read_pages(src)
    start = before[0].text.index(builders.SPACED_CPR)
    area = Area(0, tuple(before[0].boxes_for(start, start + 11)), builders.SPACED_CPR, "§ 30, nr. 1")
    # The unredacted file as if it were the result: the number is still there, letter-spaced.
    with pytest.raises(VerificationError, match="kan stadig udtrækkes"):
        verify(src, [area], before, src.name)


def test_names_set_with_ligatures_are_boxed_whole_and_released(tmp_path: Path, names: NameRuleDetector) -> None:
    src = builders.ligature_txt(tmp_path / "brev.txt")
    released = release(src, tmp_path, [names])
    assert not released.error
    with pymupdf.open(released.documents[0].pdf) as doc:  # our own layout sets ff as one glyph
        assert "\ufb00" in "".join(chr(c[0]) for s in doc[0].get_texttrace() for c in s["chars"])
    assert set(builders.LIGATURE_NAMES) <= set(released.proposed)
    [out] = released.outputs
    assert_gone(out, ["Hoff", "Wolff", "Ruff"])
    shown = " ".join(unicodedata.normalize("NFKC", shown_text(out)).split())  # a viewer shows "ﬀ" as "ff"
    assert "talt med om det officielle flag og sagens effekt" in shown


def test_every_character_of_a_ligature_has_a_share_of_its_box(tmp_path: Path) -> None:
    src = builders.ligature_txt(tmp_path / "brev.txt")
    from redact.ingest.convert import convert_file

    [converted] = convert_file(src, tmp_path, "0001")
    [pt] = read_pages(converted.pdf)
    for word in ("Hoff", "Wolff", "officielle", "flag", "effekt"):
        start = pt.text.index(word)
        boxes = pt.boxes[start : start + len(word)]
        assert all(b is not None and b.width > 0.5 for b in boxes), word
        # one after the other, not on top of each other
        assert all(a.x1 <= b.x0 + 0.01 for a, b in itertools.pairwise(boxes) if a and b), word


def test_a_box_ending_inside_a_ligature_still_covers_the_whole_name_after_rounding(tmp_path: Path) -> None:
    """Boxes are stored with two decimals; the last "f" of a ligature must still lie under its box."""
    src = builders.ligature_txt(tmp_path / "brev.txt")
    from redact.ingest.convert import convert_file

    [converted] = convert_file(src, tmp_path, "0001")
    [pt] = read_pages(converted.pdf)
    start = pt.text.index("Hoff")
    [box] = pt.boxes_for(start, start + 4)
    stored = Box.from_list(box.as_list())
    out = tmp_path / "ud.pdf"
    redact_pdf(converted.pdf, [Area(0, (stored,), "Hoff", "§ 30, nr. 1")], out)
    assert "Hoff" not in shown_text(out) and "Jens" in shown_text(out)


@needs_libreoffice
@pytest.mark.slow
def test_word_ligatures_are_boxed_whole_and_released(tmp_path: Path, names: NameRuleDetector) -> None:
    src = builders.ligature_docx(tmp_path / "brev.docx")
    released = release(src, tmp_path, [names])
    assert not released.error
    assert set(builders.LIGATURE_NAMES) <= set(released.proposed)
    [out] = released.outputs
    assert_gone(out, ["Hoff", "Wolff", "Ruff"])


# --- text the text layer does not tell truly: read by OCR, on evidence ---------------------------

UNREADABLE = {
    # builder -> what the page shows that the text layer does not say
    "lying_font": (builders.lying_font_pdf, builders.SPACED_CPR),
    "unmapped_font": (builders.unmapped_font_pdf, builders.SPACED_CPR),
    "pattern": (builders.pattern_text_pdf, "220304-5566"),
    "small_image": (builders.text_in_small_image_pdf, "220304-5566"),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_text_the_layer_does_not_tell_is_read_as_shown_and_redacted(
    name: str, tmp_path: Path, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    build, secret = UNREADABLE[name]
    src = build(tmp_path / f"{name}.pdf")
    with pymupdf.open(src) as doc:
        assert secret in ocr_text(doc[0])  # the reader sees it ...
        assert secret not in doc[0].get_text() or name == "pattern"  # ... the text layer does not say it
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    assert secret in released.proposed
    [out] = released.outputs
    with pymupdf.open(out) as doc:
        shown = ocr_text(doc[0])
    assert secret not in shown.replace(" ", "")
    assert "Kære borger" in shown  # the rest of the page is still there


def test_a_born_digital_page_is_not_read_by_ocr(tmp_path: Path) -> None:
    """OCR runs on evidence only: plain text, letter spacing, ligatures and hidden text are no evidence."""
    from redact.ingest.convert import convert_file

    pdfs = [
        builders.letter_spaced_pdf(tmp_path / "a.pdf"),
        builders.white_text_pdf(tmp_path / "b.pdf"),
        builders.covered_text_pdf(tmp_path / "c.pdf"),  # a small image (20 x 4 px over 260 x 23 pt) hides text
        convert_file(builders.ligature_txt(tmp_path / "d.txt"), tmp_path, "d")[0].pdf,
    ]
    for path in pdfs:
        with pymupdf.open(path) as doc:
            assert not any(reads_by_ocr(page) for page in doc), path.name
    with pymupdf.open(pdfs[0]) as doc:
        assert text_images(doc[0]) == []


def test_verification_reads_a_lying_page_by_ocr(tmp_path: Path) -> None:
    """A box that missed the number on a page whose text layer lies fails the check, which reads by OCR."""
    src = builders.lying_font_pdf(tmp_path / "logn.pdf")
    [pt] = read_pages(src)
    assert pt.ocr
    start = pt.text.index(builders.SPACED_CPR)
    missed = tuple(Box(b.x0, b.y0 + 60, b.x1, b.y1 + 60) for b in pt.boxes_for(start, start + 11))
    out = tmp_path / "ud.pdf"
    with pytest.raises(VerificationError, match="kan stadig læses på billedet"):
        redact_pdf(src, [Area(0, missed, builders.SPACED_CPR, "")], out)
    assert not out.exists()
