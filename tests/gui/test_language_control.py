"""The document's language in the app: shown beside the document list, changed by the case
handler, and the change reads the document again and runs the case-wide consistency pass (the
service `redact sprog` uses). Names and numbers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.gui.context import AppContext
from redact.services.batch import run_batch
from redact.store.casefile import load_case
from tests.support.builders import make_pdf
from tests.support.fakes import swedish_only_detectors
from tests.support.gui import QT_NOISE, WHO, open_window, wait_idle

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


@pytest.fixture
def danish_case(tmp_path: Path) -> Path:
    """Two documents read as Danish, in which the detector finds nothing unless told Swedish."""
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "a-brev.pdf", ["Brev fra Vera Holmgaard.", "Hun kan nås på telefon 31 41 59 26."])
    make_pdf(src / "b-notat.pdf", ["Notat: Holmgaard ringede igen.", "Nummeret er stadig 31 41 59 26."])
    out = tmp_path / "sag"
    run_batch([src], out, swedish_only_detectors, KeepList(), False, 1, "", NullProgress, language="da")
    return out


@pytest.fixture
def sv_ctx(store: QSettings, tmp_path: Path) -> AppContext:
    return AppContext(
        swedish_only_detectors, store, "test", isolated=False, interactive=False, who=WHO, case_dir=tmp_path / "s"
    )


def test_the_shown_documents_language_is_in_the_list_pane(qtbot: QtBot, sv_ctx: AppContext, danish_case: Path) -> None:
    window = open_window(qtbot, sv_ctx, danish_case)
    combo = window.documents.language
    assert combo.currentData() == "da"
    assert combo.currentText() == "Dansk"
    assert combo.isEnabled()
    assert [combo.itemData(k) for k in range(combo.count())] == ["da", "nb", "nn", "sv", "en"]
    window.runner.shutdown()


def test_changing_the_language_reads_the_document_again_and_spreads_through_the_case(
    qtbot: QtBot, sv_ctx: AppContext, danish_case: Path
) -> None:
    window = open_window(qtbot, sv_ctx, danish_case)
    assert window.case is not None and not window.case.proposals
    letter, note = (d.id for d in window.case.documents)
    combo = window.documents.language
    k = combo.findData("sv")
    combo.setCurrentIndex(k)
    combo.activated.emit(k)  # what a pick with the mouse or keyboard sends
    assert not combo.isEnabled()  # no second change while the first runs
    wait_idle(qtbot, window)
    saved = load_case(danish_case / "sag.redact")
    assert saved.document(letter).language == "sv" and saved.document(letter).language_set_by_user
    assert saved.document(note).language == "da"
    texts = {(p.document, p.text) for p in saved.proposals.values()}
    assert texts == {
        (letter, "Vera Holmgaard"),
        (letter, "31 41 59 26"),
        (note, "Holmgaard"),  # the consistency pass
        (note, "31 41 59 26"),
    }
    # the window shows it: the proposals pane, the overlays on the page and the control itself
    assert window.case is not None and set(window.case.proposals) == set(saved.proposals)
    assert window.tree_model.rowCount() > 0
    assert len(window.session.overlays(letter)) == 2
    assert combo.currentData() == "sv" and combo.isEnabled()
    assert "2 nye i andre dokumenter" in window.status_label.text()
    window.runner.shutdown()


def test_picking_the_same_language_does_nothing(qtbot: QtBot, sv_ctx: AppContext, danish_case: Path) -> None:
    window = open_window(qtbot, sv_ctx, danish_case)
    assert not window.doc_changes.change_language("da")
    assert not window.runner.busy
    window.runner.shutdown()


def test_no_change_of_language_while_other_work_runs(
    qtbot: QtBot, sv_ctx: AppContext, danish_case: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, sv_ctx, danish_case)
    (tmp_path / "mere").mkdir()
    more = make_pdf(tmp_path / "mere" / "c-brev.pdf", ["Endnu et brev."])
    assert window.adding.add_files([more])
    assert not window.documents.language.isEnabled()
    wait_idle(qtbot, window)
    assert window.documents.language.isEnabled()
    window.runner.shutdown()


def test_a_language_change_is_undone_and_redone_in_the_app(qtbot: QtBot, sv_ctx: AppContext, danish_case: Path) -> None:
    window = open_window(qtbot, sv_ctx, danish_case)
    assert window.case is not None
    letter = window.case.documents[0].id
    combo = window.documents.language
    k = combo.findData("sv")
    combo.setCurrentIndex(k)
    combo.activated.emit(k)
    wait_idle(qtbot, window)
    assert window.case.proposals and combo.currentData() == "sv"
    assert window.session.can_undo

    window.deciding.undo()  # Ctrl+Z
    assert not window.case.proposals
    assert combo.currentData() == "da"
    assert window.session.overlays(letter) == []
    assert "skift af sprog" in window.status_label.text()
    saved = load_case(danish_case / "sag.redact")
    assert saved.document(letter).language == "da" and not saved.proposals

    window.deciding.redo()  # Ctrl+Shift+Z
    assert combo.currentData() == "sv"
    assert len(window.session.overlays(letter)) == 2
    assert load_case(danish_case / "sag.redact").document(letter).language == "sv"
    window.runner.shutdown()
