"""Presidio pattern recognizers for Norwegian and Swedish identifiers and contact formats.

Norwegian: fødselsnummer with D- and H-numbers (two mod-11 check digits), phone numbers in their
usual groupings (8 digits as 3-2-3 or 2-2-2-2, +47), bank accounts (11 digits as 4.2.5, mod-11),
vehicle plates (two letters and five digits). Swedish: personnummer and samordningsnummer (10 or
12 digits, Luhn), phone numbers (area code and dash: 08-123 456 78, 070-123 45 67, +46), bank
accounts (clearing number + account number), bankgiro and plusgiro (Luhn, only with their
context word), plates (ABC 123 / ABC 12A).

Organisation numbers (organisasjonsnummer 9 digits with mod-11; organisationsnummer 10 digits
with a third digit of at least 2 and Luhn) identify companies and are kept: no pattern here
matches them, and the Norwegian phone pattern refuses a ninth digit.

Every recognizer runs under Presidio's language label "da" (our one injected tokenizer); which
set runs is chosen by the document's language (detect.by_language).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern

from redact.detect.recognizers import (
    CASE_SENSITIVE,
    CheckedIbanRecognizer,
    ExplainedRecognizer,
    NorwegianIdRecognizer,
    OfflineEmailRecognizer,
    SwedishIdRecognizer,
    valid_fnr,
    valid_pnr,
)

# A number stands alone: no digit (or digit group) right before or after it, and no decimal
# separator that would make it part of an amount.
_B = r"(?<![\d+])(?<!\d[.,])(?<!\d )"
_A = r"(?!\d|[.,]\d| \d)"


NO_PHONE_CONTEXT = ["tlf", "telefon", "mobil", "mob", "ring", "nummer", "sms", "kontakt", "direkte", "tel", "telefonnr"]
SV_PHONE_CONTEXT = ["tfn", "tel", "telefon", "mobil", "mobilnummer", "ring", "nummer", "sms", "kontakt", "direkt"]


def mod11_no_account(digits: str) -> bool:
    """Norwegian account number: 11 digits, the last a mod-11 check digit (weights 5432765432)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    rest = sum(int(d) * w for d, w in zip(digits[:10], weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(digits[10])


def valid_no_orgnr(digits: str) -> bool:
    """Norwegian organisasjonsnummer: 9 digits starting with 8 or 9, mod-11 (weights 32765432)."""
    if len(digits) != 9 or digits[0] not in "89":
        return False
    weights = [3, 2, 7, 6, 5, 4, 3, 2]
    rest = sum(int(d) * w for d, w in zip(digits[:8], weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(digits[8])


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 1 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def valid_se_orgnr(digits: str) -> bool:
    """Swedish organisationsnummer: 10 digits, the third at least 2 (no month), Luhn."""
    return len(digits) == 10 and digits.isdigit() and int(digits[2]) >= 2 and luhn_ok(digits)


class NorwegianFnrRecognizer(NorwegianIdRecognizer):
    """11 digits, or 6 + 5 with one space; the date part must be a real date (day + 40 for a D-number,
    month + 40 for an H-number) and both mod-11 check digits must hold. A valid number is proposed
    without a context word."""

    PATTERNS = [Pattern("fnr", r"(?<![\d-])\d{6} ?\d{5}(?![\d-])", 0.6)]
    CONTEXT = ["fødselsnummer", "fnr", "f.nr", "personnummer", "født", "d-nummer", "fødselsnr", "fødselsnr."]
    EXPLANATION = "Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrolcifre"


class SwedishPnrRecognizer(SwedishIdRecognizer):
    """Personnummer and samordningsnummer with separator, and the 12-digit form without one."""

    PATTERNS = [
        Pattern("pnr", r"(?<![\d-])(?:19|20)?\d{6}[-+]\d{4}(?![\d-])", 0.6),
        Pattern("pnr-12", r"(?<![\d-])(?:19|20)\d{10}(?![\d-])", 0.55),
        Pattern("pnr-10", r"(?<![\d-])\d{10}(?![\d-])", 0.3),
    ]
    CONTEXT = ["personnummer", "pnr", "personnr", "samordningsnummer", "samordningsnr", "född", "personnumret"]
    EXPLANATION = "Svensk personnummer eller samordningsnummer med gyldigt kontrolciffer"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if len(digits) == 10 and valid_se_orgnr(digits) and not valid_pnr(pattern_text):
            return False
        return valid_pnr(pattern_text)


# duplicates: declared like recognizers.DanishPhoneRecognizer: a recognizer is its data (patterns, context).
class NorwegianPhoneRecognizer(ExplainedRecognizer):
    """+47/0047 and 8-digit numbers as 3-2-3, 2-2-2-2 or unbroken; mobiles start with 4 or 9."""

    PATTERNS = [
        Pattern("no-intl", r"(?<![\w+])(?:\+47|0047)[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2,3}(?: ?\d{2})?(?!\d)", 0.85),
        Pattern("no-mobile-323", _B + r"[49]\d{2} \d{2} \d{3}" + _A, 0.7),
        Pattern("no-mobile-ocr", _B + r"[49]\d{2} ?\d{2} ?\d{3}" + _A, 0.5),  # OCR drops a space
        Pattern("no-2222", _B + r"[2-9]\d \d{2} \d{2} \d{2}" + _A, 0.6),
        Pattern("no-mobile-8", _B + r"[49]\d{7}" + _A, 0.45),
        Pattern("no-8", _B + r"[2-9]\d{7}" + _A, 0.3),
    ]

    ENTITY = "PHONE"
    EXPLANATION = "Ligner et norsk telefonnummer"
    CONTEXT = NO_PHONE_CONTEXT


class SwedishPhoneRecognizer(ExplainedRecognizer):
    """+46/0046, and national numbers with the area code: 08-123 456 78, 031-12 34 56, 070-123 45 67,
    070 123 45 67, 0701234567."""

    PATTERNS = [
        Pattern(
            # +46 and 7 to 9 digits in any grouping, the trunk zero in brackets or not:
            # "+46 70 123 45 67", "+46 (0)8 104 825 36", "+46 (0)888 446 93", "0046-8-123 456 78".
            "se-intl",
            r"(?<![\w+])(?:\+46|0046)[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){6,8}(?![\d]|[ -]\d)",
            0.85,
        ),
        Pattern("se-area-dash", r"(?<![\d+])0\d{1,3}[-–] ?\d{2,3}(?: \d{2,3}){1,2}(?!\d|[.,]\d)", 0.7),
        Pattern("se-area-compact", r"(?<![\d+])0\d{1,3}[-–]\d{5,8}(?!\d)", 0.6),
        Pattern("se-mobile-space", r"(?<![\d+])07[02369]\d? ?\d{3} ?\d{2} ?\d{2}(?!\d)", 0.65),
        Pattern("se-mobile-compact", r"(?<![\d+])07[02369]\d{7}(?!\d)", 0.6),
    ]

    ENTITY = "PHONE"
    EXPLANATION = "Ligner et svensk telefonnummer"
    CONTEXT = SV_PHONE_CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith(("46", "0046")):
            return None
        return 8 <= len(digits) <= 10 or None


# Around an account number: no digit, and no dot that joins it to more digits ("1.1234.56.78903");
# a full stop after it ends the sentence ("… til kontonummer 1234 56 78903.").
_NO_ACCOUNT_B = r"(?<!\d)(?<!\d\.)"
_NO_ACCOUNT_A = r"(?!\d|\.\d)"
# An account number written as one: 4, 2 and 5 digits ("1234 56 78903", "1234.56.78903"). About one
# account number in twenty-five also passes a fødselsnummer's checks; written so, it is an account.
_NO_ACCOUNT_GROUPS = r"\d{4}[. ]\d{2}[. ]\d{5}"
_NO_ACCOUNT_GROUPED = re.compile(_NO_ACCOUNT_GROUPS)


class NorwegianAccountRecognizer(ExplainedRecognizer):
    """Kontonummer: 11 digits, usually 1234.56.78901 or 1234 56 78901, with a mod-11 check digit."""

    PATTERNS = [
        Pattern("no-konto-grouped", _NO_ACCOUNT_B + _NO_ACCOUNT_GROUPS + _NO_ACCOUNT_A, 0.75),
        Pattern("no-konto-11", _NO_ACCOUNT_B + r"\d{11}" + _NO_ACCOUNT_A, 0.35),
    ]
    CONTEXT = ["konto", "kontonummer", "kontonr", "bankkonto", "utbetal", "overfør", "innbetal", "bank"]

    ENTITY = "BANK"
    EXPLANATION = "Norsk kontonummer med gyldigt kontrolciffer (mod 11)"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if valid_fnr(digits) and not _NO_ACCOUNT_GROUPED.fullmatch(pattern_text):
            return False  # a fødselsnummer: the FNR recognizer takes it (written 4.2.5 it is an account)
        return mod11_no_account(digits)


class SwedishAccountRecognizer(ExplainedRecognizer):
    """Clearing number (4 digits, Swedbank 5: 8xxx-x) and account number (up to 10 digits, grouped
    freely), written together: "8327-9, 123 456 789-0", "6000 123 456 789"; or after the words."""

    PATTERNS = [
        Pattern(
            "se-clearing-konto",
            r"(?<![\d-])(?:[1-9]\d{3}|8\d{3}-\d)[,]? (?:\d{1,3} ?){2,4}\d(?:-\d)?(?![\d-])",
            0.45,
        ),
        Pattern(
            "se-clearing-words",
            r"(?i)clearing(?:nummer|nr)?\.?:?\s*(?:\d{4}|8\d{3}-\d)[,;]?\s*(?:och\s+)?(?:bank)?konto(?:nummer|nr)?\.?:?\s*"
            r"\d[\d -]{5,14}\d",
            0.9,
        ),
    ]
    CONTEXT = ["clearing", "clearingnummer", "konto", "kontonummer", "bankkonto", "utbetalning", "bank", "swedbank"]

    ENTITY = "BANK"
    EXPLANATION = "Ligner et svensk clearing- og kontonummer"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if len(digits) < 9 or len(digits) > 16:
            return False
        return None


class GiroRecognizer(ExplainedRecognizer):
    """Bankgiro (7-8 digits: 123-4567, 1234-5678) and plusgiro (2-8 digits: 12 34 56-7), Luhn; only
    after their word, as both look like many other numbers."""

    PATTERNS = [
        Pattern("bankgiro", r"(?i)(?<![\w])(?:bankgiro|bg)(?:nummer|nr)?\.?:?\s*\d{3,4}-\d{4}(?!\d)", 0.85),
        Pattern(
            "plusgiro", r"(?i)(?<![\w])(?:plusgiro|postgiro|pg)(?:nummer|nr)?\.?:?\s*(?:\d{1,2} ?){1,4}-\d(?!\d)", 0.85
        ),
    ]

    ENTITY = "BANK"
    EXPLANATION = "Bankgiro- eller plusgironummer med gyldigt kontrolciffer"

    def validate_result(self, pattern_text: str) -> bool | None:
        number = re.sub(r"^\D+", "", pattern_text)
        digits = re.sub(r"\D", "", number)
        return 2 <= len(digits) <= 8 and luhn_ok(digits)


class NorwegianPlateRecognizer(ExplainedRecognizer):
    """Kjennemerke: two letters and five digits (AB 12345); electric cars EL/EK/EV/EB too."""

    PATTERNS = [Pattern("no-plate", r"(?<![\w-])[A-ZÆØÅ]{2} ?\d{5}(?![\w-])", 0.45)]
    CONTEXT = [
        "kjennemerke",
        "registreringsnummer",
        "reg.nr",
        "regnr",
        "bil",
        "bilen",
        "kjøretøy",
        "skilt",
        "bilnummer",
    ]

    REGEX_FLAGS = CASE_SENSITIVE  # "och 173" is no plate
    ENTITY = "PLATE"
    EXPLANATION = "Ligner en norsk nummerplade"


class SwedishPlateRecognizer(ExplainedRecognizer):
    """Registreringsnummer: three letters and three digits, or two digits and a letter (ABC 123,
    ABC 12A). The letters I, Q, V and Å, Ä, Ö are never used."""

    PATTERNS = [Pattern("se-plate", r"(?<![\w-])[A-HJ-PR-UW-Z]{3} ?\d{2}[0-9A-HJ-NPR-UW-Z](?![\w-])", 0.45)]
    CONTEXT = ["registreringsnummer", "regnr", "reg.nr", "bil", "bilen", "fordon", "fordonet", "skylt", "registrerings"]

    REGEX_FLAGS = CASE_SENSITIVE  # "och 173" is no plate
    ENTITY = "PLATE"
    EXPLANATION = "Ligner en svensk nummerplade"


# Common mail providers; OCR sometimes loses the "@" before them ("hege.hansenonline.no").
_PROVIDERS = r"(?:online|gmail|hotmail|outlook|yahoo|live|icloud|telia|altibox|getmail|bredband|spray|msn)"


class OcrEmailRecognizer(ExplainedRecognizer):
    """An e-mail address whose "@" OCR lost: a local part glued to a common provider's domain."""

    PATTERNS = [
        Pattern(
            "email-lost-at",
            r"(?<![\w.@-])[a-z0-9][a-z0-9._-]{2,40}(?<!\.)" + _PROVIDERS + r"\.(?:no|se|dk|com|net)(?![\w-])",
            0.6,
        )
    ]
    CONTEXT = ["e-post", "epost", "e-mail", "mail", "e-postadresse"]
    ENTITY = "EMAIL"
    EXPLANATION = "Ligner en e-mailadresse, hvor OCR har mistet «@»"


def norwegian_recognizers() -> list[EntityRecognizer]:
    return [
        NorwegianFnrRecognizer(),
        SwedishPnrRecognizer(),
        NorwegianPhoneRecognizer(),
        OfflineEmailRecognizer(),
        OcrEmailRecognizer(),
        NorwegianAccountRecognizer(),
        CheckedIbanRecognizer(),
        NorwegianPlateRecognizer(),
    ]


# duplicates: a list like norwegian_recognizers(): each language's own set and order, kept.
def swedish_recognizers() -> list[EntityRecognizer]:
    return [
        SwedishPnrRecognizer(),
        NorwegianFnrRecognizer(),
        SwedishPhoneRecognizer(),
        OfflineEmailRecognizer(),
        OcrEmailRecognizer(),
        SwedishAccountRecognizer(),
        GiroRecognizer(),
        CheckedIbanRecognizer(),
        SwedishPlateRecognizer(),
    ]
