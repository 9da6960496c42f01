"""Presidio pattern recognizers for Danish (and Nordic) structured identifiers.

Each recognizer is told its language explicitly: a PatternRecognizer defaults to English and then
silently never runs on Danish text. Scores below the proposal threshold need a context word
("tlf.", "cpr", "konto") to be proposed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

LANG = "da"

# Proposals below this score are not shown; a pattern with a lower base score needs context.
THRESHOLD = 0.4


# The flags of a pattern whose letters are capitals: a plate's "AB" is never "og" or "och".
CASE_SENSITIVE = re.DOTALL | re.MULTILINE


class ExplainedRecognizer(PatternRecognizer):
    """A pattern recognizer declared by its class attributes, as Presidio's own are, that carries the
    Danish explanation the case handler sees under "Hvorfor?".

    Like Presidio's recognizers it takes its language, context words and patterns as constructor
    arguments (the class attributes are the defaults). Its name in findings is `NAME`, else the
    class name.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    EXPLANATION: ClassVar[str] = ""
    NAME: ClassVar[str] = ""
    # Presidio's default flags match without regard to case; a pattern of capitals sets its own.
    REGEX_FLAGS: ClassVar[int] = re.DOTALL | re.MULTILINE | re.IGNORECASE

    def __init__(
        self,
        supported_language: str = LANG,
        context: list[str] | None = None,
        patterns: list[Pattern] | None = None,
    ) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=patterns if patterns is not None else self.PATTERNS,
            context=(context if context is not None else self.CONTEXT) or None,
            supported_language=supported_language,
            name=self.NAME or type(self).__name__,
            global_regex_flags=self.REGEX_FLAGS,
        )
        self.explanation = self.EXPLANATION or self.name


def cpr_century(yy: int, seventh: int) -> int:
    """The century of a CPR birth date, from the first digit of the serial number (CPR rules)."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def valid_cpr(digits: str) -> bool:
    """A real calendar date in the first six digits. No modulus-11 check: numbers issued since
    2007 often fail it."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    dd, mm, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    try:
        date(cpr_century(yy, seventh) + yy, mm, dd)
    except ValueError:
        return False
    return True


class CprRecognizer(ExplainedRecognizer):
    PATTERNS = [
        Pattern("cpr-dash", r"(?<![\d-])\d{6} ?- ?\d{4}(?![\d-])", 0.85),
        Pattern("cpr-space", r"(?<![\d-])\d{6} \d{4}(?![\d-])", 0.6),
        Pattern("cpr-compact", r"(?<![\d-])\d{10}(?![\d-])", 0.55),
    ]
    CONTEXT = ["cpr", "personnummer", "personnr", "født", "fødselsdato", "cpr-nr", "personnr."]
    ENTITY = "CPR"
    EXPLANATION = "Ligner et CPR-nummer med gyldig fødselsdato"

    def validate_result(self, pattern_text: str) -> bool | None:
        # An invalid date rules the match out. A valid one only settles the dashed form: ten
        # digits in a row are often other numbers, so they keep their lower score (None).
        if not valid_cpr(re.sub(r"\D", "", pattern_text)):
            return False
        return True if "-" in pattern_text else None


_PHONE_CONTEXT = ["tlf", "telefon", "mobil", "mob", "ring", "nummer", "sms", "kontakt", "direkte", "fax", "tel"]


# A phone number stands alone: no digit right before or after it, and no decimal point or
# thousands separator that would make it part of an amount ("12 345 678,50").
_PB = r"(?<![\d+])(?<!\d[.,])"
_PA = r"(?!\d|[.,]\d)"


