"""Is a capitalised word a name? Evidence from name lists and word frequencies.

A capitalised word at the start of a sentence, in a heading, or in a committee's name looks like a
name to a model and to a rule. It is one only with evidence: it is on a name list (Danmarks
Statistik, minority names), or it is no ordinary word of the language. Ordinary is measured with
`wordfreq`, which ships frequency lists for Danish, Norwegian (bokmål) and Swedish inside the package
and never opens a connection; a compound of two ordinary words ("Beslutningstema", "Ejendomshandel")
is ordinary too. Names that are also ordinary words ("Skov", "Storm") are on the name lists and keep
their evidence; the name rules decide about them by context.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from wordfreq import zipf_frequency

from redact.detect.name_words import DEFAULT_DATA_DIR, names_dir, read_list
from redact.detect.spelling import stems
from redact.detect.user_cache import default_cache_dir

# Zipf frequency (log10 of occurrences per billion words) from which a word is ordinary: 3 is about
# once in a million words ("distrikt", "subsidiær"); rare names and foreign names lie below it.
ORDINARY_ZIPF = 3.0
# The parts of a compound must each be at least this frequent and this long.
PART_ZIPF = 3.0
MIN_PART = 3
MIN_COMPOUND = 8
_LINKS = ("s", "e")  # Danish/Norwegian/Swedish linking letters: "beslutning-s-tema", "børn-e-have"

# Definite, plural and participle endings: "appellant-en", "kommune-rne", "nämnd-en", "justera-nde".
_DEFINITE = ("erne", "ene", "nde", "en", "et", "na", "ne", "n", "t", "e")

# From this length a word is looked up in the neighbour languages and the spelling dictionaries too.
LONG_WORD = 6
# Debian's hunspell dictionaries (hunspell-da, hunspell-no, hunspell-sv), when installed: their stems
# in lower case are ordinary words. Without them the word frequencies alone decide.
HUNSPELL_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
_HUNSPELL = {"da": "da_DK", "nb": "nb_NO", "sv": "sv_SE"}

# Words whose answer `NameEvidence.ordinary` keeps (a large request's distinct capitalised words).
KEPT_ANSWERS = 200_000

_LANG = {"da": "da", "no": "nb", "nb": "nb", "nn": "nb", "sv": "sv"}


def wordfreq_language(language: str) -> str:
    """The wordfreq code for our language code; Danish when it is unknown."""
    return _LANG.get(language.split("-")[0].lower(), "da")


@functools.lru_cache(maxsize=200_000)
def zipf(word: str, language: str) -> float:
    return float(zipf_frequency(word.lower(), wordfreq_language(language)))


def is_compound(word: str, language: str) -> bool:
    """Two ordinary words joined, with or without a linking letter ("ejendoms|handel")."""
    w = word.lower()
    if len(w) < MIN_COMPOUND or not w.isalpha():
        return False
    for i in range(MIN_PART, len(w) - MIN_PART + 1):
        left, right = w[:i], w[i:]
        if zipf(right, language) < PART_ZIPF:
            continue
        if zipf(left, language) >= PART_ZIPF:
            return True
        if left.endswith(_LINKS) and len(left) > MIN_PART and zipf(left[:-1], language) >= PART_ZIPF:
            return True
    return False


@functools.lru_cache(maxsize=4)
def spelling_words(language: str) -> frozenset[str]:
    """The lower-case stems of the language's hunspell dictionary (empty when it is not installed),
    kept in the user's cache folder between runs (see detect.spelling)."""
    name = _HUNSPELL.get(wordfreq_language(language))
    cache = default_cache_dir()
    for folder in HUNSPELL_DIRS:
        dic = folder / f"{name}.dic"
        if not dic.exists():
            continue
        words = stems(dic, folder / f"{name}.aff", cache)
        if words is None:  # an encoding Python does not know
            continue
        return words
    return frozenset()


