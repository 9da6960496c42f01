"""One detector per country, chosen by the document's language.

Lists, lexicons and patterns differ between Danish, Norwegian and Swedish documents (a Danish
reg.nr. + kontonr. is not a Norwegian kontonummer; "tlf." and "tfn" introduce different number
groupings), so the detectors that hold such data come in one instance per language family and
this router sends each text to the right one. Bokmål and nynorsk share the Norwegian one; English
uses the Danish one.
"""

from __future__ import annotations

from collections.abc import Mapping

from redact.core.detector import Detector
from redact.core.finding import Finding
from redact.core.language import family


class ByLanguage:
    def __init__(self, name: str, detectors: Mapping[str, Detector], fallback: str = "da") -> None:
        if fallback not in detectors:
            raise ValueError(f"no detector for the fallback language {fallback!r}")
        self.name = name
        self._detectors = dict(detectors)
        self._fallback = fallback

    def for_language(self, language: str) -> Detector:
        return self._detectors.get(family(language), self._detectors[self._fallback])

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        return self.for_language(language).detect(text, language)