class DanishPhoneRecognizer(ExplainedRecognizer):
    """+45 and 8-digit forms, spaced or not. Danish subscriber numbers never start with 0 or 1."""

    PATTERNS = [
        Pattern("dk-intl", r"(?<![\w+])(?:\+45|0045|\(\+45\))[ -]?[2-9]\d(?:[ -]?\d{2}){3}" + _PA, 0.85),
        Pattern("dk-pairs", _PB + r"(?<!-)[2-9]\d(?: \d{2}){3}" + _PA, 0.6),
        Pattern("dk-quads", _PB + r"(?<!-)[2-9]\d{3} \d{4}" + _PA, 0.5),
        Pattern("dk-compact", _PB + r"(?<![/-])[2-9]\d{7}(?![/-])" + _PA, 0.3),
        # Irregular spacing, as OCR and hurried typing produce ("20 1234 56"): only with context.
        Pattern("dk-loose", _PB + r"(?<![/-])[2-9]\d(?: ?\d){6}(?![/-])" + _PA, 0.3),
    ]
    ENTITY = "PHONE"
    EXPLANATION = "Ligner et dansk telefonnummer"
    CONTEXT = _PHONE_CONTEXT


class NordicPhoneRecognizer(ExplainedRecognizer):
    """Norwegian and Swedish numbers, which turn up in Danish case files too."""

    PATTERNS = [
        Pattern("no-intl", r"(?<![\w+])(?:\+47|0047)[ -]?\d{3}[ -]?\d{2}[ -]?\d{3}(?!\d)", 0.85),
        Pattern("se-intl", r"(?<![\w+])(?:\+46|0046)[ -]?\d{1,3}[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2}(?!\d)", 0.85),
        Pattern("se-area", r"(?<![\d+])0\d{1,3}-\d{2,3} ?\d{2} ?\d{2}(?!\d)", 0.6),
    ]
    ENTITY = "PHONE"
    EXPLANATION = "Ligner et norsk eller svensk telefonnummer"
    CONTEXT = _PHONE_CONTEXT


def _fnr_valid(d: str) -> bool:
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    n = [int(c) for c in d]
    k1 = 11 - sum(a * b for a, b in zip(n[:9], w1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(n[:10], w2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == n[9] and k2 == n[10]


def valid_fnr(text: str) -> bool:
    """Norwegian fødselsnummer: a date (day + 40 for D-numbers) and two mod-11 check digits."""
    d = re.sub(r"\D", "", text)
    if len(d) != 11:
        return False
    day, month = int(d[0:2]), int(d[2:4])
    if day > 40:
        day -= 40
    if month > 40:  # H-numbers and synthetic test numbers
        month -= 40
    try:
        date(2000, month, day)
    except ValueError:
        return False
    return _fnr_valid(d)


def valid_pnr(text: str) -> bool:
    """Swedish personnummer: a date (day + 60 for samordningsnummer) and a Luhn check digit."""
    d = re.sub(r"\D", "", text)
    if len(d) == 12:
        d = d[2:]
    if len(d) != 10:
        return False
    month, day = int(d[2:4]), int(d[4:6])
    if day > 60:
        day -= 60
    try:
        date(2000, month, day)
    except ValueError:
        return False
    total = 0
    for i, c in enumerate(d[:9]):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10 == int(d[9])


class NorwegianIdRecognizer(ExplainedRecognizer):
    PATTERNS = [Pattern("fnr", r"(?<![\d-])\d{6} ?\d{5}(?![\d-])", 0.5)]
    CONTEXT = ["fødselsnummer", "fnr", "personnummer", "f.nr", "født"]
    ENTITY = "FNR"
    EXPLANATION = "Norsk fødselsnummer med gyldige kontrolcifre"
    NAME = "NorwegianIdRecognizer"  # also the name of its subclass NorwegianFnrRecognizer

    def validate_result(self, pattern_text: str) -> bool | None:
        return valid_fnr(pattern_text)


# duplicates: declared like NorwegianIdRecognizer above: each recognizer is its own data and check.
class SwedishIdRecognizer(ExplainedRecognizer):
    PATTERNS = [Pattern("pnr", r"(?<![\d-])(?:19|20)?\d{6}[-+]\d{4}(?![\d-])", 0.5)]
    CONTEXT = ["personnummer", "pnr", "samordningsnummer", "född"]
    ENTITY = "PNR"
    EXPLANATION = "Svensk personnummer med gyldigt kontrolciffer"
    NAME = "SwedishIdRecognizer"  # also the name of its subclass SwedishPnrRecognizer

    def validate_result(self, pattern_text: str) -> bool | None:
        return valid_pnr(pattern_text)


class OfflineEmailRecognizer(ExplainedRecognizer):
    """Our own, because Presidio's validates domains with tldextract, which fetches a suffix list.

    Its class name differs from Presidio's `EmailRecognizer` (Presidio finds its predefined
    recognizers by class name among all subclasses, and would build ours instead); its name in
    findings stays "EmailRecognizer"."""

    NAME = "EmailRecognizer"

    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.+-])[A-Za-z0-9æøåÆØÅäöÄÖ._%+-]+@[A-Za-z0-9æøåÆØÅäöÄÖ-]+(?:\.[A-Za-z0-9æøåÆØÅäöÄÖ-]+)*\.[A-Za-z]{2,}(?![\w-])",
            0.95,
        ),
    ]
    ENTITY = "EMAIL"
    EXPLANATION = "E-mailadresse"


