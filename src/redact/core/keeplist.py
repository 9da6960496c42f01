"""The authority's staff keep-list: names and official contacts that are never proposed.

Public employees acting in their role are disclosed in aktindsigt, so proposing them only
costs the case handler time and risks over-redaction.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from redact.core.entity import Entity

_WORD = re.compile(r"[\wæøåÆØÅ.@-]+")


_HYPHEN_BREAK = re.compile(r"(?<=\w)([-\u2010])[ \t]*\r?\n\s*(?=\w)")


def _norm(text: str) -> str:
    text = _HYPHEN_BREAK.sub(r"\1", text)  # "Ann-" / "Charlotte Holm" broken by the layout is "Ann-Charlotte Holm"
    return " ".join(text.split()).strip(" .,;:()<>\"'").casefold()


@functools.lru_cache(maxsize=8)
def _single_spaced(text: str) -> str:
    """A document's text with single spaces; asked for once per finding, so it is kept."""
    return " ".join(text.split())


def _digits(text: str) -> str:
    d = re.sub(r"\D", "", text)
    if len(d) > 8 and d.startswith("0045"):
        d = d[4:]
    elif len(d) > 8 and d.startswith("45"):
        d = d[2:]
    return d


def _strip_genitive(word: str) -> str:
    w = word.rstrip("'’")
    if w.endswith(("'s", "’s")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s"):
        return w[:-1]
    return w


@dataclass(frozen=True)
class KeepList:
    entries: tuple[str, ...] = ()
    _normed: frozenset[str] = field(default=frozenset(), compare=False)
    _numbers: frozenset[str] = field(default=frozenset(), compare=False)
    _domains: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def from_lines(cls, lines: list[str]) -> KeepList:
        entries = []
        for raw in lines:
            line = raw.split("#", 1)[0].strip()
            if line:
                entries.append(line)
        normed = frozenset(_norm(e) for e in entries)
        numbers = frozenset(d for e in entries if len(d := _digits(e)) >= 8 and not re.search(r"[A-Za-zæøåÆØÅ]", e))
        domains = frozenset(e.split("@", 1)[1].casefold() for e in entries if "@" in e)
        return cls(tuple(entries), normed, numbers, domains)

    @classmethod
    def load(cls, path: Path) -> KeepList:
        return cls.from_lines(path.read_text(encoding="utf-8-sig").splitlines())

    @property
    def official_domains(self) -> frozenset[str]:
        return self._domains

    def keeps(self, text: str, entity: Entity, document_text: str = "", other_names: tuple[str, ...] = ()) -> bool:
        """True if `text`, found as `entity` in a document with `document_text`, is staff or official."""
        if not self.entries:
            return False
        n = _norm(text)
        if n in self._normed:
            return True
        if entity is Entity.PHONE and _digits(text) in self._numbers:
            return True
        if entity is Entity.EMAIL and "@" in text and n.rsplit("@", 1)[1] in self._domains:
            return True  # an address at the authority's own domain is an official one
        if entity is Entity.PERSON:
            return self._keeps_name_part(text, document_text, other_names)
        return False

    def _keeps_name_part(self, text: str, document_text: str, other_names: tuple[str, ...]) -> bool:
        words = [_strip_genitive(w).casefold() for w in text.split()]
        if not words:
            return False
        doc = _single_spaced(document_text)
        for entry in self.entries:
            parts = [p.casefold() for p in entry.split()]
            if len(parts) < 2 or not all(w in parts for w in words):
                continue
            present = _norm(" ".join(words)) == _norm(entry) or entry in doc
            if present and not any(self._part_of_other(w, other_names, parts) for w in words):
                return True
        return False

    def _part_of_other(self, word: str, other_names: tuple[str, ...], entry_parts: list[str]) -> bool:
        """`word` is also part of another person's full name found in the document. A name made only
        of the staff entry's own parts ("Niels Rohde" found of "Niels Rohde Pedersen") is no other person."""
        for name in other_names:
            parts = [_strip_genitive(p).casefold() for p in name.split()]
            if all(p in entry_parts for p in parts):
                continue
            if len(parts) >= 2 and word in parts and _norm(name) not in self._normed:
                return True
        return False
