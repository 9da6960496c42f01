"""Whole documents and pages withheld, as decisions in the log (undo releases them again)."""

from __future__ import annotations

from redact.core.case import Case, Disclosure
from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.core.proposal import Proposal, group_key


def case() -> Case:
    c = Case("Sag", labels={"offl-27-4": "§ 27, nr. 4"})
    c.documents = [
        Document("0001", "brev", "/x/brev.pdf", "", "brev.pdf", pages=3),
        Document("0002", "notat", "/x/notat.pdf", "", "notat.pdf", pages=1),
        Document("0003", "kaput", "/x/kaput.pdf", "", "kaput.pdf", status=Status.FAILED, error="beskadiget"),
    ]
    box = (Box(0, 0, 10, 10),)
    c.proposals = {
        "a": Proposal(
            "a", "0001", 0, box, Entity.CPR, "120384-1234", 1, "t", "r", "offl-30-1", group_key(Entity.CPR, "1")
        ),
        "b": Proposal(
            "b", "0001", 2, box, Entity.PHONE, "20 12 34 56", 1, "t", "r", "offl-30-1", group_key(Entity.PHONE, "2")
        ),
    }
    return c


def decision(
    seq: int, action: Action, document: str = "", page: int = -1, basis: str = "", target: int = -1
) -> Decision:
    return Decision(seq, action, "", "t", "w", "v", "m", basis, document=document, page=page, target=target)


def test_full_partial_withheld_and_not_processed() -> None:
    c = case()
    assert [c.disclosure(d.id) for d in c.documents] == [Disclosure.FULL, Disclosure.FULL, Disclosure.NOT_PROCESSED]
    c.decisions.append(Decision(1, Action.ACCEPT, "a", "t", "w", "v", "m"))
    c.decisions.append(decision(2, Action.WITHHOLD_DOCUMENT, "0002", basis="offl-23-1-1"))
    assert c.disclosure("0001") is Disclosure.PARTIAL and c.bases_used("0001") == ["offl-30-1"]
    assert c.disclosure("0002") is Disclosure.WITHHELD and c.released_pages("0002") == []
    assert c.bases_used("0002") == ["offl-23-1-1"]
    assert c.released_pages("0003") == []


def test_a_withheld_page_is_left_out_and_its_redactions_do_not_count() -> None:
    c = case()
    c.decisions.append(Decision(1, Action.ACCEPT, "b", "t", "w", "v", "m"))  # on page 3
    c.decisions.append(decision(2, Action.WITHHOLD_PAGE, "0001", page=2, basis="offl-27-4"))
    assert c.released_pages("0001") == [0, 1]
    assert c.disclosure("0001") is Disclosure.PARTIAL
    assert c.bases_used("0001") == ["offl-27-4"]  # the box on the withheld page goes with the page
    assert set(c.withheld_pages("0001")) == {2}


def test_undo_releases_and_labels_come_from_the_loaded_list() -> None:
    c = case()
    c.decisions.append(decision(1, Action.WITHHOLD_DOCUMENT, "0001", basis="offl-27-4"))
    assert c.disclosure("0001") is Disclosure.WITHHELD
    c.decisions.append(decision(2, Action.UNDO, target=1))
    assert c.disclosure("0001") is Disclosure.FULL and c.withholdings() == []
    c.decisions.append(Decision(3, Action.ACCEPT, "a", "t", "w", "v", "m", basis="offl-27-4"))
    assert [r.label for r in c.redactions("0001")] == ["§ 27, nr. 4"]
    c.labels = {}
    assert [r.label for r in c.redactions("0001")] == ["offl-27-4"]  # unknown without the list: the code
