"""A case's names and identifiers found in page texts by one Aho-Corasick automaton.

core.consistency looks for them with one regex, the trie of every text between `Edges`. Python's
regex parser reads that pattern a character at a time in Python: a generated 1,000-page request
spent about 1.6 s of its case assembly compiling its names and identifiers, alone on one core
while the other waited, and the pattern grows with the request. The automaton (pyahocorasick, in
C) is built from the same texts in milliseconds and finds every place each of them occurs; which
of those the regex would match (its edges, the suffixes, the longest text, left to right without
overlaps) is then decided here as the regex decides it, so the mentions are the same.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence

import ahocorasick

from redact.core.consistency import Edges

_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than a space: a space (the same length)
_SPACE_RUN = re.compile(r"  +")  # runs of spaces: one space, as a space in a text matches any run


@functools.lru_cache(maxsize=64)  # a page is searched for the persons, then for the identifiers
def _collapsed(text: str) -> tuple[str, list[int], list[int]]:
    """The text with each run of white space made one space; where the text after each run of two
    or more begins in it, and how many characters the runs up to there took out."""
    spaced = _OTHER_SPACE.sub(" ", text)
    after_run: list[int] = []
    taken_out: list[int] = []
    out = 0
    for run in _SPACE_RUN.finditer(spaced):
        out += run.end() - run.start() - 1
        after_run.append(run.end() - out)
        taken_out.append(out)
    return (_SPACE_RUN.sub(" ", spaced) if after_run else spaced), after_run, taken_out


class AutomatonFinder:
    """Finds `texts` between `edges` as `re.finditer` finds them with `Edges.pattern` of their trie
    (a `consistency.Finder`); a space in a text matches any run of white space."""

    def __init__(self, texts: Sequence[str], edges: Edges) -> None:
        self._automaton = ahocorasick.Automaton()
        for text in texts:
            self._automaton.add_word(text, len(text))
        self._automaton.make_automaton()
        self._searchable = len(self._automaton) > 0
        self._before = re.compile(edges.before)
        self._after = re.compile(edges.after)
        self._suffixes = edges.suffixes

    def spans(self, text: str) -> Iterator[tuple[int, int, int]]:
        if not self._searchable:
            return
        collapsed, after_run, taken_out = _collapsed(text)

        def original(at: int) -> int:
            k = bisect.bisect_right(after_run, at)
            return at + (taken_out[k - 1] if k else 0)

        # Where each occurrence begins in the collapsed text, with where each of those ends (its last
        # character): the texts found at one place are each a beginning of the longest of them.
        found: dict[int, list[int]] = {}
        for last, length in self._automaton.iter(collapsed):
            found.setdefault(last - length + 1, []).append(last)
        free = 0  # the regex goes on after its last match: no overlaps
        for first in sorted(found):
            start = original(first)
            if start < free or (start > 0 and self._before.match(text, start - 1)):
                continue
            match = self._longest(text, start, sorted(found[first], reverse=True), original)
            if match is not None:
                yield match
                free = match[1]

    def _longest(
        self, text: str, start: int, lasts: list[int], original: Callable[[int], int]
    ) -> tuple[int, int, int] | None:
        """The regex's match at `start`: the longest text first (its trie tries the longer way
        first), each with its suffixes in their order, the first that the right edge allows."""
        for last in lasts:
            name_end = original(last) + 1
            for suffix in self._suffixes:
                end = name_end + len(suffix)
                if text.startswith(suffix, name_end) and not self._after.match(text, end):
                    return start, end, name_end
        return None
