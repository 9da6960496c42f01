"""The release package: a reviewed case with a withheld document and page, exported and reopened."""

from __future__ import annotations

import csv
import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest

from redact.core.case import Case, Disclosure
from redact.core.decision import Action
from redact.core.errors import UsageError, VerificationError
from redact.core.policy import Letterhead
from redact.services.aktliste import LIST_HEADER
from redact.services.decisions import decide, release, withhold_document, withhold_page
from redact.services.package import (
    AUDIT_CSV,
    LETTER,
    LIST_CSV,
    MERGED,
    export_package,
)
from redact.store.casefile import load_case
from redact.store.legal import load_legal_bases
from tests.support.builders import all_text, make_png
from tests.support.request import batch, request

JOURNAL = "26-4711"  # invented
TODAY = date(2026, 3, 2)


def rapport(path: Path) -> Path:
    """Three pages; page 2 is withheld as a whole."""
    doc = pymupdf.open()
    for i, line in enumerate(["Side et: baggrund", "Side to: intern vurdering af sagen", "Side tre: konklusion"]):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 72), line, fontsize=11, fontname="helv")
        page.insert_text((72, 100), f"Afsnit {i + 1} af rapporten", fontsize=11, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def reviewed_case(tmp_path: Path) -> tuple[Case, Path, dict[str, str]]:
    """The request of test_batch plus a three-page report: accept some, reject one, withhold some."""
    src = request(tmp_path)
    rapport(src / "rapport.pdf")
    folder = tmp_path / "sag"
    batch(src, folder, auto=False)
    case = load_case(folder)
    ids = {Path(d.source).name + ("#" + d.title if d.parent else ""): d.id for d in case.documents}
    brev, mail = ids["brev.pdf"], ids["mail.eml"]
    rejected = next(p.id for p in case.proposals_of(brev) if p.text == "20 12 34 56")
    decide(case, folder, [pid for pid in case.proposals if pid != rejected], Action.ACCEPT, "tester")
    decide(case, folder, [rejected], Action.REJECT, "tester")
    withhold_document(case, folder, ids["note.txt"], "offl-23-1-1", "tester")
    withhold_page(case, folder, ids["rapport.pdf"], 1, "offl-27-4", "tester")
    return load_case(folder), folder, {"brev": brev, "mail": mail, **ids}


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Path, Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("pakke")
    case, folder, ids = reviewed_case(tmp)
    out = tmp / "aktindsigt"
    export_package(case, folder, out, journal=JOURNAL, today=TODAY)
    return case, folder, out, ids


def secrets(case: Case) -> list[str]:
    return [r.text for d in case.documents if d.status.value == "ready" for r in case.redactions(d.id)]


def test_package_has_every_file_and_only_released_documents(exported: tuple[Case, Path, Path, dict[str, str]]) -> None:
    _, _, out, _ = exported
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        "afgoerelse-udkast.docx",
        "aktliste.csv",
        "aktliste.pdf",
        "dokumenter/01-brev.pdf",
        "dokumenter/03-Ansøgning-om-tilskud.pdf",
        "dokumenter/04-kvittering.pdf",
        "dokumenter/06-rapport.pdf",
        "revisionsspor.csv",
        "samlet.pdf",
    ]  # 02 could not be read, 05 is withheld; no temporary files are left anywhere
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]
    report = out / "dokumenter" / "06-rapport.pdf"
    text = all_text(report)
    assert "Side et" in text and "Side tre" in text and "intern vurdering" not in text
    for path in (out / "dokumenter").iterdir():
        text = all_text(path)
        assert not [s for s in ("120384-1234", "010120-5004", "0012345678") if s in text]


def test_samlet_has_pages_bookmarks_and_a_stamp_on_every_page(
    exported: tuple[Case, Path, Path, dict[str, str]],
) -> None:
    case, _, out, _ = exported
    doc = pymupdf.open(out / MERGED)
    try:
        assert doc.page_count == 1 + 1 + 1 + 2  # brev, mail, kvittering, report without its page 2
        assert doc.get_toc() == [
            [1, "Dok. 1: brev", 1],
            [1, "Dok. 3: Ansøgning om tilskud", 2],
            [1, "Dok. 4: kvittering", 3],
            [1, "Dok. 6: rapport", 4],
        ]
        numbers = [1, 3, 4, 6, 6]
        for i, page in enumerate(doc):
            footer = page.get_text().strip().splitlines()[-1]
            assert footer == f"J.nr. {JOURNAL} · Dok. {numbers[i]} · Side {i + 1} af 5"
            # the stamp sits below the content, never on it
            stamp = page.search_for(f"Side {i + 1} af 5")[0]
            assert stamp.y0 > page.rect.height - 22
        assert not doc.metadata or not any(v for k, v in doc.metadata.items() if k not in ("format", "encryption"))
        text = " ".join(p.get_text() for p in doc)
    finally:
        doc.close()
    for s in secrets(case):
        if s != "20 12 34 56":
            assert s not in text
    assert "20 12 34 56" in text  # rejected: released
    assert "intern vurdering" not in text and "Telefon +45" not in text  # withheld page and document


