"""`redact gui --screenshot FILE.png PATH` end to end, in a subprocess like a user or CI runs it:
offscreen, and under Xvfb when it is installed. Also: the CLI does not need Qt for anything else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.batch import run_batch
from tests.support.child import child_env
from tests.support.fakes import fake_detectors, request_files

REPO = Path(__file__).resolve().parents[2]


def redact(args: list[str], env: dict[str, str], wrapper: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*(wrapper or []), sys.executable, str(REPO / "tests" / "support" / "offline.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    """A `redact batch` output folder (without --auto-accept): a case waiting for review."""
    out = tmp_path / "ud"
    run_batch([tmp_path / "originaler"], out, fake_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    return out


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    request_files(tmp_path / "originaler")
    return child_env(
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # never the developer's own settings
        QT_QPA_PLATFORM="offscreen",
    )


def check_picture(path: Path) -> None:
    assert path.is_file() and path.stat().st_size > 40_000  # a real window, not a blank
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1440, 900)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1440, 24) for y in range(0, 900, 24)}
    assert len(colours) > 8


def test_screenshot_offscreen(env: dict[str, str], batch_folder: Path, tmp_path: Path) -> None:
    shot = tmp_path / "skærmbillede.png"
    result = redact(["gui", "--screenshot", str(shot), str(batch_folder)], env)
    assert result.returncode == 0, result.stderr
    check_picture(shot)
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").rglob("*.conf"))


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed")
def test_screenshot_under_xvfb(env: dict[str, str], batch_folder: Path, tmp_path: Path) -> None:
    shot = tmp_path / "xvfb.png"
    env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    result = redact(["gui", "--screenshot", str(shot), str(batch_folder)], env, wrapper=["xvfb-run", "-a"])
    assert result.returncode == 0, result.stderr
    check_picture(shot)


def test_screenshot_of_no_case_fails_with_exit_5(env: dict[str, str], tmp_path: Path) -> None:
    shot = tmp_path / "intet.png"
    result = redact(["gui", "--screenshot", str(shot), str(tmp_path / "originaler")], env)
    assert result.returncode == 5
    assert "ingen sagsfil" in result.stderr
    assert not shot.exists()


def test_the_cli_does_not_load_qt(env: dict[str, str]) -> None:
    code = "import sys, redact.cli; redact.cli.build_parser(); assert 'PySide6' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    result = redact(["gui", "--help"], env)
    assert result.returncode == 0 and "--screenshot" in result.stdout
