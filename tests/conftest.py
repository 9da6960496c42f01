"""Shared fixtures. The network guard is autouse: the product is offline, and a test fails on
any attempt to open a connection."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import offline

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    offline.install()
    yield


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the code keeps in the user's cache folder (detect.spelling) goes to the test run's own."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(autouse=True, scope="session")
def _presidio_whole() -> Iterator[None]:
    """`cli.main` defers Presidio's predefined recognizers for the rest of its process
    (detect.deferred), and tests here call it in this process while others ask Presidio for its
    predefined recognizers by name: the test run keeps Presidio whole. The deferral is tested in
    fresh interpreters (tests/detect/test_deferred.py) and in every batch run as a subprocess."""
    from redact.detect import deferred

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(deferred, "defer_presidio_recognizers", lambda: False)
        yield


@pytest.fixture(scope="session")
def presidio_detector():  # type: ignore[no-untyped-def]
    from redact.detect.presidio_detector import PresidioDetector

    return PresidioDetector()
