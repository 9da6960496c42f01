"""The audit trail as a table (revisionsspor.csv): who decided what, when, on which basis.

It never holds the text under a box: the table leaves the authority with the package.
"""

from __future__ import annotations

from redact.core.case import Case
from redact.core.decision import Action
from redact.core.entity import DANISH_NAMES, Entity
from redact.core.legal import LegalBasis, citation_of

AUDIT_HEADER = (
    "Løbenr.",
    "Tidspunkt",
    "Bruger",
    "Handling",
    "Dokument nr.",
    "Dokument-id",
    "Side",
    "Kategori",
    "Hjemmel (kode)",
    "Hjemmel",
    "Detektor",
    "Forslag",
    "Fortryder løbenr.",
    "Værktøjsversion",
    "Modelversion",
)


ACTION_NAMES: dict[Action, str] = {
    Action.ACCEPT: "Accepteret",
    Action.REJECT: "Afvist",
    Action.MANUAL: "Manuel redigering",
    Action.UNDO: "Fortrudt",
    Action.WITHHOLD_DOCUMENT: "Dokument undtaget",
    Action.WITHHOLD_PAGE: "Side undtaget",
    Action.LANGUAGE: "Sprog ændret",
}


def audit_rows(case: Case, bases: dict[str, LegalBasis]) -> list[tuple[str, ...]]:
    """The log as a table: who decided what, when, on which basis; never the text under a box."""
    numbers = {d.id: i for i, d in enumerate(case.documents, start=1)}
    proposals = case.proposals
    by_seq = {d.seq: d for d in case.decisions}
    rows: list[tuple[str, ...]] = []
    for d in case.decisions:
        subject = by_seq.get(d.target, d) if d.action is Action.UNDO else d  # an undo is about its target
        p = proposals.get(subject.proposal)
        doc_id = p.document if p else subject.document
        page = p.page if p else subject.page
        entity = p.entity.value if p else (Entity.MANUAL.value if subject.action is Action.MANUAL else "")
        basis = d.basis or (p.basis if p and d.action is Action.ACCEPT else "")
        rows.append(
            (
                str(d.seq),
                d.when,
                d.who,
                ACTION_NAMES.get(d.action, d.action.value) + (f" til {d.language}" if d.language else ""),
                str(numbers.get(doc_id, "")),
                doc_id,
                str(page + 1) if page >= 0 else "",
                DANISH_NAMES.get(Entity(entity), entity) if entity else "",
                basis,
                citation_of(basis, bases) if basis else "",
                p.detector if p else ("manuel" if subject.action is Action.MANUAL else ""),
                subject.proposal if p else (subject.manual if subject.action is Action.MANUAL else ""),
                str(d.target) if d.action is Action.UNDO else "",
                d.tool_version,
                d.model_version,
            )
        )
    return rows
