"""Optional content: layers hidden in a PDF's default view, and what they paint.

A layer (optional-content group) that is off by default is not seen, but what it holds is in the
file. Its text is found with the other hidden text (`hidden.py`, through `LayerView`, the document
with every layer on); its images and drawings are found here in the content streams, and removed
before release. The layers themselves stay, switched off, with neutral names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pymupdf

# --- optional content -------------------------------------------------------------------------


def hidden_layers(doc: pymupdf.Document) -> set[int]:
    """Xrefs of the optional-content groups that are off in the document's default view."""
    try:
        return {xref for xref, info in (doc.get_ocgs() or {}).items() if not info.get("on", True)}
    except Exception:  # a broken OCProperties dictionary: nothing MuPDF hides
        return set()


class LayerView:
    """The document with every optional-content layer switched on, to read what hidden layers hold.

    A copy in memory: the caller's document keeps its own view. Without hidden layers there is no
    copy and `page` returns None.
    """

    def __init__(self, doc: pymupdf.Document, strict: bool = True) -> None:
        """`strict=False`: a document that cannot be copied gets no view (its hidden layers are then
        not read); the export is strict, so such a file cannot be released unchecked."""
        self._copy: pymupdf.Document | None = None
        self.failed = False  # hidden layers that could not be switched on (strict=False only)
        if doc.is_pdf and hidden_layers(doc):
            try:
                self._copy = _all_layers_on(doc)
            except Exception:
                if strict:
                    raise
                self.failed = True

    def page(self, number: int) -> pymupdf.Page | None:
        return None if self._copy is None else self._copy[number]

    def close(self) -> None:
        if self._copy is not None:
            self._copy.close()
            self._copy = None

    def __enter__(self) -> LayerView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _all_layers_on(doc: pymupdf.Document) -> pymupdf.Document:
    copy = pymupdf.open("pdf", doc.tobytes())
    catalog = copy.pdf_catalog()
    copy.xref_set_key(catalog, "OCProperties/D/BaseState", "/ON")
    copy.xref_set_key(catalog, "OCProperties/D/OFF", "[]")
    copy.xref_set_key(catalog, "OCProperties/D/AS", "null")
    copy.xref_set_key(catalog, "OCProperties/Configs", "null")
    data = copy.tobytes()
    copy.close()
    return pymupdf.open("pdf", data)  # reopened: MuPDF reads the layer configuration on opening


# --- what hidden layers paint -----------------------------------------------------------------

_WS = b" \t\r\n\f\x00"
_DELIMS = b"()<>[]{}/%"
_PATH_PAINT = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_NAME_REF = re.compile(rb"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R")
_END_OF_IMAGE = re.compile(rb"\sEI(?=\s|$)")


@dataclass
class _Token:
    start: int
    end: int
    value: bytes
    operator: bool


def _tokens(data: bytes) -> Iterator[_Token]:
    """PDF content stream tokens; strings, arrays and dictionaries are operands, inline images one token."""
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c in _WS:
            i += 1
            continue
        if c == 0x25:  # % comment
            while i < n and data[i] not in b"\r\n":
                i += 1
            continue
        start = i
        if c == 0x28:  # ( string )
            depth, i = 1, i + 1
            while i < n and depth:
                if data[i] == 0x5C:
                    i += 2
                    continue
                if data[i] == 0x28:
                    depth += 1
                elif data[i] == 0x29:
                    depth -= 1
                i += 1
            yield _Token(start, i, data[start:i], False)
        elif c == 0x3C and data[i + 1 : i + 2] == b"<":
            i += 2
            yield _Token(start, i, b"<<", False)
        elif c == 0x3E and data[i + 1 : i + 2] == b">":
            i += 2
            yield _Token(start, i, b">>", False)
        elif c == 0x3C:  # <hex>
            end = data.find(b">", i)
            i = n if end < 0 else end + 1
            yield _Token(start, i, data[start:i], False)
        elif c in b"[]{}":
            i += 1
            yield _Token(start, i, data[start:i], False)
        elif c == 0x2F:  # /name
            i += 1
            while i < n and data[i] not in _WS and data[i] not in _DELIMS:
                i += 1
            yield _Token(start, i, data[start:i], False)
        else:
            while i < n and data[i] not in _WS and data[i] not in _DELIMS:
                i += 1
            if i == start:  # a stray delimiter such as ')' or '>'
                i += 1
                continue
            word = data[start:i]
            if word == b"ID":  # inline image data up to EI
                found = _END_OF_IMAGE.search(data, i + 1)
                i = n if found is None else found.end()
                yield _Token(start, i, b"ID", True)
                continue
            is_operand = word in (b"true", b"false", b"null") or word[:1] in b"+-.0123456789"
            yield _Token(start, i, word, not is_operand)


@dataclass
class _Resources:
    properties: dict[bytes, int]  # /Properties name -> xref
    xobjects: dict[bytes, int]  # /XObject name -> xref


def _resources(doc: pymupdf.Document, xref: int, inherited: _Resources | None) -> _Resources:
    def names(key: str) -> dict[bytes, int]:
        kind, value = doc.xref_get_key(xref, key)
        if kind == "xref":
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        elif kind != "dict":
            return {}
        return {mm.group(1): int(mm.group(2)) for mm in _NAME_REF.finditer(value.encode("latin-1", "replace"))}

    kind, _ = doc.xref_get_key(xref, "Resources")
    if kind == "null" and inherited is not None:
        return inherited
    for _ in range(32):  # a page may inherit its resources from the page tree
        if kind != "null":
            break
        parent_kind, parent = doc.xref_get_key(xref, "Parent")
        if parent_kind != "xref":
            break
        xref = int(parent.split()[0])
        kind, _ = doc.xref_get_key(xref, "Resources")
    return _Resources(names("Resources/Properties"), names("Resources/XObject"))


