"""Dictionaries written in content streams: marked-content property lists and inline images.

Marked content can carry a property list written inline in the content stream: `/Figure <</Alt
(Foto af ...)>> BDC ... EMC`. Its `/Alt` (a description of a picture) and `/E` (the expansion of an
abbreviation) are text a reader's software reads aloud or shows, which MuPDF's text extraction does
not give, so neither detection nor the verification of the text would see a name in them, and
`Document.scrub()` and the removal of the tag tree leave them. `/ActualText` is what MuPDF extracts in
place of what it marks, so it is read and checked with the page's text and stays. An inline image
(`BI ... ID ... EI`) has a dictionary of its own, where a producer can put any key, as in any other
dictionary (`scrub` vets the dictionaries of the file's objects, property lists in the resources too).
"""

from __future__ import annotations

import re

import pymupdf

from redact.pdf.layers import _patched, _tokens

_PROPERTY_KEYS_OUT = frozenset({b"/Alt", b"/E"})
# The keys of an inline image (ISO 32000-2, 8.9.7), abbreviated and in full.
_INLINE_IMAGE_KEYS = frozenset(
    b"/" + k
    for k in (
        b"BPC BitsPerComponent CS ColorSpace D Decode DP DecodeParms F Filter H Height IM ImageMask "
        b"I Interpolate W Width L Length Intent"
    ).split()
)
# A stream worth reading token by token: it names one of the keys, or holds an inline image.
_MAYBE = re.compile(rb"/(?:Alt|E)(?![^\s/<>\[\]()%{}])|(?<![^\s])BI(?![^\s])")

Edit = tuple[int, int, bytes]


def _edits(data: bytes) -> tuple[list[Edit], list[Edit]]:
    """(start, end, b" ") for every /Alt and /E entry of the property lists in a content stream (in a
    content stream a dictionary is only ever one), and for every key of an inline image that is not
    an inline image's: the two lists apart."""
    alt: list[Edit] = []
    image: list[Edit] = []
    open_: list[bytes] = []  # the containers open: b"<<", b"["
    in_image = False  # between BI and ID: an inline image's keys and values
    key_next = False  # at the level of a dictionary's entries, the next token is a key
    drop: tuple[int, list[Edit]] | None = None  # the start of an entry being dropped, and its list

    def entries() -> bool:
        return not open_ if in_image else open_ == [b"<<"]

    def value_done(end: int) -> None:
        nonlocal drop, key_next
        key_next = True
        if drop is not None:
            drop[1].append((drop[0], end, b" "))
            drop = None

    for tok in _tokens(data):
        v = tok.value
        if tok.operator and not open_:
            if v == b"BI":
                in_image, key_next = True, True
            elif v == b"ID":
                in_image = False
            continue
        if v in (b"<<", b"["):
            open_.append(v)
            if open_ == [b"<<"] and not in_image:
                key_next = True  # a property list begins
            continue
        if v in (b">>", b"]"):
            if open_:
                open_.pop()
            if entries():
                value_done(tok.end)  # a value that was a dictionary or an array
            continue
        if not entries():
            continue
        if key_next:
            key_next = False
            if in_image and v not in _INLINE_IMAGE_KEYS:
                drop = (tok.start, image)
            elif not in_image and v in _PROPERTY_KEYS_OUT:
                drop = (tok.start, alt)
        else:
            value_done(tok.end)
    return alt, image


def _private(doc: pymupdf.Document, streams: list[int]) -> list[tuple[int, bytes, list[Edit], list[Edit]]]:
    found = []
    for xref in streams:
        data = doc.xref_stream(xref) or b""
        if _MAYBE.search(data):
            alt, image = _edits(data)
            if alt or image:
                found.append((xref, data, alt, image))
    return found


def remove_content_keys(doc: pymupdf.Document, streams: list[int]) -> int:
    """Drop the /Alt and /E entries of the property lists and the private keys of the inline images
    in the content `streams` (pages' contents, form XObjects, patterns, glyphs); how many went."""
    found = _private(doc, streams)
    for xref, data, alt, image in found:
        doc.update_stream(xref, _patched(data, alt + image))
    return sum(len(alt) + len(image) for _, _, alt, image in found)


def content_keys_left(doc: pymupdf.Document, streams: list[int]) -> list[str]:
    """Danish lines for what the content `streams` still hold of either kind (empty when nothing)."""
    found = _private(doc, streams)
    problems = []
    if any(alt for _, _, alt, _ in found):
        problems.append("alternativ tekst (/Alt, /E) tilbage i sidens indhold")
    if any(image for _, _, _, image in found):
        problems.append("ukendte nøgler tilbage i et indlejret billede")
    return problems
