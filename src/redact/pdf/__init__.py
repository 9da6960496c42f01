"""The PDF layer: the only place that imports PyMuPDF. PyMuPDF is not thread-safe, so every
function here opens its own document from a path and closes it again.

MuPDF prints every problem of a damaged file to the terminal by itself (hundreds of English lines,
some not even valid UTF-8, on one broken PDF), which buries the one Danish `FEJL` line the user
needs. Printing is switched off for the whole process as soon as this layer is imported (in worker
processes too); the messages stay in MuPDF's store, and `take_mupdf_messages` collects them so the
caller can say in Danish that a file was damaged.
"""

from __future__ import annotations

import pymupdf

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def take_mupdf_messages() -> list[str]:
    """MuPDF's messages since the last call (errors and warnings, in English), and forget them."""
    return [line for line in pymupdf.TOOLS.mupdf_warnings(reset=True).splitlines() if line.strip()]
