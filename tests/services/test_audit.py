"""The audit trail as a table: one row per decision, an undo about its target, never the text under a box."""

from __future__ import annotations

from typing import Any

from redact.core.decision import Action, Decision
from redact.core.geometry import Box
from redact.core.legal import LegalBasis
from redact.services.audit import AUDIT_HEADER, audit_rows
from tests.support.records import sample_case

COLUMN = {name: i for i, name in enumerate(AUDIT_HEADER)}


def decision(seq: int, action: Action, proposal: str = "", **fields: Any) -> Decision:
    when = f"2026-03-0{seq}T10:00:00+01:00"
    return Decision(seq, action, proposal, "Sagsbehandler Sofie", when, "1.2", "da-7", **fields)


def row(rows: list[tuple[str, ...]], seq: int) -> dict[str, str]:
    [found] = [r for r in rows if r[0] == str(seq)]
    assert len(found) == len(AUDIT_HEADER)
    return {name: found[i] for name, i in COLUMN.items()}


def test_an_accepted_proposal_carries_its_document_page_category_and_basis() -> None:
    case = sample_case()
    case.decisions = [decision(1, Action.ACCEPT, proposal="a")]
    r = row(audit_rows(case, {}), 1)
    assert r == {
        "Løbenr.": "1",
        "Tidspunkt": "2026-03-01T10:00:00+01:00",
        "Bruger": "Sagsbehandler Sofie",
        "Handling": "Accepteret",
        "Dokument nr.": "1",
        "Dokument-id": "0001",
        "Side": "1",
        "Kategori": "Person",
        "Hjemmel (kode)": "offl-30-1",
        "Hjemmel": "offentlighedslovens § 30, nr. 1",
        "Detektor": "test",
        "Forslag": "a",
        "Fortryder løbenr.": "",
        "Værktøjsversion": "1.2",
        "Modelversion": "da-7",
    }


def test_a_rejection_has_no_basis_unless_one_was_given() -> None:
    case = sample_case()
    case.decisions = [decision(1, Action.REJECT, proposal="a"), decision(2, Action.REJECT, proposal="b", basis="egen")]
    rows = audit_rows(case, {"egen": LegalBasis("egen", "§ 99", "den lokale regel § 99")})
    assert (row(rows, 1)["Handling"], row(rows, 1)["Hjemmel (kode)"], row(rows, 1)["Hjemmel"]) == ("Afvist", "", "")
    assert (row(rows, 2)["Hjemmel (kode)"], row(rows, 2)["Hjemmel"]) == ("egen", "den lokale regel § 99")


def test_a_manual_redaction_is_named_but_its_text_is_never_in_the_table() -> None:
    case = sample_case()
    secret = "Hemmelige Hansen 010203-4455"
    case.decisions = [
        decision(
            1,
            Action.MANUAL,
            proposal="",
            basis="offl-30-1",
            document="0001",
            page=1,
            boxes=(Box(10, 20, 30, 40),),
            text=secret,
            manual="manuel-1",
        )
    ]
    rows = audit_rows(case, {})
    r = row(rows, 1)
    assert (r["Handling"], r["Kategori"], r["Detektor"], r["Forslag"], r["Side"]) == (
        "Manuel redigering",
        "Manuel",
        "manuel",
        "manuel-1",
        "2",
    )
    assert not any("Hemmelige" in cell or "4455" in cell for cell in rows[0])


def test_an_undo_is_about_what_it_takes_back() -> None:
    case = sample_case()
    case.decisions = [
        decision(1, Action.ACCEPT, proposal="b"),
        decision(2, Action.MANUAL, basis="offl-30-1", document="0001", page=0, manual="manuel-2"),
        decision(3, Action.UNDO, target=1),
        decision(4, Action.UNDO, target=2),
    ]
    rows = audit_rows(case, {})
    undo_accept, undo_manual = row(rows, 3), row(rows, 4)
    assert (undo_accept["Handling"], undo_accept["Forslag"], undo_accept["Fortryder løbenr."]) == ("Fortrudt", "b", "1")
    assert (undo_accept["Detektor"], undo_accept["Kategori"], undo_accept["Hjemmel (kode)"]) == ("test", "Person", "")
    assert (undo_manual["Forslag"], undo_manual["Detektor"], undo_manual["Kategori"]) == (
        "manuel-2",
        "manuel",
        "Manuel",
    )
    assert undo_manual["Fortryder løbenr."] == "2"


def test_withholdings_name_the_document_number_and_page() -> None:
    case = sample_case()
    case.decisions = [
        decision(1, Action.WITHHOLD_PAGE, basis="offl-30-1", document="0001", page=1),
        decision(2, Action.WITHHOLD_DOCUMENT, basis="offl-30-1", document="0002"),
    ]
    rows = audit_rows(case, {})
    page, whole = row(rows, 1), row(rows, 2)
    assert (page["Handling"], page["Dokument nr."], page["Side"], page["Kategori"]) == ("Side undtaget", "1", "2", "")
    assert (whole["Handling"], whole["Dokument nr."], whole["Dokument-id"], whole["Side"]) == (
        "Dokument undtaget",
        "2",
        "0002",
        "",
    )
    assert [r[0] for r in rows] == ["1", "2"]