def test_aktliste_rows_match_the_case(exported: tuple[Case, Path, Path, dict[str, str]]) -> None:
    case, _, out, ids = exported
    rows = read_csv(out / LIST_CSV)
    assert list(rows[0]) == list(LIST_HEADER)
    assert [r["Nr."] for r in rows] == [str(i) for i in range(1, len(case.documents) + 1)]
    by_nr = {int(r["Nr."]): r for r in rows}
    for number, d in enumerate(case.documents, start=1):
        row = by_nr[number]
        assert row["Titel"] == d.title or "[udeladt]" in row["Titel"]
        assert row["Sider"] == str(d.pages)
    outcome = {int(r["Nr."]): r["Aktindsigt"] for r in rows}
    assert outcome == {
        1: "Delvis aktindsigt",
        2: "Ikke behandlet",
        3: "Delvis aktindsigt",
        4: "Delvis aktindsigt",
        5: "Undtaget",
        6: "Delvis aktindsigt",
    }
    assert by_nr[5]["Hjemmel"] == "offentlighedslovens § 23, stk. 1, nr. 1"
    assert by_nr[6]["Hjemmel"] == "offentlighedslovens § 27, nr. 4"
    assert by_nr[6]["Bemærkning"] == "Side 2 undtaget" and by_nr[6]["Redigeringer"] == "0"
    assert by_nr[4]["Bemærkning"] == "Bilag til dok. 3"
    assert by_nr[1]["Hjemmel"] == "offentlighedslovens § 30, nr. 1"
    for number, d in enumerate(case.documents, start=1):
        released = case.released_pages(d.id)
        assert by_nr[number]["Redigeringer"] == str(sum(1 for x in case.redactions(d.id) if x.page in released))
    assert int(by_nr[1]["Redigeringer"]) >= 2  # CPR and e-mail at least; the rejected phone is not counted
    assert by_nr[3]["Dato"] == by_nr[4]["Dato"] == "14.03.2024"  # an attachment has its e-mail's date
    # the sender's address was redacted, so the list does not show it either
    assert "karl.opdigtet@example.com" not in by_nr[3]["Afsender"] and "[udeladt]" in by_nr[3]["Afsender"]
    pdf_text = all_text(out / "aktliste.pdf")
    assert "Aktliste" in pdf_text and "Side 1 af 1" in pdf_text and "Bilag til dok. 3" in pdf_text
    assert case.disclosure(ids["brev.pdf"]) is Disclosure.PARTIAL


def test_audit_log_has_every_decision_and_no_redacted_text(exported: tuple[Case, Path, Path, dict[str, str]]) -> None:
    case, _, out, _ = exported
    raw = (out / AUDIT_CSV).read_text(encoding="utf-8-sig")
    rows = read_csv(out / AUDIT_CSV)
    assert [int(r["Løbenr."]) for r in rows] == [d.seq for d in case.decisions]
    assert {r["Handling"] for r in rows} == {"Accepteret", "Afvist", "Dokument undtaget", "Side undtaget"}
    assert all(r["Bruger"] == "tester" and r["Værktøjsversion"] for r in rows)
    page_row = next(r for r in rows if r["Handling"] == "Side undtaget")
    assert (page_row["Dokument nr."], page_row["Side"], page_row["Hjemmel (kode)"]) == ("6", "2", "offl-27-4")
    cpr = next(r for r in rows if r["Kategori"] == "CPR-nummer")
    assert cpr["Detektor"] and cpr["Hjemmel"] == "offentlighedslovens § 30, nr. 1"
    for s in secrets(case) + [p.text for p in case.proposals.values()]:
        assert s not in raw


