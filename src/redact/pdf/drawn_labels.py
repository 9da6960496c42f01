"""The export's own box labels, told from the page's text when the written file is read again.

The verification reads the written file for hidden text (`hidden.py`). A label is white text
drawn on its black box, so each of its glyphs lies over paint and was decided by rendering the
page with and without its text: on a redacted page nearly every glyph in doubt was a label, and
their renders were the largest part of reading the written file.

A glyph is taken for a label of the export (and as seen) only when all of this holds in the
written file: its span is white, opaque, filled text that spells one label form of the page or
several in a row (`label_forms`; the labels of a page are one text object) and nothing else; its
middle lies on one of the page's redaction boxes and on an opaque black rectangle painted before
it; nothing is painted after it over it; and nothing of it is clipped away. The export paints its boxes and
then their labels after all of the page's own content, so text of the page that lies under a box
has the box painted after it over it: it is never taken for a label and is decided by pixels as
before, like every other glyph in doubt. What such a glyph could show is the label itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pymupdf

from redact.core.geometry import Box
from redact.core.legal import label_forms

# Rows of (glyphs x paint) compared at once: bounded memory on pages with very many drawings.
_CELLS = 4_000_000


@dataclass(frozen=True)
class DrawnLabels:
    """The labels the export may have drawn on one page: every form of them, and their boxes."""

    texts: frozenset[str]  # "§ 30, nr. 1", "§ 30.1", "§30.1"
    boxes: npt.NDArray[np.float64]  # (n, 4) x0, y0, x1, y1 in unrotated page space


def drawn_labels(doc: pymupdf.Document, labelled: Iterable[tuple[int, str, Sequence[Box]]]) -> dict[int, DrawnLabels]:
    """Per page, the labels of the redactions (page, label, boxes in displayed space) in every form
    `labels.label_inside` may set them (its last resort too)."""
    by_page: dict[int, tuple[set[str], list[Box]]] = {}
    for page, label, boxes in labelled:
        if label and 0 <= page < doc.page_count:
            names, placed = by_page.setdefault(page, (set(), []))
            names.add(label)
            placed.extend(boxes)
    out = {}
    for number, (labels, boxes) in by_page.items():
        texts: set[str] = set()
        for label in labels:
            forms = label_forms(label)
            texts.update([*forms, forms[-1].replace("§ ", "§")])
        shown = np.array([(b.x0, b.y0, b.x1, b.y1) for b in boxes], dtype=np.float64).reshape(-1, 4)
        out[number] = DrawnLabels(frozenset(texts), _unrotated(shown, doc[number].derotation_matrix))
    return out


def _unrotated(rows: npt.NDArray[np.float64], d: pymupdf.Matrix) -> npt.NDArray[np.float64]:
    """Boxes (n, 4) of displayed page space in unrotated space (each corner taken through `d`)."""
    x = rows[:, [0, 2, 0, 2]]
    y = rows[:, [1, 1, 3, 3]]
    xs, ys = x * d.a + y * d.c + d.e, x * d.b + y * d.d + d.f
    return np.stack([xs.min(axis=1), ys.min(axis=1), xs.max(axis=1), ys.max(axis=1)], axis=1)


def label_glyphs(
    page: pymupdf.Page,
    spans: list[dict[str, Any]],
    span_of: npt.NDArray[np.intp],
    rects: npt.NDArray[np.float64],
    labels: DrawnLabels,
    paint: list[tuple[int, tuple[float, float, float, float]]],
    seqs: npt.NDArray[np.int64],
) -> npt.NDArray[np.bool_]:
    """Which glyphs of `page` (their spans in the text trace `span_of`, their rectangles `rects`
    (n, 4)) are of the export's own labels. `paint` are the entries of the page's bboxlog that
    paint (index, rectangle), `seqs` each span's place in the painting order."""
    out = np.zeros(len(rects), dtype=bool)
    if not len(paint) or not len(labels.boxes):
        return out
    spelled = _pattern(labels.texts)
    ours = np.array([_white_text(span) and spelled.fullmatch(_text(span)) is not None for span in spans], dtype=bool)
    glyphs = np.flatnonzero(ours[span_of]) if len(spans) else np.zeros(0, dtype=np.intp)
    if not len(glyphs):
        return out
    painted = np.array([r for _, r in paint], dtype=np.float64).reshape(len(paint), 4)
    order = np.array([i for i, _ in paint], dtype=np.int64)
    black = [(d["seqno"], d["rect"]) for d in page.get_cdrawings() if _black_box(d)]
    dark = np.array([r for _, r in black], dtype=np.float64).reshape(len(black), 4)
    dark_order = np.array([i for i, _ in black], dtype=np.int64)
    boxes = labels.boxes
    step = max(1, _CELLS // max(len(paint), len(boxes), len(black), 1))
    for at in range(0, len(glyphs), step):
        chunk = glyphs[at : at + step]
        r = rects[chunk]
        cx, cy = (r[:, 0] + r[:, 2]) / 2, (r[:, 1] + r[:, 3]) / 2
        on_box = _holds(boxes, cx, cy).any(axis=1)
        seq = seqs[span_of[chunk]][:, None]
        after = order[None, :] > seq
        over = (
            (r[:, None, 0] < painted[None, :, 2])
            & (painted[None, :, 0] < r[:, None, 2])
            & (r[:, None, 1] < painted[None, :, 3])
            & (painted[None, :, 1] < r[:, None, 3])
        )
        covered = (after & over).any(axis=1)
        on_black = ((dark_order[None, :] < seq) & _holds(dark, cx, cy)).any(axis=1)
        out[chunk[on_box & on_black & ~covered]] = True
    return out


def _holds(areas: npt.NDArray[np.float64], x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> Any:
    """(points, areas): which of `areas` (m, 4) hold each point, edges included."""
    return (
        (areas[None, :, 0] <= x[:, None])
        & (x[:, None] <= areas[None, :, 2])
        & (areas[None, :, 1] <= y[:, None])
        & (y[:, None] <= areas[None, :, 3])
    )


def _black_box(drawing: dict[str, Any]) -> bool:
    """An opaque black rectangle, filled: how `redactor._paint_boxes` paints a box."""
    items: list[Any] = list(drawing.get("items") or [])
    return (
        drawing.get("type") in ("f", "fs")
        and tuple(drawing.get("fill") or ()) == (0.0, 0.0, 0.0)
        and float(drawing.get("fill_opacity", 1.0)) == 1.0
        and len(items) == 1
        and items[0][0] == "re"
    )


def _white_text(span: dict[str, Any]) -> bool:
    """Filled, opaque, white: how `redactor._paint_boxes` sets a label on its box."""
    return (
        span.get("type") == 0
        and float(span.get("opacity", 1.0)) == 1.0
        and tuple(span.get("color") or ()) == (1.0, 1.0, 1.0)
    )


def _text(span: dict[str, Any]) -> str:
    return "".join(chr(ch[0]) if 0 <= ch[0] <= 0x10FFFF else "\ufffd" for ch in span.get("chars", ()))


@functools.lru_cache(maxsize=64)
def _pattern(texts: frozenset[str]) -> re.Pattern[str]:
    """One label form or several in a row, and nothing else (longest forms tried first)."""
    return re.compile("(?:" + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)) + ")+")
