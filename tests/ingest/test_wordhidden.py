"""What a Word file holds beside what it shows: found, listed in an appendix of a copy, and warned about."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from redact.ingest import wordhidden
from redact.ingest.wordhidden import APPENDIX_NOTE, APPENDIX_TITLE, WordExtras, prepare_docx
from tests.support.builders import make_docx
from tests.support.hostile_builders import W_NS, hostile_docx


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_comments_hidden_text_and_tracked_changes_are_found(tmp_path: Path) -> None:
    src = hostile_docx(tmp_path / "notat.docx")
    extras = prepare_docx(src, tmp_path / "kopi.docx")
    assert extras.comments == [("Afsnit med kommentar.", "Kommentar om Karen Kommentarsen 101010-1010")]
    assert extras.hidden == ["Skjult Helga 050505-0505", "Stilskjult Stine 121212-1212"]
    assert extras.deleted == ["Slettet Svend 120384-1234"]
    assert extras.inserted == 1 and extras.tracked


def test_the_copy_shows_them_in_an_appendix_and_the_original_is_untouched(tmp_path: Path) -> None:
    src = hostile_docx(tmp_path / "notat.docx")
    before = src.read_bytes()
    prepare_docx(src, tmp_path / "kopi.docx")
    assert src.read_bytes() == before
    text = paragraphs(tmp_path / "kopi.docx")
    start = text.index(APPENDIX_TITLE)
    assert text[start:] == [
        APPENDIX_TITLE,
        APPENDIX_NOTE,
        "Kommentar (til »Afsnit med kommentar.«): Kommentar om Karen Kommentarsen 101010-1010",
        "Skjult tekst: Skjult Helga 050505-0505",
        "Skjult tekst: Stilskjult Stine 121212-1212",
    ]
    with zipfile.ZipFile(tmp_path / "kopi.docx") as z:
        assert b"revisionView" not in z.read("word/settings.xml")
        assert sorted(z.namelist()) == sorted(zipfile.ZipFile(src).namelist())


def test_the_simple_layout_gets_the_deleted_text_listed_too(tmp_path: Path) -> None:
    src = hostile_docx(tmp_path / "notat.docx")
    prepare_docx(src, tmp_path / "kopi.docx", lists_deleted=True)
    assert paragraphs(tmp_path / "kopi.docx")[-1] == "Slettet tekst (sporet ændring): Slettet Svend 120384-1234"


def test_a_plain_file_gets_no_appendix_and_no_warning(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "brev.docx", ["Kære Karl Opdigtet", "Med venlig hilsen"], header="Kommunen")
    extras = prepare_docx(src, tmp_path / "kopi.docx", lists_deleted=True)
    assert extras == WordExtras()
    assert extras.warnings(lists_deleted=True) == []
    assert paragraphs(tmp_path / "kopi.docx") == paragraphs(src)


def _docx_with(tmp_path: Path, *runs: str, styles: str = "") -> Path:
    d = docx.Document()
    p = d.add_paragraph()
    for run in runs:
        p._p.append(parse_xml(f"<w:r {W_NS}>{run}</w:r>"))
    d.sections[0].header.paragraphs[0]._p.append(
        parse_xml(f"<w:r {W_NS}><w:rPr><w:vanish/></w:rPr><w:t>Sidehoved skjult Sune</w:t></w:r>")
    )
    d.save(str(tmp_path / "a.docx"))
    return tmp_path / "a.docx"


def test_vanish_switched_off_is_seen_and_hidden_runs_in_a_row_are_one_piece(tmp_path: Path) -> None:
    src = _docx_with(
        tmp_path,
        '<w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Synlig Svea</w:t>',
        '<w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Skjult </w:t>',
        '<w:rPr><w:vanish w:val="1"/></w:rPr><w:t>Hjalmar</w:t>',
        '<w:t xml:space="preserve"> </w:t>',  # a visible space neither ends the piece nor is lost
        '<w:rPr><w:vanish w:val="on"/></w:rPr><w:t>Hansen</w:t>',
        "<w:t>slut</w:t>",
        '<w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Synlig Sigrid</w:t>',
    )
    extras = prepare_docx(src, tmp_path / "kopi.docx")
    assert extras.hidden == ["Skjult Hjalmar Hansen", "Sidehoved skjult Sune"]


def test_warnings_count_comments_and_hidden_pieces_in_danish(tmp_path: Path) -> None:
    one = WordExtras(comments=[("a", "b")], hidden=["x"])
    assert one.warnings(lists_deleted=False) == [
        "Word-dokumentet har 1 kommentar og 1 stykke skjult tekst, som ikke ses i dokumentet; "
        "de er vist i et tillæg sidst i dokumentet"
    ]
    many = WordExtras(comments=[("a", "b"), ("", "c")], hidden=["x", "y", "z"], deleted=["d"])
    tracked, hidden = many.warnings(lists_deleted=True)
    assert tracked == "Word-dokumentet har sporede ændringer; slettet tekst er vist i tillægget sidst i dokumentet"
    assert hidden.startswith("Word-dokumentet har 2 kommentarer og 3 stykker skjult tekst")
    inserted_only = WordExtras(inserted=2).warnings(lists_deleted=False)
    assert inserted_only == [
        "Word-dokumentet har sporede ændringer; slettet tekst vises overstreget og indsat tekst understreget"
    ]


def test_a_file_too_big_unpacked_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = make_docx(tmp_path / "brev.docx", ["Kort brev"])
    monkeypatch.setattr(wordhidden, "MAX_PART_BYTES", 1000)
    with pytest.raises(ValueError, match="for stor"):
        prepare_docx(src, tmp_path / "kopi.docx")
    assert not (tmp_path / "kopi.docx").exists()
