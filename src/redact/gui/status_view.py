"""The status bar: one line of what happened, the page and open counts, the progress of long work
with its cancel button, and that every decision is saved."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from redact.gui.i18n import arg, counted
from redact.services.session import ReviewSession

MAX_LINE = 160


class StatusView(QObject):
    def __init__(self, session: ReviewSession, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.session = session
        self.label = QLabel(bar)
        self.counts = QLabel(bar)
        self.saved = QLabel(bar)
        self.saved.setToolTip(self.tr("Hver beslutning gemmes med det samme; der er intet at gemme"))
        self.progress = QProgressBar(bar)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Annullér"), bar)
        self.cancel.hide()
        self._task_line = ""
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.saved)

    def show(self, text: str) -> None:
        """One line; the whole text (an error can be long) as its tooltip."""
        line = " ".join(text.split())
        self.label.setToolTip(text if line != text or len(line) > MAX_LINE else "")
        self.label.setText(line if len(line) <= MAX_LINE else line[: MAX_LINE - 3] + "…")

    def update_counts(self, page: int, pages: int) -> None:
        if self.session.case is None:
            self.counts.setText("")
            return
        open_, docs = self.session.open_counts()
        where = arg(self.tr("Side %1 af %2 · "), page + 1, pages) if pages else ""
        if open_:
            documents = counted(docs, self.tr("dokument"), self.tr("dokumenter"))
            counts = arg(self.tr("%1 åbne forslag i %2"), open_, documents)
        else:
            counts = self.tr("Ingen åbne forslag")
        self.counts.setText(where + counts)

    def busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if not busy:
            self.progress.reset()
            if self.label.text() == self._task_line:
                self.show("")

    def task_begun(self, task_label: str, total: int, label: str) -> None:
        # The bar holds only the count; what is being done goes into the status line, which has room.
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setFormat("%v/%m")
        digits = "0" * len(str(max(total, 1)))
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(f"{digits}/{digits}") + 48)
        self._task_line = (label or task_label) + "…"
        self.show(self._task_line)

    def advanced(self) -> None:
        self.progress.setValue(self.progress.value() + 1)
