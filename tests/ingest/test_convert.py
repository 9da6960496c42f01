"""Every supported input becomes PDF pages whose text is what the case handler will see."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import InputFileError
from redact.ingest import convert_file
from redact.ingest.encoding import CANDIDATES
from redact.ingest.office import docx_to_pdf_simple, libreoffice
from redact.pdf.extract import read_pages
from redact.pdf.ocr import ocr_available
from tests.support.builders import make_docx, make_eml, make_pdf, make_png, pdf_bytes


def text_of(pdf: Path) -> str:
    return " ".join(p.text for p in read_pages(pdf)).replace("\n", " ")


def test_pdf_is_copied_and_the_original_untouched(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "brev.pdf", ["Kære Karl Opdigtet", "CPR 120384-1234"])
    before = src.read_bytes()
    work = tmp_path / "work"
    work.mkdir()
    [doc] = convert_file(src, work, "0001")
    assert doc.pdf.parent == work and doc.converter.startswith("PDF")
    assert "Karl Opdigtet" in text_of(doc.pdf)
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev.pdf", "work"]


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is installed by `make setup`")
def test_docx_through_libreoffice_keeps_body_table_header_and_footer(tmp_path: Path) -> None:
    src = make_docx(
        tmp_path / "notat.docx",
        ["Notat om Karl Opdigtet."],
        table=[("Navn", "Karl Opdigtet"), ("Tlf.", "20 12 34 56")],
        header="Sidehoved med Anne Fiktiv",
        footer="Sidefod journalnr. 77",
    )
    [doc] = convert_file(src, tmp_path, "0001")
    assert "LibreOffice" in doc.converter
    text = text_of(doc.pdf)
    for part in (
        "Notat om Karl Opdigtet.",
        "Navn",
        "20 12 34 56",
        "Sidehoved med Anne Fiktiv",
        "Sidefod journalnr. 77",
    ):
        assert part in text


def test_docx_fallback_without_libreoffice(tmp_path: Path) -> None:
    src = make_docx(
        tmp_path / "n.docx", ["Brødtekst her"], table=[("Navn", "Anne Fiktiv")], header="Hoved", footer="Fod"
    )
    out = tmp_path / "n.pdf"
    docx_to_pdf_simple(src, out)
    text = text_of(out)
    for part in ("Brødtekst her", "Anne Fiktiv", "Hoved", "Fod"):
        assert part in text


def test_eml_header_block_body_and_attachments_as_documents(tmp_path: Path) -> None:
    src = make_eml(
        tmp_path / "mail.eml",
        "Hej\n\nMit telefonnummer er 20 12 34 56.\n",
        attachments=[
            ("bilag.pdf", pdf_bytes(["Bilag om Karl Opdigtet"]), "application/pdf"),
            ("program.exe", b"MZ\x00\x00", "application/octet-stream"),
        ],
    )
    docs = convert_file(src, tmp_path / "w", "0001") if (tmp_path / "w").mkdir() is None else []
    assert len(docs) == 2
    mail, attachment = docs
    text = text_of(mail.pdf)
    for part in (
        "Fra:",
        "Karl Opdigtet <karl.opdigtet@example.com>",
        "Til:",
        "Cc:",
        "Anne Fiktiv",
        "Dato:",
        "14. marts 2024",
        "Emne:",
        "Ansøgning om tilskud",
        "20 12 34 56",
        "bilag.pdf",
        "program.exe",
    ):
        assert part in text, part
    assert any("program.exe" in w for w in mail.warnings)
    assert attachment.attachment_of == 0 and attachment.name == "bilag.pdf"
    assert "Bilag om Karl Opdigtet" in text_of(attachment.pdf)


def test_html_only_email_is_shown_without_scripts(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["Subject"] = "Kun HTML"
    msg.set_content(
        "<html><body><p>Synlig tekst om Anne Fiktiv</p><script>alert('x')</script>"
        "<img src='http://example.com/track.png'></body></html>",
        subtype="html",
    )
    src = tmp_path / "h.eml"
    src.write_bytes(bytes(msg))
    [doc] = convert_file(src, tmp_path, "0001")
    text = text_of(doc.pdf)
    assert "Synlig tekst om Anne Fiktiv" in text and "alert" not in text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_txt_encoding_is_detected(tmp_path: Path, encoding: str) -> None:
    src = tmp_path / "note.txt"
    src.write_bytes("Søren Ærø bor på Åboulevarden og skriver om økonomi og sagsbehandling.\n".encode(encoding))
    [doc] = convert_file(src, tmp_path, "0001")
    assert "Søren Ærø bor på Åboulevarden" in text_of(doc.pdf)
    assert "kodning" in doc.converter


def test_image_becomes_a_page_read_by_ocr(tmp_path: Path) -> None:
    src = make_png(tmp_path / "scan.png")
    [doc] = convert_file(src, tmp_path, "0001")
    pages = read_pages(doc.pdf)
    assert len(pages) == 1 and (pages[0].ocr or not ocr_available())
    # without OCR the page has no text at all and is reported as not checked
    assert not read_pages(doc.pdf, ocr=False)[0].has_text_layer


def test_multipage_tiff(tmp_path: Path) -> None:
    from PIL import Image

    src = tmp_path / "scan.tif"
    frames = [Image.new("L", (200, 100), 255) for _ in range(3)]
    frames[0].save(src, save_all=True, append_images=frames[1:])
    [doc] = convert_file(src, tmp_path, "0001")
    assert len(read_pages(doc.pdf)) == 3


def test_image_only_pdf_is_flagged(tmp_path: Path) -> None:
    src = tmp_path / "scan.pdf"
    d = pymupdf.open()
    page = d.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 50, 50), False)
    page.insert_image(page.rect, pixmap=pix)
    d.save(src)
    [doc] = convert_file(src, tmp_path / "w" if (tmp_path / "w").mkdir() is None else tmp_path, "0001")
    assert not read_pages(doc.pdf, ocr=False)[0].has_text_layer


BAD = [
    ("tom.pdf", b"", "tom"),
    ("korrupt.pdf", b"%PDF-1.7\nthis is not really a pdf", "PDF"),
    ("korrupt.docx", b"PK\x03\x04 not a zip", "Word"),
    ("ukendt.xyz", b"data", "understøttes ikke"),
    ("binaer.txt", b"\x00\x01\x02\x00" * 100, "tekstfil"),
    ("ikke-mail.eml", b"bare noget tekst uden headere\n", "e-mail"),
    ("billede.png", b"\x89PNG\r\n\x1a\n garbage", "billede"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD)
def test_bad_input_gives_a_clear_error_naming_the_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    src = tmp_path / name
    src.write_bytes(data)
    with pytest.raises(InputFileError) as err:
        convert_file(src, tmp_path, "0001")
    assert name in str(err.value)
    assert message.lower() in err.value.reason.lower()


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "krypteret.pdf"
    d = pymupdf.open()
    d.new_page().insert_text((72, 72), "hemmelig")
    d.save(src, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="hemmelig", owner_pw="ejer")
    with pytest.raises(InputFileError, match="krypteret"):
        convert_file(src, tmp_path, "0001")


def test_zero_page_pdf_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "nul.pdf"
    # a syntactically valid PDF whose page tree is empty
    src.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(InputFileError):
        convert_file(src, tmp_path, "0001")


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        # short texts: a statistical guess took these for cp850 ("┼se û öjaö") or mac_roman or nothing
        ("Åse – ”ja”", "cp1252", "cp1252"),
        ("S. Ø. – ”", "cp1252", "cp1252"),
        ("”Bøf”", "cp1252", "cp1252"),
        ("ØK – ”nej”", "cp1252", "cp1252"),
        ("Pris 100 € til Søren", "iso8859_15", "iso8859_15"),
        ("Søren Ærø på Åboulevarden", "cp865", "cp865"),  # an old DOS file: ø is 0x9B there
        ("Søren", "utf-8", "utf-8"),
    ],
)
def test_short_nordic_text_files_keep_their_letters(tmp_path: Path, text: str, encoding: str, expected: str) -> None:
    src = tmp_path / "kort.txt"
    src.write_bytes(text.encode(encoding))
    [doc] = convert_file(src, tmp_path, "0001")
    assert text in text_of(doc.pdf)
    assert doc.converter == f"tekst (kodning {CANDIDATES.get(expected, expected)})"
