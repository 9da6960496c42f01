"""A batch killed half way and resumed with --resume: every document exactly once, the same case
and the same PDFs as a batch that was never stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redact.core.entity import Entity
from redact.core.finding import Finding, Role
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.detect.factory import build_detectors
from redact.services.batch import run_batch
from redact.services.processing import DocResult, FileResult, PageFinding
from redact.services.resume import file_result_from, file_result_json, journal_path
from redact.store.casefile import load_case
from redact.store.jsonlines import JsonLinesWriter, read_lines
from tests.support.builders import case_json, pdf_pages
from tests.support.request import make_request

REPO = Path(__file__).resolve().parents[2]
FILES = 16


def _batch_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        str(REPO / "tests" / "support" / "offline.py"),
        "batch",
        str(src),
        "--out",
        str(out),
        "--auto-accept",
        *extra,
    ]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}")


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=600, check=False)


def test_batch_killed_half_way_resumes_to_the_same_result(tmp_path: Path) -> None:
    src = make_request(tmp_path / "anmodning", FILES, pages=3)
    whole = tmp_path / "a" / "ud"
    res = _run(_batch_cmd(src, whole))
    assert res.returncode == 0, res.stderr

    out = tmp_path / "b" / "ud"
    proc = subprocess.Popen(_batch_cmd(src, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    journal = journal_path(out)
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = max(0, len(list(read_lines(journal))) - 1)
        if done >= FILES // 2:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the batch finished before it could be stopped half way"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert FILES // 2 <= done < FILES
    assert load_case(out).documents == []  # the case opens after the kill (nothing assembled yet)

    refused = _run(_batch_cmd(src, out))
    assert refused.returncode == 2 and "--resume" in refused.stderr

    res = _run(_batch_cmd(src, out, "--resume"))
    assert res.returncode == 0, res.stderr
    line = next(x for x in res.stdout.splitlines() if x.startswith("Genoptaget:"))
    resumed = int(line.split()[1])
    assert FILES // 2 <= resumed < FILES and line.endswith(f"af {FILES} filer var allerede behandlet")

    # every source exactly once in the journal's last word and in the case, nothing doubled, nothing lost
    records = list(read_lines(journal))[1:]
    assert sorted({r["index"] for r in records}) == list(range(FILES))
    assert len(records) == FILES  # the files done before the kill were not done again
    assert case_json(out)["documents"] == case_json(whole)["documents"]
    assert case_json(out)["proposals"] == case_json(whole)["proposals"]
    pdfs = sorted(p.name for p in (whole / "udlevering").glob("*.pdf"))
    assert len(pdfs) == FILES
    assert sorted(p.name for p in (out / "udlevering").glob("*.pdf")) == pdfs
    for name in pdfs:
        assert pdf_pages(out / "udlevering" / name) == pdf_pages(whole / "udlevering" / name), name
    decisions = load_case(out).decisions
    assert len(decisions) == len({d.proposal for d in decisions}) == len(load_case(whole).decisions)


def test_resume_after_a_finished_batch_redoes_nothing(tmp_path: Path) -> None:
    src = make_request(tmp_path / "anmodning", 3, pages=1)
    out = tmp_path / "ud"
    keep = KeepList()
    first = run_batch([src], out, build_detectors, keep, False, 1, "test", progress=NullProgress)
    assert first.resumed == 0 and first.documents == 3
    proposals = load_case(out).proposals
    assert proposals
    again = run_batch([src], out, build_detectors, keep, False, 1, "test", progress=NullProgress, resume=True)
    assert again.resumed == 3 and again.documents == 3
    assert len(list(read_lines(journal_path(out)))) == 1 + 3
    assert load_case(out).proposals == proposals


def test_resume_with_other_sources_is_refused(tmp_path: Path) -> None:
    from redact.core.errors import UsageError

    src = make_request(tmp_path / "anmodning", 2, pages=1)
    other = make_request(tmp_path / "andet", 1, pages=1)
    out = tmp_path / "ud"
    run_batch([src], out, build_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    with pytest.raises(UsageError, match="andre kildefiler"):
        run_batch([src, other], out, build_detectors, KeepList(), False, 1, "test", progress=NullProgress, resume=True)


def test_a_torn_last_line_is_skipped_and_cut_before_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    with JsonLinesWriter(path) as w:
        w.append({"n": 1})
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"n": 2, "tex')  # killed mid-write
    assert list(read_lines(path)) == [{"n": 1}]
    with JsonLinesWriter(path) as w:
        w.append({"n": 3})
    assert list(read_lines(path)) == [{"n": 1}, {"n": 3}]


def test_a_journalled_result_comes_back_with_every_field_the_case_is_made_from() -> None:
    """A resumed batch assembles the case from the journal: a person in office must stay in office
    (the role was not journalled, so a resumed batch treated officials as private persons)."""
    official = Finding(Entity.PERSON, 0, 11, "Jens Hansen", 0.9, "navne", "borgmester", Role.PUBLIC)
    private = Finding(Entity.PERSON, 20, 30, "Åse Ørsted", 0.8, "ner", "fordi")
    doc = DocResult(
        "brev",
        Path("/sag/sag-filer/0001.pdf"),
        "PDF",
        2,
        (1,),
        [PageFinding(0, official, (Box(1.125, 2.5, 3.0, 4.0),)), PageFinding(1, private, (Box(5, 6, 7, 8),))],
        "Jens Hansen ... Åse Ørsted",
        language="da",
        content_hash="abc",
        signature=(1, 2, 3),
    )
    sent = FileResult(3, Path("/kilde/brev.pdf"), [doc])
    back = file_result_from(json.loads(json.dumps(file_result_json(sent))))
    assert back == sent
    assert [pf.finding.role for pf in back.documents[0].findings] == [Role.PUBLIC, Role.UNKNOWN]


def test_a_journal_line_written_before_roles_were_kept_is_read_as_role_unknown() -> None:
    finding = Finding(Entity.PERSON, 0, 4, "Karl", 0.9, "navne", "fordi", Role.PRIVATE)
    raw = file_result_json(FileResult(0, Path("/k/a.pdf"), [DocResult("a", Path("/a.pdf"), "PDF", 1, (), [], "")]))
    raw["documents"][0]["findings"] = [
        {k: v for k, v in file_result_json(_with(finding))["documents"][0]["findings"][0].items() if k != "role"}
    ]
    assert file_result_from(raw).documents[0].findings[0].finding.role is Role.UNKNOWN


def _with(finding: Finding) -> FileResult:
    doc = DocResult("a", Path("/a.pdf"), "PDF", 1, (), [PageFinding(0, finding, (Box(0, 0, 1, 1),))], "")
    return FileResult(0, Path("/k/a.pdf"), [doc])
