"""JPEG 2000 pictures without what is not the picture.

A JPEG 2000 image in a PDF (`/JPXDecode`) is either a JP2 file or a bare codestream, and both can
carry text about the picture: a JP2 file in `xml ` (XMP: author, title), `uuid` (EXIF, IPTC) and
`uinf` boxes, a codestream in comment (COM) marker segments. MuPDF copies the image into the
released file as it is, so the export keeps only the boxes a decoder needs (signature, file type,
header, codestream) and the codestream without its comments; the picture itself is not touched.
`None` means the data is not a JPEG 2000 image we can read to be sure: the verification then fails
rather than release it.
"""

from __future__ import annotations

_SIGNATURE = b"jP  "
# Top-level boxes a decoder needs, and the boxes of the JP2 header (ISO/IEC 15444-1, annex I).
_KEEP_BOXES = frozenset({b"jP  ", b"ftyp", b"jp2h", b"jp2c"})
_KEEP_HEADER_BOXES = frozenset({b"ihdr", b"bpcc", b"colr", b"pclr", b"cmap", b"cdef", b"res "})

_SOC = b"\xff\x4f"
_SOT = b"\xff\x90"
_SOD = b"\xff\x93"
_EOC = b"\xff\xd9"
_COM = b"\xff\x64"


def _boxes(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """(type, content) of each box in `data`, or None when the boxes do not add up."""
    boxes: list[tuple[bytes, bytes]] = []
    i, n = 0, len(data)
    while i < n:
        if i + 8 > n:
            return None
        length = int.from_bytes(data[i : i + 4], "big")
        kind = data[i + 4 : i + 8]
        head = 8
        if length == 1:  # a 64-bit length follows the type
            if i + 16 > n:
                return None
            length = int.from_bytes(data[i + 8 : i + 16], "big")
            head = 16
        elif length == 0:  # the last box runs to the end of the data
            length = n - i
        if length < head or i + length > n:
            return None
        boxes.append((kind, data[i + head : i + length]))
        i += length
    return boxes


def _box(kind: bytes, content: bytes) -> bytes:
    if len(content) + 8 < 2**32:
        return (len(content) + 8).to_bytes(4, "big") + kind + content
    return (1).to_bytes(4, "big") + kind + (len(content) + 16).to_bytes(8, "big") + content


def _segments_until(data: bytes, i: int, stop: bytes) -> tuple[list[bytes], int] | None:
    """The marker segments from `i` up to the marker `stop` (not included), and where it stands."""
    segments: list[bytes] = []
    while True:
        if i + 4 > len(data) or data[i] != 0xFF:
            return None
        if data[i : i + 2] == stop:
            return segments, i
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if end > len(data) or end < i + 4:
            return None
        segments.append(data[i:end])
        i = end


def codestream_without_comments(data: bytes) -> bytes | None:
    """The codestream without its COM segments, in the main header and in every tile-part header."""
    if data[:2] != _SOC:
        return None
    found = _segments_until(data, 2, _SOT)
    if found is None:
        return None
    segments, i = found
    out = [_SOC, *(s for s in segments if s[:2] != _COM)]
    while data[i : i + 2] == _SOT:
        if i + 12 > len(data):
            return None
        length = int.from_bytes(data[i + 6 : i + 10], "big")  # Psot: the whole tile-part, 0 = to the end
        end = i + length if length else len(data) - 2
        found = _segments_until(data, i + 12, _SOD)
        if found is None or end > len(data) or found[1] > end:
            return None
        segments, sod = found
        kept = [s for s in segments if s[:2] != _COM]
        removed = sum(len(s) for s in segments) - sum(len(s) for s in kept)
        sot = data[i : i + 6] + ((length - removed) if length else 0).to_bytes(4, "big") + data[i + 10 : i + 12]
        out += [sot, *kept, data[sod:end]]
        i = end
    if data[i:] != _EOC:
        return None
    out.append(_EOC)
    return b"".join(out)


def jpx_without_metadata(data: bytes) -> bytes | None:
    """The image with only the boxes and segments a decoder needs; None if it is not JPEG 2000."""
    if data[:2] == _SOC:
        return codestream_without_comments(data)
    boxes = _boxes(data)
    if not boxes or boxes[0][0] != _SIGNATURE or sum(kind == b"jp2c" for kind, _ in boxes) != 1:
        return None
    out: list[bytes] = []
    for kind, content in boxes:
        if kind not in _KEEP_BOXES:
            continue
        if kind == b"jp2h":
            header = _boxes(content)
            if header is None:
                return None
            content = b"".join(_box(k, c) for k, c in header if k in _KEEP_HEADER_BOXES)
        elif kind == b"jp2c":
            stream = codestream_without_comments(content)
            if stream is None:
                return None
            content = stream
        out.append(_box(kind, content))
    return b"".join(out)


def has_jpx_metadata(data: bytes) -> bool:
    stripped = jpx_without_metadata(data)
    return stripped is None or stripped != data
