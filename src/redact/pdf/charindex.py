"""Character boxes as arrays: kept boxes read lazily, and the characters under a redaction found fast.

A page holds a few thousand characters and the export asks, for each of its redactions, which of
them lie under it. Making a `Box` per character only to take its centre cost more than the
question: the kept reading (`store/original.py`) hands its boxes over as rows of four floats
(`BoxRows`, a `Box` made only for a character asked for), and `CharIndex` works on the rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np
import numpy.typing as npt

from redact.core.geometry import Box
from redact.core.text import PageText


class BoxRows(Sequence[Box | None]):
    """The boxes of a page's characters as rows (n, 4) of x0, y0, x1, y1; a row of NaN for none.

    Equal to any sequence of the same boxes (a `PageText` read back from the kept reading equals
    the one that was kept)."""

    __slots__ = ("rows",)

    def __init__(self, rows: npt.NDArray[np.float64]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, i: int) -> Box | None: ...

    @overload
    def __getitem__(self, i: slice) -> BoxRows: ...

    def __getitem__(self, i: int | slice) -> Box | BoxRows | None:
        if isinstance(i, slice):
            return BoxRows(self.rows[i])
        x0, y0, x1, y1 = self.rows[i].tolist()
        return None if x0 != x0 else Box(x0, y0, x1, y1)  # NaN: no box

    def __iter__(self) -> Iterator[Box | None]:
        for x0, y0, x1, y1 in self.rows.tolist():
            yield None if x0 != x0 else Box(x0, y0, x1, y1)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BoxRows):
            return bool(np.array_equal(self.rows, other.rows, equal_nan=True))
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"BoxRows({len(self)} boxes)"


def box_rows(boxes: Sequence[Box | None]) -> npt.NDArray[np.float64]:
    """The boxes as rows (n, 4); NaN for a character without a box."""
    if isinstance(boxes, BoxRows):
        return boxes.rows
    nan = (np.nan, np.nan, np.nan, np.nan)
    rows = [nan if b is None else (b.x0, b.y0, b.x1, b.y1) for b in boxes]
    return np.array(rows, dtype=np.float64).reshape(len(rows), 4)


class CharIndex:
    """The characters of a page by the height of their centre, to find those under a box quickly."""

    def __init__(self, pt: PageText) -> None:
        rows = box_rows(pt.boxes)
        has = np.flatnonzero(~np.isnan(rows[:, 0]))
        ys = (rows[has, 1] + rows[has, 3]) / 2
        xs = (rows[has, 0] + rows[has, 2]) / 2
        order = np.argsort(ys, kind="stable")
        self._ys = ys[order]
        self._xs = xs[order]
        self._at = has[order]
        self._text = pt.text

    def indices_under(self, boxes: tuple[Box, ...] | list[Box]) -> set[int]:
        """The characters whose centre lies in any of `boxes` (edges included)."""
        hits: set[int] = set()
        for box in boxes:
            lo = int(np.searchsorted(self._ys, box.y0, side="left"))
            hi = int(np.searchsorted(self._ys, box.y1, side="right"))
            if hi <= lo:
                continue
            xs = self._xs[lo:hi]
            hits.update(self._at[lo:hi][(box.x0 <= xs) & (xs <= box.x1)].tolist())
        return hits

    def under(self, boxes: tuple[Box, ...] | list[Box]) -> str:
        """The characters whose centre lies in any of `boxes`, in reading order."""
        return "".join(self._text[i] for i in sorted(self.indices_under(boxes)))
