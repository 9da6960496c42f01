"""Deciding once: a request with the same attachment in three e-mails of one thread, a letter and a
stamped copy of it, and a reply threaded only by the text it quotes."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from redact.core.case import Case, State
from redact.core.decision import Action
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.batch import run_batch
from redact.services.decisions import decide
from redact.services.duplicates import copies_note, copies_of
from redact.services.package import list_documents
from redact.store.casefile import load_case
from tests.support.builders import make_pdf, pdf_bytes
from tests.support.fakes import fake_detectors

BODY = [
    "Kære Jens Peter Hansen",
    "Kommunen har modtaget din ansøgning om tilskud til briller den tredje marts.",
    "Ansøgningen er behandlet efter reglerne om personlige tillæg, og du er bevilget",
    "et tilskud på det ansøgte beløb. Beløbet udbetales til din NemKonto inden for",
    "ti hverdage. Dit CPR-nummer 120384-1234 og telefon 20 12 34 56 er noteret.",
    "Har du spørgsmål, er du velkommen til at kontakte Borgerservice i åbningstiden.",
    "Afgørelsen kan påklages til Ankestyrelsen inden fire uger.",
]
ATTACHMENT = pdf_bytes(["Bevilling til Karen Opdigtsen", "CPR 010203-4321", *BODY[1:5]])
FIRST_MAIL = (
    "Hej Karen\n\nHermed bevillingen, som vi talte om i telefonen i går. Den er også sendt med posten, "
    "og beløbet kommer på din konto inden for ti hverdage. Skriv endelig, hvis noget er uklart.\n\n"
    "Venlig hilsen\nBorgerservice\n"
)


def mail(path: Path, subject: str, body: str, message_id: str = "", parents: tuple[str, ...] = ()) -> None:
    msg = EmailMessage()
    msg["From"] = "Borgerservice <post@kommune.example>"
    msg["To"] = "Karen Opdigtsen <karen@example.com>"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 14 Mar 2024 09:12:00 +0100"
    if message_id:
        msg["Message-ID"] = message_id
    if parents:
        msg["In-Reply-To"] = parents[-1]
        msg["References"] = " ".join(parents)
    msg.set_content(body)
    msg.add_attachment(ATTACHMENT, maintype="application", subtype="pdf", filename="bevilling.pdf")
    path.write_bytes(bytes(msg))


def request(folder: Path) -> Path:
    src = folder / "anmodning"
    src.mkdir()
    make_pdf(src / "a-brev.pdf", BODY)
    make_pdf(src / "b-brev-kopi.pdf", [*BODY, "", "", "MODTAGET 14.03.2024 J.nr. 24/1234 scannet af postrummet"])
    mail(src / "c-mail-1.eml", "Bevilling", FIRST_MAIL, "<m1@kommune.example>")
    mail(src / "d-mail-2.eml", "Sv: Bevilling", "Tak for den.\n", "<m2@example.com>", ("<m1@kommune.example>",))
    mail(
        src / "e-mail-3.eml",
        "SV: Bevilling",
        "Velbekomme.\n",
        "<m3@kommune.example>",
        ("<m1@kommune.example>", "<m2@example.com>"),
    )
    quoted = "\n".join("> " + line for line in FIRST_MAIL.splitlines())
    (src / "f-mail-videresendt.eml").write_bytes(
        _plain("VS: Bevilling", "Til orientering.\n\n" + quoted)
    )  # no ids: threaded by the text it quotes
    return src


def _plain(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Karen Opdigtsen <karen@example.com>"
    msg["To"] = "Bo Fiktivsen <bo@example.org>"
    msg["Subject"] = subject
    msg.set_content(body)
    return bytes(msg)


def _ids(case: Case) -> dict[str, str]:
    return {d.output_name: d.id for d in case.documents}


def test_copies_are_grouped_threads_found_and_a_decision_applies_to_the_copies(tmp_path: Path) -> None:
    src = request(tmp_path)
    out = tmp_path / "ud"
    run_batch([src], out, fake_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    case = load_case(out)
    ids = _ids(case)
    bilag = [ids[f"{m}-bilag-bevilling.pdf"] for m in ("c-mail-1", "d-mail-2", "e-mail-3")]
    by_id = {d.id: d for d in case.documents}

    # exact copies: the same attachment three times; a near copy: the letter with a stamp
    assert [by_id[b].duplicate_of for b in bilag] == ["", bilag[0], bilag[0]]
    assert not any(by_id[b].near_duplicate for b in bilag)
    assert by_id[ids["b-brev-kopi.pdf"]].duplicate_of == ids["a-brev.pdf"]
    assert by_id[ids["b-brev-kopi.pdf"]].near_duplicate
    assert by_id[ids["c-mail-1.pdf"]].duplicate_of == ""  # the mails themselves differ
    # one thread: by Message-ID/In-Reply-To/References, and the forward by the text it quotes
    first = ids["c-mail-1.pdf"]
    assert [by_id[ids[f"{m}.pdf"]].thread for m in ("c-mail-1", "d-mail-2", "e-mail-3", "f-mail-videresendt")] == [
        first
    ] * 4
    assert by_id[ids["a-brev.pdf"]].thread == ""
    assert copies_note(case, bilag[1]) == "Denne tekst findes også i 2 andre dokumenter"
    assert copies_note(case, ids["a-brev.pdf"]) == "Denne tekst findes også i 1 andet dokument"
    assert copies_note(case, first) == ""

    # a decision on one copy applies to the same passage in the others ...
    cpr = next(p for p in case.proposals_of(bilag[0]) if p.text == "010203-4321")
    copies = copies_of(case, cpr.id)
    assert len(copies) == 2 and {case.proposals[c].document for c in copies} == set(bilag[1:])
    decide(case, out, [cpr.id], Action.ACCEPT, "tester")
    states = load_case(out).states()
    assert [states[p] for p in (cpr.id, *copies)] == [State.ACCEPTED] * 3
    # ... the stamped letter's passages are at the same place, so they follow too
    letter_cpr = next(p for p in case.proposals_of(ids["a-brev.pdf"]) if p.text == "120384-1234")
    decide(case, out, [letter_cpr.id], Action.ACCEPT, "tester")
    assert [case.states()[c] for c in copies_of(case, letter_cpr.id)] == [State.ACCEPTED]
    # ... and the case handler can still release one copy differently; a later decision on the
    # original does not overrule it
    decide(case, out, [copies[1]], Action.REJECT, "tester")
    decide(case, out, [cpr.id], Action.REJECT, "tester")
    decide(case, out, [cpr.id], Action.ACCEPT, "tester")
    states = load_case(out).states()
    assert [states[p] for p in (cpr.id, copies[0], copies[1])] == [State.ACCEPTED, State.ACCEPTED, State.REJECTED]

    # the aktliste says which document each copy repeats, and the thread
    notes = {r.document.output_name: r.note for r in list_documents(load_case(out), out)}
    number = {d.output_name: n for n, d in enumerate(case.documents, start=1)}
    assert f"Dublet af dok. {number['c-mail-1-bilag-bevilling.pdf']}" in notes["e-mail-3-bilag-bevilling.pdf"]
    assert notes["b-brev-kopi.pdf"] == f"Næsten dublet af dok. {number['a-brev.pdf']}"
    assert f"Svar i tråd med dok. {number['c-mail-1.pdf']}" in notes["f-mail-videresendt.pdf"]
    assert "Dublet" not in notes["c-mail-1-bilag-bevilling.pdf"]


def test_the_review_session_tells_how_many_other_documents_hold_the_same_text(tmp_path: Path) -> None:
    from redact.services.session import ReviewSession

    src = request(tmp_path)
    out = tmp_path / "ud"
    run_batch([src], out, fake_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    session = ReviewSession("tester")
    case = session.open(out)
    ids = _ids(case)
    session.show_document(ids["d-mail-2-bilag-bevilling.pdf"])
    assert session.copies() == 2
    session.show_document(ids["d-mail-2.pdf"])
    assert session.copies() == 0
