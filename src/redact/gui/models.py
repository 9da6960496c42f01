"""Item models over a case: the document list and the proposals grouped by category and person/term.

Both read the core `Case` and the summaries `services.review` computes; they never change the
case. After a decision the window calls `refresh()`; the tree is rebuilt only when the set of
proposals or manual redactions changed, so selection and expanded groups survive a decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from redact.core.case import Case, State
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.gui.i18n import arg, entity_name, state_name
from redact.gui.lower_texts import lower
from redact.gui.style import swatch
from redact.services import decisions, legal, review

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()

WAITING, PROCESSING, DONE, FAILED = "waiting", "processing", "done", "failed"


@dataclass
class PendingFile:
    """A file being added: shown in the document list until the case has its documents."""

    name: str
    state: str = WAITING
    error: str = ""


class DocumentListModel(QAbstractTableModel):
    TITLE, STATUS, OPEN = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._progress: dict[str, review.DocumentProgress] = {}
        self._pending: list[PendingFile] = []
        self._processing = False

    # -- feeding
    def set_case(self, case: Case | None) -> None:
        self.beginResetModel()
        self._case = case
        self._progress = review.document_progress(case) if case else {}
        self._pending = []
        self.endResetModel()

    def refresh(self) -> None:
        """The case's documents or decisions changed."""
        case = self._case
        rows = len(case.documents) if case else 0
        if rows + len(self._pending) != self.rowCount():
            self.set_pending(self._pending)
            return
        self._progress = review.document_progress(case) if case else {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_pending(self, pending: list[PendingFile]) -> None:
        self.beginResetModel()
        self._pending = list(pending)
        self._progress = review.document_progress(self._case) if self._case else {}
        self.endResetModel()

    def update_pending(self) -> None:
        base = len(self._case.documents) if self._case else 0
        if self._pending:
            self.dataChanged.emit(self.index(base, 0), self.index(base + len(self._pending) - 1, 2))

    # -- lookups
    def document_at(self, row: int) -> Document | None:
        if self._case and 0 <= row < len(self._case.documents):
            return self._case.documents[row]
        return None

    def row_of(self, doc_id: str) -> int:
        if self._case:
            for k, d in enumerate(self._case.documents):
                if d.id == doc_id:
                    return k
        return -1

    def status_text(self, doc: Document) -> str:
        if doc.status is Status.FAILED:
            return self.tr("Fejl")
        if self._case is not None and self._case.withheld_document(doc.id):
            return self.tr("Undtaget")
        text = self._review_text(doc)
        pages = len(self._case.withheld_pages(doc.id)) if self._case is not None else 0
        if pages:
            withheld = arg(self.tr("%1 s. undtaget"), pages)
            return f"{text} · {withheld}" if text else withheld
        return text

    def _review_text(self, doc: Document) -> str:
        p = self._progress.get(doc.id)
        if p is None:
            return ""
        if p.open:
            return self.tr("Til gennemsyn")
        if p.proposals == 0 and p.manual == 0:
            return self.tr("Ingen forslag")
        return self.tr("Gennemset")

    # -- Qt
    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return (len(self._case.documents) if self._case else 0) + len(self._pending)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Dokument"), self.tr("Status"), self.tr("Åbne")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.document_at(index.row())
        if doc is None:
            base = len(self._case.documents) if self._case else 0
            k = index.row() - base
            if not 0 <= k < len(self._pending):
                return None
            return self._pending_data(self._pending[k], index.column(), role)
        col = index.column()
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                warn = " ⚠" if doc.pages_without_text or doc.warnings else ""
                return ("↳ " if doc.parent else "") + doc.title + warn
            if col == self.STATUS:
                return self.status_text(doc)
            p = self._progress.get(doc.id)
            return str(p.open) if p and doc.status is Status.READY else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc)
        if role == Qt.ItemDataRole.ForegroundRole:
            if doc.status is Status.FAILED:
                return QBrush(QColor("#b00020"))
            if self._case is not None and self._case.withheld_document(doc.id):
                return QBrush(QColor("#6b6b6b"))
            p = self._progress.get(doc.id)
            if p and not p.open and col == self.STATUS:
                return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.FontRole and col == self.OPEN:
            p = self._progress.get(doc.id)
            if p and p.open:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _pending_data(self, f: PendingFile, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return f.name
            if col == self.STATUS:
                return {
                    WAITING: self.tr("Venter"),
                    PROCESSING: self.tr("Behandles…"),
                    DONE: self.tr("Behandlet"),
                    FAILED: self.tr("Fejl"),
                }[f.state]
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b00020" if f.state == FAILED else "#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole and f.error:
            return lower(f.error)
        return None

    def _tooltip(self, doc: Document) -> str:
        lines = [doc.title, arg(self.tr("Original: %1"), doc.source)]
        if doc.status is Status.FAILED:
            lines.append(arg(self.tr("Kunne ikke læses: %1"), lower(doc.error)))
            return "\n".join(lines)
        lines.append(arg(self.tr("%1 sider, %2"), doc.pages, doc.converter))
        if doc.pages_without_text:
            pages = ", ".join(str(p + 1) for p in doc.pages_without_text)
            lines.append(arg(self.tr("Side %1: intet tekstlag, ikke kontrolleret – læs selv siden"), pages))
        lines += [lower(w) for w in doc.warnings]
        p = self._progress.get(doc.id)
        if p:
            lines.append(
                arg(
                    self.tr("%1 forslag: %2 åbne, %3 accepteret, %4 afvist; %5 manuelle"),
                    p.proposals,
                    p.open,
                    p.accepted,
                    p.rejected,
                    p.manual,
                )
            )
        return "\n".join(lines)


# ----------------------------------------------------------------------------------------------

CATEGORY, GROUP, PROPOSAL, MANUAL = "category", "group", "proposal", "manual"


@dataclass(eq=False)
class Node:
    kind: str
    key: str  # entity value, group key, proposal id or manual id
    parent: Node | None
    row: int
    children: list[Node] = field(default_factory=list)


class ProposalTreeModel(QAbstractItemModel):
    """Category → person/term → mention; a term with one mention sits directly under its category."""

    NAME, STATUS, BASIS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._doc: str | None = None
        self._roots: list[Node] = []
        self._by_key: dict[str, Node] = {}
        self._signature: tuple[Any, ...] = ()
        self._states: dict[str, State] = {}
        self._labels: dict[str, str] = {}
        self._groups: dict[str, review.GroupSummary] = {}
        self._manual: dict[str, decisions.ManualRedaction] = {}
        self._titles: dict[str, str] = {}
        self._icons: dict[Entity, QIcon] = {}
        # per node, computed once per refresh: (open, accepted, rejected), leaf count, basis labels
        self._tally: dict[Node, tuple[int, int, int, int, frozenset[str]]] = {}

    # -- feeding
    def set_case(self, case: Case | None, doc_id: str | None = None) -> None:
        self._case, self._doc = case, doc_id
        self._rebuild()

    def refresh(self) -> bool:
        """States changed; returns True when the tree had to be rebuilt (proposals or manual ones changed)."""
        if self._case is None:
            return False
        before = (dict(self._states), dict(self._labels), {k: m.label for k, m in self._manual.items()})
        self._compute()
        if self._make_signature() != self._signature:
            self._rebuild()
            return True
        self._count_all()
        states, labels, manual = before
        changed = {k for k, s in self._states.items() if states.get(k) is not s}
        changed |= {k for k, label in self._labels.items() if labels.get(k) != label}
        changed |= {k for k, m in self._manual.items() if manual.get(k) != m.label}
        # only the rows that changed, and their group and category: a view re-reads what it is told
        dirty: set[Node] = set()
        for key in changed:
            node = self._by_key.get(key)
            while node is not None and node not in dirty:
                dirty.add(node)
                node = node.parent
        for node in dirty:
            self.dataChanged.emit(self.createIndex(node.row, 0, node), self.createIndex(node.row, self.BASIS, node))
        return False

    def _count_all(self) -> None:
        self._tally = {}
        for root in self._roots:
            self._count(root)

    def _count(self, node: Node) -> tuple[int, int, int, int, frozenset[str]]:
        if node.kind == MANUAL:
            m = self._manual.get(node.key)
            result = (0, 1, 0, 1, frozenset([m.label if m else ""]))
        elif node.kind == PROPOSAL:
            s = self._states.get(node.key)
            label = frozenset([self._labels.get(node.key, "")])
            result = (int(s is State.OPEN), int(s is State.ACCEPTED), int(s is State.REJECTED), 1, label)
        else:
            o = a = r = n = 0
            labels: set[str] = set()
            for child in node.children:
                co, ca, cr, cn, cl = self._count(child)
                o, a, r, n = o + co, a + ca, r + cr, n + cn
                labels |= cl
            result = (o, a, r, n, frozenset(labels))
        self._tally[node] = result
        return result

    def _compute(self) -> None:
        case = self._case
        if case is None:
            return
        self._states = case.states()
        bases = case.bases()
        self._labels = {pid: legal.basis_label(case, bases.get(pid, p.basis)) for pid, p in case.proposals.items()}
        self._groups = {g.key: g for g in review.group_summary(case, self._doc)}
        self._manual = {m.id: m for m in decisions.manual_redactions(case, self._doc)}
        self._titles = {d.id: d.title for d in case.documents}

    def _make_signature(self) -> tuple[Any, ...]:
        return (self._doc, tuple((k, g.proposals) for k, g in self._groups.items()), tuple(self._manual))

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._roots, self._by_key = [], {}
        if self._case is not None:
            self._compute()
            by_entity: dict[Entity, list[review.GroupSummary]] = {}
            for g in self._groups.values():
                by_entity.setdefault(g.entity, []).append(g)
            for entity, groups in by_entity.items():
                cat = Node(CATEGORY, entity.value, None, len(self._roots))
                self._roots.append(cat)
                for g in groups:
                    if len(g.proposals) == 1:
                        self._leaf(cat, PROPOSAL, g.proposals[0])
                        continue
                    group = Node(GROUP, g.key, cat, len(cat.children))
                    cat.children.append(group)
                    self._by_key[g.key] = group
                    for pid in g.proposals:
                        self._leaf(group, PROPOSAL, pid)
            if self._manual:
                cat = Node(CATEGORY, Entity.MANUAL.value, None, len(self._roots))
                self._roots.append(cat)
                for mid in self._manual:
                    self._leaf(cat, MANUAL, mid)
        self._signature = self._make_signature()
        self._count_all()
        self.endResetModel()

    def _leaf(self, parent: Node, kind: str, key: str) -> None:
        node = Node(kind, key, parent, len(parent.children))
        parent.children.append(node)
        self._by_key[key] = node

    # -- lookups
    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        ptr = index.internalPointer()
        return ptr if isinstance(ptr, Node) else None

    def index_of(self, key: str) -> QModelIndex:
        node = self._by_key.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def category_index(self, entity: Entity) -> QModelIndex:
        for n in self._roots:
            if n.key == entity.value:
                return self.createIndex(n.row, 0, n)
        return QModelIndex()

    def proposal_ids(self, index: Index) -> list[str]:
        """The proposals a node stands for: one mention, a group or a whole category."""
        node = self.node(index)
        if node is None:
            return []
        return [n.key for n in _leaves(node) if n.kind == PROPOSAL]

    def manual_ids(self, index: Index) -> list[str]:
        node = self.node(index)
        if node is None:
            return []
        return [n.key for n in _leaves(node) if n.kind == MANUAL]

    # -- Qt
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._children(parent)
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def _children(self, parent: Index) -> list[Node]:
        if not parent.isValid():
            return self._roots
        node = self.node(parent)
        return node.children if node is not None and parent.column() == 0 else []

    def rowCount(self, parent: Index = _ROOT) -> int:
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Forslag"), self.tr("Status"), self.tr("Hjemmel")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None or self._case is None:
            return None
        if role == ID_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME and node.kind in (CATEGORY, PROPOSAL, MANUAL):
            return self._icon(self._entity(node))
        if role == Qt.ItemDataRole.FontRole:
            open_ = self._counts(node)[0]
            font = QFont()
            font.setBold(node.kind == CATEGORY or (open_ > 0 and node.kind in (GROUP, PROPOSAL)))
            font.setItalic(node.kind == PROPOSAL and self._states.get(node.key) is State.REJECTED)
            return font
        rejected = node.kind == PROPOSAL and self._states.get(node.key) is State.REJECTED
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return QBrush(QColor("#6b6b6b"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- presentation
    def _icon(self, entity: Entity) -> QIcon:
        if entity not in self._icons:
            self._icons[entity] = swatch(entity)
        return self._icons[entity]

    def _entity(self, node: Node) -> Entity:
        if node.kind == CATEGORY:
            return Entity(node.key)
        if node.kind == MANUAL:
            return Entity.MANUAL
        if node.kind == GROUP:
            return self._groups[node.key].entity
        assert self._case is not None
        return self._case.proposals[node.key].entity

    def _counts(self, node: Node) -> tuple[int, int, int]:
        """Open, accepted, rejected proposals under the node."""
        o, a, r, _, _ = self._tally.get(node, (0, 0, 0, 0, frozenset()))
        return o, a, r

    def _where(self, doc_id: str, page: int) -> str:
        return arg(self.tr("%1, s. %2"), self._titles.get(doc_id, doc_id), page + 1)

    def _display(self, node: Node, col: int) -> str:
        assert self._case is not None
        open_, accepted, rejected = self._counts(node)
        if col == self.NAME:
            if node.kind == CATEGORY:
                total = self._tally.get(node, (0, 0, 0, 0, frozenset()))[3]
                return f"{entity_name(Entity(node.key))} ({total})"
            if node.kind == GROUP:
                g = self._groups[node.key]
                return arg(self.tr("%1  (%2 i %3 dok.)"), g.name, g.mentions, g.documents)
            if node.kind == PROPOSAL:
                p = self._case.proposals[node.key]
                text = " ".join(p.text.split())
                if node.parent is not None and node.parent.kind == GROUP:  # the group names it already
                    return f"{self._where(p.document, p.page)}: «{text}»"
                return f"«{text}»  {self._where(p.document, p.page)}"
            m = self._manual[node.key]
            what = f"«{m.text}»" if m.text else self.tr("Område")
            return f"{what}  {self._where(m.document, m.page)}"
        if col == self.STATUS:
            if node.kind == PROPOSAL:
                return state_name(self._states[node.key])
            if node.kind == MANUAL:
                return self.tr("Overstreges")
            if open_:
                return arg(self.tr("%1 åbne"), open_)
            if accepted and not rejected:
                return state_name(State.ACCEPTED)
            if rejected and not accepted:
                return state_name(State.REJECTED)
            return self.tr("Afgjort")
        # BASIS
        if node.kind == PROPOSAL:
            return self._labels.get(node.key, "")
        if node.kind == MANUAL:
            return self._manual[node.key].label
        labels = self._tally.get(node, (0, 0, 0, 0, frozenset()))[4]
        return next(iter(labels)) if len(labels) == 1 else self.tr("flere")

    def _tooltip(self, node: Node) -> str:
        assert self._case is not None
        if node.kind == PROPOSAL:
            p = self._case.proposals[node.key]
            return f"{entity_name(p.entity)}: {p.reason}"
        if node.kind == GROUP:
            g = self._groups[node.key]
            return arg(
                self.tr("%1: %2 forekomster i %3 dokumenter. Acceptér eller afvis dem alle på én gang."),
                g.name,
                g.mentions,
                g.documents,
            )
        if node.kind == CATEGORY:
            return self.tr("Acceptér eller afvis hele kategorien på én gang")
        return self.tr("Manuel overstregning")


def _leaves(node: Node) -> list[Node]:
    if not node.children:
        return [] if node.kind in (CATEGORY, GROUP) else [node]
    out: list[Node] = []
    for c in node.children:
        out.extend(_leaves(c))
    return out
