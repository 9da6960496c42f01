"""Which language a document is written in, offline.

py3langid (a naive Bayes classifier over byte n-grams, its model shipped inside the 4.6 MB wheel,
no download) restricted to the languages redact knows: Danish, Norwegian bokmål and nynorsk,
Swedish and English. Documents are long enough for it to be reliable; a text with too few letters
(an empty scan, a form with only numbers) keeps the fallback, which is the case's language.

Loading py3langid's model costs most of a CPU-second (decompressing 68 MB of LZMA, then the
arrays), once in each process that tells languages. So the classifier as restricted to our
languages (the byte tokenizer's tables and the five languages' columns: 41 MB) is kept in the
user's cache folder (detect.user_cache: keyed by the model file, py3langid's code and redact's
version, checksummed, written atomically) and read back in a twentieth of that. The arrays read
back are py3langid's own, byte for byte, in the types it made them, so every decision is the
same; a cache that is missing, stale or damaged is not believed, and an unwritable cache folder
only means the model is loaded as before.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import threading
from array import array
from functools import lru_cache
from pathlib import Path

import numpy as np
import py3langid.langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from redact import __version__
from redact.core.language import DEFAULT
from redact.detect import user_cache

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
    return load_identifier(user_cache.default_cache_dir())


# Raised when what the cache holds, or how, changes: caches of another format are not read.
FORMAT = 1


def load_identifier(cache_dir: Path | None) -> LanguageIdentifier:
    """py3langid's classifier restricted to our languages: from the cache in `cache_dir` when it
    holds it for the installed model, else loaded from the model and written to the cache."""
    if cache_dir is None:
        return _from_model()
    try:
        key = _key()
    except OSError:
        return _from_model()
    cached = cache_dir / "langid.bin"  # one file, replaced when stale
    body = user_cache.read(cached, key)
    if body is not None:
        ident = _unpacked(body)
        if ident is not None:
            return ident
    ident = _from_model()
    user_cache.write(cached, key, _packed(ident))
    return ident


def _from_model() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(_CODES))
    return ident


def _key() -> str:
    """The model, the code that reads it and the languages: a change to any gives another key.
    In the installed app (PyInstaller) the code is inside the program's archive, not a file of
    its own: the program stands for it (another build or install is another program file)."""
    code = Path(py3langid.langid.__file__)
    if getattr(sys, "frozen", False) and not code.exists():
        code = Path(sys.executable)
    model = MODEL_DIR / MODEL_FILE
    return (
        f"redact-langid {FORMAT} {__version__} | {' '.join(_CODES)} | "
        f"{user_cache.file_state(model)} | {user_cache.file_state(code)}"
    )


def _packed(ident: LanguageIdentifier) -> bytes:
    """The restricted classifier's arrays, raw, after a line that describes them."""
    ptc, pc = ident.nb_ptc, ident.nb_pc
    # The columns' table comes out of py3langid in column order: kept so, as are its values.
    order = "F" if ptc.flags.f_contiguous and not ptc.flags.c_contiguous else "C"
    output = np.asarray(ident.tk_output, dtype=np.int64)
    parts = [ptc.tobytes(order), pc.tobytes(), ident.tk_nextmove.tobytes(), ident.tk_row.tobytes(), output.tobytes()]
    head = {
        "classes": list(ident.nb_classes),
        "ptc": [ptc.dtype.str, list(ptc.shape), order],
        "pc": [pc.dtype.str, list(pc.shape)],
        "nextmove": ident.tk_nextmove.typecode,
        "row": ident.tk_row.typecode,
        "sizes": [len(p) for p in parts],
    }
    return json.dumps(head).encode() + b"\n" + b"".join(parts)


def _unpacked(body: memoryview) -> LanguageIdentifier | None:
    """The classifier `_packed` wrote, or None when the body is not such."""
    try:
        end = bytes(body[:4096]).index(b"\n")
        head = json.loads(bytes(body[:end]))
        offsets = [end + 1]
        for size in head["sizes"]:
            offsets.append(offsets[-1] + size)
        if offsets[-1] != len(body):
            return None
        ptc_b, pc_b, nextmove_b, row_b, output_b = (body[a:b] for a, b in itertools.pairwise(offsets))
        dtype, shape, order = head["ptc"]
        ptc = np.frombuffer(ptc_b, dtype=dtype).reshape(shape, order=order).copy(order=order)
        pc = np.frombuffer(pc_b, dtype=head["pc"][0]).reshape(head["pc"][1]).copy()
        nextmove, row = array(head["nextmove"]), array(head["row"])
        nextmove.frombytes(nextmove_b)
        row.frombytes(row_b)
        output = np.frombuffer(output_b, dtype=np.int64).tolist()
        return LanguageIdentifier(ptc, pc, list(head["classes"]), nextmove, output, norm_probs=True, tk_row=row)
    except (ValueError, KeyError, TypeError, IndexError):
        return None


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
