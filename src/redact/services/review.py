"""Reviewing a case: what the desktop app does beyond building, deciding and exporting.

Every function takes the case and its folder and, when it records something, appends decisions to
the log (fsynced) before they count, exactly as `cases.decide` does, so there is nothing to save.

Undo and redo are log entries too. Decisions taken by one user action (accepting a whole group,
redacting every occurrence of a text) share one time stamp, with microseconds, so the action is
undone and redone as one; `history` replays the log into the undo and redo stacks, so they survive a
restart.

Slow work (converting and detecting files, exporting, searching a whole case) can run in a fresh
process (`run_isolated`): PyMuPDF is not thread-safe, and the GUI keeps rendering pages in its own
thread meanwhile.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import multiprocessing
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from redact import __version__
from redact.core.case import Case, State
from redact.core.decision import Action, Decision
from redact.core.detector import Detector
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import CaseFileError, RedactError, UsageError, VerificationError
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.legal import BASES, PERSONAL_DATA, LegalBasis
from redact.core.progress import Cancelled, CancelToken, NullProgress, Progress
from redact.core.text import PageText
from redact.pdf import render
from redact.pdf.extract import read_pages
from redact.services.cases import BuildResult, ExportOutcome, build_case, export_case, record_action
from redact.services.sources import Source, collect_sources
from redact.store.casefile import CASE_FILE, WORK_DIR, find_case, load_case, save_case
from redact.store.legal import load_legal_bases

T = TypeVar("T")

ADDITIONS = "tilføjet"  # sub-folders of WORK_DIR, one per batch of files added to a case
MANUAL_PREFIX = "manuel-"


# ----------------------------------------------------------------------------------------------
# Values the GUI shows


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A stretch of text on a page: what a search found or the case handler selected."""

    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    before: str = ""  # a few words of the text around it, for a list of search hits
    after: str = ""


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


@dataclass
class History:
    undo: list[tuple[int, ...]] = field(default_factory=list)  # seqs of the decisions of each action
    redo: list[tuple[int, ...]] = field(default_factory=list)  # seqs of the UNDO entries of each undone action


@dataclass
class Addition:
    """Files converted and detected as a case of their own, waiting to be merged into the case."""

    folder: Path
    result: BuildResult


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


# ----------------------------------------------------------------------------------------------
# Adding files


def plan_sources(case: Case, folder: Path, paths: Sequence[Path]) -> tuple[list[Source], list[str]]:
    """The files to add (folders recursively) and why others are skipped. Raises UsageError for a
    file inside the case folder: nothing is ever written next to the originals."""
    sources = collect_sources(list(paths), folder)
    present = {str(Path(d.source).resolve()) for d in case.documents}
    used = {d.output_name for d in case.documents}
    planned: list[Source] = []
    skipped: list[str] = []
    for s in sources:
        if str(s.path.resolve()) in present:
            skipped.append(f"{s.path.name}: er allerede med i sagen")
            continue
        output = _unique_output(s.output.as_posix(), used)
        used.add(output)
        planned.append(Source(s.path, Path(output)))
    return planned, skipped


def build_addition(
    sources: list[Source],
    folder: Path,
    detectors: Callable[[], list[Detector]],
    keep_list: KeepList,
    model_version: str = "",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
) -> Addition:
    """Convert and detect `sources` into a new sub-folder of the case's work folder.

    Touches nothing of the case itself, so it can run in a worker thread; `merge_addition` then
    adds the result to the case (in the thread that owns the case).
    """
    base = folder / WORK_DIR
    n = 1
    while (base / f"{ADDITIONS}-{n:03d}").exists():
        n += 1
    sub = base / f"{ADDITIONS}-{n:03d}"
    sub.mkdir(parents=True)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    kwargs: dict[str, Any] = {"model_version": model_version, "jobs": 1}
    try:
        if isolated:
            result = run_isolated(
                build_case, sources, sub, detectors, keep_list, progress=progress, cancel=cancel, **kwargs
            )
        else:
            result = build_case(sources, sub, detectors, keep_list, progress=progress, cancel=cancel, **kwargs)
    except BaseException:
        shutil.rmtree(sub, ignore_errors=True)  # cancelled or failed: nothing half-made stays in the case
        raise
    return Addition(sub, result)


