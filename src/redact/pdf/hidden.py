"""What a PDF page holds that a reader does not see.

A released file must contain nothing the reader cannot see. This module finds text that is part
of a page's content but not seen: invisible text (render mode 3 or fully transparent), text in
the colour of its background (white on white, black on black), text too small to read, text
outside the visible page, text painted over by an image or a drawing, and text in an
optional-content layer that is hidden by default. What else a hidden layer paints (images,
drawings) is found and removed in `layers.py`.

"Seen" means painted by the page's own content, as MuPDF renders it. Annotations and form fields
are not part of the released page (the export removes them), so they neither hide nor show text
here. A glyph in doubt (drawn over or under other content) is decided by rendering the page with
and without its text and comparing the pixels under the glyph: no difference, not seen.

Coordinates: `HiddenText.boxes` are in the page's displayed (rotated) space, like `PageText`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pymupdf

from redact.core.geometry import Box
from redact.pdf.drawn_labels import DrawnLabels, label_glyphs
from redact.pdf.layers import LayerView, hidden_layer_paint
from redact.pdf.ocr import is_scanned

m = pymupdf.mupdf

TINY_PT = 2.0  # text set smaller than this is not read by anyone
COLOUR_CONTRAST = 0.10  # text on plain white whose colour differs less than this (0..1) is not seen
PIXEL_CONTRAST = 24  # a glyph is seen when some pixel under it changes by this much (0..255)
VISUAL_ZOOM = 2.0
MAX_PIXELS = 12_000_000  # the comparison render of a huge page is scaled down to this
# bboxlog entries that paint something other than text
_PAINT = frozenset({"fill-path", "stroke-path", "fill-image", "fill-imgmask", "fill-shade"})


class HiddenKind(StrEnum):
    INVISIBLE = "usynlig tekst"
    LOW_CONTRAST = "tekst i samme farve som baggrunden"
    TINY = "mikroskopisk tekst"
    OUTSIDE = "tekst uden for den synlige side"
    COVERED = "tekst dækket af billede eller grafik"
    LAYER = "tekst i et skjult lag"
    CLIPPED = "tekst skåret væk af en beskæringssti"


@dataclass(frozen=True, slots=True)
class HiddenText:
    """A run of hidden characters of one kind, from one text span."""

    page: int
    kind: HiddenKind
    text: str
    bbox: Box  # displayed page space
    boxes: tuple[Box, ...]  # one per character, displayed page space
    origins: tuple[tuple[float, float], ...]  # glyph origins in unrotated page space, to match extracted text


R = tuple[float, float, float, float]  # x0, y0, x1, y1: plain tuples, as pymupdf.Rect is slow per glyph


@dataclass
class _Glyph:
    c: str
    origin: tuple[float, float]
    rect: R  # unrotated page space
    span: int
    seq: int
    kind: HiddenKind | None = None
    check: bool = False  # decided by rendering
    index: int = -1  # in the page's glyph table
    clipped: bool = False  # not in MuPDF's text extraction, which leaves out what a clipping path cuts away


def _hits(a: R, b: R) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _union(rects: list[R]) -> R:
    return (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))


def display_box(r: R | Any, matrix: pymupdf.Matrix) -> Box:
    """A rectangle of unrotated page space as a Box of displayed page space (`matrix`: the page's rotation matrix)."""
    x0, y0, x1, y1 = r
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    xs = (x0 * a + y0 * c + e, x1 * a + y0 * c + e, x0 * a + y1 * c + e, x1 * a + y1 * c + e)
    ys = (x0 * b + y0 * d + f, x1 * b + y0 * d + f, x0 * b + y1 * d + f, x1 * b + y1 * d + f)
    return Box(min(xs), min(ys), max(xs), max(ys))


def glyph_key(c: str, origin: tuple[float, float]) -> tuple[str, float, float]:
    """Identifies a glyph across text extraction methods (their boxes differ, their origins do not)."""
    return (c, round(origin[0], 1), round(origin[1], 1))


# --- hidden text ------------------------------------------------------------------------------


def find_hidden(doc: pymupdf.Document) -> list[list[HiddenText]]:
    """Hidden text on every page, page by page."""
    with LayerView(doc) as view:
        return [page_hidden(page, view.page(page.number or 0)) for page in doc]


# The text extraction that says which glyphs a clipping path leaves visible (MuPDF clips its text).
STEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP


def _origin_keys(origins: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """Glyph origins (n, 2) as one integer each, to a tenth of a point."""
    tenths = np.rint(origins * 10).astype(np.int64)
    return (tenths[:, 0] << 32) + tenths[:, 1]


def extracted_origins(raw: dict[str, Any]) -> npt.NDArray[np.int64]:
    """The origins of the glyphs in a "rawdict" extraction (a ligature's first character has its glyph's)."""
    origins = [
        ch["origin"]
        for block in raw.get("blocks", ())
        for line in block.get("lines", ())
        for span in line.get("spans", ())
        for ch in span.get("chars", ())
    ]
    flat = np.fromiter(chain.from_iterable(origins), dtype=np.float64, count=2 * len(origins))
    return np.sort(_origin_keys(flat.reshape(len(origins), 2)))  # only looked up (`_among`): no need to drop repeats


def _among(keys: npt.NDArray[np.int64], sorted_keys: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """Which of `keys` are in `sorted_keys` (as `np.isin`, by binary search in the sorted array)."""
    at = np.minimum(np.searchsorted(sorted_keys, keys), max(len(sorted_keys) - 1, 0))
    return sorted_keys[at] == keys if len(sorted_keys) else np.zeros(len(keys), dtype=bool)  # type: ignore[no-any-return]


def page_hidden(
    page: pymupdf.Page,
    all_layers: pymupdf.Page | None = None,
    extracted: npt.NDArray[np.int64] | None = None,
    trace: list[dict[str, Any]] | None = None,
    labels: DrawnLabels | None = None,
) -> list[HiddenText]:
    """Hidden text on one page. `all_layers` is the same page with every layer on (see LayerView);
    `extracted` the glyph origins of its text extraction (`extracted_origins`) and `trace` the
    page's `get_texttrace()`, when the caller has them; `labels` the box labels the export drew."""
    if extracted is None:
        extracted = extracted_origins((all_layers or page).get_text("rawdict", flags=STEXT_FLAGS))
    table, hidden = _classify(page, extracted, trace, labels)
    if all_layers is None and not hidden:
        return []
    hidden_at = {g.index for g in hidden}
    seen = {table.key(i) for i in range(len(table)) if i not in hidden_at}
    if all_layers is not None:
        known = {table.key(i) for i in range(len(table))}
        extra = [g for g in _glyphs(all_layers) if glyph_key(g.c, g.origin) not in known]
        for g in extra:
            g.kind = HiddenKind.LAYER
            g.span += 1_000_000  # runs never join glyphs of the two views
        hidden += extra
    # A hidden glyph that repeats a visible one at the same place reveals nothing.
    hidden = [g for g in hidden if glyph_key(g.c, g.origin) not in seen]
    return _runs(page, hidden)


# Which code points are white space (all of them lie below U+3001): such glyphs are never hidden text.
_SPACE = np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)


@dataclass
class _GlyphTable:
    """The non-space glyphs of a page as arrays, in the page's painting order.

    A page holds thousands of glyphs and nearly all of them are plainly visible; the tests that
    find the few that are not run on whole arrays, and only those few become `_Glyph` objects.
    """

    codes: npt.NDArray[np.int64]
    origins: npt.NDArray[np.float64]  # (n, 2)
    rects: npt.NDArray[np.float64]  # (n, 4), unrotated page space
    spans: npt.NDArray[np.intp]  # the index of each glyph's span in the text trace

    def __len__(self) -> int:
        return len(self.codes)

    def char(self, i: int) -> str:
        code = int(self.codes[i])
        return chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"

    def origin(self, i: int) -> tuple[float, float]:
        x, y = self.origins[i].tolist()
        return (x, y)

    def key(self, i: int) -> tuple[str, float, float]:
        return glyph_key(self.char(i), self.origin(i))

    def glyph(self, i: int, seq: int, kind: HiddenKind | None, check: bool) -> _Glyph:
        x0, y0, x1, y1 = self.rects[i].tolist()
        return _Glyph(self.char(i), self.origin(i), (x0, y0, x1, y1), int(self.spans[i]), seq, kind, check, i)


def _glyph_table(spans: list[dict[str, Any]]) -> _GlyphTable:
    chars = [ch for span in spans for ch in span.get("chars", ())]
    n = len(chars)
    if not n:
        return _GlyphTable(np.zeros(0, np.int64), np.zeros((0, 2)), np.zeros((0, 4)), np.zeros(0, np.intp))
    counts = [len(span.get("chars", ())) for span in spans]
    span_of = np.repeat(np.arange(len(spans), dtype=np.intp), counts)
    codes = np.fromiter((ch[0] for ch in chars), dtype=np.int64, count=n)
    origins = np.fromiter(chain.from_iterable(ch[2] for ch in chars), dtype=np.float64, count=2 * n).reshape(n, 2)
    boxes = np.fromiter(chain.from_iterable(ch[3] for ch in chars), dtype=np.float64, count=4 * n).reshape(n, 4)
    sizes = np.array([float(span.get("size") or 0.0) for span in spans], dtype=np.float64)[span_of]
    keep = ~((codes >= 0) & (codes < len(_SPACE)) & _SPACE[np.clip(codes, 0, len(_SPACE) - 1)])
    return _GlyphTable(codes[keep], origins[keep], _glyph_rects(boxes[keep], origins[keep], sizes[keep]), span_of[keep])


def _glyph_rects(
    boxes: npt.NDArray[np.float64], origins: npt.NDArray[np.float64], sizes: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Each glyph's box; an empty, odd or infinite one becomes a box around its origin."""
    with np.errstate(invalid="ignore", over="ignore"):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        ok = (w >= 0.05) & (h >= 0.05) & (w < 1e5) & (h < 1e5)
        s = np.maximum(sizes, 0.5)
        ox, oy = origins[:, 0], origins[:, 1]
        around = np.stack([ox, oy - 0.8 * s, ox + 0.5 * s, oy + 0.2 * s], axis=1)
    return np.where(ok[:, None], boxes, around)


def _glyphs(page: pymupdf.Page) -> list[_Glyph]:
    spans = page.get_texttrace()
    table = _glyph_table(spans)
    seqs = [int(span.get("seqno", -1)) for span in spans]
    return [table.glyph(i, seqs[int(table.spans[i])], None, False) for i in range(len(table))]


def _hits_many(rects: npt.NDArray[np.float64], r: R) -> npt.NDArray[np.bool_]:
    """Which of `rects` (n, 4) overlap `r` with a positive area (see `_hits`)."""
    return (rects[:, 0] < r[2]) & (r[0] < rects[:, 2]) & (rects[:, 1] < r[3]) & (r[1] < rects[:, 3])  # type: ignore[no-any-return]


def _overlaps(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """(len(a), len(b)): which rectangles of `a` overlap which of `b` with a positive area."""
    return (  # type: ignore[no-any-return]
        (a[:, None, 0] < b[None, :, 2])
        & (b[None, :, 0] < a[:, None, 2])
        & (a[:, None, 1] < b[None, :, 3])
        & (b[None, :, 1] < a[:, None, 3])
    )


def _classify(
    page: pymupdf.Page,
    extracted: npt.NDArray[np.int64],
    trace: list[dict[str, Any]] | None = None,
    labels: DrawnLabels | None = None,
) -> tuple[_GlyphTable, list[_Glyph]]:
    """The page's glyphs, and those of them a reader does not see (with their kind)."""
    visible = page.rect * page.derotation_matrix  # the visible page (CropBox) in unrotated space
    paint = paint_log(page)
    painted = np.array([r for _, r in paint], dtype=np.float64).reshape(len(paint), 4)
    spans = page.get_texttrace() if trace is None else trace
    table = _glyph_table(spans)
    if not len(table):
        return table, []
    # What each span is, decided once for all of its glyphs.
    span_kind: list[HiddenKind | None] = []
    for span in spans:
        if span.get("type") == 3 or float(span.get("opacity", 1.0)) <= 0.0:
            span_kind.append(HiddenKind.INVISIBLE)
        elif float(span.get("size") or 0.0) < TINY_PT:
            span_kind.append(HiddenKind.TINY)
        else:
            span_kind.append(None)
    plain = np.array([k is None for k in span_kind], dtype=bool)
    faint = np.array(
        [k is None and _contrast_to_white(s) < COLOUR_CONTRAST for k, s in zip(span_kind, spans, strict=True)],
        dtype=bool,
    )
    rects = table.rects
    clear = plain[table.spans]
    with np.errstate(invalid="ignore"):
        cx, cy = (rects[:, 0] + rects[:, 2]) / 2, (rects[:, 1] + rects[:, 3]) / 2
        inside = (visible.x0 <= cx) & (cx <= visible.x1) & (visible.y0 <= cy) & (cy <= visible.y1)
    outside = clear & ~inside
    # Glyphs the text extraction leaves out: cut away by a clipping path, decided by pixels.
    clipped = clear & inside & ~_among(_origin_keys(table.origins), extracted)
    check = clipped.copy()
    candidates = np.flatnonzero(clear & inside)
    if len(paint) and len(candidates):
        # Paint near a span (touching its box) may cover some of its glyphs: those are decided by pixels.
        boxes = np.array([span["bbox"] for span in spans], dtype=np.float64).reshape(len(spans), 4)
        near = _overlaps(boxes, painted)  # (spans, paint)
        candidates = candidates[near[table.spans[candidates]].any(axis=1)]
        step = max(1, 4_000_000 // len(paint))  # bounded memory on pages with very many drawings
        for at in range(0, len(candidates), step):
            chunk = candidates[at : at + step]
            hit = _overlaps(rects[chunk], painted) & near[table.spans[chunk]]
            check[chunk[hit.any(axis=1)]] = True
    seqs = np.array([int(span.get("seqno", -1)) for span in spans], dtype=np.int64)
    drawn = np.zeros(len(table), dtype=bool)
    if labels is not None and len(paint):  # the export's own box labels (see `drawn_labels`)
        drawn = label_glyphs(page, spans, table.spans, table.rects, labels, paint, seqs)
        drawn &= clear & inside & ~clipped
        check &= ~drawn  # seen: white on the black box painted just before it
    low = clear & inside & ~check & ~drawn & faint[table.spans]
    flagged = np.flatnonzero(~clear | outside | check | low).tolist()
    kinds: dict[int, HiddenKind | None] = {}
    for i in flagged:
        if not clear[i]:
            kinds[i] = span_kind[int(table.spans[i])]
        elif outside[i]:
            kinds[i] = HiddenKind.OUTSIDE
        elif not check[i]:
            kinds[i] = HiddenKind.LOW_CONTRAST
    doubtful = np.flatnonzero(check)
    if len(doubtful):
        kinds.update(_decide_by_pixels(page, table, doubtful, clipped, seqs, paint))
    glyphs: list[_Glyph] = []
    for i in flagged:
        if kinds.get(i) is not None:
            glyph = table.glyph(i, int(seqs[int(table.spans[i])]), kinds[i], bool(check[i]))
            glyph.clipped = bool(clipped[i])
            glyphs.append(glyph)
    return table, glyphs


def paint_log(page: pymupdf.Page) -> list[tuple[int, R]]:
    """The entries of `page.get_bboxlog()` that paint something other than text (`_PAINT`): each
    with its index in that log (its place in the painting order) and its rectangle.

    The same run of the page as `get_bboxlog`, but a text call is only counted: the log bounded
    every text call glyph by glyph (a third of its time), and only what paints is asked for."""
    rotation = page.rotation
    if rotation:  # as get_bboxlog: the log is of the unrotated page
        page.set_rotation(0)
    device = _PaintLog()
    try:
        m.fz_run_page(page.this, device, m.FzMatrix(), m.FzCookie())
        m.fz_close_device(device)
    finally:
        if rotation:
            page.set_rotation(rotation)
    return device.paint


_Device: Any = m.FzDevice2  # a device whose methods Python overrides (untyped bindings)


class _PaintLog(_Device):  # type: ignore[misc]
    """PyMuPDF's bbox device (`get_bboxlog`) with the same calls, rectangles and order, that keeps
    only what paints; text calls are counted, not bounded."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.paint: list[tuple[int, R]] = []
        self.use_virtual_fill_path()
        self.use_virtual_stroke_path()
        self.use_virtual_fill_text()
        self.use_virtual_stroke_text()
        self.use_virtual_ignore_text()
        self.use_virtual_fill_shade()
        self.use_virtual_fill_image()
        self.use_virtual_fill_image_mask()

    def _add(self, r: Any) -> None:
        self.paint.append((self.count, (r.x0, r.y0, r.x1, r.y1)))
        self.count += 1

    def _text(self, *args: Any) -> None:
        self.count += 1

    fill_text = stroke_text = ignore_text = _text

    def fill_path(self, ctx: Any, path: Any, even_odd: Any, ctm: Any, *args: Any) -> None:
        self._add(m.ll_fz_bound_path(path, None, ctm))

    def stroke_path(self, ctx: Any, path: Any, stroke: Any, ctm: Any, *args: Any) -> None:
        self._add(m.ll_fz_bound_path(path, stroke, ctm))

    def fill_shade(self, ctx: Any, shade: Any, ctm: Any, *args: Any) -> None:
        self._add(m.ll_fz_bound_shade(shade, ctm))

    def fill_image(self, ctx: Any, image: Any, ctm: Any, *args: Any) -> None:
        self._add(m.ll_fz_transform_rect(m.fz_unit_rect, ctm))

    fill_image_mask = fill_image


def _contrast_to_white(span: dict[str, Any]) -> float:
    """How far the text's colour, as painted (with its opacity), is from white paper (0..1)."""
    r, g, b = _rgb(span.get("color"))
    opacity = max(0.0, min(1.0, float(span.get("opacity", 1.0))))
    return max(1.0 - r, 1.0 - g, 1.0 - b) * opacity


def _rgb(color: Any) -> tuple[float, float, float]:
    if isinstance(color, (int, float)):
        v = float(color)
        return (v, v, v)
    values = [float(v) for v in (color or ())]
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, mg, y, k = values
        return (1 - min(1.0, c + k), 1 - min(1.0, mg + k), 1 - min(1.0, y + k))
    return (0.0, 0.0, 0.0)


def _decide_by_pixels(
    page: pymupdf.Page,
    table: _GlyphTable,
    doubtful: npt.NDArray[np.intp],
    clipped: npt.NDArray[np.bool_],
    seqs: npt.NDArray[np.int64],
    paint: list[tuple[int, R]],
) -> dict[int, HiddenKind | None]:
    """The kind of each glyph in doubt (by its index in `table`); None for one a reader sees."""
    d = page.derotation_matrix
    derotate = m.FzMatrix(d.a, d.b, d.c, d.d, d.e, d.f)
    contents = m.fz_new_display_list_from_page_contents(page.this)  # the page without annotations
    bounds = page.rect * page.derotation_matrix
    painted = np.array([r for _, r in paint], dtype=np.float64).reshape(len(paint), 4)
    order = np.array([seq for seq, _ in paint], dtype=np.int64)
    rects = table.rects[doubtful]
    kinds: dict[int, HiddenKind | None] = {}
    for region, members in _regions(rects, bounds):
        if region.is_empty:
            continue
        zoom = min(VISUAL_ZOOM, math.sqrt(MAX_PIXELS / max(1.0, region.width * region.height)))
        shown = _render(contents, derotate, region, zoom, text=True)
        blank = _render(contents, derotate, region, zoom, text=False)
        seen = _differing(shown, blank, rects[members], zoom)
        for k in np.asarray(members)[~seen].tolist():
            i = int(doubtful[k])
            x0, y0, x1, y1 = rects[k].tolist()
            covered = bool(((order > seqs[table.spans[i]]) & _hits_many(painted, (x0, y0, x1, y1))).any())
            if clipped[i]:
                kinds[i] = HiddenKind.CLIPPED
            else:
                kinds[i] = HiddenKind.COVERED if covered else HiddenKind.LOW_CONTRAST
    return kinds


# A render has a fixed cost (about a millisecond, twice: with and without text) and a cost per
# pixel; two regions are rendered as one when the area this adds (pt², at VISUAL_ZOOM) costs less.
_MERGE_AREA = 50_000.0


def _regions(rects: npt.NDArray[np.float64], bounds: pymupdf.Rect) -> list[tuple[pymupdf.Rect, list[int]]]:
    """The glyphs in doubt (their rectangles, `rects` (n, 4)) grouped into regions to render, each
    with the indices of its glyphs: nearby lines together, distant ones apart.

    Labels on black boxes and glyphs next to a drawing are spread over a page; rendering the
    whole area between them would cost far more than rendering a band around each group.
    """
    limit = MAX_PIXELS / VISUAL_ZOOM**2
    out: list[tuple[tuple[float, float, float, float], list[int]]] = []
    rows = rects.tolist()
    # By top, then left (a stable sort: equal places keep the page's order).
    for k in np.lexsort((rects[:, 0], rects[:, 1])).tolist():
        x0, y0, x1, y1 = rows[k]
        r0, r1, r2, r3 = x0 - 2, y0 - 2, x1 + 2, y1 + 2
        if out:
            (c0, c1, c2, c3), members = out[-1]
            u0, u1, u2, u3 = min(c0, r0), min(c1, r1), max(c2, r2), max(c3, r3)
            union = max(0.0, u2 - u0) * max(0.0, u3 - u1)
            current = max(0.0, c2 - c0) * max(0.0, c3 - c1)
            own = max(0.0, r2 - r0) * max(0.0, r3 - r1)
            if union <= limit and union - current - own <= _MERGE_AREA:
                out[-1] = ((u0, u1, u2, u3), members)
                members.append(k)
                continue
        out.append(((r0, r1, r2, r3), [k]))
    return [(pymupdf.Rect(r) & bounds, members) for r, members in out]


@dataclass
class _Raster:
    x: int
    y: int
    pixels: npt.NDArray[np.uint8]  # (height, width, colours)
    pixmap: Any  # owns the memory `pixels` looks into


def _render(contents: Any, derotate: Any, region: pymupdf.Rect, zoom: float, text: bool) -> _Raster:
    """A region of the page's own content in unrotated space, with or without its text."""
    scale = m.FzMatrix(zoom, 0, 0, zoom, 0, 0)
    area = m.FzRect(region.x0, region.y0, region.x1, region.y1)
    pix = m.fz_new_pixmap_with_bbox(
        m.fz_device_rgb(), m.fz_round_rect(m.fz_transform_rect(area, scale)), m.FzSeparations(), 0
    )
    m.fz_clear_pixmap_with_value(pix, 255)
    draw = m.fz_new_draw_device(scale, pix)
    device = draw
    # The vector holds a pointer into `cull`, which must outlive the device (a temporary does not).
    cull = m.FzRect(region.x0 - 1e4, region.y0 - 1e4, region.x1 + 1e4, region.y1 + 1e4)
    if not text:
        regions = m.vector_fz_rect()
        regions.append(cull.internal())
        device = draw.fz_new_culling_device_with_rects2(regions)
    try:
        m.fz_run_display_list(contents, device, derotate, area, m.FzCookie())
    finally:
        m.fz_close_device(device)
        if device is not draw:
            m.fz_close_device(draw)
    del cull
    width, height, n, stride = pix.w(), pix.h(), pix.n(), pix.stride()
    flat = np.frombuffer(m.fz_pixmap_samples_memoryview(pix), dtype=np.uint8)  # no copy
    pixels = flat[: height * stride].reshape(height, stride)[:, : width * n].reshape(height, width, n)
    return _Raster(pix.x(), pix.y(), pixels, pix)


def _differing(a: _Raster, b: _Raster, rects: npt.NDArray[np.float64], zoom: float) -> npt.NDArray[np.bool_]:
    """For each glyph (`rects` (n, 4)), whether some pixel under it differs between the two renders
    of a region. The glyphs of a line share their rows: each set of rows is compared once, column by
    column, and each glyph looks up its own columns."""
    height, width = a.pixels.shape[:2]
    rx0, ry0, rx1, ry1 = rects[:, 0], rects[:, 1], rects[:, 2], rects[:, 3]
    inset = (rx1 - rx0) * 0.15  # neighbouring glyphs may reach into the box's edges
    x0 = np.maximum(0, _trunc((rx0 + inset) * zoom) - a.x)
    x1 = np.minimum(width, _ceil((rx1 - inset) * zoom) - a.x)
    y0 = np.maximum(0, _trunc(ry0 * zoom) - a.y)
    y1 = np.minimum(height, _ceil(ry1 * zoom) - a.y)
    narrow = x1 <= x0  # a glyph too narrow for the inset: its whole box
    x0 = np.where(narrow, np.maximum(0, _trunc(rx0 * zoom) - a.x), x0)
    x1 = np.where(narrow, np.minimum(width, _ceil(rx1 * zoom) - a.x), x1)
    out = np.zeros(len(rects), dtype=bool)
    ok = (x1 > x0) & (y1 > y0)
    bands: dict[tuple[int, int], list[int]] = {}
    for k, top, bottom in zip(np.flatnonzero(ok).tolist(), y0[ok].tolist(), y1[ok].tolist(), strict=True):
        bands.setdefault((top, bottom), []).append(k)
    for (top, bottom), members in bands.items():
        at = np.array(members, dtype=np.intp)
        left, right = int(x0[at].min()), int(x1[at].max())
        pa, pb = a.pixels[top:bottom, left:right], b.pixels[top:bottom, left:right]
        columns = (np.abs(pa.astype(np.int16) - pb) >= PIXEL_CONTRAST).any(axis=(0, 2))
        counts = np.concatenate(([0], np.cumsum(columns)))
        out[at] = counts[x1[at] - left] > counts[x0[at] - left]
    return out


def _trunc(values: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """As `int()` of each value: towards zero."""
    return np.trunc(values).astype(np.int64)


def _ceil(values: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    return np.ceil(values).astype(np.int64)


def _runs(page: pymupdf.Page, glyphs: list[_Glyph]) -> list[HiddenText]:
    rotate = page.rotation_matrix
    number = page.number or 0
    out: list[HiddenText] = []
    run: list[_Glyph] = []

    def flush() -> None:
        if not run:
            return
        boxes = tuple(display_box(g.rect, rotate) for g in run)
        bbox = boxes[0]
        for b in boxes[1:]:
            bbox = bbox.union(b)
        kind = run[0].kind
        assert kind is not None
        out.append(HiddenText(number, kind, "".join(g.c for g in run), bbox, boxes, tuple(g.origin for g in run)))
        run.clear()

    for g in glyphs:
        if run and (g.span != run[-1].span or g.kind != run[-1].kind):
            flush()
        run.append(g)
    flush()
    return out


def describe(findings: list[list[HiddenText]], scanned: set[int] | None = None) -> list[str]:
    """Danish lines for the report: which kinds of hidden text, on which pages."""
    pages: dict[str, list[int]] = {}
    for number, page in enumerate(findings):
        for h in page:
            label = str(h.kind)
            if h.kind is HiddenKind.INVISIBLE and scanned and number in scanned:
                label = "gammelt OCR-tekstlag under en skanning"
            pages.setdefault(label, [])
            if number + 1 not in pages[label]:
                pages[label].append(number + 1)
    return [f"{label} (side {_page_list(numbers)})" for label, numbers in pages.items()]


def _page_list(numbers: list[int]) -> str:
    if len(numbers) > 8:
        return ", ".join(str(n) for n in numbers[:8]) + f" og {len(numbers) - 8} andre"
    return ", ".join(str(n) for n in numbers)


# --- for the normalised copy and the report ---------------------------------------------------


def bake_annotations(path: Path) -> list[str]:
    """Make what annotations and form fields show part of the page's content (in place, on a copy).

    The released file keeps no annotations or form fields (the export removes them), so a filled-in
    form would lose its values and a stamp its text. Baked into the page they are read by detection,
    reviewed, redacted and released as they are shown. A note whose text only opens in a popup is
    not on the page and is not released; it is reported.
    """
    doc = pymupdf.open(path)
    tmp = path.with_name(path.name + ".part")
    try:
        count = notes = 0
        for page in doc:
            for annot in page.annots() or []:
                count += 1
                if annot.type[0] != pymupdf.PDF_ANNOT_FREE_TEXT and (annot.info.get("content") or "").strip():
                    notes += 1
            count += sum(1 for _ in page.widgets() or [])
        if not count:
            return []
        doc.bake(annots=True, widgets=True)
        doc.save(tmp, garbage=3, deflate=True)
    except Exception:
        tmp.unlink(missing_ok=True)
        return ["PDF'ens annoteringer og formularfelter kunne ikke gøres til en del af siden; de fjernes ved eksport"]
    finally:
        doc.close()
    os.replace(tmp, path)
    if notes:
        return [
            f"PDF'en har {notes} kommentar{'er' if notes != 1 else ''} (noter), hvis tekst ikke står på siden; "
            "de udleveres ikke"
        ]
    return []


def hidden_report(doc: pymupdf.Document, found: Sequence[list[HiddenText] | None] | None) -> list[str]:
    """Danish warnings for the report: the hidden content of a normalised PDF, which the export removes.

    `found` is each page's hidden text as the reading found it (see `extract.read_document`); None
    (for a page or the whole document) when it could not be analysed.
    """
    if found is None or any(f is None for f in found):
        return [_NOT_EXAMINED]
    pages = [f or [] for f in found]
    try:
        scanned = {
            n for n, f in enumerate(pages) if any(h.kind is HiddenKind.INVISIBLE for h in f) and is_scanned(doc[n])
        }
        lines = describe(pages, scanned)
        paint = hidden_layer_paint(doc)
        files = doc.embfile_count()
    except Exception:
        return [_NOT_EXAMINED]
    out = []
    if lines:
        out.append("Skjult tekst fundet; den fjernes ved eksport: " + "; ".join(lines))
    if paint:
        out.append("Skjulte lag med billeder eller grafik fundet; de fjernes ved eksport")
    if files:
        out.append(f"PDF'en har {files} indlejrede fil{'er' if files != 1 else ''}; de udleveres ikke")
    return out


_NOT_EXAMINED = "PDF'en kunne ikke undersøges for skjult indhold; eksporten undersøger den igen"
