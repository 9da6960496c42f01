"""Every decision the case handler takes, appended to the log before it counts.

The log (store.casefile) is the audit trail; nothing is edited, so undo and redo are log entries
too. The decisions of one user action are recorded together (`record_action`) and undone together.
`history` replays the log into the undo and redo stacks, so they survive a restart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from redact import __version__
from redact.core.case import Case, State
from redact.core.decision import (
    MANUAL_PREFIX,
    Accept,
    Action,
    Change,
    Decision,
    Manual,
    Reject,
    Undo,
    WithholdDocument,
    WithholdPage,
    decision_of,
)
from redact.core.errors import RedactError, UsageError
from redact.core.geometry import Box
from redact.core.legal import PERSONAL_DATA, LegalBasis
from redact.services.duplicates import with_copies
from redact.services.legal import basis_label
from redact.services.search import Occurrence
from redact.store.casefile import append_decisions, save_case


# duplicates: shaped like core.decision.Manual (the change recorded); this is what the app lists: kept.
@dataclass(frozen=True, slots=True)
class ManualRedaction:
    id: str
    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    basis: str
    label: str
    who: str
    when: str


@dataclass
class History:
    undo: list[tuple[int, ...]] = field(default_factory=list)  # seqs of the decisions of each action
    redo: list[tuple[int, ...]] = field(default_factory=list)  # seqs of the UNDO entries of each undone action


def action_stamp(case: Case) -> str:
    """A time stamp no earlier decision has: the decisions of one user action share it (undo takes
    them back together), and two actions never do, however quickly they follow each other."""
    now = datetime.now().astimezone()
    last = case.decisions[-1].when if case.decisions else ""
    when = now.isoformat(timespec="microseconds")
    while when == last:
        now += timedelta(microseconds=1)
        when = now.isoformat(timespec="microseconds")
    return when


def record_action(
    case: Case, folder: Path, who: str, changes: Sequence[Change], by_others: Sequence[tuple[str, Change]] = ()
) -> list[Decision]:
    """Append one user action's decisions to the log, with one fsync, then to the case: a decision
    is on disk before it is part of the case in memory. They share a new `action_id`, by which
    undo takes them back together. `by_others` are decisions of another actor (the tool's
    "in office" rejections) that belong to the action and are undone with it."""
    if not changes and not by_others:
        return []
    when = action_stamp(case)
    first = case.next_seq()
    action_id = max((d.action_id for d in case.decisions), default=0) + 1
    version = case.tool_version or __version__
    everyone = [(who, change) for change in changes] + list(by_others)
    taken = [
        decision_of(change, first + i, action_id, actor, when, version, case.model_version)
        for i, (actor, change) in enumerate(everyone)
    ]
    append_decisions(folder, taken)  # on disk (one fsync) before the case in memory holds them
    case.decisions.extend(taken)
    return taken


def decide(
    case: Case, folder: Path, proposal_ids: Iterable[str], action: Action, who: str, basis: str = ""
) -> list[Decision]:
    """Accept or reject proposals as one action; those already so (with that basis) are left alone,
    so deciding twice records nothing the second time. The same proposals in copies of their
    documents that are still open are decided with them (services/duplicates.py)."""
    if action not in (Action.ACCEPT, Action.REJECT):
        raise ValueError(action)
    states = case.states()
    bases = case.bases()
    wanted = State.ACCEPTED if action is Action.ACCEPT else State.REJECTED
    changes: list[Change] = []
    for pid in with_copies(case, proposal_ids):
        if pid not in case.proposals:
            raise RedactError(f"ukendt forslag: {pid}")
        if states[pid] is wanted and (not basis or bases.get(pid) == basis):
            continue
        changes.append(Accept(proposal=pid, basis=basis) if action is Action.ACCEPT else Reject(pid, basis))
    return record_action(case, folder, who, changes)


def accept_all_open(case: Case, folder: Path, who: str) -> int:
    states = case.states()
    open_ids = [pid for pid, s in states.items() if s is State.OPEN]
    decide(case, folder, open_ids, Action.ACCEPT, who)
    return len(open_ids)


def _undo(case: Case, folder: Path, who: str, decisions: Iterable[Decision]) -> list[Decision]:
    """Take back `decisions` as one action."""
    return record_action(case, folder, who, [Undo(d.seq) for d in decisions])


def set_basis(case: Case, folder: Path, ids: Iterable[str], basis: str, who: str) -> list[Decision]:
    """Put proposals (accepting them) and manual redactions under another legal basis, as one action."""
    bases = case.bases()
    states = case.states()
    manual = {m.id for m in manual_redactions(case)}
    changes: list[Change] = []
    for i in dict.fromkeys(ids):
        if i not in case.proposals and i not in manual:
            raise RedactError(f"ukendt forslag eller redaktion: {i}")
        if bases.get(i) == basis and (i in manual or states[i] is State.ACCEPTED):
            continue
        changes.append(Accept(manual=i, basis=basis) if i in manual else Accept(proposal=i, basis=basis))
    return record_action(case, folder, who, changes)


def manual_redaction(
    case: Case,
    folder: Path,
    doc_id: str,
    page: int,
    boxes: Sequence[Box],
    text: str,
    who: str,
    basis: str = "",
) -> Decision:
    """Black out an area the case handler drew or a text they selected."""
    return _manual(case, folder, who, [(doc_id, page, tuple(boxes), text)], basis)[0]


def _manual(
    case: Case, folder: Path, who: str, areas: Sequence[tuple[str, int, tuple[Box, ...], str]], basis: str
) -> list[Decision]:
    changes: list[Change] = []
    first = case.next_seq()
    for k, (doc_id, page, boxes, text) in enumerate(areas):
        doc = case.document(doc_id)
        if not 0 <= page < doc.pages:
            raise RedactError(f"{doc.title}: side {page + 1} findes ikke")
        if not boxes:
            raise RedactError("en redaktion skal have mindst ét område")
        changes.append(Manual(f"{MANUAL_PREFIX}{first + k}", doc_id, page, boxes, text, basis or PERSONAL_DATA.code))
    return record_action(case, folder, who, changes)


def redact_occurrences(
    case: Case, folder: Path, occurrences: Iterable[Occurrence], who: str, basis: str = ""
) -> list[Decision]:
    """Black out every occurrence (one action); those already under a redaction are skipped."""
    todo = [o for o in occurrences if not is_covered(case, o)]
    return _manual(case, folder, who, [(o.document, o.page, o.boxes, o.text) for o in todo], basis)


def is_covered(case: Case, occ: Occurrence) -> bool:
    """True when every box of `occ` lies under an accepted proposal or a manual redaction."""
    areas = [b for r in case.redactions(occ.document) if r.page == occ.page for b in r.boxes]
    return all(b.centre_in(areas) for b in occ.boxes)


def remove_manual(case: Case, folder: Path, manual_id: str, who: str) -> list[Decision]:
    """Take back a manual redaction (an undo of the decision that made it)."""
    seqs = {d.seq for d in case.effective()}
    made = [d for d in case.decisions if d.action is Action.MANUAL and d.manual == manual_id and d.seq in seqs]
    return _undo(case, folder, who, made)


def manual_redactions(case: Case, doc_id: str | None = None) -> list[ManualRedaction]:
    """The manual redactions in force, in the order they were made."""
    seqs = {d.seq for d in case.effective()}
    bases = case.bases()
    docs = {d.id for d in case.documents}
    out: list[ManualRedaction] = []
    for d in case.decisions:
        if d.action is not Action.MANUAL or d.seq not in seqs or d.document not in docs:
            continue
        if doc_id is not None and d.document != doc_id:
            continue
        basis = bases.get(d.manual, d.basis)
        label = basis_label(case, basis)
        out.append(ManualRedaction(d.manual, d.document, d.page, d.boxes, d.text, basis, label, d.who, d.when))
    return out


# In format-1 logs withholdings were stamped to the second: each is an action of its own.
_ALONE = {Action.WITHHOLD_DOCUMENT, Action.WITHHOLD_PAGE}


def _actions(decisions: Sequence[Decision]) -> list[list[Decision]]:
    """The log cut into user actions: by `action_id`; format-1 entries (no id) by equal time and user."""
    out: list[list[Decision]] = []
    for d in decisions:
        prev = out[-1][-1] if out else None
        if prev is not None and _same_action(prev, d):
            out[-1].append(d)
        else:
            out.append([d])
    return out


def _same_action(prev: Decision, d: Decision) -> bool:
    if prev.action_id or d.action_id:
        return prev.action_id == d.action_id
    return (
        not {prev.action, d.action} & _ALONE
        and prev.when == d.when
        and prev.who == d.who
        and (prev.action is Action.UNDO) == (d.action is Action.UNDO)
    )


def history(case: Case) -> History:
    """The undo and redo stacks, replayed from the log."""
    h = History()
    by_seq = {d.seq: d for d in case.decisions}
    for action in _actions(case.decisions):
        seqs = tuple(d.seq for d in action)
        if action[0].action is Action.UNDO:
            targets = {d.target for d in action}
            if h.undo and targets == set(h.undo[-1]):
                h.undo.pop()
                h.redo.append(seqs)
                continue
            if h.redo and targets == set(h.redo[-1]):
                h.redo.pop()
                h.undo.append(tuple(sorted(by_seq[t].target for t in targets)))
                continue
        h.undo.append(seqs)
        h.redo.clear()
    return h


def undo_last(case: Case, folder: Path, who: str) -> list[Decision]:
    """Take back the last action; returns the decisions it took back (empty: nothing to undo)."""
    return _take_back(case, folder, who, history(case).undo)


def redo(case: Case, folder: Path, who: str) -> list[Decision]:
    """Take back the last undo; returns the decisions that are in force again (empty: nothing to redo)."""
    undos = _take_back(case, folder, who, history(case).redo)
    by_seq = {d.seq: d for d in case.decisions}
    return [by_seq[u.target] for u in undos]


def _take_back(case: Case, folder: Path, who: str, stack: list[tuple[int, ...]]) -> list[Decision]:
    """Undo the decisions of the last entry of `stack` (an action, or an undo); returns them."""
    if not stack:
        return []
    by_seq = {d.seq: d for d in case.decisions}
    taken = [by_seq[s] for s in stack[-1]]
    _undo(case, folder, who, taken)
    if case.sync_languages():  # a language change undone or redone: its proposals change with it
        save_case(case, folder)
    return taken


def _check_basis(basis: str, bases: dict[str, LegalBasis] | None) -> None:
    if not basis:
        raise UsageError("angiv hjemlen for undtagelsen (fx offl-23-1-1)")
    if bases is not None and basis not in bases:
        raise UsageError(f"ukendt hjemmel: {basis} (se `redact bases`)")


def withhold_document(
    case: Case, folder: Path, doc_id: str, basis: str, who: str, bases: dict[str, LegalBasis] | None = None
) -> Decision:
    """Leave a whole document out of the release, under `basis` (e.g. "offl-23-1-1")."""
    case.document(doc_id)
    _check_basis(basis, bases)
    return record_action(case, folder, who, [WithholdDocument(doc_id, basis)])[0]


def withhold_page(
    case: Case,
    folder: Path,
    doc_id: str,
    page: int,
    basis: str,
    who: str,
    bases: dict[str, LegalBasis] | None = None,
) -> Decision:
    """Leave one page (0-based) of a document out of the release, under `basis`."""
    doc = case.document(doc_id)
    if not 0 <= page < doc.pages:
        raise UsageError(f"dokument {doc_id} har ikke en side {page + 1} (det har {doc.pages})")
    _check_basis(basis, bases)
    return record_action(case, folder, who, [WithholdPage(doc_id, page, basis)])[0]


def release(case: Case, folder: Path, doc_id: str, who: str, page: int = -1) -> Decision | None:
    """Take back the withholding of a document (page -1) or a page: an undo in the log."""
    current = next((w for w in case.withholdings() if w.document == doc_id and w.page == page), None)
    if current is None:
        return None
    return record_action(case, folder, who, [Undo(current.seq)])[0]
