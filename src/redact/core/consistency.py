"""Case-wide consistency: a person found once is proposed everywhere in the case.

The model and the rules miss mentions that need context from elsewhere: a first name alone in
another e-mail, a surname in a table. Once a full name is found with confidence, every mention of
it and of its parts (first name, surname, genitive) in every document is proposed, and all
mentions are grouped so the case handler decides on the person once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.core.text import PageText

# Capitalised words that a name part must never be taken for on its own.
_STOP = frozenset(
    """Af Alle Den Det Der Du Dig Din Dit En Et Fra Fru Hej Hr Hun Han Her Hvis I Jeg Kære Med Mvh Og Os På
    Se Som Til Tak Vi Vil Venlig Hilsen Von Van De Al El Bin Ibn Ben La Le Da Di Dos""".split()
)


@dataclass(frozen=True, slots=True)
class Edges:
    """Where a searched text counts as found: not after a character of `before` nor before one of
    `after` (regex character classes), with the first of `suffixes` that lets it end so ("" last)."""

    before: str
    after: str
    suffixes: tuple[str, ...] = ("",)

    def pattern(self, alternatives: str) -> str:
        """The regex of texts written as `alternatives` between these edges; group 1 is the text."""
        ending = f"(?:{'|'.join(map(re.escape, self.suffixes[:-1]))})?" if len(self.suffixes) > 1 else ""
        return rf"(?<!{self.before})({alternatives}){ending}(?!{self.after})"


# A name, with a genitive ending ("Hansens", "Hansen's"), and not part of a word, an address or a number.
PERSON_EDGES = Edges(r"[\w@.]", r"[\w@]", ("s", "'s", "’s", "'", ""))
# An identifier, not part of a longer number, address or word.
IDENTIFIER_EDGES = Edges(r"[\w@.+-]", r"[\w@-]")


class Finder(Protocol):
    """Finds a set of texts in a page's text, where any run of white space matches a space."""

    def spans(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, end of the text found without its suffix) of each, left to right, as
        `re.finditer` finds them with the pattern `Edges.pattern` makes of the texts' trie: at
        the first place the edges allow, the longest text whose first possible suffix ends there."""
        ...


# Makes the finder of some texts between some edges; `regex_finder` by default.
FinderFactory = Callable[[Sequence[str], Edges], Finder]


@dataclass(frozen=True, slots=True, weakref_slot=True)
class RegexFinder:
    """The texts as one compiled regex (a trie, see `_alternatives`)."""

    pattern: re.Pattern[str]

    def spans(self, text: str) -> Iterator[tuple[int, int, int]]:
        for m in self.pattern.finditer(text):
            yield m.start(), m.end(), m.end(1)


@functools.lru_cache(maxsize=8)
def _compiled(texts: tuple[str, ...], edges: Edges) -> RegexFinder:
    return RegexFinder(re.compile(edges.pattern(_alternatives(texts))))


def regex_finder(texts: Sequence[str], edges: Edges) -> Finder:
    """The texts compiled into one regex, kept for the next search of the same texts (a case's
    persons are looked for again when a document's language changes). Compiling the regex parser's
    way grows with the texts: a large case's names and identifiers take seconds."""
    return _compiled(tuple(texts), edges)


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


class NameIndex:
    """Full names by each of their parts (and by themselves), in the order they were given.

    Which names a mention can belong to is then a look-up, not a scan of every name: grouping a
    case's mentions against all its persons grew with mentions times persons.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._order: dict[str, int] = {}
        self._by_key: dict[str, list[str]] = {}
        for name in names:
            if name in self._order:
                continue
            self._order[name] = len(self._order)
            for key in dict.fromkeys((name, *_parts(name))):
                self._by_key.setdefault(key, []).append(name)

    def __contains__(self, name: object) -> bool:
        return name in self._order

    def __bool__(self) -> bool:
        return bool(self._order)

    def containing(self, *keys: str) -> list[str]:
        """The names that are one of `keys` or have one of them as a part, in the order given."""
        found = {name for key in keys for name in self._by_key.get(key, ())}
        return sorted(found, key=self._order.__getitem__)

    def group(self, mention: str) -> str | None:
        """The full name a mention belongs to: itself, or the longest full name it is a part of."""
        whole = canonical(mention)
        m = whole if mention in self else canonical(re.sub(r"(?:'s|’s|s)$", "", mention))
        best: str | None = None
        for p in self.containing(m, whole):
            # the longest; among equally long names the first in sort order, so the answer never
            # depends on the order of a set (which differs from one process to the next)
            if best is None or len(p) > len(best) or (len(p) == len(best) and p < best):
                best = p
        return best


def group_name(mention: str, persons: Iterable[str] | NameIndex) -> str | None:
    """The full name a mention belongs to: itself, or the longest full name it is a part of.

    Pass a NameIndex when grouping many mentions against the same persons."""
    return (persons if isinstance(persons, NameIndex) else NameIndex(persons)).group(mention)


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
    return propagate_persons(person_search(persons, spread_part), pages, existing, score)


PersonSearch = tuple[Finder, dict[str, str]]  # the names' finder; each variant's full name


def person_search(
    persons: Iterable[str], spread_part: Callable[[str], bool] | None = None, finder: FinderFactory | None = None
) -> PersonSearch | None:
    """The persons and their name parts as one finder (None when there is nothing to look for),
    made by `finder` (default `regex_finder`).

    Made once for a case and searched document after document (`propagate_persons`): made again for
    every document, sorting the case's names cost time that grew with documents times names, and
    the case assembly of a 10,000-page request ran for many minutes on one core.
    """
    full = tuple(sorted({canonical(p) for p in persons if len(name_parts(p)) >= 1}, key=lambda p: (-len(p), p)))
    variants = _person_variants(full, spread_part)
    if not variants:
        return None
    return (finder or regex_finder)([v for v, _ in variants], PERSON_EDGES), dict(variants)


def forget_patterns() -> None:
    """Let the patterns kept for the next search go (the whole case's names and identifiers): a
    batch searches with them once, and they grew with the request while the export went on."""
    _person_variants.cache_clear()
    _compiled.cache_clear()
    re.purge()  # the re module keeps the last patterns it compiled as well


def propagate_persons(
    search: PersonSearch | None,
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
    score: float = 0.75,
) -> list[Mention]:
    """`propagate` with the persons' pattern made already (`person_search`)."""
    if search is None:
        return []
    finder, owner = search
    found: list[Mention] = []
    for doc_id, pt, (match_start, _, name_end), (start, end) in _new_matches(finder, pages, existing, partial=True):
        name = canonical(pt.text[match_start:name_end])
        person = owner.get(name, name)
        reason = f"Samme person som «{person}», der er fundet andetsteds i sagen"
        f = Finding(Entity.PERSON, start, end, pt.text[start:end], score, "Konsistens", reason)
        found.append(Mention(doc_id, pt.page, f, person))
    return found


@functools.lru_cache(maxsize=4)
def _person_variants(full: tuple[str, ...], spread_part: Callable[[str], bool] | None) -> tuple[tuple[str, str], ...]:
    """The persons' names and name parts to look for, each with its full name (the longest and
    first full name a part belongs to)."""
    variants: list[tuple[str, str]] = []  # (text to look for, full name)
    seen: set[str] = set()
    for person in full:
        parts = name_parts(person) if len(name_parts(person)) >= 2 else []
        for v in [person, *(p for p in parts if spread_part is None or spread_part(p))]:
            if v not in seen:
                seen.add(v)
                variants.append((v, person))
    return tuple(variants)


def _alternatives(texts: Iterable[str]) -> str:
    """A regex alternation of the texts, longest first, matching any run of white space for a space.

    Written as a trie ("Anne(?:\\s+Hansen)?" rather than "Anne\\s+Hansen|Anne"): the regex engine tries
    the alternatives of a plain alternation one after the other at every position of the text, so
    the scan grew with the number of names (7.6 s for 3,000 names over 500 pages); the trie
    follows one branch per character. At any branch only one continuation can match, and a longer
    one is tried before the text may end, so it matches what the plain alternation matched.
    """
    ordered = sorted(set(texts))
    return _trie(ordered, 0, len(ordered), 0) if ordered else ""


def _trie(texts: list[str], lo: int, hi: int, depth: int) -> str:
    """The trie of `texts[lo:hi]` (sorted, alike in their first `depth` characters) below that
    prefix, made from the sorted list itself: a dictionary per character of a 10,000-page case's
    names took many times the memory of the pattern made from them."""
    ends = len(texts[lo]) == depth  # sorted: a text that ends here comes before those that go on
    start = lo + 1 if ends else lo
    branches: list[str] = []
    while start < hi:
        ch = texts[start][depth]
        stop = start + 1
        while stop < hi and texts[stop][depth] == ch:
            stop += 1
        branches.append((r"\s+" if ch == " " else re.escape(ch)) + _trie(texts, start, stop, depth + 1))
        start = stop
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + either + ")?"  # greedy: the longer text first, then the one that ends here
    return either


def _new_matches(
    finder: Finder,
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
    partial: bool = False,
) -> Iterator[tuple[str, PageText, tuple[int, int, int], tuple[int, int]]]:
    """Every match of `finder` on every page that overlaps no finding in `existing` (as the finder
    gives it: start, end, end without the suffix), with the span to propose. With `partial`, a match
    that goes on past the findings it overlaps yields the words they leave out: "Jens Kristian" was
    found at the end of a line, "Holm" on the next is the rest."""
    for doc_id, doc_pages in pages.items():
        for pt in doc_pages:
            taken = existing.get((doc_id, pt.page), [])
            for m in finder.spans(pt.text):
                start, end, _ = m
                covering = [(s, e) for s, e in taken if start < e and s < end]
                if not covering:
                    yield doc_id, pt, m, (start, end)
                elif partial:
                    rest = _uncovered(pt.text, start, end, covering)
                    if rest is not None:
                        yield doc_id, pt, m, rest


def _uncovered(text: str, start: int, end: int, covering: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words of text[start:end] before or after the spans covering the rest of it; None if there are
    none (or the uncovered words lie on both sides: such a match is left to the detectors)."""
    first, last = min(s for s, _ in covering), max(e for _, e in covering)
    if first <= start and last < end:
        piece = (last, end)
    elif first > start and last >= end:
        piece = (start, first)
    else:
        return None
    a, b = piece
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    if b - a < 2 or text[a - 1].isalnum() or (b < len(text) and text[b].isalnum()):
        return None  # a genitive ending of a covered name ("Hansen" + "s") is no name of its own
    return a, b


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
    return propagate_identifiers(identifier_search(items), pages, existing, score)


IdentifierSearch = tuple[Finder, dict[str, Entity]]  # the identifiers' finder; each one's entity


def identifier_search(
    items: Iterable[tuple[Entity, str]], finder: FinderFactory | None = None
) -> IdentifierSearch | None:
    """The case's identifiers as one finder (None when there is none), made by `finder` (default
    `regex_finder`) once for a case and searched document after document (`propagate_identifiers`)."""
    wanted: dict[str, Entity] = {}
    for entity, text in items:
        key = canonical(text)
        if entity in EXACT_ENTITIES and len(key) >= 5:
            wanted.setdefault(key, entity)
    if not wanted:
        return None
    return (finder or regex_finder)(list(wanted), IDENTIFIER_EDGES), wanted


def propagate_identifiers(
    search: IdentifierSearch | None,
    pages: dict[str, list[PageText]],
    existing: dict[tuple[str, int], list[tuple[int, int]]],
    score: float = 0.8,
) -> list[Mention]:
    """`propagate_exact` with the identifiers' pattern made already (`identifier_search`)."""
    if search is None:
        return []
    finder, wanted = search
    found: list[Mention] = []
    for doc_id, pt, (start, end, _), _ in _new_matches(finder, pages, existing):
        key = canonical(pt.text[start:end])
        reason = "Samme oplysning er fundet andetsteds i sagen"
        f = Finding(wanted[key], start, end, pt.text[start:end], score, "Konsistens", reason)
        found.append(Mention(doc_id, pt.page, f, key))
    return found
