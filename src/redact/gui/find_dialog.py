"""Search and redact across the case, as Acrobat users know it: every hit listed with the words
around it, a click shows the hit on its page, single hits can be unticked, and presets search for
the usual Danish identifiers. The search itself runs in the window's task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redact.core.case import Case
from redact.gui.i18n import arg, counted
from redact.gui.settings import basis_combo, chosen_basis
from redact.services import decisions, search
from redact.services.session import SEARCH_PRESETS

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the hit's index in `found`


class FindDialog(QDialog):
    search_requested = Signal(str, bool, bool, bool)  # text, regex, match case, whole words
    show_requested = Signal(object)  # a search.Occurrence to show on its page

    def __init__(self, case: Case, text: str, basis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Søg og overstreg"))
        self._case = case
        self.found: list[search.Occurrence] = []
        self.results: list[search.Occurrence] = []  # the hits ticked for redaction
        self.text = QLineEdit(text, self)
        self.text.setPlaceholderText(self.tr("tekst eller mønster, fx et navn"))
        self.presets = QComboBox(self)
        self.presets.addItem(self.tr("Mønstre…"), "")
        for preset in SEARCH_PRESETS:
            self.presets.addItem(preset.name, preset.pattern)
        self.presets.setToolTip(self.tr("Søg efter de almindelige danske numre og adresser"))
        self.regex = QCheckBox(self.tr("&Mønster (regulært udtryk)"), self)
        self.match_case = QCheckBox(self.tr("Forskel på &store og små bogstaver"), self)
        self.whole_words = QCheckBox(self.tr("Kun &hele ord"), self)
        self.whole_words.setChecked(True)
        self.search_button = QPushButton(self.tr("&Søg i sagen"), self)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self._search)
        self.summary = QLabel(self.tr("Skriv teksten, og tryk Søg i sagen."), self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Klik for at se forekomsten på siden; fjern fluebenet for at lade den stå"))
        self.basis = basis_combo(self, basis)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.redact_button = self.buttons.addButton(self.tr("Overstreg valgte"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.redact_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.presets)
        row.addWidget(self.search_button)
        options = QHBoxLayout()
        for box in (self.whole_words, self.match_case, self.regex):
            options.addWidget(box)
        options.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Hjemmel:"), self.basis)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        # Hits belong to the search that found them: any edit of the search makes them stale.
        self.generation = 0
        self.text.textChanged.connect(self._stale)
        for box in (self.whole_words, self.match_case, self.regex):
            box.toggled.connect(self._stale)
        self.presets.activated.connect(self._preset)
        self.list.itemChanged.connect(lambda _item: self._ticked())
        self.list.currentItemChanged.connect(self._current)

    def _preset(self, k: int) -> None:
        pattern = str(self.presets.itemData(k) or "")
        if not pattern:
            return
        self.regex.setChecked(True)
        self.whole_words.setChecked(False)
        self.text.setText(pattern)
        self._search()

    def _stale(self) -> None:
        """The search text or an option changed: the hits shown no longer answer it."""
        self.generation += 1
        self.found, self.results = [], []
        self.list.clear()
        self.redact_button.setEnabled(False)
        self.redact_button.setText(self.tr("Overstreg valgte"))
        self.search_button.setEnabled(True)
        self.summary.setText(self.tr("Skriv teksten, og tryk Søg i sagen."))

    def _search(self) -> None:
        if not self.text.text().strip():
            return
        self._stale()
        self.search_button.setEnabled(False)
        self.summary.setText(self.tr("Søger…"))
        self.search_requested.emit(
            self.text.text(), self.regex.isChecked(), self.match_case.isChecked(), self.whole_words.isChecked()
        )

    def show_error(self, message: str, generation: int | None = None) -> None:
        if generation is not None and generation != self.generation:
            return
        self.search_button.setEnabled(True)
        self.summary.setText(message)

    def show_results(self, found: list[search.Occurrence], generation: int | None = None) -> None:
        """List what a search found, each hit with the words around it; the answer to an earlier
        search (`generation`) is dropped. Hits not yet redacted are ticked."""
        if generation is not None and generation != self.generation:
            return
        self.search_button.setEnabled(True)
        self.list.blockSignals(True)
        self.list.clear()
        self.found = list(found)
        titles = {d.id: d.title for d in self._case.documents}
        for k, o in enumerate(found):
            done = decisions.is_covered(self._case, o)
            where = arg(self.tr("%1, s. %2"), titles.get(o.document, o.document), o.page + 1)
            line = f"{where}:  {o.before}«{o.text}»{o.after}"
            item = QListWidgetItem(line + (self.tr("  (allerede overstreget)") if done else ""))
            item.setData(HIT_ROLE, k)
            if done:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(self.palette().placeholderText())
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._ticked()

    def _ticked(self) -> None:
        """The ticked hits are what "Overstreg valgte" redacts."""
        ticked = []
        for r in range(self.list.count()):
            item = self.list.item(r)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() is Qt.CheckState.Checked:
                ticked.append(self.found[int(item.data(HIT_ROLE))])
        self.results = ticked
        found = self.found
        if not found:
            self.summary.setText(self.tr("Ingen forekomster i sagen.") if self.generation else "")
        else:
            docs = len({o.document for o in found})
            hits = counted(len(found), self.tr("forekomst"), self.tr("forekomster"))
            documents = counted(docs, self.tr("dokument"), self.tr("dokumenter"))
            self.summary.setText(arg(self.tr("%1 i %2; %3 valgt til overstregning."), hits, documents, len(ticked)))
        self.redact_button.setText(arg(self.tr("Overstreg valgte (%1)"), len(ticked)))
        self.redact_button.setEnabled(bool(ticked))

    def _current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_requested.emit(self.found[int(item.data(HIT_ROLE))])

    def chosen_basis(self) -> str:
        return chosen_basis(self.basis)
