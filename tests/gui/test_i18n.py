"""Translations: every user-facing text is in resources/i18n/redact_<lang>.ts (English, Norwegian
bokmål, Swedish), the compiled .qm files are current, and the app speaks each language when asked to."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redact.gui.context import AppContext
from redact.gui.i18n import LANGUAGES, install_translators, system_language, translation_dirs
from redact.gui.settings import SettingsDialog, UserSettings
from tests.support.gui import QT_NOISE, open_window

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
TRANSLATED = [lang for lang in LANGUAGES if lang != "da"]
SCRIPTS = Path(sys.executable).parent
UPDATE = "pyside6-lupdate src/redact/gui/*.py -ts resources/i18n/redact_{}.ts -no-obsolete"


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


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The GUI's texts as pyside6-lupdate finds them today."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(str(p) for p in (REPO / "src" / "redact" / "gui").glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_of_the_gui_is_in_the_translation_source(fresh: Path, lang: str) -> None:
    ts = I18N / f"redact_{lang}.ts"
    missing = sources(fresh) - sources(ts)
    hint = UPDATE.format(lang)
    assert not missing, f"texts missing from {ts.name} (run `{hint}` and translate them): {sorted(missing)[:5]}"
    root = ET.parse(ts).getroot()
    assert root.get("language") == lang
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert not unfinished, f"untranslated: {unfinished[:5]}"

    def marks(text: str | None) -> list[str]:
        return sorted(re.findall(r"%\d", text or ""))

    pairs = [(m.findtext("source"), m.findtext("translation")) for m in root.iter("message")]
    placeholders = [source for source, translation in pairs if marks(source) != marks(translation)]
    assert not placeholders, f"%1, %2 … lost or added in the translation of: {placeholders[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_translation_is_current(tmp_path: Path, lang: str) -> None:
    ts = I18N / f"redact_{lang}.ts"
    qm = ts.with_suffix(".qm")
    compiled = tmp_path / qm.name
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert qm.read_bytes() == compiled.read_bytes(), f"recompile: pyside6-lrelease {ts} -qm {qm}"
    assert qm.parent in translation_dirs()


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


@pytest.mark.parametrize(
    ("lang", "new_case", "accept", "case_menu", "qt_file", "qt_cancel"),
    [
        ("nb", "&Ny sak…", "Godta (A)", "&Sak", "qtbase_nn.qm", "Avbryt"),
        ("sv", "&Nytt ärende…", "Godkänn (A)", "&Ärende", "qtbase_sv.qm", "Avbryt"),
    ],
)
def test_norwegian_and_swedish_when_asked(
    qtbot: QtBot,
    qapp: QApplication,
    ctx: AppContext,
    lang: str,
    new_case: str,
    accept: str,
    case_menu: str,
    qt_file: str,
    qt_cancel: str,
) -> None:
    loaded: list[QTranslator] = install_translators(qapp, lang)
    try:
        assert any(t.filePath().endswith(f"redact_{lang}.qm") for t in loaded)
        # Qt's own texts: Swedish from qtbase_sv; bokmål, which Qt does not ship, from nynorsk
        assert any(t.filePath().endswith(qt_file) for t in loaded)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_cancel
        assert QCoreApplication.translate("MainWindow", "&Ny sag…") == new_case
        window = open_window(qtbot, ctx)
        assert window.accept_button.text() == accept
        assert window.menuBar().actions()[0].text() == case_menu
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "&Ny sag…") == "&Ny sag…"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("nb_NO", "nb"),
        ("nn_NO", "nb"),
        ("sv_SE", "sv"),
        ("sv_FI", "sv"),
        ("da_DK", "da"),
        ("de_DE", "da"),
        ("en_GB", "da"),
    ],
)
def test_the_language_follows_the_system_unless_chosen(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_the_settings_offer_every_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog(UserSettings(language="sv"))
    qtbot.add_widget(dialog)
    offered = [dialog.language.itemData(k) for k in range(dialog.language.count())]
    assert offered == ["", *LANGUAGES]
    assert dialog.result_settings().language == "sv"
    dialog.language.setCurrentIndex(0)
    assert dialog.result_settings().language == ""  # follows the system
