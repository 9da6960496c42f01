"""Hostile and broken input files, built in code (see README.md for what each one proves).

Every name, number and address is invented. PDF text is set in the base-14 Helvetica, whose
strings stay readable in the content streams, so a test can also search the file's bytes.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pymupdf

# Secrets that must never reach a released file (each one only ever placed where it is hidden or
# where it is redacted), and text that must survive.
VISIBLE = "Kære borger, vi har modtaget din ansøgning."


def _page(doc: pymupdf.Document, width: float = 595, height: float = 842) -> pymupdf.Page:
    page = doc.new_page(width=width, height=height)
    page.insert_text((72, 72), VISIBLE, fontsize=11, fontname="helv")
    return page


def _save(doc: pymupdf.Document, path: Path) -> Path:
    doc.save(path)
    doc.close()
    return path


def invisible_text_pdf(path: Path) -> Path:
    """Render mode 3 on the page and inside a form XObject, and fully transparent text."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Usynlig Ulrik Usynligsen 120384-1234", fontsize=11, render_mode=3)
    page.insert_text((72, 130), "Gennemsigtig Gitte 22 33 44 55", fontsize=11, fill_opacity=0)
    inner = pymupdf.open()
    inner.new_page(width=300, height=40).insert_text((5, 20), "Formular Frida 050505-0505", render_mode=3)
    page.show_pdf_page(pymupdf.Rect(72, 150, 372, 190), inner, 0)
    return _save(doc, path)


def white_text_pdf(path: Path) -> Path:
    """White text on white, with visible words right beside it on the same line (no spaces)."""
    doc = pymupdf.open()
    page = _page(doc)
    before = "Sagen vedrører "
    page.insert_text((72, 100), before, fontsize=11)
    x = 72 + pymupdf.get_text_length(before, fontsize=11)
    hidden = "Hvide Henning Hvidsen cpr 120384-1234"
    page.insert_text((x, 100), hidden, fontsize=11, color=(1, 1, 1))
    x += pymupdf.get_text_length(hidden, fontsize=11)
    page.insert_text((x, 100), " og intet andet.", fontsize=11)
    page.insert_text((72, 130), "Næsten hvid Nanna 22 33 44 55", fontsize=11, color=(0.97, 0.97, 0.97))
    page.insert_text((72, 190), "Næsten gennemsigtig Nils", fontsize=11, fill_opacity=0.04)
    page.insert_text((72, 160), "Lysegrå men læsbar tekst", fontsize=11, color=(0.6, 0.6, 0.6))
    return _save(doc, path)


def tiny_text_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Lille Lise 120384-1234", fontsize=1)
    page.insert_text((72, 120), "Normal fodnote i 6 punkt", fontsize=6)
    return _save(doc, path)


def outside_page_pdf(path: Path) -> Path:
    """Text beyond the MediaBox, and text on the MediaBox but outside the (smaller) CropBox."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((700, 100), "Udenfor Ole 120384-1234", fontsize=11)
    page.insert_text((72, 820), "Beskaaret Bodil 22 33 44 55", fontsize=11)
    page.insert_text((72, -20), "Over kanten Kurt", fontsize=11)
    page.set_cropbox(pymupdf.Rect(0, 0, 595, 780))
    return _save(doc, path)


def covered_text_pdf(path: Path) -> Path:
    """Text painted over by an image, by a black rectangle (a failed redaction), and black text on black."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 110), "Under billedet Bent 120384-1234", fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 4), False)
    pix.set_rect(pix.irect, (180, 190, 200))
    page.insert_image(pymupdf.Rect(60, 95, 320, 118), pixmap=pix)
    page.insert_text((72, 150), "Overstreget Oskar 22 33 44 55", fontsize=11)
    page.draw_rect(pymupdf.Rect(60, 138, 320, 156), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(60, 178, 320, 196), color=None, fill=(0, 0, 0))
    page.insert_text((72, 190), "Sort på sort Sonja 050505-0505", fontsize=11, color=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(60, 218, 320, 236), color=None, fill=(0.1, 0.2, 0.5))
    page.insert_text((72, 230), "Hvid på blå er synlig", fontsize=11, color=(1, 1, 1))
    return _save(doc, path)


def hidden_layer_pdf(path: Path) -> Path:
    """A layer that is off by default holds text, an image and a drawing; a layer that is on holds text."""
    doc = pymupdf.open()
    page = _page(doc)
    off = doc.add_ocg("Borger Lagesen", on=False)
    on = doc.add_ocg("Sagsbehandling", on=True)
    page.insert_text((72, 100), "Lag Lars Lagesen 120384-1234", fontsize=11, oc=off)
    page.insert_text((72, 130), "Synligt lag med tekst", fontsize=11, oc=on)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (220, 20, 20))
    page.insert_image(pymupdf.Rect(100, 300, 200, 400), pixmap=pix, oc=off)
    page.draw_rect(pymupdf.Rect(300, 300, 400, 400), color=None, fill=(0, 0.8, 0), oc=off)
    return _save(doc, path)


