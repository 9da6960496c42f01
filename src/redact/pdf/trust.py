"""Whether a page's text layer says what the page shows, decided on evidence.

A text layer is the font's word for what its glyphs mean (the ToUnicode map, the encoding), and
a font can lie: a CPR number whose digit glyphs are mapped to letters shows `130115-4455` and
extracts as `BDABBF-EEFF`; glyphs with no mapping extract as U+FFFD; text painted inside a tiling
pattern is cut into pieces by the tiles. No detector finds a number in that. Such a page is read
the way a reader reads it, by OCR of the rendered page (`pdf/extract.py`), and the export checks
it by OCR too.

OCR costs about a second a page, so it runs only on evidence, never on every page of a
born-digital document: a glyph without a Unicode value, a glyph whose Unicode value the font's
own character map gives to another glyph (the check looks at each embedded font once per
document), or a tiling pattern that paints text or pictures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pymupdf

UNMAPPED = "tegn uden Unicode-værdi i tekstlaget"
LYING_FONT = "en skrifttype, hvis tekstlag ikke passer til de viste tegn"
PATTERN = "tekst eller billeder malet gennem et mønster"

# A font lies when at least this many letters or digits on a page contradict its own character map.
MIN_CONTRADICTIONS = 2
_PAINTS = re.compile(rb"(?:^|[\s\])>])(?:Tj|TJ|'|\"|Do|BI)(?=[\s\[(<]|$)")

# glyph -> the code points the font program's own character map gives it, per (document, font).
_reverse_maps: dict[tuple[int, str, int], dict[int, frozenset[int]]] = {}


def doubt(page: pymupdf.Page, trace: list[dict[str, Any]] | None = None) -> str:
    """Why the page's text layer cannot be trusted (Danish, for the report), or "" when it can.

    `trace` is the page's `get_texttrace()` when the caller has it.
    """
    spans = page.get_texttrace() if trace is None else trace
    if any(ch[0] < 0 or ch[0] == 0xFFFD for span in spans for ch in span.get("chars", ())):
        return UNMAPPED
    if _pattern_paints(page):
        return PATTERN
    if _contradictions(page, spans) >= MIN_CONTRADICTIONS:
        return LYING_FONT
    return ""


def _pattern_paints(page: pymupdf.Page) -> bool:
    """A tiling pattern of the page's resources paints text or a picture."""
    doc = page.parent
    kind, value = doc.xref_get_key(page.xref, "Resources/Pattern")
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    elif kind != "dict":
        return False
    for ref in re.findall(r"(\d+)\s+0\s+R", value):
        xref = int(ref)
        if doc.xref_get_key(xref, "PatternType")[1] != "1" or not doc.xref_is_stream(xref):
            continue
        if _PAINTS.search(doc.xref_stream(xref) or b""):
            return True
    return False


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.split("+", 1)[-1].lower())


def _contradictions(page: pymupdf.Page, spans: Iterable[dict[str, Any]]) -> int:
    """How many letters and digits the text layer gives a glyph that the font's own map gives to another."""
    fonts = [(_norm(f[3]), f[0]) for f in page.get_fonts() if f[1] != "n/a" and f[0] > 0]
    if not fonts:
        return 0
    count = 0
    for span in spans:
        name = _norm(str(span.get("font") or ""))
        matches = [x for n, x in fonts if n == name] or [
            x for n, x in fonts if name and (n.startswith(name) or name.startswith(n))
        ]
        if len(matches) != 1:
            continue  # not known which font this is: no evidence either way
        reverse = _reverse_map(page.parent, matches[0])
        if not reverse:
            continue
        for ch in span.get("chars", ()):
            code, glyph = ch[0], ch[1]
            if glyph <= 0 or code < 0 or not chr(code).isalnum():
                continue
            real = reverse.get(glyph)
            if real and code not in real:
                count += 1
    return count


def _reverse_map(doc: pymupdf.Document, xref: int) -> dict[int, frozenset[int]]:
    key = (id(doc), str(doc.name), xref)
    if key not in _reverse_maps:
        if len(_reverse_maps) > 512:
            _reverse_maps.clear()
        _reverse_maps[key] = _read_reverse_map(doc, xref)
    return _reverse_maps[key]


def _read_reverse_map(doc: pymupdf.Document, xref: int) -> dict[int, frozenset[int]]:
    try:
        buffer = doc.extract_font(xref)[3]
        if not buffer:
            return {}
        font = pymupdf.Font(fontbuffer=buffer)
        pairs: dict[int, set[int]] = {}
        for code in font.valid_codepoints():
            glyph = font.has_glyph(code)
            if glyph:
                pairs.setdefault(glyph, set()).add(code)
    except Exception:  # a font MuPDF cannot load on its own: no evidence
        return {}
    return {g: frozenset(c) for g, c in pairs.items()}
