"""What one document may cost. A request is many files; one pathological file (a 50 MB text on one
line grew past 2 GB of memory and never finished) must not stop the others or the machine, so each
file is checked against these limits before it is read, and gets one clear line when it is over.
"""

from __future__ import annotations

import re

MB = 1024 * 1024
MAX_FILE_BYTES = 500 * MB  # any input file (scanned PDFs are the big ones)
MAX_TEXT_BYTES = 5 * MB  # a text file: about 2,500 pages
MAX_BYTES_BY_SUFFIX = {
    ".txt": MAX_TEXT_BYTES,
    ".eml": 100 * MB,
    ".msg": 100 * MB,
}
MAX_PAGES = 5000  # pages of one document
MAX_PAGE_CHARS = 50_000  # characters on one page (a dense A4 page holds about 5,000)

# Longer runs without a space are broken into lines: a layout engine cannot break them (the text
# ran off the page, unseen by the reader but in the text layer) and lays them out in quadratic time.
MAX_RUN = 80
_BREAK_AFTER = "/&?=,;:.-_"


def size_limit(suffix: str) -> int:
    return MAX_BYTES_BY_SUFFIX.get(suffix.lower(), MAX_FILE_BYTES)


def too_big(suffix: str, size: int) -> str:
    """The Danish reason a file of `size` bytes is refused, "" when it is within the limit."""
    limit = size_limit(suffix)
    if size <= limit:
        return ""
    kind = "tekstfil" if suffix.lower() == ".txt" else "fil"
    return (
        f"filen er for stor ({size / MB:,.0f} MB; grænsen er {limit // MB} MB pr. {kind}); "
        "del den op i mindre filer".replace(",", ".")
    )


def wrap_long_runs(text: str, width: int = MAX_RUN) -> str:
    """`text` with every run of more than `width` characters without white space broken into lines,
    after a punctuation mark near the end of each piece where there is one."""

    def wrap(match: re.Match[str]) -> str:
        run, pieces = match.group(0), []
        while len(run) > width:
            cut = max(run.rfind(ch, width // 2, width) for ch in _BREAK_AFTER)
            cut = cut + 1 if cut > 0 else width
            pieces.append(run[:cut])
            run = run[cut:]
        pieces.append(run)
        return "\n".join(pieces)

    return re.sub(rf"\S{{{width + 1},}}", wrap, text)
