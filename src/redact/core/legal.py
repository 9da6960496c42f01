"""Legal bases for exemptions.

The maintained list (offentlighedsloven, forvaltningsloven, databeskyttelsesloven) is data in
resources/legal/, loaded by redact.store.legal; an authority can add its own file. Here is the
default that every personal-data proposal gets, so the core works without any file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from redact.core.entity import Entity
from redact.core.language import family


# duplicates: an enum and a frozen record, shaped like selftest.Status/CheckResult by chance: kept.
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
# Norway: information under the duty of confidentiality about personal matters (taushetsplikt).
PERSONAL_DATA_NO = LegalBasis(
    "no-offl-13",
    "offl. § 13 jf. fvl. § 13",
    "offentleglova § 13 første ledd, jf. forvaltningsloven § 13 første ledd nr. 1",
    law="offentleglova",
)
# Sweden: secrecy for an individual's personal circumstances in the social services (the usual
# case for a kommun), and the general clause for personal data whose release would breach the GDPR.
SOCIAL_SECRECY_SV = LegalBasis(
    "se-osl-26-1", "26 kap. 1 § OSL", "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)", law="OSL"
)
PERSONAL_DATA_SV = LegalBasis(
    "se-osl-21-7", "21 kap. 7 § OSL", "21 kap. 7 § offentlighets- och sekretesslagen (2009:400)", law="OSL"
)

BASES: dict[str, LegalBasis] = {
    b.code: b for b in (PERSONAL_DATA, PERSONAL_DATA_NO, SOCIAL_SECRECY_SV, PERSONAL_DATA_SV)
}


def default_basis(entity: Entity, language: str = "da") -> LegalBasis:
    """Every category the detectors know is personal data about a private person; the provision
    depends on the country whose law the document's language points to."""
    fam = family(language) if language else "da"
    if fam == "no":
        return PERSONAL_DATA_NO
    if fam == "sv":
        # Sensitive facts and who they are about are the social-services secrecy; contact details
        # and identifiers alone are personal data under the general clause.
        if entity in (Entity.SENSITIVE, Entity.PERSON, Entity.ADDRESS, Entity.PNR, Entity.IDNUM):
            return SOCIAL_SECRECY_SV
        return PERSONAL_DATA_SV
    return PERSONAL_DATA


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A kind of information and the provision suggested for it ("Private forhold": § 30, nr. 1).

    The list is data (`forslag:` in resources/legal/bases_*.yaml); `entities` are the categories of
    proposals that get the provision from the start.
    """

    kind: str
    basis: str  # LegalBasis.code
    entities: frozenset[Entity] = frozenset()


def suggested_basis(entity: Entity, suggestions: tuple[Suggestion, ...], language: str = "da") -> str:
    """The code suggested for a category: the first suggestion that lists it, else the core's default."""
    for s in suggestions:
        if entity in s.entities:
            return s.basis
    return default_basis(entity, language).code


def label_of(code: str, bases: Mapping[str, LegalBasis] | None = None, labels: Mapping[str, str] | None = None) -> str:
    """The short label drawn on a box under `code`: from `labels` (a case's own list), `bases`, the
    built-in bases, else the code itself (the personal-data label when there is no code)."""
    if labels and code in labels:
        return labels[code]
    basis = (bases or {}).get(code) or BASES.get(code)
    return basis.label if basis else (code or PERSONAL_DATA.label)


def citation_of(code: str, bases: dict[str, LegalBasis]) -> str:
    """The full citation of `code`, or the code itself when the list does not know it."""
    basis = bases.get(code) or BASES.get(code)
    return basis.citation if basis else code


_ORDINALS = {"første": "1", "andre": "2", "annet": "2", "tredje": "3", "fjerde": "4", "femte": "5", "sjette": "6"}


def label_forms(label: str) -> list[str]:
    """The box label and shorter forms of it, longest first, for a box too small for the whole label:
    "§ 30, nr. 1" → "§ 30.1"; "§ 23, stk. 1, nr. 1" → "§ 23.1.1"; "26 kap. 1 § OSL" → "26:1 OSL";
    "offl. § 13 jf. fvl. § 13" → "offl. § 13" → "§ 13" (the access law's own, as the Danish labels
    without a law's name are). Every form still names the provision and its law."""
    forms = [label]
    short = re.sub(r",?\s*(?:stk|nr)\.\s*(\d+)", r".\1", label)  # Danish: stk./nr. as dotted numbers
    short = re.sub(r"(\d+)\s*kap\.\s*(\d+)\s*§", r"\1:\2", short)  # Swedish: chapter:section
    short = re.sub(r"(?:\s+jf\.|,)\s+.*$", "", short)  # Norwegian: the provision, not what it refers to
    short = re.sub(r"\s+(\w+) ledd", lambda m: f"({_ORDINALS.get(m.group(1), m.group(1))})", short)
    forms.append(short)
    bare = re.sub(r"^offl\.\s+(?=§)", "", short)  # "offl. § 13" → "§ 13" (another law keeps its name)
    forms.append(bare)
    return list(dict.fromkeys(f.strip() for f in forms if f.strip()))
