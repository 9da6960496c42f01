"""Letter spacing folded, comb cells read as one line, and ligature boxes shared out."""

from __future__ import annotations

from redact.core.geometry import Box
from redact.pdf.spacing import MIN_CELLS, Char, cell_runs, fold_line, split_shared

HEIGHT = 10.0


def spaced(
    text: str, x: float = 72.0, glyph: float = 5.0, gap: float = 3.0, word_gap: float | None = None
) -> list[Char]:
    """One line: each non-space character a glyph `glyph` wide, then `gap` to the next; a space is a
    separator without a box that adds `word_gap` (or nothing) before the next glyph."""
    out = []
    for c in text:
        if c == " ":
            out.append(Char(" ", None))
            x += word_gap or 0.0
            continue
        out.append(Char(c, Box(x, 100, x + glyph, 100 + HEIGHT)))
        x += glyph + gap
    return out


def text(chars: list[Char]) -> str:
    return "".join(ch.c for ch in chars)


def test_a_letter_spaced_number_is_folded_and_keeps_every_box() -> None:
    line = spaced("1 3 0 1 1 5 - 4 4 5 5")
    folded = fold_line(line)
    assert text(folded) == "130115-4455"
    assert [ch.box for ch in folded] == [ch.box for ch in line if ch.box is not None]


def test_an_ordinary_line_is_returned_as_it_is() -> None:
    line = spaced("Karl Opdigtet bor i Byen", gap=0.5, word_gap=3.0)
    assert fold_line(line) is line


def test_a_wider_word_space_in_a_letter_spaced_line_stays() -> None:
    line = spaced("a b c  d e f", word_gap=6.0)
    # each " " adds 6 to the 3-point letter gap: between c and d two separators make a gap of 15
    assert text(fold_line(line)) == "abc  def"


def test_glyphs_far_apart_are_a_layout_not_a_word() -> None:
    line = spaced("1 2 3 4", gap=HEIGHT * 3)
    assert text(fold_line(line)) == "1 2 3 4"


def test_glyphs_on_different_lines_are_not_folded() -> None:
    line = spaced("1 2 3 4")
    for k, ch in enumerate(line):
        if ch.box is not None and k % 4 == 2:
            ch.box = Box(ch.box.x0, ch.box.y0 + HEIGHT, ch.box.x1, ch.box.y1 + HEIGHT)
    assert text(fold_line(line)) == "1 2 3 4"


def test_irregular_gaps_are_not_folded() -> None:
    line = [Char("1", Box(72, 100, 77, 110)), Char(" ", None), Char("2", Box(80, 100, 85, 110))]
    line += [Char(" ", None), Char("3", Box(95, 100, 100, 110)), Char(" ", None), Char("4", Box(117, 100, 122, 110))]
    # gaps 3, 10, 17 and pitches 8, 15, 22: no two neighbours alike
    assert text(fold_line(line)) == "1 2 3 4"


def cell(c: str, x: float, y: float = 100.0) -> list[Char]:
    return [Char(c, Box(x, y, x + 6, y + HEIGHT))]


def test_single_glyph_lines_at_a_regular_pitch_are_one_run() -> None:
    lines = [[Char("Navn", Box(72, 80, 100, 90))]] + [cell(d, 72 + 12 * k) for k, d in enumerate("130115")]
    assert cell_runs(lines) == [(0, 1), (1, 7)]


def test_a_change_of_pitch_ends_the_run() -> None:
    lines = [cell("1", 72), cell("2", 84), cell("3", 96), cell("4", 120), cell("5", 144), cell("6", 168)]
    assert cell_runs(lines) == [(0, 3), (3, 6)]


def test_fewer_than_min_cells_stay_separate_lines() -> None:
    lines = [cell(d, 72 + 12 * k) for k, d in enumerate("12"[: MIN_CELLS - 1])]
    assert cell_runs(lines) == [(0, 1), (1, 2)]
    lines = [cell("1", 72), cell("2", 84, y=130), cell("3", 96)]  # another baseline
    assert cell_runs(lines) == [(0, 1), (1, 2), (2, 3)]


def test_a_ligature_box_is_shared_out() -> None:
    chars = [Char("e", Box(60, 100, 65, 110)), Char("f", Box(65, 100, 74, 110)), Char("f", Box(74, 100, 74, 110))]
    chars += [Char("i", Box(74, 100, 74, 110)), Char("n", Box(74, 100, 79, 110))]
    split_shared(chars)
    assert [ch.box for ch in chars] == [
        Box(60, 100, 65, 110),
        Box(65, 100, 68, 110),
        Box(68, 100, 71, 110),
        Box(71, 100, 74, 110),
        Box(74, 100, 79, 110),
    ]


def test_a_line_without_empty_boxes_is_left_alone() -> None:
    chars = spaced("effin", gap=0.0)
    before = [ch.box for ch in chars]
    split_shared(chars)
    assert [ch.box for ch in chars] == before
