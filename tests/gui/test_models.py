"""The item models against the core objects they show, and Qt's own model checks (qtmodeltester)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from redact.core.case import State
from redact.core.decision import Action
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.gui.models import (
    ID_ROLE,
    KIND_ROLE,
    MANUAL,
    PROCESSING,
    DocumentListModel,
    PendingFile,
    ProposalTreeModel,
)
from redact.services import decisions, review
from tests.support.gui import QT_NOISE, WHO

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_NOISE)]


def test_document_list_shows_each_document_and_its_open_proposals(
    qapp: QApplication, qtmodeltester: ModelTester, case_folder: Path
) -> None:
    case, folder = review.open_case(case_folder)
    model = DocumentListModel()
    model.set_case(case)
    qtmodeltester.check(model)
    progress = review.document_progress(case)
    assert model.rowCount() == len(case.documents)
    for row, doc in enumerate(case.documents):
        assert model.index(row, 0).data(ID_ROLE) == doc.id
        assert model.index(row, 0).data() == doc.title
        assert model.index(row, 1).data() == "Til gennemsyn"
        assert model.index(row, 2).data() == str(progress[doc.id].open)

    notat = case.documents[1]
    decisions.decide(case, folder, [p.id for p in case.proposals_of(notat.id)], Action.REJECT, WHO)
    model.refresh()
    assert model.index(1, 1).data() == "Gennemset" and model.index(1, 2).data() == "0"

    model.set_pending([PendingFile("brev.docx", PROCESSING), PendingFile("mail.eml")])
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in (2, 3)] == ["Behandles…", "Venter"]
    assert model.document_at(2) is None


def test_proposal_tree_groups_by_category_and_person(
    qapp: QApplication, qtmodeltester: ModelTester, case_folder: Path
) -> None:
    case, folder = review.open_case(case_folder)
    model = ProposalTreeModel()
    model.set_case(case)
    qtmodeltester.check(model)
    categories = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert categories == [Entity.CPR.value, Entity.PHONE.value, Entity.PERSON.value]
    groups = review.group_summary(case)
    # every proposal appears exactly once, under its category (and its group when it has several mentions)
    for g in groups:
        for pid in g.proposals:
            index = model.index_of(pid)
            assert index.isValid() and model.proposal_ids(index) == [pid]
            top = index
            while top.parent().isValid():
                top = top.parent()
            assert top.data(ID_ROLE) == g.entity.value
        if g.mentions > 1:
            assert model.proposal_ids(model.index_of(g.key)) == list(g.proposals)
    person = model.category_index(Entity.PERSON)
    assert sorted(model.proposal_ids(person)) == sorted(
        p.id for p in case.proposals.values() if p.entity is Entity.PERSON
    )

    # decisions change states in place; a manual redaction adds a category
    cpr = model.proposal_ids(model.category_index(Entity.CPR))
    decisions.decide(case, folder, cpr, Action.ACCEPT, WHO)
    assert model.refresh() is False
    assert model.index_of(cpr[0]).siblingAtColumn(1).data() == "Accepteret"
    assert model.index_of(cpr[0]).siblingAtColumn(2).data() == "§ 30, nr. 1"
    decisions.manual_redaction(case, folder, "0001", 0, [Box(10, 10, 50, 20)], "", WHO)
    assert model.refresh() is True
    qtmodeltester.check(model)
    manual = model.category_index(Entity.MANUAL)
    assert model.rowCount(manual) == 1
    assert model.index(0, 0, manual).data(KIND_ROLE) == MANUAL
    assert model.manual_ids(manual) == [decisions.manual_redactions(case)[0].id]

    only = ProposalTreeModel()
    only.set_case(case, "0002")
    qtmodeltester.check(only)
    shown = only.proposal_ids(only.category_index(Entity.PERSON))
    assert sorted(shown) == sorted(p.id for p in case.proposals_of("0002"))
    assert {case.states()[p] for p in shown} == {State.OPEN}
