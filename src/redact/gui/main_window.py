"""The main window: documents on the left, the page in the middle, proposals and why on the right.

Every decision goes through `services.review`, which appends it to the case's log (fsynced) before
it counts: there is no Save, and a crash loses nothing. Long work (adding files, exporting,
searching, the preview) runs through the TaskRunner, so the window never freezes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from redact.core.case import Case
from redact.core.decision import Action, Decision
from redact.core.document import Status
from redact.core.entity import Entity
from redact.core.errors import RedactError
from redact.core.geometry import Box
from redact.core.text import PageText, text_in_area
from redact.gui import actions, dialogs
from redact.gui.actions import When
from redact.gui.adding_files import FilesController
from redact.gui.cases_view import CaseController
from redact.gui.context import AppContext
from redact.gui.deciding import DecisionController
from redact.gui.document_changes import DocumentChanges
from redact.gui.documents_view import DocumentsView
from redact.gui.export_view import ExportController
from redact.gui.i18n import arg, entity_name, state_name
from redact.gui.lower_texts import lower
from redact.gui.models import (
    MANUAL,
    PROPOSAL,
)
from redact.gui.page_source import PageSource
from redact.gui.page_view import ZOOMS, PageView, Tool
from redact.gui.preferences import SettingsController, legal_bases_of, own_bases_of
from redact.gui.proposals_view import ProposalsView
from redact.gui.search_view import SearchController
from redact.gui.settings import UserSettings
from redact.gui.status_view import StatusView
from redact.gui.tasks import TaskRunner
from redact.gui.thumbnails_view import ThumbnailsView
from redact.gui.welcome_view import WelcomeView
from redact.services import access, rendering
from redact.services.session import Look, Overlay, ReviewSession


class MainWindow(QMainWindow):
    # one attribute per entry of gui.actions.ACTIONS (set by _build_actions)
    act_new: QAction
    act_open: QAction
    act_info: QAction
    act_add: QAction
    act_add_folder: QAction
    act_remove: QAction
    act_up: QAction
    act_down: QAction
    act_preview: QAction
    act_black: QAction
    act_export: QAction
    act_settings: QAction
    act_quit: QAction
    act_undo: QAction
    act_redo: QAction
    act_find: QAction
    act_next: QAction
    act_prev: QAction
    act_accept: QAction
    act_reject: QAction
    act_basis: QAction
    act_accept_all: QAction
    act_withhold_page: QAction
    act_withhold_doc: QAction
    act_redact_text: QAction
    act_tool_select: QAction
    act_tool_area: QAction
    act_tool_text: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_fit: QAction
    act_shortcuts: QAction

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = UserSettings.load(ctx.store).under(ctx.policy)
        # The review state lives in the session (Qt-free); the widgets here are views over it.
        self.prefs = SettingsController(self)  # the settings in force, and what changing them does
        bases, self.prefs.bases_error = legal_bases_of(self.settings)
        self.session = ReviewSession(ctx.who, bases=bases, default_basis=self.settings.default_basis)
        self.session.own_bases = () if self.prefs.bases_error else own_bases_of(self.settings)
        self.deciding = DecisionController(self)  # accept, reject, basis, withhold, undo and redo
        self.doc_changes = DocumentChanges(self)  # removing and moving documents, a document's language
        self.cases = CaseController(self)  # opening and making cases, their details, the recent ones
        self.adding = FilesController(self)  # adding files to the case
        self.export = ExportController(self)  # the preview and the release package
        self.search = SearchController(self)  # search and redact, and redacting selected text
        self.runner = TaskRunner(self)
        # Pages and thumbnails rendered in a process of their own before they are shown.
        self.render_ahead = rendering.RenderAhead()
        self.page_source: PageSource | None = None
        self.highlight_opts: dict[str, bool] = {}
        self._page_texts: dict[tuple[str, int], PageText] = {}
        self.moved_note = ""  # shown in the banner when the review moved on to another document
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.session.document_changed.connect(lambda _doc: self._load_document(self.session.page))
        self.session.selection_changed.connect(self._selection_changed)
        self.session.decided.connect(self._changed)
        self._show_welcome()
        self.prefs.bases_unusable()
        geometry = ctx.store.value("geometry")
        if isinstance(geometry, QByteArray) and ctx.interactive:
            self.restoreGeometry(geometry)

    @property
    def case(self) -> Case | None:
        return self.session.case

    @property
    def folder(self) -> Path | None:
        return self.session.folder

    @property
    def doc_id(self) -> str | None:
        return self.session.document

    @property
    def selected(self) -> str | None:
        return self.session.selected

    # ================================================================== construction
    def _build_widgets(self) -> None:
        """The window is a few views: welcome, documents, pages, proposals with why, status."""
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = WelcomeView(self)
        self.stack.addWidget(self.welcome)
        self.welcome_new, self.welcome_open = self.welcome.new_button, self.welcome.open_button
        self.recent_list, self.recent_title, self.keep_tip = (
            self.welcome.recent_list,
            self.welcome.recent_title,
            self.welcome.keep_tip,
        )

        self.documents = DocumentsView(self)
        self.doc_model, self.doc_view = self.documents.model, self.documents.view
        self.add_button, self.add_folder_button = self.documents.add_button, self.documents.add_folder_button
        self.remove_button, self.drop_hint = self.documents.remove_button, self.documents.drop_hint

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; color: #5a3b00; padding: 6px; border-bottom: 1px solid #e0c080;"
        )
        self.banner.hide()
        self.page_view = PageView(self)
        self.page_view.setObjectName("pages")
        self.thumbnails = ThumbnailsView(self)
        self.thumbnails.page_clicked.connect(self.page_view.show_page)
        self.page_view.page_changed.connect(self.thumbnails.show_current)
        center = QWidget(self)
        cv = QVBoxLayout(center)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(0)
        cv.addWidget(self.banner)
        pages = QHBoxLayout()
        pages.setSpacing(0)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.page_view, 1)
        cv.addLayout(pages, 1)

        self.proposals = ProposalsView(self.session, self)
        p = self.proposals
        self.tree_model, self.tree, self.only_document, self.explanation = (
            p.tree_model,
            p.tree,
            p.only_document,
            p.explanation,
        )
        self.accept_button, self.reject_button, self.basis_button = p.accept_button, p.reject_button, p.basis_button

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.documents)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.proposals)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 720, 420])
        self.stack.addWidget(self.splitter)

        self.status_view = StatusView(self.session, self.statusBar())
        self.status_label = self.status_view.label
        self.counts_label = self.status_view.counts
        self.saved_label = self.status_view.saved
        self.progress = self.status_view.progress
        self.cancel_button = self.status_view.cancel

    def _slot(self, name: str) -> Callable[[], object]:
        """The method an action calls: the window's own, or a part's ("export.export_dialog")."""
        owner: object = self
        *parts, method = name.split(".")
        for part in parts:
            owner = getattr(owner, part)
        found: Callable[[], object] = getattr(owner, method)
        return found

    def _build_actions(self) -> None:
        """The actions, menus and toolbar from the tables in `gui.actions`."""
        self.actions_by_name = actions.build(self, self._slot)
        for name, action in self.actions_by_name.items():
            setattr(self, f"act_{name}", action)
            self.addAction(action)
        self.act_tool_select.setChecked(True)
        self.recent_menu = actions.fill_menus(self.menuBar(), self.actions_by_name)
        tb = QToolBar(self.tr("Værktøjer"), self)
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)
        self.zoom_box = QComboBox(self)
        self.zoom_box.setEditable(False)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self.zoom_box.setCurrentIndex(ZOOMS.index(1.0))
        self.zoom_box.setToolTip(self.tr("Zoom"))
        actions.fill_toolbar(tb, self.actions_by_name, {"zoom": self.zoom_box})

    # the slots of actions that need an argument or reach into a view
    def move_up(self) -> None:
        self.doc_changes.move_document(-1)

    def move_down(self) -> None:
        self.doc_changes.move_document(1)

    def toggle_preview(self) -> None:
        self.set_preview(self.act_preview.isChecked())

    def toggle_black(self) -> None:
        self.page_view.set_accepted_black(self.act_black.isChecked())

    def tool_select(self) -> None:
        self.set_tool(Tool.SELECT)

    def tool_area(self) -> None:
        self.set_tool(Tool.AREA)

    def tool_text(self) -> None:
        self.set_tool(Tool.TEXT)

    def zoom_in(self) -> None:
        self.page_view.zoom_in()

    def zoom_out(self) -> None:
        self.page_view.zoom_out()

    def fit_width(self) -> None:
        self.page_view.fit_width()

    def _connect(self) -> None:
        self.welcome_new.clicked.connect(self.cases.new_case_dialog)
        self.welcome_open.clicked.connect(self.cases.open_case_dialog)
        self.recent_list.itemActivated.connect(lambda item: self.cases.open_case(Path(item.text())))
        self.add_button.clicked.connect(self.adding.add_files_dialog)
        self.add_folder_button.clicked.connect(self.adding.add_folder_dialog)
        self.remove_button.clicked.connect(self.doc_changes.remove_documents_dialog)
        self.documents.language_chosen.connect(self.doc_changes.change_language)
        # one change of language at a time, and none while files are read or a case is exported
        self.runner.busy_changed.connect(lambda busy: self._show_language(changeable=not busy))
        self.doc_view.selectionModel().currentRowChanged.connect(self._doc_row_changed)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        # a mouse click moves the current row before it selects: the buttons follow the selection
        self.tree.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_actions())
        self.only_document.toggled.connect(lambda _on: self.reload_tree())
        self.accept_button.clicked.connect(self.deciding.accept_selected)
        self.reject_button.clicked.connect(self.deciding.reject_selected)
        self.basis_button.clicked.connect(self.deciding.basis_dialog)
        self.page_view.overlay_clicked.connect(lambda oid: self.select_item(oid, scroll=False))
        self.page_view.area_drawn.connect(self.manual_area)
        self.page_view.text_selected.connect(self.search.text_selected)
        self.page_view.zoom_changed.connect(self._zoom_changed)
        self.page_view.page_changed.connect(lambda _p: self._update_counts())
        self.page_view.set_text_provider(self.page_text)
        self.zoom_box.activated.connect(lambda k: self.page_view.set_zoom(float(self.zoom_box.itemData(k))))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.busy_changed.connect(self.status_view.busy_changed)
        self.runner.begun.connect(self.status_view.task_begun)
        self.runner.advanced.connect(lambda _s, _d, _f: self.status_view.advanced())

    # ================================================================== case
    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        recent = [r for r in self.settings.recent if Path(r, "sag.redact").exists()]
        self.welcome.show_recent(recent, bool(self.settings.keep_list))
        self.cases.fill_recent_menu()
        self._update_actions()
        self.update_title()

    def show_case(self, case: Case, folder: Path, lock: access.CaseLock | None = None) -> None:
        """Show a case already opened (the app factory opens the one given on the command line)."""
        self.set_case(case, folder, lock)

    def set_case(self, case: Case, folder: Path, lock: access.CaseLock | None) -> None:
        """Show `case`, holding its `lock` (one writer at a time) until another case or the end."""
        self.runner.cancel()
        if self.cases.lock is not None and self.cases.lock is not lock:
            self.cases.lock.release()
        self.cases.lock = lock
        self.session.set_case(case, folder)
        self.search.text_selection = None
        self.adding.pending = []
        self._page_texts = {}
        self.export.clear_previews()
        self.act_preview.setChecked(False)
        self.doc_model.set_case(case)
        self.tree_model.set_case(case, None)
        self.only_document.setChecked(False)
        self.stack.setCurrentWidget(self.splitter)
        self.cases.remember(folder)
        self._expand_categories()
        first = next((d for d in case.documents), None)
        if first is not None:
            self.select_document(first.id)
        else:
            self.page_view.show_message(
                self.tr("Sagen har ingen dokumenter endnu.\n\nTræk filer eller mapper hertil, eller klik Tilføj filer…")
            )
        self.update_all()
        self.saved_label.setText(self.tr("✓ Gemmes automatisk"))

    def update_title(self) -> None:
        org = f" – {self.settings.organisation}" if self.settings.organisation else ""
        if self.case is None:
            self.setWindowTitle(f"redact{org}")
            return
        journal = f" ({self.case.journal})" if self.case.journal else ""
        self.setWindowTitle(f"{self.case.title}{journal} – redact{org}")

    # ================================================================== documents
    def _doc_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc = self.doc_model.document_at(current.row()) if current.isValid() else None
        if doc is not None and doc.id != self.doc_id:
            self.select_document(doc.id)

    def select_document(self, doc_id: str, page: int = 0) -> None:
        """Show a document (at `page`); the session drops a selection in another document."""
        if not self.session.is_open:
            return
        if doc_id == self.session.document:
            self.session.page = page
            self._load_document(page)
        else:
            self.session.show_document(doc_id, page)  # -> document_changed -> _load_document

    def _load_document(self, page: int = 0) -> None:
        """The session shows another document: its pages, overlays, banner and the list row."""
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None:
            return
        doc = case.document(doc_id)
        self.search.text_selection = None
        row = self.doc_model.row_of(doc_id)
        if row >= 0 and self.doc_view.currentIndex().row() != row:
            self.doc_view.selectionModel().setCurrentIndex(
                self.doc_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_banner()
        self._show_language(changeable=not self.runner.busy)
        self.thumbnails.thumbs.set_pages([], None)
        if doc.status is Status.FAILED:
            self.page_view.show_message(arg(self.tr("Dokumentet kunne ikke læses:\n\n%1"), lower(doc.error)))
        elif self.act_preview.isChecked():
            self.export.show_preview(doc_id)
        else:
            try:
                sizes = rendering.page_sizes(case, folder, doc_id)
            except RedactError as exc:
                self.page_view.show_message(lower(exc.message))
            else:

                def render(page: int, zoom: float, doc: str = doc_id) -> bytes:
                    return rendering.render_page(case, folder, doc, page, zoom)

                if self.page_source is not None:
                    self.page_source.close()
                source = PageSource(rendering.page_file(case, folder, doc_id), render, self.render_ahead, self)
                self.page_view.set_pages(sizes, source)
                self.thumbnails.thumbs.set_pages(sizes, source)
                if self.page_source is not None:
                    self.page_source.deleteLater()
                self.page_source = source
                self._update_overlays()
                if page:
                    self.page_view.show_page(page)
        if self.only_document.isChecked():
            self.reload_tree()
        self._update_actions()
        self._update_counts()

    def _show_banner(self) -> None:
        case = self.case
        if case is None or self.doc_id is None:
            self.banner.hide()
            return
        doc = case.document(self.doc_id)
        notes: list[str] = [self.moved_note] if self.moved_note else []
        if self.act_preview.isChecked():
            notes.append(self.tr("Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret)."))
        if doc.pages_without_text:
            pages = ", ".join(str(p + 1) for p in doc.pages_without_text)
            notes.append(arg(self.tr("Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv."), pages))
        copies = self.session.copies(self.doc_id)
        if copies:
            where = (
                self.tr("Denne tekst findes også i 1 andet dokument")
                if copies == 1
                else arg(self.tr("Denne tekst findes også i %1 andre dokumenter"), copies)
            )
            notes.append(where + self.tr(": afgør du et forslag her, gælder det også i kopierne, hvor det er åbent."))
        notes += [lower(w) for w in doc.warnings]
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))

    def _show_language(self, changeable: bool = True) -> None:
        doc = self.case.document(self.doc_id) if self.case is not None and self.doc_id is not None else None
        self.documents.show_language(doc, changeable)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if self.case is None and not self.cases.new_case_dialog():
            return
        self.adding.add_files(paths)

    # ================================================================== selection
    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node(current)
        if node is None:
            return
        if node.kind in (PROPOSAL, MANUAL):
            if node.key != self.selected:
                self.select_item(node.key, from_tree=True)
        else:
            self.highlight_opts = {"from_tree": True}
            self.session.select(None)
            self.highlight_opts = {}
        self._update_explanation()
        self._update_actions()

    def select_item(self, item_id: str, scroll: bool = True, from_tree: bool = False) -> None:
        """Show a proposal or manual redaction: its document and page, highlighted, and why."""
        if self.session.location(item_id) is None:
            return
        if item_id == self.selected:
            self._highlight(item_id, scroll, from_tree)
            return
        self.highlight_opts = {"scroll": scroll, "from_tree": from_tree}
        self.session.select(item_id)  # -> document_changed, selection_changed -> _highlight
        self.highlight_opts = {}

    def _selection_changed(self, item_id: str | None) -> None:
        self._highlight(item_id, **self.highlight_opts)

    def _highlight(self, item_id: str | None, scroll: bool = True, from_tree: bool = False) -> None:
        """Show the session's selection on the page, in the list and in the why pane."""
        self.page_view.select(item_id, scroll=scroll)
        if not from_tree:
            self.proposals.show_selection(item_id)
        self._update_explanation()
        self._update_actions()

    def targets(self) -> tuple[list[str], list[str], str]:
        return self.proposals.targets()

    # ================================================================== manual redaction
    def set_tool(self, tool: Tool) -> None:
        self.page_view.set_tool(tool)
        {Tool.SELECT: self.act_tool_select, Tool.AREA: self.act_tool_area, Tool.TEXT: self.act_tool_text}[
            tool
        ].setChecked(True)
        hints = {
            Tool.SELECT: self.tr("Klik på et forslag for at vælge det; træk for at rulle."),
            Tool.AREA: self.tr(
                "Træk et felt over det, der skal overstreges (underskrift, foto, stempel). Esc: tilbage."
            ),
            Tool.TEXT: self.tr("Markér teksten med musen; vælg så Overstreg. Esc: tilbage."),
        }
        self.status(hints[tool])

    def page_text(self, page: int) -> PageText | None:
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None:
            return None
        key = (doc_id, page)
        if key not in self._page_texts:
            try:
                self.setCursor(QCursor(Qt.CursorShape.WaitCursor))
                self._page_texts[key] = rendering.page_text(case, folder, doc_id, page)
            except RedactError as exc:
                self.status(lower(exc.message))
                return None
            finally:
                self.unsetCursor()
        return self._page_texts[key]

    def manual_area(self, page: int, box: Box) -> Decision | None:
        """Black out a drawn rectangle on a page of the shown document."""
        doc_id = self.doc_id
        if not self.session.is_open or doc_id is None:
            return None
        pt = self.page_text(page)
        text = text_in_area(pt, box) if pt is not None else ""
        self.highlight_opts = {"scroll": False}
        d = self.session.redact_area(doc_id, page, [box], text)
        self.highlight_opts = {}
        self.status(self.tr("Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det."))
        return d

    # ================================================================== preview and export
    def set_preview(self, on: bool) -> None:
        self.act_preview.setChecked(on)
        if on:
            self.set_tool(Tool.SELECT)
        if self.doc_id is not None:
            self.select_document(self.doc_id)

    # ================================================================== small things
    def shortcuts_dialog(self) -> None:
        dialogs.ShortcutsDialog(self).open()

    def error(self, title: str, message: str, warning: bool = False) -> None:
        """Tell the user; in non-interactive runs only the status bar (and the log of the test) gets it.
        `message` often comes from a lower layer, in Danish: it is translated (gui/lower_texts.py)."""
        message = lower(message)
        self.status(f"{title}: {message}")
        if self.ctx.interactive:
            box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Critical, title, message)
            box.setParent(self, box.windowFlags())
            box.open()

    def status(self, text: str) -> None:
        """One line in the status bar; the whole text (an error can be long) as its tooltip."""
        self.status_view.show(text)

    # ================================================================== refreshing
    def _changed(self, decisions: list[Decision] | None = None) -> None:
        """A decision was taken: refresh every view of the case (cheap: states are recomputed).
        A language change undone or redone replaces a document's proposals: the tree is rebuilt."""
        if any(d.action is Action.LANGUAGE for d in decisions or ()):
            self.export.clear_previews()
            self.reload_tree()
            self._show_language(changeable=not self.runner.busy)
        self.update_all()
        if self.act_preview.isChecked() and self.doc_id is not None:
            self.export.show_preview(self.doc_id)

    def update_all(self) -> None:
        self.doc_model.refresh()
        self.proposals.refresh()
        self._update_overlays()
        self._update_explanation()
        self._update_actions()
        self._update_counts()
        self.update_title()

    def reload_tree(self) -> None:
        self.proposals.reload()

    def _expand_categories(self) -> None:
        self.proposals.expand_categories()

    def overlays_for(self, doc_id: str) -> list[Overlay]:
        """What the page view draws for a document (the session's overlays, with their tooltips)."""
        out: list[Overlay] = []
        for o in self.session.overlays(doc_id):
            if o.look is Look.WITHHELD:
                what = self.tr("Dokumentet") if o.whole_document else arg(self.tr("Side %1"), o.page + 1)
                tip = arg(self.tr("%1 er undtaget fra aktindsigt efter %2"), what, self.session.citation(o.basis))
            elif o.entity is Entity.MANUAL:
                tip = arg(self.tr("Manuel overstregning (%1)"), o.label)
            else:
                state = state_name(o.state) if o.state is not None else ""
                tip = f"{entity_name(o.entity)}: «{o.text}» – {state}"
            out.append(dataclasses.replace(o, tooltip=tip))
        return out

    def _update_overlays(self) -> None:
        if self.case is None or self.doc_id is None or self.act_preview.isChecked():
            return
        if self.case.document(self.doc_id).status is not Status.READY or self.page_view.page_count == 0:
            return
        self.page_view.set_overlays(self.overlays_for(self.doc_id))
        self.thumbnails.thumbs.set_marks(*self.session.page_marks(self.doc_id))
        if self.selected and self.selected in self.page_view.overlays():
            self.page_view.select(self.selected, scroll=False)

    def _update_explanation(self) -> None:
        self.proposals.update_explanation()

    def _update_actions(self) -> None:
        """Enable each action by its `When` (gui.actions) and word the decision buttons."""
        has_case = self.case is not None
        has_doc = has_case and self.doc_id is not None
        pages = self.page_view.page_count > 0
        proposals, manual = self.proposals.update_buttons()
        now = {
            When.ALWAYS: True,
            When.CASE: has_case,
            When.DOCUMENT: has_doc,
            When.PAGES: pages,
            When.EDITABLE: pages and not self.act_preview.isChecked(),
            When.UNDO: self.session.can_undo,
            When.REDO: self.session.can_redo,
            When.TARGETS: bool(proposals),
            When.ANY_TARGET: bool(proposals or manual),
        }
        for spec in actions.ACTIONS:
            self.actions_by_name[spec.name].setEnabled(now[spec.when])
        self.zoom_box.setEnabled(pages)
        for w in (self.add_button, self.add_folder_button):
            w.setEnabled(has_case)
        self.remove_button.setEnabled(has_doc)

    def _update_counts(self) -> None:
        self.status_view.update_counts(self.page_view.current_page(), self.page_view.page_count)

    def _zoom_changed(self, zoom: float) -> None:
        k = min(range(self.zoom_box.count()), key=lambda i: abs(float(self.zoom_box.itemData(i)) - zoom))
        self.zoom_box.setItemText(k, f"{round(zoom * 100)} %")
        self.zoom_box.setCurrentIndex(k)

    def _task_begun(self, task_label: str, total: int, label: str) -> None:
        self.status_view.task_begun(task_label, total, label)

    # ================================================================== closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        self.render_ahead.close()
        if self.cases.lock is not None:
            self.cases.lock.release()
            self.cases.lock = None
        self.export.clear_previews()
        if self.ctx.interactive:
            self.ctx.store.setValue("geometry", self.saveGeometry())
            self.ctx.store.sync()
        super().closeEvent(event)
