"""Dialogs: new case, legal basis, find and redact every occurrence, export report, shortcuts."""

from __future__ import annotations

import re
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redact.core.case import Disclosure
from redact.gui.i18n import arg
from redact.gui.lower_texts import lower
from redact.gui.settings import basis_combo, chosen_basis
from redact.services import legal
from redact.services.package import PackageOutcome


def escape(text: str) -> str:
    """Text for rich-text labels (element content: quotes stay as they are)."""
    return _escape(text, quote=False)


def _folder_name(text: str) -> str:
    name = re.sub(r"[^\w\- ]+", "-", text, flags=re.UNICODE).strip(" -")
    return re.sub(r"\s+", " ", name)[:60] or "sag"


class NewCaseDialog(QDialog):
    """Title, journal number and where the case folder goes."""

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny sag"))
        self._base = base
        self._chosen: Path | None = None
        self.intro = QLabel(
            self.tr(
                "En sag er én anmodning om aktindsigt. Giv den en titel og sagens journalnummer; "
                "bagefter lægger du filerne ind."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("fx Aktindsigt i byggesag, Skovvej 12"))
        self.journal = QLineEdit(self)
        self.journal.setPlaceholderText(self.tr("fx 24/01234"))
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        change = QPushButton(self.tr("Skift mappe…"), self)
        change.clicked.connect(self._choose)
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Journalnummer:"), self.journal)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(change)
        form.addRow(self.tr("Gemmes i:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("Opret sag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update)
        self.journal.textChanged.connect(self._update)
        self._update()
        self.resize(620, self.sizeHint().height())

    def folder(self) -> Path:
        if self._chosen is not None:
            return self._chosen
        name = _folder_name(" ".join(x for x in (self.journal.text().strip(), self.title.text().strip()) if x))
        path = self._base / name
        n = 2
        while (path / "sag.redact").exists():
            path = self._base / f"{name} ({n})"
            n += 1
        return path

    def _update(self) -> None:
        self.where.setText(str(self.folder()))
        self.create_button.setEnabled(bool(self.title.text().strip()))

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Vælg mappe til sagen"), str(self._base))
        if path:
            self._chosen = Path(path)
            self._update()

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()


def message_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A question or warning over the window; the caller adds the buttons and their default."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


class BasisDialog(QDialog):
    """The legal basis for one mention, a group or a category."""

    def __init__(
        self,
        current: str,
        what: str,
        parent: QWidget | None = None,
        withhold: bool = False,
        choices: list[legal.Choice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undtag fra aktindsigt") if withhold else self.tr("Hjemmel"))
        message = (
            self.tr("Hjemmel for at undtage %1 fra aktindsigt. Undtagelsen står i aktlisten.")
            if withhold
            else self.tr("Hjemmel for %1. Forslag, der får en hjemmel, bliver accepteret.")
        )
        text = QLabel(arg(message, what), self)
        text.setWordWrap(True)
        self.combo = basis_combo(self, current, choices)
        # what the chosen provision protects, in one line (the items carry it as their tooltip too)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #444;")
        self.combo.currentIndexChanged.connect(self._describe)
        self._describe()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def basis(self) -> str:
        return chosen_basis(self.combo)

    def _describe(self) -> None:
        tip = self.combo.currentData(Qt.ItemDataRole.ToolTipRole)
        self.description.setText(str(tip) if tip else "")


class ExportReportDialog(QDialog):
    """What the release package holds (documents, withheld ones, files, warnings), or why it was not written."""

    def __init__(
        self,
        outcome: PackageOutcome | None,
        out_dir: Path,
        open_left: int,
        parent: QWidget | None = None,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self.out_dir = out_dir
        failed = outcome is None
        self.setWindowTitle(self.tr("Eksport med fejl") if failed else self.tr("Eksport færdig"))
        parts: list[str] = []
        if outcome is None:
            parts.append(
                "<p style='color:#b00020'><b>"
                + escape(arg(self.tr("Pakken er ikke skrevet i %1:"), out_dir))
                + "</b><br>"
                + escape(error)
                + "</p>"
            )
        else:
            released = sum(1 for r in outcome.documents if r.file)
            withheld = [r for r in outcome.documents if r.disclosure is Disclosure.WITHHELD]
            parts.append(
                "<p><b>"
                + escape(arg(self.tr("Pakken til aktindsigt er skrevet og kontrolleret i %1"), out_dir))
                + "</b><br>"
                + escape(
                    arg(
                        self.tr("%1 dokumenter, %2 udleveret, %3 sider i den samlede PDF."),
                        len(outcome.documents),
                        released,
                        outcome.pages,
                    )
                )
                + "</p>"
            )
            if withheld:
                parts.append(
                    "<p>"
                    + escape(self.tr("Undtaget:"))
                    + "<br>"
                    + "<br>".join(escape(f"{r.number}. {r.title}") for r in withheld)
                    + "</p>"
                )
            if outcome.warnings:
                warnings = "<br>".join(escape(lower(w)) for w in outcome.warnings)
                parts.append("<p style='color:#8a5300'>" + warnings + "</p>")
        if open_left:
            parts.append(
                "<p style='color:#8a5300'>"
                + escape(arg(self.tr("%1 forslag var stadig åbne og er ikke overstreget."), open_left))
                + "</p>"
            )
        self.summary = QLabel("".join(parts), self)
        self.summary.setWordWrap(True)
        self.files = QListWidget(self)
        for name in outcome.written if outcome is not None else []:
            self.files.addItem(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = buttons.addButton(self.tr("Åbn mappen"), QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(self._open)
        open_button.setEnabled(not failed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Skrevne filer:"), self))
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def _open(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))


SHORTCUTS = (
    ("N / J", QT_TRANSLATE_NOOP("ShortcutsDialog", "Næste åbne forslag")),
    ("P / K", QT_TRANSLATE_NOOP("ShortcutsDialog", "Forrige åbne forslag")),
    ("A", QT_TRANSLATE_NOOP("ShortcutsDialog", "Acceptér (overstreg) det valgte, og gå videre")),
    ("R", QT_TRANSLATE_NOOP("ShortcutsDialog", "Afvis det valgte, og gå videre")),
    ("H", QT_TRANSLATE_NOOP("ShortcutsDialog", "Hjemmel for det valgte")),
    ("V / O / T", QT_TRANSLATE_NOOP("ShortcutsDialog", "Værktøj: vælg, tegn område, markér tekst")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Overstreg alle forekomster af en tekst")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Fortryd / annullér fortryd")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("ShortcutsDialog", "Eksportér")),
    ("Ctrl++ / Ctrl+- / Ctrl+0", QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom ind / ud / tilpas bredden")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(self.tr(str(v)))}</td></tr>" for k, v in SHORTCUTS
        )
        label = QLabel(f"<table cellpadding='3'>{rows}</table>", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
