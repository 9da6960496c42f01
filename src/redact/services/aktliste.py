"""The aktliste: every document of the case, numbered, with date, sender, outcome and basis.

Titles and senders are masked: a name the case handler redacted never shows in the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redact.core.case import Case, Disclosure
from redact.core.document import Document, Status
from redact.core.language import join_and
from redact.core.leak import mask
from redact.core.legal import LegalBasis, citation_of
from redact.ingest.facts import read_facts
from redact.services.package_words import DANISH, PackageWords

LIST_HEADER = ("Nr.", "Titel", "Dato", "Afsender", "Sider", "Aktindsigt", "Hjemmel", "Redigeringer", "Bemærkning")


@dataclass(frozen=True)
class Listed:
    """One document of the case as the aktliste shows it. Title and sender are masked."""

    number: int
    document: Document
    title: str
    date: str
    sender: str
    released: tuple[int, ...]  # 0-based pages that go out
    disclosure: Disclosure
    bases: tuple[str, ...]  # codes
    redactions: int
    note: str
    file: str = ""  # path of its PDF in the package, "" when withheld

    @property
    def pages(self) -> int:
        return self.document.pages


def secrets_of(case: Case) -> list[str]:
    """Every text the case handler chose to hide, in every document."""
    by_document = case.redactions_by_document()
    return [r.text for d in case.documents if d.status is Status.READY for r in by_document.get(d.id, []) if r.text]


def _pages_phrase(pages: list[int]) -> str:
    numbers = [str(p + 1) for p in pages]
    return f"{'Side' if len(numbers) == 1 else 'Siderne'} {join_and(numbers)}"


def list_documents(case: Case, folder: Path) -> list[Listed]:
    """The aktliste: every document in case order, numbered from 1, with date, sender and outcome."""
    secrets = secrets_of(case)
    numbers = {d.id: i for i, d in enumerate(case.documents, start=1)}
    rows: list[Listed] = []
    by_document = case.redactions_by_document()
    for number, d in enumerate(case.documents, start=1):
        facts = read_facts(Path(d.source), folder / d.normalized if d.normalized else None)
        released = tuple(case.released_pages(d.id))
        notes = []
        if d.parent and d.parent in numbers:
            notes.append(f"Bilag til dok. {numbers[d.parent]}")
        if d.duplicate_of in numbers:
            kind = "Næsten dublet" if d.near_duplicate else "Dublet"
            notes.append(f"{kind} af dok. {numbers[d.duplicate_of]}")
        if d.thread in numbers and d.thread != d.id:
            notes.append(f"Svar i tråd med dok. {numbers[d.thread]}")
        withheld = sorted(case.withheld_pages(d.id))
        if withheld and released:
            notes.append(f"{_pages_phrase(withheld)} undtaget")
        count = sum(1 for r in by_document.get(d.id, []) if r.page in released)
        rows.append(
            Listed(
                number=number,
                document=d,
                title=mask(d.title, secrets),
                date=facts.date,
                sender=mask(facts.sender, secrets),
                released=released,
                disclosure=case.disclosure(d.id),
                bases=tuple(case.bases_used(d.id)),
                redactions=count,
                note="; ".join(notes),
            )
        )
    return rows


def list_rows(rows: list[Listed], bases: dict[str, LegalBasis], words: PackageWords = DANISH) -> list[tuple[str, ...]]:
    return [
        (
            str(r.number),
            r.title,
            r.date,
            r.sender,
            str(r.pages),
            words.disclosure[r.disclosure],
            "; ".join(citation_of(b, bases) for b in r.bases),
            str(r.redactions),
            r.note,
        )
        for r in rows
    ]
