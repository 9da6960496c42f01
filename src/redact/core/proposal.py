"""A proposed redaction on a page, as the case handler reviews it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from redact.core.entity import Entity
from redact.core.geometry import Box


@dataclass(frozen=True, slots=True)
class Proposal:
    id: str
    document: str  # Document.id
    page: int  # 0-based
    boxes: tuple[Box, ...]
    entity: Entity
    text: str
    score: float
    detector: str
    reason: str
    basis: str  # LegalBasis.code
    group: str  # key that ties mentions of the same thing together across the case

    @staticmethod
    def make_id(document: str, page: int, start: int, end: int, entity: str) -> str:
        """Stable across re-runs of the same detection, so decisions keep pointing at their proposal."""
        raw = f"{document}:{page}:{start}:{end}:{entity}".encode()
        return hashlib.sha1(raw).hexdigest()[:16]


def group_key(entity: Entity, text: str) -> str:
    return f"{entity.value}:{' '.join(text.split()).casefold()}"
