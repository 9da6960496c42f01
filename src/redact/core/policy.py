"""The machine policy: what municipal IT sets once for every user of a machine.

IT places a YAML file at a fixed machine-wide location (redact.store.policy finds, reads and
validates it). The policy gives the organisation's name, the journal-number format, the staff
keep-list, the default legal basis, the authority's own list of legal bases and the letterhead of
the decision draft. Keys listed in
`locked` are final: a user's own settings cannot change them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from redact.core.legal import PERSONAL_DATA

# The settings a policy can give (and lock). A user's own settings use the same names.
ORGANISATION = "organisation"
JOURNAL_FORMAT = "journal_format"
KEEP_LIST = "keep_list"
DEFAULT_LEGAL_BASIS = "default_legal_basis"
LETTERHEAD = "letterhead"
LEGAL_BASES = "legal_bases"
SETTINGS: tuple[str, ...] = (ORGANISATION, JOURNAL_FORMAT, KEEP_LIST, DEFAULT_LEGAL_BASIS, LETTERHEAD, LEGAL_BASES)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The top of the decision draft: lines of text and an optional logo (PNG or JPEG)."""

    text: str = ""
    logo: Path | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    organisation: str = ""
    journal_format: str = ""  # a regular expression a journal number must match in full; "" accepts any
    keep_list: Path | None = None
    default_legal_basis: str = PERSONAL_DATA.code
    letterhead: Letterhead = Letterhead()
    legal_bases: Path | None = None  # the authority's own list of legal bases, merged over the bundled one
    locked: frozenset[str] = frozenset()
    source: Path | None = None  # the file it was read from; None: the built-in defaults

    def is_locked(self, setting: str) -> bool:
        return setting in self.locked

    def journal_number_ok(self, journal: str) -> bool:
        """True if `journal` has the organisation's format (any journal number when none is set)."""
        return not self.journal_format or re.fullmatch(self.journal_format, journal.strip()) is not None

    def with_user_settings(self, user: Mapping[str, object]) -> tuple[Policy, tuple[str, ...]]:
        """The settings in force for a user: the user's value for every key the policy does not lock.

        `user` maps names of SETTINGS to values of the field's type (validated by the caller).
        Returns the settings and the names of the user's settings that the policy refused.
        """
        unknown = sorted(set(user) - set(SETTINGS))
        if unknown:
            raise ValueError(f"unknown settings: {unknown}")
        refused = tuple(k for k in SETTINGS if k in user and self.is_locked(k))
        changes = {k: v for k, v in user.items() if not self.is_locked(k)}
        return dataclasses.replace(self, **changes), refused  # type: ignore[arg-type]
