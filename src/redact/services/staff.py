"""The staff keep-list applied to a case that is already built.

The keep-list is used when files are added; a list chosen or changed later would otherwise only
reach files added afterwards. `kept_open_proposals` finds the open proposals the list keeps, so
the app can offer to reject them as one action (logged and undoable like any other). Decisions
the case handler already took are left as they are.
"""

from __future__ import annotations

from pathlib import Path

from redact.core.case import Case, State
from redact.core.document import Status
from redact.core.entity import Entity
from redact.core.keeplist import KeepList
from redact.pdf.extract import read_pages


def kept_open_proposals(case: Case, folder: Path, keep: KeepList) -> list[str]:
    """Ids of the open proposals that `keep` keeps (staff and official contacts), in case order."""
    if not keep.entries:
        return []
    states = case.states()
    found: list[str] = []
    for doc in case.documents:
        open_ = [p for p in case.proposals_of(doc.id) if states[p.id] is State.OPEN]
        if not open_ or doc.status is not Status.READY:
            continue
        names = tuple(p.text for p in case.proposals_of(doc.id) if p.entity is Entity.PERSON)
        text = ""
        if any(p.entity is Entity.PERSON for p in open_):  # a part of a staff name needs the document's text
            text = "\n".join(pt.text for pt in read_pages(folder / doc.normalized, ocr=False))
        found += [p.id for p in open_ if keep.keeps(p.text, p.entity, text, names)]
    return found
