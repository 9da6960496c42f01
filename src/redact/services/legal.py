"""The legal bases a case handler picks from, and the label and citation of each."""

from __future__ import annotations

import functools

from redact.core.case import Case
from redact.core.errors import UsageError
from redact.core.legal import BASES, PERSONAL_DATA, LegalBasis
from redact.store.legal import load_legal_bases


@functools.cache
def loaded_bases() -> dict[str, LegalBasis]:
    """The maintained list of legal bases (store.legal), read once; the core's own if it cannot be read."""
    try:
        return load_legal_bases()
    except UsageError:
        return dict(BASES)


def legal_bases() -> list[LegalBasis]:
    """The legal bases a case handler picks from (the loaded list), the default first."""
    bases = loaded_bases()
    first = bases.get(PERSONAL_DATA.code, PERSONAL_DATA)
    return [first, *(b for b in bases.values() if b.code != PERSONAL_DATA.code)]


def basis_label(case: Case, code: str) -> str:
    """The short label drawn on a box under `code` (the case's list of bases first, if it has one)."""
    labels: dict[str, str] = getattr(case, "labels", None) or {}
    if code in labels:
        return labels[code]
    basis = loaded_bases().get(code) or BASES.get(code)
    return basis.label if basis else (code or PERSONAL_DATA.label)


def basis_citation(code: str) -> str:
    basis = loaded_bases().get(code) or BASES.get(code)
    return basis.citation if basis else code
