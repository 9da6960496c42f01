"""Builds the detectors of a run. The NER model and name lists plug in here (detection issue)."""

from __future__ import annotations

from redact.core.detector import Detector
from redact.detect.presidio_detector import PresidioDetector

MODEL_VERSION = "ingen NER-model (kun mønstre)"


def build_detectors() -> list[Detector]:
    return [PresidioDetector()]


def model_version() -> str:
    return MODEL_VERSION
