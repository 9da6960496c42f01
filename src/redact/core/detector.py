"""The seam every detector plugs into: text in, findings out.

Structured identifiers (Presidio patterns) and named entities (the NER model, gazetteers) both
implement this, so the services never know which technique found what.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from redact.core.finding import Finding


class Detector(Protocol):
    name: str

    def detect(self, text: str, language: str) -> list[Finding]: ...


@runtime_checkable
class Refiner(Protocol):
    """A detector that also judges what all detectors found on a page, with the page in view.

    Whether a capitalised word is a name at all, and whether a name is a private person's or an
    official's acting in office, needs the words around it and the other findings: a refiner drops,
    trims or re-labels findings after every detector has run.
    """

    name: str

    def refine(self, text: str, findings: list[Finding], language: str) -> list[Finding]: ...


@runtime_checkable
class BatchDetector(Protocol):
    """A detector that is faster on many texts at once (a model that runs texts in batches)."""

    name: str

    def detect_all(self, texts: Sequence[str], language: str) -> list[list[Finding]]: ...


def detect_all(detector: Detector, texts: Sequence[str], language: str) -> list[list[Finding]]:
    """`detector`'s findings in each of `texts`, all at once where the detector can do that."""
    if isinstance(detector, BatchDetector):
        return detector.detect_all(texts, language)
    return [detector.detect(text, language) for text in texts]
