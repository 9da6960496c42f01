"""services/readahead.py and the reading/detection split of services/processing.py: a batch's files
read in a process forked early, detected in the workers. Every name and number is invented."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redact.pdf.ocr import ocr_available
from redact.services import processing, readahead
from redact.services.processing import FileResult, detect_reading, process_file, read_file
from redact.services.readahead import detect_read_ahead, read_ahead
from redact.services.worker import forks_workers
from tests.support.builders import damaged_pdf, make_eml, make_pdf, pdf_bytes
from tests.support.fakes import fake_detectors, request_files
from tests.support.hostile_builders import scan_pdf

pytestmark = pytest.mark.skipif(not forks_workers(), reason="the reader is forked: only where processes fork")


def _request(folder: Path, scanned: bool = False) -> list[Path]:
    """Two letters, an e-mail with a PDF attachment, a damaged PDF, a broken file (and a scan)."""
    files = request_files(folder)
    files.append(
        make_eml(
            folder / "mail.eml",
            "Hej\n\nJeg hedder Bo Fiktivsen, telefon 20 12 34 56.\n\nVenlig hilsen\nBo",
            [("bilag.pdf", pdf_bytes(["Bilag om Jens Peter Hansen", "CPR 120384-1234"]), "application/pdf")],
        )
    )
    files.append(damaged_pdf(folder / "skadet.pdf", pages=2))
    broken = folder / "ødelagt.pdf"
    broken.write_bytes(b"%PDF-1.7 ikke en rigtig pdf")
    files.append(broken)
    if scanned:
        files.append(scan_pdf(folder / "skanning.pdf", 1))
    return files


def _tasks(files: list[Path], work: Path) -> list[tuple[int, Path, Path, str]]:
    work.mkdir(parents=True, exist_ok=True)
    return [(i, f, work, f"{i + 1:04d}") for i, f in enumerate(files)]


@pytest.mark.parametrize(
    "scanned", [False, pytest.param(True, marks=pytest.mark.skipif(not ocr_available(), reason="OCR"))]
)
def test_reading_then_detecting_gives_the_result_process_file_gives_field_by_field(
    tmp_path: Path, scanned: bool
) -> None:
    files = _request(tmp_path / "anmodning", scanned)
    for task in _tasks(files, tmp_path / "arbejde"):
        whole = process_file(*task, fake_detectors())
        reading = pickle.loads(pickle.dumps(read_file(*task)))  # as it travels from the reader
        staged = detect_reading(reading, fake_detectors())
        assert staged == whole, task[1].name
    results = {t[1].name: process_file(*t, fake_detectors()) for t in _tasks(files, tmp_path / "arbejde")}
    assert results["ødelagt.pdf"].error and not results["ødelagt.pdf"].documents
    assert [d.attachment_of for d in results["mail.eml"].documents] == [-1, 0]
    assert any("PDF-læseren meldte" in w for w in results["skadet.pdf"].documents[0].warnings)
    if scanned:
        [scan] = results["skanning.pdf"].documents
        assert scan.ocr_pages and any(pf.finding.text == "120384-1234" for pf in scan.findings)


def _through_the_reader(tasks: list[tuple[int, Path, Path, str]], order: list[int]) -> list[FileResult]:
    """Every task's result as the pool's workers make them from the reader's calls, in order."""
    with read_ahead(tasks, order, None) as reader:
        return [detect_read_ahead(*reader.call(task)) for task in order]


