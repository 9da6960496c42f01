"""The staff keep-list applied to proposals already made. All names and numbers are invented."""

from __future__ import annotations

from pathlib import Path

from redact.core.case import State
from redact.core.decision import Action
from redact.core.keeplist import KeepList
from redact.services import additions, decisions, review
from redact.services.staff import kept_open_proposals
from tests.support.fakes import fake_detectors, request_files


def test_a_keep_list_chosen_later_finds_the_open_proposals_it_keeps(tmp_path: Path) -> None:
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Aktindsigt", "")
    sources, _ = additions.plan_sources(case, folder, request_files(tmp_path / "originaler"))
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    by_text = {p.text: p.id for p in case.proposals.values()}
    assert "Karen Opdigtsen" in by_text and "20 12 34 56" in by_text

    keep = KeepList.from_lines(["Karen Opdigtsen  # sagsbehandler", "+45 20123456", "Bo Fiktivsen"])
    decisions.decide(case, folder, [by_text["Bo Fiktivsen"]], Action.ACCEPT, "testbruger")
    kept = kept_open_proposals(case, folder, keep)
    # the staff member and the office phone in any spacing; an accepted proposal stays accepted
    assert sorted(case.proposals[k].text for k in kept) == ["20 12 34 56", "Karen Opdigtsen"]
    assert case.states()[by_text["Bo Fiktivsen"]] is State.ACCEPTED
    assert kept_open_proposals(case, folder, KeepList()) == []
