"""The fixed wording of a release package per country: dates, counts, the words of the leak check."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from redact.core.case import Disclosure
from redact.services.package_words import DANISH, NORWEGIAN, SWEDISH, WORDS, PackageWords, words_for


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (DANISH, ["3. februar 2026", "31. december 2025", "1. marts 2024"]),
        (NORWEGIAN, ["3. februar 2026", "31. desember 2025", "1. mars 2024"]),
        (SWEDISH, ["3 februari 2026", "31 december 2025", "1 mars 2024"]),
    ],
)
def test_long_dates_in_each_language(words: PackageWords, expected: list[str]) -> None:
    days = [date(2026, 2, 3), date(2025, 12, 31), date(2024, 3, 1)]
    assert [words.long_date(d) for d in days] == expected


def test_one_document_and_many() -> None:
    assert [DANISH.count(n) for n in (0, 1, 2, 17)] == ["0 dokumenter", "1 dokument", "2 dokumenter", "17 dokumenter"]
    assert [SWEDISH.count(n) for n in (1, 3)] == ["1 handling", "3 handlingar"]


def test_every_language_names_every_disclosure_and_fills_its_placeholders() -> None:
    for words in WORDS.values():
        assert set(words.disclosure) == set(Disclosure)
        assert len(words.months) == 12
        assert len(words.list_header) == 9
        assert words.page_of.format(page=2, total=5).count("2") == 1
        assert "{" not in words.made.format(date="1. maj 2026", n=4)
        assert "{" not in words.page_in_document.format(page=1, document=2)


def test_fixed_holds_every_word_the_set_writes_in_the_leak_check() -> None:
    fixed = NORWEGIAN.fixed()
    assert fixed[0] == "Dokumentliste"
    assert {"Tittel", "Sladdinger", "Innsyn", "Fullt innsyn", "Unntatt offentlighet"} <= set(fixed)
    assert fixed[-1] == "Utkast til vedtak om innsyn"
    changed = dataclasses.replace(NORWEGIAN, letter_title="Noe annet")
    assert "Noe annet" in changed.fixed() and "Utkast til vedtak om innsyn" not in changed.fixed()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("da", DANISH), ("nb", NORWEGIAN), ("nn", NORWEGIAN), ("no", NORWEGIAN), ("sv", SWEDISH), ("xx", DANISH)],
)
def test_words_for_a_language_falls_back_to_danish(language: str, expected: PackageWords) -> None:
    assert words_for(language) is expected
