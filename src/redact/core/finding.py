"""What a detector reports: an entity at character offsets of a text, and why."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum

from redact.core.entity import Entity


class Role(StrEnum):
    """Who a person mention is, as far as the text says (only PERSON findings carry one).

    Names of politicians acting as such, of officials acting in office and of professionals acting
    in a role are disclosed in access to documents; § 30, nr. 1 protects private persons. A PUBLIC
    mention is shown to the case handler but not blacked out unless the case handler chooses to.
    """

    UNKNOWN = "unknown"
    PRIVATE = "private"
    PUBLIC = "public"


# duplicates: frozen records elsewhere share this shape (HiddenText, CheckResult, Term): other types, kept.
@dataclass(frozen=True, slots=True)
class Finding:
    entity: Entity
    start: int
    end: int
    text: str
    score: float
    detector: str  # e.g. "CprRecognizer"
    reason: str  # Danish, shown to the case handler: why this was proposed
    role: Role = Role.UNKNOWN

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per stretch of text: the longer, then the higher scoring one.

    Two recognizers often fire on the same digits (a phone pattern inside a bank account);
    the case handler should see one proposal with the most specific explanation.
    """
    ordered = sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start))
    starts: list[int] = []  # kept intervals, sorted by start; they never overlap each other
    ends: list[int] = []
    kept: list[Finding] = []
    for f in ordered:
        i = bisect.bisect_left(starts, f.end)  # kept intervals starting before f ends: indices < i
        if i > 0 and ends[i - 1] > f.start:
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