def _is_hidden_oc(doc: pymupdf.Document, xref: int, off: set[int]) -> bool:
    """An OCG that is off, or a membership dictionary (OCMD) whose groups are all off (AnyOn)."""
    if xref in off:
        return True
    try:
        if doc.xref_get_key(xref, "Type")[1] != "/OCMD":
            return False
        value = doc.xref_get_key(xref, "OCGs")[1]
    except Exception:
        return False
    groups = [int(x) for x in re.findall(r"(\d+)\s+0\s+R", value)]
    return bool(groups) and all(g in off for g in groups)


def _oc_of(doc: pymupdf.Document, xref: int) -> int:
    kind, value = doc.xref_get_key(xref, "OC")
    return int(value.split()[0]) if kind == "xref" else 0


def _hidden_paint_edits(
    doc: pymupdf.Document, data: bytes, res: _Resources, off: set[int], forms: list[tuple[int, _Resources]]
) -> list[tuple[int, int, bytes]]:
    """(start, end, replacement) for everything a hidden layer paints in one content stream.

    Images, shadings, inline images and form XObjects are dropped, path painting becomes `n` (no
    paint; a clipping path stays as it is). Text is left to the redaction, which keeps the position
    of the text that follows. Visible form XObjects are collected in `forms` to be searched too.
    """
    edits: list[tuple[int, int, bytes]] = []
    stack: list[bool] = []
    operands: list[_Token] = []
    depth = 0
    for tok in _tokens(data):
        if not tok.operator:
            if tok.value in (b"[", b"<<"):
                depth += 1
            elif tok.value in (b"]", b">>"):
                depth = max(0, depth - 1)
            operands.append(tok)
            continue
        if depth:
            operands.append(tok)  # e.g. a keyword inside an array
            continue
        hidden = bool(stack) and stack[-1]
        op = tok.value
        start = operands[0].start if operands else tok.start
        if op == b"BDC":
            names = [t.value for t in operands if t.value.startswith(b"/")]
            oc = names[0] == b"/OC" if names else False
            ref = res.properties.get(names[1][1:]) if oc and len(names) > 1 else None
            stack.append(hidden or (ref is not None and _is_hidden_oc(doc, ref, off)))
        elif op == b"BMC":
            stack.append(hidden)
        elif op == b"EMC":
            if stack:
                stack.pop()
        elif op == b"Do" and operands:
            name = operands[-1].value[1:]
            target = res.xobjects.get(name, 0)
            if hidden or (target and _oc_of(doc, target) and _is_hidden_oc(doc, _oc_of(doc, target), off)):
                edits.append((start, tok.end, b" "))
            elif target:
                forms.append((target, res))
        elif hidden and op in (b"sh", b"BI", b"ID", b"EI"):
            edits.append((start, tok.end, b" "))
        elif hidden and op in _PATH_PAINT:
            edits.append((tok.start, tok.end, b"n"))
        operands = []
    return edits


def _patched(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out, pos = [], 0
    for start, end, repl in sorted(edits):
        if start < pos:
            continue
        out += [data[pos:start], repl]
        pos = end
    out.append(data[pos:])
    return b"".join(out)


def _walk_hidden_paint(doc: pymupdf.Document, fix: bool) -> int:
    off = hidden_layers(doc)
    if not off:
        return 0
    count = 0
    done: set[int] = set()
    for page in doc:
        if fix:
            page.clean_contents()  # one content stream per page
        res = _resources(doc, page.xref, None)
        streams: list[tuple[int, _Resources]] = [(x, res) for x in page.get_contents()]
        while streams:
            xref, parent = streams.pop()
            if xref in done:
                continue
            done.add(xref)
            is_form = doc.xref_get_key(xref, "Subtype")[1] == "/Form"
            if not is_form and xref not in page.get_contents():
                continue  # an image: nothing inside it to search
            own = _resources(doc, xref, parent) if is_form else parent
            data = doc.xref_stream(xref) or b""
            forms: list[tuple[int, _Resources]] = []
            edits = _hidden_paint_edits(doc, data, own, off, forms)
            streams += forms
            count += len(edits)
            if fix and edits:
                doc.update_stream(xref, _patched(data, edits))
    return count


def hidden_layer_paint(doc: pymupdf.Document) -> int:
    """How many painting operations of hidden layers the document still holds (0 = none)."""
    return _walk_hidden_paint(doc, fix=False)


def remove_hidden_layer_paint(doc: pymupdf.Document) -> int:
    """Make layer names neutral, and drop what hidden layers paint (their text goes by redaction).

    The layers stay, switched off as before, so whatever a hidden layer may still hold stays hidden
    and is found by the verification of the written file.
    """
    try:
        # Layers written inline have no xref (0); the scrub drops their names (`scrub.remove_unknown_keys`).
        groups = sorted(x for x in (doc.get_ocgs() or {}) if x > 0)
    except Exception:  # a broken OCProperties dictionary: no layers MuPDF knows of
        groups = []
    for i, xref in enumerate(groups, start=1):
        # A layer's name may name a person, hidden layer or not: a viewer lists them all.
        doc.xref_set_key(xref, "Name", f"(Lag {i})")
    off = hidden_layers(doc)
    if not off:
        return 0
    removed = _walk_hidden_paint(doc, fix=True)
    refs = " ".join(f"{x} 0 R" for x in groups)
    hidden = " ".join(f"{x} 0 R" for x in groups if x in off)
    doc.xref_set_key(doc.pdf_catalog(), "OCProperties", f"<</OCGs[{refs}]/D<</OFF[{hidden}]/Order[{refs}]>>>>")
    return removed
