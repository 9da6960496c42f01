"""Character boxes as rows: the same boxes as a tuple of `Box`, and the same characters under a box."""

from __future__ import annotations

import random

import numpy as np

from redact.core.geometry import Box
from redact.core.text import PageText
from redact.pdf.charindex import BoxRows, CharIndex, box_rows


def _page(n: int, seed: int) -> PageText:
    """Lines of characters with a space (no box) now and then, as a page's text layer has them."""
    rnd = random.Random(seed)
    chars: list[str] = []
    boxes: list[Box | None] = []
    for i in range(n):
        if rnd.random() < 0.15:
            chars.append(" ")
            boxes.append(None)
            continue
        line, col = divmod(i, 60)
        x0 = 50 + col * 7.5 + rnd.uniform(-0.3, 0.3)
        y0 = 60 + line * 12.0 + rnd.choice([0.0, 0.0, 0.5])  # equal heights: ties in the index
        chars.append(chr(ord("a") + i % 26))
        boxes.append(Box(x0, y0, x0 + rnd.uniform(3, 8), y0 + 11.0))
    return PageText(0, "".join(chars), tuple(boxes))


def test_rows_give_the_same_boxes_and_compare_equal_to_them() -> None:
    pt = _page(400, 1)
    rows = BoxRows(box_rows(pt.boxes))
    assert len(rows) == len(pt.boxes)
    assert list(rows) == list(pt.boxes)
    assert [rows[i] for i in range(len(rows))] == list(pt.boxes)
    assert list(rows[10:20]) == list(pt.boxes[10:20])
    assert rows == pt.boxes and pt.boxes == rows
    assert PageText(0, pt.text, rows) == pt
    assert hash(rows) == hash(tuple(pt.boxes))
    moved = list(pt.boxes)
    moved[5] = Box(0, 0, 1, 1)
    assert rows != tuple(moved)
    assert rows != pt.boxes[:-1]
    assert rows == BoxRows(box_rows(pt.boxes).copy())
    assert rows != BoxRows(box_rows(tuple(moved)))


def test_a_row_of_nan_is_a_character_without_a_box() -> None:
    rows = BoxRows(np.array([[1.0, 2.0, 3.0, 4.0], [np.nan] * 4], dtype=np.float64))
    assert list(rows) == [Box(1.0, 2.0, 3.0, 4.0), None]
    assert rows[1] is None


def test_the_characters_under_a_box_are_those_whose_centre_lies_in_it() -> None:
    """The same answer as asking every character's box (`Box.centre_in`), edges included, for
    boxes over whole words, parts of lines, several lines, nothing, and edges exactly on centres."""
    rnd = random.Random(7)
    for seed in range(5):
        pt = _page(900, seed)
        for index in (CharIndex(pt), CharIndex(PageText(0, pt.text, BoxRows(box_rows(pt.boxes))))):
            real = [b for b in pt.boxes if b is not None]
            for _ in range(200):
                if rnd.random() < 0.3:  # a box whose edges lie exactly on characters' centres
                    a, b = rnd.sample(real, 2)
                    area = Box(
                        min(a.x0 + a.x1, b.x0 + b.x1) / 2,
                        min(a.y0 + a.y1, b.y0 + b.y1) / 2,
                        max(a.x0 + a.x1, b.x0 + b.x1) / 2,
                        max(a.y0 + a.y1, b.y0 + b.y1) / 2,
                    )
                else:
                    x0, y0 = rnd.uniform(0, 500), rnd.uniform(0, 250)
                    area = Box(x0, y0, x0 + rnd.uniform(0, 200), y0 + rnd.uniform(0, 40))
                expected = {i for i, b in enumerate(pt.boxes) if b is not None and b.centre_in((area,))}
                assert index.indices_under([area]) == expected
                assert index.under([area]) == "".join(pt.text[i] for i in sorted(expected))
            assert index.indices_under([]) == set()
            assert index.indices_under([Box(10, 10, 5, 5)]) == set()  # upside down: nothing


def test_an_empty_page_has_nothing_under_a_box() -> None:
    assert CharIndex(PageText(0, "", ())).under([Box(0, 0, 600, 800)]) == ""
    assert CharIndex(PageText(0, "  ", (None, None))).under([Box(0, 0, 600, 800)]) == ""
