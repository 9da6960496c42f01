"""The reading of a normalised PDF that the export needs (`pdf/original.py`), kept beside it.

Detection reads every page of `X.pdf` as the export does; `X.laesning` keeps that reading so the
export does not analyse every page again (a tenth of a batch's time). It is used only for the
very file it was read from (its SHA-256) and by the same reader (`reader_version`); otherwise, or
when it cannot be read, the export reads the PDF itself. One file: an 8-byte length, JSON (texts,
hidden text, scanned pages, pictures), then four 64-bit floats per character (its box; NaN for
none). It holds the documents' text in clear, like the rest of the case's working files.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from redact.core.geometry import Box
from redact.core.text import PageText
from redact.pdf.charindex import BoxRows
from redact.pdf.hidden import HiddenKind, HiddenText
from redact.pdf.original import OriginalReading, reader_version
from redact.store.textindex import encode_boxes, write_replacing

_SUFFIX = ".laesning"


def reading_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + _SUFFIX)


def file_digest(pdf: Path) -> str:
    with pdf.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def write_original_reading(pdf: Path, reading: OriginalReading, digest: str) -> None:
    """Keep `reading` of `pdf`, whose content had the SHA-256 `digest` when it was read."""
    meta = {
        "reader": reader_version(),
        "sha256": digest,
        "pages": [_page_meta(pt) for pt in reading.pages],
        "hidden": [[_hidden_meta(h) for h in found] for found in reading.hidden],
        "scanned": sorted(reading.scanned),
        "pictures": {str(n): [_box(b) for b in boxes] for n, boxes in reading.pictures.items()},
    }
    head = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    write_replacing(reading_path(pdf), len(head).to_bytes(8, "little") + head + encode_boxes(reading.pages))


def load_original_reading(pdf: Path) -> OriginalReading | None:
    """The kept reading of `pdf` if it is of this very file and this reader, else None."""
    path = reading_path(pdf)
    try:
        data = path.read_bytes()
        size = int.from_bytes(data[:8], "little")
        meta = json.loads(data[8 : 8 + size].decode("utf-8"))
        if meta["reader"] != reader_version() or meta["sha256"] != file_digest(pdf):
            return None
        rows = np.frombuffer(data[8 + size :], dtype="<f8").reshape(-1, 4)
        return _reading(meta, rows)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _box(b: Box) -> list[float]:
    return [b.x0, b.y0, b.x1, b.y1]


def _page_meta(pt: PageText) -> dict[str, Any]:
    runs: list[list[Any]] = []
    for i, kind in enumerate(pt.hidden):
        if not kind:
            continue
        if runs and runs[-1][1] == i and runs[-1][2] == kind:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, kind])
    return {
        "page": pt.page,
        "text": pt.text,
        "width": pt.width,
        "height": pt.height,
        "text_layer": pt.has_text_layer,
        "ocr": pt.ocr,
        "hidden": runs if pt.hidden else None,
    }


def _hidden_meta(h: HiddenText) -> dict[str, Any]:
    return {
        "page": h.page,
        "kind": h.kind.value,
        "text": h.text,
        "bbox": _box(h.bbox),
        "boxes": [_box(b) for b in h.boxes],
        "origins": [list(o) for o in h.origins],
    }


def _reading(meta: dict[str, Any], boxes: npt.NDArray[np.float64]) -> OriginalReading:
    """The reading from its JSON part and its box rows: each page's boxes stay rows, and a `Box`
    is made only for a character the export asks for (a Box per character was most of the load)."""
    pages: list[PageText] = []
    offset = 0
    for entry in meta["pages"]:
        text: str = entry["text"]
        rows = BoxRows(boxes[offset : offset + len(text)])
        if len(rows) != len(text):
            raise ValueError("the kept reading lacks boxes")
        offset += len(text)
        hidden: tuple[str, ...] = ()
        if entry["hidden"] is not None:
            kinds = [""] * len(text)
            for start, end, kind in entry["hidden"]:
                kinds[start:end] = [str(kind)] * (end - start)
            hidden = tuple(kinds)
        pages.append(
            PageText(
                int(entry["page"]),
                text,
                rows,
                float(entry["width"]),
                float(entry["height"]),
                bool(entry["text_layer"]),
                bool(entry["ocr"]),
                hidden,
            )
        )
    if offset != len(boxes):
        raise ValueError("the kept reading has boxes left over")
    hidden_text = tuple(
        tuple(
            HiddenText(
                int(h["page"]),
                HiddenKind(h["kind"]),
                h["text"],
                Box(*h["bbox"]),
                tuple(Box(*b) for b in h["boxes"]),
                tuple((float(x), float(y)) for x, y in h["origins"]),
            )
            for h in found
        )
        for found in meta["hidden"]
    )
    pictures = {int(n): tuple(Box(*b) for b in areas) for n, areas in meta["pictures"].items()}
    return OriginalReading(tuple(pages), hidden_text, frozenset(int(n) for n in meta["scanned"]), pictures)