CONTENT_DICT_SECRETS = ["Foto Frida", "Forkortet Folke", "Ressource Rikke", "Indlejret Ib"]


def content_dicts_pdf(path: Path) -> Path:
    """A picture marked with a description (`/Alt`) and an abbreviation with its expansion (`/E`) in
    property lists written in the content stream, a description in a property list of the resources
    (text a screen reader reads, which MuPDF's text extraction does not give), and an inline image
    with a private key in its dictionary."""
    doc = pymupdf.open()
    page = _page(doc)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (20, 120, 220))
    page.insert_image(pymupdf.Rect(72, 300, 172, 400), pixmap=pix)
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "Properties", "<</MC9<</Alt(Ressource Rikke 130115-4455)>>>>")
    last = page.get_contents()[-1]
    data = (doc.xref_stream(last) or b"").replace(
        b"q\n", b"/Figure <</Alt (Foto Frida 130115-4455) /MCID 0>> BDC q\n", 1
    ) + (
        b"\nEMC\n/Span <</E (Forkortet Folke) /Lang (da-DK)>> BDC BT /helv 11 Tf 72 120 Td (F.F.) Tj ET EMC"
        b"\n/Artifact /MC9 BDC EMC"
        b"\nq 40 0 0 20 300 500 cm BI /W 2 /H 1 /CS /G /BPC 8 /Sagsdata (Indlejret Ib 130115-4455) ID \x40\xc0 EI Q\n"
    )
    doc.update_stream(last, data)
    return _save(doc, path)


# Application data in the places a producer keeps it besides the catalog's: one secret per place.
ASSOCIATED_PLACES = {
    "af": "Tilknyttet Tage",  # an associated file (/AF) of the page, with its embedded stream
    "page_xmp": "Side Xmp Sanne",  # an XMP /Metadata stream on the page
    "image_xmp": "Billede Xmp Bo",  # an XMP /Metadata stream on an image
    "form_piece_info": "Stykke Stine",  # /PieceInfo and /LastModified on a form XObject drawn on the page
    "xfa": "Xfa Xander",  # an XFA form in the catalog's /AcroForm
    "image_alternates": "Alternativ Alma",  # an alternate image (/Alternates) with the secret in its data
}


def associated_data_pdf(path: Path) -> Path:
    """Application data in the places of `ASSOCIATED_PLACES`, each holding its secret."""
    doc = pymupdf.open()
    page = _page(doc)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (20, 120, 220))
    page.insert_image(pymupdf.Rect(72, 300, 172, 400), pixmap=pix)
    [image] = [x for x, *_ in page.get_images()]

    def stream(dictionary: str, data: str) -> int:
        xref = doc.get_new_xref()
        doc.update_object(xref, dictionary)
        doc.update_stream(xref, data.encode("latin-1"))
        return xref

    places = ASSOCIATED_PLACES
    attached = stream("<</Type/EmbeddedFile>>", f"{places['af']} 130115-4455")
    doc.xref_set_key(page.xref, "AF", f"[<</Type/Filespec/F(noter.txt)/UF(noter.txt)/EF<</F {attached} 0 R>>>>]")
    xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'>{}</x:xmpmeta>"
    doc.xref_set_key(
        page.xref, "Metadata", f"{stream('<</Type/Metadata/Subtype/XML>>', xmp.format(places['page_xmp']))} 0 R"
    )
    doc.xref_set_key(
        image, "Metadata", f"{stream('<</Type/Metadata/Subtype/XML>>', xmp.format(places['image_xmp']))} 0 R"
    )
    alternate = stream(
        "<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>",
        places["image_alternates"],
    )
    doc.xref_set_key(image, "Alternates", f"[<</Image {alternate} 0 R/DefaultForPrinting true>>]")
    form = stream(
        "<</Type/XObject/Subtype/Form/BBox[0 0 100 20]"
        f"/PieceInfo<</Redact<</Private({places['form_piece_info']})>>>>/LastModified(D:20261203)>>",
        "0 0 1 rg 0 0 100 20 re f",
    )
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XObject", f"<</Fm0 {form} 0 R/fzImg0 {image} 0 R>>")
    xfa = stream("<<>>", f"<xdp:xdp><field>{places['xfa']} 130115-4455</field></xdp:xdp>")
    doc.xref_set_key(doc.pdf_catalog(), "AcroForm", f"<</Fields[]/XFA {xfa} 0 R>>")
    _append_content(doc, page, b"q 1 0 0 1 72 500 cm /Fm0 Do Q\n")
    return _save(doc, path)


LAYER_NAME_SECRETS = ["Lene Lagesen", "Vibeke Visen", "Skaber Svend"]


def visible_layer_names_pdf(path: Path) -> Path:
    """Layers that are all on, named after a person, and a default view whose name and creator name
    persons: text a viewer lists beside the page, which no detector reads."""
    doc = pymupdf.open()
    page = _page(doc)
    on = doc.add_ocg("Noter om Lene Lagesen 130115-4455", on=True)
    page.insert_text((72, 100), "Synligt lag med tekst", fontsize=11, oc=on)
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "OCProperties/D/Name", "(Visning for Vibeke Visen)")
    doc.xref_set_key(catalog, "OCProperties/D/Creator", "(Skaber Svend)")
    return _save(doc, path)


