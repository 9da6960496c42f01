"""Where the app's read-only data lives: the source tree, or the folder of a PyInstaller bundle.

In the source tree the data sits at the repository root (`models/`, `resources/`). In a bundle
PyInstaller unpacks the app's data into `sys._MEIPASS` (the `_internal` folder next to the
`redact` executable), and the spec (installer/redact.spec) puts `models/`, `resources/` and
`tessdata/` there. Every module that reads shipped data asks this module, never `__file__`:
a path relative to a module file is wrong inside a bundle.

Standard library only, so every layer may import it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# src/redact/paths.py -> the repository root
_REPO_ROOT = Path(__file__).resolve().parents[2]


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder that holds `models/`, `resources/` (and, in a bundle, `tessdata/`)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 (not in the stubs)
    return _REPO_ROOT


def resources_dir() -> Path:
    """Name lists, address data, lexicons, legal bases, templates, translations."""
    return app_root() / "resources"


def models_dir() -> Path:
    """Trained models; the NER model is `models_dir() / "da_redact_ner"`."""
    return app_root() / "models"


def tessdata_dir() -> Path:
    """The Tesseract language data shipped with the app (`dan`, `nor`, `swe` .traineddata).

    Only a bundle ships it; in the source tree this folder normally does not exist and OCR uses
    the system's data (see redact.pdf.ocr.tessdata_dir, which looks here first).
    """
    return app_root() / "tessdata"
