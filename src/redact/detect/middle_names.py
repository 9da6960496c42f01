"""A middle name that is also an ordinary word: "Kari Nordmann Hansen", "Mette Bager Fiktivsen".

The name lists and the model see "Kari" and "Hansen" and leave the common noun between them, so the
middle name stayed readable between two black boxes. This refiner joins a lone first name on the
lists, one capitalised word on the same line, and the next person finding into one name. Only after
a lone first name, so two persons next to each other ("Kari Hansen Formand Per Olsen", a table row
read as one line) stay apart. It runs after the roles refiner and before the line-wrap refiner
(detect/linewrap.py), which carries the joined name over a line break.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.core.language import family
from redact.detect.evidence import name_evidence

# One capitalised word between a lone first name and the next person finding, on the same line.
_MIDDLE = re.compile(r"[ ]{1,2}([^\W\d_]+(?:[-'’][^\W\d_]+)*)[ ]{1,2}")


class MiddleNames:
    """Joins the names either side of a middle name that is an ordinary word (module docstring)."""

    name = "mellemnavn"

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del text, language
        return []

    def refine(self, text: str, findings: list[Finding], language: str = "da") -> list[Finding]:
        return bridged_middle_names(text, findings, name_evidence(family(language)).first)


def bridged_middle_names(text: str, findings: list[Finding], first_names: frozenset[str]) -> list[Finding]:
    """The findings with each first name on the lists (`first_names`), a capitalised word and the next
    person finding on the same line joined into one finding (module docstring)."""
    persons = sorted((f for f in findings if f.entity is Entity.PERSON), key=lambda f: f.start)
    merged: dict[int, Finding] = {}
    gone: set[int] = set()
    for a, b in pairwise(persons):
        if id(a) in gone or " " in a.text or a.text not in first_names:
            continue
        gap = _MIDDLE.fullmatch(text, a.end, b.start)
        if gap is None or not gap.group(1)[:1].isupper() or gap.group(1).isupper():
            continue
        joined = replace(
            a,
            end=b.end,
            text=text[a.start : b.end],
            score=max(a.score, b.score),
            reason=a.reason + " (med mellemnavn)",
        )
        merged[id(a)] = joined
        gone.add(id(b))
    return [merged.get(id(f), f) for f in findings if id(f) not in gone]
