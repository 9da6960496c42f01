"""Cadastral designations by their label. Every place, number and name here is invented."""

from __future__ import annotations

import pytest

from redact.detect.property import PropertyIdDetector

CASES: list[tuple[str, str, list[str]]] = [
    # Danish: number, ejerlav (ending in By ...), parish
    (
        "da-ejerlav",
        "ejendommen matr.nr. 12a Fiktivstrup By, Opdigtsogn, Fiktivvej 3, 8000 Aarhus C",
        ["matr.nr. 12a Fiktivstrup By, Opdigtsogn"],
    ),
    (
        "da-scan-split",
        "på ejendommen matr.nr. 7b Ø st- strup By, Fiktivsogn. Nævnet",
        ["matr.nr. 7b Ø st- strup By, Fiktivsogn"],
    ),
    ("da-words", "Tilladelsen gælder matr. nr. 3c Nørre Fiktiv og kan påklages.", ["matr. nr. 3c Nørre Fiktiv"]),
    ("da-two-numbers", "Matrikelnummer: 4a og 4b Fiktivby Bygrunde.", ["Matrikelnummer: 4a og 4b Fiktivby Bygrunde"]),
    ("da-number-only", "skel mod matr.nr. 15 blev målt op.", ["matr.nr. 15"]),
    # Norwegian
    ("no-gnr-bnr", "Søknad om deling av gnr. 12 bnr. 34 i Fiktiv kommune.", ["gnr. 12 bnr. 34"]),
    ("no-slash", "Eiendommen gnr./bnr. 45/6 ligger ved sjøen.", ["gnr./bnr. 45/6"]),
    (
        "no-long",
        "Gårdsnummer 7, bruksnummer 19, festenummer 2 ble fradelt.",
        ["Gårdsnummer 7, bruksnummer 19, festenummer 2"],
    ),
    # Swedish
    ("sv-label", "Bygglov för fastigheten Fiktivby 3:45 beviljas.", ["Fiktivby 3:45"]),
    ("sv-district", "Fastighetsbeteckning: Uppsala Fiktivkåbo 1:12", ["Uppsala Fiktivkåbo 1:12"]),
    # no label, or no number: not a designation
    ("no-label-slash", "Saksnummer 12/34 er oppgitt.", []),
    ("law", "enligt socialtjänstlagen (1980:620) och 6 §", []),
    ("sv-no-number", "Fastigheten ligger vid sjön.", []),
    ("da-word-only", "Matrikelkortet viser skellet.", []),
    ("da-no-number", "matr.nr. er ikke oplyst", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_cadastral_designation_after_its_label(case: str, text: str, expected: list[str]) -> None:
    found = PropertyIdDetector().detect(text, "da")
    assert [f.text for f in found] == expected, case
    assert all(text[f.start : f.end] == f.text for f in found)
