"""One detector per country, chosen by the document's language.

Lists, lexicons and patterns differ between Danish, Norwegian and Swedish documents (a Danish
reg.nr. + kontonr. is not a Norwegian kontonummer; "tlf." and "tfn" introduce different number
groupings), so the detectors that hold such data come in one instance per language family and
this router sends each text to the right one. Bokmål and nynorsk share the Norwegian one; English
uses the Danish one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from redact.core.detector import Detector, detect_all
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

    def detect_all(self, texts: Sequence[str], language: str = "da") -> list[list[Finding]]:
        return detect_all(self.for_language(language), texts, language)


class Lazy:
    """A detector built on its first use.

    A run loads what its documents' languages need: a Danish request never loads the Swedish
    model, lists and lexicon (building every language's detectors took most of a worker's start).
    """

    def __init__(self, name: str, build: Callable[[], Detector]) -> None:
        self.name = name
        self._build = build
        self._made: Detector | None = None

    def built(self) -> Detector:
        if self._made is None:
            self._made = self._build()
        return self._made

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        return self.built().detect(text, language)

    def detect_all(self, texts: Sequence[str], language: str = "da") -> list[list[Finding]]:
        return detect_all(self.built(), texts, language)
