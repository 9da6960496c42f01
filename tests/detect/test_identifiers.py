"""ContextIdDetector: identifiers announced by a label word. All numbers are invented."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.detect.identifiers import (
    SCORE_EMBEDDED_CPR,
    SCORE_JOURNAL,
    SCORE_STRONG,
    ContextIdDetector,
    is_cpr_like,
)


@pytest.fixture(scope="module")
def detector() -> ContextIdDetector:
    return ContextIdDetector()


# (text, the one expected finding's text, a word its reason must contain)
POSITIVES: list[tuple[str, str, str]] = [
    # patient and journal numbers
    ("Patientnr.: 4711-22 er oplyst.", "4711-22", "Patientnummer"),
    ("Patient nr. 88123", "88123", "Patientnummer"),
    ("Patient-id: PX-55321", "PX-55321", "Patientnummer"),
    ("Patientjournalnr. 77120", "77120", "Patientnummer"),
    ("Journal nr. AB12345", "AB12345", "Journalnummer"),
    ("Journalnr.: P-77812", "P-77812", "Journalnummer"),
    # employees
    ("Medarbejdernr. 55123 er tilknyttet.", "55123", "Medarbejder"),
    ("Lønnr.: 998877", "998877", "lønnummer"),
    ("Medarbejder-id: MA4411", "MA4411", "Medarbejder"),
    ("Personalenummer 20417", "20417", "Medarbejder"),
    # students
    ("Elevnr. 20231234", "20231234", "studienummer"),
    ("Studienummer: s123456", "s123456", "studienummer"),
    ("UNI-login: abcd1234", "abcd1234", "studienummer"),
    # passport and driving licence
    ("Pasnr.: 206123456", "206123456", "Pasnummer"),
    ("Pasnummer 206123456.", "206123456", "Pasnummer"),
    ("Kørekortnr. 12345678", "12345678", "Kørekortnummer"),
    ("Kørekortnummer: 31 45 67 89 og mere", "31 45 67 89", "Kørekortnummer"),
    ("Førerkortnummer 99887766", "99887766", "Kørekortnummer"),
    # memberships, customers, insurance, ids, tenancies
    ("Medlemsnr. 77-1234", "77-1234", "Medlemsnummer"),
    ("Medlemsnummer: 5544332", "5544332", "Medlemsnummer"),
    ("Kundenr. 123456789", "123456789", "Kundenummer"),
    ("Hans kundenummer er 40012345.", "40012345", "Kundenummer"),
    ("Kundenr. | 40012345", "40012345", "Kundenummer"),
    ("Policenr. 123-456-789", "123-456-789", "Police"),
    ("ID-nr. X1234567", "X1234567", "Id-nummer"),
    ("Sygesikringsnr. 2233445", "2233445", "Id-nummer"),
    ("Opholdskort nr. DK7788990", "DK7788990", "Id-nummer"),
    ("Lejernr. 4455-01", "4455-01", "lejemålsnummer"),
    # value on the next line (table cell, e-mail header block)
    ("Patientnr.\n4455 8899", "4455 8899", "Patientnummer"),
    ("Kundenummer:\n  7766554", "7766554", "Kundenummer"),
    # case numbers that embed a CPR number, found without a label
    ("Sag 120384-1234-SAG01 er oprettet.", "120384-1234-SAG01", "CPR-nummer"),
    ("Sagsnr.: 120384-1234-01", "120384-1234-01", "Sagsnummer"),
    ("Vores ref. SAG-1203841234", "SAG-1203841234", "CPR-nummer"),
    ("Filen scan_1203841234.pdf er vedhæftet.", "scan_1203841234.pdf", "CPR-nummer"),
    ("sagsnummer 1203841234/2024", "1203841234/2024", "CPR-nummer"),
]

NEGATIVES: list[str] = [
    # the authority's own case numbers
    "Sagsnr. 24/18734",
    "J.nr. 2024-001234",
    "Journalnr. 27.12.04-G01-1-23",
    "Journalnr.: 2023-012345",
    "Vores journalnr. 24/5567",
    "Journalnr. 24-001234",
    "Sags-id: 12345",
    "Dokument-id: 44556677",
    # other numbers that are not a person's
    "Ordrenr. 12345678",
    "Fakturanr. 556677",
    "CVR-nr. 12345678",
    "Lokalplan nr. 1234",
    # a label without an identifier after it
    "Kundenr.: ikke oplyst",
    "Kundenummer: ABCDEFG",
    "Medlem nr. 12",
    "Medarbejdernr. 123456789012345678901",
    "Kundenr. 12-03-2024",
    "Pasnummeret skal fornyes hvert tiende år.",
    # plain CPR numbers are the CPR recognizer's
    "Patientnr. 120384-1234",
    "CPR-nr. 120384-1234",
    "Født 120384-1234.",
    # a CPR-like part that is not a date, and a bank account
    "Sag 999999-1234-SAG er oprettet.",
    "Reg.nr. 1234-0101901234",
    "Telefon 12345678",
    "IBAN DK5000400440116243",
]


@pytest.mark.parametrize(("text", "expected", "word"), POSITIVES)
def test_positive(detector: ContextIdDetector, text: str, expected: str, word: str) -> None:
    found = detector.detect(text, "da")
    assert [f.text for f in found] == [expected]
    assert word.lower() in found[0].reason.lower()


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(detector: ContextIdDetector, text: str) -> None:
    assert detector.detect(text, "da") == []


def test_finding_fields(detector: ContextIdDetector) -> None:
    text = "Pasnr.: 206123456, udstedt 2020."
    [f] = detector.detect(text, "da")
    assert f.entity is Entity.IDNUM
    assert text[f.start : f.end] == f.text == "206123456"
    assert f.score == SCORE_STRONG
    assert f.detector == "ContextIdDetector"
    assert f.reason == "Pasnummer efter kontekstordet «Pasnr.»"


def test_journal_number_is_proposed_with_a_warning(detector: ContextIdDetector) -> None:
    [f] = detector.detect("Journalnr. AB12345", "da")
    assert f.score == SCORE_JOURNAL
    assert "myndighedens eget journalnummer" in f.reason


def test_embedded_cpr_reason(detector: ContextIdDetector) -> None:
    [f] = detector.detect("Sagsnr.: 120384-1234-01", "da")
    assert f.score == SCORE_EMBEDDED_CPR
    assert f.reason == "Sagsnummer med et indlejret CPR-nummer (gyldig fødselsdato)"
    [g] = detector.detect("Bilag SAG-1203841234", "da")
    assert g.reason == "Nummer med et indlejret CPR-nummer (gyldig fødselsdato)"


def test_labelled_cpr_case_number_gives_one_finding(detector: ContextIdDetector) -> None:
    found = detector.detect("Journalnr. 120384-1234-SAG01", "da")
    assert [f.text for f in found] == ["120384-1234-SAG01"]


def test_several_identifiers_in_an_email_header(detector: ContextIdDetector) -> None:
    text = "Fra: Borger\nEmne: Kundenr. 40012345\nMedlemsnr.: 77-1234\nSagsnr.: 24/18734\n"
    assert [f.text for f in detector.detect(text, "da")] == ["40012345", "77-1234"]


def test_label_case_insensitive(detector: ContextIdDetector) -> None:
    for label in ("PASNR.", "pasnr.", "Pasnr."):
        assert [f.text for f in detector.detect(f"{label} 206123456", "da")] == ["206123456"]


def test_label_inside_a_word_is_not_a_label(detector: ContextIdDetector) -> None:
    assert detector.detect("Slutkundenr. 1234567", "da") == []
    assert detector.detect("Kompasnr. 123456", "da") == []


def test_cpr_date_check() -> None:
    assert is_cpr_like("120384", "1234")
    assert is_cpr_like("290200", "4321")  # 2000 was a leap year
    assert not is_cpr_like("290201", "4321")
    assert not is_cpr_like("999999", "1234")
