"""The main flows of the desktop app, driven as a case handler would: create a case, add files,
review proposals (singly, by group, by category, with the keyboard), redact by hand, undo and redo,
reopen, preview and export. Widgets are checked against the core objects they show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from redact.core.case import Case, Disclosure, State
from redact.core.decision import Action
from redact.core.document import Status
from redact.core.entity import Entity
from redact.core.errors import CaseInUseError
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.gui import dialogs, export_view
from redact.gui.context import AppContext
from redact.gui.main_window import MainWindow
from redact.gui.models import CATEGORY, ID_ROLE
from redact.gui.page_view import Look, Tool
from redact.gui.settings import SettingsDialog, UserSettings, basis_combo
from redact.services import decisions, legal, package, review
from redact.services.batch import run_batch
from redact.store.casefile import load_case
from redact.store.legal import load_legal_bases
from redact.store.lock import CaseLock
from tests.support.builders import all_text, make_pdf
from tests.support.fakes import fake_detectors
from tests.support.gui import QT_NOISE, open_window, wait_idle

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def ids_of(case: Case, text: str) -> list[str]:
    return sorted(p.id for p in case.proposals.values() if p.text == text)


def case_of(window: MainWindow) -> Case:
    assert window.case is not None
    return window.case


def select_node(window: MainWindow, key: str) -> None:
    index = window.tree_model.index_of(key)
    assert index.isValid(), key
    window.tree.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def select_category(window: MainWindow, entity: Entity) -> None:
    index = window.tree_model.category_index(entity)
    window.tree.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def press(
    qtbot: QtBot, window: MainWindow, key: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the user types it, into the proposal list (window shortcuts must answer)."""
    window.activateWindow()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, key, modifier)


