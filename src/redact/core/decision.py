"""The case handler's decisions. They are appended to a log that is also the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redact.core.geometry import Box


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    MANUAL = "manual"  # a redaction the case handler drew or selected
    UNDO = "undo"  # takes back the decision with sequence number `target`
    WITHHOLD_DOCUMENT = "withhold_document"  # `document` is left out of the release, under `basis`
    WITHHOLD_PAGE = "withhold_page"  # page `page` of `document` is left out of the release, under `basis`


@dataclass(frozen=True, slots=True)
class Decision:
    seq: int
    action: Action
    proposal: str  # Proposal.id; for MANUAL, the id of the new manual redaction
    who: str
    when: str  # ISO 8601 with time zone
    tool_version: str
    model_version: str
    basis: str = ""
    document: str = ""  # MANUAL and WITHHOLD_* only
    page: int = -1  # MANUAL and WITHHOLD_PAGE only (0-based)
    boxes: tuple[Box, ...] = ()  # MANUAL only
    text: str = ""  # MANUAL only: the text under the boxes, kept in the case file, never in exports of the log
    target: int = -1  # UNDO only
