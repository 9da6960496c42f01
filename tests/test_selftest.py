"""`redact --selftest`: the check municipal IT runs after deployment, run here from the source tree.

The bundle (`dist/redact/redact --selftest`) and the .deb (installer/linux/test-deb.sh) are checked
by hand or in CI, not by `make test`: building them takes minutes.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from redact.pdf.ocr import ocr_available
from redact.services import selftest
from redact.services.offline import NetworkBlockedError, NetworkGuard
from redact.services.selftest import CheckResult, Selftest, Status
from tests.support.child import child_env

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "da_redact_ner"

pytestmark = pytest.mark.slow


def run_selftest(tmp_path: Path, policy: str) -> subprocess.CompletedProcess[str]:
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(policy, encoding="utf-8")
    env = child_env(REDACT_POLICY=str(policy_file))
    return subprocess.run(
        [sys.executable, str(REPO / "tests" / "support" / "offline.py"), "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def line(lines: list[str], start: str) -> str:
    found = [x for x in lines if x[5:].startswith(start)]
    assert len(found) == 1, (start, lines)
    return found[0]


def test_selftest_prints_one_line_per_check_and_exits_by_the_result(tmp_path: Path) -> None:
    res = run_selftest(tmp_path, "organisation: Eksempel Kommune\n")
    assert "NetworkAccessError" not in res.stderr, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("redact 0.1.0 selvtest")
    checks = lines[1:-1]
    assert all(x[:5] in ("OK   ", "FEJL ", "INFO ") for x in checks), lines
    # The model check is there whether or not the model has been trained yet.
    model = line(checks, "Sprogmodel")
    if (MODEL / "meta.json").is_file():
        assert model.startswith("OK   Sprogmodel indlæst (da_redact_ner "), model
    else:
        assert model.startswith("FEJL Sprogmodel mangler"), model
    # the Norwegian and Swedish models ship too: each is loaded, or its absence is a failure
    for what, name in (("Norsk", "nb_redact_ner"), ("Svensk", "sv_redact_ner")):
        own = line(checks, f"{what} sprogmodel")
        if (REPO / "models" / name / "meta.json").is_file():
            assert own.startswith(f"OK   {what} sprogmodel indlæst ({name} "), own
        else:
            assert own.startswith(f"FEJL {what} sprogmodel mangler"), own
    assert line(checks, "CPR-nummer").startswith("OK   CPR-nummer genkendt i testbrevet")
    assert line(checks, "Navn").startswith("OK   Navn genkendt i testbrevet ("), checks
    assert line(checks, "PDF").startswith("OK   PDF redigeret og kontrolleret")
    qt = line(checks, "Qt")
    assert qt.startswith("OK   Qt starter offscreen (PySide6 " if find_spec("PySide6") else "FEJL Qt"), qt
    assert line(checks, "Maskinpolitik").startswith("OK   Maskinpolitik gyldig")
    assert line(checks, "OCR").startswith("OK" if ocr_available() else "FEJL")
    assert checks[-1] == "OK   Ingen netværksforbindelser forsøgt under selvtesten"
    failed = [x for x in checks if x.startswith("FEJL")]
    assert res.returncode == (7 if failed else 0), res.stdout + res.stderr
    assert lines[-1] == ("Selvtest fejlede: se linjerne med FEJL." if failed else "Selvtest bestået.")


def test_an_invalid_machine_policy_fails_the_selftest(tmp_path: Path) -> None:
    res = run_selftest(tmp_path, "organisaton: Eksempel Kommune\n")
    assert res.returncode == 7
    assert "FEJL Maskinpolitikken" in res.stdout and "mente du «organisation»" in res.stdout


def test_a_network_attempt_during_the_checks_fails_the_selftest(monkeypatch: pytest.MonkeyPatch) -> None:
    def quiet(self: Selftest) -> list[CheckResult]:
        return [CheckResult(Status.OK, "stille")]

    def phones_home(self: Selftest) -> list[CheckResult]:
        with contextlib.suppress(OSError):  # a library that swallows the error is still caught
            socket.create_connection(("opdatering.example", 443))
        return [CheckResult(Status.OK, "ringede hjem")]

    for name in ("resources", "model", "detection", "pdf", "ocr", "qt", "policy"):
        monkeypatch.setattr(Selftest, f"check_{name}", quiet)
    monkeypatch.setattr(Selftest, "check_libreoffice", phones_home)
    lines: list[str] = []
    assert not selftest.run_selftest(lambda r: lines.append(r.line))
    assert lines[-1].startswith("FEJL Netværksforbindelse forsøgt (1 gange): create_connection(('opdatering.example'")


def test_a_check_that_raises_is_a_failed_line_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Selftest) -> list[CheckResult]:
        raise RuntimeError("noget gik galt")

    def quiet(self: Selftest) -> list[CheckResult]:
        return [CheckResult(Status.OK, "stille")]

    for name in ("resources", "model", "detection", "pdf", "ocr", "qt", "policy", "libreoffice"):
        monkeypatch.setattr(Selftest, f"check_{name}", quiet)
    monkeypatch.setattr(Selftest, "check_model", broken)
    lines: list[str] = []
    assert not selftest.run_selftest(lambda r: lines.append(r.line))
    assert "FEJL Sprogmodel: uventet fejl: RuntimeError: noget gik galt" in lines
    assert len(lines) == 9 and lines[-1].startswith("OK   Ingen netværksforbindelser")


def test_the_guard_records_and_refuses_every_connection_and_restores_on_exit() -> None:
    before = socket.create_connection
    with NetworkGuard() as guard:
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("127.0.0.1", 9))
        with pytest.raises(NetworkBlockedError):
            socket.getaddrinfo("example.org", 80)
        s = socket.socket()
        try:
            with pytest.raises(NetworkBlockedError):
                s.connect(("127.0.0.1", 9))
        finally:
            s.close()
    assert len(guard.attempts) == 3
    assert socket.create_connection is before
