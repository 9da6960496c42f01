"""What the app is given by its caller (the CLI or a test): no globals, everything passed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from redact.core.detector import Detector
from redact.core.policy import Policy
from redact.services.cases import current_user


def default_case_dir() -> Path:
    docs = Path.home() / "Dokumenter"
    return (docs if docs.is_dir() else Path.home()) / "Aktindsigt"


@dataclass
class AppContext:
    detectors: Callable[[], list[Detector]]  # must pickle: it is sent to the worker process
    store: QSettings  # the user's settings
    model_version: str = ""
    isolated: bool = True  # convert, detect and export in a fresh process (PyMuPDF is not thread-safe)
    interactive: bool = True  # False: no dialogs pop up (screenshots, tests)
    who: str = field(default_factory=current_user)
    case_dir: Path = field(default_factory=default_case_dir)
    policy: Policy | None = None  # the machine policy (locked settings, letterhead); None: no policy
