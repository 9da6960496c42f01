"""Cases: opening one (refused while another program writes it), making a new one, its title and
journal number (in the machine policy's format), and the recently opened ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from redact.core.errors import RedactError
from redact.gui import dialogs
from redact.gui.i18n import arg
from redact.services import access, review

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


class CaseController(QObject):
    """Opens and makes the window's cases; `lock` is held while a case is open (one writer at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.lock: access.CaseLock | None = None

    def fill_recent_menu(self) -> None:
        self.w.recent_menu.clear()
        for r in self.w.settings.recent:
            action = self.w.recent_menu.addAction(r)
            action.triggered.connect(lambda _c=False, path=r: self.open_case(Path(path)))
        self.w.recent_menu.setEnabled(bool(self.w.settings.recent))

    def remember(self, folder: Path) -> None:
        if not self.w.ctx.interactive:
            return
        self.w.settings.remember(folder)
        self.w.settings.save(self.w.ctx.store)
        self.fill_recent_menu()

    def open_case(self, path: Path) -> bool:
        """Open a case file or a folder holding one (e.g. a `redact batch` output folder) to work in
        it: refused with the other writer's name while another program writes the case."""
        try:
            if self.w.folder is not None and self.lock is not None and review.case_folder(path) == self.w.folder:
                self.lock.release()  # the case shown is opened again: its own lock must not refuse it
            opened = access.open_for_writing(path, "redact gui", self.w.ctx.who)
        except RedactError as exc:
            self.w.error(self.tr("Sagen kan ikke åbnes"), exc.message)
            return False
        self.w.set_case(opened.case, opened.folder, opened.lock)
        for note in opened.notes:
            self.w.error(self.tr("Loggen er repareret"), note, warning=True)
        return True

    def journal_ok(self, journal: str) -> bool:
        """The machine policy's journal-number format (`journal_format`): a number in another format
        is refused with the format named; an empty number is allowed (asked for before export)."""
        policy = self.w.ctx.policy
        if not journal.strip() or policy is None or policy.journal_number_ok(journal):
            return True
        self.w.error(
            self.tr("Journalnummeret passer ikke"),
            arg(self.tr("«%1» har ikke myndighedens format for journalnumre (%2)."), journal, policy.journal_format),
        )
        return False

    def new_case(self, folder: Path, title: str, journal: str = "") -> bool:
        if not self.journal_ok(journal):
            return False
        try:
            lock = access.lock_folder(folder, "redact gui", self.w.ctx.who)
            try:
                case = review.create_case(folder, title, journal)
            except BaseException:
                lock.release()
                raise
        except (RedactError, OSError) as exc:
            self.w.error(self.tr("Sagen kan ikke oprettes"), getattr(exc, "message", str(exc)))
            return False
        self.w.set_case(case, folder, lock)
        self.w.status(self.tr("Sagen er oprettet. Læg nu filerne ind: træk dem hertil, eller klik Tilføj filer."))
        return True

    def new_case_dialog(self) -> bool:
        dialog = dialogs.NewCaseDialog(self.w.ctx.case_dir, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.new_case(dialog.folder(), dialog.title.text(), dialog.journal.text())

    def open_case_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Åbn sag"), str(self.w.ctx.case_dir), self.tr("Sager (sag.redact);;Alle filer (*)")
        )
        if path:
            self.open_case(Path(path))

    def case_info_dialog(self, reason: str = "") -> bool:
        """Title and journal number of the case; True when the user saved them."""
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return False
        dialog = self.case_info_box(reason)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.journal_ok(dialog.journal.text()):
            return False
        review.update_info(case, folder, dialog.title.text().strip(), dialog.journal.text().strip())
        self.w.update_title()
        return True

    def case_info_box(self, reason: str = "") -> dialogs.NewCaseDialog:
        case, folder = self.w.case, self.w.folder
        assert case is not None and folder is not None
        dialog = dialogs.NewCaseDialog(folder.parent, self.w)
        dialog.setWindowTitle(self.tr("Sagsoplysninger"))
        if reason:
            dialog.intro.setText(reason)
        dialog.title.setText(case.title)
        dialog.journal.setText(case.journal)
        dialog.create_button.setText(self.tr("Gem"))
        dialog.where.setText(str(folder))
        dialog.title.textChanged.disconnect()
        dialog.journal.textChanged.disconnect()
        dialog.title.textChanged.connect(lambda t: dialog.create_button.setEnabled(bool(t.strip())))
        (dialog.journal if case.title else dialog.title).setFocus()
        return dialog

    def needs_case_info(self) -> bool:
        """A case made by `redact batch` has no journal number and a folder name for a title: the
        aktliste, the stamp on every page and the decision need them, so the first export asks."""
        case, folder = self.w.case, self.w.folder
        return case is not None and folder is not None and (not case.journal or case.title == folder.name)
