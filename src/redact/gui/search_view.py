"""Search and redact across the case (the find dialog, searching in the background, showing a hit
on its page) and redacting text selected on the page, once or at every occurrence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from redact.core.decision import Decision
from redact.core.progress import CancelToken, Progress
from redact.gui.export_view import case_snapshot
from redact.gui.find_dialog import FindDialog
from redact.gui.i18n import arg
from redact.gui.tasks import OK, Task
from redact.services import search

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


class SearchController(QObject):
    """What the find dialog and a text selection on the page do to the window's case."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.find_dialog: FindDialog | None = None
        self.text_selection: search.Occurrence | None = None

    def text_selected(self, page: int, start: int, end: int) -> None:
        pt = self.w.page_text(page)
        if pt is None or self.w.doc_id is None:
            return
        self.text_selection = search.occurrence_for_range(self.w.doc_id, pt, start, end)
        if self.text_selection is None:
            return
        text = self.text_selection.text
        short = text if len(text) <= 40 else text[:37] + "…"
        menu = QMenu(self.w)
        menu.addAction(arg(self.tr("Overstreg «%1»"), short), self.redact_text_selection)
        menu.addAction(
            arg(self.tr("Overstreg alle forekomster af «%1» i sagen…"), short), lambda: self.find_dialog_open(text)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Annullér"), self.w.page_view.clear_text_selection)
        self.w.status(self.tr("Tryk Enter for at overstrege markeringen, eller vælg i menuen."))
        if self.w.ctx.interactive:
            menu.popup(QCursor.pos())

    def redact_text_selection(self) -> None:
        occ = self.text_selection
        if occ is None:
            return
        self.redact_occurrence(occ)

    def redact_occurrence(self, occ: search.Occurrence) -> Decision | None:
        if not self.w.session.is_open:
            return None
        self.w.highlight_opts = {"scroll": False}
        d = self.w.session.redact_area(occ.document, occ.page, occ.boxes, occ.text)
        self.w.highlight_opts = {}
        self.text_selection = None
        self.w.page_view.clear_text_selection()
        return d

    def redact_all(self, occurrences: list[search.Occurrence], basis: str = "") -> list[Decision]:
        if not self.w.session.is_open:
            return []
        taken = self.w.session.redact_occurrences(occurrences, basis)
        self.w.status(arg(self.tr("%1 forekomster bliver overstreget. Ctrl+Z fortryder dem alle."), len(taken)))
        return taken

    def find_dialog_open(self, text: str = "") -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return
        if not text and self.text_selection is not None:
            text = self.text_selection.text
        dialog = FindDialog(case, text, self.w.settings.default_basis, self.w)
        self.find_dialog = dialog
        dialog.search_requested.connect(self.search)
        dialog.show_requested.connect(self.show_occurrence)
        dialog.accepted.connect(lambda: self.redact_all(dialog.results, dialog.chosen_basis()))
        dialog.open()
        if text:
            dialog.search_button.click()

    def show_occurrence(self, occ: search.Occurrence) -> None:
        """Show a search hit on its page, marked, without deciding anything."""
        if not self.w.session.is_open:
            return
        self.w.select_document(occ.document, occ.page)
        self.w.page_view.mark(occ.page, occ.boxes)

    def search(self, text: str, regex: bool, match_case: bool, whole: bool) -> None:
        case, folder, dialog = self.w.case, self.w.folder, self.find_dialog
        if case is None or folder is None or dialog is None:
            return
        snapshot = case_snapshot(case)
        generation = dialog.generation

        def work(progress: Progress, cancel: CancelToken) -> list[search.Occurrence]:
            return search.find_occurrences(snapshot, folder, text, regex, match_case, whole, progress, cancel)

        def done(kind: str, payload: Any) -> None:
            if kind == OK:
                dialog.show_results(payload, generation)
            else:
                dialog.show_error(str(payload) if payload else self.tr("Søgningen blev afbrudt."), generation)

        self.w.runner.submit(Task(self.tr("Søger i sagen"), work, on_done=done))