def merge_addition(case: Case, folder: Path, addition: Addition) -> list[Document]:
    """Add the documents and proposals of `addition` to the case, with ids that follow the case's."""
    sub = addition.result.case
    base = max((int(d.id) for d in case.documents if d.id.isdigit()), default=0)
    ids = {d.id: f"{base + k + 1:04d}" for k, d in enumerate(sub.documents)}
    used = {d.output_name for d in case.documents}
    added: list[Document] = []
    for d in sub.documents:
        output = _unique_output(d.output_name, used)
        used.add(output)
        normalized = (addition.folder / d.normalized).relative_to(folder).as_posix() if d.normalized else ""
        new = dataclasses.replace(
            d, id=ids[d.id], output_name=output, normalized=normalized, parent=ids.get(d.parent, "")
        )
        case.documents.append(new)
        added.append(new)
    for p in sub.proposals.values():
        doc = ids[p.document]
        pid = hashlib.sha1(f"{doc}:{p.id}".encode()).hexdigest()[:16]
        case.proposals[pid] = dataclasses.replace(p, id=pid, document=doc)
    case.model_version = sub.model_version or case.model_version
    case.tool_version = case.tool_version or sub.tool_version
    save_case(case, folder)
    (addition.folder / CASE_FILE).unlink(missing_ok=True)
    return added


def _unique_output(name: str, used: set[str]) -> str:
    if name not in used:
        return name
    path = Path(name)
    n = 2
    while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}").as_posix()) in used:
        n += 1
    return candidate


# ----------------------------------------------------------------------------------------------
# Decisions


def _undo(case: Case, folder: Path, who: str, decisions: Iterable[Decision]) -> list[Decision]:
    """Take back `decisions` as one action."""
    return record_action(
        case, folder, who, [{"action": Action.UNDO, "proposal": d.proposal, "target": d.seq} for d in decisions]
    )


def decide_proposals(
    case: Case, folder: Path, proposal_ids: Iterable[str], action: Action, who: str, basis: str = ""
) -> list[Decision]:
    """Accept or reject proposals as one action; those already so (with that basis) are left alone."""
    if action not in (Action.ACCEPT, Action.REJECT):
        raise ValueError(action)
    states = case.states()
    bases = case.bases()
    wanted = State.ACCEPTED if action is Action.ACCEPT else State.REJECTED
    entries: list[dict[str, Any]] = []
    for pid in dict.fromkeys(proposal_ids):
        if pid not in case.proposals:
            raise RedactError(f"ukendt forslag: {pid}")
        if states[pid] is wanted and (not basis or bases.get(pid) == basis):
            continue
        entries.append({"action": action, "proposal": pid, "basis": basis})
    return record_action(case, folder, who, entries)


def set_basis(case: Case, folder: Path, ids: Iterable[str], basis: str, who: str) -> list[Decision]:
    """Put proposals (accepting them) and manual redactions under another legal basis, as one action."""
    bases = case.bases()
    states = case.states()
    manual = {m.id for m in manual_redactions(case)}
    entries: list[dict[str, Any]] = []
    for i in dict.fromkeys(ids):
        if i not in case.proposals and i not in manual:
            raise RedactError(f"ukendt forslag eller redaktion: {i}")
        if bases.get(i) == basis and (i in manual or states[i] is State.ACCEPTED):
            continue
        entries.append({"action": Action.ACCEPT, "proposal": i, "basis": basis})
    return record_action(case, folder, who, entries)


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
    entries: list[dict[str, Any]] = []
    first = case.next_seq()
    for k, (doc_id, page, boxes, text) in enumerate(areas):
        doc = case.document(doc_id)
        if not 0 <= page < doc.pages:
            raise RedactError(f"{doc.title}: side {page + 1} findes ikke")
        if not boxes:
            raise RedactError("en redaktion skal have mindst ét område")
        entries.append(
            {
                "action": Action.MANUAL,
                "proposal": f"{MANUAL_PREFIX}{first + k}",
                "basis": basis or PERSONAL_DATA.code,
                "document": doc_id,
                "page": page,
                "boxes": boxes,
                "text": text,
            }
        )
    return record_action(case, folder, who, entries)


def redact_occurrences(
    case: Case, folder: Path, occurrences: Iterable[Occurrence], who: str, basis: str = ""
) -> list[Decision]:
    """Black out every occurrence (one action); those already under a redaction are skipped."""
    todo = [o for o in occurrences if not is_covered(case, o)]
    return _manual(case, folder, who, [(o.document, o.page, o.boxes, o.text) for o in todo], basis)


