"""`redact batch --cluster local:2` on Dask: the same case and PDFs as `--jobs 2`, offline but for
loopback, and a file whose worker dies is tried once more, then gets one FEJL line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.finding import Finding
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.batch import run_batch
from redact.services.cluster import cluster_runner, parse_address
from redact.store.casefile import load_case
from tests.support import offline
from tests.support.builders import case_json, make_pdf, pdf_pages
from tests.support.request import make_request

REPO = Path(__file__).resolve().parents[2]
CRASH = "STYRTNED-MARKØR"


def _redact(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'src'}")
    cmd = [sys.executable, str(REPO / "tests" / "support" / "offline.py"), "--loopback", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, check=False)


def test_cluster_writes_the_same_case_and_pdfs_as_jobs(tmp_path: Path) -> None:
    src = make_request(tmp_path / "anmodning", 6, pages=2)
    (src / "kaput.pdf").write_bytes(b"%PDF-1.7 broken")
    jobs = tmp_path / "jobs" / "ud"
    cluster = tmp_path / "cluster" / "ud"
    a = _redact("batch", str(src), "--out", str(jobs), "--auto-accept", "--jobs", "2")
    b = _redact("batch", str(src), "--out", str(cluster), "--auto-accept", "--cluster", "local:2")
    assert a.returncode == b.returncode == 3, b.stderr  # the broken file
    assert "NetworkAccessError" not in b.stderr
    assert [x for x in b.stderr.splitlines() if x.startswith("FEJL")] == [
        x for x in a.stderr.splitlines() if x.startswith("FEJL")
    ]
    assert case_json(cluster)["documents"] == case_json(jobs)["documents"]
    assert case_json(cluster)["proposals"] == case_json(jobs)["proposals"]
    pdfs = sorted(p.name for p in (jobs / "udlevering").glob("*.pdf"))
    assert len(pdfs) == 6 and sorted(p.name for p in (cluster / "udlevering").glob("*.pdf")) == pdfs
    for name in pdfs:
        assert pdf_pages(cluster / "udlevering" / name) == pdf_pages(jobs / "udlevering" / name), name


class CrashingDetector:
    """Kills its worker process on a marked page, and notes every attempt in a file."""

    def __init__(self, attempts: Path) -> None:
        self.attempts = attempts

    def detect(self, text: str, language: str) -> list[Finding]:
        if CRASH in text:
            with open(self.attempts, "a", encoding="utf-8") as fh:
                fh.write("x")
            os._exit(1)
        i = text.find("Karl")
        return [Finding(Entity.PERSON, i, i + 4, "Karl", 0.9, "test", "test")] if i >= 0 else []


class CrashingFactory:
    def __init__(self, attempts: Path) -> None:
        self.attempts = attempts

    def __call__(self) -> list[CrashingDetector]:
        return [CrashingDetector(self.attempts)]


def test_a_lost_worker_is_retried_once_then_the_file_fails_alone(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    for n in range(3):
        make_pdf(src / f"brev-{n}.pdf", ["Kære Karl", "Vi har modtaget dit brev."])
    make_pdf(src / "giftig.pdf", ["Kære Karl", CRASH])
    attempts = tmp_path / "forsøg.txt"
    out = tmp_path / "ud"
    factory = CrashingFactory(attempts)
    with offline.allow_loopback():
        report = run_batch(
            [src], out, factory, KeepList(), False, 1, "test", progress=NullProgress,
            runner=cluster_runner("local:2", factory),
        )  # fmt: skip
    assert attempts.read_text(encoding="utf-8") == "xx"  # the first try and one retry
    assert [Path(f.file).name for f in report.failures] == ["giftig.pdf"]
    assert "klyngen" in report.failures[0].error
    case = load_case(out)
    assert [d.status.value for d in case.documents] == ["ready", "ready", "ready", "failed"]
    assert len(case.proposals) == 3


def test_a_dying_worker_takes_only_its_own_file_with_it(tmp_path: Path) -> None:
    """One worker: the files queued behind the crashing one must not count its deaths as their own
    (Dask fails every task that was assigned to a worker when it died twice)."""
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "a-giftig.pdf", ["Kære Karl", CRASH])
    for n in range(3):
        make_pdf(src / f"brev-{n}.pdf", ["Kære Karl", "Vi har modtaget dit brev."])
    attempts = tmp_path / "forsøg.txt"
    factory = CrashingFactory(attempts)
    with offline.allow_loopback():
        report = run_batch(
            [src], tmp_path / "ud", factory, KeepList(), False, 1, "test", progress=NullProgress,
            runner=cluster_runner("local:1", factory),
        )  # fmt: skip
    assert attempts.read_text(encoding="utf-8") == "xx"
    assert [Path(f.file).name for f in report.failures] == ["a-giftig.pdf"]


def test_cluster_addresses() -> None:
    assert parse_address("local:3") == ("local", 3)
    assert parse_address("tcp://10.0.0.5:8786") == ("tcp://10.0.0.5:8786", 0)
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "tcp://vært"):
        with pytest.raises(UsageError):
            parse_address(bad)


def test_plain_jobs_never_imports_dask(tmp_path: Path) -> None:
    code = (
        "import sys; from redact.cli import build_parser; import redact.services.batch, redact.services.cases;"
        "sys.exit(1 if any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules) else 0)"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0
