"""Pictures and text of single pages for the review view."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from redact.core.errors import InputFileError
from redact.pdf.render import page_sizes, read_page, render_page
from tests.support.builders import make_pdf


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_sizes_pictures_and_text_of_a_page(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "brev.pdf", ["Kære Karen Opdigtsen"])
    assert page_sizes(pdf) == [(595.0, 842.0)]
    assert png_size(render_page(pdf, 0, 1.0)) == (595, 842)
    assert png_size(render_page(pdf, 0, 2.0)) == (1190, 1684)
    pt = read_page(pdf, 0)
    assert "Karen Opdigtsen" in pt.text and pt.page == 0


def test_a_page_that_does_not_exist_is_an_input_error(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "brev.pdf", ["Kære Karen Opdigtsen"])
    with pytest.raises(InputFileError, match="side 3 findes ikke"):
        render_page(pdf, 2, 1.0)
    with pytest.raises(InputFileError):
        read_page(tmp_path / "mangler.pdf", 0)
