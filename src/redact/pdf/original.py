"""What the export needs to know of an original before it redacts it, read once.

The export compares the written file with its original: the text of every page with its hidden
characters flagged, the hidden text itself (to remove it), the pages read and checked by OCR, and
the pictures big enough for a line of text. Detection reads the same pages of the same file in the
same way, so it keeps this (`extract.read_document_with_original`) and the export takes it instead
of analysing every page again, but only from the very same file and the very same reader
(`reader_version`); anything else is read again.
"""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from redact import __version__
from redact.core.geometry import Box
from redact.core.text import PageText
from redact.pdf.hidden import HiddenText

# Raised whenever what the reading of an original keeps, or how it is read, changes.
FORMAT = 1


@dataclass(frozen=True, slots=True)
class OriginalReading:
    """One original as the export reads it (see `redactor.read_original`)."""

    pages: tuple[PageText, ...]  # each page's text layer (never OCR), hidden characters flagged
    hidden: tuple[tuple[HiddenText, ...], ...]  # each page's hidden text
    scanned: frozenset[int]  # pages read, and checked after export, by OCR
    pictures: dict[int, tuple[Box, ...]]  # pictures big enough for a line, on pages with a text layer

    def __post_init__(self) -> None:
        if len(self.pages) != len(self.hidden):
            raise ValueError("OriginalReading needs the hidden text of every page")


def reader_version() -> str:
    """Who read it: a reading kept by another version of redact or of MuPDF is not used."""
    return f"redact {__version__}; pymupdf {pymupdf.VersionBind}; format {FORMAT}"
