"""The seam every detector plugs into: text in, findings out.

Structured identifiers (Presidio patterns) and named entities (the NER model, gazetteers) both
implement this, so the services never know which technique found what.
"""

from __future__ import annotations

from typing import Protocol

from redact.core.finding import Finding


class Detector(Protocol):
    name: str

    def detect(self, text: str, language: str) -> list[Finding]: ...