class BankAccountRecognizer(ExplainedRecognizer):
    """Danish reg.nr. (4 digits) and kontonr. (up to 10 digits)."""

    PATTERNS = [
        Pattern("reg-konto-dash", r"(?<![\d-])\d{4}-\d{6,10}(?![\d-])", 0.6),
        Pattern("reg-konto-space", r"(?<![\d-])\d{4} \d{6,10}(?![\d-])", 0.35),
        Pattern(
            "reg-konto-words",
            r"(?i)reg\.?\s*(?:nr\.?)?:?\s*\d{4}[,;]?\s*(?:og\s+)?konto(?:nummer|nr\.?)?:?\s*\d{6,10}(?!\d)",
            0.9,
        ),
    ]
    CONTEXT = ["konto", "reg", "bank", "kontonr", "udbetal", "overfør", "indbetal"]
    ENTITY = "BANK"
    EXPLANATION = "Ligner et bankkontonummer (reg.nr. og kontonr.)"


def valid_iban(text: str) -> bool:
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


class CheckedIbanRecognizer(ExplainedRecognizer):
    """IBAN with its check digits; named apart from Presidio's `IbanRecognizer` (see the e-mail one)."""

    NAME = "IbanRecognizer"
    PATTERNS = [
        Pattern("iban", r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])", 0.5)
    ]
    ENTITY = "IBAN"
    EXPLANATION = "IBAN-nummer med gyldigt kontrolciffer"

    def validate_result(self, pattern_text: str) -> bool | None:
        return valid_iban(pattern_text)


class PlateRecognizer(ExplainedRecognizer):
    """Danish plates (AB 12 345), and Norwegian (AB 12345) and Swedish (ABC 123) ones with context."""

    PATTERNS = [
        Pattern("dk-plate", r"(?<![\w-])[A-Z]{2} ?\d{2} ?\d{3}(?![\w-])", 0.6),
        Pattern("se-plate", r"(?<![\w-])[A-Z]{3} ?\d{2}[A-Z0-9](?![\w-])", 0.25),
    ]
    CONTEXT = ["nummerplade", "registreringsnummer", "reg.nr", "regnr", "bil", "køretøj", "plade", "indregistrer"]
    REGEX_FLAGS = CASE_SENSITIVE  # "og 12 345" is no plate
    ENTITY = "PLATE"
    EXPLANATION = "Ligner en nummerplade"


def structured_recognizers() -> list[EntityRecognizer]:
    return [
        CprRecognizer(),
        NorwegianIdRecognizer(),
        SwedishIdRecognizer(),
        DanishPhoneRecognizer(),
        NordicPhoneRecognizer(),
        OfflineEmailRecognizer(),
        BankAccountRecognizer(),
        CheckedIbanRecognizer(),
        PlateRecognizer(),
    ]
