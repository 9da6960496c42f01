"""A fast, deterministic detector for tests that exercise review and the GUI, not detection.

Everything it finds is invented: the names below and numbers shaped like CPR and phone numbers.
`fake_detectors` is a module-level function so it pickles into a worker process.
"""

from __future__ import annotations

import re
from pathlib import Path

from redact.core.detector import Detector
from redact.core.entity import Entity
from redact.core.finding import Finding
from tests.support.builders import make_pdf

NAMES = ("Jens Peter Hansen", "Hansen", "Karen Opdigtsen", "Bo Fiktivsen")
_PATTERNS = (
    (Entity.CPR, re.compile(r"\b\d{6}-\d{4}\b"), 1.0, "Ligner et CPR-nummer"),
    (Entity.PHONE, re.compile(r"\b\d{2} \d{2} \d{2} \d{2}\b"), 0.9, "Ligner et telefonnummer"),
    (Entity.PERSON, re.compile("|".join(re.escape(n) for n in NAMES)), 0.9, "Navn på en person"),
)


class FakeDetector:
    name = "FakeDetector"

    def detect(self, text: str, language: str) -> list[Finding]:
        del language
        found = []
        for entity, pattern, score, reason in _PATTERNS:
            for m in pattern.finditer(text):
                found.append(Finding(entity, m.start(), m.end(), m.group(0), score, f"Fake{entity.value}", reason))
        return found


def fake_detectors() -> list[Detector]:
    return [FakeDetector()]


def request_files(folder: Path) -> list[Path]:
    """Two letters with what the fake detector finds: a person in both (a group), a CPR and a phone
    number, a contact person."""
    folder.mkdir(parents=True, exist_ok=True)
    a = make_pdf(
        folder / "ansøgning.pdf",
        [
            "Ansøgning fra Jens Peter Hansen",
            "CPR 120384-1234, telefon 20 12 34 56.",
            "Hansen bor i kommunen.",
            "Kontaktperson: Karen Opdigtsen.",
        ],
        leading=1.6,
    )
    b = make_pdf(folder / "notat.pdf", ["Notat om Hansen", "Sagen drøftet med Bo Fiktivsen."], leading=1.6)
    return [a, b]


class SwedishOnlyDetector:
    """Finds its invented person and phone numbers only in text it is told is Swedish: what a
    document's language changes, without the real model's judgement in the way."""

    name = "SwedishOnlyDetector"
    PERSON = "Vera Holmgaard"

    def detect(self, text: str, language: str) -> list[Finding]:
        if language != "sv":
            return []
        found = []
        for entity, pattern, score, reason in (
            (Entity.PERSON, re.compile(re.escape(self.PERSON)), 0.9, "Navn på en person"),
            (Entity.PHONE, re.compile(r"\b\d{2} \d{2} \d{2} \d{2}\b"), 0.9, "Ligner et telefonnummer"),
        ):
            for m in pattern.finditer(text):
                found.append(Finding(entity, m.start(), m.end(), m.group(0), score, f"Fake{entity.value}", reason))
        return found


def swedish_only_detectors() -> list[Detector]:
    return [SwedishOnlyDetector()]
