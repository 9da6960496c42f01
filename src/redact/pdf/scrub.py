"""What a released file keeps besides what a reader sees: nothing we do not know.

`Document.scrub()` removes the metadata, attachments and scripts MuPDF knows of, but a producer
can put anything in a dictionary (`/Sagsdata` in the catalog or a page, `/PieceInfo` on an
image), and a JPEG keeps its EXIF data (author, camera, GPS, a thumbnail) and comment segments
when MuPDF copies it into a PDF or leaves an image as it was. So the export keeps only the keys a
viewer needs in the document's structure (a whitelist per kind of dictionary) and rewrites every
JPEG without its metadata segments; `leftovers` finds anything of either kind in a written file,
and the verification fails on it.
"""

from __future__ import annotations

import pymupdf

from redact.pdf.jpx import has_jpx_metadata, jpx_without_metadata

# Keys a viewer needs, per kind of dictionary; everything else goes.
CATALOG_KEYS = frozenset({"Type", "Pages", "Version", "Extensions", "PageLayout", "PageMode", "OCProperties", "Lang"})
PAGE_TREE_KEYS = frozenset({"Type", "Kids", "Count", "Parent", "Resources", "MediaBox", "CropBox", "Rotate"})
PAGE_KEYS = frozenset(
    {
        "Type",
        "Parent",
        "Resources",
        "MediaBox",
        "CropBox",
        "BleedBox",
        "TrimBox",
        "ArtBox",
        "Contents",
        "Rotate",
        "Group",
        "UserUnit",
        "Annots",  # emptied by the export; verified to hold no annotation
        "Tabs",
    }
)
_STREAM = frozenset({"Length", "Filter", "DecodeParms"})
IMAGE_KEYS = _STREAM | {
    "Type",
    "Subtype",
    "Width",
    "Height",
    "ColorSpace",
    "BitsPerComponent",
    "Decode",
    "Interpolate",
    "ImageMask",
    "Mask",
    "SMask",
    "SMaskInData",
    "Intent",
    "Matte",
    "OC",
}
FORM_KEYS = _STREAM | {"Type", "Subtype", "FormType", "BBox", "Matrix", "Resources", "Group", "OC"}
# The dictionaries a page's resources point to, told apart by their /Type (ISO 32000-2, 9.6-9.8,
# 8.4.5, 8.7, 8.11, 11.6.5): a producer's own key on a font is as private as one on a page.
FONT_KEYS = _STREAM | {
    "Type",
    "Subtype",
    "Name",
    "BaseFont",
    "FirstChar",
    "LastChar",
    "Widths",
    "FontDescriptor",
    "Encoding",
    "ToUnicode",
    "DescendantFonts",
    "CIDSystemInfo",
    "DW",
    "W",
    "DW2",
    "W2",
    "CIDToGIDMap",
    "FontBBox",
    "FontMatrix",
    "CharProcs",
    "Resources",
}
FONT_DESCRIPTOR_KEYS = frozenset(
    {
        "Type",
        "FontName",
        "FontFamily",
        "FontStretch",
        "FontWeight",
        "Flags",
        "FontBBox",
        "ItalicAngle",
        "Ascent",
        "Descent",
        "Leading",
        "CapHeight",
        "XHeight",
        "StemV",
        "StemH",
        "AvgWidth",
        "MaxWidth",
        "MissingWidth",
        "FontFile",
        "FontFile2",
        "FontFile3",
        "CharSet",
        "Style",
        "Lang",
        "FD",
        "CIDSet",
    }
)
EXT_G_STATE_KEYS = frozenset(
    {
        "Type",
        "LW",
        "LC",
        "LJ",
        "ML",
        "D",
        "RI",
        "OP",
        "op",
        "OPM",
        "Font",
        "BG",
        "BG2",
        "UCR",
        "UCR2",
        "TR",
        "TR2",
        "HT",
        "HTO",
        "FL",
        "SM",
        "SA",
        "BM",
        "SMask",
        "CA",
        "ca",
        "AIS",
        "TK",
        "UseBlackPtComp",
    }
)
ENCODING_KEYS = frozenset({"Type", "BaseEncoding", "Differences"})
PATTERN_KEYS = _STREAM | {
    "Type",
    "PatternType",
    "PaintType",
    "TilingType",
    "BBox",
    "XStep",
    "YStep",
    "Resources",
    "Matrix",
    "Shading",
    "ExtGState",
}
MASK_KEYS = frozenset({"Type", "S", "G", "BC", "TR"})
GROUP_KEYS = frozenset({"Type", "S", "CS", "I", "K"})
CMAP_KEYS = _STREAM | {"Type", "CMapName", "CIDSystemInfo", "WMode", "UseCMap"}
OCMD_KEYS = frozenset({"Type", "OCGs", "P", "VE"})
BY_TYPE = {
    "/Font": FONT_KEYS,
    "/FontDescriptor": FONT_DESCRIPTOR_KEYS,
    "/ExtGState": EXT_G_STATE_KEYS,
    "/Encoding": ENCODING_KEYS,
    "/Pattern": PATTERN_KEYS,
    "/Mask": MASK_KEYS,
    "/Group": GROUP_KEYS,
    "/CMap": CMAP_KEYS,
    "/OCMD": OCMD_KEYS,
}