class NameEvidence:
    """A language family's name lists and word frequencies: the one lexicon behind "this capitalised
    word is (not) a name" that the name rules, the NER filter, the roles and line-wrap refiners and the
    case-wide consistency pass ask. Read once per family and shared (`name_evidence`)."""

    def __init__(self, names_dir: Path | None = None) -> None:
        data = names_dir or DEFAULT_DATA_DIR
        # The lists as training/build_name_lists.py writes them: first names and surnames most frequent first.
        self.first_names = tuple(read_list(data / "da_first_names.txt"))
        self.surnames = tuple(read_list(data / "da_surnames.txt"))
        self.minority_first_names = tuple(read_list(data / "minority_first_names.txt"))
        self.minority_surnames = tuple(read_list(data / "minority_surnames.txt"))
        self.common_words = tuple(read_list(data / "common_words.txt"))  # a word, then a tab and a mark
        self.places = tuple(read_list(data / "places.txt"))
        self.vocabulary = tuple(read_list(data / "vocabulary.txt"))
        self.first = frozenset(self.first_names + self.minority_first_names)
        self.sur = frozenset(self.surnames + self.minority_surnames)
        self.place_names = frozenset(self.places)
        lists = (self.first_names, self.surnames, self.minority_first_names, self.minority_surnames)
        self._names = frozenset(n for entries in lists for e in entries if (n := e.split("\t")[0].strip()))
        self._ordinary: dict[tuple[str, str], bool] = {}

    @property
    def names(self) -> frozenset[str]:
        """Every first name and surname on the lists, as written."""
        return self._names

    def known_name(self, word: str) -> bool:
        """On a name list; a genitive or a hyphenated name counts when its parts are."""
        w = word.strip(".,;:()'’")
        if w.isupper() and len(w) > 1:
            w = "-".join(p.capitalize() for p in w.split("-"))  # "HANSEN" in a heading
        if w in self._names:
            return True
        if w.endswith(("s", "'s", "’s")) and w.rstrip("'’s") in self._names:
            return True
        parts = [p for p in re.split(r"[-‐]", w) if p]
        return len(parts) > 1 and all(p in self._names or p.lower() in ("al", "el") for p in parts)

    def ordinary(self, word: str, language: str) -> bool:
        """An ordinary word (or a compound of two) of the language or a neighbour, on no name list.

        The neighbours count for longer words: a case holds Norwegian and Swedish text beside Danish,
        and a document's language is not always known; short words ("Vik", "Dal") are often
        surnames in a neighbour language, so for them only the document's language counts.

        The answer is kept per word: the name rules, the roles and the line-wrap refiner ask it of the
        same words on every page, and each answer takes up to dozens of frequency look-ups.
        """
        key = (word, language)
        known = self._ordinary.get(key)
        if known is None:
            if len(self._ordinary) >= KEPT_ANSWERS:
                self._ordinary.clear()
            known = self._ordinary[key] = self._is_ordinary(word, language)
        return known

    def _is_ordinary(self, word: str, language: str) -> bool:
        w = word.strip(".,;:()'’")
        if not w or self.known_name(w):
            return False
        low = w.lower()
        base = low[:-1] if len(low) > 4 and low.endswith("s") else low
        forms = {low, base, *(low[: -len(e)] for e in _DEFINITE if low.endswith(e) and len(low) - len(e) >= 5)}
        first = wordfreq_language(language)
        langs = (first, *(x for x in ("da", "nb", "sv") if x != first)) if len(w) >= LONG_WORD else (first,)
        for lang in langs:
            if any(zipf(f, lang) >= ORDINARY_ZIPF for f in forms):
                return True
            if is_compound(low, lang) or is_compound(base, lang):
                return True
            if len(w) >= LONG_WORD and any(f in spelling_words(lang) for f in forms if len(f) >= LONG_WORD - 1):
                return True
        return False

    def frequent(self, word: str, language: str) -> bool:
        """An ordinary word as such (no compound analysis): what a consistency pass must not spread alone."""
        w = word.strip(".,;:()'’")
        return zipf(w, language) >= ORDINARY_ZIPF and not (w in self._names and w[:1].isupper())


FAMILIES = ("da", "no", "sv")


def name_evidence(family: str = "da") -> NameEvidence:
    """The name evidence of a language family (Danish for a family without lists of its own), read once
    per process: the one place the name lists are loaded for the detectors and the services."""
    return _family_evidence(family if family in FAMILIES else "da")


@functools.cache
def _family_evidence(family: str) -> NameEvidence:
    return NameEvidence(names_dir(family))
