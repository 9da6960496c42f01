"""`redact batch` end to end in a subprocess, with every network connection made to fail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.builders import all_text
from tests.support.child import child_env
from tests.support.request import digest, request

REPO = Path(__file__).resolve().parents[1]


def redact(*args: str) -> subprocess.CompletedProcess[str]:
    env = child_env()
    return subprocess.run(
        [sys.executable, str(REPO / "tests" / "support" / "offline.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def test_batch_end_to_end(tmp_path: Path) -> None:
    src = request(tmp_path)
    keep = tmp_path / "medarbejdere.txt"
    keep.write_text("# staff\nRita Sagsbehandlersen\n33 33 33 33\nrsa@kommune.example\n", encoding="utf-8")
    before = digest(src)
    out = tmp_path / "ud"
    res = redact("batch", str(src), "--out", str(out), "--keep-list", str(keep), "--auto-accept", "--jobs", "2")
    assert res.returncode == 3, res.stderr  # one input failed
    assert "NetworkAccessError" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("FEJL")]
    assert len(errors) == 1 and "kaput.pdf" in errors[0]
    assert f"Skrevet: 4 PDF'er til udlevering i {out / 'udlevering'}" in res.stdout
    assert "må aldrig udleveres" in res.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["failed"][0]["file"].endswith("kaput.pdf")
    assert report["redactions_per_entity"]["CPR"] == 2
    assert report["converter_per_document"]["post/note.pdf"] == "tekst (kodning utf-8)"
    assert "tekst (kodning utf-8) 1" in res.stdout
    assert report["release_dir"] == str(out / "udlevering")
    assert "120384-1234" not in all_text(out / "udlevering" / "brev.pdf")
    assert digest(src) == before


def test_batch_all_good_exits_zero_and_export_command(tmp_path: Path) -> None:
    src = request(tmp_path)
    (src / "kaput.pdf").unlink()
    out = tmp_path / "ud"
    res = redact("batch", str(src), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert "Sagsfil til gennemsyn" in res.stdout and not (out / "brev.pdf").exists()
    res = redact("export", str(out), "--out", str(tmp_path / "eksport"))
    assert res.returncode == 0, res.stderr
    # nothing was accepted, so the export hides nothing: proposals are only proposals
    assert "120384-1234" in all_text(tmp_path / "eksport" / "dokumenter" / "01-brev.pdf")
    assert "forslag er hverken accepteret eller afvist" in res.stdout


def test_withhold_and_export_package(tmp_path: Path) -> None:
    src = request(tmp_path)
    (src / "kaput.pdf").unlink()
    out = tmp_path / "ud"
    assert redact("batch", str(src), "--out", str(out), "--auto-accept").returncode == 0
    res = redact("withhold", str(out), "4", "--basis", "offl-23-1-1")
    assert res.returncode == 0 and "Dokument 4 er undtaget efter offentlighedslovens § 23, stk. 1, nr. 1" in res.stdout
    res = redact("withhold", str(out), "4", "--basis", "offl-99")
    assert res.returncode == 2 and "ukendt hjemmel" in res.stderr
    res = redact("export", str(out), "--journal", "26-0815")
    assert res.returncode == 0, res.stderr
    package = out / "aktindsigt"
    for name in ("samlet.pdf", "aktliste.pdf", "aktliste.csv", "afgoerelse-udkast.docx", "revisionsspor.csv"):
        assert (package / name).is_file(), name
    rows = (package / "aktliste.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[4].startswith("4;note;") and "Undtaget" in rows[4]
    assert "Telefon" not in all_text(package / "samlet.pdf")
    res = redact("bases")
    assert res.returncode == 0 and "offl-30-1" in res.stdout and "§ 30, nr. 1" in res.stdout


def test_usage_errors(tmp_path: Path) -> None:
    res = redact("batch", str(tmp_path / "findes-ikke"), "--out", str(tmp_path / "ud"))
    assert res.returncode == 2 and "findes ikke" in res.stderr
    res = redact("export", str(tmp_path))
    assert res.returncode == 5 and "ingen sagsfil" in res.stderr


def test_a_case_file_lacking_a_key_exits_5_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "sag.redact").write_text('{"format": 1, "documents": [], "proposals": []}', encoding="utf-8")
    for args in (("export", str(tmp_path)), ("withhold", str(tmp_path), "1", "--basis", "offl-30-1")):
        res = redact(*args)
        assert res.returncode == 5, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1 and "title" in res.stderr and "Traceback" not in res.stderr


def test_bases_has_a_header_and_a_closed_pipe_ends_quietly() -> None:
    res = redact("bases")
    assert res.stdout.splitlines()[0].split() == ["Kode", "Etiket", "Omfang", "Henvisning"]
    with subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "support" / "offline.py"), "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first line is written, like `| head -0`
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0 and err == ""


def test_a_failed_export_check_in_a_batch_exits_4_and_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pymupdf

    from redact.cli import main
    from redact.core.errors import ExitCode
    from redact.pdf.ocr import ocr_available
    from tests.support.hostile_builders import scan_pdf

    if not ocr_available():
        pytest.skip("Tesseract with Danish data is installed by make setup")
    src = tmp_path / "anmodning"
    src.mkdir()
    scan_pdf(src / "skanning.pdf", 1)
    monkeypatch.setattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", pymupdf.PDF_REDACT_IMAGE_NONE)  # boxes, no blanking
    out = tmp_path / "ud"
    assert main(["batch", str(src), "--out", str(out), "--auto-accept"]) == ExitCode.VERIFICATION_FAILED
    assert "billedpunkter under en redaktion er ikke fjernet" in capsys.readouterr().err
    assert not (out / "udlevering" / "skanning.pdf").exists() and not (out / "skanning.pdf").exists()


def test_withhold_while_another_program_writes_the_case_is_refused(tmp_path: Path) -> None:
    from redact.store.casefile import LOG_FILE, save_case
    from redact.store.lock import CaseLock
    from tests.store.test_casefile import sample_case

    save_case(sample_case(), tmp_path)
    with CaseLock(tmp_path, "mette", "redact gui"):
        res = redact("withhold", str(tmp_path), "1", "--basis", "offl-23-1-1")
    assert res.returncode == 5 and "i brug af mette (redact gui)" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / LOG_FILE).exists()  # nothing written by the refused writer
    (tmp_path / LOG_FILE).write_text('{"seq": 1, "action": "accept", "proposal": "a", "who": "x', encoding="utf-8")
    res = redact("withhold", str(tmp_path), "1", "--basis", "offl-23-1-1")  # after a power loss: set aside, said
    assert res.returncode == 0 and "afbrudt" in res.stderr and "Dokument 1 er undtaget" in res.stdout


def test_mupdf_error_lines_never_reach_the_terminal_and_failures_are_danish(tmp_path: Path) -> None:
    from tests.support.builders import damaged_pdf

    src = tmp_path / "anmodning"
    src.mkdir()
    damaged_pdf(src / "skadet.pdf")
    (src / "kaput.pdf").write_bytes(b"%PDF-1.7 broken")
    res = redact("batch", str(src), "--out", str(tmp_path / "ud"))
    assert res.returncode == 3, res.stderr
    assert "MuPDF" not in res.stdout + res.stderr and "syntax error" not in res.stdout + res.stderr
    failed = [line for line in res.stderr.splitlines() if line.startswith("FEJL")]
    assert len(failed) == 1, res.stderr
    failed_line = failed[0]
    assert "kaput.pdf" in failed_line and "beskadiget" in failed_line and "Failed" not in failed_line
    warnings = [line for line in res.stdout.splitlines() if line.startswith("ADVARSEL: skadet.pdf")]
    assert any("fejl i indholdet" in line for line in warnings), res.stdout
    assert len((res.stdout + res.stderr).splitlines()) < 12


def test_export_takes_the_title_and_journal_a_batch_case_lacks(tmp_path: Path) -> None:
    src = request(tmp_path)
    (src / "kaput.pdf").unlink()
    out = tmp_path / "ud"
    assert redact("batch", str(src), "--out", str(out), "--auto-accept").returncode == 0
    res = redact("export", str(out), "--out", str(tmp_path / "uden"))
    assert res.returncode == 0 and "intet journalnummer" in res.stderr and "--journal" in res.stderr
    res = redact("export", str(out), "--title", "Aktindsigt om støj fra værksted", "--journal", "26/04711")
    assert res.returncode == 0 and "journalnummer" not in res.stderr, res.stderr
    package = out / "aktindsigt"
    assert "Aktindsigt om støj fra værksted" in all_text(package / "aktliste.pdf")
    assert "26/04711" in all_text(package / "samlet.pdf")


def test_a_file_name_with_a_newline_stays_on_one_fejl_line(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    (src / "kaput\nbrev.pdf").write_bytes(b"%PDF-1.7 broken")
    (src / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    res = redact("batch", str(src), "--out", str(tmp_path / "ud"))
    assert res.returncode == 3, res.stderr
    [failed] = [line for line in res.stderr.splitlines() if line.strip()]
    assert failed.startswith("FEJL: ") and "kaput\\nbrev.pdf" in failed and "beskadiget" in failed


def test_a_language_change_while_another_program_writes_the_case_is_refused(tmp_path: Path) -> None:
    from redact.store.casefile import LOG_FILE, save_case
    from redact.store.lock import CaseLock
    from tests.store.test_casefile import sample_case

    save_case(sample_case(), tmp_path)
    before = (tmp_path / "sag.redact").read_bytes()
    with CaseLock(tmp_path, "mette", "redact gui"):
        res = redact("sprog", str(tmp_path), "1", "sv")
    assert res.returncode == 5 and "i brug af mette (redact gui)" in res.stderr
    assert not (tmp_path / LOG_FILE).exists()  # nothing written by the refused writer
    assert (tmp_path / "sag.redact").read_bytes() == before