# JPEG segments that carry no picture: APP0-APP13 and APP15 (JFIF with its thumbnail, EXIF, XMP,
# ICC, Photoshop IRB ...) and COM. APP14 (Adobe) stays: it says how to read the colours.
_DROP_SEGMENTS = frozenset({*range(0xE0, 0xEE), 0xEF, 0xFE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def _kind(doc: pymupdf.Document, xref: int, catalog: int) -> frozenset[str] | None:
    """The whitelist for the dictionary of `xref`, or None when it is not one we vet."""
    if xref == catalog:
        return CATALOG_KEYS
    kind = doc.xref_get_key(xref, "Type")[1]
    if kind == "/Page":
        return PAGE_KEYS
    if kind == "/Pages":
        return PAGE_TREE_KEYS
    if kind in BY_TYPE:
        return BY_TYPE[kind]
    subtype = doc.xref_get_key(xref, "Subtype")[1]
    if subtype == "/Image" and (kind in ("/XObject", "null")):
        return IMAGE_KEYS
    if subtype == "/Form" and kind in ("/XObject", "null") and doc.xref_is_stream(xref):
        return FORM_KEYS
    return None


def _unknown_keys(doc: pymupdf.Document, xref: int, catalog: int) -> list[str]:
    allowed = _kind(doc, xref, catalog)
    if allowed is None:
        return []
    return [k for k in doc.xref_get_keys(xref) if k not in allowed]


# Keys that only ever carry data about the file, wherever they stand (fonts, resources, groups ...).
PRIVATE_ANYWHERE = ("Metadata", "PieceInfo", "LastModified")


def remove_unknown_keys(doc: pymupdf.Document) -> int:
    """Drop every key a viewer does not need from the catalog, the page tree, pages, XObjects and the
    typed resources (fonts, font descriptors, graphics states, patterns ...), and metadata streams
    and private application data from every other dictionary."""
    catalog = doc.pdf_catalog()
    removed = 0
    for xref in range(1, doc.xref_length()):
        allowed = _kind(doc, xref, catalog)  # once per object: an export has hundreds of them
        if allowed is None:
            unknown = [k for k in PRIVATE_ANYWHERE if doc.xref_get_key(xref, k)[0] != "null"]
        else:
            unknown = [k for k in doc.xref_get_keys(xref) if k not in allowed]
        for key in unknown:
            _delete_key(doc, xref, key)
            removed += 1
    return removed


def _delete_key(doc: pymupdf.Document, xref: int, key: str) -> None:
    """Take the key out of the dictionary (setting it to null would leave its name in the file)."""
    m = pymupdf.mupdf
    obj = m.pdf_load_object(pymupdf._as_pdf_document(doc), xref)
    m.pdf_dict_dels(obj, key)


def _images(doc: pymupdf.Document, codec: str) -> list[int]:
    """Images whose only filter is `codec` (`/DCTDecode`, `/JPXDecode`)."""
    return _images_by_codec(doc).get(codec, [])


def _images_by_codec(doc: pymupdf.Document) -> dict[str, list[int]]:
    """Every image by its filter's value (`/DCTDecode`, or an array `[/FlateDecode /DCTDecode]`),
    from one pass over the objects: the filter is only asked of images."""
    found: dict[str, list[int]] = {}
    for x in range(1, doc.xref_length()):
        if doc.xref_get_key(x, "Subtype")[1] == "/Image":
            found.setdefault(doc.xref_get_key(x, "Filter")[1], []).append(x)
    return found


def _chained_codecs(doc: pymupdf.Document) -> list[int]:
    """Images whose JPEG or JPEG 2000 data sits under another filter (`[/FlateDecode /DCTDecode]`):
    rare, and not rewritten, so the verification refuses them rather than trust them."""
    return [
        x
        for x in range(1, doc.xref_length())
        if doc.xref_get_key(x, "Subtype")[1] == "/Image"
        and doc.xref_get_key(x, "Filter")[0] == "array"
        and any(c in doc.xref_get_key(x, "Filter")[1] for c in ("/DCTDecode", "/JPXDecode"))
    ]


def _jpegs(doc: pymupdf.Document) -> list[int]:
    return _images(doc, "/DCTDecode")


def jpeg_without_metadata(data: bytes) -> bytes | None:
    """The JPEG without its metadata segments and without anything after its end; None if it is not a JPEG."""
    if data[:2] != b"\xff\xd8":
        return None
    out = [data[:2]]
    i, n = 2, len(data)
    while i + 1 < n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:  # end of image: what follows is not part of it
            out.append(data[i : i + 2])
            return b"".join(out)
        if marker in _STANDALONE:
            out.append(data[i : i + 2])
            i += 2
            continue
        if i + 4 > n:
            return None
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if end > n:
            return None
        if marker not in _DROP_SEGMENTS:
            out.append(data[i:end])
        i = end
        if marker == 0xDA:  # a scan: entropy-coded data up to the next marker that is not a restart
            j = i
            while j + 1 < n and not (data[j] == 0xFF and data[j + 1] not in (0x00, 0xFF, *range(0xD0, 0xD8))):
                j += 1
            out.append(data[i:j])
            i = j
    out.append(b"\xff\xd9")
    return b"".join(out)


def has_jpeg_metadata(data: bytes) -> bool:
    stripped = jpeg_without_metadata(data)
    return stripped is None or stripped != data


def strip_image_metadata(doc: pymupdf.Document) -> int:
    """Rewrite every JPEG and JPEG 2000 image of the document without its metadata segments and
    boxes (the picture is not re-compressed)."""
    changed = 0
    images = _images_by_codec(doc)
    for codec, xref in [(c, x) for c in ("/DCTDecode", "/JPXDecode") for x in images.get(c, [])]:
        data = doc.xref_stream_raw(xref) or b""
        stripped = jpeg_without_metadata(data) if codec == "/DCTDecode" else jpx_without_metadata(data)
        if stripped is None or stripped == data:
            continue
        params = doc.xref_get_key(xref, "DecodeParms")
        doc.update_stream(xref, stripped, compress=False)  # MuPDF drops /Filter for an uncompressed stream
        doc.xref_set_key(xref, "Filter", codec)
        if params[0] != "null":
            doc.xref_set_key(xref, "DecodeParms", params[1])
        changed += 1
    return changed


def leftovers(doc: pymupdf.Document) -> list[str]:
    """Danish lines for what a released file must not hold besides its pages: keys we do not know in
    its structure, and JPEG or JPEG 2000 metadata (or such an image we cannot read to be sure)."""
    problems: list[str] = []
    catalog = doc.pdf_catalog()
    keys = sorted(
        {k for x in range(1, doc.xref_length()) for k in _unknown_keys(doc, x, catalog)}
        | {k for x in range(1, doc.xref_length()) for k in PRIVATE_ANYWHERE if doc.xref_get_key(x, k)[0] != "null"}
    )
    if keys:
        problems.append("ukendte nøgler tilbage i filens struktur: " + ", ".join(keys[:8]))
    for xref in _jpegs(doc):
        if has_jpeg_metadata(doc.xref_stream_raw(xref) or b""):
            problems.append("billedmetadata (EXIF, kommentarer) tilbage i et JPEG-billede")
            break
    for xref in _images(doc, "/JPXDecode"):
        if has_jpx_metadata(doc.xref_stream_raw(xref) or b""):
            problems.append("billedmetadata (XMP, kommentarer) tilbage i et JPEG 2000-billede")
            break
    if _chained_codecs(doc):
        problems.append("et JPEG-billede bag et ekstra filter kan ikke kontrolleres for metadata")
    return problems
