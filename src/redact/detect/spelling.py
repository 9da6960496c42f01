"""The stems of a hunspell spelling dictionary, and a cache of them in the user's cache folder.

Debian's dictionaries are read line by line (330,000 lines for Norwegian bokmål): 0.4 CPU-seconds
for Danish, Norwegian and Swedish, paid before a batch starts its workers, where the same words
read from one line each take a tenth of that. So the stems are kept in the user's cache folder
(`$XDG_CACHE_HOME/redact`, else `~/.cache/redact`), never beside the dictionaries or the user's
files, under a header that names the dictionary (path, size and modification time of the `.dic`
and the `.aff`), this code's format and redact's version, and a checksum of the words
(detect.user_cache). A cache that is missing, stale, damaged or unreadable is not used: the
dictionary is read again and the cache written anew, atomically, so a process that reads it
sees a whole one or none. When the cache folder cannot be written the dictionary is read every
time, as before.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from redact import __version__
from redact.detect import user_cache
from redact.detect.user_cache import default_cache_dir, file_state

__all__ = ["FORMAT", "default_cache_dir", "read_stems", "stems"]

# Raised when the way the stems are read or stored changes: caches of another format are not read.
FORMAT = 2
_ENCODINGS = {"ISO8859-1": "latin-1", "ISO8859-15": "iso8859-15"}


def read_stems(dic: Path, aff: Path) -> frozenset[str] | None:
    """The lower-case stems of the dictionary `dic` (read in the encoding its `aff` names), or None
    when that encoding is unknown to Python."""
    encoding = "utf-8"
    if aff.exists():
        m = re.search(r"^SET\s+(\S+)", aff.read_text(encoding="latin-1"), re.M)
        if m:
            encoding = _ENCODINGS.get(m.group(1), m.group(1))
    try:
        lines = dic.read_text(encoding=encoding, errors="replace").splitlines()[1:]
    except LookupError:
        return None
    return frozenset(w for line in lines if (w := line.split("/", 1)[0].strip()) and w[0].islower())


def stems(dic: Path, aff: Path, cache_dir: Path | None) -> frozenset[str] | None:
    """What `read_stems` gives, from the cache in `cache_dir` when it holds this dictionary's
    stems as they are now, else read from the dictionary and written to the cache."""
    if cache_dir is None:
        return read_stems(dic, aff)
    try:
        key = _key(dic, aff)
        where = hashlib.blake2b(str(dic.resolve()).encode(), digest_size=8).hexdigest()
    except OSError:
        return read_stems(dic, aff)
    cached = cache_dir / f"spelling-{dic.stem}-{where}.txt"  # one file per dictionary, replaced when stale
    words = _read_cache(cached, key)
    if words is None:
        words = read_stems(dic, aff)
        if words is not None:
            _write_cache(cached, key, words)
    return words


def _key(dic: Path, aff: Path) -> str:
    """The dictionary's identity and state: a change to either file gives another key."""
    parts = [f"redact-spelling {FORMAT} {__version__}"]
    parts += [file_state(path) if path.exists() else f"{path} -" for path in (dic, aff)]
    return " | ".join(parts)


def _read_cache(path: Path, key: str) -> frozenset[str] | None:
    """The words of a cache file written for `key` whose checksum holds; None for any other file."""
    body = user_cache.read(path, key)
    if body is None:
        return None
    try:
        text = str(body, "utf-8")
    except UnicodeDecodeError:
        return None
    return frozenset(text.split("\n")) if text else frozenset()


def _write_cache(path: Path, key: str, words: frozenset[str]) -> None:
    user_cache.write(path, key, "\n".join(words).encode("utf-8"))
