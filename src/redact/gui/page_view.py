"""The page view: rendered pages one under the other, with the proposals drawn over them.

Scene coordinates are PDF points with the pages stacked top to bottom, so a core `Box` maps to the
scene by adding its page's offset. Pages are rendered lazily (only those in view) at the zoom times
the screen's pixel ratio, so they stay sharp at 125–150 % scaling. With a `PageSource` the next
pages (and the one before) are rendered ahead in another process and placed as they arrive, so
flipping to them only shows what is there.

How a box looks says its state without relying on colour: open = translucent fill in the category's
colour, accepted = solid black with the legal basis as label, rejected = dashed outline only.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from redact.core.errors import RedactError
from redact.core.geometry import Box
from redact.core.text import PageText, char_at, word_at
from redact.gui.lower_texts import lower
from redact.gui.page_source import PageSource
from redact.gui.style import SELECTION, colour
from redact.services import search
from redact.services.session import Look, Overlay

GAP = 14.0  # points between pages
MARGIN = 18.0
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 6.0)
KEEP_AROUND = 4  # rendered pages kept beyond those in view
AHEAD = 3  # pages after those in view rendered ahead (and one before), with a PageSource
OVERLAY_KEY = 0  # QGraphicsItem data key holding the overlay id


class Tool(StrEnum):
    SELECT = "select"
    AREA = "area"
    TEXT = "text"


Renderer = Callable[[int, float], bytes]


class PageView(QGraphicsView):
    overlay_clicked = Signal(str)
    area_drawn = Signal(int, object)  # page, Box in page points
    text_selected = Signal(int, int, int)  # page, first and last character index
    zoom_changed = Signal(float)
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#d9dce1"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._zoom = 1.0
        self._fit = True  # follow the window's width until the user picks a zoom
        self._sizes: list[tuple[float, float]] = []
        self._tops: list[float] = []
        self._lefts: list[float] = []
        self._renderer: Renderer | None = None
        self._pixmaps: dict[int, tuple[float, QGraphicsItem]] = {}
        self._overlays: dict[str, Overlay] = {}
        self._overlay_items: list[QGraphicsItem] = []
        self._selected: str | None = None
        self._selection_items: list[QGraphicsItem] = []
        self._tool = Tool.SELECT
        self._drag: tuple[int, QPointF] | None = None
        self._clicked = False  # the press went to a box: its release is ours too
        self._rubber: QGraphicsRectItem | None = None
        self._text_provider: Callable[[int], PageText | None] | None = None
        self._text: tuple[int, PageText, int] | None = None  # page, its text, anchor character
        self._text_items: list[QGraphicsItem] = []
        self._current_page = -1
        self._accepted_black = False  # accepted boxes as outlines with their label, so the text stays readable
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.set_tool(Tool.SELECT)
        self.show_message(self.tr("Intet dokument valgt"))

    # ------------------------------------------------------------------ pages
    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def zoom(self) -> float:
        return self._zoom

    def show_message(self, text: str) -> None:
        """An empty view with a message (no document, a failed one, work in progress)."""
        self._reset_scene()
        item = QGraphicsTextItem()
        item.setTextWidth(420)
        item.setPlainText(text)
        font = QFont()
        font.setPointSizeF(12)
        item.setFont(font)
        item.setDefaultTextColor(QColor("#333333"))
        self.scene().addItem(item)
        self.resetTransform()
        self.scene().setSceneRect(item.boundingRect().adjusted(-40, -60, 40, 60))

    def set_pages(self, sizes: list[tuple[float, float]], renderer: Renderer, keep_position: bool = False) -> None:
        """Show a document: `sizes` of its pages in points, `renderer(page, scale)` gives PNG bytes."""
        position = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self._reset_scene()
        self._sizes = list(sizes)
        if isinstance(self._renderer, PageSource) and self._renderer is not renderer:
            self._renderer.rendered.disconnect(self._arrived)
        if isinstance(renderer, PageSource) and self._renderer is not renderer:
            renderer.rendered.connect(self._arrived)
        self._renderer = renderer
        widest = max((w for w, _ in sizes), default=595.0)
        y = MARGIN
        for w, h in sizes:
            x = MARGIN + (widest - w) / 2
            self._tops.append(y)
            self._lefts.append(x)
            page = QGraphicsRectItem(QRectF(x, y, w, h))
            page.setBrush(QBrush(QColor("white")))
            page.setPen(QPen(QColor("#a0a4aa"), 0))
            page.setZValue(0)
            self.scene().addItem(page)
            y += h + GAP
        self.scene().setSceneRect(QRectF(0, 0, widest + 2 * MARGIN, y - GAP + MARGIN))
        self._apply_zoom(self._fit_zoom() if self._fit else self._zoom)
        if keep_position:
            self.horizontalScrollBar().setValue(position[0])
            self.verticalScrollBar().setValue(position[1])
        else:
            self.verticalScrollBar().setValue(0)
        self._current_page = -1
        self._scrolled()

    def _reset_scene(self) -> None:
        self.scene().clear()
        self._sizes, self._tops, self._lefts = [], [], []
        self._pixmaps = {}
        self._overlays, self._overlay_items = {}, []
        self._selection_items = []
        self._text_items = []
        self._rubber = None
        self._text = None
        self._drag = None

    def page_rect(self, page: int) -> QRectF:
        w, h = self._sizes[page]
        return QRectF(self._lefts[page], self._tops[page], w, h)

    def page_at(self, point: QPointF) -> int:
        """The page under a scene point, or -1."""
        for k in range(len(self._sizes)):
            if self.page_rect(k).contains(point):
                return k
        return -1

    def to_scene(self, page: int, box: Box) -> QRectF:
        return QRectF(self._lefts[page] + box.x0, self._tops[page] + box.y0, box.width, box.height)

    def to_page(self, page: int, rect: QRectF) -> Box:
        r = rect.normalized().intersected(self.page_rect(page))
        x, y = self._lefts[page], self._tops[page]
        return Box(r.left() - x, r.top() - y, r.right() - x, r.bottom() - y)

    def current_page(self) -> int:
        if not self._sizes:
            return -1
        middle = self.mapToScene(self.viewport().rect().center()).y()
        for k in range(len(self._sizes)):
            if middle < self._tops[k] + self._sizes[k][1] + GAP / 2:
                return k
        return len(self._sizes) - 1

    def show_page(self, page: int) -> None:
        if 0 <= page < len(self._sizes):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.mapFromScene(QPointF(0, self._tops[page] - GAP)).y())

    def _scrolled(self) -> None:
        self.render_visible()
        page = self.current_page()
        if page != self._current_page:
            self._current_page = page
            self.page_changed.emit(page)

    def render_visible(self) -> None:
        """Render the pages in view (and keep a few around); drop pictures far away."""
        if not self._sizes or self._renderer is None or not self.isVisible():
            return
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        scale = self._zoom * self.devicePixelRatioF()
        visible = [
            k
            for k in range(len(self._sizes))
            if self._tops[k] < area.bottom() + 200 and self._tops[k] + self._sizes[k][1] > area.top() - 200
        ]
        for k in visible:
            have = self._pixmaps.get(k)
            if have is not None and abs(have[0] - scale) < 1e-6:
                continue
            self._render(k, scale)
        if visible:
            low, high = visible[0] - KEEP_AROUND, visible[-1] + KEEP_AROUND
            for k in [k for k in self._pixmaps if not low <= k <= high]:
                self.scene().removeItem(self._pixmaps.pop(k)[1])
            if isinstance(self._renderer, PageSource):
                for k in [visible[0] - 1, *range(visible[-1] + 1, visible[-1] + 1 + AHEAD)]:
                    have = self._pixmaps.get(k)
                    if not 0 <= k < len(self._sizes) or (have is not None and abs(have[0] - scale) < 1e-6):
                        continue
                    if self._renderer.ready(k, scale):
                        # Arrived while another zoom was shown (the fit follows a scroll bar that
                        # comes and goes): placed now, as asking again would never announce it.
                        self._render(k, scale)
                    else:
                        self._renderer.ask(k, scale)

    def _arrived(self, page: int, zoom: float) -> None:
        """A page rendered ahead: placed now if it is still near the view at the current zoom."""
        scale = self._zoom * self.devicePixelRatioF()
        if not 0 <= page < len(self._sizes) or abs(zoom - round(scale, 4)) >= 1e-6:
            return
        have = self._pixmaps.get(page)
        if have is not None and abs(have[0] - scale) < 1e-6:
            return
        current = max(self.current_page(), 0)
        if abs(page - current) <= KEEP_AROUND + AHEAD:
            self._render(page, scale)

    def _render(self, page: int, scale: float) -> None:
        assert self._renderer is not None
        old = self._pixmaps.pop(page, None)
        if old is not None:
            self.scene().removeItem(old[1])
        item: QGraphicsItem
        try:
            pix = QPixmap()
            pix.loadFromData(self._renderer(page, scale), "PNG")
            picture = QGraphicsPixmapItem(pix)
            picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            picture.setScale(1.0 / scale)
            item = picture
        except RedactError as exc:
            text = QGraphicsTextItem(lower(exc.message))
            text.setTextWidth(self._sizes[page][0] - 40)
            text.setDefaultTextColor(QColor("#b00020"))
            item = text
            item.setPos(20, 20)
        item.setPos(self._lefts[page] + item.pos().x(), self._tops[page] + item.pos().y())
        item.setZValue(1)
        self.scene().addItem(item)
        self._pixmaps[page] = (scale, item)

    # ------------------------------------------------------------------ zoom
    def _fit_zoom(self) -> float:
        widest = max((w for w, _ in self._sizes), default=595.0) + 2 * MARGIN
        bar = self.verticalScrollBar().sizeHint().width()
        return max(ZOOMS[0], min(ZOOMS[-1], (self.viewport().width() - bar) / widest))

    def _apply_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self.zoom_changed.emit(zoom)
        self.render_visible()

    def set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._apply_zoom(max(ZOOMS[0], min(ZOOMS[-1], zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self._zoom + 1e-3), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self._zoom - 1e-3), ZOOMS[0]))

    def fit_width(self) -> None:
        self._fit = True
        if self._sizes:
            self._apply_zoom(self._fit_zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._sizes:
            self._apply_zoom(self._fit_zoom())
        else:
            self.render_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.render_visible()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ overlays
    def set_overlays(self, overlays: list[Overlay]) -> None:
        for item in self._overlay_items:
            self.scene().removeItem(item)
        self._overlay_items = []
        self._overlays = {o.id: o for o in overlays}
        # open proposals on top so they can always be clicked; then rejected, then the black boxes
        order = {Look.WITHHELD: -1, Look.ACCEPTED: 0, Look.REJECTED: 1, Look.OPEN: 2}
        for o in sorted(overlays, key=lambda o: order[o.look]):
            if not 0 <= o.page < len(self._sizes):
                continue
            for box in o.boxes:
                self._overlay_items.append(self._box_item(o, box, 2 + order[o.look] / 10))
        self._draw_selection()

    def overlays(self) -> dict[str, Overlay]:
        return dict(self._overlays)

    @property
    def accepted_black(self) -> bool:
        return self._accepted_black

    def set_accepted_black(self, black: bool) -> None:
        """Draw accepted redactions black (as released) or as outlines with their label (reviewing)."""
        self._accepted_black = black
        self.set_overlays(list(self._overlays.values()))

    def _box_item(self, o: Overlay, box: Box, z: float) -> QGraphicsItem:
        rect = self.to_scene(o.page, box)
        item = QGraphicsRectItem(rect)
        c = colour(o.entity)
        if o.look is Look.ACCEPTED and self._accepted_black:
            item.setBrush(QBrush(QColor("black")))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            if o.label:
                self._label(item, rect, o.label)
        elif o.look is Look.ACCEPTED:
            pen = QPen(QColor("black"), 1.8)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setBrush(QBrush(QColor(0, 0, 0, 40)))
            if o.label:
                self._tag(item, rect, o.label)
        elif o.look is Look.WITHHELD:
            item.setBrush(QBrush(QColor(90, 90, 90, 170)))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            if o.label:
                self._label(item, rect, o.label)
        elif o.look is Look.REJECTED:
            pen = QPen(c, 1.3, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        else:
            pen = QPen(c.darker(120), 1.6)
            pen.setCosmetic(True)
            item.setPen(pen)
            fill = QColor(c)
            fill.setAlpha(80)
            item.setBrush(QBrush(fill))
        item.setData(OVERLAY_KEY, o.id)
        if o.tooltip:
            item.setToolTip(o.tooltip)
        item.setZValue(z)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.scene().addItem(item)
        return item

    @staticmethod
    def _label_item(label: str) -> tuple[QGraphicsSimpleTextItem, QRectF]:
        text = QGraphicsSimpleTextItem(label)
        text.setBrush(QBrush(QColor("white")))
        font = QFont()
        font.setPixelSize(20)
        text.setFont(font)
        return text, text.boundingRect()

    def _label(self, parent: QGraphicsRectItem, rect: QRectF, label: str) -> None:
        text, bounds = self._label_item(label)
        scale = min(rect.height() * 0.72 / bounds.height(), (rect.width() - 2) / max(1.0, bounds.width()))
        if scale * bounds.height() < 3.0:  # too small to hold it: the basis goes on a tag above the box
            self._tag(parent, rect, label)
            return
        text.setParentItem(parent)
        scale = min(scale, 12.0 / bounds.height())  # a whole page gets a label, not a poster
        text.setScale(scale)
        height = bounds.height() * scale
        top = rect.top() + (rect.height() - height) / 2 if rect.height() < 3 * height else rect.top() + 4
        text.setPos(rect.left() + (1 if rect.height() < 3 * height else 4), top)

    def _tag(self, parent: QGraphicsRectItem, rect: QRectF, label: str) -> None:
        """The basis on a small tag at the box's top left corner, readable whatever the box's size."""
        text, bounds = self._label_item(label)
        scale = 6.5 / bounds.height()  # points: small, but readable at 100 %
        back = QGraphicsRectItem(QRectF(0, 0, bounds.width() * scale + 3, bounds.height() * scale + 1), parent)
        back.setBrush(QBrush(QColor(20, 20, 20, 220)))
        back.setPen(QPen(Qt.PenStyle.NoPen))
        back.setPos(rect.left(), rect.top() - bounds.height() * scale - 1)
        back.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        text.setParentItem(back)
        text.setScale(scale)
        text.setPos(1.5, 0.5)

    # ------------------------------------------------------------------ selection
    @property
    def selected(self) -> str | None:
        return self._selected

    def select(self, overlay_id: str | None, scroll: bool = True) -> None:
        self._selected = overlay_id
        self._draw_selection()
        o = self._overlays.get(overlay_id or "")
        if scroll and o is not None and o.boxes and 0 <= o.page < len(self._sizes):
            rect = self.to_scene(o.page, o.boxes[0])
            for b in o.boxes[1:]:
                rect = rect.united(self.to_scene(o.page, b))
            self.ensureVisible(rect, 60, 120)

    def _draw_selection(self) -> None:
        for item in self._selection_items:
            self.scene().removeItem(item)
        self._selection_items = []
        o = self._overlays.get(self._selected or "")
        if o is None or not 0 <= o.page < len(self._sizes):
            return
        pen = QPen(QColor(SELECTION), 3)
        pen.setCosmetic(True)
        for b in o.boxes:
            item = QGraphicsRectItem(self.to_scene(o.page, b).adjusted(-2.5, -2.5, 2.5, 2.5))
            item.setPen(pen)
            item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(5)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene().addItem(item)
            self._selection_items.append(item)

    # ------------------------------------------------------------------ tools
    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        self._tool = tool
        self.clear_text_selection()
        if tool is Tool.SELECT:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            self.viewport().unsetCursor()
        else:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            shape = Qt.CursorShape.CrossCursor if tool is Tool.AREA else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)

    def set_text_provider(self, provider: Callable[[int], PageText | None]) -> None:
        """Where the text tool gets a page's characters (read on first use of a page)."""
        self._text_provider = provider

    def overlay_at(self, pos: QPointF) -> str | None:
        """The overlay under a viewport position (the topmost)."""
        for item in self.items(pos.toPoint()):
            oid = item.data(OVERLAY_KEY)
            if isinstance(oid, str):
                return oid
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton or not self._sizes:
            super().mousePressEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        page = self.page_at(point)
        if self._tool is Tool.SELECT:
            oid = self.overlay_at(event.position())
            if oid is not None:
                self._clicked = True
                self.overlay_clicked.emit(oid)
                event.accept()
                return
            super().mousePressEvent(event)
            return
        if page < 0:
            return
        event.accept()
        if self._tool is Tool.AREA:
            self._drag = (page, point)
            self._rubber = QGraphicsRectItem(QRectF(point, point))
            pen = QPen(QColor(SELECTION), 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._rubber.setPen(pen)
            fill = QColor("black")
            fill.setAlpha(90)
            self._rubber.setBrush(QBrush(fill))
            self._rubber.setZValue(6)
            self.scene().addItem(self._rubber)
            return
        self.clear_text_selection()
        pt = self._text_provider(page) if self._text_provider else None
        if pt is None:
            return
        local = point - self.page_rect(page).topLeft()
        index = char_at(pt, local.x(), local.y())
        if index is not None:
            self._text = (page, pt, index)
            self._show_text_range(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        if self._drag is not None and self._rubber is not None:
            page, start = self._drag
            self._rubber.setRect(QRectF(start, point).normalized().intersected(self.page_rect(page)))
            return
        if self._text is not None and event.buttons() & Qt.MouseButton.LeftButton:
            page, pt, _ = self._text
            local = point - self.page_rect(page).topLeft()
            index = char_at(pt, local.x(), local.y())
            if index is not None:
                self._show_text_range(index)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clicked:
            self._clicked = False
            event.accept()
            return
        if self._drag is not None:
            page, start = self._drag
            point = self.mapToScene(event.position().toPoint())
            if self._rubber is not None:
                self.scene().removeItem(self._rubber)
            self._drag, self._rubber = None, None
            box = self.to_page(page, QRectF(start, point))
            if box.width >= 2 and box.height >= 2:
                self.area_drawn.emit(page, box)
            return
        if self._text is not None and self._text_items:
            page, pt, anchor = self._text
            point = self.mapToScene(event.position().toPoint())
            local = point - self.page_rect(page).topLeft()
            end = char_at(pt, local.x(), local.y())
            first, last = (anchor, anchor if end is None else end)
            if first == last:  # a click: the word under it
                first, last = word_at(pt, first)
                self._show_text_range(last, first)
            self.text_selected.emit(page, first, last)
            return
        super().mouseReleaseEvent(event)

    def _show_text_range(self, end: int, start: int | None = None) -> None:
        assert self._text is not None
        page, pt, anchor = self._text
        anchor = anchor if start is None else start
        for item in self._text_items:
            self.scene().removeItem(item)
        self._text_items = []
        occ = search.occurrence_for_range("", pt, anchor, end)
        if occ is not None:
            self._mark_boxes(page, occ.boxes)

    def _mark_boxes(self, page: int, boxes: tuple[Box, ...]) -> None:
        fill = QColor(SELECTION)
        fill.setAlpha(90)
        for b in boxes:
            item = QGraphicsRectItem(self.to_scene(page, b))
            item.setBrush(QBrush(fill))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(6)
            self.scene().addItem(item)
            self._text_items.append(item)

    def marked_boxes(self) -> list[QRectF]:
        """The scene rectangles of the marked text (a selection or a search hit)."""
        return [item.sceneBoundingRect() for item in self._text_items]

    def mark(self, page: int, boxes: tuple[Box, ...]) -> None:
        """Mark a stretch of text (a search hit) on a page, and scroll to it."""
        self.clear_text_selection()
        if not 0 <= page < len(self._sizes) or not boxes:
            return
        self._mark_boxes(page, boxes)
        rect = self.to_scene(page, boxes[0])
        for b in boxes[1:]:
            rect = rect.united(self.to_scene(page, b))
        self.ensureVisible(rect, 60, 120)

    def clear_text_selection(self) -> None:
        for item in self._text_items:
            self.scene().removeItem(item)
        self._text_items = []
        self._text = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self._text_items or self._drag):
            self.clear_text_selection()
            if self._rubber is not None:
                self.scene().removeItem(self._rubber)
            self._drag, self._rubber = None, None
            return
        super().keyPressEvent(event)
