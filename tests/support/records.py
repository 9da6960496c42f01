"""Core records for tests: proposals, manual redactions and a small case. Every name is invented."""

from __future__ import annotations

from redact.core.case import Case
from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.core.proposal import Proposal, group_key


def proposal(pid: str, doc: str = "0001", text: str = "Karl") -> Proposal:
    return Proposal(
        pid,
        doc,
        0,
        (Box(0, 0, 10, 10),),
        Entity.PERSON,
        text,
        0.9,
        "test",
        "fordi",
        "offl-30-1",
        group_key(Entity.PERSON, text),
    )


def manual(seq: int, text: str = "") -> Decision:
    return Decision(
        seq,
        Action.MANUAL,
        "",
        "tester",
        "t",
        "0.1.0",
        "m",
        basis="offl-30-1",
        document="0001",
        page=0,
        boxes=(Box(1, 2, 3, 4),),
        text=text,
        manual=f"m{seq}",
    )


def sample_case() -> Case:
    case = Case("Aktindsigt", journal="26/00042", tool_version="0.1.0", model_version="m")
    case.documents = [
        Document("0001", "brev", "/x/brev.pdf", "ab" * 32, "brev.pdf", "sag-filer/0001.pdf", "PDF", 2, (1,)),
        Document("0002", "kaput", "/x/kaput.pdf", "", "kaput.pdf", status=Status.FAILED, error="beskadiget"),
    ]
    case.proposals = {"a": proposal("a"), "b": proposal("b")}
    return case
