from __future__ import annotations

from redact.core.case import Case, State
from redact.core.decision import Action, Decision
from redact.core.entity import Entity
from redact.core.finding import Finding, resolve_overlaps
from redact.core.geometry import Box
from redact.core.proposal import Proposal
from redact.core.text import PageText
from tests.support.records import manual, proposal


def decision(seq: int, action: Action, pid: str, target: int = -1) -> Decision:
    return Decision(seq, action, pid, "tester", "2026-01-01T10:00:00+01:00", "0.1.0", "m", target=target)


def test_state_follows_the_log_with_undo_and_redo() -> None:
    case = Case("Sag")
    case.proposals = {"a": proposal("a"), "b": proposal("b")}
    assert case.states() == {"a": State.OPEN, "b": State.OPEN}
    case.decisions = [decision(1, Action.ACCEPT, "a"), decision(2, Action.REJECT, "b")]
    assert case.states() == {"a": State.ACCEPTED, "b": State.REJECTED}
    case.decisions.append(decision(3, Action.UNDO, "", target=2))  # undo the rejection
    assert case.states()["b"] is State.OPEN
    case.decisions.append(decision(4, Action.UNDO, "", target=3))  # redo = undo the undo
    assert case.states()["b"] is State.REJECTED
    assert [r.source for r in case.redactions("0001")] == ["a"]


def test_manual_redaction_is_exported_as_a_whole_area() -> None:
    case = Case("Sag")
    manual_decision = manual(1)
    case.decisions = [manual_decision]
    [r] = case.redactions("0001")
    assert r.whole_area and r.label == "§ 30, nr. 1" and r.boxes == (Box(1, 2, 3, 4),)


def test_overlapping_findings_keep_the_longest() -> None:
    short = Finding(Entity.PHONE, 5, 13, "12345678", 0.9, "a", "")
    long = Finding(Entity.BANK, 0, 13, "1234-12345678", 0.6, "b", "")
    other = Finding(Entity.EMAIL, 20, 30, "a@b.dk", 0.9, "c", "")
    assert resolve_overlaps([short, long, other]) == [long, other]


def test_boxes_for_a_span_over_two_lines_gives_one_box_per_line() -> None:
    text = "ab\ncd"
    boxes = (Box(0, 0, 5, 10), Box(5, 0, 10, 10), None, Box(0, 20, 5, 30), Box(5, 20, 10, 30))
    pt = PageText(0, text, boxes)
    got = pt.boxes_for(1, 5)
    assert len(got) == 2
    assert got[0].x0 == 5 and got[1].x1 == 10
    assert got[0].y0 > 0 and got[0].y1 < 10  # shrunk vertically so it does not touch the next line


def test_proposal_ids_are_stable() -> None:
    assert Proposal.make_id("0001", 0, 3, 9, "CPR") == Proposal.make_id("0001", 0, 3, 9, "CPR")
    assert Proposal.make_id("0001", 0, 3, 9, "CPR") != Proposal.make_id("0002", 0, 3, 9, "CPR")


def test_resolve_overlaps_agrees_with_the_pairwise_rule() -> None:
    import random

    rng = random.Random(3)
    for _ in range(200):
        fs = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            b = a + rng.randint(1, 12)
            fs.append(Finding(Entity.PERSON, a, b, "x", rng.random(), "t", ""))
        kept = resolve_overlaps(fs)
        assert all(not x.overlaps(y) for i, x in enumerate(kept) for y in kept[i + 1 :])
        # every dropped finding overlaps a kept one that is at least as long
        for f in fs:
            if f not in kept:
                assert any(f.overlaps(k) and (k.end - k.start) >= (f.end - f.start) for k in kept)


def test_the_redactions_of_every_document_at_once_are_each_document_s_redactions() -> None:
    case = Case("Sag")
    case.proposals = {
        "a": proposal("a"),
        "b": proposal("b", doc="0002", text="Karen"),
        "c": proposal("c", doc="0002", text="Bo"),
    }
    case.decisions = [decision(1, Action.ACCEPT, "a"), decision(2, Action.ACCEPT, "c"), manual(3)]
    by_document = case.redactions_by_document()
    assert by_document == {d: case.redactions(d) for d in ("0001", "0002")}
    assert [r.source for r in by_document["0001"]] == ["a", by_document["0001"][1].source]
    assert by_document["0001"][1].whole_area  # the manual redaction, after the proposals
    assert [r.text for r in by_document["0002"]] == ["Bo"]  # only the accepted
    assert case.redactions("0003") == []


def test_withholdings_follow_the_log_after_an_undo() -> None:
    case = Case("Sag")
    case.decisions = [Decision(1, Action.WITHHOLD_PAGE, "", "tester", "t", "0.1.0", "m", document="0001", page=2)]
    assert [(w.document, w.page) for w in case.withholdings()] == [("0001", 2)]
    case.decisions.append(decision(2, Action.UNDO, "", target=1))
    assert case.withholdings() == []  # the kept answer was made from the log before the undo
