"""The app factory: builds the QApplication, the translators, the settings and the main window.

`redact gui [PATH] [--screenshot FILE.png]` ends up here (imported lazily by the CLI, so the CLI
works without Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from redact.core.detector import Detector
from redact.core.errors import RedactError
from redact.gui.compat import protect_singletons
from redact.gui.context import AppContext
from redact.gui.i18n import install_translators, system_language
from redact.gui.main_window import MainWindow
from redact.gui.settings import UserSettings
from redact.services import access, review

SCREENSHOT_SIZE = (1440, 900)


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("redact")
    QCoreApplication.setApplicationName("redact")
    app = QApplication(sys.argv[:1])
    protect_singletons()
    return app


def run(
    path: Path | None,
    detectors: Callable[[], list[Detector]],
    model_version: str = "",
    screenshot: Path | None = None,
) -> int:
    """Open the app (on `path` if given); with `screenshot`, save a picture of the window and exit."""
    app = application()
    store = QSettings("redact", "redact")
    language = os.environ.get("REDACT_LANG") or UserSettings.load(store).language or system_language()
    install_translators(app, language)
    from redact.store.policy import machine_policy

    # the machine policy (locked settings, letterhead); a broken one stops here with every problem
    ctx = AppContext(detectors, store, model_version, interactive=screenshot is None, policy=machine_policy())
    # A bad path or a case another program writes: CaseFileError, exit 5, before a window opens.
    opened = access.open_for_writing(path, "redact gui", ctx.who) if path is not None else None
    window = MainWindow(ctx)
    if opened is not None:
        window.show_case(opened.case, opened.folder, opened.lock)
        for note in opened.notes:
            print(f"ADVARSEL: {note}", file=sys.stderr)
    if screenshot is not None:
        return take_screenshot(window, screenshot)
    window.show()
    return app.exec()


def take_screenshot(window: MainWindow, target: Path) -> int:
    """Show the first document with its proposals (the first open one selected) and save the window."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    case = window.case
    if case is not None and case.documents:
        first = next((d for d in case.documents if d.pages), case.documents[0])
        window.select_document(first.id)
        app.processEvents()
        nxt = review.next_open(case, document=first.id)
        if nxt is not None and case.proposals[nxt].document == first.id:
            window.select_item(nxt)
    for _ in range(3):
        app.processEvents()
    window.page_view.render_visible()
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(target))
    window.close()
    if not saved:
        raise RedactError(f"{target}: skærmbilledet kan ikke gemmes")
    return 0
