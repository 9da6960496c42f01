"""What a released file keeps besides what a reader sees: nothing we do not know.

`Document.scrub()` removes the metadata, attachments and scripts MuPDF knows of, but a producer
can put anything in a dictionary (`/Sagsdata` in the catalog or a page, `/PieceInfo` on an
image), and a JPEG keeps its EXIF data (author, camera, GPS, a thumbnail) and comment segments
when MuPDF copies it into a PDF or leaves an image as it was. So the export keeps only the keys a
viewer needs in the document's structure (a whitelist per kind of dictionary) and rewrites every
JPEG without its metadata segments; `leftovers` finds anything of either kind in a written file,
and the verification fails on it.

A dictionary need not be an object of its own: a page's resources, the fonts in them, a page's
group, an annotation, the catalog's layers or the trailer's /Info can be written inline. So one walk
goes from the trailer along every reference and into every inline dictionary and array, and judges
each dictionary by its /Type (an XObject by its /Subtype) or, when it has none, by where it stands
(the value of a page's /Resources is a resources dictionary, the values of its /Font are fonts).
A dictionary that tells neither keeps only keys the standard defines for some dictionary of a page.
The same walk finds the content streams, whose own dictionaries `content_dicts` cleans.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pymupdf

from redact.pdf.content_dicts import content_keys_left, remove_content_keys
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
OCG_KEYS = frozenset({"Type", "Name", "Intent", "Usage"})
OC_PROPERTIES_KEYS = frozenset({"OCGs", "D", "Configs"})
# Not a configuration's /Name or /Creator: free text a viewer lists, which may name a person.
OC_CONFIG_KEYS = frozenset({"BaseState", "ON", "OFF", "Intent", "AS", "Order", "ListMode", "RBGroups", "Locked"})
# The only layer name a release keeps (`layers.remove_hidden_layer_paint` gives every layer one).
NEUTRAL_LAYER_NAME = re.compile(r"Lag \d+")
RESOURCES_KEYS = frozenset(
    {"ExtGState", "ColorSpace", "Pattern", "Shading", "XObject", "Font", "ProcSet", "Properties"}
)
SHADING_KEYS = _STREAM | {
    "Type",
    "ShadingType",
    "ColorSpace",
    "Background",
    "BBox",
    "AntiAlias",
    "Coords",
    "Domain",
    "Function",
    "Extend",
    "Decode",
    "Matrix",
    "BitsPerCoordinate",
    "BitsPerComponent",
    "BitsPerFlag",
    "VerticesPerRow",
}
FUNCTION_KEYS = _STREAM | {
    "FunctionType",
    "Domain",
    "Range",
    "Size",
    "BitsPerSample",
    "Order",
    "Encode",
    "Decode",
    "C0",
    "C1",
    "N",
    "Functions",
    "Bounds",
}
# What the arrays of colour spaces hold besides names: ICC profiles, CIE parameters, DeviceN attributes.
COLOR_SPACE_KEYS = FUNCTION_KEYS | {
    "N",
    "Alternate",
    "Range",
    "WhitePoint",
    "BlackPoint",
    "Gamma",
    "Matrix",
    "Subtype",
    "Colorants",
    "Process",
    "ColorSpace",
    "Components",
    "MixingHints",
}
STREAM_KEYS = _STREAM | {"DL"}
# MuPDF's cleaning of content streams (`save(clean=True)`) leaves `/Resources null` on a page's contents.
CONTENTS_KEYS = STREAM_KEYS | {"Resources"}
FONT_FILE_KEYS = STREAM_KEYS | {"Length1", "Length2", "Length3", "Subtype"}
DECODE_PARMS_KEYS = frozenset(
    {
        "Predictor",
        "Colors",
        "BitsPerComponent",
        "Columns",
        "EarlyChange",
        "K",
        "EndOfLine",
        "EncodedByteAlign",
        "Rows",
        "EndOfBlock",
        "BlackIs1",
        "DamagedRowsBeforeError",
        "ColorTransform",
        "JBIG2Globals",
    }
)
TRAILER_KEYS = frozenset({"Size", "Root", "ID", "Prev", "XRefStm"})  # no /Info: the export keeps no metadata


@dataclass(frozen=True, eq=False)
class _Kind:
    """A kind of dictionary: the keys a viewer needs, and the kind of the dictionaries under some of
    them. A map (`values` set) is a dictionary whose keys the producer names (`/F1`, `/Im0`)."""

    keys: frozenset[str]
    children: Mapping[str, str] = field(default_factory=dict)
    values: str | None = None


def _stream(keys: frozenset[str], **children: str) -> _Kind:
    return _Kind(keys, {"DecodeParms": "decode_parms", **children})


_MAP = frozenset[str]()
_KINDS: dict[str, _Kind] = {
    "trailer": _Kind(TRAILER_KEYS, {"Root": "catalog"}),
    "catalog": _Kind(CATALOG_KEYS, {"Pages": "pages", "OCProperties": "oc_properties", "Extensions": "extensions"}),
    "extensions": _Kind(_MAP, values="generic"),
    "pages": _Kind(PAGE_TREE_KEYS, {"Resources": "resources"}),
    "page": _Kind(PAGE_KEYS, {"Resources": "resources", "Group": "group", "Contents": "contents"}),
    "resources": _Kind(
        RESOURCES_KEYS,
        {
            "Font": "font_map",
            "ExtGState": "ext_g_state_map",
            "Pattern": "pattern_map",
            "Shading": "shading_map",
            "XObject": "xobject_map",
            "ColorSpace": "color_space_map",
            "Properties": "properties_map",
        },
    ),
    "font_map": _Kind(_MAP, values="font"),
    "ext_g_state_map": _Kind(_MAP, values="ext_g_state"),
    "pattern_map": _Kind(_MAP, values="pattern"),
    "shading_map": _Kind(_MAP, values="shading"),
    "xobject_map": _Kind(_MAP, values="xobject"),
    "color_space_map": _Kind(_MAP, values="color_space"),
    "properties_map": _Kind(_MAP, values="generic"),  # layers by their /Type; marked-content property lists
    "char_procs": _Kind(_MAP, values="char_proc"),
    "char_proc": _stream(STREAM_KEYS),
    "font_descriptor_map": _Kind(_MAP, values="font_descriptor"),
    "font": _stream(
        FONT_KEYS,
        FontDescriptor="font_descriptor",
        Encoding="encoding",
        ToUnicode="cmap",
        CIDSystemInfo="cid_system_info",
        CharProcs="char_procs",
        Resources="resources",
        CIDToGIDMap="stream",
    ),
    "font_descriptor": _Kind(
        FONT_DESCRIPTOR_KEYS,
        {
            "FontFile": "font_file",
            "FontFile2": "font_file",
            "FontFile3": "font_file",
            "CIDSet": "stream",
            "FD": "font_descriptor_map",
        },
    ),
    "font_file": _stream(FONT_FILE_KEYS),
    "cid_system_info": _Kind(frozenset({"Registry", "Ordering", "Supplement"})),
    "encoding": _Kind(ENCODING_KEYS),
    "cmap": _stream(CMAP_KEYS, UseCMap="cmap", CIDSystemInfo="cid_system_info"),
    "ext_g_state": _Kind(
        EXT_G_STATE_KEYS,
        {
            "SMask": "mask",
            "TR": "function",
            "TR2": "function",
            "BG": "function",
            "BG2": "function",
            "UCR": "function",
            "UCR2": "function",
        },
    ),
    "mask": _Kind(MASK_KEYS, {"G": "form", "TR": "function"}),
    "group": _Kind(GROUP_KEYS, {"CS": "color_space"}),
    "pattern": _stream(PATTERN_KEYS, Resources="resources", Shading="shading", ExtGState="ext_g_state"),
    "shading": _stream(SHADING_KEYS, Function="function", ColorSpace="color_space"),
    "function": _stream(FUNCTION_KEYS, Functions="function"),
    "color_space": _stream(
        COLOR_SPACE_KEYS, Alternate="color_space", Colorants="color_space_map", Functions="function"
    ),
    "image": _stream(IMAGE_KEYS, SMask="image", Mask="image", ColorSpace="color_space"),
    "form": _stream(FORM_KEYS, Resources="resources", Group="group"),
    "stream": _stream(STREAM_KEYS),
    "contents": _stream(CONTENTS_KEYS),
    "decode_parms": _Kind(DECODE_PARMS_KEYS, {"JBIG2Globals": "stream"}),
    "oc_properties": _Kind(OC_PROPERTIES_KEYS, {"D": "oc_config", "Configs": "oc_config"}),
    "oc_config": _Kind(OC_CONFIG_KEYS),
    "ocg": _Kind(OCG_KEYS),
    "ocmd": _Kind(OCMD_KEYS),
}
# The dictionaries that say what they are (ISO 32000-2, 7.7, 8.4.5, 8.7, 8.11, 9.6-9.8, 11.6.5).
_BY_TYPE = {
    "Catalog": "catalog",
    "Pages": "pages",
    "Page": "page",
    "Font": "font",
    "FontDescriptor": "font_descriptor",
    "ExtGState": "ext_g_state",
    "Encoding": "encoding",
    "Pattern": "pattern",
    "Shading": "shading",
    "Mask": "mask",
    "Group": "group",
    "CMap": "cmap",
    "OCG": "ocg",
    "OCMD": "ocmd",
}
# A dictionary whose kind neither its place nor its /Type tells (a marked-content property list, a
# halftone, an optional-content usage): only keys the standard defines for some dictionary of a page,
# and none that only carries data about the file or its makers (/Metadata, /PieceInfo, a usage's /User).
_GENERIC = _Kind(
    frozenset().union(*(k.keys for k in _KINDS.values()))
    | {
        "HalftoneType",
        "HalftoneName",
        "Frequency",
        "Angle",
        "SpotFunction",
        "AccurateScreens",
        "TransferFunction",
        "Width2",
        "Height2",
        "Xsquare",
        "Ysquare",
        "CreatorInfo",
        "Creator",
        "Language",
        "Lang",
        "Preferred",
        "Export",
        "ExportState",
        "Zoom",
        "min",
        "max",
        "Print",
        "PrintState",
        "View",
        "ViewState",
        "PageElement",
        "Event",
        "Category",
        "Solidities",
        "PrintingOrder",
        "DotGain",
        "Panose",
        "MCID",
    }
)
_KINDS["generic"] = _GENERIC
# The kinds of stream that hold page content (operators), not data.
_CONTENT_KINDS = frozenset(_KINDS[k] for k in ("contents", "form", "pattern", "char_proc"))


def _kind_of(m: Any, obj: Any, context: str | None, stream: bool) -> _Kind:
    """The kind of the dictionary `obj`: by its /Type (an XObject by its /Subtype), else by its place."""
    kind = _BY_TYPE.get(m.pdf_to_name(m.pdf_dict_gets(obj, "Type")))
    if kind is None:
        subtype = m.pdf_to_name(m.pdf_dict_gets(obj, "Subtype"))
        if stream and subtype in ("Image", "Form"):  # wherever it stands
            kind = subtype.lower()
        else:
            kind = context if context in _KINDS else "generic"
    return _KINDS[kind]


def _unknown_keys(doc: pymupdf.Document, everything: bool) -> tuple[list[tuple[Any, str]], list[int]]:
    """Every (dictionary, key) in the document that a viewer does not need, in dictionaries written
    inline as well as in objects of their own: a walk from the trailer along every reference, each
    dictionary judged by its /Type or by where it stands. With `everything`, objects the walk does
    not reach are judged as well (a saved file has none; anything found there is a leftover).
    Also the content streams the walk met (pages' contents, form XObjects, patterns, glyphs)."""
    m = pymupdf.mupdf
    pdoc = pymupdf._as_pdf_document(doc)
    seen: set[int] = set()
    found: list[tuple[Any, str]] = []
    contents: list[int] = []
    _walk(m, m.pdf_trailer(pdoc), "trailer", seen, found, contents)
    if everything:
        for xref in range(1, doc.xref_length()):
            if xref not in seen:
                _walk(m, m.pdf_new_indirect(pdoc, xref, 0), None, seen, found, contents)
    return found, contents


def _walk(
    m: Any, root: Any, context: str | None, seen: set[int], found: list[tuple[Any, str]], contents: list[int]
) -> None:
    stack: list[tuple[Any, str | None]] = [(root, context)]
    while stack:
        obj, context = stack.pop()
        stream = False
        number = 0
        if m.pdf_is_indirect(obj):
            number = m.pdf_to_num(obj)
            if number in seen:
                continue
            seen.add(number)
            stream = bool(m.pdf_is_stream(obj))
            obj = m.pdf_resolve_indirect(obj)
        if m.pdf_is_array(obj):
            stack += [(m.pdf_array_get(obj, i), context) for i in range(m.pdf_array_len(obj))]
            continue
        if not m.pdf_is_dict(obj):
            continue
        kind = _kind_of(m, obj, context, stream)
        if stream and kind in _CONTENT_KINDS:
            contents.append(number)
        if kind is _KINDS["ocg"] and not _neutral_layer_name(m, obj):
            found.append((obj, "Name"))
        for i in range(m.pdf_dict_len(obj)):
            key = m.pdf_to_name(m.pdf_dict_get_key(obj, i))
            if kind.values is None and key not in kind.keys:
                found.append((obj, key))
                continue
            value = m.pdf_dict_get_val(obj, i)
            if m.pdf_is_indirect(value) or m.pdf_is_array(value) or m.pdf_is_dict(value):
                stack.append((value, kind.values or kind.children.get(key)))


def _neutral_layer_name(m: Any, ocg: Any) -> bool:
    name = m.pdf_dict_gets(ocg, "Name")
    return not m.pdf_is_string(name) or NEUTRAL_LAYER_NAME.fullmatch(m.pdf_to_text_string(name)) is not None


def remove_unknown_keys(doc: pymupdf.Document) -> int:
    """Drop every key a viewer does not need from every dictionary of the document, those written
    inline (a page's resources, a font inside them, an inline /Info) as well as objects of their own,
    and the descriptions (/Alt, /E) and inline images' private keys from its content (`content_dicts`)."""
    m = pymupdf.mupdf
    found, contents = _unknown_keys(doc, everything=False)
    for obj, key in found:
        m.pdf_dict_dels(obj, key)  # out of the dictionary: a null value would leave its name in the file
    return len(found) + remove_content_keys(doc, contents)


# JPEG segments that carry no picture: APP0-APP13 and APP15 (JFIF with its thumbnail, EXIF, XMP,
# ICC, Photoshop IRB ...) and COM. APP14 (Adobe) stays: it says how to read the colours.
_DROP_SEGMENTS = frozenset({*range(0xE0, 0xEE), 0xEF, 0xFE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


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
    found, contents = _unknown_keys(doc, everything=True)
    keys = sorted({key for _, key in found})
    if keys:
        problems.append("ukendte nøgler tilbage i filens struktur: " + ", ".join(keys[:8]))
    problems += content_keys_left(doc, contents)
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