def form_and_annotations_pdf(path: Path) -> Path:
    """A filled-in form field (shown), a hidden form field, a note with popup text, a stamp-like free text."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Navn:", fontsize=11)
    shown = pymupdf.Widget()
    shown.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    shown.field_name = "navn"
    shown.field_value = "Felt Frederik 120384-1234"
    shown.rect = pymupdf.Rect(110, 88, 400, 104)
    page.add_widget(shown)
    hidden = pymupdf.Widget()
    hidden.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    hidden.field_name = "intern"
    hidden.field_value = "Skjult felt Svend 22 33 44 55"
    hidden.rect = pymupdf.Rect(110, 120, 400, 136)
    hidden.field_flags = 0
    page.add_widget(hidden)
    page.add_text_annot((450, 300), "Note om Nikolaj Notesen 050505-0505")
    page.add_freetext_annot(pymupdf.Rect(72, 200, 400, 220), "Stempel: modtaget af Kommunen", fontsize=11)
    doc.save(path)
    doc.close()
    # Hide the second widget (annotation flag 2 = Hidden) on the saved file.
    doc = pymupdf.open(path)
    for w in doc[0].widgets():
        if w.field_name == "intern":
            doc.xref_set_key(w.xref, "F", "2")
    doc.saveIncr()
    doc.close()
    return path


def active_content_pdf(path: Path) -> Path:
    """Attachments, JavaScript and actions, links, metadata, XMP, a thumbnail and bookmarks."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "CPR 120384-1234", fontsize=11)
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 60, 200, 75), "uri": "mailto:lenny.link@example.com"}
    )
    doc.embfile_add("bilag.txt", b"Vedhaeftet Vera 050505-0505", filename="bilag.txt")
    doc.set_metadata({"author": "Metadata Mette", "title": "Om Metadata Mette", "subject": "22 33 44 55"})
    doc.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'>Xmp Xenia</x:xmpmeta>")
    doc.set_toc([[1, "Bogmaerke Bjarne", 1]])
    catalog = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, "<< /S /JavaScript /JS (app.alert('Script Sigrid')) >>")
    doc.xref_set_key(catalog, "OpenAction", f"{js} 0 R")
    launch = doc.get_new_xref()
    doc.update_object(launch, "<< /S /Launch /F (rm -rf Launch Lone) >>")
    doc.xref_set_key(page.xref, "AA", f"<< /O {launch} 0 R >>")
    thumb = doc.get_new_xref()
    doc.update_object(thumb, "<< /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 >>")
    doc.update_stream(thumb, b"\x00")
    doc.xref_set_key(page.xref, "Thumb", f"{thumb} 0 R")
    return _save(doc, path)


def clipped_text_pdf(path: Path) -> Path:
    """Text clipped to a 1 x 1 pt area (the reader sees at most a speck of its first letter), and
    text inside a clip that shows it whole."""
    doc = pymupdf.open()
    page = _page(doc)
    _append_content(
        doc,
        page,
        b"q 72 700 1 1 re W n BT /helv 11 Tf 72 700 Td (Klippet Karen 130115-4455) Tj ET Q\n"
        b"q 60 600 400 20 re W n BT /helv 11 Tf 72 605 Td (Beskaaret men synlig tekst) Tj ET Q\n",
    )
    return _save(doc, path)


HIDDEN_SECRETS = {
    # fixture builder -> (texts that must be gone, texts that must stay)
    "invisible": (
        invisible_text_pdf,
        ["Ulrik", "Usynligsen", "Gitte", "Frida", "120384", "22 33 44 55", "050505"],
        [VISIBLE],
    ),
    "white": (
        white_text_pdf,
        ["Henning", "Hvidsen", "120384", "Nanna", "22 33 44 55", "Nils"],
        [VISIBLE, "Sagen vedrører", "og intet andet.", "Lysegrå men læsbar tekst"],
    ),
    "tiny": (tiny_text_pdf, ["Lille Lise", "120384"], [VISIBLE, "Normal fodnote i 6 punkt"]),
    "outside": (outside_page_pdf, ["Udenfor", "Bodil", "Kurt", "120384", "22 33 44 55"], [VISIBLE]),
    "covered": (
        covered_text_pdf,
        ["Bent", "Oskar", "Sonja", "120384", "22 33 44 55", "050505"],
        [VISIBLE, "Hvid på blå er synlig"],
    ),
    "layer": (hidden_layer_pdf, ["Lars", "Lagesen", "120384"], [VISIBLE, "Synligt lag med tekst"]),
    "clipped": (clipped_text_pdf, ["lippet Karen", "130115-4455"], [VISIBLE, "Beskaaret men synlig tekst"]),
}


