"""Drive the review app in a real X session with real input events, as a case handler would.

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/e2e/drive.py CASE_FOLDER RESULT.json \
        [--group NAME] [--pictures DIR]

Runs on Qt's xcb platform (not offscreen); every step is an X event made by `xdotool` (XTEST),
sent from a thread of its own while the app runs (its modal dialogs included); what the driver
reads from the window it asks the GUI thread for.
open the case through Ctrl+O and the file dialog, click a group in the proposal list and press A,
draw an area with the mouse, accept the rest with A, search with Ctrl+F, export with Ctrl+E and
Enter. With --pictures, it saves the README's pictures on the way: the review with outlines and
labels, the search dialog with the words around each hit, and a page of samlet.pdf.
The result (what the case says afterwards, the package written) goes to RESULT.json as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from redact.core.case import State
from redact.core.detector import Detector
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.gui.app import application
from redact.gui.context import AppContext
from redact.gui.dialogs import NewCaseDialog
from redact.gui.i18n import install_translators
from redact.gui.main_window import MainWindow
from redact.gui.page_view import Tool
from redact.services import decisions, rendering, review

STEP_TIMEOUT = float(os.environ.get("DRIVE_TIMEOUT", "60"))


def no_detectors() -> list[Detector]:
    return []  # the case is built already; nothing is added while driving


def xdo(*args: object) -> None:
    subprocess.run(["xdotool", *(str(a) for a in args)], check=True)


def point_at(widget: QWidget, local: QPoint) -> tuple[int, int]:
    p = widget.mapToGlobal(local)
    return p.x(), p.y()


class Bridge(QObject):
    """Runs a function in the GUI thread for the driver's thread (a queued signal: answered also
    while a modal dialog runs its own event loop)."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.asked.connect(self._answer, Qt.ConnectionType.QueuedConnection)

    def _answer(self, request: tuple[Callable[[], Any], queue.Queue[tuple[bool, Any]]]) -> None:
        fn, answer = request
        try:
            answer.put((True, fn()))
        except BaseException as exc:  # handed to the driver's thread, which raises it
            answer.put((False, exc))

    def call(self, fn: Callable[[], Any]) -> Any:
        answer: queue.Queue[tuple[bool, Any]] = queue.Queue()
        self.asked.emit((fn, answer))
        ok, value = answer.get(timeout=STEP_TIMEOUT)
        if not ok:
            raise value
        return value


