"""Language per document through the batch: detected, stored in the case, reported, changed by hand.
Every name and number is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.detect.factory import build_detectors
from redact.services.batch import REPORT_FILE, run_batch
from redact.services.language import case_language, set_document_language
from redact.store.casefile import load_case
from tests.support.builders import make_pdf
from tests.support.fakes import fake_detectors, swedish_only_detectors

SWEDISH = [
    "Socialförvaltningen har tagit emot din ansökan om ekonomiskt bistånd.",
    "Vi har prövat ärendet och beviljar bistånd till hyra och livsmedel för januari.",
    "Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från den dag",
    "du fick del av beslutet. Kontakta oss om du har frågor om ärendet.",
]
DANISH = [
    "Kommunen har modtaget din ansøgning om hjælp til medicin og tandpleje.",
    "Vi har behandlet sagen og bevilger hjælp til de nødvendige udgifter i januar.",
    "Du kan klage over afgørelsen inden fire uger fra den dag, du modtog den.",
]


def _request(tmp_path: Path) -> Path:
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "beslut.pdf", SWEDISH)
    make_pdf(src / "afgoerelse.pdf", DANISH)
    return src


def test_batch_detects_stores_and_reports_the_language_of_each_document(tmp_path: Path) -> None:
    out = tmp_path / "ud"
    report = run_batch([_request(tmp_path)], out, build_detectors, KeepList(), False, 1, "", progress=NullProgress)
    case = load_case(out / "sag.redact")
    languages = {Path(d.output_name).stem: d.language for d in case.documents}
    assert languages == {"beslut": "sv", "afgoerelse": "da"}
    assert not any(d.language_set_by_user for d in case.documents)
    saved = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert saved["languages"] == {"sv": 1, "da": 1} == report.languages
    assert saved["language_per_document"]["beslut.pdf"] == "sv"


def test_a_forced_language_applies_to_every_document(tmp_path: Path) -> None:
    out = tmp_path / "ud"
    run_batch([_request(tmp_path)], out, build_detectors, KeepList(), False, 1, "", NullProgress, language="nb")
    case = load_case(out / "sag.redact")
    assert {d.language for d in case.documents} == {"nb"}
    assert all(d.language_set_by_user for d in case.documents)
    assert case_language(case) == "nb"


def test_the_case_handler_changes_a_documents_language_and_its_open_proposals_follow(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "brev.pdf", [*SWEDISH, "Sökande: Greta Påhittad, personnummer 19850412-3380, tfn 070-123 45 67."])
    out = tmp_path / "ud"
    run_batch([src], out, build_detectors, KeepList(), False, 1, "", NullProgress)
    case = load_case(out / "sag.redact")
    doc = case.documents[0]
    assert doc.language == "sv"
    assert {p.basis for p in case.proposals.values()} <= {"se-osl-26-1", "se-osl-21-7"}
    change = set_document_language(case, out, doc.id, "da", build_detectors)
    reloaded = load_case(out / "sag.redact")
    assert reloaded.documents[0].language == "da"
    assert reloaded.documents[0].language_set_by_user
    assert change.removed > 0
    assert reloaded.proposals
    assert {p.basis for p in reloaded.proposals.values()} == {"offl-30-1"}


def _two_letters(tmp_path: Path, language: str) -> Path:
    """A case of two documents: a letter with a person and a phone number, and a note that names
    them again (the second only by surname); every document in `language`."""
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "a-brev.pdf", ["Brev fra Vera Holmgaard.", "Hun kan nås på telefon 31 41 59 26."])
    make_pdf(src / "b-notat.pdf", ["Notat: Holmgaard ringede igen.", "Nummeret er stadig 31 41 59 26."])
    out = tmp_path / "ud"
    run_batch([src], out, swedish_only_detectors, KeepList(), False, 1, "", NullProgress, language=language)
    return out


def _texts(out: Path, doc_id: str) -> set[str]:
    return {p.text for p in load_case(out / "sag.redact").proposals.values() if p.document == doc_id}


def test_a_changed_language_spreads_what_the_document_now_holds_through_the_case(tmp_path: Path) -> None:
    out = _two_letters(tmp_path, "da")
    case = load_case(out / "sag.redact")
    letter, note = (d.id for d in case.documents)
    assert not case.proposals  # read as Danish, the detector sees nothing
    change = set_document_language(case, out, letter, "sv", swedish_only_detectors)
    assert _texts(out, letter) == {"Vera Holmgaard", "31 41 59 26"}
    # the consistency pass: the note, still Danish, gets the surname and the number too
    assert _texts(out, note) == {"Holmgaard", "31 41 59 26"}
    assert (change.added, change.elsewhere) == (2, 2)


def test_a_changed_language_keeps_what_the_rest_of_the_case_says_about_the_document(tmp_path: Path) -> None:
    out = _two_letters(tmp_path, "sv")
    case = load_case(out / "sag.redact")
    letter, note = (d.id for d in case.documents)
    assert _texts(out, note) == {"Holmgaard", "31 41 59 26"}  # the surname only from the letter
    change = set_document_language(case, out, note, "da", swedish_only_detectors)
    # read as Danish the note's own detection finds nothing, but the letter's person and number
    # are still proposed in it, grouped with the letter's
    assert change.removed == 2
    assert _texts(out, note) == {"Holmgaard", "31 41 59 26"}
    reloaded = load_case(out / "sag.redact")
    groups = {p.text: p.group for p in reloaded.proposals.values()}
    assert groups["Holmgaard"] == groups["Vera Holmgaard"]
    assert reloaded.document(note).language == "da"
    assert _texts(out, letter) == {"Vera Holmgaard", "31 41 59 26"}


def test_a_decided_proposal_stays_and_is_not_proposed_twice(tmp_path: Path) -> None:
    from redact.core.decision import Action
    from redact.services.decisions import decide

    out = _two_letters(tmp_path, "sv")
    case = load_case(out / "sag.redact")
    note = case.documents[1].id
    surname = next(p.id for p in case.proposals.values() if p.text == "Holmgaard")
    decide(case, out, [surname], Action.ACCEPT, "test")
    change = set_document_language(case, out, note, "da", swedish_only_detectors)
    reloaded = load_case(out / "sag.redact")
    mine = [p for p in reloaded.proposals.values() if p.document == note]
    assert sorted(p.text for p in mine) == ["31 41 59 26", "Holmgaard"]
    assert surname in reloaded.proposals
    assert change.removed == 1


def test_the_export_checks_each_scan_with_its_documents_ocr_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redact.pdf.redactor as redactor
    from redact.pdf.ocr import ocr_available
    from tests.pdf.test_ocr import make_scan

    if not ocr_available():
        pytest.skip("Tesseract is installed by make setup")
    used: list[str] = []
    real = redactor.ocr_text

    def spy(page: Any, languages: str = "dan", **kwargs: Any) -> str:
        used.append(languages)
        return real(page, languages, **kwargs)

    monkeypatch.setattr(redactor, "ocr_text", spy)
    src = tmp_path / "anmodning"
    src.mkdir()
    make_scan(src / "brev.pdf", ["Brev om bostöd", "Telefon 20 12 34 56"])
    out = tmp_path / "ud"
    run_batch([src], out, fake_detectors, KeepList(), True, 1, "", NullProgress, language="nb")
    case = load_case(out / "sag.redact")
    assert case.documents[0].language == "nb" and case.proposals
    assert used and set(used) == {"nor"}  # the re-read of the exported scan, in the document's language


def _snapshot(out: Path) -> tuple[dict[str, str], dict[str, tuple[str, str, str]]]:
    """The documents' languages and the proposals (text, basis, state) as a reopened case has them."""
    case = load_case(out / "sag.redact")
    states = case.states()
    return (
        {d.id: d.language for d in case.documents},
        {pid: (p.text, p.basis, states[pid].value) for pid, p in case.proposals.items()},
    )


