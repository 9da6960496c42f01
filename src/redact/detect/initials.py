"""Persons referred to by their initials: "Beboeren M.O. faldt", "A.S. har boet på stedet i to år".

Reports on residents, children and patients often name them by initials only; the initials identify
the person to anyone who knows the place. Initials with dots ("M.O.", "A.S.", "K.") are proposed
when a person word stands right before them ("beboeren M.O.", "barnet A.S.", "deras dotter S."), or when the same
initials recur in the text as a subject without a name after them (not "J.P. Hansen", which the name
rules find whole). Common abbreviations ("E.U.", "U.S.A.") are left alone. Standard library only.
"""

from __future__ import annotations

import re
from collections import Counter

from redact.core.entity import Entity
from redact.core.finding import Finding

SCORE_PERSON_WORD = 0.7
SCORE_RECURRING = 0.6
_UC = "A-ZÆØÅÄÖÜ"
_INITIALS = re.compile(rf"(?<![\w.])((?:[{_UC}]\.){{1,3}})(?![\w])")
# Person words of Danish, Norwegian and Swedish reports: who is spoken of by initials.
PERSON_WORDS = frozenset(
    """
    borgeren beboeren barnet drengen pigen eleven patienten klienten moderen faderen moren faren
    ansøgeren klageren den unge pårørende sønnen datteren brugeren ægtefællen
    beboer bruker brukeren pasienten gutten jenta sønnen datteren søkeren klageren
    brukaren barnet pojken flickan eleven patienten klienten modern fadern mamman pappan sökanden
    klaganden den enskilde sonen dottern
    søn datter sønn son dotter bror broder søster syster mor far mamma pappa barn barnebarn
    """.split()
)
ABBREVIATIONS = frozenset({"E.U.", "U.S.", "U.S.A.", "U.K.", "N.N.", "P.S.", "A.D.", "B.C.", "V.L.", "Ø.L.", "H.D."})


class InitialsDetector:
    name = "InitialsDetector"

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language
        hits = [
            m for m in _INITIALS.finditer(text) if m.group(1) not in ABBREVIATIONS and not _name_follows(text, m.end())
        ]
        counts = Counter(m.group(1) for m in hits if len(m.group(1)) >= 4)
        found = []
        for m in hits:
            before = re.search(r"([^\W\d_]+)[ \t,]*$", text[max(0, m.start() - 30) : m.start()])
            if before and before.group(1).lower() in PERSON_WORDS:
                reason = f"Initialer efter «{before.group(1)}»"
                score = SCORE_PERSON_WORD
            elif counts[m.group(1)] >= 2:
                reason = "Initialer, der går igen i teksten som en person"
                score = SCORE_RECURRING
            else:
                continue
            found.append(Finding(Entity.PERSON, m.start(), m.end(), m.group(1), score, self.name, reason))
        return found


def _name_follows(text: str, end: int) -> bool:
    """ "J.P. Hansen": a capitalised word after the initials makes them part of a name (or a heading)."""
    return re.match(rf"[ \t]?[{_UC}][a-zæøåäöü]", text[end : end + 3]) is not None