def test_draft_decision_names_documents_provisions_reasons_and_complaint(
    exported: tuple[Case, Path, Path, dict[str, str]],
) -> None:
    case, _, out, _ = exported
    document = docx.Document(str(out / LETTER))
    paragraphs = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Afgørelse om aktindsigt", "Dokumenter i sagen"]
    assert "Offentlighedslovens § 30, nr. 1" in headings and "Offentlighedslovens § 23, stk. 1, nr. 1" in headings
    assert "Offentlighedslovens § 27, nr. 4" in headings and "Klagevejledning" in headings
    text = "\n".join(paragraphs)
    assert f"J.nr.: {JOURNAL}" in text and "2. marts 2026" in text
    assert "Du får delvis aktindsigt." in text
    assert "Vi har undtaget hele dokument 5 efter offentlighedslovens § 23, stk. 1, nr. 1." in text
    assert "Vi har undtaget side 2 i dokument 6 efter offentlighedslovens § 27, nr. 4." in text
    assert "Vi har undtaget oplysninger i dokument 1, 3 og 4 efter offentlighedslovens § 30, nr. 1." in text
    bases = load_legal_bases()
    assert bases["offl-30-1"].reasoning in text  # the standard reasoning of each provision used
    assert "offentlighedslovens § 34" in text and "§ 14, stk. 1" in text  # partial access, meroffentlighed
    assert "offentlighedslovens § 37" in text and "Ankestyrelsen" in text and "4 uger" in text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Nr.", "Titel", "Dato", "Aktindsigt", "Hjemmel"]
    assert len(table.rows) == 1 + len(case.documents)
    assert document.core_properties.author == ""
    for s in secrets(case):
        assert s not in text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_draft_decision_renders_in_libreoffice(
    exported: tuple[Case, Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    from redact.ingest.office import docx_to_pdf

    _, _, out, _ = exported
    target = tmp_path / "afgoerelse.pdf"
    docx_to_pdf(out / LETTER, target)
    text = all_text(target)
    assert "Afgørelse om aktindsigt" in text and "Klagevejledning" in text
    assert re.search(r"Offentlighedslovens § 30, nr\. 1", text)


def test_release_takes_back_a_withholding(tmp_path: Path) -> None:
    case, folder, ids = reviewed_case(tmp_path)
    note = ids["note.txt"]
    assert case.disclosure(note) is Disclosure.WITHHELD
    assert release(case, folder, note, "tester") is not None
    assert release(case, folder, note, "tester") is None  # nothing left to take back
    assert load_case(folder).disclosure(note) is Disclosure.PARTIAL  # its accepted phone number remains


def test_unknown_basis_and_page_are_refused(tmp_path: Path) -> None:
    case, folder, ids = reviewed_case(tmp_path)
    bases = load_legal_bases()
    with pytest.raises(UsageError, match="ukendt hjemmel"):
        withhold_document(case, folder, ids["brev.pdf"], "offl-99", "tester", bases)
    with pytest.raises(UsageError, match="side 4"):
        withhold_page(case, folder, ids["rapport.pdf"], 3, "offl-27-4", "tester", bases)


def test_a_stamp_that_would_show_redacted_text_writes_no_package(tmp_path: Path) -> None:
    case, folder, _ = reviewed_case(tmp_path)
    out = tmp_path / "aktindsigt"
    with pytest.raises(VerificationError, match=r"samlet\.pdf"):
        export_package(case, folder, out, journal="120384-1234", today=TODAY)  # a CPR number redacted in dok. 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_title_with_redacted_text_is_masked_everywhere(tmp_path: Path) -> None:
    case, folder, ids = reviewed_case(tmp_path)
    brev = case.document(ids["brev.pdf"])
    case.documents[case.documents.index(brev)] = replace(brev, title="Brev om 120384-1234")
    out = tmp_path / "aktindsigt"
    export_package(case, folder, out, journal=JOURNAL, today=TODAY)
    assert (out / "dokumenter" / "01-Brev-om-udeladt.pdf").exists()
    assert read_csv(out / LIST_CSV)[0]["Titel"] == "Brev om [udeladt]"
    doc = pymupdf.open(out / MERGED)
    assert doc.get_toc()[0][1] == "Dok. 1: Brev om [udeladt]"
    doc.close()


def test_existing_folder_is_refused_and_an_earlier_package_replaced(tmp_path: Path) -> None:
    case, folder, _ = reviewed_case(tmp_path)
    busy = tmp_path / "andet"
    busy.mkdir()
    (busy / "vigtigt.txt").write_text("rør mig ikke", encoding="utf-8")
    with pytest.raises(UsageError, match="ikke tom"):
        export_package(case, folder, busy, today=TODAY)
    assert [p.name for p in busy.iterdir()] == ["vigtigt.txt"]
    with pytest.raises(UsageError, match="sagens egen mappe"):
        export_package(case, folder, folder, today=TODAY)
    out = tmp_path / "aktindsigt"
    export_package(case, folder, out, journal="1", today=TODAY)
    (out / "gammel-fil.txt").write_text("fra sidste eksport", encoding="utf-8")
    export_package(case, folder, out, journal="2", today=TODAY)
    assert not (out / "gammel-fil.txt").exists()
    assert "J.nr. 2 ·" in all_text(out / MERGED)


def test_everything_withheld_gives_a_refusal_without_pdfs(tmp_path: Path) -> None:
    case, folder, _ = reviewed_case(tmp_path)
    for d in case.documents:
        if d.status.value == "ready" and not case.withheld_document(d.id):
            withhold_document(case, folder, d.id, "offl-21-2", "tester")
    out = tmp_path / "aktindsigt"
    outcome = export_package(case, folder, out, journal=JOURNAL, today=TODAY)
    assert outcome.pages == 0 and not (out / MERGED).exists() and not list((out / "dokumenter").iterdir())
    assert {r["Aktindsigt"] for r in read_csv(out / LIST_CSV)} == {"Undtaget", "Ikke behandlet"}
    text = "\n".join(p.text for p in docx.Document(str(out / LETTER)).paragraphs)
    assert "Du får ikke aktindsigt i sagens dokumenter." in text and "Klagevejledning" in text


def test_the_policys_letterhead_heads_the_decision_draft(tmp_path: Path) -> None:
    case, folder, _ = reviewed_case(tmp_path)
    logo = make_png(tmp_path / "logo.png", "Eksempel Kommune")
    head = Letterhead("Eksempel Kommune\nBorgerservice, Rådhuspladsen 1", logo)
    out = tmp_path / "aktindsigt"
    export_package(case, folder, out, journal=JOURNAL, today=TODAY, letterhead=head)
    document = docx.Document(str(out / LETTER))
    header = document.sections[0].header
    text = "\n".join(p.text for p in header.paragraphs)
    assert "Eksempel Kommune" in text and "Borgerservice, Rådhuspladsen 1" in text
    assert header.part.package.image_parts  # the logo


def test_attachments_keep_their_own_names_and_a_word_letter_its_stated_date(tmp_path: Path) -> None:
    from redact.core.keeplist import KeepList
    from redact.core.progress import NullProgress
    from redact.services.batch import run_batch
    from tests.support.builders import make_docx, make_eml, pdf_bytes
    from tests.support.fakes import fake_detectors

    src = tmp_path / "anmodning"
    src.mkdir()
    make_docx(src / "a-afgørelse.docx", ["Eksempel Kommune", "Dato: 12. februar 2026", "Kære Jens Testesen"])
    make_eml(
        src / "b-mail.eml",
        "Se de to bilag.",
        attachments=[
            ("bilag.pdf", pdf_bytes(["Første bilag"]), "application/pdf"),
            ("bilag.pdf", pdf_bytes(["Andet bilag"]), "application/pdf"),
        ],
    )
    out = tmp_path / "ud"
    report = run_batch([src], out, fake_detectors, KeepList(), True, 1, "test", progress=NullProgress)
    # the release folder: the attachment's own name, a number only for the second of the same name
    assert sorted(report.written) == [
        "a-afgørelse.pdf",
        "b-mail-bilag-bilag-2.pdf",
        "b-mail-bilag-bilag.pdf",
        "b-mail.pdf",
    ]
    case = load_case(out)
    package = tmp_path / "aktindsigt"
    export_package(case, out, package, journal=JOURNAL, today=TODAY)
    rows = read_csv(package / LIST_CSV)
    assert [(r["Titel"], r["Bemærkning"]) for r in rows] == [
        ("a-afgørelse", ""),
        ("Ansøgning om tilskud", ""),
        ("bilag", "Bilag til dok. 2"),
        ("bilag", "Bilag til dok. 2"),
    ]
    assert rows[0]["Dato"] == "12.02.2026"  # the letter's own date, not its template's 23.12.2013