def is_covered(case: Case, occ: Occurrence) -> bool:
    """True when every box of `occ` lies under an accepted proposal or a manual redaction."""
    areas = [b for r in case.redactions(occ.document) if r.page == occ.page for b in r.boxes]
    return all(any(a.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) for a in areas) for b in occ.boxes)


def remove_manual(case: Case, folder: Path, manual_id: str, who: str) -> list[Decision]:
    """Take back a manual redaction (an undo of the decision that made it)."""
    seqs = _effective_seqs(case)
    made = [d for d in case.decisions if d.action is Action.MANUAL and d.proposal == manual_id and d.seq in seqs]
    return _undo(case, folder, who, made)


def manual_redactions(case: Case, doc_id: str | None = None) -> list[ManualRedaction]:
    """The manual redactions in force, in the order they were made."""
    seqs = _effective_seqs(case)
    bases = case.bases()
    docs = {d.id for d in case.documents}
    out: list[ManualRedaction] = []
    for d in case.decisions:
        if d.action is not Action.MANUAL or d.seq not in seqs or d.document not in docs:
            continue
        if doc_id is not None and d.document != doc_id:
            continue
        basis = bases.get(d.proposal, d.basis)
        label = basis_label(case, basis)
        out.append(ManualRedaction(d.proposal, d.document, d.page, d.boxes, d.text, basis, label, d.who, d.when))
    return out


def _effective_seqs(case: Case) -> set[int]:
    """Seqs of the decisions in force: not undone (an undo can itself be undone; the last word wins)."""
    cancelled: set[int] = set()
    effective: set[int] = set()
    for d in reversed(case.decisions):
        if d.seq in cancelled:
            continue
        if d.action is Action.UNDO:
            cancelled.add(d.target)
            continue
        effective.add(d.seq)
    return effective


# ----------------------------------------------------------------------------------------------
# Undo and redo


# Withholdings are stamped to the second (services.package): each is an action of its own.
_ALONE = {Action.WITHHOLD_DOCUMENT, Action.WITHHOLD_PAGE}


def _actions(decisions: Sequence[Decision]) -> list[list[Decision]]:
    out: list[list[Decision]] = []
    for d in decisions:
        prev = out[-1][-1] if out else None
        if (
            prev is not None
            and not {prev.action, d.action} & _ALONE
            and prev.when == d.when
            and prev.who == d.who
            and (prev.action is Action.UNDO) == (d.action is Action.UNDO)
        ):
            out[-1].append(d)
        else:
            out.append([d])
    return out


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
    h = history(case)
    if not h.undo:
        return []
    by_seq = {d.seq: d for d in case.decisions}
    targets = [by_seq[s] for s in h.undo[-1]]
    _undo(case, folder, who, targets)
    return targets


def redo(case: Case, folder: Path, who: str) -> list[Decision]:
    """Take back the last undo; returns the decisions that are in force again (empty: nothing to redo)."""
    h = history(case)
    if not h.redo:
        return []
    by_seq = {d.seq: d for d in case.decisions}
    undos = [by_seq[s] for s in h.redo[-1]]
    _undo(case, folder, who, undos)
    return [by_seq[u.target] for u in undos]


# ----------------------------------------------------------------------------------------------
# Questions about the case


def review_order(case: Case) -> list[str]:
    """Proposal ids in reading order: document by document, page by page, top to bottom."""
    index = {d.id: k for k, d in enumerate(case.documents)}

    def key(pid: str) -> tuple[int, int, float, float]:
        p = case.proposals[pid]
        first = p.boxes[0] if p.boxes else Box(0, 0, 0, 0)
        return (index.get(p.document, len(index)), p.page, round(first.y0 / 4), first.x0)

    return sorted((pid for pid, p in case.proposals.items() if p.document in index), key=key)


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


def _pdf(case: Case, folder: Path, doc_id: str) -> Path:
    doc = case.document(doc_id)
    if doc.status is not Status.READY or not doc.normalized:
        raise RedactError(f"{doc.title}: dokumentet kunne ikke læses: {doc.error}")
    return folder / doc.normalized


def page_sizes(case: Case, folder: Path, doc_id: str) -> list[tuple[float, float]]:
    return render.page_sizes(_pdf(case, folder, doc_id))


def render_page(case: Case, folder: Path, doc_id: str, page: int, zoom: float) -> bytes:
    return render.render_page(_pdf(case, folder, doc_id), page, zoom)


