"""The case handler's own settings, stored per user with QSettings, and the dialog to change them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redact.core.legal import PERSONAL_DATA
from redact.core.policy import DEFAULT_LEGAL_BASIS, KEEP_LIST, LEGAL_BASES, ORGANISATION, Policy
from redact.services import legal

MAX_RECENT = 8


@dataclass
class UserSettings:
    organisation: str = ""
    keep_list: str = ""  # path of the staff keep-list
    default_basis: str = PERSONAL_DATA.code  # for manual redactions and withheld pages
    legal_bases: str = ""  # path of the authority's own list of legal bases (as --legal-bases)
    language: str = ""  # "" follows the system's language (i18n.system_language)
    recent: list[str] = field(default_factory=list)  # case folders, most recent first

    @classmethod
    def load(cls, store: QSettings) -> UserSettings:
        raw = store.value("recent", [])
        recent = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, (list, tuple)) else []
        return cls(
            organisation=str(store.value("organisation", "")),
            keep_list=str(store.value("keep_list", "")),
            default_basis=str(store.value("default_basis", PERSONAL_DATA.code)) or PERSONAL_DATA.code,
            legal_bases=str(store.value("legal_bases", "")),
            language=str(store.value("language", "")),
            recent=[str(r) for r in (recent or [])],
        )

    def save(self, store: QSettings) -> None:
        store.setValue("organisation", self.organisation)
        store.setValue("keep_list", self.keep_list)
        store.setValue("default_basis", self.default_basis)
        store.setValue("legal_bases", self.legal_bases)
        store.setValue("language", self.language)
        store.setValue("recent", self.recent)
        store.sync()

    def under(self, policy: Policy | None) -> UserSettings:
        """The settings in force under the machine policy: a locked key takes the policy's value;
        an unlocked one the user's, or the policy's when the user has set none."""
        if policy is None:
            return self
        out = dataclasses.replace(self, recent=list(self.recent))
        policy_keep = str(policy.keep_list) if policy.keep_list is not None else ""
        policy_bases = str(policy.legal_bases) if policy.legal_bases is not None else ""
        for key, attr, value, unset in (
            (ORGANISATION, "organisation", policy.organisation, ""),
            (KEEP_LIST, "keep_list", policy_keep, ""),
            (LEGAL_BASES, "legal_bases", policy_bases, ""),
            (DEFAULT_LEGAL_BASIS, "default_basis", policy.default_legal_basis, PERSONAL_DATA.code),
        ):
            if value and (policy.is_locked(key) or getattr(out, attr) in ("", unset)):
                setattr(out, attr, value)
        return out

    def remember(self, folder: Path) -> None:
        path = str(folder)
        self.recent = [path, *(r for r in self.recent if r != path)][:MAX_RECENT]


def basis_combo(parent: QWidget, current: str, choices: list[legal.Choice] | None = None) -> QComboBox:
    """The legal bases to pick from, those suggested for a kind of information first (services.legal);
    free text is allowed for a basis not on the list."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    if choices is None:
        choices = legal.basis_choices(legal.legal_bases(), legal.suggestions())
    for c in choices:
        mark = QCoreApplication.translate("Texts", "  – foreslået for det valgte") if c.suggested else ""
        combo.addItem(c.text + mark, c.code)
        combo.setItemData(combo.count() - 1, c.description, Qt.ItemDataRole.ToolTipRole)
    k = combo.findData(current)
    if k >= 0:
        combo.setCurrentIndex(k)
    else:
        combo.setEditText(current)
    return combo


def chosen_basis(combo: QComboBox) -> str:
    k = combo.findText(combo.currentText())
    if k >= 0:
        return str(combo.itemData(k))
    return combo.currentText().strip()


