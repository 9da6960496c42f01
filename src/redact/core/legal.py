"""Legal bases for exemptions. The full maintained list is data in resources/ (release issue);
here is the default that every personal-data proposal gets."""

from __future__ import annotations

from dataclasses import dataclass

from redact.core.entity import Entity


@dataclass(frozen=True, slots=True)
class LegalBasis:
    code: str  # stable identifier stored in case files, e.g. "offl-30-1"
    label: str  # the short text drawn on the redaction box
    citation: str  # the full citation used in the decision and the aktliste


PERSONAL_DATA = LegalBasis("offl-30-1", "§ 30, nr. 1", "offentlighedslovens § 30, nr. 1")

BASES: dict[str, LegalBasis] = {PERSONAL_DATA.code: PERSONAL_DATA}


def default_basis(entity: Entity) -> LegalBasis:
    """Every category the detectors know is personal data about a private person."""
    del entity
    return PERSONAL_DATA
