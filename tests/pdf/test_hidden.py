"""Unit tests of pdf/hidden.py beyond the hostile-file suite (tests/hostile): the content-stream
scan that finds what hidden layers paint, and the kinds of hidden text on one page."""

from __future__ import annotations

import pymupdf

from redact.pdf.hidden import HiddenKind, find_hidden
from redact.pdf.layers import _tokens, hidden_layer_paint, remove_hidden_layer_paint


def test_tokens_keep_strings_arrays_dicts_and_inline_images_whole() -> None:
    data = b"/OC /MC0 BDC (a (b) EMC) Tj (c \\) Do) Tj [(x) 3 (y)] TJ BI /W 1 /H 1 ID \x00 EI\n<</A 1>> BDC EMC % f\nf*"
    ops = [t.value for t in _tokens(data) if t.operator]
    assert ops == [b"BDC", b"Tj", b"Tj", b"TJ", b"BI", b"ID", b"BDC", b"EMC", b"f*"]


def doc_with_layer() -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page()
    off = doc.add_ocg("Skjult", on=False)
    page.draw_rect(pymupdf.Rect(10, 10, 50, 50), color=None, fill=(1, 0, 0), oc=off)
    page.draw_rect(pymupdf.Rect(60, 10, 90, 50), color=None, fill=(0, 0, 1))
    return doc


def test_hidden_layer_paint_becomes_no_paint_and_the_rest_stays() -> None:
    doc = doc_with_layer()
    assert hidden_layer_paint(doc) == 1
    assert remove_hidden_layer_paint(doc) == 1
    assert hidden_layer_paint(doc) == 0
    fills = [d["fill"] for d in doc[0].get_drawings() if d.get("fill")]
    assert fills == [(0.0, 0.0, 1.0)]


def test_nested_marked_content_inside_a_hidden_layer_is_hidden_too() -> None:
    doc = doc_with_layer()
    page = doc[0]
    page.clean_contents()
    xref = page.get_contents()[0]
    data = doc.xref_stream(xref).replace(b"BDC", b"BDC /Span BMC", 1).replace(b"EMC", b"EMC EMC", 1)
    doc.update_stream(xref, data)
    assert hidden_layer_paint(doc) == 1


def test_a_document_without_layers_has_nothing_to_remove() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Synlig")
    assert hidden_layer_paint(doc) == 0 and remove_hidden_layer_paint(doc) == 0
    assert find_hidden(doc) == [[]]


def test_text_in_a_clip_that_shows_nothing_of_it_is_not_missed_when_painted_over() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Dækket Dorte", fontsize=11)
    page.draw_rect(pymupdf.Rect(60, 55, 200, 80), color=None, fill=(1, 1, 1))  # a white box over it
    [[found]] = find_hidden(doc)
    assert found.kind is HiddenKind.COVERED and found.text == "DækketDorte"
