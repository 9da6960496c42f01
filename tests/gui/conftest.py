"""Fixtures of the GUI tests: an isolated settings file, the app context with a fast fake
detector, a small case built with the services, and a main window on it. Offscreen Qt (set in
tests/conftest.py). All names and numbers are invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redact.core.keeplist import KeepList
from redact.gui.compat import protect_singletons
from redact.gui.context import AppContext
from redact.gui.main_window import MainWindow
from redact.services import additions, review
from tests.support.fakes import fake_detectors, request_files
from tests.support.gui import WHO, open_window


@pytest.fixture(autouse=True, scope="session")
def _none_protected(qapp: QApplication) -> None:
    """The app does this at start (see redact.gui.compat); a GUI test session must too."""
    protect_singletons()


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "indstillinger.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(store: QSettings, tmp_path: Path) -> AppContext:
    return AppContext(
        fake_detectors, store, "test", isolated=False, interactive=False, who=WHO, case_dir=tmp_path / "sager"
    )


@pytest.fixture
def originals(tmp_path: Path) -> list[Path]:
    return request_files(tmp_path / "originaler")


@pytest.fixture
def case_folder(tmp_path: Path, originals: list[Path]) -> Path:
    """A case with two documents and their proposals, built by the services as the app does."""
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Aktindsigt i byggesag", "24/01234")
    sources, _ = additions.plan_sources(case, folder, originals)
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    return folder


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, case_folder: Path) -> Iterator[MainWindow]:
    w = open_window(qtbot, ctx, case_folder)
    yield w
    w.runner.shutdown()
