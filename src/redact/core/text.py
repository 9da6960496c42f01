"""A page's text as one string, with a box for every character.

Detectors work on plain strings; redaction works on page rectangles. `PageText` is the bridge:
a finding's character offsets become the boxes to black out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from redact.core.geometry import Box

# Fraction of a line's height cut from top and bottom of a redaction box (see Box.shrunk_vertically).
LINE_SHRINK = 0.12
# On a scanned page the box must cover every pixel of the glyphs, so it grows instead.
OCR_GROW = -0.10


@dataclass(frozen=True, slots=True)
class PageText:
    """Text of one page; `boxes[i]` is the box of `text[i]` (None for inserted separators)."""

    page: int
    text: str
    boxes: Sequence[Box | None]  # a tuple, or rows read lazily from the kept reading (`pdf/charindex.py`)
    width: float = 595.0
    height: float = 842.0
    has_text_layer: bool = True
    ocr: bool = False  # the text was read by OCR from what the page shows
    # Why each character is not seen by a reader ("" = seen), e.g. "hvid tekst på hvid baggrund";
    # empty when nothing on the page is hidden. Hidden text is read by detection (a name in white
    # text is proposed) but is never shown as if it were visible, and the export removes it.
    hidden: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.text) != len(self.boxes):
            raise ValueError("PageText needs one box entry per character")
        if self.hidden and len(self.hidden) != len(self.text):
            raise ValueError("PageText.hidden needs one entry per character")

    @property
    def has_hidden(self) -> bool:
        return any(self.hidden)

    def is_hidden(self, i: int) -> bool:
        return bool(self.hidden) and bool(self.hidden[i])

    def hidden_kinds(self) -> list[str]:
        """The kinds of hidden text on the page, in order of first appearance."""
        return list(dict.fromkeys(k for k in self.hidden if k))

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
        if self.ocr:
            return [Box(b.x0 - 1.5, b.y0, b.x1 + 1.5, b.y1).shrunk_vertically(OCR_GROW) for b in lines]
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
    _hidden: list[str] = field(default_factory=list)

    def add(self, char: str, box: Box | None, hidden: str = "") -> None:
        self._chars.append(char)
        self._boxes.append(box)
        self._hidden.append(hidden)

    def separator(self, sep: str) -> None:
        if self._chars and self._chars[-1] in ("\n", " ") and sep == " ":
            return
        for ch in sep:
            self._chars.append(ch)
            self._boxes.append(None)
            self._hidden.append("")

    def build(self, has_text_layer: bool = True) -> PageText:
        hidden = tuple(self._hidden) if any(self._hidden) else ()
        return PageText(
            self.page, "".join(self._chars), tuple(self._boxes), self.width, self.height, has_text_layer, hidden=hidden
        )


_OCR_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1"})


def ocr_digit_fix(text: str) -> str:
    """Read letters that OCR confuses with digits as digits where they stand among digits.

    "O8O946-1872" and "2l 34 56 78" become numbers the recognizers know. The string keeps its
    length, so offsets found in it point into the original text.
    """
    chars = list(text)
    n = len(chars)

    def digitish(i: int) -> bool:
        return 0 <= i < n and (chars[i].isdigit())

    for i, c in enumerate(text):
        if c in "OoDlIi|":
            left = digitish(i - 1) or (i >= 2 and chars[i - 1] in " -" and digitish(i - 2))
            right = digitish(i + 1) or (i + 2 < n and chars[i + 1] in " -" and digitish(i + 2))
            if (left and right) or ((left or right) and _in_number_run(text, i)):
                chars[i] = c.translate(_OCR_DIGIT_LOOKALIKES)
    fixed = "".join(chars)
    # "@" read as another glyph inside what is otherwise an e-mail address.
    return _OCR_AT.sub("@", fixed)


_OCR_AT = re.compile(r"(?<=[\w.])[æ©®Q&](?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)(?<!@.)")


def _in_number_run(text: str, i: int) -> bool:
    """True if the token around i is mostly digits (e.g. "O80946" or "187l")."""
    start = i
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = i
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end]
    digits = sum(ch.isdigit() for ch in token)
    numberish = sum(ch.isdigit() or ch in "OoDlIi|-" for ch in token)
    return len(token) >= 4 and digits >= len(token) // 2 and numberish == len(token)


# Text geometry: from a point or an area of the page to characters and words (the page view).


def char_at(pt: PageText, x: float, y: float) -> int | None:
    """Index of the character at page point (x, y), or the nearest one on that line."""
    best: tuple[float, int] | None = None
    for i, b in enumerate(pt.boxes):
        if b is None:
            continue
        if b.contains_point(x, y):
            return i
        if b.y0 <= y <= b.y1:
            dist = min(abs(x - b.x0), abs(x - b.x1))
            if best is None or dist < best[0]:
                best = (dist, i)
    return best[1] if best else None


def word_at(pt: PageText, index: int) -> tuple[int, int]:
    """First and last character of the word around `index` (a click selects a word)."""
    if not 0 <= index < len(pt.text) or not _in_word(pt.text[index]):
        return index, index
    a = b = index
    while a > 0 and _in_word(pt.text[a - 1]):
        a -= 1
    while b + 1 < len(pt.text) and _in_word(pt.text[b + 1]):
        b += 1
    while b > a and not pt.text[b].isalnum():  # "Hansen." is the word "Hansen"
        b -= 1
    while a < b and not pt.text[a].isalnum():
        a += 1
    return a, b


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "-@._'’"


def text_in_area(pt: PageText, box: Box) -> str:
    """The text whose characters have their middle inside `box`, in reading order."""
    inside = [i for i, b in enumerate(pt.boxes) if b is not None and b.centre_in((box,))]
    if not inside:
        return ""
    chosen = set(inside)
    out = []
    for i in range(inside[0], inside[-1] + 1):
        if i in chosen:
            out.append(pt.text[i])
        elif pt.boxes[i] is None or pt.text[i].isspace():
            out.append(" ")
    return " ".join("".join(out).split())
