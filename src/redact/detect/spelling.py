"""The stems of a hunspell spelling dictionary, and a cache of them in the user's cache folder.

Debian's dictionaries are read line by line (330,000 lines for Norwegian bokmål): 0.4 CPU-seconds
for Danish, Norwegian and Swedish, paid before a batch starts its workers, where the same words
read from one line each take a tenth of that. So the stems are kept in the user's cache folder
(`$XDG_CACHE_HOME/redact`, else `~/.cache/redact`), never beside the dictionaries or the user's
files, under a header that names the dictionary (path, size and modification time of the `.dic`
and the `.aff`), this code's format and redact's version, and a checksum of the words. A cache
that is missing, stale, damaged or unreadable is not used: the dictionary is read again and the
cache written anew, atomically (a temporary file renamed into place), so a process that reads
it sees a whole one or none. When the cache folder cannot be written the dictionary is read
every time, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from redact import __version__

# Raised when the way the stems are read or stored changes: caches of another format are not read.
FORMAT = 1
_ENCODINGS = {"ISO8859-1": "latin-1", "ISO8859-15": "iso8859-15"}


def default_cache_dir() -> Path | None:
    """The folder the cache files go in, or None where the user has no home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):  # a relative one is to be ignored (the XDG base directory rules)
        return Path(base) / "redact"
    try:
        return Path.home() / ".cache" / "redact"
    except RuntimeError:  # no home folder to be found
        return None


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
    for path in (dic, aff):
        if path.exists():
            st = path.stat()
            parts.append(f"{path.resolve()} {st.st_size} {st.st_mtime_ns}")
        else:
            parts.append(f"{path} -")
    return " | ".join(parts)


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def _read_cache(path: Path, key: str) -> frozenset[str] | None:
    """The words of a cache file written for `key` whose checksum holds; None for any other file."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, sep, rest = data.partition(b"\n")
    digest, sep2, body = rest.partition(b"\n")
    if not (sep and sep2) or head != key.encode() or digest.decode("ascii", "replace") != _digest(body):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return frozenset(text.split("\n")) if text else frozenset()


def _write_cache(path: Path, key: str, words: frozenset[str]) -> None:
    """Write the cache file whole or not at all; a folder that cannot be written leaves no cache."""
    body = "\n".join(words).encode("utf-8")
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".spelling-", suffix=".tmp")
        with os.fdopen(handle, "wb") as fh:
            fh.write(key.encode() + b"\n" + _digest(body).encode() + b"\n" + body)
        os.replace(temporary, path)
    except OSError:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
