"""Broken and extreme PDFs: refused with a clear Danish message naming the file, or released safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redact.core.errors import InputFileError
from redact.ingest import convert_file
from redact.pdf.extract import read_pages
from tests.support import hostile_builders as builders
from tests.support.pipeline import assert_gone, release, shown_text

REFUSED: list[tuple[str, Callable[[Path], Path], str]] = [
    ("krypteret.pdf", builders.encrypted_pdf, "krypteret eller beskyttet med adgangskode"),
    ("korrupt.pdf", builders.corrupt_pdf, "kan ikke åbnes som PDF"),
    ("nul-sider.pdf", builders.zero_page_pdf, "ingen sider"),
    ("forklaedt.pdf", builders.not_a_pdf, "kan ikke åbnes som PDF"),
]


@pytest.mark.parametrize(("name", "build", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_unreadable_pdf_is_refused_with_a_message_naming_the_file(
    name: str, build: Callable[[Path], Path], reason: str, tmp_path: Path, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    src = build(tmp_path / name)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(InputFileError) as err:
        convert_file(src, work, "0001")
    assert err.value.path == str(src) and str(err.value).startswith(str(src))
    assert reason in err.value.reason
    assert list(work.iterdir()) == []  # nothing half-made is left behind
    # the batch goes on with a failure for this file and writes nothing for it
    released = release(src, tmp_path, [presidio_detector])
    assert reason in released.error and released.outputs == []


def test_truncated_pdf_is_repaired_with_a_warning_and_nothing_of_it_leaks(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.truncated_pdf(tmp_path / "afkortet.pdf", keep=0.7)
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    assert any("beskadiget" in w for w in released.warnings), released.warnings
    [out] = released.outputs
    assert_gone(out, ["120384-1234"])
    assert "Side 1: CPR" in shown_text(out)


def test_a_pdf_cut_off_beyond_repair_is_refused(tmp_path: Path) -> None:
    src = builders.truncated_pdf(tmp_path / "halv.pdf", keep=0.5)
    with pytest.raises(InputFileError) as err:
        convert_file(src, tmp_path, "0001")
    assert err.value.path == str(src) and "beskadiget" in err.value.reason


def test_huge_page_is_read_redacted_and_checked_without_running_out_of_memory(
    tmp_path: Path, presidio_detector
) -> None:  # type: ignore[no-untyped-def]
    src = builders.huge_page_pdf(tmp_path / "kaempe.pdf")
    released = release(src, tmp_path, [presidio_detector])
    assert "120384-1234" in released.proposed
    [out] = released.outputs
    assert_gone(out, ["120384-1234", "Hvid kæmpe Kaj", "22 33 44 55"])
    text = shown_text(out)
    assert builders.VISIBLE in text and "Midt på siden: CPR" in text
    with pymupdf.open(out) as doc:
        assert doc[0].rect == pymupdf.Rect(0, 0, 14400, 14400)


def test_pdf_locked_only_against_changes_is_read_and_released_unlocked(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    """An owner password without a user password opens without asking: the file is read, and the
    released file carries no encryption (nor its restrictions)."""
    src = builders.encrypted_pdf(tmp_path / "ejerkode.pdf", user_password="")
    released = release(src, tmp_path, [presidio_detector])
    [out] = released.outputs
    assert_gone(out, ["120384-1234"])
    with pymupdf.open(out) as doc:
        assert not doc.is_encrypted and not doc.metadata.get("encryption")


def test_read_pages_refuses_broken_files_with_the_file_named(tmp_path: Path) -> None:
    src = builders.corrupt_pdf(tmp_path / "korrupt.pdf")
    with pytest.raises(InputFileError) as err:
        read_pages(src)
    assert err.value.path == str(src)
