"""The same text in several documents, and e-mails of one thread, so that a case handler decides once.

Exact duplicates share the hash of their words (layout, case and punctuation aside). Near-duplicates
are the same text with other headers or stamps: their word 5-shingles overlap by `NEAR` or more
(Jaccard), estimated with MinHash and found with locality-sensitive hashing (bands of the
signature), so a request of 100,000 documents is never compared pair by pair. E-mails are threaded
by Message-ID, In-Reply-To and References, and by quoted text (a reply that quotes most of an
earlier mail with the same subject).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE = 5  # words per shingle
PERMUTATIONS = 64
BAND = 4  # signature rows per LSH band: 16 bands find pairs of Jaccard 0.7 with probability > 0.99
NEAR = 0.7  # estimated Jaccard at or above which two documents are near-duplicates (a letter of 80 words
# with a stamp of 10 is about 0.8; MinHash with 64 permutations is off by up to 0.1 at times)
MIN_WORDS = 30  # shorter texts are grouped only when exactly equal (too few shingles to judge)
QUOTED = 0.8  # share of an earlier mail's shingles a reply must contain to be threaded by quoting

_SPAN = 1 << 58  # above every bin value (64-bit hashes over 64 bins)
_WORD = re.compile(r"\w+")
_REPLY_PREFIX = re.compile(r"^\s*((re|sv|vs|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def content_hash(text: str) -> str:
    """Equal for texts with the same words in the same order; "" for a text without words."""
    w = words(text)
    return hashlib.sha256(" ".join(w).encode()).hexdigest() if w else ""


def shingles(text: str) -> set[int]:
    w = words(text)
    if len(w) < SHINGLE:
        return {_h(" ".join(w))} if w else set()
    return {_h(" ".join(w[i : i + SHINGLE])) for i in range(len(w) - SHINGLE + 1)}


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of the text's shingles; () for a text too short to judge.

    One-permutation hashing: each shingle's 64-bit hash goes to one of `PERMUTATIONS` bins and each
    bin keeps its smallest value, so a text costs one hash per shingle rather than one per shingle
    and permutation; an empty bin borrows the value of the next filled bin to its right, marked with
    the distance ("densification"), so that short texts still compare fairly.
    """
    if len(words(text)) < MIN_WORDS:
        return ()
    bins: list[int | None] = [None] * PERMUTATIONS
    for h in shingles(text):
        b, v = h % PERMUTATIONS, h // PERMUTATIONS
        current = bins[b]
        if current is None or v < current:
            bins[b] = v
    filled = [(i, v) for i, v in enumerate(bins) if v is not None]
    out: list[int] = []
    for i, value in enumerate(bins):
        if value is None:
            j, borrowed = next(((f, v) for f, v in filled if f > i), filled[0])
            value = borrowed + ((j - i) % PERMUTATIONS) * _SPAN
        out.append(value)
    return tuple(out)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What grouping needs of one document (in case order)."""

    id: str
    hash: str
    signature: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Copy:
    original: str  # the first document (in case order) with this text
    near: bool  # the same text with other headers or stamps, not word for word


def find_duplicates(docs: Iterable[Fingerprint]) -> dict[str, Copy]:
    """Every document that repeats an earlier one, mapped to that first document."""
    first_of_hash: dict[str, str] = {}
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    sigs: dict[str, tuple[int, ...]] = {}
    order: dict[str, int] = {}
    found: dict[str, Copy] = {}
    for n, d in enumerate(docs):
        order[d.id] = n
        if not d.hash:
            continue
        if d.hash in first_of_hash:
            first = first_of_hash[d.hash]
            found[d.id] = found[first] if first in found else Copy(first, False)
            continue
        first_of_hash[d.hash] = d.id
        if not d.signature:
            continue
        best: tuple[float, str] | None = None
        for b in range(0, len(d.signature), BAND):
            key = (b, d.signature[b : b + BAND])
            for other in buckets[key]:
                s = similarity(d.signature, sigs[other])
                if s >= NEAR and (best is None or s > best[0] or (s == best[0] and order[other] < order[best[1]])):
                    best = (s, other)
            buckets[key].append(d.id)
        sigs[d.id] = d.signature
        if best is not None:
            root = found[best[1]].original if best[1] in found else best[1]
            found[d.id] = Copy(root, True)
    return found


@dataclass(frozen=True, slots=True)
class MailFacts:
    """What threading needs of one e-mail (in case order)."""

    id: str
    message_id: str
    parents: tuple[str, ...]  # In-Reply-To and References
    subject: str
    text: str


def thread_subject(subject: str) -> str:
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


def find_threads(mails: Sequence[MailFacts]) -> dict[str, str]:
    """Every e-mail that belongs to a thread of two or more, mapped to the thread's first e-mail."""
    parent: dict[str, str] = {m.id: m.id for m in mails}
    order = {m.id: n for n, m in enumerate(mails)}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            first, second = (ra, rb) if order[ra] < order[rb] else (rb, ra)
            parent[second] = first

    by_message_id = {m.message_id: m.id for m in mails if m.message_id}
    for m in mails:
        for p in m.parents:
            if p in by_message_id:
                join(m.id, by_message_id[p])
    by_subject: dict[str, list[MailFacts]] = defaultdict(list)
    for m in mails:
        if thread_subject(m.subject):
            by_subject[thread_subject(m.subject)].append(m)
    for group in by_subject.values():
        if len(group) < 2:
            continue
        sets = {m.id: shingles(m.text) for m in group}
        for i, later in enumerate(group):
            for earlier in group[:i]:
                quoted = sets[earlier.id]
                if quoted and len(quoted & sets[later.id]) >= QUOTED * len(quoted):
                    join(later.id, earlier.id)
    members: dict[str, list[str]] = defaultdict(list)
    for m in mails:
        members[root(m.id)].append(m.id)
    return {mid: r for r, ids in members.items() if len(ids) > 1 for mid in ids}
