"""Files redact derives from installed data and keeps in the user's cache folder, to be read back
at the next start instead of being derived again (the hunspell stems: detect.spelling; the
language classifier's model: detect.language).

The folder is `$XDG_CACHE_HOME/redact` where that is set; else each system's own place for caches:
`%LOCALAPPDATA%\\redact\\cache` on Windows (the local part of a profile: a municipality's roaming
profiles copy everything else to the server at every logon, and the cache is tens of megabytes),
`~/Library/Caches/redact` on macOS, `~/.cache/redact` elsewhere. Never beside the data or the
user's files. A cache file is a header line naming exactly what it was derived from (`key`: the
source files' paths, sizes and modification times, the format, redact's version), a line with the
CRC-32 of the body, then the body. A file whose key is another, whose checksum does not hold or
that cannot be read is not believed (`read` gives None) and the caller derives the data again and
writes it anew (`write`), atomically: a temporary file renamed into place, so a process that reads
it sees a whole file or none. When the folder cannot be written nothing is kept and the data is
derived every time, as without a cache. CRC-32 guards against damage (a cut or torn file, a flipped
bit), not against someone who can write the user's files; it checks 40 MB in a hundredth of a second.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import zlib
from pathlib import Path


def default_cache_dir() -> Path | None:
    """The folder the cache files go in, or None where the user has no home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):  # a relative one is to be ignored (the XDG base directory rules)
        return Path(base) / "redact"
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        if local:
            return Path(local) / "redact" / "cache"
    try:
        home = Path.home()
    except RuntimeError:  # no home folder to be found
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "redact"
    return home / ".cache" / "redact"


def file_state(path: Path) -> str:
    """A file's identity and state for a key: its path, size and modification time (raises OSError
    when it cannot be read)."""
    st = path.stat()
    return f"{path.resolve()} {st.st_size} {st.st_mtime_ns}"


def _checksum(body: bytes | memoryview) -> bytes:
    return b"%08x" % zlib.crc32(body)


def read(path: Path, key: str) -> memoryview | None:
    """The body of the cache file at `path` written for `key` whose checksum holds; None for any
    other file, or none."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = key.encode() + b"\n"
    start = len(head) + 9  # the checksum's eight hex digits and a line break
    if not data.startswith(head) or data[start - 1 : start] != b"\n":
        return None
    body = memoryview(data)[start:]
    if data[len(head) : start - 1] != _checksum(body):
        return None
    return body


def write(path: Path, key: str, body: bytes) -> None:
    """Write the cache file whole or not at all; a folder that cannot be written leaves no cache."""
    if "\n" in key:
        raise ValueError("a cache key is one line")
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as fh:
            fh.write(key.encode() + b"\n" + _checksum(body) + b"\n")
            fh.write(body)
        os.replace(temporary, path)
    except OSError:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