def render_file_page(path: Path, page: int, zoom: float) -> bytes:
    """A page of another PDF, e.g. a preview of the released version."""
    return render.render_page(path, page, zoom)


def file_page_sizes(path: Path) -> list[tuple[float, float]]:
    return render.page_sizes(path)


def page_text(case: Case, folder: Path, doc_id: str, page: int) -> PageText:
    return render.read_page(_pdf(case, folder, doc_id), page)


def char_at(pt: PageText, x: float, y: float) -> int | None:
    """Index of the character at page point (x, y), or the nearest one on that line."""
    best: tuple[float, int] | None = None
    for i, b in enumerate(pt.boxes):
        if b is None:
            continue
        if b.contains_point(x, y):
            return i
        if b.y0 <= y <= b.y1:
            dist = min(abs(x - b.x0), abs(x - b.x1))
            if best is None or dist < best[0]:
                best = (dist, i)
    return best[1] if best else None


def occurrence_for_range(doc_id: str, pt: PageText, start: int, end: int) -> Occurrence | None:
    """The selection from character `start` to `end` (either order, both included)."""
    a, b = sorted((start, end))
    b += 1
    while a < b and pt.text[a].isspace():
        a += 1
    while b > a and pt.text[b - 1].isspace():
        b -= 1
    boxes = tuple(pt.boxes_for(a, b))
    if a >= b or not boxes:
        return None
    return Occurrence(doc_id, pt.page, boxes, " ".join(pt.text[a:b].split()))


def word_at(pt: PageText, index: int) -> tuple[int, int]:
    """First and last character of the word around `index` (a click selects a word)."""
    if not 0 <= index < len(pt.text) or not _in_word(pt.text[index]):
        return index, index
    a = b = index
    while a > 0 and _in_word(pt.text[a - 1]):
        a -= 1
    while b + 1 < len(pt.text) and _in_word(pt.text[b + 1]):
        b += 1
    while b > a and not pt.text[b].isalnum():  # "Hansen." is the word "Hansen"
        b -= 1
    while a < b and not pt.text[a].isalnum():
        a += 1
    return a, b


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "-@._'’"


def text_in_area(pt: PageText, box: Box) -> str:
    """The text whose characters have their middle inside `box`, in reading order."""
    inside = [
        i for i, b in enumerate(pt.boxes) if b is not None and box.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)
    ]
    if not inside:
        return ""
    chosen = set(inside)
    out = []
    for i in range(inside[0], inside[-1] + 1):
        if i in chosen:
            out.append(pt.text[i])
        elif pt.boxes[i] is None or pt.text[i].isspace():
            out.append(" ")
    return " ".join("".join(out).split())


def search_pattern(
    text: str, regex: bool = False, match_case: bool = False, whole_words: bool = True
) -> re.Pattern[str]:
    """The pattern for "every occurrence of this": plain text matches across any spacing and line breaks."""
    if not text.strip():
        raise UsageError("skriv den tekst, der skal findes")
    flags = 0 if match_case else re.IGNORECASE
    if regex:
        try:
            pattern = re.compile(text, flags)
        except re.error as exc:
            raise UsageError(f"mønsteret kan ikke bruges: {exc}") from exc
        if pattern.match(""):
            raise UsageError("mønsteret finder tom tekst; gør det mere bestemt")
        return pattern
    body = r"\s+".join(re.escape(w) for w in text.split())
    if whole_words:
        body = r"(?<!\w)" + body + r"(?!\w)"
    return re.compile(body, flags)


CONTEXT_CHARS = 40


