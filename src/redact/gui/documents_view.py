"""The left-hand pane: the case's documents (with files still being read), the shown document's
language (the case handler corrects it), and the buttons to add and remove documents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from redact.core.document import Document
from redact.core.language import DEFAULT
from redact.gui.models import DocumentListModel

# the languages a document can be read in (core.language), by their names in the app's language
LANGUAGE_NAMES = {
    "da": QT_TRANSLATE_NOOP("DocumentsView", "Dansk"),
    "nb": QT_TRANSLATE_NOOP("DocumentsView", "Norsk (bokmål)"),
    "nn": QT_TRANSLATE_NOOP("DocumentsView", "Norsk (nynorsk)"),
    "sv": QT_TRANSLATE_NOOP("DocumentsView", "Svensk"),
    "en": QT_TRANSLATE_NOOP("DocumentsView", "Engelsk"),
}


class DocumentsView(QWidget):
    language_chosen = Signal(str)  # the case handler picked another language for the shown document

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
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(QCoreApplication.translate("DocumentsView", str(name)), code)
        self.language.setToolTip(
            self.tr(
                "Dokumentets sprog. Vælg et andet, og dokumentet gennemgås igen på det sprog; afgjorte forslag bliver."
            )
        )
        self.language.setEnabled(False)
        self.language.activated.connect(self._language_activated)
        self.language_label = QLabel(self.tr("Spr&og:"), self)
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        layout.addLayout(language_row)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

    def chosen_ids(self) -> list[str]:
        """The documents selected in the list, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows(0)})
        return [d.id for r in rows if (d := self.model.document_at(r)) is not None]

    def show_language(self, document: Document | None, changeable: bool = True) -> None:
        """Show `document`'s language; a document that could not be read has none to change."""
        code = (document.language or DEFAULT) if document is not None else DEFAULT
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        readable = document is not None and bool(document.normalized)
        self.language.setEnabled(readable and changeable)
        how = (
            self.tr("sat af sagsbehandleren")
            if document and document.language_set_by_user
            else self.tr("fundet automatisk")
        )
        self.language_label.setToolTip(how if readable else "")

    def _language_activated(self, index: int) -> None:
        self.language_chosen.emit(str(self.language.itemData(index)))
