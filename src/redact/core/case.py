"""A case: one access request, its documents, proposals and the decisions taken on them.

Decisions are never edited: the current state of a proposal is computed from the log, so the
audit trail and the state can never disagree, and undo is just another log entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from redact.core.decision import Action, Decision
from redact.core.document import Document
from redact.core.geometry import Box
from redact.core.legal import BASES, PERSONAL_DATA
from redact.core.proposal import Proposal


class State(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Redaction:
    """An area to black out in an export, with the label drawn on it and the text it hides."""

    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    label: str
    source: str  # proposal id or manual id
    whole_area: bool = False  # drawn by the case handler: everything inside goes


@dataclass
class Case:
    title: str
    journal: str = ""
    documents: list[Document] = field(default_factory=list)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    tool_version: str = ""
    model_version: str = ""

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def proposals_of(self, doc_id: str) -> list[Proposal]:
        return [p for p in self.proposals.values() if p.document == doc_id]

    def next_seq(self) -> int:
        return (self.decisions[-1].seq + 1) if self.decisions else 1

    def _effective(self) -> list[Decision]:
        # An undo can itself be undone: walk from the end so the last word wins.
        effective: list[Decision] = []
        cancelled: set[int] = set()
        for d in reversed(self.decisions):
            if d.seq in cancelled:
                continue
            if d.action is Action.UNDO:
                cancelled.add(d.target)
                continue
            effective.append(d)
        return list(reversed(effective))

    def states(self) -> dict[str, State]:
        result = {pid: State.OPEN for pid in self.proposals}
        for d in self._effective():
            if d.proposal in result and d.action in (Action.ACCEPT, Action.REJECT):
                result[d.proposal] = State.ACCEPTED if d.action is Action.ACCEPT else State.REJECTED
        return result

    def bases(self) -> dict[str, str]:
        """The legal basis in force for each proposal or manual redaction."""
        result = {pid: p.basis for pid, p in self.proposals.items()}
        for d in self._effective():
            if d.basis and (d.proposal in result or d.action is Action.MANUAL):
                result[d.proposal] = d.basis
        return result

    def redactions(self, doc_id: str) -> list[Redaction]:
        """Every accepted proposal and manual redaction of a document: what an export blacks out."""
        states = self.states()
        bases = self.bases()
        out: list[Redaction] = []
        for p in self.proposals_of(doc_id):
            if states[p.id] is State.ACCEPTED:
                out.append(Redaction(doc_id, p.page, p.boxes, p.text, _label(bases.get(p.id, p.basis)), p.id))
        for d in self._effective():
            if d.action is Action.MANUAL and d.document == doc_id:
                label = _label(bases.get(d.proposal, d.basis))
                out.append(Redaction(doc_id, d.page, d.boxes, d.text, label, d.proposal, whole_area=True))
        return out


def _label(code: str) -> str:
    basis = BASES.get(code)
    return basis.label if basis else (code or PERSONAL_DATA.label)