# --- what the reader sees differs from what MuPDF extracts ----------------------------------------

SPACED_CPR = "130115-4455"  # invented; a valid CPR date, so the recognizer proposes it


def _append_content(doc: pymupdf.Document, page: pymupdf.Page, content: bytes) -> None:
    """Add a raw content stream to a page (with the base-14 Helvetica as /helv)."""
    page.insert_font(fontname="helv")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, content)
    streams = " ".join(f"{x} 0 R" for x in [*page.get_contents(), xref])
    doc.xref_set_key(page.xref, "Contents", f"[{streams}]")


def letter_spaced_pdf(path: Path) -> Path:
    """A CPR number set with character spacing (Tc), the same with TJ kerning, and a letter-spaced name.

    MuPDF extracts all three with a space between every glyph (`1 3 0 1 1 5 - 4 4 5 5`).
    """
    doc = pymupdf.open()
    page = _page(doc)
    digits = " -400 ".join(f"({c})" for c in "220304-5566")
    _append_content(
        doc,
        page,
        (
            f"BT /helv 11 Tf 72 730 Td (Tc: ) Tj 4 Tc ({SPACED_CPR}) Tj 0 Tc ( og tak for brevet) Tj ET\n"
            f"BT /helv 11 Tf 72 700 Td [(TJ: ) {digits}] TJ ET\n"
            "BT /helv 11 Tf 72 670 Td (Kære ) Tj 3 Tc (Spatie Spatiesen) Tj ET\n"
        ).encode(),
    )
    return _save(doc, path)


def comb_field_pdf(path: Path) -> Path:
    """A comb form field (one digit per cell, ten cells) holding a CPR number without its dash."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 112), "CPR-nr.:", fontsize=11)
    field = pymupdf.Widget()
    field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    field.field_name = "cpr"
    field.field_value = SPACED_CPR.replace("-", "")
    field.text_maxlen = 10
    field.field_flags = 1 << 24  # Comb
    field.rect = pymupdf.Rect(130, 98, 430, 118)
    page.add_widget(field)
    return _save(doc, path)


def letter_spaced_docx(path: Path) -> Path:
    """A Word run with expanded character spacing (4 pt), as LibreOffice sets it one glyph at a time."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Borgerens CPR-nummer er ")
    run = p.add_run(SPACED_CPR)
    run._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {W_NS} w:val="80"/>'))
    p.add_run(" og sagen er lukket.")
    d.save(str(path))
    return path


# Surnames ending in ff: the layout of .txt and e-mails (MuPDF's HTML layout, HarfBuzz) and
# LibreOffice set "ff" as one ligature glyph (and "fi", "fl", "ffi" likewise).
LIGATURE_NAMES = ("Jens Hoff", "Karl Wolff", "Ruth Ruff")
LIGATURE_TEXT = (
    "Kære Jens Hoff\n\nVi har talt med Karl Wolff om det officielle flag og sagens effekt.\n\n"
    "Med venlig hilsen\nRuth Ruff\n"
)


def ligature_txt(path: Path) -> Path:
    path.write_text(LIGATURE_TEXT, encoding="utf-8")
    return path


def ligature_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    for paragraph in LIGATURE_TEXT.split("\n\n"):
        d.add_paragraph(paragraph)
    d.save(str(path))
    return path


# --- text the text layer does not tell truly ---------------------------------------------------

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian's fonts-dejavu-core (LibreOffice needs it)


def _embedded_font_text(doc: pymupdf.Document, page: pymupdf.Page, point: tuple[float, float], text: str) -> int:
    """Write `text` in an embedded TrueType font (Type0, Identity-H, with a ToUnicode CMap); its ToUnicode xref."""
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    page.insert_text(point, text, fontname="dv", fontsize=14)
    [font] = [f[0] for f in page.get_fonts() if f[4] == "dv"]
    return int(doc.xref_get_key(font, "ToUnicode")[1].split()[0])


# PyMuPDF writes DejaVu's ToUnicode as ranges; the first maps glyphs 3-0x61 to U+0020-U+007E, in
# which the digits are glyphs 0x13-0x1C.
_FIRST_RANGE = b"100 beginbfrange\n<0003> <0061> <0020>\n"


def lying_font_pdf(path: Path) -> Path:
    """A CPR number in a font whose ToUnicode maps the digits to letters: the page shows 130115-4455,
    the text layer says BDABBF-EEFF."""
    doc = pymupdf.open()
    page = _page(doc)
    cmap = _embedded_font_text(doc, page, (72, 110), f"CPR {SPACED_CPR}")
    data = doc.xref_stream(cmap) or b""
    assert _FIRST_RANGE in data
    lie = b"102 beginbfrange\n<0003> <0012> <0020>\n<0013> <001c> <0041>\n<001d> <0061> <003a>\n"
    doc.update_stream(cmap, data.replace(_FIRST_RANGE, lie))
    return _save(doc, path)


