"""The right-hand pane: the proposals by category and person or term, the decision buttons and
the why pane. A view over the review session; the window connects its signals to the decisions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from redact.core.entity import Entity
from redact.gui.explanation_view import ExplanationView
from redact.gui.i18n import arg, entity_name
from redact.gui.models import CATEGORY, GROUP, ID_ROLE, ProposalTreeModel
from redact.services import review
from redact.services.session import ReviewSession


class ProposalsView(QWidget):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree_model = ProposalTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("proposals")
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        th = self.tree.header()
        th.setStretchLastSection(False)
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would read every row of a large case after each decision
        metrics = self.tree.fontMetrics()
        for col, sample in ((1, "Accepteret  "), (2, "§ 30, nr. 1  ")):
            th.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            th.resizeSection(col, metrics.horizontalAdvance(self.tr(sample)) + 12)
        self.only_document = QCheckBox(self.tr("Kun det viste dokument"), self)
        self.accept_button = QPushButton(self.tr("Acceptér (A)"), self)
        self.accept_button.setToolTip(self.tr("Acceptér forslaget: teksten bliver overstreget"))
        self.reject_button = QPushButton(self.tr("Afvis (R)"), self)
        self.reject_button.setToolTip(self.tr("Afvis forslaget: teksten bliver stående"))
        self.basis_button = QPushButton(self.tr("Hjemmel… (H)"), self)
        self.explanation = ExplanationView(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(QLabel("<b>" + escape(self.tr("Forslag til overstregning")) + "</b>", self))
        layout.addWidget(self.only_document)
        layout.addWidget(self.tree, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.basis_button)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<b>" + escape(self.tr("Hvorfor?")) + "</b>", self))
        layout.addWidget(self.explanation, 2)

    # ------------------------------------------------------------------ the tree
    def reload(self) -> None:
        """Rebuild the tree (the case, or only the document shown), keeping what was expanded."""
        expanded = self.expanded_keys()
        doc = self.session.document if self.only_document.isChecked() else None
        self.tree_model.set_case(self.session.case, doc)
        self.restore(expanded)

    def refresh(self) -> None:
        expanded = self.expanded_keys()
        if self.tree_model.refresh():
            self.restore(expanded)

    def expanded_keys(self) -> set[str]:
        keys: set[str] = set()
        model = self.tree_model
        for r in range(model.rowCount()):
            cat = model.index(r, 0)
            if self.tree.isExpanded(cat):
                keys.add(str(model.data(cat, ID_ROLE)))
            for g in range(model.rowCount(cat)):
                group = model.index(g, 0, cat)
                if self.tree.isExpanded(group):
                    keys.add(str(model.data(group, ID_ROLE)))
        return keys

    def restore(self, expanded: set[str]) -> None:
        model = self.tree_model
        for r in range(model.rowCount()):
            cat = model.index(r, 0)
            key = str(model.data(cat, ID_ROLE))
            self.tree.setExpanded(cat, key in expanded or not expanded)
            for g in range(model.rowCount(cat)):
                group = model.index(g, 0, cat)
                if str(model.data(group, ID_ROLE)) in expanded:
                    self.tree.setExpanded(group, True)
        selected = self.session.selected
        if selected:
            index = model.index_of(selected)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )

    def expand_categories(self) -> None:
        for r in range(self.tree_model.rowCount()):
            self.tree.setExpanded(self.tree_model.index(r, 0), True)

    def show_selection(self, item_id: str | None) -> None:
        """Make the session's selection the list's current row (or clear it)."""
        index = self.tree_model.index_of(item_id) if item_id else QModelIndex()
        selection = self.tree.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.tree.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    # ------------------------------------------------------------------ what the buttons act on
    def targets(self) -> tuple[list[str], list[str], str]:
        """Proposal ids and manual ids the buttons act on (the rows chosen, else the selection), and
        how to name them."""
        rows = self.tree.selectionModel().selectedRows(0)
        proposals: list[str] = []
        manual: list[str] = []
        for index in rows:
            proposals += self.tree_model.proposal_ids(index)
            manual += self.tree_model.manual_ids(index)
        proposals, manual = self.session.targets(proposals, manual)
        return proposals, manual, self.describe(rows, proposals)

    def describe(self, rows: list[QModelIndex], proposals: list[str]) -> str:
        case = self.session.case
        if len(rows) == 1 and case is not None:
            node = self.tree_model.node(rows[0])
            if node is not None and node.kind == CATEGORY:
                name = entity_name(Entity(node.key))
                return arg(self.tr("hele kategorien %1 (%2 forslag)"), name, len(proposals))
            if node is not None and node.kind == GROUP:
                name = next((g.name for g in review.group_summary(case) if g.key == node.key), "")
                return arg(self.tr("gruppen «%1» (%2 forslag)"), name, len(proposals))
        if len(proposals) == 1:
            return self.tr("forslaget")
        return arg(self.tr("%1 forslag"), len(proposals))

    def update_buttons(self) -> tuple[list[str], list[str]]:
        """Enable and word the decision buttons for what they act on; returns the targets."""
        proposals, manual, what = self.targets() if self.session.case is not None else ([], [], "")
        self.accept_button.setEnabled(bool(proposals))
        self.reject_button.setEnabled(bool(proposals or manual))
        self.basis_button.setEnabled(bool(proposals or manual))
        if len(proposals) > 1:
            self.accept_button.setText(arg(self.tr("Acceptér %1 (A)"), len(proposals)))
            self.reject_button.setText(arg(self.tr("Afvis %1 (R)"), len(proposals)))
        else:
            self.accept_button.setText(self.tr("Acceptér (A)"))
            self.reject_button.setText(self.tr("Fjern (R)") if manual and not proposals else self.tr("Afvis (R)"))
        self.accept_button.setToolTip(arg(self.tr("Acceptér %1: teksten bliver overstreget"), what))
        self.reject_button.setToolTip(arg(self.tr("Afvis %1: teksten bliver stående"), what))
        return proposals, manual

    def update_explanation(self) -> None:
        """The why pane: the selected group or category, else the session's selection."""
        if self.session.case is None:
            self.explanation.show_item(None)
            return
        index = self.tree.currentIndex()
        node = self.tree_model.node(index)
        if node is not None and node.kind in (GROUP, CATEGORY) and self.session.selected is None:
            name = str(self.tree_model.data(index, Qt.ItemDataRole.DisplayRole))
            self.explanation.show_group(self.session.group_facts(name, self.tree_model.proposal_ids(index)))
        else:
            self.explanation.show_item(self.session.explain())
