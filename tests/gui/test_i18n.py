"""Translations: every user-facing text is in resources/i18n/redact_en.ts, the compiled .qm is
current, and the app shows English when asked to."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redact.gui.context import AppContext
from redact.gui.i18n import install_translators, translation_dirs
from tests.gui.conftest import QT_NOISE, open_window

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "redact_en.ts"
QM = TS.with_suffix(".qm")
SCRIPTS = Path(sys.executable).parent
UPDATE = "pyside6-lupdate src/redact/gui/*.py -ts resources/i18n/redact_en.ts -no-obsolete"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(SCRIPTS)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (str(ctx.findtext("name")), str(m.findtext("source")))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_text_of_the_gui_is_in_the_translation_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (REPO / "src" / "redact" / "gui").glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, f"texts missing from {TS.name} (run `{UPDATE}` and translate them): {sorted(missing)[:5]}"
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert not unfinished, f"untranslated: {unfinished[:5]}"


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    compiled = tmp_path / "redact_en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert QM.read_bytes() == compiled.read_bytes(), f"recompile: pyside6-lrelease {TS} -qm {QM}"
    assert QM.parent in translation_dirs()


def test_english_when_asked(qtbot: QtBot, qapp: QApplication, ctx: AppContext) -> None:
    loaded: list[QTranslator] = install_translators(qapp, "en")
    try:
        assert any(t.filePath().endswith("redact_en.qm") for t in loaded)
        assert QCoreApplication.translate("MainWindow", "&Ny sag…") == "&New case…"
        window = open_window(qtbot, ctx)
        assert window.accept_button.text() == "Accept (A)"
        assert window.menuBar().actions()[0].text() == "&Case"
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "&Ny sag…") == "&Ny sag…"


def test_qt_speaks_danish_too(qapp: QApplication) -> None:
    # Qt's own buttons and the file dialog: qtbase_da.qm (qt_da.qm fails without the multimedia catalogue)
    loaded: list[QTranslator] = install_translators(qapp, "da")
    try:
        assert any(t.filePath().endswith("qtbase_da.qm") for t in loaded)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
