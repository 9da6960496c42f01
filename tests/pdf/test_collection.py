"""The cycle collector is paused while a PDF is read, redacted or verified, and runs as before afterwards."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from redact.pdf.collection import collector_paused, without_collector
from redact.pdf.extract import read_document_with_original, read_pages
from redact.pdf.redactor import Area, redact_pdf


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _pdf(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Borgeren Ida Testesen bor på Opdigtet Vej 7.", fontsize=11)
    doc.save(path)
    doc.close()
    return path


@pytest.mark.usefixtures("collector_on")
def test_nested_pauses_resume_the_collector_only_when_the_last_ends() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_resumes_after_an_error() -> None:
    @without_collector
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("brudt")

    with pytest.raises(ValueError, match="brudt"):
        fails()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_pauses_in_two_threads_resume_the_collector_once_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread still holds the pause
    release.set()
    thread.join(10)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_reading_redacting_and_verifying_leave_the_collector_running(tmp_path: Path) -> None:
    source = _pdf(tmp_path / "brev.pdf")
    pages = read_pages(source)
    assert "Ida Testesen" in pages[0].text
    assert gc.isenabled()
    _, _, original = read_document_with_original(source)
    assert gc.isenabled()
    start = pages[0].text.index("Ida Testesen")
    area = Area(0, tuple(pages[0].boxes_for(start, start + len("Ida Testesen"))), "Ida Testesen", "§ 30")
    redact_pdf(source, [area], tmp_path / "ud" / "brev.pdf", original=original)
    assert gc.isenabled()
    assert "Ida Testesen" not in read_pages(tmp_path / "ud" / "brev.pdf")[0].text
