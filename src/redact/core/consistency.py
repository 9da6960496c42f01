"""Case-wide consistency: a person found once is proposed everywhere in the case.

The model and the rules miss mentions that need context from elsewhere: a first name alone in
another e-mail, a surname in a table. Once a full name is found with confidence, every mention of
it and of its parts (first name, surname, genitive) in every document is proposed, and all
mentions are grouped so the case handler decides on the person once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.core.text import PageText

# Capitalised words that a name part must never be taken for on its own.
_STOP = frozenset(
    """Af Alle Den Det Der Du Dig Din Dit En Et Fra Fru Hej Hr Hun Han Her Hvis I Jeg Kære Med Mvh Og Os På
    Se Som Til Tak Vi Vil Venlig Hilsen Von Van De Al El Bin Ibn Ben La Le Da Di Dos""".split()
)
_GENITIVE = r"(?:s|'s|’s|')?"


@dataclass(frozen=True, slots=True)
class Mention:
    document: str
    page: int
    finding: Finding
    person: str  # the full name this mention belongs to


@functools.lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[str, ...]:
    return tuple(name_parts_uncached(name))


def name_parts(name: str) -> list[str]:
    """The parts of a full name that identify the person on their own (no initials, no particles)."""
    return list(_parts(name))


def name_parts_uncached(name: str) -> list[str]:
    parts = []
    for token in re.split(r"\s+", name.strip()):
        if "." in token.rstrip(",;:()"):  # initials such as "J.P." identify no one by themselves
            continue
        token = token.strip(",.;:()")
        if len(token) < 2 or token in _STOP or not token[0].isupper():
            continue
        parts.append(token)
    return parts


def canonical(name: str) -> str:
    return " ".join(name.split())


def group_name(mention: str, persons: Iterable[str]) -> str | None:
    """The full name a mention belongs to: itself, or the longest full name it is a part of."""
    m = canonical(re.sub(r"(?:'s|’s|s)$", "", mention)) if mention not in persons else canonical(mention)
    best: str | None = None
    whole = canonical(mention)
    for p in persons:
        parts = _parts(p)
        belongs = whole == p or m == p or m in parts or whole in parts
        if belongs and (best is None or len(p) > len(best)):
            best = p
    return best


def propagate(
    persons: Iterable[str],
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
    score: float = 0.75,
    spread_part: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """Every mention in `pages` of the persons or their name parts not already covered by `existing`.

    `spread_part` says whether a part of a full name may be looked for on its own: a part that is
    an ordinary word of the language ("Risør" of "Hansen Risør") is not spread alone.
    """
    full = sorted({canonical(p) for p in persons if len(name_parts(p)) >= 1}, key=len, reverse=True)
    variants: list[tuple[str, str]] = []  # (text to look for, full name)
    seen: set[str] = set()
    for person in full:
        parts = name_parts(person) if len(name_parts(person)) >= 2 else []
        for v in [person, *(p for p in parts if spread_part is None or spread_part(p))]:
            if v not in seen:
                seen.add(v)
                variants.append((v, person))
    if not variants:
        return []
    pattern = re.compile(r"(?<![\w@.])(" + _alternatives(v for v, _ in variants) + ")" + _GENITIVE + r"(?![\w@])")
    owner = {v: p for v, p in variants}
    found: list[Mention] = []
    for doc_id, pt, m in _new_matches(pattern, pages, existing):
        person = owner.get(canonical(m.group(1)), canonical(m.group(1)))
        reason = f"Samme person som «{person}», der er fundet andetsteds i sagen"
        f = Finding(Entity.PERSON, m.start(), m.end(), m.group(), score, "Konsistens", reason)
        found.append(Mention(doc_id, pt.page, f, person))
    return found


def _alternatives(texts: Iterable[str]) -> str:
    """A regex alternation of the texts, longest first, matching any run of white space for a space."""
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(texts, key=len, reverse=True))


def _new_matches(
    pattern: re.Pattern[str],
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
) -> Iterator[tuple[str, PageText, re.Match[str]]]:
    """Every match of `pattern` on every page that overlaps no finding in `existing`."""
    for doc_id, doc_pages in pages.items():
        for pt in doc_pages:
            taken = existing.get((doc_id, pt.page), [])
            for m in pattern.finditer(pt.text):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    yield doc_id, pt, m


# Identifiers that mean the same wherever they occur: once found, every occurrence is proposed.
EXACT_ENTITIES = frozenset(
    {
        Entity.ADDRESS,
        Entity.EMAIL,
        Entity.PHONE,
        Entity.CPR,
        Entity.FNR,
        Entity.PNR,
        Entity.BANK,
        Entity.IBAN,
        Entity.PLATE,
        Entity.IDNUM,
    }
)


def propagate_exact(
    items: Iterable[tuple[Entity, str]],
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
    score: float = 0.8,
) -> list[Mention]:
    """Every further occurrence of an identifier found somewhere in the case (same text, any spacing)."""
    wanted: dict[str, Entity] = {}
    for entity, text in items:
        key = canonical(text)
        if entity in EXACT_ENTITIES and len(key) >= 5:
            wanted.setdefault(key, entity)
    if not wanted:
        return []
    pattern = re.compile(r"(?<![\w@.+-])(" + _alternatives(wanted) + r")(?![\w@-])")
    found: list[Mention] = []
    for doc_id, pt, m in _new_matches(pattern, pages, existing):
        key = canonical(m.group(1))
        reason = "Samme oplysning er fundet andetsteds i sagen"
        f = Finding(wanted[key], m.start(), m.end(), m.group(), score, "Konsistens", reason)
        found.append(Mention(doc_id, pt.page, f, key))
    return found
