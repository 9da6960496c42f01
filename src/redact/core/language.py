"""The language of a document: which detectors, lists, lexicon, OCR data and legal bases apply.

Codes are ISO 639-1 as spaCy and Tesseract's users know them: "da", "nb" (Norwegian bokmål),
"nn" (Norwegian nynorsk), "sv", "en". Bokmål and nynorsk share the Norwegian lists, lexicon, model
and legal bases (their *family* "no"); English text gets the Danish set (a Danish authority's English
letter still concerns Danish persons and Danish law).
"""

from __future__ import annotations

from redact.core.errors import UsageError

DEFAULT = "da"
LANGUAGES: dict[str, str] = {
    "da": "dansk",
    "nb": "norsk (bokmål)",
    "nn": "norsk (nynorsk)",
    "sv": "svensk",
    "en": "engelsk",
}
# Accepted on the command line and in files for convenience: "no" is bokmål, as in the corpus
# front matter and in everyday use.
ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "dan": "da", "swe": "sv", "eng": "en", "se": "sv", "dk": "da"}
_FAMILY = {"da": "da", "nb": "no", "nn": "no", "sv": "sv", "en": "da"}
# The month names of each family, January first: dates in letters, e-mail headers and document lists.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "da": tuple("januar februar marts april maj juni juli august september oktober november december".split()),
    "no": tuple("januar februar mars april mai juni juli august september oktober november desember".split()),
    "sv": tuple("januari februari mars april maj juni juli augusti september oktober november december".split()),
}
_TESSERACT = {"da": "dan", "nb": "nor", "nn": "nor", "sv": "swe", "en": "eng+dan"}


def normalise(code: str) -> str:
    """A known language code, or UsageError naming the accepted ones (in Danish)."""
    key = code.strip().lower()
    key = ALIASES.get(key, key)
    if key not in LANGUAGES:
        known = ", ".join(f"{c} ({n})" for c, n in LANGUAGES.items())
        raise UsageError(f"ukendt sprog {code!r}; brug et af: {known}")
    return key


def family(code: str) -> str:
    """The set of lists, lexicon, model and legal bases a language uses: "da", "no" or "sv"."""
    return _FAMILY.get(ALIASES.get(code, code), DEFAULT)


def tesseract_languages(code: str) -> str:
    """The Tesseract language data to read a scan in this language with."""
    return _TESSERACT.get(ALIASES.get(code, code), "dan")


def join_and(items: list[str], and_word: str = "og") -> str:
    """ "1", "1 og 3", "1, 3 og 4": a list as a sentence reads it (Swedish passes "och")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]


def name(code: str) -> str:
    """The Danish name of a language for reports and the app ("svensk")."""
    return LANGUAGES.get(ALIASES.get(code, code), code)
