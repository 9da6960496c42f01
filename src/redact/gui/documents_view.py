"""The left-hand pane: the case's documents (with files still being read), and the buttons to add
and remove them."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from redact.gui.models import DocumentListModel


class DocumentsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentListModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("documents")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Tilføj filer…"), self)
        self.add_folder_button = QPushButton(self.tr("Tilføj mappe…"), self)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.remove_button.setToolTip(self.tr("Fjern de valgte dokumenter fra sagen"))
        self.drop_hint = QLabel(self.tr("Træk filer og mapper hertil (PDF, Word, e-mail, tekst, billeder)"), self)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(QLabel("<b>" + escape(self.tr("Dokumenter")) + "</b>", self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.drop_hint)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

    def chosen_ids(self) -> list[str]:
        """The documents selected in the list, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows(0)})
        return [d.id for r in rows if (d := self.model.document_at(r)) is not None]
