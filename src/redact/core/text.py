"""A page's text as one string, with a box for every character.

Detectors work on plain strings; redaction works on page rectangles. `PageText` is the bridge:
a finding's character offsets become the boxes to black out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redact.core.geometry import Box

# Fraction of a line's height cut from top and bottom of a redaction box (see Box.shrunk_vertically).
LINE_SHRINK = 0.12


@dataclass(frozen=True, slots=True)
class PageText:
    """Text of one page; `boxes[i]` is the box of `text[i]` (None for inserted separators)."""

    page: int
    text: str
    boxes: tuple[Box | None, ...]
    width: float = 595.0
    height: float = 842.0
    has_text_layer: bool = True

    def __post_init__(self) -> None:
        if len(self.text) != len(self.boxes):
            raise ValueError("PageText needs one box entry per character")

    def boxes_for(self, start: int, end: int) -> list[Box]:
        """One box per line covered by text[start:end], shrunk so it does not touch the next line."""
        lines: list[Box] = []
        current: Box | None = None
        for i in range(max(0, start), min(end, len(self.text))):
            box = self.boxes[i]
            if box is None or self.text[i] == "\n":
                if current is not None and self.text[i] == "\n":
                    lines.append(current)
                    current = None
                continue
            if current is not None and _same_line(current, box):
                current = current.union(box)
            else:
                if current is not None:
                    lines.append(current)
                current = box
        if current is not None:
            lines.append(current)
        return [b.shrunk_vertically(LINE_SHRINK) for b in lines]


def _same_line(a: Box, b: Box) -> bool:
    mid = (b.y0 + b.y1) / 2
    return a.y0 <= mid <= a.y1 and b.x0 >= a.x0 - 1.0


@dataclass
class PageTextBuilder:
    """Accumulates characters and their boxes line by line."""

    page: int
    width: float = 595.0
    height: float = 842.0
    _chars: list[str] = field(default_factory=list)
    _boxes: list[Box | None] = field(default_factory=list)

    def add(self, char: str, box: Box | None) -> None:
        self._chars.append(char)
        self._boxes.append(box)

    def separator(self, sep: str) -> None:
        if self._chars and self._chars[-1] in ("\n", " ") and sep == " ":
            return
        for ch in sep:
            self._chars.append(ch)
            self._boxes.append(None)

    def build(self, has_text_layer: bool = True) -> PageText:
        return PageText(self.page, "".join(self._chars), tuple(self._boxes), self.width, self.height, has_text_layer)
