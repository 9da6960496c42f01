"""Rectangles in PDF page coordinates (points, origin top left, y grows downwards)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def intersects(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def centre_in(self, areas: Iterable[Box]) -> bool:
        """True when the middle of this box lies in any of `areas`: the one test of whether a character
        (or a word's box) is under a redaction or inside a selection."""
        x, y = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        return any(a.contains_point(x, y) for a in areas)

    def shrunk_vertically(self, fraction: float) -> Box:
        """The box with `fraction` of its height taken off top and bottom each.

        Text boxes span the full line height; on tightly set text a box that size touches the
        next line, and the redaction would remove characters there too.
        """
        cut = self.height * fraction
        return Box(self.x0, self.y0 + cut, self.x1, self.y1 - cut)

    def as_list(self) -> list[float]:
        return [round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]

    @classmethod
    def from_list(cls, values: list[float]) -> Box:
        x0, y0, x1, y1 = values
        return cls(float(x0), float(y0), float(x1), float(y1))
