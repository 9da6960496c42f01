"""Colours of the categories, shared by the lists and the page view (readable for colour-blind users:
the state is also told by fill and outline, not by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from redact.core.entity import Entity

ENTITY_COLOURS: dict[Entity, str] = {
    Entity.CPR: "#d62728",
    Entity.FNR: "#d62728",
    Entity.PNR: "#d62728",
    Entity.PHONE: "#ff7f0e",
    Entity.EMAIL: "#1f77b4",
    Entity.BANK: "#9467bd",
    Entity.IBAN: "#9467bd",
    Entity.PLATE: "#17becf",
    Entity.PERSON: "#2ca02c",
    Entity.ADDRESS: "#8c564b",
    Entity.IDNUM: "#bcbd22",
    Entity.SENSITIVE: "#e377c2",
    Entity.MANUAL: "#303030",
}
SELECTION = "#0057d8"


def colour(entity: Entity) -> QColor:
    return QColor(ENTITY_COLOURS.get(entity, "#7f7f7f"))


def swatch(entity: Entity, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour(entity).darker(140))
    fill = colour(entity)
    fill.setAlpha(170)
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    return QIcon(pix)
