"""A property's cadastral designation, recognised by its label: it points to the owner's home.

A street address is not the only way a text locates a person's home: planning and building cases
name the property by its designation in the land register, and anyone can look the owner up there.

* Danish: "matr.nr. 10f Fiktivstrup By, Fiktivsogn" (number and letters, the ejerlav ending in By,
  Bygrunde, Markjorder ..., then the parish), "matr.nr. 7b Nørre Fiktiv" (capitalised words);
* Norwegian: "gnr. 12 bnr. 34", "gnr./bnr. 12/34", "gårdsnummer 12, bruksnummer 34", with "fnr." and
  "snr." after them;
* Swedish: "fastigheten Fiktivby 3:45", "fastighetsbeteckning Uppsala Fiktiv 1:12" (district words,
  block and unit).

Only after the label: a bare "12/34" or "3:45" is a date, a case number or a law ("1980:620").
Standard library only.
"""

from __future__ import annotations

import re

from redact.core.entity import Entity
from redact.core.finding import Finding

SCORE = 0.75
_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöü-]*"
_NUMBER = r"\d{1,4}[a-zæøå]{0,3}"
# An ejerlav ends in one of these words ("Fiktivstrup By", "Fiktivby Bygrunde").
_EJERLAV_END = r"(?:By|Bygrunde|Markjorder|Ejerlav|Hovedgård|Gård|Gods|Overdrev|Mark|Skov|Hede)"

_DANISH = re.compile(
    rf"(?<![\w.])(?:[Mm]atr(?:ikel)?\.?[ \t]*(?:nr\.?|nummer)|[Mm]atrikelnummer)[ \t]*:?[ \t]*"
    rf"(?:{_NUMBER}(?:[ \t]*(?:,|og|and|&)[ \t]*{_NUMBER})*)"
    # the ejerlav: words up to its closing word (the text of a scan may split a word), else capitalised words
    rf"(?:[ \t]+(?:[^\n,.;:()]{{1,40}}?[ \t]{_EJERLAV_END}\b(?:,[ \t]*{_CAP}(?=[ \t]*(?:[,.;)]|\n|$)))?"
    rf"|{_CAP}(?:[ \t]+{_CAP}){{0,3}}))?"
)
_NORWEGIAN = re.compile(
    r"(?<![\w.])(?:"
    r"(?:gnr|g\.nr)\.?[ \t]*/[ \t]*(?:bnr|b\.nr)\.?[ \t]*:?[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}"
    r"|(?:[Gg]nr|[Gg]\.nr|[Gg]årdsnummer|[Gg]årdsnr)\.?[ \t]*:?[ \t]*\d{1,4}[ \t]*,?[ \t]*"
    r"(?:[Bb]nr|[Bb]\.nr|[Bb]ruksnummer|[Bb]ruksnr)\.?[ \t]*:?[ \t]*\d{1,4}"
    r")(?:[ \t]*,?[ \t]*(?:[Ff]nr|[Ss]nr|[Ff]estenummer|[Ss]eksjonsnummer)\.?[ \t]*:?[ \t]*\d{1,4})*"
)
_SWEDISH = re.compile(
    rf"(?<![\w.])(?:[Ff]astighet(?:en|sbeteckning(?:en)?|sbeteckningen)?)[ \t]*:?[ \t]+"
    rf"(?P<value>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+\d{{1,4}}:\d{{1,4}})"
)


class PropertyIdDetector:
    """Cadastral designations after their label (module docstring)."""

    name = "PropertyIdDetector"

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language  # the labels differ enough to be looked for in every text
        found = []
        for m in _DANISH.finditer(text):
            found.append(self._finding(text, m.start(), m.end(), "Matrikelnummer"))
        for m in _NORWEGIAN.finditer(text):
            found.append(self._finding(text, m.start(), m.end(), "Gårds- og bruksnummer"))
        for m in _SWEDISH.finditer(text):
            found.append(self._finding(text, m.start("value"), m.end("value"), "Fastighetsbeteckning"))
        return [f for f in found if f is not None]

    def _finding(self, text: str, start: int, end: int, what: str) -> Finding | None:
        while end > start and text[end - 1] in " \t,":
            end -= 1
        if not any(c.isdigit() for c in text[start:end]):
            return None
        reason = f"{what}: ejendommens betegnelse i matriklen peger på ejeren og dennes bolig"
        return Finding(Entity.ADDRESS, start, end, text[start:end], SCORE, self.name, reason)
