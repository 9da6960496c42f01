"""Which language a document is written in, offline.

py3langid (a naive Bayes classifier over byte n-grams, its model shipped inside the 4.6 MB wheel,
no download) restricted to the languages redact knows: Danish, Norwegian bokmål and nynorsk,
Swedish and English. Documents are long enough for it to be reliable; a text with too few letters
(an empty scan, a form with only numbers) keeps the fallback, which is the case's language.
"""

from __future__ import annotations

import re
import threading
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


# Held while the classifier loads: whichever thread asks first loads it, the others wait for it.
_LOADING = threading.Lock()
# Threads started by `load_in_background`, and the lock under which one is registered and started
# (a thread never sees a loader in the list that has not been started).
_LOADERS: list[threading.Thread] = []
_STARTING = threading.Lock()


def _identifier() -> LanguageIdentifier:
    if threading.current_thread() not in _LOADERS:
        # A loader never waits for another loader: two started at once (a batch's and its runner's)
        # would each wait for the other to end, for ever. Every other thread waits for them all.
        with _STARTING:
            loaders = list(_LOADERS)
        for loader in loaders:
            loader.join()  # it loads the classifier: wait until it has, and has ended
    with _LOADING:
        return _loaded()


@lru_cache(maxsize=1)
def _loaded() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(_CODES))
    return ident


def load_in_background() -> threading.Thread:
    """Start loading the classifier in a thread of its own, for a process that will tell languages
    and has other loading to do first (a batch's imports of spaCy and Presidio, two seconds).

    Three quarters of loading it (0.75 CPU-seconds) is decompressing its 68 MB model (LZMA),
    which runs outside the interpreter's lock, so it takes no time from the other loading.
    `detect_language` waits for the thread to end; a process must not fork while it runs (a
    lock could be copied held): a batch asks `detect_language` before it forks its workers.
    """
    thread = threading.Thread(target=_identifier, name="sprogmodel", daemon=True)
    with _STARTING:
        _LOADERS[:] = [t for t in _LOADERS if t.is_alive()]  # those that ended are waited for no more
        _LOADERS.append(thread)
        thread.start()
    return thread


def detect_language(text: str, fallback: str = DEFAULT) -> str:
    """The language code of `text` ("da", "nb", "nn", "sv", "en"), or `fallback` with too little text."""
    sample = text[:MAX_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return fallback
    code, _prob = _identifier().classify(sample)
    return _CODES.get(str(code), fallback)
