"""The case handler's decisions. They are appended to a log that is also the audit trail.

A service says what it decides as a typed change (`Accept`, `Reject`, `Manual`, `Undo`,
`WithholdDocument`, `WithholdPage`, `SetLanguage`); `services.decisions.record_action` turns the changes of one
user action into `Decision` records that share one `action_id`, and appends them to the log.

The record keeps the three kinds of id apart: `proposal` (a Proposal.id), `manual` (a manual
redaction's id), and for withholdings the `document` and `page` themselves. Format 1 of the case
file kept all three in `proposal`; `store.casefile` reads those lines into this form.
"""

from __future__ import annotations

import dataclasses
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
    LANGUAGE = "language"  # `document` is read in `language`; its open proposals made again (Case.language_swaps)


MANUAL_PREFIX = "manuel-"  # the ids of manual redactions: manuel-<seq of the decision that made it>


@dataclass(frozen=True, slots=True)
class Decision:
    seq: int
    action: Action
    proposal: str  # ACCEPT/REJECT of a proposal: Proposal.id; "" otherwise
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
    manual: str = ""  # MANUAL: the id of the new manual redaction; ACCEPT: a manual redaction put under `basis`
    action_id: int = 0  # the user action it was part of (undone and redone together); 0 in format-1 logs
    language: str = ""  # LANGUAGE only: the document's new language

    @property
    def subject(self) -> str:
        """The proposal or manual redaction the decision is about ("" for withholdings and undos)."""
        return self.proposal or self.manual


# --- what a service decides: one typed change per decision ------------------------------------


@dataclass(frozen=True, slots=True)
class Accept:
    """Black out a proposal, or put a proposal or manual redaction under `basis`."""

    proposal: str = ""
    manual: str = ""
    basis: str = ""


@dataclass(frozen=True, slots=True)
class Reject:
    proposal: str
    basis: str = ""


@dataclass(frozen=True, slots=True)
class Manual:
    """Black out an area the case handler drew or a text they selected."""

    manual: str
    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    basis: str


@dataclass(frozen=True, slots=True)
class Undo:
    target: int  # seq of the decision taken back


@dataclass(frozen=True, slots=True)
class WithholdDocument:
    document: str
    basis: str


@dataclass(frozen=True, slots=True)
class WithholdPage:
    document: str
    page: int
    basis: str


@dataclass(frozen=True, slots=True)
class SetLanguage:
    """Read `document` in `language`: its open proposals are made again in that language."""

    document: str
    language: str


Change = Accept | Reject | Manual | Undo | WithholdDocument | WithholdPage | SetLanguage

_ACTIONS: dict[type, Action] = {
    Accept: Action.ACCEPT,
    Reject: Action.REJECT,
    Manual: Action.MANUAL,
    Undo: Action.UNDO,
    WithholdDocument: Action.WITHHOLD_DOCUMENT,
    WithholdPage: Action.WITHHOLD_PAGE,
    SetLanguage: Action.LANGUAGE,
}

# Each kind's field names, looked up once (asked for every decision: tens of thousands when all are accepted).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in _ACTIONS}


def decision_of(
    change: Change, seq: int, action_id: int, who: str, when: str, tool_version: str, model_version: str
) -> Decision:
    """The log record of `change`, the `seq`-th decision, part of user action `action_id`."""
    fields = {name: getattr(change, name) for name in _FIELD_NAMES[type(change)]}
    return Decision(
        seq=seq,
        action=_ACTIONS[type(change)],
        proposal=fields.pop("proposal", ""),
        who=who,
        when=when,
        tool_version=tool_version,
        model_version=model_version,
        action_id=action_id,
        **fields,
    )
