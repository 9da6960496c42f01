"""Dialogs tested alone with qtbot: the find dialog, the settings dialog. All names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from redact.core.geometry import Box
from redact.gui import dialogs
from redact.gui.settings import SettingsDialog, UserSettings
from redact.services import review
from redact.store.casefile import load_case
from tests.gui.conftest import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def hit(doc: str, text: str, page: int = 0) -> review.Occurrence:
    return review.Occurrence(doc, page, (Box(100, 100, 160, 112),), text)


def test_find_dialog_drops_hits_when_the_search_text_changes(qtbot: QtBot, case_folder: Path) -> None:
    case = load_case(case_folder)
    dialog = dialogs.FindDialog(case, "Hansen", "offl-30-1")
    qtbot.addWidget(dialog)
    asked: list[tuple[str, bool, bool, bool]] = []
    dialog.search_requested.connect(lambda *a: asked.append(a))
    dialog.search_button.click()
    assert asked == [("Hansen", False, False, True)]
    first = dialog.generation
    dialog.show_results([hit("0001", "Hansen"), hit("0002", "Hansen")], first)
    assert dialog.redact_button.isEnabled() and dialog.list.count() == 2

    qtbot.keyClicks(dialog.text, "s")  # the search text is now "Hansens": the hits above do not answer it
    assert dialog.list.count() == 0 and dialog.results == []
    assert not dialog.redact_button.isEnabled()

    dialog.search_button.click()
    dialog.show_results([hit("0001", "Hansen")], first)  # a late answer to the first search
    assert dialog.list.count() == 0 and not dialog.redact_button.isEnabled()
    dialog.show_results([], dialog.generation)
    assert dialog.list.count() == 0 and not dialog.redact_button.isEnabled()

    dialog.whole_words.setChecked(False)  # an option counts as a change of the search too
    assert dialog.generation > first + 1


def test_settings_labels_show_no_ampersand(qtbot: QtBot) -> None:
    dialog = SettingsDialog(UserSettings())
    qtbot.addWidget(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if "&" in w.text()]
    assert labels, "the labels carry keyboard mnemonics"
    for label in labels:  # a label with "&" but no buddy shows the ampersand itself
        assert label.buddy() is not None, label.text()
