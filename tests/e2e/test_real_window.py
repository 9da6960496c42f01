"""The main path in a real window: the app on Xvfb (xcb, not offscreen), driven by real X input
events from xdotool (tests/e2e/drive.py): open, accept a group, draw an area, search, export.
All names and numbers are invented."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from redact.core.keeplist import KeepList
from redact.services import additions, decisions, review
from redact.store.casefile import load_case
from tests.support.builders import all_text
from tests.support.fakes import fake_detectors, request_files

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("drive.py")

pytestmark = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")), reason="needs xvfb-run and xdotool (make setup)"
)


def test_open_accept_a_group_draw_an_area_and_export_in_a_real_window(tmp_path: Path) -> None:
    folder = tmp_path / "sager" / "byggesag"
    case = review.create_case(folder, "Aktindsigt i byggesag", "24/01234")
    sources, _ = additions.plan_sources(case, folder, request_files(tmp_path / "originaler"))
    addition = additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    additions.merge_addition(case, folder, addition)
    result = tmp_path / "resultat.json"
    pictures = tmp_path / "billeder"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)]),
    }
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(DRIVER), str(folder), str(result)]
        + ["--pictures", str(pictures)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(result.read_text(encoding="utf-8"))
    assert got["opened"] == "Aktindsigt i byggesag"
    assert len(got["group_accepted"]) == 3
    # the search (before any decision): every hit with the words around it
    assert any("Ansøgning fra Jens Peter «Hansen» CPR" in hit for hit in got["hits"]), got["hits"]

    # what the window did is in the case on disk, and in the verified package
    saved = load_case(folder)
    assert all(s.value == "accepted" for s in saved.states().values())
    manual = decisions.manual_redactions(saved)
    assert len(manual) == 1 and manual[0].who == "e2e"
    samlet = Path(got["package"]) / "samlet.pdf"
    text = all_text(samlet)
    for secret in ("120384-1234", "20 12 34 56", "Hansen", "Karen Opdigtsen", "Bo Fiktivsen"):
        assert secret not in text
    assert "§ 30, nr. 1" in text
    for picture in ("gui-review.png", "gui-search.png", "samlet-side.png"):
        assert (pictures / picture).stat().st_size > 10_000
