"""Per-recognizer tables: (text, expected entity and span text). All numbers are invented."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.detect.recognizers import valid_cpr, valid_fnr, valid_iban, valid_pnr

POSITIVE = [
    # CPR: three forms, date validated, no modulus 11
    ("CPR-nr.: 120384-1234", Entity.CPR, "120384-1234"),
    ("cpr 1203841234 fremgår af ansøgningen", Entity.CPR, "1203841234"),
    ("Personnummer 120384 1234.", Entity.CPR, "120384 1234"),
    ("født 290200-4321 (skudår, år 2000)", Entity.CPR, "290200-4321"),
    ("Barnet (010120-5004) går i 0. klasse", Entity.CPR, "010120-5004"),  # fails modulus 11, still a CPR
    # Phones
    ("Tlf. 20 12 34 56, ring efter kl. 16", Entity.PHONE, "20 12 34 56"),
    ("mobil: +45 31 22 11 00", Entity.PHONE, "+45 31 22 11 00"),
    ("Ring på +4531221100.", Entity.PHONE, "+4531221100"),
    ("telefon 0045 71 23 45 67", Entity.PHONE, "0045 71 23 45 67"),
    ("Mobil 20123456", Entity.PHONE, "20123456"),
    ("tlf.: 2012 3456", Entity.PHONE, "2012 3456"),
    ("Tlf. (+45) 42 42 42 42", Entity.PHONE, "(+45) 42 42 42 42"),
    ("ring +47 912 34 567", Entity.PHONE, "+47 912 34 567"),
    ("tel. 013-20 64 18", Entity.PHONE, "013-20 64 18"),
    # E-mail
    ("Skriv til karl.opdigtet@example.com i dag", Entity.EMAIL, "karl.opdigtet@example.com"),
    ("<søren_ø@mail.example.dk>", Entity.EMAIL, "søren_ø@mail.example.dk"),
    # Bank
    ("Reg.nr. 1234 kontonr. 0012345678", Entity.BANK, "Reg.nr. 1234 kontonr. 0012345678"),
    ("udbetales til konto 5301-0123456", Entity.BANK, "5301-0123456"),
    ("IBAN DK50 0040 0440 1162 43", Entity.IBAN, "DK50 0040 0440 1162 43"),
    ("IBAN: DK5000400440116243", Entity.IBAN, "DK5000400440116243"),
    # Plates
    ("bil med registreringsnummer CX 41 208", Entity.PLATE, "CX 41 208"),
    ("nummerplade AB12345", Entity.PLATE, "AB12345"),
    ("bilen, reg.nr. ABC 123, holdt på fortovet", Entity.PLATE, "ABC 123"),
]

NEGATIVE = [
    "Sagsnr. 2024-123456 bedes oplyst",  # case number, not a bank account
    "CVR-nr. 12345678",  # company number, not a phone
    "CVR 31 22 11 00",
    "Beløbet er 12.345.678 kr.",  # amount
    "Beløbet er 20 12 34 56,50 kr.",  # amount with decimals
    "Dato 320184-1234",  # day 32: not a date, not a CPR
    "Nummer 121384-1234",  # month 13
    "12345678901234",  # too long for anything
    "Lokalplan 1234-567890 er vedtaget",
    "Telefonen var 01234567",  # Danish numbers never start with 0
    "Mødet er kl. 10.30-12.00 i lokale 2.14",
    "SKAT har afgjort sagen",  # three capitals and nothing else: not a plate
    "bilen og 12 345 andre køretøjer",  # lower-case letters are no plate
    "bilen kostede kr 12345 og blev solgt",
    "IBAN DK50 0040 0440 1162 44",  # wrong check digits
    "se afsnit 3.2 og § 30, nr. 1",
    "post@",  # not an e-mail
]


@pytest.mark.parametrize(("text", "entity", "span"), POSITIVE)
def test_finds(presidio_detector, text: str, entity: Entity, span: str) -> None:  # type: ignore[no-untyped-def]
    found = presidio_detector.detect(text, "da")
    assert [(f.entity, f.text) for f in found] == [(entity, span)], found
    f = found[0]
    assert text[f.start : f.end] == span
    assert f.reason and f.detector


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(presidio_detector, text: str) -> None:  # type: ignore[no-untyped-def]
    assert presidio_detector.detect(text, "da") == []


def test_compact_cpr_without_context_scores_lower_than_dashed(presidio_detector) -> None:  # type: ignore[no-untyped-def]
    dashed = presidio_detector.detect("nr 120384-1234", "da")[0]
    compact = presidio_detector.detect("nr 1203841234", "da")[0]
    assert compact.score < dashed.score


def test_context_word_is_explained(presidio_detector) -> None:  # type: ignore[no-untyped-def]
    f = presidio_detector.detect("Mobil 20123456", "da")[0]
    assert "mobil" in f.reason


@pytest.mark.parametrize(
    ("digits", "ok"),
    [("1203841234", True), ("2902004321", True), ("2902014321", False), ("3204841234", False), ("0101991234", True)],
)
def test_valid_cpr(digits: str, ok: bool) -> None:
    assert valid_cpr(digits) is ok


def test_cpr_century_rule_decides_leap_day() -> None:
    # 29 Feb "00": serial 4xxx -> year 2000 (leap year); serial 0xxx -> year 1900 (not a leap year)
    assert valid_cpr("2902004321")
    assert not valid_cpr("2902000321")


def test_iban_fnr_pnr_checksums() -> None:
    assert valid_iban("DK50 0040 0440 1162 43")
    assert not valid_iban("DK50 0040 0440 1162 42")
    assert valid_fnr("01010150155")  # synthetic number with valid check digits
    assert not valid_fnr("01010150156")
    assert valid_pnr("811218-0016")
    assert not valid_pnr("811218-0017")


def test_nordic_ids(presidio_detector) -> None:  # type: ignore[no-untyped-def]
    found = presidio_detector.detect("fødselsnummer 01010150155 og personnummer 811218-0016", "da")
    assert [(f.entity, f.text) for f in found] == [(Entity.FNR, "01010150155"), (Entity.PNR, "811218-0016")]


def test_a_number_wrapped_over_two_lines_is_found(presidio_detector) -> None:  # type: ignore[no-untyped-def]
    text = "registreret dit telefonnummer 20 12\n34 56. Tak"
    [f] = presidio_detector.detect(text, "da")
    assert (f.entity, text[f.start : f.end]) == (Entity.PHONE, "20 12\n34 56")


@pytest.mark.parametrize("name", ["EmailRecognizer", "IbanRecognizer"])
def test_our_recognizers_do_not_shadow_presidios_predefined_ones(name: str) -> None:
    """Presidio finds its predefined recognizers by class name among every subclass loaded; a class
    of ours with the same name would be built in their place (and fail on Presidio's arguments)."""
    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader

    import redact.detect.recognizers as ours
    import redact.detect.recognizers_nordic  # noqa: F401  (every class of ours loaded)

    found = RecognizerListLoader.get_existing_recognizer_cls(recognizer_name=name)
    assert found.__module__.startswith("presidio_analyzer")
    # ... while our findings keep their names
    assert {r.name for r in ours.structured_recognizers()} >= {name}
