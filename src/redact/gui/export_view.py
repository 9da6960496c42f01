"""The released version: the preview of one document (exported and verified as the export does
it, made in the background and kept until the decisions change) and the export of the release
package, with its questions before (case details, open proposals, the folder) and its report after."""

from __future__ import annotations

import dataclasses
import functools
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from redact.core.case import Case, State
from redact.core.errors import RedactError
from redact.core.progress import CancelToken, Progress
from redact.gui import dialogs
from redact.gui.i18n import arg
from redact.gui.lower_texts import lower
from redact.gui.tasks import CANCELLED, OK, Task
from redact.services import exporting, package, rendering, worker
from redact.services.package import PackageOutcome

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow

EXPORT_DIR = "aktindsigt"  # the default package folder, inside the case folder (as `redact export`)


def case_snapshot(case: Case) -> Case:
    """A copy a worker can read while the window goes on deciding (the items are frozen)."""
    return dataclasses.replace(
        case, documents=list(case.documents), proposals=dict(case.proposals), decisions=list(case.decisions)
    )


class ExportController(QObject):
    """Previews and exports the window's case; `last_export` and `report_dialog` say how it went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.last_export: tuple[PackageOutcome | None, Path] | None = None  # None: the package failed
        self.report_dialog: dialogs.ExportReportDialog | None = None
        self.preview_dir: Path | None = None
        self.previews: dict[str, tuple[int, Path]] = {}  # doc id -> (decisions when made, file)
        self.preview_error: dict[str, str] = {}

    def clear_previews(self) -> None:
        self.previews = {}
        self.preview_error = {}
        if self.preview_dir is not None:
            shutil.rmtree(self.preview_dir, ignore_errors=True)
            self.preview_dir = None

    def preview_path(self, doc_id: str) -> Path | None:
        """The preview of a document if it is up to date with the decisions."""
        have = self.previews.get(doc_id)
        if have is None or self.w.case is None or have[0] != len(self.w.case.decisions):
            return None
        return have[1]

    def show_preview(self, doc_id: str) -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return
        path = self.preview_path(doc_id)
        if path is not None:
            self.w.page_view.set_pages(
                rendering.file_page_sizes(path), lambda p, z: rendering.render_file_page(path, p, z)
            )
            self.w.page_view.set_overlays([])
            return
        error = self.preview_error.get(doc_id)
        if error:
            message = arg(self.tr("Dokumentet kan ikke udleveres, som det står:\n\n%1"), lower(error))
            self.w.page_view.show_message(message)
            return
        self.w.page_view.show_message(self.tr("Forhåndsvisningen laves…"))
        if self.preview_dir is None:
            self.preview_dir = Path(tempfile.mkdtemp(prefix="redact-preview-"))
        made_at = len(case.decisions)
        out = self.preview_dir / f"{doc_id}-{made_at}"
        snapshot = case_snapshot(case)
        ctx = self.w.ctx

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return exporting.preview_document(snapshot, folder, doc_id, out, progress, cancel, isolated=ctx.isolated)

        def done(kind: str, payload: Any) -> None:
            if self.w.case is not case:
                return
            if kind == OK:
                self.previews[doc_id] = (made_at, payload)
            elif kind != CANCELLED:
                self.preview_error[doc_id] = str(payload)
            if self.w.act_preview.isChecked() and self.w.doc_id == doc_id:
                self.show_preview(doc_id)

        self.w.runner.submit(Task(self.tr("Laver forhåndsvisning"), work, on_done=done))

    def export_dialog(self) -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return
        if self.w.cases.needs_case_info() and not self.w.cases.case_info_dialog(
            self.tr(
                "Sagen har endnu ingen titel eller intet journalnummer. De står i aktlisten, i stemplet på "
                "hver side og i afgørelsen: udfyld dem før eksporten."
            )
        ):
            return
        open_left = sum(1 for s in case.states().values() if s is State.OPEN)
        if open_left:
            box = self.open_proposals_box(open_left)
            box.exec()
            if box.clickedButton() is not box.property("export_anyway"):
                self.w.deciding.next_open()
                return
        target = folder / EXPORT_DIR
        box = dialogs.message_box(
            self.w,
            QMessageBox.Icon.Question,
            self.tr("Eksportér"),
            arg(
                self.tr(
                    "Pakken til aktindsigt (overstregede og kontrollerede PDF'er, aktliste, udkast til afgørelse "
                    "og revisionsspor) gemmes i:\n\n%1\n\nEn tidligere pakke dér erstattes."
                ),
                target,
            ),
        )
        export = box.addButton(self.tr("Eksportér"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Vælg en anden mappe…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is other:
            path = QFileDialog.getExistingDirectory(self.w, self.tr("Vælg mappe til pakken"), str(folder))
            if not path:
                return
            target = Path(path)
        elif box.clickedButton() is not export:
            return
        self.export_to(target)

    def open_proposals_box(self, open_left: int) -> QMessageBox:
        """The warning before exporting with open proposals. Open proposals are not redacted, so the
        safe answer (go to the next open proposal) is the default: Enter or Esc never exports."""
        box = dialogs.message_box(
            self.w,
            QMessageBox.Icon.Warning,
            self.tr("Åbne forslag"),
            arg(self.tr("%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget."), open_left),
        )
        go = box.addButton(self.tr("Gå til næste åbne forslag"), QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(self.tr("Eksportér alligevel"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go)
        box.setEscapeButton(go)
        box.setProperty("export_anyway", anyway)
        return box

    def export_to(self, out_dir: Path) -> bool:
        """Export in the background; the report dialog shows what was written and what failed."""
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            return False
        try:
            exporting.check_export_folder(case, out_dir)
            exporting.check_export_folder(case, out_dir / package.DOCUMENTS_DIR)
        except RedactError as exc:
            self.w.error(self.tr("Vælg en anden mappe"), exc.message)
            return False
        snapshot = case_snapshot(case)
        open_left = sum(1 for s in case.states().values() if s is State.OPEN)
        ctx = self.w.ctx

        # the authority's own legal bases, letterhead and name (settings or machine policy)
        bases = self.w.session.bases
        head = ctx.policy.letterhead if ctx.policy is not None else None
        organisation = self.w.settings.organisation

        def work(progress: Progress, cancel: CancelToken) -> PackageOutcome:
            export = functools.partial(package.export_package, letterhead=head, organisation=organisation)
            if ctx.isolated:
                return worker.run_isolated(export, snapshot, folder, out_dir, bases, progress=progress, cancel=cancel)
            return export(snapshot, folder, out_dir, bases, progress=progress, cancel=cancel)

        def done(kind: str, payload: Any) -> None:
            if kind == OK:
                outcome: PackageOutcome = payload
                self.last_export = (outcome, out_dir)
                released = sum(1 for r in outcome.documents if r.file)
                self.w.status(arg(self.tr("Pakken er skrevet i %1 (%2 dokumenter udleveret)"), out_dir, released))
                self.report_dialog = dialogs.ExportReportDialog(outcome, out_dir, open_left, self.w)
            elif kind == CANCELLED:
                self.w.status(self.tr("Eksporten blev afbrudt."))
                return
            else:
                self.last_export = (None, out_dir)
                why = lower(str(payload))
                self.w.status(arg(self.tr("Eksporten mislykkedes: %1"), why))
                self.report_dialog = dialogs.ExportReportDialog(None, out_dir, open_left, self.w, error=why)
            if self.w.ctx.interactive:
                self.report_dialog.open()

        self.w.runner.submit(Task(self.tr("Eksporterer"), work, on_done=done))
        return True
