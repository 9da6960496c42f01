"""Whether redacted text shows up again: in a merged PDF, a footer stamp, a title, a list or a letter.

Everything the release package writes beside the redacted documents is made from the case (titles,
senders, bases), so each of those texts is checked against every text the case handler chose to
hide. A hidden text that the released documents themselves still show elsewhere (a name redacted in
one place and kept in another) is not a leak of the package: it is already out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "[udeladt]"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pattern(secret: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in squash(secret).split(" ")]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _usable(secrets: Iterable[str]) -> list[str]:
    # One-character texts would match everywhere and hide nothing worth hiding.
    unique = {squash(s) for s in secrets if len(squash(s)) >= 2}
    return sorted(unique, key=len, reverse=True)


def leaked(text: str, secrets: Iterable[str], allowed: str = "") -> list[str]:
    """The secrets found in `text` that `allowed` (the released documents' own text) does not contain."""
    found = []
    for s in _usable(secrets):
        p = _pattern(s)
        if p.search(text) and not p.search(allowed):
            found.append(s)
    return found


def mask(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret replaced by [udeladt]: for titles and senders taken from the files."""
    for s in _usable(secrets):
        text = _pattern(s).sub(MASK, text)
    return text
