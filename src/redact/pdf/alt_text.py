"""Alternate descriptions in content streams: what a screen reader says instead of what a page shows.

Marked content can carry a property list written inline in the content stream: `/Figure <</Alt
(Foto af ...)>> BDC ... EMC`. Its `/Alt` (a description of a picture) and `/E` (the expansion of an
abbreviation) are text a reader's software reads aloud or shows, which MuPDF's text extraction does
not give, so neither detection nor the verification of the text would see a name in them, and
`Document.scrub()` and the removal of the tag tree leave them. `/ActualText` is what MuPDF extracts in
place of what it marks, so it is read and checked with the page's text and stays. Property lists in
the resources (`/Properties`) are dictionaries of the file, vetted by `scrub`.
"""

from __future__ import annotations

import re

import pymupdf

from redact.pdf.layers import _patched, _tokens

_KEYS = (b"/Alt", b"/E")
# A stream worth reading token by token: it names one of the keys (a name ends at white space or a delimiter).
_MAYBE = re.compile(rb"/(?:Alt|E)(?![^\s/<>\[\]()%{}])")


def _edits(data: bytes) -> list[tuple[int, int, bytes]]:
    """(start, end, b" ") for every /Alt and /E entry of the dictionaries in a content stream (in a
    content stream a dictionary is only ever a marked-content property list)."""
    edits: list[tuple[int, int, bytes]] = []
    depth = 0  # of dictionaries and arrays
    key_next = False  # at the top level of a dictionary, the next token is a key
    drop_from: int | None = None  # the start of an entry being dropped
    for tok in _tokens(data):
        if tok.value in (b"<<", b"["):
            if depth == 0 and tok.value == b"<<":
                key_next = True
                depth = 1
                continue
            depth += 1
            continue
        if tok.value in (b">>", b"]"):
            depth = max(0, depth - 1)
            if depth == 1 and drop_from is not None:  # the dropped entry's value was a container
                edits.append((drop_from, tok.end, b" "))
                drop_from = None
                key_next = True
            elif depth == 1:
                key_next = True
            continue
        if depth != 1:
            continue
        if key_next:
            key_next = False
            if tok.value in _KEYS:
                drop_from = tok.start
        else:
            key_next = True
            if drop_from is not None:
                edits.append((drop_from, tok.end, b" "))
                drop_from = None
    return edits


def _with_alt_text(doc: pymupdf.Document, streams: list[int]) -> list[tuple[int, bytes, list[tuple[int, int, bytes]]]]:
    found = []
    for xref in streams:
        data = doc.xref_stream(xref) or b""
        if _MAYBE.search(data) and (edits := _edits(data)):
            found.append((xref, data, edits))
    return found


def remove_alt_text(doc: pymupdf.Document, streams: list[int]) -> int:
    """Drop the /Alt and /E entries of the property lists written in the content `streams` (pages'
    contents, form XObjects, patterns); how many went."""
    found = _with_alt_text(doc, streams)
    for xref, data, edits in found:
        doc.update_stream(xref, _patched(data, edits))
    return sum(len(edits) for _, _, edits in found)


def alt_text_left(doc: pymupdf.Document, streams: list[int]) -> bool:
    """Whether one of the content `streams` still holds an /Alt or /E entry in a property list."""
    return bool(_with_alt_text(doc, streams))
