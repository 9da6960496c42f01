"""Pages and thumbnails rendered ahead in another process: the window's thread only decodes them,
and a page flipped to is there already."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from redact.gui.page_source import PageSource
from redact.gui.page_view import AHEAD, PageView
from redact.gui.thumbnails_view import ThumbnailsView
from redact.pdf import render
from redact.services.rendering import RenderAhead
from tests.gui.test_thumbnails_view import long_pdf
from tests.support.gui import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


@pytest.fixture
def ahead() -> Iterator[RenderAhead]:
    pool = RenderAhead()
    yield pool
    pool.close()


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def source_of(pdf: Path, ahead: RenderAhead) -> PageSource:
    return PageSource(pdf, lambda page, zoom: render.render_page(pdf, page, zoom), ahead)


def test_thumbnails_are_rendered_in_another_process(qtbot: QtBot, tmp_path: Path, ahead: RenderAhead) -> None:
    pdf = long_pdf(tmp_path / "lang.pdf", 40)
    source = source_of(pdf, ahead)
    thumbs = ThumbnailsView()
    shown(qtbot, thumbs, 300, 500)
    thumbs.thumbs.set_pages(render.page_sizes(pdf), source)
    qtbot.waitUntil(lambda: thumbs.thumbs.rendered > 0, timeout=30_000)
    assert 0 < ahead.asked < 40  # the thumbnails in view, not the whole document
    assert source.rendered_here == 0  # none in the window's thread
    picture = thumbs.model().index(0, 0).data(1)  # DecorationRole
    assert picture.width() == 96 and picture.height() > 96


def test_the_next_pages_are_rendered_ahead_and_a_flip_finds_them(
    qtbot: QtBot, tmp_path: Path, ahead: RenderAhead
) -> None:
    pdf = long_pdf(tmp_path / "lang.pdf", 20)
    source = source_of(pdf, ahead)
    view = PageView()
    shown(qtbot, view, 600, 500)
    view.set_pages(render.page_sizes(pdf), source)

    def placed_ahead() -> bool:
        scale = view.zoom * view.devicePixelRatioF()
        near = range(view.current_page(), view.current_page() + AHEAD + 1)
        return all(k in view._pixmaps and abs(view._pixmaps[k][0] - scale) < 1e-6 for k in near)

    qtbot.waitUntil(placed_ahead, timeout=30_000)
    here = source.rendered_here  # the pages in view at once (at each zoom the window fitted), here
    assert here >= 1
    view.show_page(view.current_page() + 1)
    view.show_page(view.current_page() + 1)
    assert source.rendered_here == here  # the pages flipped to were there already
    assert ahead.asked >= AHEAD


def test_a_page_that_fails_in_the_other_process_shows_its_message(
    qtbot: QtBot, tmp_path: Path, ahead: RenderAhead
) -> None:
    pdf = long_pdf(tmp_path / "lang.pdf", 3)
    sizes = render.page_sizes(pdf)
    pdf.write_bytes(b"ikke en PDF")  # the file breaks after the document was opened
    source = source_of(pdf, ahead)
    thumbs = ThumbnailsView()
    shown(qtbot, thumbs, 300, 500)
    thumbs.thumbs.set_pages(sizes, source)
    qtbot.waitUntil(lambda: thumbs.thumbs.rendered == 3, timeout=30_000)  # each once, as a grey page
    assert source.rendered_here == 3
    qtbot.wait(200)
    assert thumbs.thumbs.rendered == 3 and ahead.asked == 3  # not asked again and again


def test_pages_that_arrived_at_another_zoom_are_placed_when_that_zoom_returns(
    qtbot: QtBot, tmp_path: Path, ahead: RenderAhead
) -> None:
    """The fit-to-width zoom can swing back and forth while the scroll bar comes and goes; pictures
    that arrived for the zoom not shown at that moment are placed when it returns."""
    pdf = long_pdf(tmp_path / "lang.pdf", 20)
    source = source_of(pdf, ahead)
    view = PageView()
    shown(qtbot, view, 600, 500)
    view.set_zoom(1.0)
    view.set_pages(render.page_sizes(pdf), source)
    scale_a = 1.0 * view.devicePixelRatioF()
    view.set_zoom(1.5)
    later = range(view.current_page() + 1, view.current_page() + AHEAD + 1)
    for k in later:
        source.ask(k, scale_a)  # asked at 1.0, arriving while 1.5 is shown
    qtbot.waitUntil(lambda: all(source.ready(k, scale_a) for k in later), timeout=30_000)
    view.set_zoom(1.0)
    assert all(k in view._pixmaps and abs(view._pixmaps[k][0] - scale_a) < 1e-6 for k in later)
