"""Finding text in a case: "every occurrence of this", plain or as a pattern, OCR'd pages included."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from redact.core.case import Case
from redact.core.document import Status
from redact.core.errors import UsageError
from redact.core.geometry import Box
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.core.text import PageText
from redact.pdf.extract import read_pages
from redact.store.textindex import read_text_index, write_text_index


# duplicates: shaped like core.case.Redaction and session.Overlay; found text, not a decision: kept.
@dataclass(frozen=True, slots=True)
class Occurrence:
    """A stretch of text on a page: what a search found or the case handler selected."""

    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    before: str = ""  # a few words of the text around it, for a list of search hits
    after: str = ""


CONTEXT_CHARS = 40


def context_around(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """About `width` characters of whole words before and after text[start:end], on one line."""
    head = text[max(0, start - width) : start].split()
    if start > width and head:
        head[0] = "…"  # the first word may be cut
    tail = text[end : end + width].split()
    if end + width < len(text) and tail:
        tail[-1] = "…"
    before = " ".join(head) + (" " if text[start - 1 : start].isspace() else "") if head else ""
    after = (" " if text[end : end + 1].isspace() else "") + " ".join(tail) if tail else ""
    return before, after


def occurrence_for_range(doc_id: str, pt: PageText, start: int, end: int) -> Occurrence | None:
    """The selection from character `start` to `end` (either order, both included)."""
    a, b = sorted((start, end))
    b += 1
    while a < b and pt.text[a].isspace():
        a += 1
    while b > a and pt.text[b - 1].isspace():
        b -= 1
    boxes = tuple(pt.boxes_for(a, b))
    if a >= b or not boxes:
        return None
    return Occurrence(doc_id, pt.page, boxes, " ".join(pt.text[a:b].split()))


def search_pattern(
    text: str, regex: bool = False, match_case: bool = False, whole_words: bool = True
) -> re.Pattern[str]:
    """The pattern for "every occurrence of this": plain text matches across any spacing and line breaks."""
    if not text.strip():
        raise UsageError("skriv den tekst, der skal findes")
    flags = 0 if match_case else re.IGNORECASE
    if regex:
        try:
            pattern = re.compile(text, flags)
        except re.error as exc:
            raise UsageError(f"mønsteret kan ikke bruges: {exc}") from exc
        if pattern.match(""):
            raise UsageError("mønsteret finder tom tekst; gør det mere bestemt")
        return pattern
    body = r"\s+".join(re.escape(w) for w in text.split())
    if whole_words:
        body = r"(?<!\w)" + body + r"(?!\w)"
    return re.compile(body, flags)


def find_occurrences(
    case: Case,
    folder: Path,
    text: str,
    regex: bool = False,
    match_case: bool = False,
    whole_words: bool = True,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[Occurrence]:
    """Every occurrence of a text or pattern in the case's readable documents (OCR for scans)."""
    pattern = search_pattern(text, regex, match_case, whole_words)
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    docs = [d for d in case.documents if d.status is Status.READY and d.normalized]
    found: list[Occurrence] = []
    progress.start(len(docs), "Søger i sagen")
    for d in docs:
        cancel.check()
        for pt in _pages_with_hits(folder / d.normalized, pattern):
            for m in pattern.finditer(pt.text):
                occ = occurrence_for_range(d.id, pt, m.start(), m.end() - 1)
                if occ is not None:
                    before, after = context_around(pt.text, m.start(), m.end())
                    found.append(dataclasses.replace(occ, before=before, after=after))
        progress.advance(1, d.title)
    progress.finish()
    return found


def _pages_with_hits(pdf: Path, pattern: re.Pattern[str]) -> Iterator[PageText]:
    """The pages of a document on which `pattern` matches, from the case's text index (written
    when the case was built; made now, once, for a case from before the index)."""
    index = read_text_index(pdf)
    if index is None:
        pages = read_pages(pdf)
        with contextlib.suppress(OSError):  # a read-only case folder: searched from the PDF each time
            write_text_index(pdf, pages)
        yield from (pt for pt in pages if pattern.search(pt.text))
        return
    for number, text in enumerate(index.texts()):
        if pattern.search(text):
            yield index.page(number)
