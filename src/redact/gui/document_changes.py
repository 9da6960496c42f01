"""Changes to the case's documents from the document list: removing and moving documents, and
reading one again in another language (with the case-wide consistency pass, as `redact sprog`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from redact.core.errors import RedactError
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, Progress
from redact.gui.i18n import arg
from redact.gui.tasks import CANCELLED, OK, Task
from redact.services import review, worker
from redact.services.language import apply_language, redetect

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


class DocumentChanges(QObject):
    """What the document list's buttons and language control do to the window's case."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def current_document_ids(self) -> list[str]:
        return self.w.documents.chosen_ids() or ([self.w.doc_id] if self.w.doc_id else [])

    def remove_documents(self, doc_ids: list[str]) -> None:
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None or not doc_ids:
            return
        review.remove_documents(case, folder, doc_ids)
        self.w.doc_model.set_pending(self.w.adding.pending)
        gone = self.w.doc_id in doc_ids
        if gone:
            self.w.session.show_document(None)
        self.w.reload_tree()
        if gone:
            if case.documents:
                self.w.select_document(case.documents[0].id)
            else:
                self.w.page_view.show_message(self.tr("Sagen har ingen dokumenter."))
        self.w.update_all()

    def remove_documents_dialog(self) -> None:
        ids = self.current_document_ids()
        if self.w.case is None or not ids:
            return
        names = "\n".join(self.w.case.document(i).title for i in ids)
        answer = QMessageBox.question(
            self.w,
            self.tr("Fjern dokumenter"),
            arg(self.tr("Fjern disse dokumenter fra sagen?\n\n%1\n\nOriginalerne bliver ikke rørt."), names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_documents(ids)

    def move_document(self, delta: int) -> None:
        if self.w.case is None or self.w.folder is None or self.w.doc_id is None:
            return
        review.move_document(self.w.case, self.w.folder, self.w.doc_id, delta)
        self.w.doc_model.set_pending(self.w.adding.pending)
        row = self.w.doc_model.row_of(self.w.doc_id)
        self.w.doc_view.setCurrentIndex(self.w.doc_model.index(row, 0))

    def change_language(self, code: str) -> bool:
        """Read the shown document again in `code` (in the background) and run the case-wide
        consistency pass, as `redact sprog` does; decided proposals stay."""
        case, folder, doc_id = self.w.case, self.w.folder, self.w.doc_id
        if case is None or folder is None or doc_id is None:
            return False
        doc = case.document(doc_id)
        if code == (doc.language or "da") or not doc.normalized:
            return False
        try:
            keep = review.load_keep_list(self.w.settings.keep_list)
        except RedactError as exc:
            self.w.error(self.tr("Medarbejderlisten kan ikke læses"), exc.message)
            keep = KeepList()
        ctx, pdf = self.w.ctx, folder / doc.normalized
        self.w.documents.language.setEnabled(False)

        def work(progress: Progress, cancel: CancelToken) -> Any:
            if ctx.isolated:
                return worker.run_isolated(redetect, pdf, code, ctx.detectors, progress=progress, cancel=cancel)
            return redetect(pdf, code, ctx.detectors, progress)

        def done(kind: str, payload: Any) -> None:
            if kind == OK and self.w.case is case and self.w.folder is folder:
                change = apply_language(case, folder, doc_id, code, payload, keep, self.w.session.who)
                if self.w.selected is not None and self.w.session.location(self.w.selected) is None:
                    self.w.session.select(None)
                self.w.export.clear_previews()
                self.w.reload_tree()
                self.w.status(
                    arg(
                        self.tr("%1 er nu på %2: %3 åbne forslag fjernet, %4 nye; %5 nye i andre dokumenter."),
                        doc.title,
                        self.w.documents.language.itemText(self.w.documents.language.findData(code)),
                        change.removed,
                        change.added,
                        change.elsewhere,
                    )
                )
            elif kind == CANCELLED:
                self.w.status(self.tr("Sprogskiftet blev afbrudt; dokumentet er uændret."))
            elif kind != OK:
                self.w.error(self.tr("Sproget kunne ikke skiftes"), str(payload))
            self.w.update_all()

        self.w.runner.submit(Task(self.tr("Læser dokumentet igen"), work, on_done=done))
        return True
