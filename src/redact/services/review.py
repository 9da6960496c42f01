"""Reviewing a case: opening and arranging it, and the questions the review app asks of it
(reading order, the next open proposal, groups of one person or term, progress per document).

Decisions are services.decisions; adding files services.additions; searching services.search;
page pictures and text services.rendering; export and preview services.exporting.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redact import __version__
from redact.core.case import Case, State
from redact.core.document import Document
from redact.core.entity import Entity
from redact.core.errors import CaseFileError, UsageError
from redact.core.keeplist import KeepList
from redact.services.decisions import manual_redactions
from redact.store.casefile import CASE_FILE, find_case, load_case, save_case

# ----------------------------------------------------------------------------------------------
# Values the GUI shows


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One person or term across the case: "Jens Peter Hansen: 14 forekomster i 5 dokumenter"."""

    key: str
    entity: Entity
    name: str
    proposals: tuple[str, ...]  # in review order
    documents: int
    open: int
    accepted: int
    rejected: int

    @property
    def mentions(self) -> int:
        return len(self.proposals)

    def describe(self) -> str:
        m = "forekomst" if self.mentions == 1 else "forekomster"
        d = "dokument" if self.documents == 1 else "dokumenter"
        return f"{self.name}: {self.mentions} {m} i {self.documents} {d}"


@dataclass(frozen=True, slots=True)
class DocumentProgress:
    proposals: int
    open: int
    accepted: int
    rejected: int
    manual: int


# ----------------------------------------------------------------------------------------------
# Opening, creating and arranging a case


def open_case(path: Path) -> tuple[Case, Path]:
    """A case file, or a folder holding one (a `redact batch` output folder), and its folder."""
    case_file = find_case(path)
    return load_case(case_file), case_file.parent


def case_folder(path: Path) -> Path | None:
    """The folder of the case at `path` (a case file or its folder), None when there is none."""
    try:
        return find_case(path).parent
    except CaseFileError:
        return None


def create_case(folder: Path, title: str, journal: str = "") -> Case:
    if (folder / CASE_FILE).exists():
        raise UsageError(f"{folder}: der ligger allerede en sag i mappen; åbn den i stedet")
    case = Case(title=title.strip() or folder.name, journal=journal.strip(), tool_version=__version__)
    save_case(case, folder)
    return case


def update_info(case: Case, folder: Path, title: str, journal: str) -> None:
    case.title = title.strip() or case.title
    case.journal = journal.strip()
    save_case(case, folder)


def remove_documents(case: Case, folder: Path, doc_ids: Iterable[str]) -> list[Document]:
    """Take documents out of the case. Their decisions stay in the log (the audit trail)."""
    gone = set(doc_ids)
    removed = [d for d in case.documents if d.id in gone]
    case.documents = [d for d in case.documents if d.id not in gone]
    case.proposals = {pid: p for pid, p in case.proposals.items() if p.document not in gone}
    save_case(case, folder)
    return removed


def move_document(case: Case, folder: Path, doc_id: str, delta: int) -> int:
    """Move a document up (negative) or down the list; returns its new position."""
    i = next(k for k, d in enumerate(case.documents) if d.id == doc_id)
    j = max(0, min(len(case.documents) - 1, i + delta))
    if i != j:
        doc = case.documents.pop(i)
        case.documents.insert(j, doc)
        save_case(case, folder)
    return j


def load_keep_list(path: str) -> KeepList:
    if not path:
        return KeepList()
    try:
        return KeepList.load(Path(path))
    except OSError as exc:
        raise UsageError(f"{path}: listen over medarbejdere kan ikke læses: {exc.strerror or exc}") from exc


# ----------------------------------------------------------------------------------------------
# Adding files


# ----------------------------------------------------------------------------------------------
# Decisions


# ----------------------------------------------------------------------------------------------
# Undo and redo


# ----------------------------------------------------------------------------------------------
# Questions about the case


def review_order(case: Case) -> list[str]:
    """Proposal ids in reading order: document by document, page by page, top to bottom."""
    return case.review_order()


def next_open(
    case: Case, current: str | None = None, backwards: bool = False, document: str | None = None
) -> str | None:
    """The next (or previous) open proposal after `current`, wrapping round; or the first open one
    of `document` and after it when nothing is selected."""
    order = review_order(case)
    states = case.states()
    if not order:
        return None
    if current in order:
        start = order.index(current)
    elif document is not None:
        index = {d.id: k for k, d in enumerate(case.documents)}
        at = index.get(document, 0)
        start = next((k for k, pid in enumerate(order) if index[case.proposals[pid].document] >= at), len(order))
        start = start - 1 if not backwards else start
    else:
        start = -1 if not backwards else len(order)
    n = len(order)
    for step in range(1, n + 1):
        k = (start - step if backwards else start + step) % n
        if states[order[k]] is State.OPEN and order[k] != current:
            return order[k]
    return None


def _group_name(key: str, texts: list[str]) -> str:
    wanted = key.split(":", 1)[-1]
    normal = [" ".join(t.split()) for t in texts]
    for t in normal:
        if t.casefold() == wanted:
            return t
    counts = Counter(normal)
    return max(counts, key=lambda t: (len(t), counts[t]))


def group_summary(case: Case, doc_id: str | None = None) -> list[GroupSummary]:
    """Each person or term with its mentions, by category then name; only `doc_id`'s if given."""
    states = case.states()
    order = review_order(case)
    members: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    for pid in order:
        p = case.proposals[pid]
        texts.setdefault(p.group, []).append(p.text)  # the name comes from the whole case
        if doc_id is None or p.document == doc_id:
            members.setdefault(p.group, []).append(pid)
    out: list[GroupSummary] = []
    for key, pids in members.items():
        ps = [case.proposals[pid] for pid in pids]
        counts = Counter(states[pid] for pid in pids)
        out.append(
            GroupSummary(
                key=key,
                entity=ps[0].entity,
                name=_group_name(key, texts[key]),
                proposals=tuple(pids),
                documents=len({p.document for p in ps}),
                open=counts[State.OPEN],
                accepted=counts[State.ACCEPTED],
                rejected=counts[State.REJECTED],
            )
        )
    entity_order = {e: k for k, e in enumerate(Entity)}
    return sorted(out, key=lambda g: (entity_order[g.entity], g.name.casefold()))


def document_progress(case: Case) -> dict[str, DocumentProgress]:
    states = case.states()
    manual = Counter(m.document for m in manual_redactions(case))
    per: dict[str, Counter[State]] = {d.id: Counter() for d in case.documents}
    for pid, p in case.proposals.items():
        if p.document in per:
            per[p.document][states[pid]] += 1
    return {
        doc_id: DocumentProgress(
            sum(c.values()), c[State.OPEN], c[State.ACCEPTED], c[State.REJECTED], manual.get(doc_id, 0)
        )
        for doc_id, c in per.items()
    }


# ----------------------------------------------------------------------------------------------
# Pages: pictures, text, searching


# ----------------------------------------------------------------------------------------------
# Preview and export


# ----------------------------------------------------------------------------------------------
# Work in a fresh process
