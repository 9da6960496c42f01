"""The pages of a case's documents as the review shows them: a page's text for selecting comes
from the case's text index, so a scan is OCR-read once, when it joins the case."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import Case
from redact.core.keeplist import KeepList
from redact.pdf import render
from redact.services import additions, rendering, review
from tests.support.fakes import fake_detectors
from tests.support.hostile_builders import scan_pdf


@pytest.fixture
def scanned(tmp_path: Path) -> tuple[Case, Path]:
    originals = tmp_path / "originaler"
    originals.mkdir()
    scan_pdf(originals / "skanning.pdf", 1, line="Brev fra Karen Opdigtsen")
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Skanning", "")
    sources, _ = additions.plan_sources(case, folder, [originals / "skanning.pdf"])
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    return case, folder


def _no_ocr(*args: object, **kwargs: object) -> str:
    raise AssertionError("the page was read again")


def test_a_scanned_page_is_selected_on_from_its_first_reading(
    scanned: tuple[Case, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    case, folder = scanned
    doc = case.documents[0]
    monkeypatch.setattr(render, "read_page", _no_ocr)
    pt = rendering.page_text(case, folder, doc.id, 0)
    assert pt.ocr and "Opdigtsen" in pt.text
    start = pt.text.index("Opdigtsen")
    box = pt.boxes[start]
    assert box is not None and 0 <= box.x0 < box.x1 <= pt.width  # boxes to select by, on the page


def test_without_an_index_the_page_is_read_from_the_pdf(scanned: tuple[Case, Path]) -> None:
    case, folder = scanned
    doc = case.documents[0]
    (folder / doc.normalized).with_suffix(".tekst.json").unlink()  # the index is gone
    pt = rendering.page_text(case, folder, doc.id, 0)
    assert pt.ocr and "Opdigtsen" in pt.text
