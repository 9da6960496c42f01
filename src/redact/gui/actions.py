"""The window's actions as data: text, keys, tip, the window method they call, when they are
enabled, and where they appear (menus, toolbar). `build` turns the table into QActions.

Texts are marked for translation in the "MainWindow" context, so the English catalogue keeps
its entries; `build` translates them when the window is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

Key = QKeySequence.StandardKey | str


class When(StrEnum):
    """When an action can be used (the window checks these after every change)."""

    ALWAYS = "always"
    CASE = "case"  # a case is open
    DOCUMENT = "document"  # a document is shown
    PAGES = "pages"  # pages are shown
    EDITABLE = "editable"  # pages are shown and not as the preview
    UNDO = "undo"
    REDO = "redo"
    TARGETS = "targets"  # proposals are chosen (accept)
    ANY_TARGET = "any_target"  # proposals or manual redactions are chosen (reject, basis)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # the window gets it as `act_<name>`
    text: object  # marked with QT_TRANSLATE_NOOP (typed object by PySide6), translated by `build`
    slot: str  # a method of the window or of one of its parts ("export.export_dialog"), called without arguments
    keys: tuple[Key, ...] = ()
    tip: object = ""
    when: When = When.ALWAYS
    checkable: bool = False
    group: str = ""  # actions of one exclusive group (the tools)


StandardKey = QKeySequence.StandardKey

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&Ny sag…"), "cases.new_case_dialog", (StandardKey.New,)),
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Åbn sag…"), "cases.open_case_dialog", (StandardKey.Open,)),
    ActionSpec("info", QT_TRANSLATE_NOOP("MainWindow", "Sags&oplysninger…"), "cases.case_info_dialog", when=When.CASE),
    ActionSpec(
        "add",
        QT_TRANSLATE_NOOP("MainWindow", "&Tilføj filer…"),
        "adding.add_files_dialog",
        ("Ctrl+Shift+O",),
        when=When.CASE,
    ),
    ActionSpec(
        "add_folder", QT_TRANSLATE_NOOP("MainWindow", "Tilføj &mappe…"), "adding.add_folder_dialog", when=When.CASE
    ),
    ActionSpec(
        "remove",
        QT_TRANSLATE_NOOP("MainWindow", "&Fjern dokument…"),
        "doc_changes.remove_documents_dialog",
        when=When.DOCUMENT,
    ),
    ActionSpec("up", QT_TRANSLATE_NOOP("MainWindow", "Flyt dokument &op"), "move_up", ("Alt+Up",), when=When.DOCUMENT),
    ActionSpec(
        "down", QT_TRANSLATE_NOOP("MainWindow", "Flyt dokument &ned"), "move_down", ("Alt+Down",), when=When.DOCUMENT
    ),
    ActionSpec(
        "preview",
        QT_TRANSLATE_NOOP("MainWindow", "&Forhåndsvis udleveret version"),
        "toggle_preview",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("MainWindow", "Vis dokumentet, som det bliver udleveret: overstreget og kontrolleret"),
        When.CASE,
        checkable=True,
    ),
    ActionSpec(
        "black",
        QT_TRANSLATE_NOOP("MainWindow", "Vis accepterede som &sorte felter"),
        "toggle_black",
        ("Ctrl+B",),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Accepterede overstregninger vises som omrids med hjemmel, så teksten kan læses; her vises de sorte",
        ),
        When.CASE,
        checkable=True,
    ),
    ActionSpec(
        "export", QT_TRANSLATE_NOOP("MainWindow", "&Eksportér…"), "export.export_dialog", ("Ctrl+E",), when=When.CASE
    ),
    ActionSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "&Indstillinger…"), "prefs.settings_dialog", ("Ctrl+,",)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Afslut"), "close", (StandardKey.Quit,)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Fortryd"), "deciding.undo", ("Ctrl+Z",), when=When.UNDO),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("MainWindow", "&Annullér fortryd"),
        "deciding.redo",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        when=When.REDO,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("MainWindow", "Overstreg alle &forekomster…"),
        "search.find_dialog_open",
        ("Ctrl+F",),
        when=When.CASE,
    ),
    ActionSpec(
        "next", QT_TRANSLATE_NOOP("MainWindow", "&Næste åbne forslag"), "deciding.next_open", ("N", "J"), when=When.CASE
    ),
    ActionSpec(
        "prev",
        QT_TRANSLATE_NOOP("MainWindow", "&Forrige åbne forslag"),
        "deciding.previous_open",
        ("P", "K"),
        when=When.CASE,
    ),
    ActionSpec(
        "accept", QT_TRANSLATE_NOOP("MainWindow", "&Acceptér"), "deciding.accept_selected", ("A",), when=When.TARGETS
    ),
    ActionSpec(
        "reject", QT_TRANSLATE_NOOP("MainWindow", "Af&vis"), "deciding.reject_selected", ("R",), when=When.ANY_TARGET
    ),
    ActionSpec(
        "basis", QT_TRANSLATE_NOOP("MainWindow", "&Hjemmel…"), "deciding.basis_dialog", ("H",), when=When.ANY_TARGET
    ),
    ActionSpec(
        "accept_all",
        QT_TRANSLATE_NOOP("MainWindow", "Acceptér alle åbne &forslag…"),
        "deciding.accept_all_dialog",
        when=When.CASE,
    ),
    ActionSpec(
        "withhold_page",
        QT_TRANSLATE_NOOP("MainWindow", "Undtag hele &siden"),
        "deciding.withhold_current_page",
        when=When.DOCUMENT,
    ),
    ActionSpec(
        "withhold_doc",
        QT_TRANSLATE_NOOP("MainWindow", "Undtag hele &dokumentet"),
        "deciding.withhold_current_document",
        when=When.DOCUMENT,
    ),
    ActionSpec(
        "redact_text",
        QT_TRANSLATE_NOOP("MainWindow", "Overstreg markeret &tekst"),
        "search.redact_text_selection",
        ("Return",),
    ),
    ActionSpec(
        "tool_select",
        QT_TRANSLATE_NOOP("MainWindow", "&Vælg og rul"),
        "tool_select",
        ("V", "Esc"),
        when=When.PAGES,
        group="tools",
    ),
    ActionSpec(
        "tool_area",
        QT_TRANSLATE_NOOP("MainWindow", "Tegn &område"),
        "tool_area",
        ("O",),
        QT_TRANSLATE_NOOP("MainWindow", "Træk et felt, der skal overstreges"),
        When.EDITABLE,
        group="tools",
    ),
    ActionSpec(
        "tool_text",
        QT_TRANSLATE_NOOP("MainWindow", "Markér &tekst"),
        "tool_text",
        ("T",),
        QT_TRANSLATE_NOOP("MainWindow", "Markér tekst, der skal overstreges"),
        When.EDITABLE,
        group="tools",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &ind"),
        "zoom_in",
        (StandardKey.ZoomIn, "Ctrl+="),
        when=When.PAGES,
    ),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom &ud"), "zoom_out", (StandardKey.ZoomOut,), when=When.PAGES
    ),
    ActionSpec("fit", QT_TRANSLATE_NOOP("MainWindow", "&Tilpas bredden"), "fit_width", ("Ctrl+0",), when=When.PAGES),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "&Tastaturgenveje"),
        "shortcuts_dialog",
        (StandardKey.HelpContents,),
    ),
)

# "-" is a separator, "@recent" the menu of recent cases.
MENUS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Sag"),
        ("new", "open", "@recent", "info", "-", "add", "add_folder", "remove", "up", "down", "-", "preview")
        + ("export", "-", "settings", "quit"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Rediger"), ("undo", "redo", "-", "find", "redact_text")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Gennemsyn"),
        ("next", "prev", "accept", "reject", "basis", "-", "accept_all", "-", "withhold_page", "withhold_doc"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Vis"),
        ("tool_select", "tool_area", "tool_text", "-", "black", "-", "zoom_in", "zoom_out", "fit"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Hjælp"), ("shortcuts",)),
)
# "@zoom" is the zoom box.
TOOLBAR: tuple[str, ...] = (
    "new", "open", "add", "-", "undo", "redo", "-", "tool_select", "tool_area", "tool_text", "-",
    "zoom_out", "@zoom", "zoom_in", "fit", "-", "black", "preview", "export",
)  # fmt: skip


def _tr(text: object) -> str:
    return QCoreApplication.translate("MainWindow", str(text))


def build(owner: QObject, slots: Callable[[str], Callable[[], object]]) -> dict[str, QAction]:
    """QActions for ACTIONS, each calling `slots(spec.slot)()`; tools form exclusive groups."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = QAction(_tr(spec.text), owner)
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.tip:
            action.setToolTip(_tr(spec.tip))
            action.setStatusTip(_tr(spec.tip))
        action.setCheckable(spec.checkable or bool(spec.group))
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(owner)).addAction(action)
        action.triggered.connect(lambda _checked=False, slot=spec.slot: slots(slot)())
        actions[spec.name] = action
    return actions


def fill_menus(bar: QMenuBar, actions: dict[str, QAction]) -> QMenu:
    """The menu bar from MENUS; returns the (empty) menu of recent cases."""
    recent: QMenu | None = None
    for title, names in MENUS:
        menu = bar.addMenu(_tr(title))
        for name in names:
            if name == "-":
                menu.addSeparator()
            elif name == "@recent":
                recent = menu.addMenu(QCoreApplication.translate("MainWindow", "&Seneste sager"))
            else:
                menu.addAction(actions[name])
    assert recent is not None
    return recent


def fill_toolbar(bar: QToolBar, actions: dict[str, QAction], widgets: dict[str, object]) -> None:
    from PySide6.QtWidgets import QWidget

    for name in TOOLBAR:
        if name == "-":
            bar.addSeparator()
        elif name.startswith("@"):
            widget = widgets[name[1:]]
            assert isinstance(widget, QWidget)
            bar.addWidget(widget)
        else:
            bar.addAction(actions[name])
