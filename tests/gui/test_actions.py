"""The window's actions as a table: every name, key and slot resolves, and `build` wires them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from redact.gui import actions
from redact.gui.actions import ACTIONS, MENUS, TOOLBAR, build, fill_menus, fill_toolbar
from redact.gui.main_window import MainWindow

NAMES = {spec.name for spec in ACTIONS}


def test_names_are_unique_and_menus_and_toolbar_name_only_actions() -> None:
    assert len(NAMES) == len(ACTIONS)
    placed = [n for _, names in MENUS for n in names] + list(TOOLBAR)
    unknown = {n for n in placed if n != "-" and not n.startswith("@")} - NAMES
    assert unknown == set()
    in_menus = {n for _, names in MENUS for n in names}
    assert NAMES - in_menus == set()  # every action can be found in a menu


def test_no_two_actions_share_a_shortcut() -> None:
    keys = Counter(QKeySequence(k).toString() for spec in ACTIONS for k in spec.keys if not QKeySequence(k).isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []


def test_build_wires_each_action_to_its_slot_and_groups_the_tools(qtbot: QtBot) -> None:
    owner = QMainWindow()
    qtbot.addWidget(owner)
    called: list[str] = []
    built = build(owner, lambda slot: lambda: called.append(slot))
    assert set(built) == NAMES
    for spec in ACTIONS:
        built[spec.name].trigger()
    assert called == [spec.slot for spec in ACTIONS]
    tools = [spec.name for spec in ACTIONS if spec.group == "tools"]
    assert len(tools) == 3
    for name in tools:
        built[name].trigger()
        assert [built[t].isChecked() for t in tools] == [t == name for t in tools]  # one tool at a time
    checkable = {spec.name for spec in ACTIONS if spec.checkable or spec.group}
    assert {n for n, a in built.items() if a.isCheckable()} == checkable
    new = next(spec for spec in ACTIONS if spec.name == "new")
    assert built["new"].shortcuts() == [QKeySequence(k) for k in new.keys]
    assert built["new"].text() == "&Ny sag…"


def test_menus_and_toolbar_follow_the_tables(qtbot: QtBot) -> None:
    owner = QMainWindow()
    qtbot.addWidget(owner)
    built = build(owner, lambda slot: lambda: None)
    recent = fill_menus(owner.menuBar(), built)
    menus = owner.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert [m.title() for m in menus] == [actions._tr(title) for title, _ in MENUS]
    first = menus[0].actions()
    assert recent.menuAction() in first and recent.title() == "&Seneste sager"
    assert built["new"] in first
    assert sum(a.isSeparator() for a in first) == MENUS[0][1].count("-")
    zoom = QWidget()
    bar = owner.addToolBar("test")
    fill_toolbar(bar, built, {"zoom": zoom})
    assert len(bar.actions()) == len(TOOLBAR)
    assert [a for a in bar.actions() if bar.widgetForAction(a) is zoom]


def test_every_slot_is_a_method_of_the_window(window: MainWindow) -> None:
    for spec in ACTIONS:
        assert callable(window._slot(spec.slot)), spec.slot
        assert getattr(window, f"act_{spec.name}") is window.actions_by_name[spec.name]
