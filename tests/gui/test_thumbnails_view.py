"""Page thumbnails: rendered only when seen, marked with what each page still holds, a click goes
to the page. All names are invented."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redact.core.decision import Action
from redact.gui.main_window import MainWindow
from redact.gui.page_view import PageView
from redact.gui.thumbnails_view import ThumbnailsView
from redact.pdf import render
from tests.support.gui import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def long_pdf(path: Path, pages: int) -> Path:
    doc = pymupdf.open()
    for k in range(pages):
        doc.new_page(width=595, height=842).insert_text((72, 72), f"Side nummer {k + 1}", fontsize=20)
    doc.save(path)
    doc.close()
    return path


def test_thumbnails_are_rendered_when_seen_and_a_click_shows_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = long_pdf(tmp_path / "lang.pdf", 40)
    sizes = render.page_sizes(pdf)
    pages = PageView()
    thumbs = ThumbnailsView()
    for w in (pages, thumbs):
        qtbot.addWidget(w)
        w.resize(300, 500)
        w.show()
        qtbot.waitExposed(w)
    thumbs.page_clicked.connect(pages.show_page)
    pages.page_changed.connect(thumbs.show_current)
    pages.set_pages(sizes, lambda page, zoom: render.render_page(pdf, page, zoom))
    thumbs.thumbs.set_pages(sizes, lambda page, zoom: render.render_page(pdf, page, zoom))
    qtbot.waitUntil(lambda: thumbs.thumbs.rendered > 0, timeout=30_000)
    assert thumbs.model().rowCount() == 40
    assert 0 < thumbs.thumbs.rendered < 40  # only the pages in view, not the whole document

    index = thumbs.model().index(30, 0)
    thumbs.scrollTo(index)
    rect = thumbs.visualRect(index)
    qtbot.mouseClick(thumbs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: pages.current_page() == 30, timeout=30_000)
    assert thumbs.currentIndex().row() == 30  # the page view tells the strip where it is


def test_the_strip_follows_the_document_and_counts_the_open_proposals(window: MainWindow) -> None:
    case = window.case
    assert case is not None
    first = case.documents[0]
    window.select_document(first.id)
    model = window.thumbnails.model()
    assert model.rowCount() == first.pages
    open_here = sum(1 for p in case.proposals_of(first.id) if case.states()[p.id].value == "open")
    assert model.index(0, 0).data() == f"1 ({open_here} åbne)"
    window.deciding.decide([p.id for p in case.proposals_of(first.id)], Action.ACCEPT)
    assert model.index(0, 0).data() == "1"
    window.deciding.withhold_current_page("offl-27-1")
    assert "undtaget" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
