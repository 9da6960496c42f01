"""The date and sender of a document for the aktliste; a Word letter is dated by the date it states.
All names and dates are invented."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from redact.ingest.facts import plausible_file_date, read_facts, stated_date
from tests.support.builders import make_docx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eksempel Kommune\nDato: 3. december 2026\nKære Jens", date(2026, 12, 3)),
        ("Eksempel Kommune\nDato:\n14.02.2025\nJ.nr. 24/01234", date(2025, 2, 14)),
        ("Aarhus, den 7. marts 2024\n\nVedr. din ansøgning af 1. februar 2024", date(2024, 3, 7)),
        ("Oslo, 5. mai 2025\nVedtak", date(2025, 5, 5)),
        ("Datum: 2025-10-21\nBeslut", date(2025, 10, 21)),
        ("Göteborg 9 oktober 2025", date(2025, 10, 9)),
        ("Referat af møde 4. jan. 2026", date(2026, 1, 4)),
        # what is no date: a CPR number, a phone number, an amount, an impossible day
        ("CPR 120384-1234, tlf. 20 12 34 56, beløb 1.250,00 kr.", None),
        ("Dato: 31.02.2025", None),
    ],
)
def test_the_date_a_letter_states(text: str, expected: date | None) -> None:
    assert stated_date(text) == expected


def test_a_label_wins_over_an_earlier_date() -> None:
    assert stated_date("Ansøgning af 2. januar 2026\nDato: 9. januar 2026") == date(2026, 1, 9)


def test_the_files_dates_only_when_plausible() -> None:
    now = datetime(2026, 12, 3, 10, 0)
    saved = datetime(2026, 11, 30, 9, 0)
    assert plausible_file_date(datetime(2013, 12, 23), saved, now) == saved  # made from an old template
    assert plausible_file_date(datetime(2013, 12, 23), datetime(2013, 12, 23), now) is None  # the template's own
    assert plausible_file_date(None, datetime(2030, 1, 1), now, today=date(2026, 12, 3)) is None  # the future
    assert plausible_file_date(datetime(2026, 12, 1), datetime(2026, 11, 1), now) is None  # saved before made


def test_a_word_letter_is_dated_by_what_it_states_else_left_empty(tmp_path: Path) -> None:
    # python-docx's own template says it was made and saved on 23.12.2013: that date must not be used
    stated = make_docx(tmp_path / "brev.docx", ["Eksempel Kommune", "Dato: 3. december 2026", "Kære Jens Testesen"])
    assert read_facts(stated).date == "03.12.2026"
    undated = make_docx(tmp_path / "notat.docx", ["Notat om mødet", "Deltagere: Jens Testesen"])
    assert docx.Document(str(undated)).core_properties.created.year == 2013
    assert read_facts(undated).date == ""
    # a file whose own dates agree with its file time keeps its last saved date
    d = docx.Document(str(undated))
    d.core_properties.created = datetime(2026, 11, 2, 8, 0)
    d.core_properties.modified = datetime(2026, 11, 20, 15, 0)
    d.save(str(undated))
    stamp = datetime(2026, 11, 20, 15, 5).timestamp()
    os.utime(undated, (stamp, stamp))
    assert read_facts(undated).date == "20.11.2026"
