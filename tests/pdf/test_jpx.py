"""JPEG 2000 images lose their comments and metadata boxes, never their picture."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from redact.pdf.jpx import codestream_without_comments, has_jpx_metadata, jpx_without_metadata
from tests.support import hostile_builders as builders


def _pixels(data: bytes) -> bytes:
    return Image.open(io.BytesIO(data)).convert("RGB").tobytes()


def _with_tile_part_comment(stream: bytes, text: bytes) -> bytes:
    """The codestream with a COM segment in its first tile-part header (Psot grown to match)."""
    sot = stream.index(b"\xff\x90")
    psot = int.from_bytes(stream[sot + 6 : sot + 10], "big")
    com = b"\xff\x64" + (len(text) + 4).to_bytes(2, "big") + b"\x00\x01" + text
    head = stream[sot : sot + 6] + (psot + len(com)).to_bytes(4, "big") + stream[sot + 10 : sot + 12]
    return stream[:sot] + head + com + stream[sot + 12 :]


@pytest.mark.parametrize("bare", [False, True], ids=["jp2", "codestream"])
def test_the_picture_stays_and_every_secret_goes(bare: bool) -> None:
    photo = builders.jpx_photo(bare_codestream=bare)
    stripped = jpx_without_metadata(photo)
    assert stripped is not None
    assert has_jpx_metadata(photo) and not has_jpx_metadata(stripped)
    for secret in builders.JPX_SECRETS:
        assert secret.encode() not in stripped
    assert _pixels(stripped) == _pixels(photo)
    assert jpx_without_metadata(stripped) == stripped  # nothing more to take


def test_a_comment_in_a_tile_part_header_goes_and_the_tile_part_length_follows() -> None:
    stream = _with_tile_part_comment(builders.jpx_photo(bare_codestream=True), b"Flise Frank")
    assert _pixels(stream) == _pixels(builders.jpx_photo(bare_codestream=True))  # still a valid codestream
    stripped = codestream_without_comments(stream)
    assert stripped is not None and b"Flise Frank" not in stripped
    assert _pixels(stripped) == _pixels(stream)


def test_a_clean_picture_is_left_as_it_is() -> None:
    clean = jpx_without_metadata(builders.jpx_photo())
    assert clean is not None and not has_jpx_metadata(clean)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xd8\xff\xe0 not a JPEG 2000 image",
        b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x30ftyp",  # a box longer than the data
        b"\xff\x4f\xff\x51\x00\x02",  # a codestream that ends before its first tile
    ],
    ids=["empty", "jpeg", "short-box", "short-codestream"],
)
def test_data_we_cannot_read_to_be_sure_counts_as_metadata(data: bytes) -> None:
    assert jpx_without_metadata(data) is None
    assert has_jpx_metadata(data)


def test_a_truncated_tile_part_is_refused() -> None:
    stream = builders.jpx_photo(bare_codestream=True)
    assert codestream_without_comments(stream[: len(stream) // 2]) is None
