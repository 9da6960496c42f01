"""Norwegian and Swedish identifiers and contact formats. Every number is invented; check digits
are computed here, so a valid and an invalid variant of each number can be tested."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.detect.presidio_detector import PresidioDetector
from redact.detect.recognizers_nordic import (
    luhn_ok,
    mod11_no_account,
    norwegian_recognizers,
    swedish_recognizers,
    valid_no_orgnr,
    valid_se_orgnr,
)


def fnr(first9: str) -> str:
    """Append both mod-11 check digits to nine digits (None-safe: the caller picks digits that work)."""
    n = [int(c) for c in first9]
    k1 = 11 - sum(a * b for a, b in zip(n, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    n.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k1 < 10 and k2 < 10, "pick other serial digits"
    return first9 + str(k1) + str(k2)


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def no_account(first10: str) -> str:
    rest = sum(int(d) * w for d, w in zip(first10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    assert check != 10, "pick other digits"
    return first10 + str(check)


def _first_valid_fnr(prefix6: str) -> str:
    for serial in range(100, 999):
        try:
            return fnr(prefix6 + f"{serial:03d}")
        except AssertionError:
            continue
    raise AssertionError


FNR = _first_valid_fnr("150385")  # an ordinary fødselsnummer
D_NUMBER = _first_valid_fnr("550385")  # day + 40
H_NUMBER = _first_valid_fnr("154385")  # month + 40
PNR_BODY = "850412338"
PNR = f"{PNR_BODY[:6]}-{PNR_BODY[6:]}{luhn_digit(PNR_BODY)}"
SAMORDNING_BODY = "850472338"  # day + 60
SAMORDNING = f"19{SAMORDNING_BODY[:6]}-{SAMORDNING_BODY[6:]}{luhn_digit(SAMORDNING_BODY)}"
NO_ACCOUNT = no_account("1503271234")
BANKGIRO = "5050-" + "102" + luhn_digit("5050102")
PLUSGIRO = "12 34 56-" + luhn_digit("123456")
SE_ORGNR = "556677" + "123" + luhn_digit("556677123")


@pytest.fixture(scope="module")
def norwegian() -> PresidioDetector:
    return PresidioDetector(norwegian_recognizers())


@pytest.fixture(scope="module")
def swedish() -> PresidioDetector:
    return PresidioDetector(swedish_recognizers())


def found(detector: PresidioDetector, text: str) -> set[tuple[Entity, str]]:
    return {(f.entity, f.text) for f in detector.detect(text, "nb")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Fødselsnummer: {FNR}", {(Entity.FNR, FNR)}),
        (f"D-nummer {D_NUMBER} er tildelt.", {(Entity.FNR, D_NUMBER)}),
        (f"Syntetisk nummer {H_NUMBER}", {(Entity.FNR, H_NUMBER)}),
        (f"Født {FNR[:6]} {FNR[6:]}", {(Entity.FNR, f"{FNR[:6]} {FNR[6:]}")}),
        ("Ring meg på 912 34 567 etter kl. 16.", {(Entity.PHONE, "912 34 567")}),
        ("Tlf. 22 33 44 55", {(Entity.PHONE, "22 33 44 55")}),
        ("Mobil +47 912 34 567", {(Entity.PHONE, "+47 912 34 567")}),
        ("tlf 41234567", {(Entity.PHONE, "41234567")}),
        (f"Utbetales til konto {NO_ACCOUNT[:4]}.{NO_ACCOUNT[4:6]}.{NO_ACCOUNT[6:]}", None),
        # At the end of a sentence: the full stop is no part of a dotted number.
        (f"Beløpet utbetales til kontonummer {NO_ACCOUNT[:4]} {NO_ACCOUNT[4:6]} {NO_ACCOUNT[6:]}.", "spaced"),
        (f"Beløpet utbetales til konto {NO_ACCOUNT}.", "plain"),
        # Its digits also pass the checks of a fødselsnummer; written 4.2.5, it is an account.
        ("Beløpet kan utbetales til konto 5645 94 58501.", {(Entity.BANK, "5645 94 58501")}),
        (f"Utbetales til konto {NO_ACCOUNT[:4]}.{NO_ACCOUNT[4:6]}.{NO_ACCOUNT[6:]}. Takk.", None),
        ("Bilen har kjennemerke EL 12345.", {(Entity.PLATE, "EL 12345")}),
        ("Mobil 91234 567 (lest med OCR)", {(Entity.PHONE, "91234 567")}),
        ("E-post\nkari.oppdiktetonline.no", {(Entity.EMAIL, "kari.oppdiktetonline.no")}),
    ],
)
def test_norwegian_identifiers(
    norwegian: PresidioDetector, text: str, expected: set[tuple[Entity, str]] | str | None
) -> None:
    if expected is None:  # the grouped account number
        expected = {(Entity.BANK, f"{NO_ACCOUNT[:4]}.{NO_ACCOUNT[4:6]}.{NO_ACCOUNT[6:]}")}
    elif expected == "spaced":
        expected = {(Entity.BANK, f"{NO_ACCOUNT[:4]} {NO_ACCOUNT[4:6]} {NO_ACCOUNT[6:]}")}
    elif expected == "plain":
        expected = {(Entity.BANK, NO_ACCOUNT)}
    assert found(norwegian, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Fødselsnummer: {FNR[:-1]}{(int(FNR[-1]) + 1) % 10}",  # a wrong check digit
        "Org.nr. 912 345 678 gjelder selskapet.",  # organisasjonsnummer: kept
        "Beløpet er 12 345 678,50 kroner.",  # an amount
        "Saksnr. 24/01234, arkivsak 2024001234",
        "Bilen ble omtalt i sak 12 og 12345 andre saker.",  # lower-case letters are no plate
        f"Kontonummer {NO_ACCOUNT[:-1]}{(int(NO_ACCOUNT[-1]) + 1) % 10}",  # wrong mod-11 digit
        f"Versjon 1.{NO_ACCOUNT[:4]}.{NO_ACCOUNT[4:6]}.{NO_ACCOUNT[6:]}",  # part of a longer dotted number
        f"Referanse {NO_ACCOUNT[:4]}.{NO_ACCOUNT[4:6]}.{NO_ACCOUNT[6:]}.7",
    ],
)
def test_norwegian_numbers_that_are_not_personal(norwegian: PresidioDetector, text: str) -> None:
    assert found(norwegian, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Personnummer {PNR}", {(Entity.PNR, PNR)}),
        (f"Samordningsnummer: {SAMORDNING}", {(Entity.PNR, SAMORDNING)}),
        (f"personnummer {SAMORDNING.replace('-', '')}", {(Entity.PNR, SAMORDNING.replace("-", ""))}),
        ("Ring mig på 070-123 45 67.", {(Entity.PHONE, "070-123 45 67")}),
        ("Tfn 08-123 456 78", {(Entity.PHONE, "08-123 456 78")}),
        ("Mobil: +46 70 123 45 67", {(Entity.PHONE, "+46 70 123 45 67")}),
        ("Ring på +46 (0)8 104 825 36 efter lunch.", {(Entity.PHONE, "+46 (0)8 104 825 36")}),
        ("Tfn +46 (0)888 446 93.", {(Entity.PHONE, "+46 (0)888 446 93")}),
        ("tel. 0701234567", {(Entity.PHONE, "0701234567")}),
        (
            "Clearingnummer 8327-9, kontonummer 123 456 789-0",
            {(Entity.BANK, "Clearingnummer 8327-9, kontonummer 123 456 789-0")},
        ),
        (f"Betala till bankgiro {BANKGIRO}", {(Entity.BANK, f"bankgiro {BANKGIRO}")}),
        (f"Plusgiro {PLUSGIRO}", {(Entity.BANK, f"Plusgiro {PLUSGIRO}")}),
        ("Bilen med registreringsnummer ABC 123 stod parkerad.", {(Entity.PLATE, "ABC 123")}),
        ("fordonet KLM 45T", {(Entity.PLATE, "KLM 45T")}),
    ],
)
def test_swedish_identifiers(swedish: PresidioDetector, text: str, expected: set[tuple[Entity, str]]) -> None:
    assert found(swedish, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Organisationsnummer {SE_ORGNR[:6]}-{SE_ORGNR[6:]}",  # a company: kept
        f"Personnummer {PNR[:-1]}{(int(PNR[-1]) + 1) % 10}",  # a wrong Luhn digit
        f"Bankgiro {BANKGIRO[:-1]}{(int(BANKGIRO[-1]) + 1) % 10}",
        "Dnr 2024/01187 och diarienummer SOC 2024-123",
        "Summan 1 234 567 kronor betalas ut.",
        "Ärendet behandlades i paragraf 169 och 173, bilagan följer.",  # lower-case letters are no plate
        "bilen togs upp under punkt tre och 45T var ett förslag",
    ],
)
def test_swedish_numbers_that_are_not_personal(swedish: PresidioDetector, text: str) -> None:
    assert found(swedish, text) == set()


def test_check_digit_helpers() -> None:
    assert mod11_no_account(NO_ACCOUNT)
    assert not mod11_no_account(NO_ACCOUNT[:-1] + str((int(NO_ACCOUNT[-1]) + 1) % 10))
    assert valid_se_orgnr(SE_ORGNR) and not valid_se_orgnr(PNR.replace("-", ""))
    digits = "91234567"
    rest = sum(int(d) * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    if check < 10:
        assert valid_no_orgnr(digits + str(check))
