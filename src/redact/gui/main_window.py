"""The main window: documents on the left, the page in the middle, proposals and why on the right.

Every decision goes through `services.review`, which appends it to the case's log (fsynced) before
it counts: there is no Save, and a crash loses nothing. Long work (adding files, exporting,
searching, the preview) runs through the TaskRunner, so the window never freezes.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCursor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from redact.core.case import Case, State
from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import RedactError
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, Progress
from redact.core.text import PageText
from redact.gui import dialogs
from redact.gui.context import AppContext
from redact.gui.i18n import arg, entity_name, state_name
from redact.gui.models import (
    CATEGORY,
    DONE,
    FAILED,
    GROUP,
    MANUAL,
    PROCESSING,
    PROPOSAL,
    DocumentListModel,
    PendingFile,
    ProposalTreeModel,
)
from redact.gui.page_view import ZOOMS, Look, Overlay, PageView, Tool
from redact.gui.settings import SettingsDialog, UserSettings
from redact.gui.tasks import CANCELLED, OK, Task, TaskRunner
from redact.services import access, package, review, staff
from redact.services.package import PackageOutcome

EXPORT_DIR = "aktindsigt"  # the default package folder, inside the case folder (as `redact export`)


def _snapshot(case: Case) -> Case:
    """A copy a worker can read while the window goes on deciding (the items are frozen)."""
    return dataclasses.replace(
        case, documents=list(case.documents), proposals=dict(case.proposals), decisions=list(case.decisions)
    )


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = UserSettings.load(ctx.store)
        self.case: Case | None = None
        self.folder: Path | None = None
        self._lock: access.CaseLock | None = None  # held while a case is open: one writer at a time
        self.runner = TaskRunner(self)
        self.doc_id: str | None = None
        self.selected: str | None = None  # proposal or manual redaction id
        self.text_selection: review.Occurrence | None = None
        self.last_export: tuple[PackageOutcome | None, Path] | None = None  # None: the package failed
        self.last_failures: list[str] = []
        self.report_dialog: dialogs.ExportReportDialog | None = None
        self.find_dialog: dialogs.FindDialog | None = None
        self.keep_list_box: QMessageBox | None = None
        self._pending: list[PendingFile] = []
        self._page_texts: dict[tuple[str, int], PageText] = {}
        self._preview_dir: Path | None = None
        self._previews: dict[str, tuple[int, Path]] = {}  # doc id -> (decisions when made, file)
        self._preview_error: dict[str, str] = {}
        self._task_status = ""
        self._moved_note = ""  # shown in the banner when the review moved on to another document
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._show_welcome()
        geometry = ctx.store.value("geometry")
        if isinstance(geometry, QByteArray) and ctx.interactive:
            self.restoreGeometry(geometry)

    # ================================================================== construction
    def _build_widgets(self) -> None:
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = self._build_welcome()
        self.stack.addWidget(self.welcome)

        # documents
        self.doc_model = DocumentListModel(self)
        self.doc_view = QTreeView(self)
        self.doc_view.setObjectName("documents")
        self.doc_view.setModel(self.doc_model)
        self.doc_view.setRootIsDecorated(False)
        self.doc_view.setUniformRowHeights(True)
        self.doc_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.doc_view.setAlternatingRowColors(True)
        header = self.doc_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Tilføj filer…"), self)
        self.add_folder_button = QPushButton(self.tr("Tilføj mappe…"), self)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.remove_button.setToolTip(self.tr("Fjern de valgte dokumenter fra sagen"))
        self.drop_hint = QLabel(self.tr("Træk filer og mapper hertil (PDF, Word, e-mail, tekst, billeder)"), self)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: #555;")
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        title = QLabel("<b>" + escape(self.tr("Dokumenter")) + "</b>", self)
        lv.addWidget(title)
        lv.addWidget(self.doc_view, 1)
        lv.addWidget(self.drop_hint)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)

        # pages
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; color: #5a3b00; padding: 6px; border-bottom: 1px solid #e0c080;"
        )
        self.banner.hide()
        self.page_view = PageView(self)
        self.page_view.setObjectName("pages")
        center = QWidget(self)
        cv = QVBoxLayout(center)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(0)
        cv.addWidget(self.banner)
        cv.addWidget(self.page_view, 1)

        # proposals
        self.tree_model = ProposalTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("proposals")
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        th = self.tree.header()
        th.setStretchLastSection(False)
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would read every row of a large case after each decision
        metrics = self.tree.fontMetrics()
        for col, sample in ((1, "Accepteret  "), (2, "§ 30, nr. 1  ")):
            th.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            th.resizeSection(col, metrics.horizontalAdvance(self.tr(sample)) + 12)
        self.only_document = QCheckBox(self.tr("Kun det viste dokument"), self)
        self.accept_button = QPushButton(self.tr("Acceptér (A)"), self)
        self.accept_button.setToolTip(self.tr("Acceptér forslaget: teksten bliver overstreget"))
        self.reject_button = QPushButton(self.tr("Afvis (R)"), self)
        self.reject_button.setToolTip(self.tr("Afvis forslaget: teksten bliver stående"))
        self.basis_button = QPushButton(self.tr("Hjemmel… (H)"), self)
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        self.explanation.setMinimumHeight(150)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 6, 6, 6)
        rv.addWidget(QLabel("<b>" + escape(self.tr("Forslag til overstregning")) + "</b>", self))
        rv.addWidget(self.only_document)
        rv.addWidget(self.tree, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.basis_button)
        rv.addLayout(buttons)
        rv.addWidget(QLabel("<b>" + escape(self.tr("Hvorfor?")) + "</b>", self))
        rv.addWidget(self.explanation, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(center)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 720, 420])
        self.stack.addWidget(self.splitter)

        # status bar
        self.status_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.saved_label.setToolTip(self.tr("Hver beslutning gemmes med det samme; der er intet at gemme"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Annullér"), self)
        self.cancel_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.saved_label)

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 50, 60, 50)
        heading = QLabel("<h1>" + escape(self.tr("Overstregning til aktindsigt")) + "</h1>", page)
        steps = QLabel(
            "<ol>"
            + "".join(
                f"<li style='margin-bottom:6px'>{escape(s)}</li>"
                for s in (
                    self.tr("Opret en sag for anmodningen (titel og journalnummer)."),
                    self.tr("Læg sagens filer ind: træk dem ind i vinduet, eller vælg dem."),
                    self.tr("Gennemgå forslagene: A accepterer (overstreger), R afviser, N går videre."),
                    self.tr("Eksportér: du får kontrollerede, overstregede PDF'er til udlevering."),
                )
            )
            + "</ol><p>"
            + escape(self.tr("Alt foregår på denne computer; intet sendes nogen steder hen."))
            + "</p>",
            page,
        )
        steps.setWordWrap(True)
        self.welcome_new = QPushButton(self.tr("Ny sag…"), page)
        self.welcome_open = QPushButton(self.tr("Åbn sag…"), page)
        for b in (self.welcome_new, self.welcome_open):
            b.setMinimumHeight(36)
        row = QHBoxLayout()
        row.addWidget(self.welcome_new)
        row.addWidget(self.welcome_open)
        row.addStretch(1)
        self.recent_list = QListWidget(page)
        self.recent_list.setMaximumHeight(180)
        self.recent_list.setToolTip(self.tr("Dobbeltklik for at åbne sagen"))
        self.recent_title = QLabel("<b>" + escape(self.tr("Seneste sager")) + "</b>", page)
        self.keep_tip = QLabel(
            self.tr(
                "Tip: læg myndighedens medarbejderliste ind under Sag ▸ Indstillinger, "
                "så medarbejdernes navne og numre ikke bliver foreslået overstreget."
            ),
            page,
        )
        self.keep_tip.setWordWrap(True)
        self.keep_tip.setStyleSheet("color: #5a3b00; background: #fff4d6; padding: 6px;")
        layout.addWidget(heading)
        layout.addWidget(steps)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.keep_tip)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_list)
        layout.addStretch(1)
        return page

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        keys: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&Ny sag…"), self.new_case_dialog, [QKeySequence.StandardKey.New])
        self.act_open = self._action(self.tr("&Åbn sag…"), self.open_case_dialog, [QKeySequence.StandardKey.Open])
        self.act_info = self._action(self.tr("Sags&oplysninger…"), self.case_info_dialog)
        self.act_add = self._action(self.tr("&Tilføj filer…"), self.add_files_dialog, ["Ctrl+Shift+O"])
        self.act_add_folder = self._action(self.tr("Tilføj &mappe…"), self.add_folder_dialog)
        self.act_remove = self._action(self.tr("&Fjern dokument…"), self.remove_documents_dialog)
        self.act_up = self._action(self.tr("Flyt dokument &op"), lambda: self.move_document(-1), ["Alt+Up"])
        self.act_down = self._action(self.tr("Flyt dokument &ned"), lambda: self.move_document(1), ["Alt+Down"])
        self.act_preview = self._action(
            self.tr("&Forhåndsvis udleveret version"),
            lambda: self.set_preview(self.act_preview.isChecked()),
            ["Ctrl+Shift+P"],
            self.tr("Vis dokumentet, som det bliver udleveret: overstreget og kontrolleret"),
        )
        self.act_preview.setCheckable(True)
        self.act_export = self._action(self.tr("&Eksportér…"), self.export_dialog, ["Ctrl+E"])
        self.act_settings = self._action(self.tr("&Indstillinger…"), self.settings_dialog, ["Ctrl+,"])
        self.act_quit = self._action(self.tr("&Afslut"), self.close, [QKeySequence.StandardKey.Quit])

        self.act_undo = self._action(self.tr("&Fortryd"), self.undo, ["Ctrl+Z"])
        self.act_redo = self._action(self.tr("&Annullér fortryd"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.act_find = self._action(self.tr("Overstreg alle &forekomster…"), self.find_dialog_open, ["Ctrl+F"])

        self.act_next = self._action(self.tr("&Næste åbne forslag"), self.next_open, ["N", "J"])
        self.act_prev = self._action(self.tr("&Forrige åbne forslag"), self.previous_open, ["P", "K"])
        self.act_accept = self._action(self.tr("&Acceptér"), self.accept_selected, ["A"])
        self.act_reject = self._action(self.tr("Af&vis"), self.reject_selected, ["R"])
        self.act_basis = self._action(self.tr("&Hjemmel…"), self.basis_dialog, ["H"])
        self.act_accept_all = self._action(self.tr("Acceptér alle åbne &forslag…"), self.accept_all_dialog)
        self.act_withhold_page = self._action(self.tr("Undtag hele &siden"), self.withhold_current_page)
        self.act_withhold_doc = self._action(self.tr("Undtag hele &dokumentet"), self.withhold_current_document)
        self.act_redact_text = self._action(
            self.tr("Overstreg markeret &tekst"), self.redact_text_selection, ["Return"]
        )

        self.tools = QActionGroup(self)
        self.act_tool_select = self._action(self.tr("&Vælg og rul"), lambda: self.set_tool(Tool.SELECT), ["V", "Esc"])
        self.act_tool_area = self._action(
            self.tr("Tegn &område"),
            lambda: self.set_tool(Tool.AREA),
            ["O"],
            self.tr("Træk et felt, der skal overstreges"),
        )
        self.act_tool_text = self._action(
            self.tr("Markér &tekst"),
            lambda: self.set_tool(Tool.TEXT),
            ["T"],
            self.tr("Markér tekst, der skal overstreges"),
        )
        for a in (self.act_tool_select, self.act_tool_area, self.act_tool_text):
            a.setCheckable(True)
            self.tools.addAction(a)
        self.act_tool_select.setChecked(True)

        self.act_zoom_in = self._action(
            self.tr("Zoom &ind"), self.page_view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &ud"), self.page_view.zoom_out, [QKeySequence.StandardKey.ZoomOut]
        )
        self.act_fit = self._action(self.tr("&Tilpas bredden"), self.page_view.fit_width, ["Ctrl+0"])
        self.act_shortcuts = self._action(
            self.tr("&Tastaturgenveje"), self.shortcuts_dialog, [QKeySequence.StandardKey.HelpContents]
        )

        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Sag"))
        for a in (self.act_new, self.act_open):
            m.addAction(a)
        self.recent_menu = m.addMenu(self.tr("&Seneste sager"))
        m.addAction(self.act_info)
        m.addSeparator()
        for a in (self.act_add, self.act_add_folder, self.act_remove, self.act_up, self.act_down):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_preview, self.act_export):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_settings)
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Rediger"))
        for a in (self.act_undo, self.act_redo):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_find)
        m.addAction(self.act_redact_text)
        m = bar.addMenu(self.tr("&Gennemsyn"))
        for a in (self.act_next, self.act_prev, self.act_accept, self.act_reject, self.act_basis):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_accept_all)
        m.addSeparator()
        for a in (self.act_withhold_page, self.act_withhold_doc):
            m.addAction(a)
        m = bar.addMenu(self.tr("&Vis"))
        for a in (self.act_tool_select, self.act_tool_area, self.act_tool_text):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit):
            m.addAction(a)
        m = bar.addMenu(self.tr("&Hjælp"))
        m.addAction(self.act_shortcuts)

        tb = QToolBar(self.tr("Værktøjer"), self)
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)
        for a in (self.act_new, self.act_open, self.act_add):
            tb.addAction(a)
        tb.addSeparator()
        for a in (self.act_undo, self.act_redo):
            tb.addAction(a)
        tb.addSeparator()
        for a in (self.act_tool_select, self.act_tool_area, self.act_tool_text):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_zoom_out)
        self.zoom_box = QComboBox(self)
        self.zoom_box.setEditable(False)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self.zoom_box.setCurrentIndex(ZOOMS.index(1.0))
        self.zoom_box.setToolTip(self.tr("Zoom"))
        tb.addWidget(self.zoom_box)
        tb.addAction(self.act_zoom_in)
        tb.addAction(self.act_fit)
        tb.addSeparator()
        tb.addAction(self.act_preview)
        tb.addAction(self.act_export)

    def _connect(self) -> None:
        self.welcome_new.clicked.connect(self.new_case_dialog)
        self.welcome_open.clicked.connect(self.open_case_dialog)
        self.recent_list.itemActivated.connect(lambda item: self.open_case(Path(item.text())))
        self.add_button.clicked.connect(self.add_files_dialog)
        self.add_folder_button.clicked.connect(self.add_folder_dialog)
        self.remove_button.clicked.connect(self.remove_documents_dialog)
        self.doc_view.selectionModel().currentRowChanged.connect(self._doc_row_changed)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.only_document.toggled.connect(lambda _on: self._reload_tree())
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.basis_button.clicked.connect(self.basis_dialog)
        self.page_view.overlay_clicked.connect(lambda oid: self.select_item(oid, scroll=False))
        self.page_view.area_drawn.connect(self.manual_area)
        self.page_view.text_selected.connect(self._text_selected)
        self.page_view.zoom_changed.connect(self._zoom_changed)
        self.page_view.page_changed.connect(lambda _p: self._update_counts())
        self.page_view.set_text_provider(self._page_text)
        self.zoom_box.activated.connect(lambda k: self.page_view.set_zoom(float(self.zoom_box.itemData(k))))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.begun.connect(self._task_begun)
        self.runner.advanced.connect(lambda _s, _d, _f: self.progress.setValue(self.progress.value() + 1))

    # ================================================================== case
    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.recent_list.clear()
        for r in self.settings.recent:
            if Path(r, "sag.redact").exists():
                self.recent_list.addItem(r)
        self.recent_list.setVisible(self.recent_list.count() > 0)
        self.recent_title.setVisible(self.recent_list.count() > 0)
        self.keep_tip.setVisible(not self.settings.keep_list)
        self._fill_recent_menu()
        self._update_actions()
        self._update_title()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for r in self.settings.recent:
            action = self.recent_menu.addAction(r)
            action.triggered.connect(lambda _c=False, path=r: self.open_case(Path(path)))
        self.recent_menu.setEnabled(bool(self.settings.recent))

    def _remember(self, folder: Path) -> None:
        if not self.ctx.interactive:
            return
        self.settings.remember(folder)
        self.settings.save(self.ctx.store)
        self._fill_recent_menu()

    def open_case(self, path: Path) -> bool:
        """Open a case file or a folder holding one (e.g. a `redact batch` output folder) to work in
        it: refused with the other writer's name while another program writes the case."""
        try:
            if self.folder is not None and self._lock is not None and review.case_folder(path) == self.folder:
                self._lock.release()  # the case shown is opened again: its own lock must not refuse it
            opened = access.open_for_writing(path, "redact gui", self.ctx.who)
        except RedactError as exc:
            self.error(self.tr("Sagen kan ikke åbnes"), exc.message)
            return False
        self._set_case(opened.case, opened.folder, opened.lock)
        for note in opened.notes:
            self.error(self.tr("Loggen er repareret"), note, warning=True)
        return True

    def new_case(self, folder: Path, title: str, journal: str = "") -> bool:
        try:
            lock = access.lock_folder(folder, "redact gui", self.ctx.who)
            try:
                case = review.create_case(folder, title, journal)
            except BaseException:
                lock.release()
                raise
        except (RedactError, OSError) as exc:
            self.error(self.tr("Sagen kan ikke oprettes"), getattr(exc, "message", str(exc)))
            return False
        self._set_case(case, folder, lock)
        self.status(self.tr("Sagen er oprettet. Læg nu filerne ind: træk dem hertil, eller klik Tilføj filer."))
        return True

    def show_case(self, case: Case, folder: Path, lock: access.CaseLock | None = None) -> None:
        """Show a case already opened (the app factory opens the one given on the command line)."""
        self._set_case(case, folder, lock)

    def _set_case(self, case: Case, folder: Path, lock: access.CaseLock | None) -> None:
        self.runner.cancel()
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self.case, self.folder = case, folder
        self.doc_id, self.selected, self.text_selection = None, None, None
        self._pending = []
        self._page_texts = {}
        self._clear_previews()
        self.act_preview.setChecked(False)
        self.doc_model.set_case(case)
        self.tree_model.set_case(case, None)
        self.only_document.setChecked(False)
        self.stack.setCurrentWidget(self.splitter)
        self._remember(folder)
        self._expand_categories()
        first = next((d for d in case.documents), None)
        if first is not None:
            self.select_document(first.id)
        else:
            self.page_view.show_message(
                self.tr("Sagen har ingen dokumenter endnu.\n\nTræk filer eller mapper hertil, eller klik Tilføj filer…")
            )
        self._update_all()
        self.saved_label.setText(self.tr("✓ Gemmes automatisk"))

    def _update_title(self) -> None:
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
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        doc = case.document(doc_id)
        self.doc_id = doc_id
        self.text_selection = None
        where = self._location(self.selected) if self.selected else None
        if where is None or where[0] != doc_id:
            self._deselect()  # the why pane describes only what the page shows
        row = self.doc_model.row_of(doc_id)
        if row >= 0 and self.doc_view.currentIndex().row() != row:
            self.doc_view.selectionModel().setCurrentIndex(
                self.doc_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_banner()
        if doc.status is Status.FAILED:
            self.page_view.show_message(arg(self.tr("Dokumentet kunne ikke læses:\n\n%1"), doc.error))
        elif self.act_preview.isChecked():
            self._show_preview(doc_id)
        else:
            try:
                sizes = review.page_sizes(case, folder, doc_id)
            except RedactError as exc:
                self.page_view.show_message(exc.message)
            else:

                def render(page: int, zoom: float, doc: str = doc_id) -> bytes:
                    return review.render_page(case, folder, doc, page, zoom)

                self.page_view.set_pages(sizes, render)
                self._update_overlays()
                if page:
                    self.page_view.show_page(page)
        if self.only_document.isChecked():
            self._reload_tree()
        self._update_actions()
        self._update_counts()

    def _show_banner(self) -> None:
        case = self.case
        if case is None or self.doc_id is None:
            self.banner.hide()
            return
        doc = case.document(self.doc_id)
        notes: list[str] = [self._moved_note] if self._moved_note else []
        if self.act_preview.isChecked():
            notes.append(self.tr("Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret)."))
        if doc.pages_without_text:
            pages = ", ".join(str(p + 1) for p in doc.pages_without_text)
            notes.append(arg(self.tr("Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv."), pages))
        notes += list(doc.warnings)
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))

    def current_document_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.doc_view.selectionModel().selectedRows(0)})
        ids = [d.id for r in rows if (d := self.doc_model.document_at(r)) is not None]
        return ids or ([self.doc_id] if self.doc_id else [])

    def remove_documents(self, doc_ids: list[str]) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None or not doc_ids:
            return
        review.remove_documents(case, folder, doc_ids)
        if self.doc_id in doc_ids:
            self.doc_id = None
            self.selected = None
        self.doc_model.set_pending(self._pending)
        self._reload_tree()
        if self.doc_id is None:
            if case.documents:
                self.select_document(case.documents[0].id)
            else:
                self.page_view.show_message(self.tr("Sagen har ingen dokumenter."))
        self._update_all()

    def remove_documents_dialog(self) -> None:
        ids = self.current_document_ids()
        if self.case is None or not ids:
            return
        names = "\n".join(self.case.document(i).title for i in ids)
        answer = QMessageBox.question(
            self,
            self.tr("Fjern dokumenter"),
            arg(self.tr("Fjern disse dokumenter fra sagen?\n\n%1\n\nOriginalerne bliver ikke rørt."), names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_documents(ids)

    def move_document(self, delta: int) -> None:
        if self.case is None or self.folder is None or self.doc_id is None:
            return
        review.move_document(self.case, self.folder, self.doc_id, delta)
        self.doc_model.set_pending(self._pending)
        row = self.doc_model.row_of(self.doc_id)
        self.doc_view.setCurrentIndex(self.doc_model.index(row, 0))

    # ================================================================== adding files
    def add_files(self, paths: Sequence[Path]) -> bool:
        """Convert and detect files in the background; they join the case when done."""
        case, folder = self.case, self.folder
        if case is None or folder is None:
            self.error(self.tr("Ingen sag"), self.tr("Opret eller åbn en sag, før du lægger filer ind."))
            return False
        try:
            sources, skipped = review.plan_sources(case, folder, list(paths))
        except RedactError as exc:
            self.error(self.tr("Filerne kan ikke lægges ind"), exc.message)
            return False
        if skipped:
            self.status("; ".join(skipped))
        if not sources:
            return False
        try:
            keep = review.load_keep_list(self.settings.keep_list)
        except RedactError as exc:
            self.error(
                self.tr("Medarbejderlisten kan ikke læses"),
                exc.message + "\n\n" + self.tr("Filerne behandles uden listen."),
            )
            keep = KeepList()
        batch = [PendingFile(s.path.name) for s in sources]
        self._pending.extend(batch)
        self.doc_model.set_pending(self._pending)
        ctx = self.ctx
        position = {"next": 0}

        def work(progress: Progress, cancel: CancelToken) -> review.Addition:
            return review.build_addition(
                sources, folder, ctx.detectors, keep, ctx.model_version, progress, cancel, isolated=ctx.isolated
            )

        def begin(_total: int, _label: str) -> None:
            if batch:
                batch[0].state = PROCESSING
                self.doc_model.update_pending()

        def advance(_step: int, _detail: str, failed: bool) -> None:
            k = position["next"]
            if k < len(batch):
                batch[k].state = FAILED if failed else DONE
            if k + 1 < len(batch):
                batch[k + 1].state = PROCESSING
            position["next"] = k + 1
            self.doc_model.update_pending()

        def done(kind: str, payload: Any) -> None:
            self._pending = [p for p in self._pending if p not in batch]
            if kind == OK and self.case is case and self.folder is folder:
                added = review.merge_addition(case, folder, payload)
                self._files_added(added)
            elif kind == CANCELLED:
                self.status(self.tr("Indlæsningen blev afbrudt; filerne er ikke lagt ind."))
            elif kind != OK:
                self.error(self.tr("Filerne kunne ikke behandles"), str(payload))
            self.doc_model.set_pending(self._pending)
            self._update_all()

        self.runner.submit(
            Task(
                arg(self.tr("Læser %1 filer"), len(sources)),
                work,
                on_done=done,
                on_advance=advance,
                on_begin=begin,
            )
        )
        return True

    def _files_added(self, added: list[Document]) -> None:
        assert self.case is not None
        self.doc_model.set_case(self.case)
        self._reload_tree()
        failed = [d for d in added if d.status is Status.FAILED]
        self.last_failures = [f"{Path(d.source).name}: {d.error}" for d in failed]
        ok = len(added) - len(failed)
        msg = arg(self.tr("%1 dokumenter lagt ind"), ok)
        if failed:
            msg += arg(self.tr("; %1 filer kunne ikke læses"), len(failed))
        self.status(msg)
        if self.doc_id is None and added:
            self.select_document(added[0].id)
            first = review.next_open(self.case, document=added[0].id)
            if first:
                self.select_item(first)
        if failed:
            self.error(
                self.tr("Nogle filer kunne ikke læses"),
                self.tr("Resten er lagt ind. Disse filer mangler:") + "\n\n" + "\n".join(self.last_failures),
                warning=True,
            )

    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Tilføj filer til sagen"),
            str(Path.home()),
            self.tr("Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def add_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Tilføj en mappe med filer til sagen"), str(Path.home()))
        if path:
            self.add_files([Path(path)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if self.case is None and not self.new_case_dialog():
            return
        self.add_files(paths)

    # ================================================================== selection
    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node(current)
        if node is None:
            return
        if node.kind in (PROPOSAL, MANUAL):
            if node.key != self.selected:
                self.select_item(node.key, from_tree=True)
        else:
            self.selected = None
            self.page_view.select(None)
        self._update_explanation()
        self._update_actions()

    def select_item(self, item_id: str, scroll: bool = True, from_tree: bool = False) -> None:
        """Show a proposal or manual redaction: its document and page, highlighted, and why."""
        case = self.case
        if case is None:
            return
        where = self._location(item_id)
        if where is None:
            return
        doc_id, page = where
        if doc_id != self.doc_id:
            self.select_document(doc_id, page)
        self.selected = item_id
        self.page_view.select(item_id, scroll=scroll)
        if not from_tree:
            index = self.tree_model.index_of(item_id)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.tree.scrollTo(index)
        self._update_explanation()
        self._update_actions()

    def _deselect(self) -> None:
        self.selected = None
        self.page_view.select(None)
        self.tree.selectionModel().clearSelection()
        self.tree.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_explanation()

    def _location(self, item_id: str) -> tuple[str, int] | None:
        case = self.case
        if case is None:
            return None
        if item_id in case.proposals:
            p = case.proposals[item_id]
            return p.document, p.page
        for m in review.manual_redactions(case):
            if m.id == item_id:
                return m.document, m.page
        return None

    def _targets(self) -> tuple[list[str], list[str], str]:
        """Proposal ids and manual ids the buttons act on, and how to name them."""
        rows = self.tree.selectionModel().selectedRows(0)
        if not rows and self.selected:
            index = self.tree_model.index_of(self.selected)
            rows = [index] if index.isValid() else []
        proposals: list[str] = []
        manual: list[str] = []
        for index in rows:
            proposals += self.tree_model.proposal_ids(index)
            manual += self.tree_model.manual_ids(index)
        if not rows and self.selected and self.case is not None and self.selected in self.case.proposals:
            proposals = [self.selected]
        proposals = list(dict.fromkeys(proposals))
        manual = list(dict.fromkeys(manual))
        what = self._describe_targets(rows, proposals)
        return proposals, manual, what

    def _describe_targets(self, rows: list[QModelIndex], proposals: list[str]) -> str:
        if len(rows) == 1 and self.case is not None:
            node = self.tree_model.node(rows[0])
            if node is not None and node.kind == CATEGORY:
                name = entity_name(Entity(node.key))
                return arg(self.tr("hele kategorien %1 (%2 forslag)"), name, len(proposals))
            if node is not None and node.kind == GROUP:
                name = next((g.name for g in review.group_summary(self.case) if g.key == node.key), "")
                return arg(self.tr("gruppen «%1» (%2 forslag)"), name, len(proposals))
        if len(proposals) == 1:
            return self.tr("forslaget")
        return arg(self.tr("%1 forslag"), len(proposals))

    # ================================================================== decisions
    def decide(self, proposal_ids: Sequence[str], action: Action, basis: str = "") -> list[Decision]:
        case, folder = self.case, self.folder
        if case is None or folder is None or not proposal_ids:
            return []
        taken = review.decide_proposals(case, folder, proposal_ids, action, self.ctx.who, basis)
        self._changed()
        return taken

    def accept_selected(self) -> None:
        self._decide_selected(Action.ACCEPT)

    def reject_selected(self) -> None:
        self._decide_selected(Action.REJECT)

    def _decide_selected(self, action: Action) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        proposals, manual, what = self._targets()
        current = self.selected
        if action is Action.REJECT and manual and not proposals:
            for mid in manual:
                review.remove_manual(case, folder, mid, self.ctx.who)
            self.status(self.tr("Den manuelle overstregning er fjernet (Ctrl+Z fortryder)."))
            self.selected = None
            self._changed()
            return
        if not proposals:
            return
        taken = review.decide_proposals(case, folder, proposals, action, self.ctx.who)
        if not taken:
            self.status(self.tr("Allerede afgjort."))
        elif action is Action.ACCEPT:
            self.status(arg(self.tr("Accepteret: %1 bliver overstreget. Ctrl+Z fortryder."), what))
        else:
            self.status(arg(self.tr("Afvist: %1 bliver stående. Ctrl+Z fortryder."), what))
        self._changed()
        # and on to the next open proposal, so the keyboard user never has to reach for the mouse
        after = current if current in case.proposals else proposals[-1]
        shown = self.doc_id
        nxt = review.next_open(case, after, document=self.doc_id)
        if nxt is not None:
            target = case.proposals[nxt].document
            if shown is not None and target != shown:
                # never change document behind the user's back: say where the review went on
                self._moved_note = arg(
                    self.tr("Ingen åbne forslag tilbage i «%1»: videre til «%2», side %3."),
                    case.document(shown).title,
                    case.document(target).title,
                    case.proposals[nxt].page + 1,
                )
            self.select_item(nxt)
            if self._moved_note:
                self.status(self._moved_note)
                self._show_banner()
                self._moved_note = ""
        else:
            self.status(self.tr("Ingen åbne forslag tilbage. Sagen er klar til eksport (Ctrl+E)."))

    def next_open(self) -> None:
        self._step(backwards=False)

    def previous_open(self) -> None:
        self._step(backwards=True)

    def _step(self, backwards: bool) -> None:
        if self.case is None:
            return
        current = self.selected if self.selected in self.case.proposals else None
        nxt = review.next_open(self.case, current, backwards=backwards, document=self.doc_id)
        if nxt is None:
            self.status(self.tr("Ingen åbne forslag tilbage."))
            return
        self.select_item(nxt)

    def accept_all_dialog(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        open_ids = [pid for pid, s in case.states().items() if s is State.OPEN]
        if not open_ids:
            self.status(self.tr("Ingen åbne forslag."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Acceptér alle"),
            arg(self.tr("Acceptér alle %1 åbne forslag i sagen? (Ctrl+Z fortryder)"), len(open_ids)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.decide(open_ids, Action.ACCEPT)

    def basis_dialog(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        proposals, manual, what = self._targets()
        ids = proposals + manual
        if not ids:
            return
        bases = case.bases()
        current = bases.get(ids[0], self.settings.default_basis)
        dialog = dialogs.BasisDialog(current, what, self)
        dialog.accepted.connect(lambda: self.set_basis(ids, dialog.basis()))
        dialog.open()

    def set_basis(self, ids: Sequence[str], basis: str) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None or not basis:
            return
        review.set_basis(case, folder, ids, basis, self.ctx.who)
        self.status(arg(self.tr("Hjemmel sat til %1."), review.basis_citation(basis)))
        self._changed()

    def undo(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        undone = review.undo_last(case, folder, self.ctx.who)
        if not undone:
            self.status(self.tr("Der er intet at fortryde."))
            return
        self.status(arg(self.tr("Fortrudt: %1"), self._describe_decisions(undone)))
        self._changed()
        self._show_decisions(undone)

    def redo(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        again = review.redo(case, folder, self.ctx.who)
        if not again:
            self.status(self.tr("Der er intet at gentage."))
            return
        self.status(arg(self.tr("Gentaget: %1"), self._describe_decisions(again)))
        self._changed()
        self._show_decisions(again)

    def _describe_decisions(self, decisions: list[Decision]) -> str:
        action = decisions[0].action
        names = {
            Action.ACCEPT: self.tr("accept"),
            Action.REJECT: self.tr("afvisning"),
            Action.MANUAL: self.tr("manuel overstregning"),
            Action.UNDO: self.tr("fortrydelse"),
            Action.WITHHOLD_DOCUMENT: self.tr("undtagelse af dokumentet"),
            Action.WITHHOLD_PAGE: self.tr("undtagelse af siden"),
        }
        name = names.get(action, str(action))
        return name if len(decisions) == 1 else arg(self.tr("%1 af %2"), name, len(decisions))

    def _show_decisions(self, decisions: list[Decision]) -> None:
        case = self.case
        if case is None:
            return
        for d in decisions:
            if d.proposal in case.proposals:
                self.select_item(d.proposal)
                return
            if d.action in (Action.WITHHOLD_DOCUMENT, Action.WITHHOLD_PAGE) and d.document:
                if d.document != self.doc_id:
                    self.select_document(d.document, max(d.page, 0))
                return
            if d.action is Action.MANUAL and d.document:
                if d.document != self.doc_id:
                    self.select_document(d.document, d.page)
                if self._location(d.proposal) is not None:
                    self.select_item(d.proposal)
                return

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

    def _page_text(self, page: int) -> PageText | None:
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None:
            return None
        key = (doc_id, page)
        if key not in self._page_texts:
            try:
                self.setCursor(QCursor(Qt.CursorShape.WaitCursor))
                self._page_texts[key] = review.page_text(case, folder, doc_id, page)
            except RedactError as exc:
                self.status(exc.message)
                return None
            finally:
                self.unsetCursor()
        return self._page_texts[key]

    def manual_area(self, page: int, box: Box) -> Decision | None:
        """Black out a drawn rectangle on a page of the shown document."""
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None:
            return None
        pt = self._page_text(page)
        text = review.text_in_area(pt, box) if pt is not None else ""
        d = review.manual_redaction(case, folder, doc_id, page, [box], text, self.ctx.who, self.settings.default_basis)
        self.status(self.tr("Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det."))
        self._changed()
        self.select_item(d.proposal, scroll=False)
        return d

    def _text_selected(self, page: int, start: int, end: int) -> None:
        pt = self._page_text(page)
        if pt is None or self.doc_id is None:
            return
        self.text_selection = review.occurrence_for_range(self.doc_id, pt, start, end)
        if self.text_selection is None:
            return
        text = self.text_selection.text
        short = text if len(text) <= 40 else text[:37] + "…"
        menu = QMenu(self)
        menu.addAction(arg(self.tr("Overstreg «%1»"), short), self.redact_text_selection)
        menu.addAction(
            arg(self.tr("Overstreg alle forekomster af «%1» i sagen…"), short), lambda: self.find_dialog_open(text)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Annullér"), self.page_view.clear_text_selection)
        self.status(self.tr("Tryk Enter for at overstrege markeringen, eller vælg i menuen."))
        if self.ctx.interactive:
            menu.popup(QCursor.pos())

    def redact_text_selection(self) -> None:
        occ = self.text_selection
        if occ is None:
            return
        self.redact_occurrence(occ)

    def redact_occurrence(self, occ: review.Occurrence) -> Decision | None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return None
        d = review.manual_redaction(
            case, folder, occ.document, occ.page, occ.boxes, occ.text, self.ctx.who, self.settings.default_basis
        )
        self.text_selection = None
        self.page_view.clear_text_selection()
        self._changed()
        self.select_item(d.proposal, scroll=False)
        return d

    def redact_all(self, occurrences: list[review.Occurrence], basis: str = "") -> list[Decision]:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return []
        taken = review.redact_occurrences(case, folder, occurrences, self.ctx.who, basis or self.settings.default_basis)
        self.status(arg(self.tr("%1 forekomster bliver overstreget. Ctrl+Z fortryder dem alle."), len(taken)))
        self._changed()
        return taken

    def find_dialog_open(self, text: str = "") -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        if not text and self.text_selection is not None:
            text = self.text_selection.text
        dialog = dialogs.FindDialog(case, text, self.settings.default_basis, self)
        self.find_dialog = dialog
        dialog.search_requested.connect(self._search)
        dialog.accepted.connect(lambda: self.redact_all(dialog.results, dialog.chosen_basis()))
        dialog.open()
        if text:
            dialog.search_button.click()

    def _search(self, text: str, regex: bool, match_case: bool, whole: bool) -> None:
        case, folder, dialog = self.case, self.folder, self.find_dialog
        if case is None or folder is None or dialog is None:
            return
        snapshot = _snapshot(case)
        generation = dialog.generation

        def work(progress: Progress, cancel: CancelToken) -> list[review.Occurrence]:
            return review.find_occurrences(snapshot, folder, text, regex, match_case, whole, progress, cancel)

        def done(kind: str, payload: Any) -> None:
            if kind == OK:
                dialog.show_results(payload, generation)
            else:
                dialog.show_error(str(payload) if payload else self.tr("Søgningen blev afbrudt."), generation)

        self.runner.submit(Task(self.tr("Søger i sagen"), work, on_done=done))

    def withhold_current_page(self, basis: str = "") -> bool:
        """Leave the page shown out of the release (a WITHHOLD_PAGE decision); asks for the basis."""
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None or self.page_view.page_count == 0:
            return False
        page = max(0, self.page_view.current_page())
        what = arg(self.tr("side %1"), page + 1)
        return self._withhold(doc_id, page, what, basis)

    def withhold_current_document(self, basis: str = "") -> bool:
        """Leave the document shown out of the release (a WITHHOLD_DOCUMENT decision); asks for the basis."""
        case, folder, doc_id = self.case, self.folder, self.doc_id
        if case is None or folder is None or doc_id is None or self.page_view.page_count == 0:
            return False
        return self._withhold(doc_id, -1, self.tr("hele dokumentet"), basis)

    def _withhold(self, doc_id: str, page: int, what: str, basis: str) -> bool:
        if basis or not self.ctx.interactive:
            return self.withhold(doc_id, page, basis or self.settings.default_basis)
        dialog = dialogs.BasisDialog(self.settings.default_basis, what, self, withhold=True)
        dialog.accepted.connect(lambda: self.withhold(doc_id, page, dialog.basis()))
        dialog.open()
        return True

    def withhold(self, doc_id: str, page: int, basis: str) -> bool:
        """Record the withholding of a document (page -1) or one page of it under `basis`, as `redact withhold`."""
        case, folder = self.case, self.folder
        if case is None or folder is None or not basis:
            return False
        try:
            if page >= 0:
                package.withhold_page(case, folder, doc_id, page, basis, self.ctx.who, review.loaded_bases())
            else:
                package.withhold_document(case, folder, doc_id, basis, self.ctx.who, review.loaded_bases())
        except RedactError as exc:
            self.error(self.tr("Kan ikke undtage"), exc.message)
            return False
        citation = review.basis_citation(basis)
        if page >= 0:
            self.status(arg(self.tr("Side %1 er undtaget efter %2. Ctrl+Z fortryder."), page + 1, citation))
        else:
            self.status(arg(self.tr("Dokumentet er undtaget efter %1. Ctrl+Z fortryder."), citation))
        self._changed()
        return True

    # ================================================================== preview and export
    def set_preview(self, on: bool) -> None:
        self.act_preview.setChecked(on)
        if on:
            self.set_tool(Tool.SELECT)
        if self.doc_id is not None:
            self.select_document(self.doc_id)

    def _clear_previews(self) -> None:
        self._previews = {}
        self._preview_error = {}
        if self._preview_dir is not None:
            shutil.rmtree(self._preview_dir, ignore_errors=True)
            self._preview_dir = None

    def preview_path(self, doc_id: str) -> Path | None:
        """The preview of a document if it is up to date with the decisions."""
        have = self._previews.get(doc_id)
        if have is None or self.case is None or have[0] != len(self.case.decisions):
            return None
        return have[1]

    def _show_preview(self, doc_id: str) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        path = self.preview_path(doc_id)
        if path is not None:
            self.page_view.set_pages(review.file_page_sizes(path), lambda p, z: review.render_file_page(path, p, z))
            self.page_view.set_overlays([])
            return
        error = self._preview_error.get(doc_id)
        if error:
            self.page_view.show_message(arg(self.tr("Dokumentet kan ikke udleveres, som det står:\n\n%1"), error))
            return
        self.page_view.show_message(self.tr("Forhåndsvisningen laves…"))
        if self._preview_dir is None:
            self._preview_dir = Path(tempfile.mkdtemp(prefix="redact-preview-"))
        made_at = len(case.decisions)
        out = self._preview_dir / f"{doc_id}-{made_at}"
        snapshot = _snapshot(case)
        ctx = self.ctx

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return review.preview_document(snapshot, folder, doc_id, out, progress, cancel, isolated=ctx.isolated)

        def done(kind: str, payload: Any) -> None:
            if self.case is not case:
                return
            if kind == OK:
                self._previews[doc_id] = (made_at, payload)
            elif kind != CANCELLED:
                self._preview_error[doc_id] = str(payload)
            if self.act_preview.isChecked() and self.doc_id == doc_id:
                self._show_preview(doc_id)

        self.runner.submit(Task(self.tr("Laver forhåndsvisning"), work, on_done=done))

    def export_dialog(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        open_left = sum(1 for s in case.states().values() if s is State.OPEN)
        if open_left:
            box = self.open_proposals_box(open_left)
            box.exec()
            if box.clickedButton() is not box.property("export_anyway"):
                self.next_open()
                return
        target = folder / EXPORT_DIR
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Eksportér"))
        box.setText(
            arg(
                self.tr(
                    "Pakken til aktindsigt (overstregede og kontrollerede PDF'er, aktliste, udkast til afgørelse "
                    "og revisionsspor) gemmes i:\n\n%1\n\nEn tidligere pakke dér erstattes."
                ),
                target,
            )
        )
        export = box.addButton(self.tr("Eksportér"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Vælg en anden mappe…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is other:
            path = QFileDialog.getExistingDirectory(self, self.tr("Vælg mappe til pakken"), str(folder))
            if not path:
                return
            target = Path(path)
        elif box.clickedButton() is not export:
            return
        self.export_to(target)

    def open_proposals_box(self, open_left: int) -> QMessageBox:
        """The warning before exporting with open proposals. Open proposals are not redacted, so the
        safe answer (go to the next open proposal) is the default: Enter or Esc never exports."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Åbne forslag"))
        box.setText(arg(self.tr("%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget."), open_left))
        go = box.addButton(self.tr("Gå til næste åbne forslag"), QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(self.tr("Eksportér alligevel"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go)
        box.setEscapeButton(go)
        box.setProperty("export_anyway", anyway)
        return box

    def export_to(self, out_dir: Path) -> bool:
        """Export in the background; the report dialog shows what was written and what failed."""
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return False
        try:
            review.check_export_folder(case, out_dir)
            review.check_export_folder(case, out_dir / package.DOCUMENTS_DIR)
        except RedactError as exc:
            self.error(self.tr("Vælg en anden mappe"), exc.message)
            return False
        snapshot = _snapshot(case)
        open_left = sum(1 for s in case.states().values() if s is State.OPEN)
        ctx = self.ctx

        bases = review.loaded_bases()

        def work(progress: Progress, cancel: CancelToken) -> PackageOutcome:
            if ctx.isolated:
                return review.run_isolated(
                    package.export_package, snapshot, folder, out_dir, bases, progress=progress, cancel=cancel
                )
            return package.export_package(snapshot, folder, out_dir, bases, progress=progress, cancel=cancel)

        def done(kind: str, payload: Any) -> None:
            if kind == OK:
                outcome: PackageOutcome = payload
                self.last_export = (outcome, out_dir)
                released = sum(1 for r in outcome.documents if r.file)
                self.status(arg(self.tr("Pakken er skrevet i %1 (%2 dokumenter udleveret)"), out_dir, released))
                self.report_dialog = dialogs.ExportReportDialog(outcome, out_dir, open_left, self)
            elif kind == CANCELLED:
                self.status(self.tr("Eksporten blev afbrudt."))
                return
            else:
                self.last_export = (None, out_dir)
                self.status(arg(self.tr("Eksporten mislykkedes: %1"), str(payload)))
                self.report_dialog = dialogs.ExportReportDialog(None, out_dir, open_left, self, error=str(payload))
            if self.ctx.interactive:
                self.report_dialog.open()

        self.runner.submit(Task(self.tr("Eksporterer"), work, on_done=done))
        return True

    # ================================================================== small dialogs
    def new_case_dialog(self) -> bool:
        dialog = dialogs.NewCaseDialog(self.ctx.case_dir, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.new_case(dialog.folder(), dialog.title.text(), dialog.journal.text())

    def open_case_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Åbn sag"), str(self.ctx.case_dir), self.tr("Sager (sag.redact);;Alle filer (*)")
        )
        if path:
            self.open_case(Path(path))

    def case_info_dialog(self) -> None:
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return
        dialog = dialogs.NewCaseDialog(folder.parent, self)
        dialog.setWindowTitle(self.tr("Sagsoplysninger"))
        dialog.title.setText(case.title)
        dialog.journal.setText(case.journal)
        dialog.create_button.setText(self.tr("Gem"))
        dialog.where.setText(str(folder))
        dialog.title.textChanged.disconnect()
        dialog.journal.textChanged.disconnect()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            review.update_info(case, folder, dialog.title.text(), dialog.journal.text())
            self._update_title()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: UserSettings) -> None:
        changed_list = settings.keep_list != self.settings.keep_list
        self.settings = settings
        settings.save(self.ctx.store)
        self._update_title()
        if changed_list:
            self.offer_keep_list()

    def offer_keep_list(self) -> list[str]:
        """A staff keep-list chosen or changed: offer to reject the open proposals it keeps (one
        action, Ctrl+Z takes it back). Returns their ids; the question is `self.keep_list_box`."""
        case, folder = self.case, self.folder
        if case is None or folder is None:
            return []
        try:
            keep = review.load_keep_list(self.settings.keep_list)
        except RedactError as exc:
            self.error(self.tr("Medarbejderlisten kan ikke læses"), exc.message)
            return []
        ids = staff.kept_open_proposals(case, folder, keep)
        if not ids:
            self.status(self.tr("Medarbejderlisten bruges på filer, der lægges ind fremover."))
            return []
        examples = ", ".join(dict.fromkeys(f"«{case.proposals[i].text}»" for i in ids[:40]))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Medarbejderliste"))
        box.setText(
            arg(
                self.tr(
                    "Medarbejderlisten omfatter %1 af sagens åbne forslag:\n\n%2\n\nAfvis dem nu? (Ctrl+Z fortryder)"
                ),
                len(ids),
                examples,
            )
        )
        yes = box.addButton(self.tr("Afvis dem"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Lad dem stå"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)

        def answered(button: object) -> None:
            if button is yes and self.case is case:
                taken = self.decide(ids, Action.REJECT)
                self.status(arg(self.tr("%1 forslag på medarbejderlisten er afvist. Ctrl+Z fortryder."), len(taken)))

        box.buttonClicked.connect(answered)
        self.keep_list_box = box
        if self.ctx.interactive:
            box.open()
        return ids

    def shortcuts_dialog(self) -> None:
        dialogs.ShortcutsDialog(self).open()

    def error(self, title: str, message: str, warning: bool = False) -> None:
        """Tell the user; in non-interactive runs only the status bar (and the log of the test) gets it."""
        self.status(f"{title}: {message}")
        if self.ctx.interactive:
            box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Critical, title, message)
            box.setParent(self, box.windowFlags())
            box.open()

    def status(self, text: str) -> None:
        """One line in the status bar; the whole text (an error can be long) as its tooltip."""
        line = " ".join(text.split())
        self.status_label.setToolTip(text if line != text or len(line) > 160 else "")
        self.status_label.setText(line if len(line) <= 160 else line[:157] + "…")

    # ================================================================== refreshing
    def _changed(self) -> None:
        """A decision was taken: refresh every view of the case (cheap: states are recomputed)."""
        self._update_all()
        if self.act_preview.isChecked() and self.doc_id is not None:
            self._show_preview(self.doc_id)

    def _update_all(self) -> None:
        self.doc_model.refresh()
        expanded = self._expanded_keys()
        if self.tree_model.refresh():
            self._restore_tree(expanded)
        self._update_overlays()
        self._update_explanation()
        self._update_actions()
        self._update_counts()
        self._update_title()

    def _reload_tree(self) -> None:
        expanded = self._expanded_keys()
        doc = self.doc_id if self.only_document.isChecked() else None
        self.tree_model.set_case(self.case, doc)
        self._restore_tree(expanded)

    def _expanded_keys(self) -> set[str]:
        keys: set[str] = set()
        model = self.tree_model
        for r in range(model.rowCount()):
            cat = model.index(r, 0)
            if self.tree.isExpanded(cat):
                keys.add(str(model.data(cat, Qt.ItemDataRole.UserRole + 1)))
            for g in range(model.rowCount(cat)):
                group = model.index(g, 0, cat)
                if self.tree.isExpanded(group):
                    keys.add(str(model.data(group, Qt.ItemDataRole.UserRole + 1)))
        return keys

    def _restore_tree(self, expanded: set[str]) -> None:
        model = self.tree_model
        for r in range(model.rowCount()):
            cat = model.index(r, 0)
            key = str(model.data(cat, Qt.ItemDataRole.UserRole + 1))
            self.tree.setExpanded(cat, key in expanded or not expanded)
            for g in range(model.rowCount(cat)):
                group = model.index(g, 0, cat)
                if str(model.data(group, Qt.ItemDataRole.UserRole + 1)) in expanded:
                    self.tree.setExpanded(group, True)
        if self.selected:
            index = model.index_of(self.selected)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )

    def _expand_categories(self) -> None:
        for r in range(self.tree_model.rowCount()):
            self.tree.setExpanded(self.tree_model.index(r, 0), True)

    def overlays_for(self, doc_id: str) -> list[Overlay]:
        """What the page view draws for a document: its proposals and manual redactions."""
        case = self.case
        if case is None:
            return []
        states = case.states()
        bases = case.bases()
        out: list[Overlay] = []
        for p in case.proposals_of(doc_id):
            state = states[p.id]
            look = {State.OPEN: Look.OPEN, State.ACCEPTED: Look.ACCEPTED, State.REJECTED: Look.REJECTED}[state]
            label = review.basis_label(case, bases.get(p.id, p.basis))
            tip = f"{entity_name(p.entity)}: «{p.text}» – {state_name(state)}"
            out.append(Overlay(p.id, p.page, p.boxes, p.entity, look, label, tip))
        for m in review.manual_redactions(case, doc_id):
            tip = arg(self.tr("Manuel overstregning (%1)"), m.label)
            out.append(Overlay(m.id, m.page, m.boxes, Entity.MANUAL, Look.ACCEPTED, m.label, tip))
        whole = case.withheld_document(doc_id)
        pages = case.document(doc_id).pages
        withheld = {p: whole for p in range(pages)} if whole else case.withheld_pages(doc_id)
        sizes = review.page_sizes(case, self.folder, doc_id) if withheld and self.folder is not None else []
        for page, w in sorted(withheld.items()):
            if not 0 <= page < len(sizes):
                continue
            label = review.basis_label(case, w.basis)
            what = self.tr("Dokumentet") if whole else arg(self.tr("Side %1"), page + 1)
            tip = arg(self.tr("%1 er undtaget fra aktindsigt efter %2"), what, review.basis_citation(w.basis))
            box = (Box(0.0, 0.0, sizes[page][0], sizes[page][1]),)
            out.append(Overlay(f"withhold:{doc_id}:{page}", page, box, Entity.MANUAL, Look.WITHHELD, label, tip))
        return out

    def _update_overlays(self) -> None:
        if self.case is None or self.doc_id is None or self.act_preview.isChecked():
            return
        if self.case.document(self.doc_id).status is not Status.READY or self.page_view.page_count == 0:
            return
        self.page_view.set_overlays(self.overlays_for(self.doc_id))
        if self.selected and self.selected in self.page_view.overlays():
            self.page_view.select(self.selected, scroll=False)

    def _update_explanation(self) -> None:
        self.explanation.setHtml(self.explanation_html())

    def explanation_html(self) -> str:
        """Why the selected proposal was made (which detector, how sure, the reason), or the group's summary."""
        case = self.case
        if case is None:
            return ""
        e = escape
        index = self.tree.currentIndex()
        node = self.tree_model.node(index)
        item = self.selected
        if node is not None and node.kind in (GROUP, CATEGORY) and (item is None or node.key != item):
            ids = self.tree_model.proposal_ids(index)
            states = case.states()
            open_ = sum(1 for i in ids if states[i] is State.OPEN)
            docs = len({case.proposals[i].document for i in ids})
            name = str(self.tree_model.data(index, Qt.ItemDataRole.DisplayRole))
            return (
                f"<p><b>{e(name)}</b></p><p>"
                + e(arg(self.tr("%1 forslag i %2 dokumenter, %3 åbne."), len(ids), docs, open_))
                + "</p><p>"
                + e(self.tr("A accepterer alle, R afviser alle. H sætter hjemmel for dem alle."))
                + "</p>"
            )
        if item is None:
            return "<p>" + e(self.tr("Vælg et forslag i listen eller på siden. N går til næste åbne forslag.")) + "</p>"
        if item in case.proposals:
            p = case.proposals[item]
            state = case.states()[item]
            basis = case.bases().get(item, p.basis)
            group = next((g for g in review.group_summary(case) if g.key == p.group), None)
            rows = [
                (self.tr("Status"), state_name(state)),
                (self.tr("Fundet af"), p.detector),
                (self.tr("Sikkerhed"), f"{round(p.score * 100)} %"),
                (self.tr("Hvorfor"), p.reason),
                (self.tr("Hjemmel"), review.basis_citation(basis)),
                (self.tr("Dokument"), arg(self.tr("%1, side %2"), case.document(p.document).title, p.page + 1)),
            ]
            if group is not None and group.mentions > 1:
                rows.append(
                    (self.tr("Gruppe"), arg(self.tr("%1 forekomster i %2 dokumenter"), group.mentions, group.documents))
                )
            table = "".join(f"<tr><td><i>{e(k)}</i>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
            return f"<p><b>{e(entity_name(p.entity))}</b>: «{e(p.text)}»</p><table>{table}</table>"
        m = next((m for m in review.manual_redactions(case) if m.id == item), None)
        if m is None:
            return ""
        rows = [
            (self.tr("Tekst"), m.text or self.tr("(et område uden tekst)")),
            (self.tr("Hjemmel"), review.basis_citation(m.basis)),
            (self.tr("Lavet af"), f"{m.who}, {m.when[:16].replace('T', ' ')}"),
            (self.tr("Dokument"), arg(self.tr("%1, side %2"), case.document(m.document).title, m.page + 1)),
        ]
        table = "".join(f"<tr><td><i>{e(k)}</i>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
        return (
            f"<p><b>{e(self.tr('Manuel overstregning'))}</b></p><table>{table}</table><p>"
            + e(self.tr("R fjerner den."))
            + "</p>"
        )

    def _update_actions(self) -> None:
        has_case = self.case is not None
        has_doc = has_case and self.doc_id is not None
        history = review.history(self.case) if self.case is not None else None
        for a in (self.act_add, self.act_add_folder, self.act_info, self.act_find, self.act_accept_all):
            a.setEnabled(has_case)
        for a in (self.act_next, self.act_prev, self.act_export, self.act_preview):
            a.setEnabled(has_case)
        for a in (self.act_remove, self.act_up, self.act_down, self.act_withhold_page, self.act_withhold_doc):
            a.setEnabled(has_doc)
        pages = self.page_view.page_count > 0
        preview = self.act_preview.isChecked()
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_tool_select):
            a.setEnabled(pages)
        for a in (self.act_tool_area, self.act_tool_text):
            a.setEnabled(pages and not preview)
        self.zoom_box.setEnabled(pages)
        self.act_undo.setEnabled(bool(history and history.undo))
        self.act_redo.setEnabled(bool(history and history.redo))
        for w in (self.add_button, self.add_folder_button):
            w.setEnabled(has_case)
        self.remove_button.setEnabled(has_doc)
        proposals, manual, what = self._targets() if has_case else ([], [], "")
        self.accept_button.setEnabled(bool(proposals))
        self.reject_button.setEnabled(bool(proposals or manual))
        self.basis_button.setEnabled(bool(proposals or manual))
        self.act_accept.setEnabled(bool(proposals))
        self.act_reject.setEnabled(bool(proposals or manual))
        self.act_basis.setEnabled(bool(proposals or manual))
        if len(proposals) > 1:
            self.accept_button.setText(arg(self.tr("Acceptér %1 (A)"), len(proposals)))
            self.reject_button.setText(arg(self.tr("Afvis %1 (R)"), len(proposals)))
        else:
            self.accept_button.setText(self.tr("Acceptér (A)"))
            self.reject_button.setText(self.tr("Fjern (R)") if manual and not proposals else self.tr("Afvis (R)"))
        self.accept_button.setToolTip(arg(self.tr("Acceptér %1: teksten bliver overstreget"), what))
        self.reject_button.setToolTip(arg(self.tr("Afvis %1: teksten bliver stående"), what))

    def _update_counts(self) -> None:
        case = self.case
        if case is None:
            self.counts_label.setText("")
            return
        progress = review.document_progress(case)
        open_ = sum(p.open for p in progress.values())
        docs = sum(1 for p in progress.values() if p.open)
        page = ""
        if self.page_view.page_count:
            page = arg(self.tr("Side %1 af %2 · "), self.page_view.current_page() + 1, self.page_view.page_count)
        if open_:
            counts = arg(self.tr("%1 åbne forslag i %2 dokumenter"), open_, docs)
        else:
            counts = self.tr("Ingen åbne forslag")
        self.counts_label.setText(page + counts)

    def _zoom_changed(self, zoom: float) -> None:
        k = min(range(self.zoom_box.count()), key=lambda i: abs(float(self.zoom_box.itemData(i)) - zoom))
        self.zoom_box.setItemText(k, f"{round(zoom * 100)} %")
        self.zoom_box.setCurrentIndex(k)

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.progress.reset()
            if self.status_label.text() == self._task_status:
                self.status("")

    def _task_begun(self, task_label: str, total: int, label: str) -> None:
        # The bar holds only the count; what is being done goes into the status line, which has room.
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setFormat("%v/%m")
        digits = "0" * len(str(max(total, 1)))
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(f"{digits}/{digits}") + 48)
        self._task_status = (label or task_label) + "…"
        self.status(self._task_status)

    # ================================================================== closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._clear_previews()
        if self.ctx.interactive:
            self.ctx.store.setValue("geometry", self.saveGeometry())
            self.ctx.store.sync()
        super().closeEvent(event)

    def open_folder(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