def unmapped_font_pdf(path: Path) -> Path:
    """A CPR number in a font whose digits have no Unicode mapping at all."""
    doc = pymupdf.open()
    page = _page(doc)
    cmap = _embedded_font_text(doc, page, (72, 110), f"CPR {SPACED_CPR}")
    data = doc.xref_stream(cmap) or b""
    assert _FIRST_RANGE in data
    gap = b"99 beginbfrange\n<0003> <0012> <0020>\n<001d> <0061> <003a>\n"
    doc.update_stream(cmap, data.replace(_FIRST_RANGE, gap))
    return _save(doc, path)


def pattern_text_pdf(path: Path) -> Path:
    """A rectangle filled with a tiling pattern whose cell paints a line of text (one cell, shown once)."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_font(fontname="helv")
    [helv] = [f[0] for f in page.get_fonts() if f[4] == "helv"]
    pattern = doc.get_new_xref()
    doc.update_object(
        pattern,
        f"<</PatternType 1/PaintType 1/TilingType 1/BBox[0 0 400 30]/XStep 400/YStep 30"
        f"/Resources<</Font<</helv {helv} 0 R>>>>>>",
    )
    doc.update_stream(pattern, b"BT /helv 14 Tf 4 10 Td (Moenster Mona 220304-5566) Tj ET")
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "Pattern", f"<</P1 {pattern} 0 R>>")
    _append_content(doc, page, b"q 1 0 0 1 72 700 cm /Pattern cs /P1 scn 0 0 400 30 re f Q\n")
    return _save(doc, path)


def text_in_small_image_pdf(path: Path) -> Path:
    """A page with a text layer and a small picture of a line of text (a pasted screenshot, a stamp)."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("L", (1000, 70), 255)
    ImageDraw.Draw(im).text((10, 12), "Billede Bodil CPR 220304-5566", fill=0, font=_font(ImageFont, 40))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Se vedlagte udklip:", fontsize=11)
    page.insert_image(pymupdf.Rect(72, 110, 372, 131), stream=buf.getvalue())  # 300 x 21 pt: one line
    page.insert_text((72, 160), "Teksten under billedet er synlig.", fontsize=11)
    return _save(doc, path)


# --- what a file holds besides its pages --------------------------------------------------------

PRIVATE_SECRETS = [
    "Sagsdata",
    "Privat Palle",
    "130115-4455",
    "Fotograf Frida",
    "Stamme Stig",
    "Skrift Svend",
    "Beskriver Bodil",
    "Gennemsigtig Gerda",
]


