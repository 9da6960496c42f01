"""Which language a document is written in, offline.

py3langid (a naive Bayes classifier over byte n-grams, its model shipped inside the 4.6 MB wheel,
no download) restricted to the languages redact knows: Danish, Norwegian bokmål and nynorsk,
Swedish and English. Documents are long enough for it to be reliable; a text with too few letters
(an empty scan, a form with only numbers) keeps the fallback, which is the case's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from redact.core.language import DEFAULT

# py3langid's codes -> ours ("no" in its model is bokmål in practice).
_CODES = {"da": "da", "no": "nb", "nn": "nn", "sv": "sv", "en": "en"}
# Fewer letters than this: too little evidence, keep the fallback.
MIN_LETTERS = 40
# Only the first part of a long document is read: language does not change halfway through a letter,
# and the classifier's cost grows with the text.
MAX_CHARS = 20_000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(_CODES))
    return ident


def detect_language(text: str, fallback: str = DEFAULT) -> str:
    """The language code of `text` ("da", "nb", "nn", "sv", "en"), or `fallback` with too little text."""
    sample = text[:MAX_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return fallback
    code, _prob = _identifier().classify(sample)
    return _CODES.get(str(code), fallback)
