"""Which code page a text file without a byte-order mark was written in.

Nordic authorities produce UTF-8, Windows-1252 and ISO-8859-1/15, and old systems the DOS pages
865 and 850. A statistical guess (charset-normalizer) is unreliable on a short note: it took a
four-word Windows-1252 file for cp850 and turned "Åse" into "┼se", so a name went undetected.
Here every candidate that decodes the bytes is scored by how Nordic text looks (æøå inside words,
the usual typographic punctuation) and penalised for what text never holds (control characters,
box drawing, symbols in the middle of a word); a tie goes to the more common encoding.
"""

from __future__ import annotations

import unicodedata

# Codec name -> the name shown to the user, most common first (the order breaks ties).
CANDIDATES: dict[str, str] = {
    "cp1252": "windows-1252",
    "iso8859_15": "iso-8859-15",
    "latin_1": "iso-8859-1",
    "cp865": "cp865 (DOS nordisk)",
    "cp850": "cp850 (DOS vesteuropæisk)",
}
NORDIC = frozenset("æøåÆØÅ")
NEIGHBOURS = frozenset("äöÄÖéÉüÜ")
PUNCTUATION = frozenset("–—‘’‚“”„…€£§½«»·\u00a0")
APOSTROPHES = frozenset("’'´")


def _score(text: str) -> int:
    score = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        in_word = before.isalpha() or after.isalpha()
        category = unicodedata.category(ch)
        if ch in NORDIC:
            score += 3 if in_word else 1
        elif ch in NEIGHBOURS:
            score += 2 if in_word else 0
        elif ch.isalpha():
            score += 1 if in_word else 0
        elif ch in PUNCTUATION:
            score += 1
        elif category[0] == "C":  # control, unassigned, private use: never in a text file
            score -= 3
        if not ch.isalpha() and ch not in APOSTROPHES and before.isalpha() and after.isalpha():
            score -= 2  # a symbol inside a word: a letter decoded with the wrong table
        if category == "So":  # box drawing and the like
            score -= 1
    return score


def decode_legacy(raw: bytes) -> tuple[str, str]:
    """The text and the user-facing name of the encoding that makes the most plausible Nordic text."""
    best: tuple[int, str, str] | None = None
    for codec, label in CANDIDATES.items():
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, label)
    assert best is not None  # latin_1 decodes every byte string
    return best[1], best[2]