def private_keys_pdf(path: Path) -> Path:
    """Custom keys in the catalog, the page tree, a page, an image, a font, a font descriptor and a
    graphics state, and application data on an image."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Synlig sagstekst", fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (20, 120, 220))
    page.insert_image(pymupdf.Rect(72, 300, 172, 400), pixmap=pix)
    doc.xref_set_key(doc.pdf_catalog(), "Sagsdata", "<</Borger (Privat Palle) /CPR (130115-4455)>>")
    doc.xref_set_key(page.xref, "Sagsdata", "(Privat Palle 130115-4455)")
    parent = int(doc.xref_get_key(page.xref, "Parent")[1].split()[0])
    doc.xref_set_key(parent, "Sagsdata", "(Stamme Stig)")
    [image] = [x for x, *_ in page.get_images()]
    doc.xref_set_key(image, "Fotograf", "(Fotograf Frida)")
    doc.xref_set_key(image, "PieceInfo", "<</Redact <</Private (Privat Palle)>>>>")
    # The resources a page points to: a font, its descriptor and a graphics state.
    [font] = [x for x, *_ in page.get_fonts()]
    doc.xref_set_key(font, "Sagsdata", "(Skrift Svend 130115-4455)")
    descriptor = doc.get_new_xref()
    doc.update_object(descriptor, "<</Type/FontDescriptor/FontName/Helvetica/Flags 32/Noter(Beskriver Bodil)>>")
    doc.xref_set_key(font, "FontDescriptor", f"{descriptor} 0 R")
    state = doc.get_new_xref()
    doc.update_object(state, "<</Type/ExtGState/ca 0.5/Sagsdata(Gennemsigtig Gerda)>>")
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "ExtGState", f"<</GS9 {state} 0 R>>")
    last = page.get_contents()[-1]
    doc.update_stream(last, (doc.xref_stream(last) or b"") + b"\nq /GS9 gs 0.8 g 72 400 100 20 re f Q\n")
    return _save(doc, path)


# Private keys in dictionaries written inline (direct objects), one secret per place: the
# dictionaries a page, the catalog or the trailer hold inside themselves, not as objects of their own.
INLINE_PLACES = {
    "font": "Skrift Sonja",  # an inline font in inline page resources, used by the page
    "graphics_state": "Tilstand Tove",  # an inline graphics state, used
    "properties": "Egenskab Erik",  # an inline layer in the resources' /Properties, used by marked content
    "resources": "Ressource Rasmus",  # the inline resources dictionary itself
    "color_space": "Farve Frans",  # a dictionary inside a colour space array, used
    "page_group": "Gruppe Gunnar",  # the page's inline transparency group
    "annotation": "Note Nina",  # an annotation written inline in the page's /Annots
    "form_resources": "Formular Folmer",  # the inline resources of a form XObject drawn on the page
    "layers": "Lag Lis",  # the catalog's inline /OCProperties, its default view and an inline layer in an array
    "info": "Info Inge",  # an inline /Info dictionary in the trailer
}


def inline_private_keys_pdf(path: Path, places: tuple[str, ...] = tuple(INLINE_PLACES)) -> Path:
    """Custom keys in inline dictionaries at `places` (keys of `INLINE_PLACES`), each holding its
    secret and the invented CPR number 130115-4455 (`everything_in` then finds either)."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 100), "Synlig sagstekst", fontsize=11)

    def secret(place: str) -> str:
        return f"/Sagsdata ({INLINE_PLACES[place]} 130115-4455)" if place in places else ""

    form = doc.get_new_xref()
    doc.update_object(
        form,
        "<</Type/XObject/Subtype/Form/BBox[0 0 100 20]/Resources<</Font<</F2<</Type/Font/Subtype/Type1"
        f"/BaseFont/Helvetica>>>>{secret('form_resources')}>>>>",
    )
    doc.update_stream(form, b"BT /F2 10 Tf 2 5 Td (Formular) Tj ET")
    doc.xref_set_key(
        page.xref,
        "Resources",
        "<<"
        f"/Font<</helv {page.get_fonts()[0][0]} 0 R/F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica{secret('font')}>>>>"
        f"/ExtGState<</GS1<</Type/ExtGState/ca 0.9{secret('graphics_state')}>>>>"
        f"/Properties<</MC0<</Type/OCG/Name(Lag 1){secret('properties')}>>>>"
        f"/ColorSpace<</CS0[/CalRGB<</WhitePoint[0.9505 1 1.089]{secret('color_space')}>>]>>"
        f"/XObject<</Fm0 {form} 0 R>>"
        f"{secret('resources')}>>",
    )
    if "page_group" in places:
        doc.xref_set_key(page.xref, "Group", f"<</S/Transparency/CS/DeviceRGB{secret('page_group')}>>")
    if "annotation" in places:
        doc.xref_set_key(page.xref, "Annots", f"[<</Type/Annot/Subtype/Text/Rect[20 20 40 40]{secret('annotation')}>>]")
    catalog = doc.pdf_catalog()
    if "layers" in places:
        doc.xref_set_key(
            catalog,
            "OCProperties",
            f"<</OCGs[[<</Type/OCG/Name(Lag 2){secret('layers')}>>]]"
            f"/D<</Order[]{secret('layers')}>>{secret('layers')}>>",
        )
    # No producer entry of MuPDF's own (PyMuPDF keeps it in the catalog): only the keys placed here are private.
    pymupdf.mupdf.pdf_dict_dels(pymupdf.mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), catalog), "Info")
    if "info" in places:
        doc.xref_set_key(-1, "Info", f"<<{secret('info')}>>")
    last = page.get_contents()[-1]
    drawing = (
        b"\nq /GS1 gs BT /F1 12 Tf 72 300 Td (Brugt skrift) Tj ET Q"
        b"\nq /CS0 cs 0.2 0.4 0.6 sc 72 320 40 10 re f Q"
        b"\n/OC /MC0 BDC 0 0 1 rg 72 340 40 10 re f EMC"
        b"\nq 1 0 0 1 72 360 cm /Fm0 Do Q\n"
    )
    doc.update_stream(last, (doc.xref_stream(last) or b"") + drawing)
    doc.save(path, garbage=1)  # without the page's first resources, which nothing uses any more
    doc.close()
    return path


EXIF_SECRETS = ["Exif Elna", "Fotograf Frede", "Kommentar Kamma", "22 33 44 55"]


def exif_jpeg(path: Path) -> Path:
    """A photo of a sign with EXIF (description, artist) and a JPEG comment segment."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (900, 200), "white")
    ImageDraw.Draw(im).text((20, 60), "Vejarbejde", fill="black", font=_font(ImageFont, 60))
    exif = Image.Exif()
    exif[0x010E] = "Exif Elna 130115-4455"  # ImageDescription
    exif[0x013B] = "Fotograf Frede"  # Artist
    im.save(path, format="JPEG", exif=exif.tobytes(), comment=b"Kommentar Kamma 22 33 44 55")
    return path


JPX_SECRETS = ["Kommentar Kirsten", "Fotograf Frode", "Exif Esther", "30 40 50 60"]


def _jp2_box(kind: bytes, content: bytes) -> bytes:
    return (len(content) + 8).to_bytes(4, "big") + kind + content


def jpx_photo(bare_codestream: bool = False) -> bytes:
    """A JPEG 2000 picture of a sign, in tiles, with a comment in its codestream and, as a JP2 file,
    an XMP (`xml `) and an EXIF (`uuid`) box, as cameras and scanners write them."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (600, 160), "white")
    ImageDraw.Draw(im).text((20, 40), "Vejarbejde", fill="black", font=_font(ImageFont, 60))
    buf = io.BytesIO()
    im.save(
        buf, format="JPEG2000", comment=b"Kommentar Kirsten 30 40 50 60", tile_size=(256, 128), no_jp2=bare_codestream
    )
    if bare_codestream:
        return buf.getvalue()
    xmp = b"<x:xmpmeta><dc:creator>Fotograf Frode</dc:creator></x:xmpmeta>"
    return buf.getvalue() + _jp2_box(b"xml ", xmp) + _jp2_box(b"uuid", bytes(16) + b"Exif Esther")


