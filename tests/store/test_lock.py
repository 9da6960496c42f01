"""One writer at a time in a case folder: the second gets a clear Danish message naming the first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from redact.core.errors import CaseInUseError
from redact.store.lock import HOLDER_FILE, LOCK_FILE, CaseLock

REPO = Path(__file__).resolve().parents[2]


def test_a_second_writer_is_refused_with_the_holders_name(tmp_path: Path) -> None:
    with CaseLock(tmp_path, "mette", "redact gui"):
        assert (tmp_path / LOCK_FILE).exists() and (tmp_path / HOLDER_FILE).exists()
        with pytest.raises(CaseInUseError) as info:
            CaseLock(tmp_path, "karl", "redact withhold").acquire()
        message = info.value.message
        assert "i brug" in message and "mette" in message and "redact gui" in message
        assert "\n" not in message and info.value.exit_code == 5
    assert not (tmp_path / LOCK_FILE).exists()  # released
    with CaseLock(tmp_path, "karl", "redact withhold"):
        pass


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from redact.store.lock import CaseLock;"
        "lock = CaseLock(Path(sys.argv[1]), 'mette', 'redact batch'); lock.acquire();"
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(REPO / "src")},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(CaseInUseError, match="mette"):
            CaseLock(tmp_path, "karl", "redact gui").acquire()
    finally:
        child.kill()  # kill -9: the lock file stays behind
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert (tmp_path / LOCK_FILE).exists()
    with CaseLock(tmp_path, "karl", "redact gui"):  # its holder is provably gone on this machine
        assert "karl" in (tmp_path / HOLDER_FILE).read_text(encoding="utf-8")
