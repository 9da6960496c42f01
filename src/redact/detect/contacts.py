"""Official contact data stays: an authority's or a company's address, phone and mailbox.

A letterhead ("Tårnby Rådhus, Amager Landevej 76"), a signature under a person acting in office, a
"Kontakt" block or a footer gives the contact data of an organisation, not of a private person, and
is disclosed. This refiner drops ADDRESS, PHONE and EMAIL findings that stand in such a place:

* an organisation word ("Kommune", "Rådhus", "Styrelsen", "A/S", "Advokatfirma") or a person acting
  in office (see detect/roles.py) earlier on the same line, or on one of the two lines just above
  with no blank line and no private person in between;
* a contact label of an organisation ("Hovednummer", "Omstilling", "Sekretariatet") right before it;
* an e-mail address whose mailbox is a function, not a person ("post@", "info@", "kontakt@"), or
  is the name of the domain itself ("ombud@ombud.example").

The words are data: resources/roles/contacts_<lang>.yaml beside the role tables.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from redact.core.entity import Entity
from redact.core.finding import Finding, Role
from redact.detect.evidence import wordfreq_language
from redact.detect.roles import DEFAULT_ROLES_DIR

CONTACT_ENTITIES = frozenset({Entity.ADDRESS, Entity.PHONE, Entity.EMAIL})
LINES_ABOVE = 2
SAME_LINE_REACH = 60  # characters before the contact data on its own line that may name the organisation
BLOCK_LINE_WORDS = 8  # a line above counts only when it is this short: a letterhead, not running text
_WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")


@dataclass(frozen=True)
class ContactWords:
    org_words: frozenset[str]  # lower case; a word equal to one, or ending in one, names an organisation
    org_heads: tuple[str, ...]
    company_forms: frozenset[str]  # "A/S", "ApS": case-sensitive
    labels: frozenset[str]  # "hovednummer", "omstilling"
    mailboxes: frozenset[str]  # "post", "info"
    person_words: frozenset[str]  # "dig", "hans": the contact data is a person's


@functools.lru_cache(maxsize=8)
def load_contact_words(language: str = "da", roles_dir: Path | None = None) -> ContactWords:
    folder = roles_dir or DEFAULT_ROLES_DIR
    path = folder / f"contacts_{wordfreq_language(language)}.yaml"
    if not path.exists():
        path = folder / "contacts_da.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def words(key: str, lower: bool = True) -> frozenset[str]:
        return frozenset((str(w).lower() if lower else str(w)) for w in data.get(key) or [])

    return ContactWords(
        org_words=words("org_words"),
        org_heads=tuple(str(w).lower() for w in data.get("org_heads") or []),
        company_forms=words("company_forms", lower=False),
        labels=words("labels"),
        mailboxes=words("mailboxes"),
        person_words=words("person_words"),
    )


class OfficialContacts:
    """Drops contact findings that belong to an organisation or an official (module docstring)."""

    name = "officielle kontaktdata"

    def __init__(self, roles_dir: Path | None = None) -> None:
        self._roles_dir = roles_dir

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del text, language
        return []

    def refine(self, text: str, findings: list[Finding], language: str = "da") -> list[Finding]:
        words = load_contact_words(language, self._roles_dir)
        persons = [f for f in findings if f.entity is Entity.PERSON]
        out = []
        for f in findings:
            if f.entity in CONTACT_ENTITIES and self._official(text, f, persons, words):
                continue
            out.append(f)
        return out

    def _official(self, text: str, f: Finding, persons: list[Finding], words: ContactWords) -> bool:
        if f.entity is Entity.EMAIL and _function_mailbox(f.text, words):
            return True
        line_start = text.rfind("\n", 0, f.start) + 1
        same_line = text[line_start : f.start]
        label = _WORD.findall(same_line[-40:])
        if label and label[-1].lower() in words.labels:
            return True
        start = max(line_start, f.start - SAME_LINE_REACH)
        if start == line_start:
            for _ in range(LINES_ABOVE):
                if start == 0:
                    break
                prev_start = text.rfind("\n", 0, start - 1) + 1
                above = text[prev_start : start - 1]
                if not above.strip() or len(above.split()) > BLOCK_LINE_WORDS:
                    break  # a blank line or running text ends the letterhead
                start = prev_start
        if any(w.lower() in words.person_words for w in _WORD.findall(text[start : f.start])):
            return False  # "ringer til dig på ...": a person's
        block_persons = [p for p in persons if start <= p.start < f.start]
        if any(p.role is not Role.PUBLIC for p in block_persons):
            # a private person between the organisation and the contact data owns it; only an
            # organisation named on the same line after that person still counts
            last = max(p.end for p in block_persons if p.role is not Role.PUBLIC)
            start = max(last, line_start)
        if any(p.role is Role.PUBLIC and start <= p.start for p in block_persons):
            return True
        return _names_org(text[start : f.start], words)


def _function_mailbox(address: str, words: ContactWords) -> bool:
    local, _, domain = address.lower().partition("@")
    if local in words.mailboxes:
        return True
    first = domain.split(".")[0]
    return bool(first) and local == first


def _names_org(block: str, words: ContactWords) -> bool:
    if any(form in block for form in words.company_forms):
        return True
    previous = ""
    for w in _WORD.findall(block):
        low = w.lower()
        # "Odense Kommune", "Avfallsenheten"; and "Örebro kommun", "Bergen kommune": Swedish and
        # Norwegian write the organisation word in lower case after the place's name.
        named = w[0].isupper() or (previous[:1].isupper() and low in words.org_words)
        if named and (low in words.org_words or any(low.endswith(h) and len(low) > len(h) for h in words.org_heads)):
            return True
        previous = w
    return False