def jpx_in_pdf(path: Path) -> Path:
    """A PDF with a JP2 picture and a bare JPEG 2000 codestream, both copied in as they are (MuPDF
    and most producers do), with their comments and metadata boxes."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 60), "Billeder fra vejen", fontsize=11)
    page.insert_image(pymupdf.Rect(72, 100, 522, 220), stream=jpx_photo())
    page.insert_image(pymupdf.Rect(72, 300, 522, 420), stream=jpx_photo(bare_codestream=True))
    return _save(doc, path)


def exif_in_pdf(path: Path) -> Path:
    """A PDF whose JPEG (copied in as it is, as MuPDF and most producers do) keeps EXIF and a comment."""
    photo = exif_jpeg(path.with_suffix(".jpg"))
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_image(pymupdf.Rect(72, 300, 522, 400), stream=photo.read_bytes())
    photo.unlink()
    return _save(doc, path)


# --- broken PDFs ---------------------------------------------------------------------------------


def text_pdf(path: Path, pages: int = 3) -> Path:
    doc = pymupdf.open()
    for i in range(pages):
        page = _page(doc)
        page.insert_text((72, 100), f"Side {i + 1}: CPR 120384-1234", fontsize=11)
    return _save(doc, path)


def encrypted_pdf(path: Path, user_password: str = "hemmelig") -> Path:
    doc = pymupdf.open()
    _page(doc).insert_text((72, 100), "CPR 120384-1234", fontsize=11)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_password, owner_pw="ejer")
    doc.close()
    return path


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    return path


def truncated_pdf(path: Path, keep: float = 0.5) -> Path:
    doc = pymupdf.open()
    for i in range(6):
        _page(doc).insert_text((72, 100), f"Side {i + 1}: CPR 120384-1234", fontsize=11)
    data = doc.tobytes(garbage=0, deflate=False)
    doc.close()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def zero_page_pdf(path: Path) -> Path:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return path


def not_a_pdf(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 this is a zip pretending to be a PDF")
    return path


def huge_page_pdf(path: Path, side: float = 14400) -> Path:
    """The largest page PDF allows (200 x 200 inches), text in a corner and in the middle."""
    doc = pymupdf.open()
    page = doc.new_page(width=side, height=side)
    page.insert_text((72, 72), VISIBLE, fontsize=11)
    page.insert_text((side / 2, side / 2), "Midt på siden: CPR 120384-1234", fontsize=11)
    page.insert_text((side / 2, side / 2 + 30), "Hvid kæmpe Kaj 22 33 44 55", fontsize=11, color=(1, 1, 1))
    return _save(doc, path)


ROTATIONS = (0, 90, 180, 270)


def rotated_pdf(path: Path) -> Path:
    """One page per rotation, each set upright for the reader by /Rotate plus rotated text."""
    doc = pymupdf.open()
    for rotation in ROTATIONS:
        page = doc.new_page(width=595, height=842)
        page.set_rotation(rotation)
        # Text written upright in the displayed page: insert_text's `rotate` turns it back.
        for y, line in ((72, f"Side drejet {rotation} grader"), (100, f"CPR 120384-{1000 + rotation}"), (128, "Slut")):
            point = pymupdf.Point(72, y) * page.derotation_matrix
            page.insert_text(point, line, fontsize=12, rotate=rotation)
    return _save(doc, path)


def rotated_scan_pdf(path: Path) -> Path:
    """Scanned pages stored sideways or upside down and set upright by /Rotate, as scanners do."""
    doc = pymupdf.open()
    for rotation in ROTATIONS:
        shown = pymupdf.open()
        width, height = (842, 595) if rotation in (90, 270) else (595, 842)
        sheet = shown.new_page(width=width, height=height)
        sheet.insert_text((72, 90), f"Skannet side drejet {rotation}", fontsize=16)
        sheet.insert_text((72, 130), f"CPR 120384-{2000 + rotation}", fontsize=16)
        pix = sheet.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        page = doc.new_page(width=595, height=842)
        page.set_rotation(rotation)
        page.insert_image(page.rect * page.derotation_matrix, pixmap=pix, rotate=rotation)
    return _save(doc, path)


def scan_pdf(path: Path, pages: int, line: str = "Side {n}: CPR 120384-1234") -> Path:
    """An image-only scan, cheap: every page a small one-line picture (the same size as the page)."""
    from PIL import Image, ImageDraw, ImageFont

    doc = pymupdf.open()
    font = _font(ImageFont, 28)
    for n in range(1, pages + 1):
        im = Image.new("L", (900, 60), 255)
        ImageDraw.Draw(im).text((12, 12), line.format(n=n), fill=0, font=font)
        buf = io.BytesIO()
        im.save(buf, format="PNG")
        page = doc.new_page(width=324, height=21.6)  # 900 x 60 px at 200 dpi
        page.insert_image(page.rect, stream=buf.getvalue())
    return _save(doc, path)


def _font(image_font: object, size: int) -> object:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return image_font.truetype(name, size)  # type: ignore[attr-defined]
        except OSError:
            continue
    return image_font.load_default()  # type: ignore[attr-defined]


# --- Word ----------------------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def hostile_docx(path: Path) -> Path:
    """Tracked changes, a comment, hidden text (direct and by style), white text, header and footer, properties."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Sidehoved: journal 77"
    d.sections[0].footer.paragraphs[0].text = "Sidefod: Borgerservice"
    d.add_paragraph("Notat om sagen. Synlig tekst.")
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve">Ændret afsnit: </w:t></w:r>'))
    p._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="91" w:author="Rita Revisor" w:date="2024-03-01T10:00:00Z">'
            "<w:r><w:delText>Slettet Svend 120384-1234 </w:delText></w:r></w:del>"
        )
    )
    p._p.append(
        parse_xml(
            f'<w:ins {W_NS} w:id="92" w:author="Rita Revisor" w:date="2024-03-01T10:00:00Z">'
            "<w:r><w:t>Indsat Ivan 22 33 44 55</w:t></w:r></w:ins>"
        )
    )
    p = d.add_paragraph()
    p._p.append(parse_xml(f"<w:r {W_NS}><w:rPr><w:vanish/></w:rPr><w:t>Skjult Helga 050505-0505</w:t></w:r>"))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> synlig efter skjult.</w:t></w:r>'))
    style = d.styles.add_style("Skjultstil", 2)  # a character style that hides its text
    style.font.hidden = True
    d.add_paragraph().add_run("Stilskjult Stine 121212-1212", style="Skjultstil")
    run = d.add_paragraph().add_run("Hvid Hanne 31 32 33 34")
    run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    commented = d.add_paragraph("Afsnit med kommentar.")
    d.add_comment(commented.runs[0], text="Kommentar om Karen Kommentarsen 101010-1010", author="KK", initials="KK")
    d.core_properties.author = "Egenskab Erik"
    d.core_properties.title = "Titel om Tove Titelsen"
    d.core_properties.comments = "Egenskabskommentar Carl"
    d.save(str(path))
    _add_custom_property(path, "Sagspart", "Brugerdefineret Bettina")
    _set_revision_view_final(path)
    return path


