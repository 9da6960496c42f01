"""Deciding: accept and reject (and go on to the next open proposal, saying so when it is in
another document), the legal basis, accepting everything, withholding a page or a document, and
undo and redo. Every decision goes through the window's review session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from redact.core.case import State
from redact.core.decision import Action, Decision
from redact.core.errors import RedactError
from redact.gui import dialogs
from redact.gui.i18n import arg
from redact.services.session import Moved

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


class DecisionController(QObject):
    """What the decision buttons, keys and menus do to the window's case."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def decide(self, proposal_ids: Sequence[str], action: Action, basis: str = "") -> list[Decision]:
        if not self.w.session.is_open or not proposal_ids:
            return []
        return self.w.session.decide(proposal_ids, action, basis)

    def accept_selected(self) -> None:
        self._decide_selected(Action.ACCEPT)

    def reject_selected(self) -> None:
        self._decide_selected(Action.REJECT)

    def _decide_selected(self, action: Action) -> None:
        if not self.w.session.is_open:
            return
        proposals, manual, what = self.w.targets()
        if action is Action.REJECT and manual and not proposals:
            self.w.session.remove_manual(manual)
            self.w.status(self.tr("Den manuelle overstregning er fjernet (Ctrl+Z fortryder)."))
            return
        if not proposals:
            return
        outcome = self.w.session.decide_and_go_on(proposals, action)
        if not outcome.decisions:
            self.w.status(self.tr("Allerede afgjort."))
        elif action is Action.ACCEPT:
            self.w.status(arg(self.tr("Accepteret: %1 bliver overstreget. Ctrl+Z fortryder."), what))
        else:
            self.w.status(arg(self.tr("Afvist: %1 bliver stående. Ctrl+Z fortryder."), what))
        if outcome.next_item is None:
            self.w.status(self.tr("Ingen åbne forslag tilbage. Sagen er klar til eksport (Ctrl+E)."))
        elif outcome.moved is not None:
            self.say_moved(outcome.moved)

    def say_moved(self, moved: Moved) -> None:
        """The review went on in another document: never change document behind the user's back."""
        text = (
            self.tr("Videre til «%2», side %3 (%4 åbne forslag tilbage i «%1»).")
            if moved.left_behind
            else self.tr("Ingen åbne forslag tilbage i «%1»: videre til «%2», side %3.")
        )
        self.w.moved_note = arg(text, moved.from_title, moved.to_title, moved.page + 1, moved.left_behind)
        self.w.status(self.w.moved_note)
        self.w._show_banner()
        self.w.moved_note = ""

    def next_open(self) -> None:
        self._step(backwards=False)

    def previous_open(self) -> None:
        self._step(backwards=True)

    def _step(self, backwards: bool) -> None:
        if not self.w.session.is_open:
            return
        moved, nxt = self.w.session.step(backwards)
        if nxt is None:
            self.w.status(self.tr("Ingen åbne forslag tilbage."))
        elif moved is not None:
            self.say_moved(moved)

    def accept_all_dialog(self) -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return
        open_ids = [pid for pid, s in case.states().items() if s is State.OPEN]
        if not open_ids:
            self.w.status(self.tr("Ingen åbne forslag."))
            return
        answer = QMessageBox.question(
            self.w,
            self.tr("Acceptér alle"),
            arg(self.tr("Acceptér alle %1 åbne forslag i sagen? (Ctrl+Z fortryder)"), len(open_ids)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.decide(open_ids, Action.ACCEPT)

    def basis_dialog(self) -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return
        proposals, manual, what = self.w.targets()
        ids = proposals + manual
        if not ids:
            return
        bases = case.bases()
        current = bases.get(ids[0], self.w.settings.default_basis)
        dialog = dialogs.BasisDialog(current, what, self.w, choices=self.w.session.basis_choices(ids))
        dialog.accepted.connect(lambda: self.set_basis(ids, dialog.basis()))
        dialog.open()

    def set_basis(self, ids: Sequence[str], basis: str) -> None:
        if not self.w.session.is_open or not basis:
            return
        self.w.session.set_basis(ids, basis)
        self.w.status(arg(self.tr("Hjemmel sat til %1."), self.w.session.citation(basis)))

    def undo(self) -> None:
        if not self.w.session.is_open:
            return
        undone = self.w.session.undo()
        if not undone:
            self.w.status(self.tr("Der er intet at fortryde."))
            return
        self.w.status(arg(self.tr("Fortrudt: %1"), self._describe_decisions(undone)))

    def redo(self) -> None:
        if not self.w.session.is_open:
            return
        again = self.w.session.redo()
        if not again:
            self.w.status(self.tr("Der er intet at gentage."))
            return
        self.w.status(arg(self.tr("Gentaget: %1"), self._describe_decisions(again)))

    def _describe_decisions(self, decisions: list[Decision]) -> str:
        action = decisions[0].action
        names = {
            Action.ACCEPT: self.tr("accept"),
            Action.REJECT: self.tr("afvisning"),
            Action.MANUAL: self.tr("manuel overstregning"),
            Action.UNDO: self.tr("fortrydelse"),
            Action.WITHHOLD_DOCUMENT: self.tr("undtagelse af dokumentet"),
            Action.WITHHOLD_PAGE: self.tr("undtagelse af siden"),
            Action.LANGUAGE: self.tr("skift af sprog"),
        }
        name = names.get(action, str(action))
        if len(decisions) == 1 or action is Action.LANGUAGE:
            return name
        return arg(self.tr("%1 af %2"), name, len(decisions))

    def withhold_current_page(self, basis: str = "") -> bool:
        """Leave the page shown out of the release (a WITHHOLD_PAGE decision); asks for the basis."""
        case, folder, doc_id = self.w.case, self.w.folder, self.w.doc_id
        if case is None or folder is None or doc_id is None or self.w.page_view.page_count == 0:
            return False
        page = max(0, self.w.page_view.current_page())
        what = arg(self.tr("side %1"), page + 1)
        return self._withhold(doc_id, page, what, basis)

    def withhold_current_document(self, basis: str = "") -> bool:
        """Leave the document shown out of the release (a WITHHOLD_DOCUMENT decision); asks for the basis."""
        case, folder, doc_id = self.w.case, self.w.folder, self.w.doc_id
        if case is None or folder is None or doc_id is None or self.w.page_view.page_count == 0:
            return False
        return self._withhold(doc_id, -1, self.tr("hele dokumentet"), basis)

    def _withhold(self, doc_id: str, page: int, what: str, basis: str) -> bool:
        if basis or not self.w.ctx.interactive:
            return self.withhold(doc_id, page, basis or self.w.settings.default_basis)
        choices = self.w.session.basis_choices(withhold=True)
        dialog = dialogs.BasisDialog(self.w.settings.default_basis, what, self.w, withhold=True, choices=choices)
        dialog.accepted.connect(lambda: self.withhold(doc_id, page, dialog.basis()))
        dialog.open()
        return True

    def withhold(self, doc_id: str, page: int, basis: str) -> bool:
        """Record the withholding of a document (page -1) or one page of it under `basis`, as `redact withhold`."""
        if not self.w.session.is_open or not basis:
            return False
        try:
            self.w.session.withhold(doc_id, page, basis)
        except RedactError as exc:
            self.w.error(self.tr("Kan ikke undtage"), exc.message)
            return False
        citation = self.w.session.citation(basis)
        if page >= 0:
            self.w.status(arg(self.tr("Side %1 er undtaget efter %2. Ctrl+Z fortryder."), page + 1, citation))
        else:
            self.w.status(arg(self.tr("Dokumentet er undtaget efter %1. Ctrl+Z fortryder."), citation))
        return True