class SettingsDialog(QDialog):
    def __init__(
        self, settings: UserSettings, parent: QWidget | None = None, locked: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indstillinger"))
        self.settings = settings
        form = QFormLayout()
        self.organisation = QLineEdit(settings.organisation, self)
        self.organisation.setPlaceholderText(self.tr("fx Eksempel Kommune, Borgerservice"))
        form.addRow(self.tr("&Organisation:"), self.organisation)

        self.keep_list = QLineEdit(settings.keep_list, self)
        self.keep_list.setPlaceholderText(self.tr("tekstfil med én medarbejder pr. linje"))
        browse = self._file_row(
            form,
            self.tr("&Medarbejderliste:"),
            self.keep_list,
            self.tr(
                "Navne, telefonnumre og e-mailadresser på listen foreslås aldrig overstreget. "
                "Skifter du listen, kan den også bruges på sagens åbne forslag."
            ),
        )
        browse.clicked.connect(self._browse)

        self.legal_bases = QLineEdit(settings.legal_bases, self)
        self.legal_bases.setPlaceholderText(self.tr("myndighedens egen liste over hjemler (YAML)"))
        browse_bases = self._file_row(
            form,
            self.tr("&Egne hjemler:"),
            self.legal_bases,
            self.tr("Lægges oven på de medfølgende hjemler, som «redact export --legal-bases» gør det."),
        )
        browse_bases.clicked.connect(self._browse_bases)

        self.basis = basis_combo(self, settings.default_basis)
        form.addRow(self.tr("Standard&hjemmel:"), self.basis)
        basis_hint = QLabel(self.tr("Bruges til manuelle overstregninger og undtagne sider."), self)
        basis_hint.setWordWrap(True)
        form.addRow("", basis_hint)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Som systemet"), "")
        # each language by its own name, so a reader of it finds it whatever the app speaks now
        for name, code in (("Dansk", "da"), ("English", "en"), ("Norsk (bokmål)", "nb"), ("Svenska", "sv")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("&Sprog:"), self.language)
        form.addRow("", QLabel(self.tr("Sproget skifter, næste gang programmet startes."), self))

        # what the machine policy locks is shown, not changeable (docs/deployment.md)
        self.browse = browse
        for key, widgets in (
            (ORGANISATION, (self.organisation,)),
            (KEEP_LIST, (self.keep_list, browse)),
            (DEFAULT_LEGAL_BASIS, (self.basis,)),
            (LEGAL_BASES, (self.legal_bases, browse_bases)),
        ):
            if key in locked:
                for w in widgets:
                    w.setEnabled(False)
                    w.setToolTip(self.tr("Låst af myndighedens IT (maskinens politik)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _file_row(self, form: QFormLayout, label: str, edit: QLineEdit, hint: str) -> QPushButton:
        """A file path with a "Vælg…" button and a hint under it; returns the button."""
        browse = QPushButton(self.tr("Vælg…"), self)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(browse)
        # A row whose field is a layout gets no buddy from QFormLayout, and its "&" would be shown.
        buddy = QLabel(label, self)
        buddy.setBuddy(edit)
        form.addRow(buddy, row)
        note = QLabel(hint, self)
        note.setWordWrap(True)
        form.addRow("", note)
        return browse

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg medarbejderliste"), self.keep_list.text(), self.tr("Tekstfiler (*.txt);;Alle filer (*)")
        )
        if path:
            self.keep_list.setText(path)

    def _browse_bases(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg liste over hjemler"), self.legal_bases.text(), self.tr("YAML-filer (*.yaml *.yml)")
        )
        if path:
            self.legal_bases.setText(path)

    def result_settings(self) -> UserSettings:
        """The settings as the dialog shows them (the caller saves them on OK)."""
        return UserSettings(
            organisation=self.organisation.text().strip(),
            keep_list=self.keep_list.text().strip(),
            default_basis=chosen_basis(self.basis) or PERSONAL_DATA.code,
            legal_bases=self.legal_bases.text().strip(),
            language=str(self.language.currentData()),
            recent=list(self.settings.recent),
        )