def _add_custom_property(path: Path, name: str, value: str) -> None:
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    )
    _rewrite_zip(path, {"docProps/custom.xml": custom.encode()})


def _set_revision_view_final(path: Path) -> None:
    """Ask Word (and LibreOffice) to show the final text: deleted text would vanish from the PDF."""
    with zipfile.ZipFile(path) as z:
        settings = z.read("word/settings.xml")
    marker = b"<w:defaultTabStop"
    view = b'<w:revisionView w:markup="0" w:insDel="0"/>'
    _rewrite_zip(path, {"word/settings.xml": settings.replace(marker, view + marker, 1)})


def _rewrite_zip(path: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    names = {i.filename for i, _ in items}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            out.writestr(info, replace.get(info.filename, data))
        for name, data in replace.items():
            if name not in names:
                out.writestr(name, data)


# --- e-mail --------------------------------------------------------------------------------------


def alternative_eml(path: Path) -> Path:
    """A plain part and an HTML part that says more, with hidden and white text in the HTML."""
    msg = EmailMessage()
    msg["From"] = "Afsender Anker <anker@example.com>"
    msg["To"] = "post@kommune.example"
    msg["Subject"] = "Klage"
    msg["Date"] = "Thu, 14 Mar 2024 09:12:00 +0100"
    msg.set_content("Hej\n\nJeg klager over afgørelsen.\n")
    msg.add_alternative(
        "<html><head><style>.x{color:red}</style></head><body>"
        "<p>Hej</p><p>Jeg klager over afgørelsen.</p>"
        "<p>Kun i HTML: min nabo Nanna Naboesen har CPR 120384-1234.</p>"
        "<div style='display:none'>Skjult forhåndsvisning Preben 22 33 44 55</div>"
        "<p style='color:#ffffff'>Hvid mailtekst Wilma 050505-0505</p>"
        "</body></html>",
        subtype="html",
    )
    msg.add_attachment(
        b"MZ\x00\x00Binaer Bodil", maintype="application", subtype="octet-stream", filename="program.exe"
    )
    msg.add_attachment("Indlejret tekst om Tekla 31 32 33 34\n", subtype="plain", disposition="inline")
    path.write_bytes(bytes(msg))
    return path
