"""Dialogs tested alone with qtbot: the find dialog, the settings dialog. All names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from redact.core.geometry import Box
from redact.core.policy import KEEP_LIST, ORGANISATION, Policy
from redact.gui import dialogs
from redact.gui.find_dialog import FindDialog
from redact.gui.main_window import MainWindow
from redact.gui.settings import SettingsDialog, UserSettings
from redact.services import decisions, search
from redact.services.session import SEARCH_PRESETS
from redact.store.casefile import load_case
from tests.support.gui import QT_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def hit(doc: str, text: str, page: int = 0) -> search.Occurrence:
    return search.Occurrence(doc, page, (Box(100, 100, 160, 112),), text)


def test_find_dialog_drops_hits_when_the_search_text_changes(qtbot: QtBot, case_folder: Path) -> None:
    case = load_case(case_folder)
    dialog = FindDialog(case, "Hansen", "offl-30-1")
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


def test_search_and_redact_lists_hits_in_context_shows_them_and_redacts_only_the_ticked(
    qtbot: QtBot, window: MainWindow
) -> None:
    case = window.case
    assert case is not None
    window.search.find_dialog_open("Hansen")
    dialog = window.search.find_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=30_000)
    lines = [dialog.list.item(r).text() for r in range(3)]
    # each hit with the words around it, as on the page
    assert any("Ansøgning fra Jens Peter «Hansen»" in line for line in lines), lines
    assert any("«Hansen» bor i kommunen" in line for line in lines), lines

    # a click shows the hit on its page, marked; nothing is decided
    logged = len(case.decisions)
    notat = next(r for r in range(3) if lines[r].startswith("notat"))
    dialog.list.setCurrentRow(notat)
    assert window.doc_id == case.documents[1].id and window.page_view.marked_boxes()
    assert len(case.decisions) == logged

    # untick one: only the ticked hits are redacted
    dialog.list.item(notat).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.redact_button.text() == "Overstreg valgte (2)"
    dialog.redact_button.click()
    redacted = decisions.manual_redactions(case)
    assert len(redacted) == 2 and all(m.document == case.documents[0].id for m in redacted)


def test_presets_search_for_danish_identifiers(qtbot: QtBot, window: MainWindow) -> None:
    window.search.find_dialog_open()
    dialog = window.search.find_dialog
    assert dialog is not None
    k = dialog.presets.findText("CPR-numre")
    dialog.presets.setCurrentIndex(k)
    dialog.presets.activated.emit(k)
    assert dialog.regex.isChecked()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=30_000)
    assert "«120384-1234»" in dialog.list.item(0).text()


@pytest.mark.parametrize(
    ("preset", "text", "hits"),
    [
        ("CPR-numre", "cpr 120384-1234 og 1203841234, ikke 991234-1234567", ["120384-1234", "1203841234"]),
        ("Telefonnumre", "tlf. 20 12 34 56 eller +45 87654321, sagsnr. 123456789", ["20 12 34 56", "+45 87654321"]),
        ("E-mailadresser", "skriv til bo.fiktiv@eksempel.dk.", ["bo.fiktiv@eksempel.dk"]),
        (
            "Kontonumre (reg.nr. og konto)",
            "reg.nr. 1234 kontonr. 0012345678 eller 1234-0012345678",
            ["1234-0012345678"],
        ),
    ],
)
def test_each_preset_finds_its_identifier(preset: str, text: str, hits: list[str]) -> None:
    pattern = next(p.pattern for p in SEARCH_PRESETS if p.name == preset)
    found = [m.group() for m in search.search_pattern(pattern, regex=True).finditer(text)]
    assert found == hits


def test_the_basis_picker_says_what_each_basis_protects(qtbot: QtBot) -> None:
    dialog = dialogs.BasisDialog("offl-19", "forslaget")
    qtbot.addWidget(dialog)
    assert dialog.description.text() == "Sagen er en sag inden for strafferetsplejen."
    k = dialog.combo.findData("offl-30-1")
    dialog.combo.setCurrentIndex(k)
    assert dialog.description.text() and dialog.description.text() != "Sagen er en sag inden for strafferetsplejen."
    for i in range(dialog.combo.count()):
        assert dialog.combo.itemData(i, Qt.ItemDataRole.ToolTipRole)


def test_the_machine_policy_locks_settings_and_gives_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    staff = tmp_path / "medarbejdere.txt"
    staff.write_text("Rita Sagsbehandlersen\n", encoding="utf-8")
    policy = Policy(organisation="Eksempel Kommune", keep_list=staff, locked=frozenset({ORGANISATION, KEEP_LIST}))
    mine = UserSettings(organisation="Min afdeling", keep_list="", default_basis="offl-33-5")
    in_force = mine.under(policy)
    assert in_force.organisation == "Eksempel Kommune"  # locked: the policy's
    assert in_force.keep_list == str(staff)
    assert in_force.default_basis == "offl-33-5"  # not locked: the user's own
    assert UserSettings().under(Policy(default_legal_basis="offl-30-2")).default_basis == "offl-30-2"

    dialog = SettingsDialog(in_force, None, policy.locked)
    qtbot.addWidget(dialog)
    assert not dialog.organisation.isEnabled() and not dialog.keep_list.isEnabled() and not dialog.browse.isEnabled()
    assert dialog.basis.isEnabled() and "Låst" in dialog.organisation.toolTip()


def test_the_basis_picker_lists_the_kinds_first_and_marks_the_suggested_one(qtbot: QtBot) -> None:
    from redact.services import legal

    choices = legal.basis_choices(legal.legal_bases(), legal.suggestions("da"), suggested="offl-30-2")
    dialog = dialogs.BasisDialog("offl-30-1", "forslaget", choices=choices)
    qtbot.addWidget(dialog)
    texts = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert texts[0].startswith("Private forhold: offentlighedslovens § 30, nr. 1")
    assert texts[1].startswith("Forretningsforhold:") and texts[1].endswith("foreslået for det valgte")
    assert dialog.basis() == "offl-30-1"  # the current basis stays chosen
    dialog.combo.setCurrentIndex(1)
    assert dialog.basis() == "offl-30-2"


def test_the_policy_gives_and_locks_the_authoritys_legal_bases(qtbot: QtBot, tmp_path: Path) -> None:
    from redact.core.policy import LEGAL_BASES

    own = tmp_path / "hjemler.yaml"
    policy = Policy(legal_bases=own, locked=frozenset({LEGAL_BASES}))
    in_force = UserSettings(legal_bases=str(tmp_path / "min.yaml")).under(policy)
    assert in_force.legal_bases == str(own)
    assert UserSettings().under(Policy(legal_bases=own)).legal_bases == str(own)  # unlocked: a default
    dialog = SettingsDialog(in_force, None, policy.locked)
    qtbot.addWidget(dialog)
    assert not dialog.legal_bases.isEnabled() and dialog.result_settings().legal_bases == str(own)
