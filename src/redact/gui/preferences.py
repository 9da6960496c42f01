"""The case handler's settings in force: the settings dialog under the machine policy, the
authority's own legal bases, and what a changed setting does to the open case (a changed staff
keep-list is offered for the open proposals)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from redact.core.decision import Action
from redact.core.errors import RedactError
from redact.core.legal import LegalBasis
from redact.gui import dialogs
from redact.gui.i18n import arg
from redact.gui.settings import SettingsDialog, UserSettings
from redact.services import legal, review, staff

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


def own_bases_of(settings: UserSettings) -> tuple[Path, ...]:
    return (Path(settings.legal_bases),) if settings.legal_bases else ()


def legal_bases_of(settings: UserSettings) -> tuple[dict[str, LegalBasis], str]:
    """The bundled legal bases with the authority's own file (settings or machine policy) over
    them; when that file cannot be used, the bundled list and why."""
    try:
        return legal.bases_with(*own_bases_of(settings)), ""
    except RedactError as exc:
        return legal.loaded_bases(), exc.message


class SettingsController(QObject):
    """Changes the window's settings; `keep_list_box` is the last question about the keep-list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.bases_error = ""  # why the authority's own legal bases cannot be used, if they cannot
        self.keep_list_box: QMessageBox | None = None

    def settings_dialog(self) -> None:
        locked = self.w.ctx.policy.locked if self.w.ctx.policy is not None else frozenset()
        dialog = SettingsDialog(self.w.settings, self.w, locked)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def bases_unusable(self) -> None:
        if self.bases_error:
            self.w.error(self.tr("Myndighedens hjemler kan ikke bruges"), self.bases_error, warning=True)

    def apply_settings(self, settings: UserSettings) -> None:
        settings = settings.under(self.w.ctx.policy)  # a locked setting stays the policy's
        changed_list = settings.keep_list != self.w.settings.keep_list
        changed_bases = settings.legal_bases != self.w.settings.legal_bases
        self.w.settings = settings
        self.w.session.default_basis = settings.default_basis
        if changed_bases:
            bases, self.bases_error = legal_bases_of(settings)
            self.w.session.set_bases(bases, () if self.bases_error else own_bases_of(settings))
            self.bases_unusable()
        settings.save(self.w.ctx.store)
        self.w.update_title()
        if changed_list:
            self.offer_keep_list()

    def offer_keep_list(self) -> list[str]:
        """A staff keep-list chosen or changed: offer to reject the open proposals it keeps (one
        action, Ctrl+Z takes it back). Returns their ids; the question is `self.keep_list_box`."""
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return []
        try:
            keep = review.load_keep_list(self.w.settings.keep_list)
        except RedactError as exc:
            self.w.error(self.tr("Medarbejderlisten kan ikke læses"), exc.message)
            return []
        ids = staff.kept_open_proposals(case, folder, keep)
        if not ids:
            self.w.status(self.tr("Medarbejderlisten bruges på filer, der lægges ind fremover."))
            return []
        examples = ", ".join(dict.fromkeys(f"«{case.proposals[i].text}»" for i in ids[:40]))
        box = dialogs.message_box(
            self.w,
            QMessageBox.Icon.Question,
            self.tr("Medarbejderliste"),
            arg(
                self.tr(
                    "Medarbejderlisten omfatter %1 af sagens åbne forslag:\n\n%2\n\nAfvis dem nu? (Ctrl+Z fortryder)"
                ),
                len(ids),
                examples,
            ),
        )
        yes = box.addButton(self.tr("Afvis dem"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Lad dem stå"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)

        def answered(button: object) -> None:
            if button is yes and self.w.case is case:
                taken = self.w.deciding.decide(ids, Action.REJECT)
                self.w.status(arg(self.tr("%1 forslag på medarbejderlisten er afvist. Ctrl+Z fortryder."), len(taken)))

        box.buttonClicked.connect(answered)
        self.keep_list_box = box
        if self.w.ctx.interactive:
            box.open()
        return ids
