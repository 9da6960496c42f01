"""The environment of a test's child process: this checkout's `src` and `tests` first on the path,
so a subprocess runs the code under test (not another installed copy of redact)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join([str(REPO / "src"), str(REPO)])
    return dict(os.environ, PYTHONPATH=path, **extra)
