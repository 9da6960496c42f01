"""Legal bases for exemptions.

The maintained list (offentlighedsloven, forvaltningsloven, databeskyttelsesloven) is data in
resources/legal/, loaded by redact.store.legal; an authority can add its own file. Here is the
default that every personal-data proposal gets, so the core works without any file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redact.core.entity import Entity


class Scope(StrEnum):
    """What a provision can exempt: a whole case, a whole document, or information in a document."""

    CASE = "sag"
    DOCUMENT = "dokument"
    INFORMATION = "oplysning"


@dataclass(frozen=True, slots=True)
class LegalBasis:
    code: str  # stable identifier stored in case files, e.g. "offl-30-1"
    label: str  # the short text drawn on the redaction box
    citation: str  # the full citation used in the decision and the aktliste
    reasoning: str = ""  # the standard reasoning (begrundelse) for the decision letter, Danish
    scope: Scope = Scope.INFORMATION
    law: str = ""  # e.g. "offentlighedsloven"


PERSONAL_DATA = LegalBasis("offl-30-1", "§ 30, nr. 1", "offentlighedslovens § 30, nr. 1", law="offentlighedsloven")

BASES: dict[str, LegalBasis] = {PERSONAL_DATA.code: PERSONAL_DATA}


def default_basis(entity: Entity) -> LegalBasis:
    """Every category the detectors know is personal data about a private person."""
    del entity
    return PERSONAL_DATA


def citation_of(code: str, bases: dict[str, LegalBasis]) -> str:
    """The full citation of `code`, or the code itself when the list does not know it."""
    basis = bases.get(code) or BASES.get(code)
    return basis.citation if basis else code
