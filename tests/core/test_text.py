from __future__ import annotations

import pytest

from redact.core.text import ocr_digit_fix


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("CPR O8O946-1872", "CPR 080946-1872"),
        ("tlf. 2l 34 56 78", "tlf. 21 34 56 78"),
        ("1872l", "18721"),
        ("Ole bor i Odense", "Ole bor i Odense"),  # letters among letters stay letters
        ("Ida og Lis, 12 år", "Ida og Lis, 12 år"),
        ("E-post hege.fiktivæonline.no", "E-post hege.fiktiv@online.no"),
        ("sønæblå er ikke en adresse", "sønæblå er ikke en adresse"),
    ],
)
def test_ocr_digit_fix(raw: str, fixed: str) -> None:
    assert ocr_digit_fix(raw) == fixed
    assert len(ocr_digit_fix(raw)) == len(raw)
