"""What a released file holds besides what a reader sees: private keys and image metadata.

The release keeps only the keys a viewer needs and JPEGs without their metadata segments, and
the verification fails on a file that still holds either.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import VerificationError
from redact.pdf.redactor import redact_pdf
from redact.pdf.scrub import jpeg_without_metadata, leftovers
from tests.support import hostile_builders as builders
from tests.support.pipeline import assert_gone, release, shown_text


def test_private_keys_in_catalog_page_tree_page_and_image_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.private_keys_pdf(tmp_path / "sagsdata.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    [out] = released.outputs
    assert_gone(out, builders.PRIVATE_SECRETS)
    assert "Synlig sagstekst" in shown_text(out)
    with pymupdf.open(out) as doc:
        assert leftovers(doc) == []
        assert len(doc[0].get_images()) == 1  # the picture itself stays


def test_private_keys_in_inline_dictionaries_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.inline_private_keys_pdf(tmp_path / "inline.pdf")
    assert all(s.encode() in src.read_bytes() for s in builders.INLINE_PLACES.values())
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    [out] = released.outputs
    assert_gone(out, [*builders.INLINE_PLACES.values(), "Sagsdata", "130115-4455"])
    shown = shown_text(out)
    assert "Synlig sagstekst" in shown and "Brugt skrift" in shown  # the inline font still draws
    assert "Formular" in shown  # the form XObject too (an inline annotation made the clean save drop it)
    with pymupdf.open(out) as doc:
        assert leftovers(doc) == []


@pytest.mark.parametrize("place", list(builders.INLINE_PLACES))
def test_the_verification_finds_a_private_key_in_an_inline_dictionary(tmp_path: Path, place: str) -> None:
    with pymupdf.open(builders.inline_private_keys_pdf(tmp_path / "clean.pdf", ())) as clean:
        assert leftovers(clean) == []
    with pymupdf.open(builders.inline_private_keys_pdf(tmp_path / f"{place}.pdf", (place,))) as doc:
        [problem] = leftovers(doc)
    # The key that holds the secret (an inline /Info or /Annots goes whole, with what it holds).
    key = {"info": "Info", "annotation": "Annots"}.get(place, "Sagsdata")
    assert problem == f"ukendte nøgler tilbage i filens struktur: {key}"


def test_associated_files_xmp_piece_info_xfa_and_alternate_images_are_not_released(
    tmp_path: Path, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    src = builders.associated_data_pdf(tmp_path / "tilknyttet.pdf")
    with pymupdf.open(src) as doc:
        [problem] = leftovers(doc)
    reported = set(problem.partition(": ")[2].split(", "))
    assert {"AF", "AcroForm", "Alternates", "LastModified", "Metadata", "PieceInfo"} <= reported
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, [*builders.ASSOCIATED_PLACES.values(), "130115-4455"])
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        assert leftovers(after) == []
        assert before[0].get_pixmap(dpi=50).samples == after[0].get_pixmap(dpi=50).samples


def test_names_of_visible_layers_and_of_the_default_view_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.visible_layer_names_pdf(tmp_path / "lag.pdf")
    with pymupdf.open(src) as doc:
        [problem] = leftovers(doc)
    assert {"Creator", "Name"} <= set(problem.partition(": ")[2].split(", "))  # the view's names, the layer's
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, [*builders.LAYER_NAME_SECRETS, "130115-4455"])
    assert "Synligt lag med tekst" in shown_text(out)
    with pymupdf.open(out) as doc:
        assert [layer["name"] for layer in doc.get_ocgs().values()] == ["Lag 1"]
        assert leftovers(doc) == []


def test_descriptions_a_screen_reader_reads_and_inline_images_private_keys_are_not_released(
    tmp_path: Path, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    src = builders.content_dicts_pdf(tmp_path / "alt.pdf")
    with pymupdf.open(src) as doc:
        assert all(s not in doc[0].get_text() for s in builders.CONTENT_DICT_SECRETS)  # no detector reads them
        problems = leftovers(doc)
    assert "alternativ tekst (/Alt, /E) tilbage i sidens indhold" in problems
    assert "ukendte nøgler tilbage i et indlejret billede" in problems
    assert any(p.startswith("ukendte nøgler") and "Alt" in p for p in problems)  # in the resources
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, [*builders.CONTENT_DICT_SECRETS, "130115-4455"])
    assert "F.F." in shown_text(out)
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        assert leftovers(after) == []
        assert before[0].get_pixmap(dpi=50).samples == after[0].get_pixmap(dpi=50).samples


def test_exif_and_comments_of_a_jpeg_inside_a_pdf_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.exif_in_pdf(tmp_path / "foto.pdf")
    assert all(s.encode() in src.read_bytes() for s in builders.EXIF_SECRETS)  # MuPDF copied them in
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, builders.EXIF_SECRETS)
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        # the same picture, pixel for pixel: only the metadata segments went
        assert before[0].get_pixmap(dpi=50).samples == after[0].get_pixmap(dpi=50).samples


@pytest.mark.slow
def test_exif_and_comments_of_a_jpg_input_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.exif_jpeg(tmp_path / "foto.jpg")
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    [out] = released.outputs
    assert_gone(out, builders.EXIF_SECRETS)


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (builders.private_keys_pdf, "ukendte nøgler tilbage"),
        (builders.inline_private_keys_pdf, "ukendte nøgler tilbage"),
        (builders.content_dicts_pdf, "alternativ tekst"),
    ],
)
def test_export_fails_and_writes_nothing_when_private_keys_would_remain(
    tmp_path: Path, monkeypatch, build, problem
) -> None:  # type: ignore[no-untyped-def]
    import redact.pdf.redactor as redactor

    src = build(tmp_path / "sagsdata.pdf")
    monkeypatch.setattr(redactor, "remove_unknown_keys", lambda doc: 0)
    out = tmp_path / "ud" / "sagsdata.pdf"
    with pytest.raises(VerificationError, match=problem):
        redact_pdf(src, [], out)
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_export_fails_and_writes_nothing_when_jpeg_metadata_would_remain(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import redact.pdf.redactor as redactor

    src = builders.exif_in_pdf(tmp_path / "foto.pdf")
    monkeypatch.setattr(redactor, "strip_image_metadata", lambda doc: 0)
    out = tmp_path / "ud" / "foto.pdf"
    with pytest.raises(VerificationError, match="billedmetadata"):
        redact_pdf(src, [], out)
    assert not out.exists()


def test_comments_and_metadata_boxes_of_jpeg_2000_pictures_are_not_released(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.jpx_in_pdf(tmp_path / "jpx.pdf")
    with pymupdf.open(src) as doc:
        raw = b"".join(doc.xref_stream_raw(x) or b"" for x, *_ in doc[0].get_images())
        assert len(doc[0].get_images()) == 2
    assert all(s.encode() in raw for s in builders.JPX_SECRETS)  # MuPDF copied them in
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, builders.JPX_SECRETS)
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        assert len(after[0].get_images()) == 2
        # the same pictures, pixel for pixel: only comments and metadata boxes went
        assert before[0].get_pixmap(dpi=50).samples == after[0].get_pixmap(dpi=50).samples


def test_export_fails_and_writes_nothing_when_jpeg_2000_metadata_would_remain(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import redact.pdf.redactor as redactor

    src = builders.jpx_in_pdf(tmp_path / "jpx.pdf")
    monkeypatch.setattr(redactor, "strip_image_metadata", lambda doc: 0)
    out = tmp_path / "ud" / "jpx.pdf"
    with pytest.raises(VerificationError, match="JPEG 2000"):
        redact_pdf(src, [], out)
    assert not out.exists()


def test_a_jpeg_loses_its_metadata_segments_and_trailing_bytes_but_not_its_picture(tmp_path: Path) -> None:
    photo = builders.exif_jpeg(tmp_path / "foto.jpg").read_bytes() + b"appended Efter Eva"
    stripped = jpeg_without_metadata(photo)
    assert stripped is not None
    for secret in [*builders.EXIF_SECRETS, "Efter Eva"]:
        assert secret.encode() not in stripped
    assert b"\xff\xe1" not in stripped[:200] and stripped.endswith(b"\xff\xd9")
    original = pymupdf.Pixmap(photo[: photo.index(b"appended")])
    assert pymupdf.Pixmap(stripped).samples == original.samples
    assert jpeg_without_metadata(b"not a jpeg") is None
