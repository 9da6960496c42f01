"""Names wrapped over a line break: "... en samtale med Jens Kristian" / "Holm om hans ansøgning".

A PDF's text comes line by line, so a name that the layout wrapped has a line break in the middle.
Every detector reads a name within one line (a line break ends a list entry, a header or a
signature line), so "Jens Kristian" was proposed and "Holm" on the next line released. This refiner
carries each person finding over the break where the text is running prose that wrapped: the name
stands after a lower-case word or a comma on its line (not after a label such as "Deltagere:", and
not alone on its line as in a list), and the other line begins (or ends) with capitalised words
that can be name parts. A word can be a name part when it is on a name list, or is no frequent
word of the language, no place and no authority or institution ("Socialforvaltningen"). The name
ends where another person's begins: a first name (and no surname) after a surname or an unknown
word ("... Johan Eldar" / "Wingan Jarl Arthur ..." in a list set as prose), or where a detector saw
another name begin. A hyphenated name broken at its hyphen ("Ann-" / "Charlotte") is one name
wherever it stands.
A middle name between two names on one line is joined before this runs (detect/middle_names.py).
Addresses already read across line breaks (detect/address.py); the consistency pass matches any
white space between name parts (core/consistency.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.core.language import family
from redact.detect.evidence import NameEvidence, name_evidence
from redact.detect.name_words import NAMED_ORG_SUFFIXES, NAMED_ORG_WORDS, ORG_SUFFIXES, ORG_WORDS

# A name continues over at most this many words on the other line ("Holm", "Møller Sørensen").
MAX_WORDS = 3
_BREAK_AFTER = re.compile(r"[ \t]*\r?\n[ \t]*")
# A hyphenated name the layout broke at its hyphen: "Ann-" / "Charlotte".
_HYPHEN_BREAK = re.compile(r"[-\u2010][ \t]*\r?\n[ \t]*")
_GAP = re.compile(r"[ ]{1,2}")
_WORD_PATTERN = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_NAME_WORD = re.compile(_WORD_PATTERN)
# Up to MAX_WORDS words at the end of a line (searched with the line's end as endpos).
_LINE_END_HYPHEN = re.compile(rf"(?<![^\W\d_])({_WORD_PATTERN})[-\u2010]$")
_LINE_END_WORDS = re.compile(rf"((?:{_WORD_PATTERN}[ ]{{1,2}}){{0,{MAX_WORDS - 1}}}{_WORD_PATTERN})[ \t]*$")


class _Words:
    """One language family's name lists, places and word frequencies, as the questions asked here."""

    def __init__(self, evidence: NameEvidence, language: str) -> None:
        self.language = language
        self.evidence = evidence
        self.first = evidence.first
        self.sur = evidence.sur
        self.places = evidence.place_names

    def name_part(self, word: str) -> bool:
        """A capitalised word that can be part of a name (see the module docstring)."""
        if not word[:1].isupper() or word.isupper():
            return False
        if self.evidence.known_name(word):
            return True
        low = word.lower()
        if word in self.places or low in ORG_WORDS or low in NAMED_ORG_WORDS:
            return False
        # An unlisted surname is often a compound ("Fiktivsgaard"): only a word that is ordinary as it
        # stands, or that names an authority or an institution, ends the name.
        return not low.endswith(ORG_SUFFIXES + NAMED_ORG_SUFFIXES) and not self.evidence.frequent(word, self.language)

    def new_person(self, before: str, after: str) -> bool:
        """`after` begins another person's name: a first name (no surname) after a surname or an unknown word."""
        only_first = after in self.first and after not in self.sur
        return only_first and before not in self.first


class WrappedNames:
    """Extends PERSON findings over a line break inside running text (module docstring)."""

    name = "linjeskift"

    def __init__(self) -> None:
        self._words: dict[str, _Words] = {}

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del text, language
        return []

    def refine(self, text: str, findings: list[Finding], language: str = "da") -> list[Finding]:
        if "\n" not in text:
            return findings
        # Where the detectors saw another name begin or end, this one does not run on.
        starts = {f.start for f in findings if f.entity is Entity.PERSON}
        ends = {f.end for f in findings if f.entity is Entity.PERSON}
        out = []
        for f in findings:
            if f.entity is Entity.PERSON:
                words = self._for(language)
                start = wrapped_start(text, f.start, words, ends)
                end = wrapped_end(text, f.start, f.end, words, starts)
                if (start, end) != (f.start, f.end):
                    f = replace(f, start=start, end=end, text=text[start:end], reason=f.reason + " (over linjeskift)")
            out.append(f)
        return out

    def _for(self, language: str) -> _Words:
        fam = family(language)
        if fam not in self._words:
            self._words[fam] = _Words(name_evidence(fam), language)
        return self._words[fam]


def _running_text_before(text: str, pos: int) -> bool:
    """The line holds prose before `pos`: its last character before it is a lower-case letter or a comma."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos].rstrip(" \t")
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def wrapped_end(text: str, start: int, end: int, words: _Words, other_starts: set[int]) -> int:
    """The end of a name starting at `start` that goes on after a line break at `end`; else `end`."""
    hyphen = _HYPHEN_BREAK.match(text, end)
    brk = hyphen or _BREAK_AFTER.match(text, end)
    if brk is None or (hyphen is None and not _running_text_before(text, start)):
        return end
    last = _NAME_WORD.findall(text, start, end)
    before = last[-1] if last else ""
    pos, new_end = brk.end(), end
    for _ in range(MAX_WORDS):
        m = _NAME_WORD.match(text, pos)
        if m is None or not words.name_part(m.group()) or words.new_person(before, m.group()):
            break
        if m.start() in other_starts and pos != brk.end():
            break
        new_end, before = m.end(), m.group()
        gap = _GAP.match(text, new_end)
        if gap is None:
            break
        pos = gap.end()
    return new_end


def wrapped_start(text: str, start: int, words: _Words, other_ends: set[int]) -> int:
    """The start of a name ending after `start` that began on the line above; else `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t") or line_start == 0:
        return start
    prev_end = line_start - 1  # the line break
    while prev_end > 0 and text[prev_end - 1] in " \t\r":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    hyphen = _LINE_END_HYPHEN.search(text, prev_start, prev_end)
    if hyphen is not None:  # "Ann-" / "Charlotte Wiktorsson": one hyphenated first name
        return hyphen.start(1) if words.name_part(hyphen.group(1)) else start
    m = _LINE_END_WORDS.search(text, prev_start, prev_end)
    if m is None:
        return start
    first = _NAME_WORD.match(text, start)
    after = first.group() if first else ""
    new_start = start
    for w in reversed(list(_NAME_WORD.finditer(text, m.start(1), m.end(1)))):
        if not words.name_part(w.group()) or words.new_person(w.group(), after):
            break
        if w.end() in other_ends and new_start != start:
            break
        new_start, after = w.start(), w.group()
    if new_start == start or not _running_text_before(text, new_start):
        return start
    return new_start