def test_a_language_change_is_undone_and_redone_like_any_decision(tmp_path: Path) -> None:
    from redact.core.decision import Action
    from redact.services.decisions import history, redo, undo_last

    out = _two_letters(tmp_path, "da")
    before = _snapshot(out)
    case = load_case(out / "sag.redact")
    letter = case.documents[0].id
    forced = case.documents[0].language_set_by_user  # the batch was told the language
    set_document_language(case, out, letter, "sv", swedish_only_detectors, who="mette")
    after = _snapshot(out)
    assert after != before and after[0][letter] == "sv"
    last = load_case(out / "sag.redact").decisions[-1]
    assert (last.action, last.document, last.language, last.who) == (Action.LANGUAGE, letter, "sv", "mette")

    case = load_case(out / "sag.redact")
    undone = undo_last(case, out, "mette")
    assert [d.action for d in undone] == [Action.LANGUAGE]
    assert _snapshot(out) == before  # the earlier language, and the proposals of the note are gone again
    assert load_case(out / "sag.redact").document(letter).language_set_by_user is forced

    case = load_case(out / "sag.redact")
    assert history(case).redo
    redo(case, out, "mette")
    assert _snapshot(out) == after


def test_undo_gives_back_the_open_proposals_of_the_earlier_language(tmp_path: Path) -> None:
    from redact.services.decisions import undo_last

    out = _two_letters(tmp_path, "sv")
    before = _snapshot(out)
    case = load_case(out / "sag.redact")
    note = case.documents[1].id
    set_document_language(case, out, note, "da", swedish_only_detectors)
    undo_last(load_case(out / "sag.redact"), out, "test")
    assert _snapshot(out) == before
    assert _texts(out, note) == {"Holmgaard", "31 41 59 26"}


def test_a_change_the_log_never_got_is_taken_back_on_opening(tmp_path: Path) -> None:
    """The process stopped after the case file was saved and before the log entry was written."""
    from redact.store.casefile import LOG_FILE

    out = _two_letters(tmp_path, "da")
    before = _snapshot(out)
    log = (out / LOG_FILE).read_bytes() if (out / LOG_FILE).exists() else b""
    case = load_case(out / "sag.redact")
    set_document_language(case, out, case.documents[0].id, "sv", swedish_only_detectors)
    (out / LOG_FILE).write_bytes(log)  # as if the log entry had never been written
    assert _snapshot(out) == before
