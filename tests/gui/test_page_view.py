"""The page view draws what the case says, and turns mouse drags into boxes in page points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.gui.page_view import OVERLAY_KEY, Look, Overlay, PageView, Tool
from tests.support.gui import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def white_page() -> bytes:
    image = QImage(20, 28, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def view_with_pages(qtbot: QtBot, pages: int = 2) -> PageView:
    view = PageView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    calls: list[tuple[int, float]] = []
    png = white_page()

    def render(page: int, zoom: float) -> bytes:
        calls.append((page, zoom))
        return png

    view.set_pages([(595.0, 842.0)] * pages, render)
    view.rendered = calls  # type: ignore[attr-defined]
    return view


def items_of(view: PageView, overlay_id: str) -> list[QGraphicsRectItem]:
    return [i for i in view.scene().items() if isinstance(i, QGraphicsRectItem) and i.data(OVERLAY_KEY) == overlay_id]


def test_only_pages_in_view_are_rendered(qtbot: QtBot) -> None:
    view = view_with_pages(qtbot, pages=30)
    first = {p for p, _ in view.rendered}  # type: ignore[attr-defined]
    assert 0 in first and 29 not in first
    view.show_page(29)
    assert 29 in {p for p, _ in view.rendered}  # type: ignore[attr-defined]
    assert view.current_page() in (28, 29)


def test_states_are_drawn_by_fill_and_outline(qtbot: QtBot) -> None:
    view = view_with_pages(qtbot)
    box = Box(100, 100, 200, 114)
    view.set_overlays(
        [
            Overlay("open", 0, (box,), Entity.CPR, Look.OPEN),
            Overlay("yes", 0, (Box(100, 200, 200, 214),), Entity.CPR, Look.ACCEPTED, "§ 30, nr. 1"),
            Overlay("no", 1, (box,), Entity.PHONE, Look.REJECTED),
        ]
    )
    (open_item,) = items_of(view, "open")
    assert 0 < open_item.brush().color().alpha() < 255  # translucent
    # accepted: while reviewing an outline with its label on a tag (the text stays readable) ...
    (accepted,) = items_of(view, "yes")
    assert accepted.brush().color().alpha() < 100 and accepted.pen().style() is Qt.PenStyle.SolidLine
    assert label_texts(accepted) == ["§ 30, nr. 1"]
    # ... and black, as released, at the flick of a switch
    view.set_accepted_black(True)
    (accepted,) = items_of(view, "yes")
    assert accepted.brush() == QBrush(QColor("black")) and label_texts(accepted) == ["§ 30, nr. 1"]
    (rejected,) = items_of(view, "no")
    assert rejected.brush().style() is Qt.BrushStyle.NoBrush and rejected.pen().style() is Qt.PenStyle.DashLine
    assert rejected.rect().top() == pytest.approx(view.page_rect(1).top() + 100)


def label_texts(item: QGraphicsItem) -> list[str]:
    out = []
    for child in item.childItems():
        if isinstance(child, QGraphicsSimpleTextItem):
            out.append(child.text())
        out += label_texts(child)
    return out


@pytest.mark.parametrize("black", [False, True])
def test_the_basis_of_a_small_box_is_never_hidden(qtbot: QtBot, black: bool) -> None:
    view = view_with_pages(qtbot)
    view.set_accepted_black(black)
    tiny = Box(100, 100, 112, 104)  # a few letters of small print: no room for "§ 30, nr. 1" inside
    view.set_overlays([Overlay("tiny", 0, (tiny,), Entity.CPR, Look.ACCEPTED, "§ 30, nr. 1")])
    (item,) = items_of(view, "tiny")
    assert label_texts(item) == ["§ 30, nr. 1"]


def test_clicking_a_box_selects_it(qtbot: QtBot) -> None:
    view = view_with_pages(qtbot)
    view.set_overlays([Overlay("cpr", 0, (Box(100, 100, 200, 114),), Entity.CPR, Look.OPEN)])
    pos = view.mapFromScene(view.to_scene(0, Box(100, 100, 200, 114)).center())
    with qtbot.waitSignal(view.overlay_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked.args == ["cpr"]


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_drawn_rectangle_becomes_a_box_in_page_points(qtbot: QtBot, zoom: float) -> None:
    view = view_with_pages(qtbot)
    view.set_zoom(zoom)
    view.set_tool(Tool.AREA)
    top_left = view.to_scene(0, Box(50, 60, 51, 61)).topLeft()
    view.ensureVisible(top_left.x(), top_left.y(), 1, 1)
    start = view.mapFromScene(top_left)
    end = view.mapFromScene(top_left + QPointF(120, 40))
    with qtbot.waitSignal(view.area_drawn) as drawn:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), pos=end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    page, box = drawn.args
    tolerance = 1.5 / zoom
    assert page == 0
    assert (box.x0, box.y0) == (pytest.approx(50, abs=tolerance), pytest.approx(60, abs=tolerance))
    assert (box.width, box.height) == (pytest.approx(120, abs=tolerance), pytest.approx(40, abs=tolerance))


def test_zoom_steps_and_fit_width(qtbot: QtBot) -> None:
    view = view_with_pages(qtbot)
    fitted = view.zoom
    view.zoom_in()
    assert view.zoom > fitted
    view.zoom_out()
    view.zoom_out()
    assert view.zoom < fitted
    view.fit_width()
    assert view.zoom == pytest.approx(fitted)
