"""The legal bases a case handler picks from, and the label and citation of each."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from redact.core.case import Case
from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.legal import BASES, PERSONAL_DATA, LegalBasis, Suggestion, citation_of, label_of, suggested_basis
from redact.store.legal import load_legal_bases, load_suggestions


@functools.cache
def loaded_bases() -> dict[str, LegalBasis]:
    """The maintained list of legal bases (store.legal), read once; the core's own if it cannot be read."""
    try:
        return load_legal_bases()
    except UsageError:
        return dict(BASES)


def bases_with(*own: Path) -> dict[str, LegalBasis]:
    """The bundled lists with an authority's own files merged over them, as `--legal-bases` does;
    raises UsageError (every mistake of a file at once) when one cannot be used."""
    return load_legal_bases(*own) if own else loaded_bases()


@functools.cache
def suggestions(language: str = "da", *own: Path) -> tuple[Suggestion, ...]:
    """The suggestions of the language's country (`forslag:`), an authority's own files merged over
    them; the bundled ones alone if an own file cannot be used, none if those cannot be read either."""
    try:
        return load_suggestions(*own, language=language)
    except UsageError:
        return suggestions(language) if own else ()


def suggested(entity: Entity, language: str = "da", *own: Path) -> str:
    """The code of the provision a new proposal of this category gets (the data, an authority's own
    files merged over it, else the core's)."""
    return suggested_basis(entity, suggestions(language or "da", *own), language or "da")


def legal_bases(bases: dict[str, LegalBasis] | None = None) -> list[LegalBasis]:
    """The legal bases a case handler picks from (the given or loaded list), the default first."""
    bases = loaded_bases() if bases is None else bases
    first = bases.get(PERSONAL_DATA.code, PERSONAL_DATA)
    return [first, *(b for b in bases.values() if b.code != PERSONAL_DATA.code)]


def basis_label(case: Case, code: str) -> str:
    """The short label drawn on a box under `code` (the case's list of bases first, if it has one)."""
    return label_of(code, loaded_bases(), case.labels)


def basis_citation(code: str) -> str:
    return citation_of(code, loaded_bases())


@dataclass(frozen=True, slots=True)
class Choice:
    """One line of the basis picker: the code, what the line says, and what the provision protects."""

    code: str
    text: str
    description: str
    kind: str = ""  # the kind of information it is suggested for ("Private forhold"), or ""
    suggested: bool = False  # suggested for the category of what the picker is for


def basis_choices(
    bases: Iterable[LegalBasis], suggestions: Iterable[Suggestion] = (), suggested: str = ""
) -> list[Choice]:
    """The picker's lines: the provisions suggested for a kind of information first, with that kind
    ("Private forhold: offentlighedslovens § 30, nr. 1"), then every other provision of the list.

    `suggested` is the code suggested for the selection's category; its line says so.
    """
    listed = {b.code: b for b in bases}
    out: list[Choice] = []
    for s in suggestions:
        b = listed.pop(s.basis, None)
        if b is not None:
            out.append(Choice(b.code, f"{s.kind}: {b.citation}  ({b.label})", describe_basis(b), s.kind))
    out += [Choice(b.code, f"{b.citation}  ({b.label})", describe_basis(b)) for b in listed.values()]
    return [replace(c, suggested=True) if c.code == suggested else c for c in out]


_SENTENCE = re.compile(r"(?<=[a-zæøå0-9)])\.\s")


def describe_basis(basis: LegalBasis) -> str:
    """One line saying what a provision protects: the first sentence of its standard reasoning
    (without the [brackets] the case handler fills in), else its citation."""
    text = " ".join(re.sub(r"\[[^\]]*\]\s*", "", basis.reasoning).split())
    if not text:
        return basis.citation
    first = _SENTENCE.split(text, maxsplit=1)[0].rstrip(".") + "."
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + " …"
