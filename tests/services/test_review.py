"""Review operations the desktop app needs: decisions as actions, undo/redo from the log, manual
redactions, search, adding files to a case, preview and export. All names and numbers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import Case, State
from redact.core.decision import Action
from redact.core.errors import UsageError
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.progress import Cancelled, CancelToken, NullProgress
from redact.core.text import text_in_area
from redact.services import additions, decisions, exporting, rendering, review, search
from redact.store.casefile import load_case
from tests.support.builders import all_text, make_pdf
from tests.support.fakes import fake_detectors, request_files

WHO = "testbruger"


@pytest.fixture
def built(tmp_path: Path) -> tuple[Case, Path]:
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Aktindsigt i byggesag", "24/1234")
    sources, skipped = additions.plan_sources(case, folder, request_files(tmp_path / "originaler"))
    assert not skipped
    addition = additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    additions.merge_addition(case, folder, addition)
    return case, folder


def ids_of(case: Case, text: str) -> list[str]:
    return [p.id for p in case.proposals.values() if p.text == text]


def test_group_summary_counts_mentions_across_documents(built: tuple[Case, Path]) -> None:
    case, _ = built
    groups = {g.name: g for g in review.group_summary(case)}
    hansen = groups["Jens Peter Hansen"]
    assert hansen.mentions == 3 and hansen.documents == 2 and hansen.open == 3
    assert hansen.describe() == "Jens Peter Hansen: 3 forekomster i 2 dokumenter"
    assert groups["120384-1234"].describe() == "120384-1234: 1 forekomst i 1 dokument"
    only_notat = review.group_summary(case, case.documents[1].id)
    assert {g.name for g in only_notat} == {"Jens Peter Hansen", "Bo Fiktivsen"}


def test_group_action_is_undone_and_redone_as_one(built: tuple[Case, Path]) -> None:
    case, folder = built
    hansen = next(g for g in review.group_summary(case) if g.name == "Jens Peter Hansen")
    cpr = ids_of(case, "120384-1234")
    decisions.decide(case, folder, cpr, Action.ACCEPT, WHO)
    decisions.decide(case, folder, hansen.proposals, Action.REJECT, WHO)
    assert all(case.states()[p] is State.REJECTED for p in hansen.proposals)

    undone = decisions.undo_last(case, folder, WHO)
    assert {d.proposal for d in undone} == set(hansen.proposals)
    assert all(case.states()[p] is State.OPEN for p in hansen.proposals)
    assert case.states()[cpr[0]] is State.ACCEPTED

    decisions.undo_last(case, folder, WHO)
    assert case.states()[cpr[0]] is State.OPEN
    assert decisions.undo_last(case, folder, WHO) == []

    redone = decisions.redo(case, folder, WHO)
    assert [d.proposal for d in redone] == cpr
    assert case.states()[cpr[0]] is State.ACCEPTED
    decisions.redo(case, folder, WHO)
    assert all(case.states()[p] is State.REJECTED for p in hansen.proposals)
    assert decisions.redo(case, folder, WHO) == []

    # the stacks come back from the log after a restart; a new action empties the redo stack
    decisions.undo_last(case, folder, WHO)
    reopened, where = review.open_case(folder / "sag.redact")  # the case file or its folder
    assert where == folder
    assert reopened.states() == case.states()
    assert decisions.history(reopened) == decisions.history(case)
    decisions.decide(reopened, folder, [hansen.proposals[0]], Action.ACCEPT, WHO)
    assert decisions.history(reopened).redo == []


def test_deciding_what_is_already_decided_records_nothing(built: tuple[Case, Path]) -> None:
    case, folder = built
    cpr = ids_of(case, "120384-1234")
    assert len(decisions.decide(case, folder, cpr, Action.ACCEPT, WHO)) == 1
    assert decisions.decide(case, folder, cpr, Action.ACCEPT, WHO) == []
    changed = decisions.set_basis(case, folder, cpr, "offl-33-5", WHO)
    assert len(changed) == 1 and case.bases()[cpr[0]] == "offl-33-5"


def test_manual_area_and_selection_are_exported(built: tuple[Case, Path], tmp_path: Path) -> None:
    case, folder = built
    doc = case.documents[0]
    pt = rendering.page_text(case, folder, doc.id, 0)
    start = pt.text.index("Karen Opdigtsen")
    occ = search.occurrence_for_range(doc.id, pt, start, start + len("Karen Opdigtsen") - 1)
    assert occ is not None and occ.text == "Karen Opdigtsen"
    decisions.manual_redaction(case, folder, doc.id, 0, occ.boxes, occ.text, WHO)

    line = pt.boxes[pt.text.index("Ansøgning")]
    assert line is not None
    area = Box(line.x0 - 2, line.y0 - 2, line.x0 + 60, line.y1 + 2)
    text = text_in_area(pt, area)
    assert text.startswith("Ansøgning")
    decisions.manual_redaction(case, folder, doc.id, 0, [area], text, WHO, basis="offl-35")

    manual = decisions.manual_redactions(case)
    assert [m.basis for m in manual] == ["offl-30-1", "offl-35"]
    assert review.document_progress(case)[doc.id].manual == 2

    out = tmp_path / "udlevering"
    outcome = exporting.export_documents(case, folder, out, isolated=False)
    assert not outcome.failures
    text_a = all_text(out / doc.output_name)
    assert "Karen Opdigtsen" not in text_a and "Ansøgning" not in text_a
    assert "120384-1234" in text_a  # open proposals are not redacted

    decisions.remove_manual(case, folder, manual[0].id, WHO)
    assert [m.id for m in decisions.manual_redactions(case)] == [manual[1].id]
    decisions.undo_last(case, folder, WHO)
    assert len(decisions.manual_redactions(case)) == 2


def test_find_and_redact_every_occurrence(built: tuple[Case, Path], tmp_path: Path) -> None:
    case, folder = built
    found = search.find_occurrences(case, folder, "hansen")
    assert [(o.text, case.document(o.document).title) for o in found] == [
        ("Hansen", "ansøgning"),
        ("Hansen", "ansøgning"),
        ("Hansen", "notat"),
    ]
    assert search.find_occurrences(case, folder, "hansen", match_case=True) == []
    assert len(search.find_occurrences(case, folder, r"\d{6}-\d{4}", regex=True)) == 1
    assert search.find_occurrences(case, folder, "Hans") == []  # whole words by default
    with pytest.raises(UsageError):
        search.find_occurrences(case, folder, "(", regex=True)

    taken = decisions.redact_occurrences(case, folder, found, WHO)
    assert len(taken) == 3 and len({d.when for d in taken}) == 1
    assert decisions.redact_occurrences(case, folder, found, WHO) == []  # already covered
    out = tmp_path / "ud"
    exporting.export_documents(case, folder, out, isolated=False)
    for d in case.documents:
        assert "Hansen" not in all_text(out / d.output_name)


def test_adding_files_continues_ids_and_keeps_decisions(built: tuple[Case, Path], tmp_path: Path) -> None:
    case, folder = built
    cpr = ids_of(case, "120384-1234")
    decisions.decide(case, folder, cpr, Action.ACCEPT, WHO)
    more = tmp_path / "flere"
    more.mkdir()
    again = make_pdf(more / "ansøgning.pdf", ["Ny henvendelse fra Bo Fiktivsen, tlf. 31 22 11 00."])
    sources, skipped = additions.plan_sources(case, folder, [again, tmp_path / "originaler" / "notat.pdf"])
    assert [s.output.as_posix() for s in sources] == ["ansøgning-2.pdf"]
    assert skipped == ["notat.pdf: er allerede med i sagen"]
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    assert [d.id for d in case.documents] == ["0001", "0002", "0003"]
    reopened, _ = review.open_case(folder)
    assert reopened.states()[cpr[0]] is State.ACCEPTED
    assert {p.text for p in reopened.proposals_of("0003")} == {"Bo Fiktivsen", "31 22 11 00"}
    assert (folder / reopened.document("0003").normalized).is_file()

    review.remove_documents(reopened, folder, ["0002"])
    assert [d.id for d in load_case(folder).documents] == ["0001", "0003"]
    assert review.move_document(reopened, folder, "0003", -1) == 0
    assert [d.id for d in load_case(folder).documents] == ["0003", "0001"]


def test_next_open_follows_reading_order_and_wraps(built: tuple[Case, Path]) -> None:
    case, folder = built
    order = review.review_order(case)
    assert [case.proposals[p].text for p in order[:3]] == ["Jens Peter Hansen", "120384-1234", "20 12 34 56"]
    assert review.next_open(case) == order[0]
    assert review.next_open(case, order[0]) == order[1]
    assert review.next_open(case, order[0], backwards=True) == order[-1]
    assert review.next_open(case, document=case.documents[1].id) == order[-2]
    decisions.decide(case, folder, order[1:], Action.ACCEPT, WHO)
    assert review.next_open(case, order[0]) is None
    assert review.next_open(case, order[1]) == order[0]


def test_export_refuses_a_folder_of_originals(built: tuple[Case, Path], tmp_path: Path) -> None:
    case, folder = built
    with pytest.raises(UsageError, match="ved siden af originalerne"):
        exporting.export_documents(case, folder, tmp_path / "originaler", isolated=False)
    assert not any(p.name.startswith(".") for p in (tmp_path / "originaler").iterdir())


def test_preview_is_the_verified_export_of_one_document(built: tuple[Case, Path], tmp_path: Path) -> None:
    case, folder = built
    decisions.decide(case, folder, ids_of(case, "120384-1234"), Action.ACCEPT, WHO)
    path = exporting.preview_document(case, folder, "0001", tmp_path / "preview", isolated=False)
    assert "120384-1234" not in all_text(path) and "Karen Opdigtsen" in all_text(path)
    assert [p.name for p in (tmp_path / "preview").iterdir()] == [path.name]
    png = rendering.render_file_page(path, 0, 1.0)
    assert png.startswith(b"\x89PNG")


def test_work_runs_in_a_fresh_process_with_progress(tmp_path: Path) -> None:
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Isoleret", "")
    files = request_files(tmp_path / "originaler")
    broken = tmp_path / "originaler" / "ødelagt.pdf"
    broken.write_bytes(b"%PDF-1.7 broken")
    sources, _ = additions.plan_sources(case, folder, [*files, broken])
    seen: list[tuple[str, bool]] = []

    class Recorder(NullProgress):
        def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
            seen.append((detail, failed))

    addition = additions.build_addition(sources, folder, fake_detectors, KeepList(), progress=Recorder(), isolated=True)
    additions.merge_addition(case, folder, addition)
    assert seen == [("ansøgning.pdf", False), ("notat.pdf", False), ("ødelagt.pdf", True)]  # a failure is a flag
    assert len(case.proposals) == 7

    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        exporting.export_documents(case, folder, tmp_path / "ud", cancel=cancel, isolated=True)


def test_preview_labels_boxes_with_the_basis_label_not_its_code(built: tuple[Case, Path], tmp_path: Path) -> None:
    # a basis only the loaded list knows (core.legal has no § 33, nr. 5): its label, never the code
    case, folder = built
    cpr = ids_of(case, "120384-1234")
    decisions.set_basis(case, folder, cpr, "offl-33-5", WHO)
    path = exporting.preview_document(case, folder, "0001", tmp_path / "preview", isolated=False)
    text = all_text(path)
    assert "§ 33, nr. 5" in text and "offl-33-5" not in text
