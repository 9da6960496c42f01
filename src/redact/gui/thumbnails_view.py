"""Page thumbnails beside the page: small pictures of the shown document's pages, rendered only
when they come into view, with the number of open proposals on each; a click goes to the page.

With a `PageSource` the pictures are rendered in another process: a thumbnail shows a blank page
until its picture arrives, and the window never waits for one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from redact.core.errors import RedactError
from redact.gui.i18n import arg
from redact.gui.page_source import PageSource

# page number, zoom -> PNG bytes (services.rendering.render_page over one document)
Renderer = Callable[[int, float], bytes]
WIDTH = 96  # pixels: a thumbnail's width

_Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row per page. A picture is rendered the first time the view asks for it (the view asks
    only for the rows it shows), and kept until the document changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: list[tuple[float, float]] = []
        self._renderer: Renderer | None = None
        self._pictures: dict[int, QPixmap] = {}
        self._blanks: dict[tuple[int, int], QPixmap] = {}
        self._open: dict[int, int] = {}
        self._withheld: set[int] = set()
        self.rendered = 0  # how many pictures were made (tests: only what is seen)

    def set_pages(self, sizes: list[tuple[float, float]], renderer: Renderer | None) -> None:
        self.beginResetModel()
        if isinstance(self._renderer, PageSource):
            self._renderer.rendered.disconnect(self._arrived)
        self._sizes, self._renderer, self._pictures = list(sizes), renderer, {}
        self._open, self._withheld = {}, set()
        if isinstance(renderer, PageSource):
            renderer.rendered.connect(self._arrived)
        self.endResetModel()

    def _zoom(self, page: int) -> float:
        return round(WIDTH / (self._sizes[page][0] or 595.0), 4)

    def _blank(self, page: int) -> QPixmap:
        """A blank page of the page's shape, where its picture is not there yet."""
        width, height = self._sizes[page]
        size = (WIDTH, round(WIDTH * (height / width if width > 0 else 1.41)))
        if size not in self._blanks:
            pix = QPixmap(*size)
            pix.fill(QColor("#ffffff"))
            painter = QPainter(pix)
            painter.setPen(QColor("#bbb"))
            painter.drawRect(0, 0, pix.width() - 1, pix.height() - 1)
            painter.end()
            self._blanks[size] = pix
        return self._blanks[size]

    def _arrived(self, page: int, zoom: float) -> None:
        """A picture made in the background: shown if it is a thumbnail's."""
        if 0 <= page < len(self._sizes) and page not in self._pictures and abs(zoom - self._zoom(page)) < 1e-6:
            self._picture(page, arrived=True)
            self.dataChanged.emit(self.index(page), self.index(page), [Qt.ItemDataRole.DecorationRole])

    def set_marks(self, open_per_page: dict[int, int], withheld: set[int]) -> None:
        """What each page still holds: open proposals, and whether it is withheld."""
        self._open, self._withheld = dict(open_per_page), set(withheld)
        if self._sizes:
            self.dataChanged.emit(self.index(0), self.index(len(self._sizes) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._sizes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._sizes):
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._picture(page)
        if role == Qt.ItemDataRole.DisplayRole:
            n = self._open.get(page, 0)
            return arg(self.tr("%1 (%2 åbne)"), page + 1, n) if n else str(page + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            if page in self._withheld:
                return arg(self.tr("Side %1: undtaget"), page + 1)
            return arg(self.tr("Side %1: %2 åbne forslag"), page + 1, self._open.get(page, 0))
        if role == Qt.ItemDataRole.ForegroundRole and page in self._withheld:
            return QColor("#888")
        return None

    def _picture(self, page: int, arrived: bool = False) -> QPixmap | None:
        if page in self._pictures:
            return self._pictures[page]
        if self._renderer is None:
            return None
        zoom = self._zoom(page)
        if isinstance(self._renderer, PageSource) and not arrived:
            self._renderer.ask(page, zoom)  # arrives by `_arrived`; until then a blank page
            return self._blank(page)
        pix = QPixmap()
        try:
            pix.loadFromData(self._renderer(page, zoom), "PNG")
        except RedactError:
            pix = QPixmap(WIDTH, round(WIDTH * 1.41))
            pix.fill(QColor("#eee"))
        painter = QPainter(pix)  # a white page on a white list: its edge shows where it ends
        painter.setPen(QColor("#999"))
        painter.drawRect(0, 0, pix.width() - 1, pix.height() - 1)
        painter.end()
        self.rendered += 1
        self._pictures[page] = pix
        return pix


class ThumbnailsView(QListView):
    """The strip of page thumbnails; `page_clicked` when the case handler picks a page."""

    page_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.thumbs = ThumbnailModel(self)
        self.setModel(self.thumbs)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # the view then asks only for the rows it shows
        self.setIconSize(QSize(WIDTH, round(WIDTH * 1.42)))
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFixedWidth(WIDTH + 40)
        self.setToolTip(self.tr("Siderne: klik for at gå til en side"))
        self.clicked.connect(lambda index: self.page_clicked.emit(index.row()))

    def show_current(self, page: int) -> None:
        """Mark the page the page view shows, without telling anyone it was clicked."""
        if 0 <= page < self.thumbs.rowCount():
            index = self.thumbs.index(page)
            self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