def context_around(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """About `width` characters of whole words before and after text[start:end], on one line."""
    head = text[max(0, start - width) : start].split()
    if start > width and head:
        head[0] = "…"  # the first word may be cut
    tail = text[end : end + width].split()
    if end + width < len(text) and tail:
        tail[-1] = "…"
    before = " ".join(head) + (" " if text[start - 1 : start].isspace() else "") if head else ""
    after = (" " if text[end : end + 1].isspace() else "") + " ".join(tail) if tail else ""
    return before, after


def find_occurrences(
    case: Case,
    folder: Path,
    text: str,
    regex: bool = False,
    match_case: bool = False,
    whole_words: bool = True,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[Occurrence]:
    """Every occurrence of a text or pattern in the case's readable documents (OCR for scans)."""
    pattern = search_pattern(text, regex, match_case, whole_words)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    docs = [d for d in case.documents if d.status is Status.READY and d.normalized]
    found: list[Occurrence] = []
    progress.start(len(docs), "Søger i sagen")
    for d in docs:
        cancel.check()
        for pt in read_pages(folder / d.normalized):
            for m in pattern.finditer(pt.text):
                occ = occurrence_for_range(d.id, pt, m.start(), m.end() - 1)
                if occ is not None:
                    before, after = context_around(pt.text, m.start(), m.end())
                    found.append(dataclasses.replace(occ, before=before, after=after))
        progress.advance(1, d.title)
    progress.finish()
    return found


# ----------------------------------------------------------------------------------------------
# Preview and export


def check_export_folder(case: Case, out_dir: Path) -> None:
    """Refuse a folder where the export would write next to an original (or over one)."""
    out = out_dir.resolve()
    sources = {Path(d.source).resolve() for d in case.documents if d.source}
    source_dirs = {s.parent for s in sources}
    for d in case.documents:
        if d.status is not Status.READY:
            continue
        target = (out / d.output_name).resolve()
        if target in sources or target.parent in source_dirs:
            raise UsageError(
                f"{out_dir}: eksporten ville lægge filer ved siden af originalerne ({target.parent}); "
                "vælg en anden mappe"
            )


def export(
    case: Case,
    folder: Path,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
) -> ExportOutcome:
    """Write the verified, redacted PDFs of the case to `out_dir` (see `cases.export_case`)."""
    check_export_folder(case, out_dir)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    if isolated:
        return run_isolated(export_case, case, folder, out_dir, progress=progress, cancel=cancel)
    return export_case(case, folder, out_dir, progress=progress, cancel=cancel)


def preview_document(
    case: Case,
    folder: Path,
    doc_id: str,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolated: bool = True,
    bases: dict[str, LegalBasis] | None = None,
) -> Path:
    """The released version of one document, exported and verified exactly as the export does:
    the boxes carry the labels of the loaded legal bases (as the package does), never their codes."""
    doc = case.document(doc_id)
    labels = {code: b.label for code, b in (bases if bases is not None else loaded_bases()).items()}
    one = dataclasses.replace(case, documents=[doc], labels={**labels, **case.labels})
    outcome = export(one, folder, out_dir, progress, cancel, isolated)
    if outcome.failures:
        raise VerificationError(outcome.failures[0].error)
    return out_dir / doc.output_name


# ----------------------------------------------------------------------------------------------
# Work in a fresh process


class _PipeProgress:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def start(self, total: int, label: str) -> None:
        self._conn.send(("start", (total, label)))

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        self._conn.send(("advance", (step, detail, failed)))

    def finish(self) -> None:
        self._conn.send(("finish", ()))


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    try:
        result = fn(*args, progress=_PipeProgress(conn), **kwargs)
        conn.send(("done", result))
    except RedactError as exc:
        conn.send(("error", exc))
    except Exception as exc:  # reported to the parent, which shows it; the child ends either way
        conn.send(("error", RedactError(f"uventet fejl: {type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_isolated(fn: Callable[..., T], *args: Any, progress: Progress, cancel: CancelToken, **kwargs: Any) -> T:
    """Run `fn(*args, progress=..., **kwargs)` in a fresh process, relaying its progress.

    `fn` and its arguments must pickle (module-level functions, plain data). Cancelling ends the
    process and raises Cancelled; what it wrote is left in its own folder.
    """
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, fn, args, kwargs), name="redact-arbejde")
    proc.start()
    sender.close()
    try:
        while True:
            if cancel.cancelled:
                raise Cancelled()
            if not receiver.poll(0.1):
                if not proc.is_alive() and not receiver.poll(0):
                    break
                continue
            try:
                kind, payload = receiver.recv()
            except EOFError:
                break
            if kind == "start":
                progress.start(*payload)
            elif kind == "advance":
                progress.advance(*payload)
            elif kind == "finish":
                progress.finish()
            elif kind == "done":
                return payload  # type: ignore[no-any-return]
            elif kind == "error":
                raise payload
        proc.join(5)
        raise RedactError(f"arbejdet stoppede uventet (afslutningskode {proc.exitcode})")
    finally:
        receiver.close()
        if proc.is_alive() and cancel.cancelled:
            proc.terminate()
        proc.join(30)
        if proc.is_alive():
            proc.kill()
            proc.join()
        proc.close()
