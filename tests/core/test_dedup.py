"""Grouping the same text and e-mail threads (core/dedup.py): tables of small invented texts."""

from __future__ import annotations

from redact.core.dedup import (
    Copy,
    Fingerprint,
    MailFacts,
    content_hash,
    find_duplicates,
    find_threads,
    signature,
    similarity,
    thread_subject,
)

LETTER = (
    "Kommunen har modtaget din ansøgning om tilskud til briller den tredje marts. Ansøgningen er behandlet "
    "efter reglerne om personlige tillæg, og vi kan oplyse at du er bevilget et tilskud på det ansøgte beløb. "
    "Beløbet udbetales til din NemKonto inden for ti hverdage. Har du spørgsmål, er du velkommen til at "
    "kontakte Borgerservice i åbningstiden. Afgørelsen kan påklages til Ankestyrelsen inden fire uger."
)
OTHER = (
    "Referat af mødet i skolebestyrelsen. Til stede var formanden, to forældrerepræsentanter og skolelederen. "
    "Punkt et handlede om budgettet for det kommende år, punkt to om trafiksikkerhed ved skolens indgang, "
    "og under eventuelt blev datoen for sommerfesten fastlagt. Næste møde holdes i juni på skolens kontor."
)


def fp(doc_id: str, text: str) -> Fingerprint:
    return Fingerprint(doc_id, content_hash(text), signature(text))


def test_exact_copies_ignore_layout_case_and_punctuation() -> None:
    assert content_hash("Kære  Karl,\nTak!") == content_hash("kære karl tak")
    assert content_hash("") == ""
    found = find_duplicates([fp("1", LETTER), fp("2", OTHER), fp("3", LETTER.upper()), fp("4", "  ")])
    assert found == {"3": Copy("1", False)}


def test_near_copies_with_another_stamp_or_header_are_grouped_and_different_texts_are_not() -> None:
    stamped = "MODTAGET 14.03.2024 J.nr. 24/1234\n" + LETTER + "\nScannet af postrummet"
    shortened = LETTER.split(". Har du")[0]
    assert similarity(signature(LETTER), signature(stamped)) >= 0.7
    assert similarity(signature(LETTER), signature(OTHER)) < 0.2
    found = find_duplicates([fp("1", LETTER), fp("2", OTHER), fp("3", stamped), fp("4", shortened)])
    assert found["3"] == Copy("1", True)
    assert "2" not in found and "4" not in found  # a text cut by a third is another document


def test_short_texts_only_when_equal() -> None:
    assert signature("Kvittering for modtagelse") == ()
    found = find_duplicates([fp("1", "Kvittering"), fp("2", "Kvittering"), fp("3", "Kvitteringer")])
    assert found == {"2": Copy("1", False)}


def test_threads_by_message_ids_and_by_quoted_text() -> None:
    quote = "\n".join("> " + line for line in LETTER.split(". "))
    mails = [
        MailFacts("1", "<a@kommune.example>", (), "Tilskud til briller", LETTER),
        MailFacts("2", "<b@example.com>", ("<a@kommune.example>",), "Sv: Tilskud til briller", "Tak."),
        MailFacts("3", "<c@kommune.example>", ("<a@kommune.example>", "<b@example.com>"), "SV: Tilskud", "Ok."),
        MailFacts("4", "", (), "VS: Re: Tilskud til briller", "Videresendt til orientering.\n" + quote),
        MailFacts("5", "<d@example.com>", (), "Tilskud til briller", OTHER),
        MailFacts("6", "<e@example.com>", ("<ukendt@example.com>",), "Noget andet", "Hej"),
    ]
    assert find_threads(mails) == {"1": "1", "2": "1", "3": "1", "4": "1"}
    assert thread_subject("SV: re[2]: VS:  Tilskud  til briller") == "tilskud til briller"
