"""The window's views alone, each over a review session (qtbot; no main window). Names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from redact.core.entity import Entity
from redact.gui.documents_view import DocumentsView
from redact.gui.proposals_view import ProposalsView
from redact.gui.status_view import StatusView
from redact.gui.welcome_view import WelcomeView
from redact.services import review
from redact.services.session import ReviewSession
from tests.support.gui import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


@pytest.fixture
def session(case_folder: Path) -> ReviewSession:
    s = ReviewSession("testbruger")
    s.open(case_folder)
    return s


def test_the_proposals_view_names_what_its_buttons_act_on(qtbot: QtBot, session: ReviewSession) -> None:
    view = ProposalsView(session)
    qtbot.addWidget(view)
    view.reload()
    assert session.case is not None
    hansen = next(g for g in review.group_summary(session.case) if g.name == "Jens Peter Hansen")
    view.tree.selectionModel().setCurrentIndex(
        view.tree_model.index_of(hansen.key),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    proposals, manual = view.update_buttons()
    assert sorted(proposals) == sorted(hansen.proposals) and manual == []
    assert view.accept_button.text() == "Acceptér 3 (A)"
    assert "gruppen «Jens Peter Hansen» (3 forslag)" in view.accept_button.toolTip()
    view.update_explanation()
    assert "3 forslag i 2 dokumenter, 3 åbne" in view.explanation.toPlainText()

    view.tree.selectionModel().setCurrentIndex(
        view.tree_model.category_index(Entity.CPR),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.update_buttons()
    assert "hele kategorien CPR-nummer (1 forslag)" in view.accept_button.toolTip()

    # the session's selection becomes the current row
    cpr = next(p.id for p in session.case.proposals.values() if p.text == "120384-1234")
    session.select(cpr)
    view.show_selection(cpr)
    assert view.tree_model.node(view.tree.currentIndex()).key == cpr  # type: ignore[union-attr]
    view.show_selection(None)
    assert not view.tree.selectionModel().selectedRows()


def test_the_documents_view_lists_the_case(qtbot: QtBot, session: ReviewSession) -> None:
    view = DocumentsView()
    qtbot.addWidget(view)
    view.model.set_case(session.case)
    assert view.model.rowCount() == 2 and view.chosen_ids() == []
    view.view.selectAll()
    assert view.chosen_ids() == ["0001", "0002"]


def test_the_status_and_welcome_views(qtbot: QtBot, session: ReviewSession) -> None:
    view = WelcomeView()
    qtbot.addWidget(view)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusView(session, bar)
    status.update_counts(0, 1)
    assert status.counts.text() == "Side 1 af 1 · 7 åbne forslag i 2 dokumenter"
    view.show_recent(["/sager/a"], keep_list_set=True)
    assert view.recent_list.count() == 1 and view.keep_tip.isHidden()