def test_new_case_add_files_and_wait_for_proposals(
    qtbot: QtBot, ctx: AppContext, originals: list[Path], tmp_path: Path
) -> None:
    ctx.isolated = True  # the real path: conversion and detection in a fresh process
    window = open_window(qtbot, ctx)
    assert window.stack.currentWidget() is window.welcome
    folder = tmp_path / "sager" / "ny"
    assert window.cases.new_case(folder, "Aktindsigt i byggesag", "24/01234")
    assert load_case(folder).journal == "24/01234"
    assert "Aktindsigt i byggesag (24/01234)" in window.windowTitle()

    broken = tmp_path / "originaler" / "kaput.pdf"
    broken.write_bytes(b"%PDF-1.7 broken")
    with qtbot.waitSignal(window.runner.busy_changed, timeout=30_000):
        assert window.adding.add_files([*originals, broken])
    # the files are listed at once, each with its own status, while the work goes on
    assert window.doc_model.rowCount() == 3
    statuses = {window.doc_model.index(r, 1).data() for r in range(3)}
    assert statuses <= {"Venter", "Behandles…", "Behandlet", "Fejl"}
    wait_idle(qtbot, window)

    case = case_of(window)
    assert [d.title for d in case.documents] == ["ansøgning", "notat", "kaput"]
    assert [window.doc_model.index(r, 1).data() for r in range(3)] == ["Til gennemsyn", "Til gennemsyn", "Fejl"]
    failed = case.documents[2]
    assert failed.status is Status.FAILED and failed.error
    assert "kaput.pdf" in window.adding.last_failures[0] and failed.error in window.doc_model.index(2, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    # the first document is shown with its proposals, and the first open one is selected and explained
    assert window.doc_id == case.documents[0].id
    assert set(window.page_view.overlays()) == {p.id for p in case.proposals_of(window.doc_id)}
    assert window.selected == review.next_open(case)
    assert "Fundet af" in window.explanation.toPlainText()
    assert load_case(folder).proposals.keys() == case.proposals.keys()

    window.select_document(failed.id)
    assert window.page_view.page_count == 0


def test_accept_and_reject_one_mention_a_group_and_a_category(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    cpr = ids_of(case, "120384-1234")[0]
    select_node(window, cpr)
    assert window.selected == cpr and window.page_view.selected == cpr
    window.accept_button.click()
    assert case.states()[cpr] is State.ACCEPTED
    overlay = window.page_view.overlays()[cpr]
    assert overlay.look is Look.ACCEPTED and overlay.label == "§ 30, nr. 1"
    assert window.selected != cpr and case.states()[window.selected] is State.OPEN  # moved on

    phone = ids_of(case, "20 12 34 56")[0]
    select_node(window, phone)
    window.reject_button.click()
    assert case.states()[phone] is State.REJECTED
    assert window.page_view.overlays()[phone].look is Look.REJECTED

    hansen = next(g for g in review.group_summary(case) if g.name == "Jens Peter Hansen")
    select_node(window, hansen.key)
    assert window.tree_model.data(window.tree.currentIndex(), ID_ROLE) == hansen.key
    assert window.accept_button.text() == "Acceptér 3 (A)"
    window.accept_button.click()
    assert {case.states()[p] for p in hansen.proposals} == {State.ACCEPTED}
    assert len({d.when for d in case.decisions[-3:]}) == 1  # one action

    select_category(window, Entity.PERSON)
    window.reject_button.click()
    persons = [p.id for p in case.proposals.values() if p.entity is Entity.PERSON]
    assert {case.states()[p] for p in persons} == {State.REJECTED}

    # the lists show what the case says
    progress = review.document_progress(case)
    for row, doc in enumerate(case.documents):
        assert window.doc_model.index(row, 2).data() == str(progress[doc.id].open)
    for g in review.group_summary(case):
        if g.mentions > 1:
            index = window.tree_model.index_of(g.key)
            assert index.siblingAtColumn(1).data() in ("Afvist", "Accepteret", f"{g.open} åbne")


def test_keyboard_review_moves_on(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    order = review.review_order(case)
    press(qtbot, window, "n")
    assert window.selected == order[0]
    press(qtbot, window, "j")
    assert window.selected == order[1]
    press(qtbot, window, "k")
    assert window.selected == order[0]
    press(qtbot, window, "a")
    assert case.states()[order[0]] is State.ACCEPTED and window.selected == order[1]
    press(qtbot, window, "r")
    assert case.states()[order[1]] is State.REJECTED and window.selected == order[2]
    press(qtbot, window, "z", Qt.KeyboardModifier.ControlModifier)
    assert case.states()[order[1]] is State.OPEN
    press(qtbot, window, "z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert case.states()[order[1]] is State.REJECTED


def test_manual_area_drawn_with_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    view = window.page_view
    window.set_tool(Tool.AREA)
    assert view.tool is Tool.AREA
    pt = window.page_text(0)
    assert pt is not None
    first = pt.boxes[pt.text.index("Kontaktperson")]
    assert first is not None
    # from just above-left of "Kontaktperson" to past its end
    start = view.mapFromScene(view.to_scene(0, Box(first.x0 - 3, first.y0 - 3, first.x0, first.y0)).topLeft())
    end = view.mapFromScene(QPointF(view.to_scene(0, first).left() + 75, view.to_scene(0, first).bottom() + 3))
    with qtbot.waitSignal(view.area_drawn) as drawn:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), pos=end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    page, box = drawn.args
    assert page == 0 and box.x0 == pytest.approx(first.x0 - 3, abs=2) and box.width == pytest.approx(78, abs=3)

    manual = decisions.manual_redactions(case)
    assert len(manual) == 1 and manual[0].text.startswith("Kontaktperson")
    assert window.selected == manual[0].id
    overlay = view.overlays()[manual[0].id]
    assert overlay.look is Look.ACCEPTED and overlay.entity is Entity.MANUAL
    assert window.tree_model.index_of(manual[0].id).isValid()

    window.set_tool(Tool.SELECT)
    window.reject_button.click()  # R on a manual redaction takes it away
    assert decisions.manual_redactions(case) == []


def test_select_text_then_redact_it_and_every_occurrence(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    view = window.page_view
    window.set_tool(Tool.TEXT)
    pt = window.page_text(0)
    assert pt is not None
    k = pt.text.index("Karen Opdigtsen")
    a, b = pt.boxes[k], pt.boxes[k + len("Karen Opdigtsen") - 1]
    assert a is not None and b is not None

    def at(box: Box) -> QPoint:
        return view.mapFromScene(view.to_scene(0, box).center())

    with qtbot.waitSignal(view.text_selected):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at(a))
        qtbot.mouseMove(view.viewport(), pos=at(b))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at(b))
    assert window.search.text_selection is not None and window.search.text_selection.text == "Karen Opdigtsen"
    window.search.redact_text_selection()
    assert [m.text for m in decisions.manual_redactions(case)] == ["Karen Opdigtsen"]

    window.search.find_dialog_open("Hansen")
    dialog = window.search.find_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=30_000)
    assert dialog.redact_button.text() == "Overstreg valgte (3)"
    dialog.redact_button.click()
    assert sorted(m.text for m in decisions.manual_redactions(case)) == [
        "Hansen",
        "Hansen",
        "Hansen",
        "Karen Opdigtsen",
    ]
    window.deciding.undo()  # the three occurrences were one action
    assert [m.text for m in decisions.manual_redactions(case)] == ["Karen Opdigtsen"]


def test_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    hansen = next(g for g in review.group_summary(case) if g.name == "Jens Peter Hansen")
    window.deciding.decide(hansen.proposals, Action.ACCEPT)
    window.manual_area(0, Box(300, 700, 400, 750))
    assert window.act_undo.isEnabled()

    window.act_undo.trigger()
    assert decisions.manual_redactions(case) == [] and window.act_redo.isEnabled()
    window.act_undo.trigger()
    assert {case.states()[p] for p in hansen.proposals} == {State.OPEN}
    assert not window.act_undo.isEnabled()
    assert window.selected in hansen.proposals  # the undone proposals are shown
    window.act_redo.trigger()
    assert {case.states()[p] for p in hansen.proposals} == {State.ACCEPTED}
    window.act_redo.trigger()
    assert len(decisions.manual_redactions(case)) == 1 and not window.act_redo.isEnabled()


def test_every_decision_is_saved_and_a_new_window_shows_the_same(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, case_folder: Path
) -> None:
    case = case_of(window)
    window.deciding.decide(ids_of(case, "120384-1234"), Action.ACCEPT)
    window.deciding.decide(ids_of(case, "20 12 34 56"), Action.REJECT)
    window.manual_area(0, Box(300, 700, 400, 750))
    window.deciding.set_basis([decisions.manual_redactions(case)[0].id], "offl-33-5")
    window.act_undo.trigger()
    window.deciding.withhold_current_page()
    # no save: the window is simply gone (as after a crash), and a new one opens the folder
    states, manual, titles = case.states(), decisions.manual_redactions(case), window.windowTitle()
    window.runner.shutdown()
    window.hide()
    assert window.cases.lock is not None
    window.cases.lock.release()  # a crash ends the process: its lock is then provably stale and taken over

    again = open_window(qtbot, ctx, case_folder)
    reopened = case_of(again)
    assert reopened.states() == states
    assert decisions.manual_redactions(reopened) == manual
    assert decisions.history(reopened) == decisions.history(case)
    assert again.windowTitle() == titles
    for row in range(again.doc_model.rowCount()):
        for col in range(3):
            assert again.doc_model.index(row, col).data() == window.doc_model.index(row, col).data()
    shown = {k: (o.look, o.label, o.boxes) for k, o in again.page_view.overlays().items()}
    assert shown == {o.id: (o.look, o.label, o.boxes) for o in window.overlays_for(again.doc_id or "")}
    assert any(look is Look.ACCEPTED for look, _, _ in shown.values())
    assert [w.page for w in reopened.withholdings()] == [0]
    again.act_undo.trigger()  # the undo history came back too: the withheld page is released
    assert reopened.withholdings() == [] and decisions.manual_redactions(reopened) == manual


def test_preview_is_the_released_version(qtbot: QtBot, window: MainWindow) -> None:
    case = case_of(window)
    window.deciding.decide(ids_of(case, "120384-1234"), Action.ACCEPT)
    window.set_preview(True)
    doc = window.doc_id or ""
    qtbot.waitUntil(lambda: window.export.preview_path(doc) is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.page_view.page_count == 1, timeout=30_000)
    path = window.export.preview_path(doc)
    assert path is not None
    text = all_text(path)
    assert "120384-1234" not in text and "20 12 34 56" in text
    assert window.page_view.overlays() == {}
    assert "Forhåndsvisning" in window.banner.text()
    window.deciding.decide(ids_of(case, "20 12 34 56"), Action.ACCEPT)  # a new decision: a new preview
    assert window.export.preview_path(doc) is None
    qtbot.waitUntil(lambda: window.export.preview_path(doc) is not None, timeout=30_000)
    assert "20 12 34 56" not in all_text(window.export.preview_path(doc) or path)
    window.set_preview(False)
    assert window.page_view.overlays()


def test_export_writes_verified_pdfs_without_the_accepted_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, originals: list[Path]
) -> None:
    window.ctx.isolated = True
    case = case_of(window)
    hansen = next(g for g in review.group_summary(case) if g.name == "Jens Peter Hansen")
    window.deciding.decide(hansen.proposals, Action.ACCEPT)
    window.deciding.decide(ids_of(case, "120384-1234"), Action.ACCEPT)
    window.deciding.decide(ids_of(case, "20 12 34 56"), Action.REJECT)
    window.manual_area(0, Box(60, 58, 300, 76))  # over "Ansøgning fra …"

    assert not window.export.export_to(originals[0].parent)  # never next to the originals
    # the whole message (the line is cut at a length that depends on the tmp path) is the tooltip
    assert "ved siden af originalerne" in (window.status_label.toolTip() or window.status_label.text())

    window.deciding.withhold(case.documents[1].id, -1, "offl-27-1")  # notat.pdf is left out, on the aktliste

    out = tmp_path / "aktindsigt"
    assert window.export.export_to(out)
    qtbot.waitUntil(lambda: window.export.report_dialog is not None, timeout=60_000)
    assert window.export.last_export is not None
    outcome, where = window.export.last_export
    assert outcome is not None and where == out
    assert outcome.written == ["dokumenter/01-ansøgning.pdf", *package.PACKAGE_FILES]
    assert [r.disclosure for r in outcome.documents] == [Disclosure.PARTIAL, Disclosure.WITHHELD]
    first = all_text(out / "dokumenter" / "01-ansøgning.pdf")
    for gone in ("120384-1234", "Hansen", "Ansøgning fra"):
        assert gone not in first
    assert "20 12 34 56" in first and "Karen Opdigtsen" in first  # rejected and open stay
    aktliste = (out / package.LIST_CSV).read_text(encoding="utf-8-sig")
    assert "Undtaget" in aktliste and "offentlighedslovens § 27, nr. 1" in aktliste
    assert not (out.parent / "udlevering").exists()
    report = window.export.report_dialog
    assert report is not None and report.windowTitle() == "Eksport færdig"
    assert "Pakken til aktindsigt er skrevet og kontrolleret" in report.summary.text()
    assert "2 dokumenter, 1 udleveret" in report.summary.text()
    assert "2 forslag var stadig åbne" in report.summary.text()
    assert [report.files.item(i).text() for i in range(report.files.count())] == outcome.written


