"""services/cases.py: a case built from files, with the fast fake detector (detection itself is
tested in tests/detect). Every name and number is invented."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from redact.core.case import State
from redact.core.document import Status
from redact.core.entity import Entity
from redact.core.errors import ExitCode
from redact.core.finding import Finding
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.text import PageText
from redact.pdf.ocr import ocr_available
from redact.services.cases import Failure, build_case, exit_code
from redact.services.processing import PageFinding
from redact.services.sources import collect_sources
from redact.store.casefile import load_case
from tests.support.builders import make_pdf
from tests.support.fakes import fake_detectors, request_files
from tests.support.hostile_builders import scan_pdf


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_file_becomes_a_document_in_source_order_and_a_broken_one_fails_alone(tmp_path: Path, jobs: int) -> None:
    originals = request_files(tmp_path / "anmodning")
    (tmp_path / "anmodning" / "ødelagt.pdf").write_bytes(b"%PDF-1.7 ikke en rigtig pdf")
    out = tmp_path / "ud"
    sources = collect_sources([tmp_path / "anmodning"], out)
    result = build_case(sources, out, fake_detectors, KeepList(), title="Byggesag", jobs=jobs)
    assert [d.title for d in result.case.documents if d.status is Status.READY] == ["ansøgning", "notat"]
    assert [Path(f.file).name for f in result.failures] == ["ødelagt.pdf"]
    assert exit_code(result.failures) is ExitCode.INPUT_FAILED
    texts = sorted((p.entity, p.text) for p in result.case.proposals.values())
    assert (Entity.CPR, "120384-1234") in texts and (Entity.PHONE, "20 12 34 56") in texts
    saved = load_case(out).proposals  # saved as built (boxes rounded on disk)
    assert {pid: p.text for pid, p in saved.items()} == {pid: p.text for pid, p in result.case.proposals.items()}
    assert all(p.exists() for p in originals)


def test_the_keep_list_keeps_a_name_out_of_the_proposals(tmp_path: Path) -> None:
    request_files(tmp_path / "anmodning")
    out = tmp_path / "ud"
    sources = collect_sources([tmp_path / "anmodning"], out)
    keep = KeepList.from_lines(["Karen Opdigtsen"])
    result = build_case(sources, out, fake_detectors, keep)
    texts = {p.text for p in result.case.proposals.values()}
    assert "Karen Opdigtsen" not in texts
    assert "Bo Fiktivsen" in texts
    assert State.ACCEPTED not in set(result.case.states().values())  # nothing accepted without the case handler


def test_a_failed_verification_outweighs_an_unreadable_file_in_the_exit_code() -> None:
    failures = [Failure("a.pdf", "kan ikke læses"), Failure("b.pdf", "kontrol fejlede", ExitCode.VERIFICATION_FAILED)]
    assert exit_code(failures) is ExitCode.VERIFICATION_FAILED
    assert exit_code([]) is ExitCode.OK


def test_the_case_s_names_and_identifiers_are_compiled_once_however_many_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spreading a case's names and identifiers searches document after document with patterns made
    once: made again for every document, the case assembly grew with documents times names."""
    from redact.services import cases

    made: list[str] = []
    person_search, identifier_search = cases.person_search, cases.identifier_search
    monkeypatch.setattr(cases, "person_search", lambda *a, **k: made.append("navne") or person_search(*a, **k))
    monkeypatch.setattr(cases, "identifier_search", lambda *a: made.append("numre") or identifier_search(*a))
    request_files(tmp_path / "anmodning")
    make_pdf(tmp_path / "anmodning" / "svar.pdf", ["Svar til Opdigtsen", "Sagen er afsluttet."], leading=1.6)
    out = tmp_path / "ud"
    result = build_case(collect_sources([tmp_path / "anmodning"], out), out, fake_detectors, KeepList())
    assert sorted(made) == ["navne", "numre"]
    # and the case was spread: the name part the detector missed in the third letter
    svar = next(d for d in result.case.documents if d.title == "svar")
    spread = {p.text for p in result.case.proposals.values() if p.document == svar.id and p.detector == "Konsistens"}
    assert spread == {"Opdigtsen"}


def test_a_finding_a_worker_sends_has_no_dict_of_its_own_and_arrives_whole() -> None:
    """A 10,000-page request's main process holds a couple of hundred thousand of them at once."""
    sent = PageFinding(2, Finding(Entity.PERSON, 4, 14, "Jens Hansen", 0.9, "navne", "fordi"), (Box(1, 2, 3, 4),))
    assert not hasattr(sent, "__dict__")
    assert pickle.loads(pickle.dumps(sent)) == sent


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish data is installed by make setup")
def test_a_request_of_one_scanned_file_is_read_by_ocr_in_as_many_processes_as_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one file the batch has no second file for a second process: its scanned pages are read
    by OCR in `jobs` processes instead, and the case holds what one process reads."""
    from redact.pdf import extract

    (tmp_path / "anmodning").mkdir()
    scan_pdf(tmp_path / "anmodning" / "skanning.pdf", 4)
    split: list[int] = []
    real = extract._ocr_in_processes

    def spied(path: Path, pages: list[int], languages: str, jobs: int) -> dict[int, PageText]:
        split.append(jobs)
        return real(path, pages, languages, jobs)

    monkeypatch.setattr(extract, "_ocr_in_processes", spied)
    texts = {}
    for jobs in (1, 2):
        out = tmp_path / f"ud{jobs}"
        result = build_case(collect_sources([tmp_path / "anmodning"], out), out, fake_detectors, KeepList(), jobs=jobs)
        [doc] = result.case.documents
        texts[jobs] = (doc.pages, sorted((p.page, p.text) for p in result.case.proposals.values()))
    assert split == [2]  # only the run with two jobs split the OCR
    assert texts[2] == texts[1] and texts[1][0] == 4
    assert any(text == "120384-1234" for _, text in texts[1][1])  # the CPR number read on the scans
