"""Adding files to the open case: the file and folder dialogs, converting and detecting in the
background with a status per file, and the documents joining the case when they are done."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from redact.core.document import Document, Status
from redact.core.errors import RedactError
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, Progress
from redact.gui.i18n import arg
from redact.gui.lower_texts import lower
from redact.gui.models import DONE, FAILED, PROCESSING, PendingFile
from redact.gui.tasks import CANCELLED, OK, Task
from redact.services import additions, review

if TYPE_CHECKING:
    from redact.gui.main_window import MainWindow


class FilesController(QObject):
    """Adds files to the window's case; `pending` are the files still being read."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.pending: list[PendingFile] = []
        self.last_failures: list[str] = []

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Convert and detect files in the background; they join the case when done."""
        case, folder = self.w.case, self.w.folder
        if case is None or folder is None:
            self.w.error(self.tr("Ingen sag"), self.tr("Opret eller åbn en sag, før du lægger filer ind."))
            return False
        try:
            sources, skipped = additions.plan_sources(case, folder, list(paths))
        except RedactError as exc:
            self.w.error(self.tr("Filerne kan ikke lægges ind"), exc.message)
            return False
        if skipped:
            self.w.status("; ".join(skipped))
        if not sources:
            return False
        try:
            keep = review.load_keep_list(self.w.settings.keep_list)
        except RedactError as exc:
            self.w.error(
                self.tr("Medarbejderlisten kan ikke læses"),
                exc.message + "\n\n" + self.tr("Filerne behandles uden listen."),
            )
            keep = KeepList()
        batch = [PendingFile(s.path.name) for s in sources]
        self.pending.extend(batch)
        self.w.doc_model.set_pending(self.pending)
        ctx = self.w.ctx
        own = self.w.session.own_bases  # the authority's own legal bases suggest the proposals' basis too
        position = {"next": 0}

        def work(progress: Progress, cancel: CancelToken) -> additions.Addition:
            return additions.build_addition(
                sources,
                folder,
                ctx.detectors,
                keep,
                ctx.model_version,
                progress,
                cancel,
                isolated=ctx.isolated,
                own_bases=own,
            )

        def begin(_total: int, _label: str) -> None:
            if batch:
                batch[0].state = PROCESSING
                self.w.doc_model.update_pending()

        def advance(_step: int, _detail: str, failed: bool) -> None:
            k = position["next"]
            if k < len(batch):
                batch[k].state = FAILED if failed else DONE
            if k + 1 < len(batch):
                batch[k + 1].state = PROCESSING
            position["next"] = k + 1
            self.w.doc_model.update_pending()

        def done(kind: str, payload: Any) -> None:
            self.pending = [p for p in self.pending if p not in batch]
            if kind == OK and self.w.case is case and self.w.folder is folder:
                added = additions.merge_addition(case, folder, payload)
                self.files_added(added)
            elif kind == CANCELLED:
                self.w.status(self.tr("Indlæsningen blev afbrudt; filerne er ikke lagt ind."))
            elif kind != OK:
                self.w.error(self.tr("Filerne kunne ikke behandles"), str(payload))
            self.w.doc_model.set_pending(self.pending)
            self.w.update_all()

        self.w.runner.submit(
            Task(
                arg(self.tr("Læser %1 filer"), len(sources)),
                work,
                on_done=done,
                on_advance=advance,
                on_begin=begin,
            )
        )
        return True

    def files_added(self, added: list[Document]) -> None:
        assert self.w.case is not None
        self.w.doc_model.set_case(self.w.case)
        self.w.reload_tree()
        failed = [d for d in added if d.status is Status.FAILED]
        self.last_failures = [f"{Path(d.source).name}: {lower(d.error)}" for d in failed]
        ok = len(added) - len(failed)
        msg = arg(self.tr("%1 dokumenter lagt ind"), ok)
        if failed:
            msg += arg(self.tr("; %1 filer kunne ikke læses"), len(failed))
        self.w.status(msg)
        if self.w.doc_id is None and added:
            self.w.select_document(added[0].id)
            first = review.next_open(self.w.case, document=added[0].id)
            if first:
                self.w.select_item(first)
        if failed:
            self.w.error(
                self.tr("Nogle filer kunne ikke læses"),
                self.tr("Resten er lagt ind. Disse filer mangler:") + "\n\n" + "\n".join(self.last_failures),
                warning=True,
            )

    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.w,
            self.tr("Tilføj filer til sagen"),
            str(Path.home()),
            self.tr("Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def add_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.w, self.tr("Tilføj en mappe med filer til sagen"), str(Path.home())
        )
        if path:
            self.add_files([Path(path)])