@pytest.fixture
def fake_worker_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `preload_worker_detectors` leaves a worker with, but the fast fake detector."""
    monkeypatch.setattr(processing, "_worker_detectors", fake_detectors())


@pytest.mark.usefixtures("fake_worker_detectors")
def test_the_reader_s_results_are_those_of_one_process_and_a_broken_file_fails_alone(tmp_path: Path) -> None:
    files = _request(tmp_path / "anmodning")
    alone = [process_file(*t, fake_detectors()) for t in _tasks(files, tmp_path / "eet")]
    tasks = _tasks(files, tmp_path / "to")
    got = _through_the_reader(tasks, [4, 0, 3, 2, 1])
    by_index = sorted(got, key=lambda r: r.index)
    assert [r.error for r in by_index] == [r.error for r in alone]
    assert [r.error != "" for r in by_index] == [False, False, False, False, True]
    for mine, theirs in zip(by_index, alone, strict=True):
        assert [d.findings for d in mine.documents] == [d.findings for d in theirs.documents]
        assert [(d.text, d.warnings, d.language, d.thread) for d in mine.documents] == [
            (d.text, d.warnings, d.language, d.thread) for d in theirs.documents
        ]
    assert [p.name for p in (tmp_path / "to").iterdir() if p.name.startswith("læsning-")] == []  # cleaned up


def _wait_for(predicate: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the reader did not get there"
        time.sleep(0.02)


@pytest.mark.usefixtures("fake_worker_detectors")
def test_the_reader_stays_a_bounded_number_of_pages_ahead_of_the_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readahead, "AHEAD_PAGES", 2)  # set before the fork: the reader has it too
    files = [make_pdf(tmp_path / f"brev{n}.pdf", [f"Brev {n} til Bo Fiktivsen"]) for n in range(6)]
    tasks = _tasks(files, tmp_path / "arbejde")
    with read_ahead(tasks, list(range(6)), None) as reader:
        waiting = lambda: sorted(reader.folder.glob("*.pickle"))  # noqa: E731
        _wait_for(lambda: len(waiting()) == 2)
        time.sleep(0.5)  # time enough to read all six one-page letters
        assert len(waiting()) == 2  # two pages ahead, no more
        results = [detect_read_ahead(*reader.call(0))]
        _wait_for(lambda: len(waiting()) == 2 and waiting()[0].name == "1.pickle")
        results += [detect_read_ahead(*reader.call(task)) for task in range(1, 6)]
    assert [r.documents[0].text.strip() for r in results] == [f"Brev {n} til Bo Fiktivsen" for n in range(6)]
    assert all(r.documents[0].findings for r in results)


@pytest.mark.usefixtures("fake_worker_detectors")
def test_a_file_the_reader_has_not_taken_is_read_by_the_worker_and_never_by_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_here: list[Path] = []
    real = processing.process_file

    def spied(*args: object, **kwargs: object) -> FileResult:
        read_here.append(args[1])  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readahead, "AHEAD_PAGES", 1)  # the reader reads one letter and waits
    monkeypatch.setattr(processing, "process_file", spied)
    files = [make_pdf(tmp_path / f"brev{n}.pdf", [f"Brev {n} til Bo Fiktivsen"]) for n in range(3)]
    tasks = _tasks(files, tmp_path / "arbejde")
    with read_ahead(tasks, [0, 1, 2], None) as reader:
        _wait_for((reader.folder / "0.pickle").exists)  # read, and waiting to be taken
        first, second, third = (reader.call(task) for task in range(3))
        assert first[0] is not None and second[0] is None and third[0] is None
        results = [detect_read_ahead(*call) for call in (second, third, first)]
        time.sleep(0.3)
        assert sorted(p.name for p in reader.folder.iterdir()) == []  # the reader read only the first
    assert read_here == [files[1], files[2]]
    assert [r.documents[0].text.strip() for r in results] == [
        "Brev 1 til Bo Fiktivsen",
        "Brev 2 til Bo Fiktivsen",
        "Brev 0 til Bo Fiktivsen",
    ]


@pytest.mark.usefixtures("fake_worker_detectors")
def test_a_reading_the_reader_ended_without_is_read_by_the_worker(tmp_path: Path) -> None:
    [task] = _tasks([make_pdf(tmp_path / "brev.pdf", ["Til Bo Fiktivsen, telefon 20 12 34 56"])], tmp_path / "arbejde")
    ended, writer = multiprocessing.Pipe(duplex=False)
    writer.close()  # as when the reader has died
    result = detect_read_ahead(tmp_path / "aldrig.pickle", ended.fileno(), *task, None)
    ended.close()
    assert result == process_file(*task, fake_detectors())
    assert {pf.finding.text for pf in result.documents[0].findings} == {"Bo Fiktivsen", "20 12 34 56"}


def test_the_reader_is_forked_before_presidio_and_spacy_are_imported(tmp_path: Path) -> None:
    """A batch with two jobs forks its reader before the detection's heavy imports: forked after
    them, the reader would start seconds later and copy all of it."""
    request_files(tmp_path / "anmodning")
    probe = (
        "import os, sys\n"
        "from redact.services import readahead\n"
        "def stop(*args, **kwargs):\n"
        "    heavy = sorted(m for m in ('spacy', 'presidio_analyzer', 'redact.detect.factory') if m in sys.modules)\n"
        "    print('ved læserens start:', heavy, flush=True)\n"
        "    os._exit(0)\n"
        "readahead.ReadAhead.__init__ = stop\n"
        "from redact.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [str(tmp_path / "anmodning"), "--out", str(tmp_path / "ud"), "--jobs", "2"]
    run = subprocess.run(
        [sys.executable, "-c", probe, "batch", *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert "ved læserens start: []" in run.stdout, run.stdout + run.stderr