class Driver:
    def __init__(self, bridge: Bridge, window: MainWindow, case: Path, group: str, pictures: Path | None) -> None:
        self.bridge, self.window, self.case_path, self.group, self.pictures = bridge, window, case, group, pictures
        self.result: dict[str, object] = {}
        self.title, self.journal = "", ""

    def gui(self, fn: Callable[[], Any]) -> Any:
        return self.bridge.call(fn)

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        """Poll `condition` in the GUI thread until it holds."""
        end = time.monotonic() + STEP_TIMEOUT
        while not self.gui(condition):
            if time.monotonic() > end:
                raise TimeoutError(f"timed out waiting for: {what}")
            time.sleep(0.05)
        time.sleep(0.1)

    def hover(self, widget: QWidget) -> None:
        """Give the widget's window the keyboard (Xvfb has no window manager to do it on a click)
        and put the pointer over the widget."""
        x, y = self.gui(lambda: point_at(widget, widget.rect().center()))
        xdo("mousemove", x, y)
        xdo("windowfocus", "--sync", self.gui(lambda: int(widget.window().winId())))
        self.wait(lambda: widget.window().isActiveWindow(), "the window to be active")

    def modal(self, kind: type) -> QWidget | None:
        w = QApplication.activeModalWidget()
        return w if isinstance(w, kind) else None

    def run(self) -> None:
        w = self.window
        # open: Ctrl+O, type the path into Qt's file dialog, Enter
        self.hover(w)
        xdo("key", "ctrl+o")
        self.wait(lambda: self.modal(QFileDialog) is not None, "the open dialog")
        xdo("type", "--delay", "5", str(self.case_path / "sag.redact"))
        xdo("key", "Return")
        self.wait(lambda: w.case is not None, "the case to open")
        case = self.gui(lambda: w.case)
        assert case is not None
        self.result["opened"] = case.title
        persons = [g for g in review.group_summary(case) if g.entity is Entity.PERSON]
        group_name = self.group or max(persons, key=lambda g: (g.mentions, g.documents)).name

        # search: Ctrl+F, type, Enter; the hits with the words around them; a click shows one
        self.hover(w)
        xdo("key", "ctrl+f")
        self.wait(lambda: w.search.find_dialog is not None and w.search.find_dialog.isVisible(), "the search dialog")
        dialog = self.gui(lambda: w.search.find_dialog)
        assert dialog is not None
        self.hover(dialog)
        xdo("type", "--delay", "5", group_name.split()[-1])
        xdo("key", "Return")
        self.wait(lambda: dialog.list.count() > 0, "search hits")
        self.result["hits"] = self.gui(lambda: [dialog.list.item(r).text() for r in range(dialog.list.count())])
        first = self.gui(
            lambda: point_at(dialog.list.viewport(), dialog.list.visualItemRect(dialog.list.item(0)).center())
        )
        xdo("mousemove", *first, "click", 1)
        self.wait(lambda: bool(w.page_view.marked_boxes()), "the hit shown on its page")
        self.result["hit_shown"] = True
        if self.pictures is not None:
            pictures = self.pictures
            self.gui(lambda: dialog.grab().save(str(pictures / "gui-search.png")))
        self.hover(dialog)
        xdo("key", "Escape")
        self.wait(lambda: not dialog.isVisible(), "the search dialog to close")

        # accept a group: click it in the list, press A
        group = next(g for g in review.group_summary(case) if g.name == group_name)
        index = self.gui(lambda: w.tree_model.index_of(group.key))
        self.gui(lambda: w.tree.scrollTo(index))
        xdo("mousemove", *self.gui(lambda: point_at(w.tree.viewport(), w.tree.visualRect(index).center())), "click", 1)
        self.wait(lambda: w.tree.currentIndex() == index, "the group to be selected")
        self.hover(w.tree)
        xdo("key", "a")
        self.wait(lambda: all(case.states()[p] is State.ACCEPTED for p in group.proposals), "the group accepted")
        self.result["group_accepted"] = list(group.proposals)

        # draw an area on the page shown: O, then drag with the mouse
        doc = self.gui(lambda: w.doc_id)
        assert doc is not None
        view = w.page_view
        self.hover(view)
        xdo("key", "o")
        self.wait(lambda: view.tool is Tool.AREA, "the area tool")
        self.gui(lambda: view.show_page(0))
        width, height = self.gui(lambda: rendering.page_sizes(case, w.folder, doc)[0])
        area = Box(width * 0.55, height * 0.06, width * 0.85, height * 0.12)

        def corners() -> tuple[tuple[int, int], tuple[int, int]]:
            rect = view.mapFromScene(view.to_scene(0, area)).boundingRect()
            return point_at(view.viewport(), rect.topLeft()), point_at(view.viewport(), rect.bottomRight())

        (x0, y0), (x1, y1) = self.gui(corners)
        manual_before = self.gui(lambda: len(decisions.manual_redactions(case)))
        xdo("mousemove", x0, y0, "mousedown", 1, "mousemove", (x0 + x1) // 2, (y0 + y1) // 2)
        xdo("mousemove", x1, y1, "mouseup", 1)
        self.wait(lambda: len(decisions.manual_redactions(case)) > manual_before, "the drawn area")
        self.result["manual"] = [m.text for m in decisions.manual_redactions(case)]
        xdo("key", "v")
        self.wait(lambda: view.tool is Tool.SELECT, "the select tool")
        if self.pictures is not None:
            pictures = self.pictures
            self.gui(view.render_visible)
            time.sleep(0.3)
            self.gui(lambda: w.grab().save(str(pictures / "gui-review.png")))

        # the rest with the keyboard: N to the next open proposal, A accepts and goes on
        self.hover(w.tree)

        def open_left() -> int:
            return sum(1 for s in case.states().values() if s is State.OPEN)

        xdo("key", "n")  # to the next open proposal (the drawn area is selected)
        self.wait(lambda: w.selected in case.proposals or not open_left(), "the next open proposal")
        for _ in range(len(case.proposals)):
            left = self.gui(open_left)
            if not left:
                break
            xdo("key", "a")
            self.wait(lambda n=left: open_left() < n, "an accept")

        # export: Ctrl+E, Enter on the question; the report dialog says what was written
        xdo("key", "ctrl+e")
        self.wait(lambda: self.modal(QMessageBox) is not None or self.modal(NewCaseDialog) is not None, "export")
        info = self.gui(lambda: self.modal(NewCaseDialog))
        if info is not None:  # a case from `redact batch`: the first export asks for title and journal number
            self.hover(info)
            xdo("type", "--delay", "5", self.journal)
            xdo("key", "shift+Tab")
            xdo("type", "--delay", "5", self.title)
            xdo("key", "Return")
            self.wait(lambda: self.modal(QMessageBox) is not None, "the export question")
        self.hover(self.gui(lambda: self.modal(QMessageBox)))
        xdo("key", "Return")
        self.wait(lambda: w.export.last_export is not None and not w.runner.busy, "the export")
        outcome, out_dir = self.gui(lambda: w.export.last_export)
        assert outcome is not None, "the export failed"
        self.result["package"] = str(out_dir)
        self.result["written"] = list(outcome.written)
        if self.pictures is not None:
            samlet = out_dir / "samlet.pdf"
            (self.pictures / "samlet-side.png").write_bytes(rendering.render_file_page(samlet, 0, 1.5))
        report = self.gui(lambda: w.export.report_dialog)
        if report is not None:
            self.wait(report.isVisible, "the export report")
            self.hover(report)
            xdo("key", "Escape")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("case", type=Path)
    parser.add_argument("result", type=Path)
    parser.add_argument("--group", default="", help="the group to accept (default: the person found most often)")
    parser.add_argument("--pictures", type=Path)
    parser.add_argument("--title", default="Aktindsigt i sag om tilskud til briller", help="if the app asks for it")
    parser.add_argument("--journal", default="26/01234", help="if the app asks for it")
    args = parser.parse_args()
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        print("drive.py needs the xcb platform (run it under xvfb-run)", file=sys.stderr)
        return 2
    app = application()
    install_translators(app, "da")
    with tempfile.TemporaryDirectory() as tmp:
        store = QSettings(str(Path(tmp) / "indstillinger.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(no_detectors, store, interactive=True, who="e2e", case_dir=args.case.parent)
        window = MainWindow(ctx)
        window.resize(1440, 900)
        window.move(0, 0)
        window.show()
        if args.pictures is not None:
            args.pictures.mkdir(parents=True, exist_ok=True)
        bridge = Bridge()
        driver = Driver(bridge, window, args.case.resolve(), args.group, args.pictures)
        driver.title, driver.journal = args.title, args.journal
        failure: list[BaseException] = []

        def go() -> None:
            try:
                driver.run()
            except BaseException as exc:  # reported below; the app must still close
                failure.append(exc)
            QTimer.singleShot(0, app, window.close)
            QTimer.singleShot(0, app, app.quit)

        thread = threading.Thread(target=go, name="driver", daemon=True)
        QTimer.singleShot(500, thread.start)
        app.exec()
        thread.join(10)
    args.result.write_text(json.dumps(driver.result, ensure_ascii=False, indent=1), encoding="utf-8")
    if failure:
        raise failure[0]
    return 0


if __name__ == "__main__":
    sys.exit(main())