def test_export_reports_a_document_that_fails(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    case = case_of(window)
    window.deciding.decide(ids_of(case, "120384-1234"), Action.ACCEPT)
    (window.folder or tmp_path).joinpath(case.documents[1].normalized).write_bytes(b"not a pdf any more")
    assert window.export.export_to(tmp_path / "ud")
    qtbot.waitUntil(lambda: window.export.report_dialog is not None, timeout=60_000)
    assert window.export.last_export == (None, tmp_path / "ud")
    assert window.export.report_dialog is not None
    assert window.export.report_dialog.windowTitle() == "Eksport med fejl"
    assert "Pakken er ikke skrevet" in window.export.report_dialog.summary.text()
    assert "kontrollen af et dokument fejlede" in window.export.report_dialog.summary.text()
    assert not (tmp_path / "ud").exists()  # a failed export leaves no package
    assert window.export.report_dialog.files.count() == 0


def test_export_goes_to_the_package_folder_of_the_case(qtbot: QtBot, window: MainWindow) -> None:
    folder = window.folder
    assert folder is not None
    with qtbot.waitSignal(window.runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=60_000):
        assert window.export.export_to(folder / export_view.EXPORT_DIR)
    assert export_view.EXPORT_DIR == "aktindsigt"
    assert (folder / "aktindsigt" / package.LIST_CSV).exists()
    window.export.export_to(folder)  # never over the case itself: the package refuses, and the report says why
    qtbot.waitUntil(
        lambda: window.export.last_export is not None and window.export.last_export[0] is None, timeout=60_000
    )
    assert window.export.report_dialog is not None and "sagens egen mappe" in window.export.report_dialog.summary.text()


def test_withhold_a_page_and_a_document(window: MainWindow, tmp_path: Path) -> None:
    case = case_of(window)
    first, second = case.documents[0].id, case.documents[1].id
    assert window.deciding.withhold_current_page("offl-23-1-1")
    assert [(w.document, w.page, w.basis) for w in case.withholdings()] == [(first, 0, "offl-23-1-1")]
    assert case.decisions[-1].action is Action.WITHHOLD_PAGE
    assert decisions.manual_redactions(case) == []  # no black box: the page is left out
    grey = [o for o in window.page_view.overlays().values() if o.look is Look.WITHHELD]
    assert [(o.page, o.label, o.boxes) for o in grey] == [
        (0, legal.basis_label(case, "offl-23-1-1"), (Box(0, 0, 595, 842),))
    ]
    assert "undtaget" in (window.doc_model.index(0, 1).data() or "")

    window.select_document(second)
    assert window.deciding.withhold_current_document("offl-27-1")
    assert case.withheld_document(second) is not None
    assert case.decisions[-1].action is Action.WITHHOLD_DOCUMENT
    assert window.doc_model.index(1, 1).data() == "Undtaget"
    assert [o.look for o in window.page_view.overlays().values()].count(Look.WITHHELD) == 1

    window.act_undo.trigger()  # one withholding at a time, though both were made within a second
    assert case.withheld_document(second) is None and [w.page for w in case.withholdings()] == [0]
    assert window.doc_model.index(1, 1).data() != "Undtaget"
    assert not [o for o in window.page_view.overlays().values() if o.look is Look.WITHHELD]
    window.act_redo.trigger()
    assert case.withheld_document(second) is not None
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert case.withholdings() == []


def test_withholding_needs_a_known_basis(window: MainWindow) -> None:
    case = case_of(window)
    assert not window.deciding.withhold_current_page("no-such-basis")
    assert case.withholdings() == [] and "ukendt hjemmel" in window.status_label.text()


def test_withholding_asks_for_the_basis(qtbot: QtBot, window: MainWindow) -> None:
    window.ctx.interactive = True
    case = case_of(window)
    window.act_withhold_doc.trigger()
    dialog = window.findChild(dialogs.BasisDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=30_000)
    k = dialog.combo.findData("offl-21-1")
    assert k >= 0  # the loaded list, not only the core default
    dialog.combo.setCurrentIndex(k)
    dialog.accept()
    assert [(w.page, w.basis) for w in case.withholdings()] == [(-1, "offl-21-1")]


def test_the_basis_picker_offers_the_loaded_list(window: MainWindow) -> None:
    loaded = load_legal_bases()
    combo = basis_combo(window, "offl-30-1")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] == "offl-30-1" and set(offered) == set(loaded)
    b = loaded["offl-23-1-1"]
    assert combo.itemText(offered.index(b.code)) == f"Interne dokumenter: {b.citation}  ({b.label})"
    b = loaded["offl-19"]  # suggested for no kind of information
    assert combo.itemText(offered.index(b.code)) == f"{b.citation}  ({b.label})"


