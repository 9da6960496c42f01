"""Text as the reader sees it: letter spacing folded, and glyphs that stand for several characters split.

A PDF can set a word one glyph at a time with gaps between the glyphs: character spacing (`Tc`),
kerning in a `TJ` array, a Word run with expanded spacing, or a comb form field with one digit per
cell. MuPDF then extracts `1 3 0 1 1 5 - 4 4 5 5` (or one digit per line), which no pattern finds,
while the reader sees a CPR number. `fold_line` drops the spaces inside such a run; `cell_runs`
finds single-glyph lines set at a regular pitch on one baseline (`cell_runs`). Both only drop separators, so
every character keeps its own box and a finding's offsets still give the right boxes.

A ligature (ff, fi, fl, ffi, ffl, or any glyph a font maps to several characters) is one glyph:
MuPDF gives its first character the glyph's whole box and the others an empty box at its right
edge. `split_shared` shares the glyph's box out, so every character has a box of its own and a
box ending on the last character covers the whole glyph.

Everything works in the page's displayed space on horizontal lines (a rotated page shows its text
horizontally); characters on any other slant are left as they are.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from redact.core.geometry import Box

# Gaps (or pitches) count as the same spacing within this share of the line height.
SAME_SPACING = 0.15
# Letter spacing wider than this many line heights is a layout (table columns), not a word.
MAX_LETTER_GAP = 2.0
# A comb field or a run of separately placed glyphs: this many single-glyph lines at least.
MIN_CELLS = 3
# Three one-glyph words in a row (separators as spaces), the least `fold_line` can fold.
_THREE_SINGLES = re.compile(r"(?<!\S)\S\s+\S\s+\S(?!\S)")


@dataclass(slots=True)
class Char:
    """One character of a line: a glyph with its box, or a separator (box None)."""

    c: str
    box: Box | None
    kind: str = ""  # why it is hidden ("" = seen), see pdf/hidden.py


def split_shared(chars: list[Char]) -> None:
    """Give each character of a multi-character glyph (a ligature) its share of the glyph's box."""
    if not any(ch.box is not None and ch.box.x1 - ch.box.x0 < 0.01 for ch in chars):
        return  # no empty box: no glyph stands for several characters (nearly every line)
    i = 0
    n = len(chars)
    while i < n:
        lead = chars[i].box
        j = i + 1
        while lead is not None and j < n and _shares(lead, chars[j].box):
            j += 1
        if lead is not None and j - i > 1:
            step = lead.width / (j - i)
            for k in range(i, j):
                x0 = lead.x0 + step * (k - i)
                chars[k].box = Box(x0, lead.y0, x0 + step, lead.y1)
        i = j


def _shares(lead: Box, box: Box | None) -> bool:
    """An empty box at the right edge of `lead`: the next character of the same glyph."""
    return (
        box is not None
        and box.width < 0.01
        and lead.width > 0.01
        and abs(box.x0 - lead.x1) < 0.01
        and abs((box.y0 + box.y1) - (lead.y0 + lead.y1)) < 0.2 * max(lead.height, 0.1)
    )


def fold_needed(line: str) -> bool:
    """Whether `fold_line` may fold a line whose text (separators as spaces) is `line`: only a run of
    three one-glyph words can lose a space."""
    return _THREE_SINGLES.search(line) is not None


def fold_line(chars: list[Char]) -> list[Char]:
    """The line without the spaces that only letter-space single glyphs (`1 3 0 1` -> `1301`).

    A space goes when the glyphs on both sides stand alone (a one-character "word") and its gap
    repeats a neighbouring gap of the same run (same gap: `Tc`, kerning; same pitch: cells), so a
    real word space in a letter-spaced line, wider than the letter gaps, stays.
    """
    if not fold_needed("".join(" " if ch.box is None else ch.c for ch in chars)):
        return chars  # a space goes only inside a run of three one-glyph words (nearly no line has one)
    words: list[tuple[int, int]] = []  # [start, end) of each run of glyphs
    start = -1
    for i, ch in enumerate(chars):
        if ch.box is None or ch.c.isspace():
            if start >= 0:
                words.append((start, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        words.append((start, len(chars)))
    if len(words) < MIN_CELLS:
        return chars
    # The spacing between word k and word k+1, when both are single glyphs on one horizontal line.
    spacing: list[tuple[float, float, float] | None] = []
    for (a0, a1), (b0, b1) in itertools.pairwise(words):
        a, b = chars[a0].box, chars[b0].box
        if a1 - a0 != 1 or b1 - b0 != 1 or a is None or b is None:
            spacing.append(None)
            continue
        height = max(a.height, b.height, 0.1)
        gap = b.x0 - a.x1
        same_line = abs((a.y0 + a.y1) - (b.y0 + b.y1)) < 0.4 * height
        if not same_line or gap < -0.1 * height or gap > MAX_LETTER_GAP * height:
            spacing.append(None)
            continue
        spacing.append((gap, (b.x0 + b.x1 - a.x0 - a.x1) / 2, height))
    drop: set[int] = set()
    for k, s in enumerate(spacing):
        if s is None:
            continue
        neighbours = [spacing[k - 1] if k > 0 else None, spacing[k + 1] if k + 1 < len(spacing) else None]
        if any(t is not None and _same_spacing(s, t) for t in neighbours):
            drop.update(range(words[k][1], words[k + 1][0]))
    if not drop:
        return chars
    return [ch for i, ch in enumerate(chars) if i not in drop]


def _same_spacing(s: tuple[float, float, float], t: tuple[float, float, float]) -> bool:
    tolerance = SAME_SPACING * max(s[2], t[2])
    return abs(s[0] - t[0]) <= tolerance or abs(s[1] - t[1]) <= tolerance


def cell_runs(lines: list[list[Char]]) -> list[tuple[int, int]]:
    """The lines as [start, end) ranges: a run of single-glyph lines on one baseline at a regular
    pitch (a comb field's cells, glyphs placed one by one) is one range, to be read as one line."""
    return runs_of_singles([single(line) for line in lines])


def runs_of_singles(singles: list[Box | None]) -> list[tuple[int, int]]:
    """`cell_runs` of lines given by `single` of each: the box of its one glyph, None for any other line."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(singles)
    while i < n:
        j = i + 1
        if singles[i] is not None:
            while j < n and _continues(singles, i, j):
                j += 1
        if j - i < MIN_CELLS:
            j = i + 1
        out.append((i, j))
        i = j
    return out


def single(line: list[Char]) -> Box | None:
    """The box of the line's only glyph; None when it has none or several."""
    found: Box | None = None
    for ch in line:
        if ch.box is not None and not ch.c.isspace():
            if found is not None:
                return None  # a second glyph: stop looking
            found = ch.box
    return found


def _continues(singles: list[Box | None], first: int, j: int) -> bool:
    """Line j continues the run of single glyphs lines[first:j] at the same pitch on the same baseline."""
    box, prev = singles[j], singles[j - 1]
    if box is None or prev is None:
        return False
    height = max(box.height, prev.height, 0.1)
    if abs((box.y0 + box.y1) - (prev.y0 + prev.y1)) >= 0.4 * height or abs(box.height - prev.height) > 0.2 * height:
        return False
    pitch = (box.x0 + box.x1 - prev.x0 - prev.x1) / 2
    if not 0 < pitch <= (MAX_LETTER_GAP + 1) * height:
        return False
    if j - first < 2:
        return True
    before = singles[j - 2]
    assert before is not None
    return abs(pitch - (prev.x0 + prev.x1 - before.x0 - before.x1) / 2) <= SAME_SPACING * height
