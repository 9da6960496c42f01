"""The case's text index: every page's text and character boxes, written when a document is read.

A whole-case search reads these files, never the PDFs: extracting (and OCR-reading) 1,000 pages
again for every search took minutes. Beside each normalised PDF `X.pdf` in the case folder:
`X.tekst.json` (the page texts, page sizes, OCR flags and where each page's boxes start) and
`X.bokse.f64` (four 64-bit floats per character, its box; NaN for a character without one). The
texts are searched; the boxes are read only for the pages with a hit.
"""

from __future__ import annotations

import json
import math
import os
import sys
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from redact.core.text import PageText
from redact.pdf.charindex import BoxRows

VERSION = 1
_TEXTS = ".tekst.json"
_BOXES = ".bokse.f64"


def _paths(pdf: Path) -> tuple[Path, Path]:
    return pdf.with_name(pdf.stem + _TEXTS), pdf.with_name(pdf.stem + _BOXES)


def _stamp(pdf: Path) -> list[int]:
    st = pdf.stat()
    return [st.st_size, st.st_mtime_ns]


def write_text_index(pdf: Path, pages: Sequence[PageText]) -> None:
    """Write the index of `pdf` (its pages as read); the boxes first, the texts (which make the
    index valid) last, each atomically."""
    texts_path, boxes_path = _paths(pdf)
    entries: list[dict[str, Any]] = []
    offset = 0
    for pt in pages:
        entries.append(
            {
                "text": pt.text,
                "width": pt.width,
                "height": pt.height,
                "text_layer": pt.has_text_layer,
                "ocr": pt.ocr,
                "offset": offset,
            }
        )
        offset += len(pt.text)
    write_replacing(boxes_path, encode_boxes(pages))
    meta = {"version": VERSION, "pdf": _stamp(pdf), "pages": entries}
    write_replacing(texts_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def encode_boxes(pages: Sequence[PageText]) -> bytes:
    """Every character box of `pages` in order, four little-endian 64-bit floats each (NaN for a
    character without a box): the form the index and the export's kept reading share."""
    nan = (math.nan, math.nan, math.nan, math.nan)
    rows = array("d")  # filled in place: a list of tuples turned into an array took twice as long
    for pt in pages:
        if isinstance(pt.boxes, BoxRows):  # a page as read (pdf/extract.py): its rows as they are
            rows.frombytes(np.ascontiguousarray(pt.boxes.rows, dtype=np.float64).tobytes())
            continue
        for b in pt.boxes:
            rows.extend(nan if b is None else (b.x0, b.y0, b.x1, b.y1))
    if sys.byteorder != "little":
        rows.byteswap()
    return rows.tobytes()


def write_replacing(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: a reader sees the old file
    or the new one, never half of one."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class TextIndex:
    """The index of one document: its page texts at once, a page with its boxes on demand."""

    def __init__(self, pdf: Path, meta: dict[str, Any]) -> None:
        self._boxes_path = _paths(pdf)[1]
        self._pages: list[dict[str, Any]] = meta["pages"]

    def __len__(self) -> int:
        return len(self._pages)

    def texts(self) -> list[str]:
        return [p["text"] for p in self._pages]

    def page(self, number: int) -> PageText:
        p = self._pages[number]
        n = len(p["text"])
        raw = np.fromfile(self._boxes_path, dtype="<f8", count=4 * n, offset=32 * p["offset"])
        if raw.size != 4 * n:
            raise OSError(f"{self._boxes_path}: tekstindekset er ufuldstændigt")
        # A search needs the boxes of a few words on a page: each is made as it is asked for.
        boxes = BoxRows(raw.reshape(n, 4))
        return PageText(number, p["text"], boxes, p["width"], p["height"], p["text_layer"], ocr=p["ocr"])


def read_text_index(pdf: Path) -> TextIndex | None:
    """The index of `pdf`, or None when there is none or it was not made from this file as it is."""
    texts_path, boxes_path = _paths(pdf)
    try:
        meta = json.loads(texts_path.read_text(encoding="utf-8"))
        if meta.get("version") != VERSION or meta.get("pdf") != _stamp(pdf) or not boxes_path.exists():
            return None
        return TextIndex(pdf, meta)
    except (OSError, ValueError, KeyError, TypeError):
        return None