def test_groups_in_the_list_and_the_explanation(window: MainWindow) -> None:
    case = case_of(window)
    hansen = next(g for g in review.group_summary(case) if g.name == "Jens Peter Hansen")
    index = window.tree_model.index_of(hansen.key)
    assert index.data() == "Jens Peter Hansen  (3 i 2 dok.)"
    assert "3 forekomster i 2 dokumenter" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.tree_model.rowCount(index) == 3
    select_node(window, hansen.key)
    assert "3 forslag i 2 dokumenter, 3 åbne" in window.explanation.toPlainText()
    window.only_document.setChecked(True)
    window.select_document(case.documents[1].id)
    names = {
        window.tree_model.index(r, 0, window.tree_model.category_index(Entity.PERSON)).data(ID_ROLE)
        for r in range(window.tree_model.rowCount(window.tree_model.category_index(Entity.PERSON)))
    }
    assert names == {p.id for p in case.proposals_of(case.documents[1].id)}
    node = window.tree_model.node(window.tree_model.category_index(Entity.PERSON))
    assert node is not None and node.kind == CATEGORY


def test_settings_are_stored_per_user(qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    keep = tmp_path / "medarbejdere.txt"
    keep.write_text("Karen Opdigtsen\n", encoding="utf-8")
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Eksempel Kommune")
    dialog.keep_list.setText(str(keep))
    dialog.basis.setCurrentIndex(dialog.basis.findData("offl-30-1"))
    window.prefs.apply_settings(dialog.result_settings())
    assert "Eksempel Kommune" in window.windowTitle()
    assert UserSettings.load(ctx.store) == window.settings

    # the keep-list applies to files added from now on
    more = tmp_path / "flere"
    more.mkdir()
    make_pdf(more / "brev.pdf", ["Til Karen Opdigtsen og Bo Fiktivsen"])
    assert window.adding.add_files([more / "brev.pdf"])
    wait_idle(qtbot, window)
    case = case_of(window)
    added = case.documents[-1]
    assert {p.text for p in case.proposals_of(added.id)} == {"Bo Fiktivsen"}


def test_remove_and_reorder_documents(window: MainWindow, case_folder: Path) -> None:
    case = case_of(window)
    first, second = (d.id for d in case.documents)
    window.select_document(second)
    window.doc_changes.move_document(-1)
    assert [d.id for d in load_case(case_folder).documents] == [second, first]
    window.doc_changes.remove_documents([second])
    assert [d.id for d in load_case(case_folder).documents] == [first]
    assert window.doc_model.rowCount() == 1 and window.doc_id == first


def test_opening_something_that_is_no_case_says_why(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    window = open_window(qtbot, ctx)
    assert not window.cases.open_case(tmp_path)
    assert "ingen sagsfil" in window.status_label.text()
    assert window.stack.currentWidget() is window.welcome


def test_files_dropped_on_the_window_are_added(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    more = tmp_path / "flere"
    more.mkdir()
    make_pdf(more / "brev.pdf", ["Brev til Bo Fiktivsen"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(more))])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert case_of(window).documents[-1].title == "brev"


def test_cancelling_the_processing_adds_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.ctx.isolated = True
    case = case_of(window)
    more = tmp_path / "flere"
    more.mkdir()
    files = [make_pdf(more / f"brev-{k}.pdf", [f"Brev nr. {k} til Bo Fiktivsen"]) for k in range(3)]
    assert window.adding.add_files(files)
    window.cancel_button.click()
    wait_idle(qtbot, window)
    assert len(case.documents) == 2 and window.doc_model.rowCount() == 2
    assert "afbrudt" in window.status_label.text()
    assert not list((window.folder or tmp_path).joinpath("sag-filer").glob("tilføjet-002"))


def test_a_click_with_the_text_tool_selects_the_word(qtbot: QtBot, window: MainWindow) -> None:
    view = window.page_view
    window.set_tool(Tool.TEXT)
    pt = window.page_text(0)
    assert pt is not None
    box = pt.boxes[pt.text.index("Opdigtsen") + 3]
    assert box is not None
    pos = view.mapFromScene(view.to_scene(0, box).center())
    with qtbot.waitSignal(view.text_selected):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.search.text_selection is not None and window.search.text_selection.text == "Opdigtsen"


def test_a_case_another_program_writes_is_not_opened(qtbot: QtBot, ctx: AppContext, case_folder: Path) -> None:
    with CaseLock(case_folder, "mette", "redact withhold"):
        window = open_window(qtbot, ctx)
        assert not window.cases.open_case(case_folder)
        assert "i brug af mette (redact withhold)" in window.status_label.text()
    assert window.cases.open_case(case_folder)
    with pytest.raises(CaseInUseError, match="redact gui"):  # and while the app has it, no one else writes
        CaseLock(case_folder, "karl", "redact withhold").acquire()
    assert window.cases.open_case(case_folder)  # the window may open its own case again
    window.close()
    with CaseLock(case_folder, "karl", "redact withhold"):
        pass


def test_the_authoritys_own_legal_bases_and_name_reach_the_picker_the_boxes_and_the_package(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import docx

    own = tmp_path / "hjemler.yaml"
    own.write_text(
        'hjemler:\n  - kode: solby-1\n    etiket: "Solby § 1"\n    henvisning: "Solby Kommunes regel 1"\n'
        "forslag:\n  - art: Solby-forhold\n    hjemmel: solby-1\n",
        encoding="utf-8",
    )
    case = case_of(window)
    window.prefs.apply_settings(UserSettings(organisation="Solby Kommune", legal_bases=str(own)))
    assert "Solby-forhold" in [c.kind for c in window.session.basis_choices() if c.code == "solby-1"]
    cpr = ids_of(case, "120384-1234")
    window.deciding.set_basis(cpr, "solby-1")
    window.select_document(case.documents[0].id)
    assert "Solby § 1" in [o.label for o in window.session.overlays() if o.id in cpr]

    out = tmp_path / "aktindsigt"
    assert window.export.export_to(out)
    qtbot.waitUntil(lambda: window.export.report_dialog is not None, timeout=60_000)
    assert "Solby Kommunes regel 1" in (out / package.LIST_CSV).read_text(encoding="utf-8-sig")
    letter = "\n".join(p.text for p in docx.Document(str(out / package.LETTER)).paragraphs)
    assert "Solby Kommune" in letter and "[Myndighedens navn]" not in letter

    # a file that cannot be used is told, and the bundled list stays in use
    bad = tmp_path / "forkert.yaml"
    bad.write_text("hjemler:\n  - kode: solby-2\n", encoding="utf-8")
    window.prefs.apply_settings(UserSettings(legal_bases=str(bad)))
    assert "forkert.yaml" in window.status_label.text() and "solby-2" in window.prefs.bases_error
    assert "offl-30-1" in window.session.bases and "solby-1" not in window.session.bases


def test_the_banner_says_when_the_same_text_is_in_other_documents(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    letter = ["Kære Jens Peter Hansen", "CPR 120384-1234, telefon 20 12 34 56."]
    for name in ("a-brev.pdf", "b-kopi.pdf", "c-kopi.pdf"):
        make_pdf(src / name, letter)
    make_pdf(src / "d-andet.pdf", ["Notat om Hansen", "Sagen drøftet med Bo Fiktivsen."])
    out = tmp_path / "sag"
    run_batch([src], out, fake_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    window = open_window(qtbot, ctx, out)
    case = window.case
    assert case is not None
    window.select_document(case.documents[1].id)
    assert window.banner.isVisible() and "Denne tekst findes også i 2 andre dokumenter" in window.banner.text()
    window.select_document(case.documents[3].id)
    assert "findes også" not in window.banner.text()
