"""A case written with case-file format 1 opens and exports exactly as it did (tests/resources/README.md)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from redact.core.decision import Action
from redact.services import decisions
from redact.services.package import export_package
from redact.store.casefile import FORMAT, LOG_FILE, load_case, read_log
from tests.support.builders import all_text

FIXTURE = Path(__file__).resolve().parents[1] / "resources" / "case-format-1"


def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "sag"
    shutil.copytree(FIXTURE / "sag", folder)
    return folder


def expected(name: str) -> str:
    return (FIXTURE / "forventet" / name).read_text(encoding="utf-8-sig")


def test_a_format_1_case_reads_as_it_did(tmp_path: Path) -> None:
    assert FORMAT == 2 and json.loads((FIXTURE / "sag" / "sag.redact").read_text(encoding="utf-8"))["format"] == 1
    case = load_case(copy(tmp_path))
    state = json.loads(expected("tilstand.json"))
    assert {pid: s.value for pid, s in case.states().items()} == state["states"]
    assert case.bases() == state["bases"]
    manual = [[m.id, m.document, m.page, m.text, m.basis] for m in decisions.manual_redactions(case)]
    assert manual == state["manual"]
    assert [[w.document, w.page, w.basis] for w in case.withholdings()] == state["withholdings"]
    history = decisions.history(case)
    assert (len(history.undo), len(history.redo)) == (state["undo"], state["redo"])
    # the three kinds of id are apart now: no manual or withholding id in `proposal`
    assert all(d.proposal in case.proposals or d.proposal == "" for d in case.decisions)
    assert {d.manual for d in case.decisions if d.action is Action.MANUAL} == {"manuel-6", "manuel-8"}


def test_a_format_1_case_exports_the_same(tmp_path: Path) -> None:
    case = load_case(copy(tmp_path))
    out = tmp_path / "pakke"
    outcome = export_package(case, tmp_path / "sag", out, today=date(2026, 3, 2))
    for name in ("aktliste.csv", "revisionsspor.csv"):
        assert (out / name).read_text(encoding="utf-8-sig") == expected(name), name
    texts = json.loads(expected("tekster.json"))
    assert sorted(f for f in outcome.written if f.endswith(".pdf")) == sorted(texts)
    for name, text in texts.items():
        assert all_text(out / name) == text, name


def test_new_decisions_on_a_format_1_case_are_format_2_and_undo_by_action(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    case = load_case(folder)
    open_ids = [pid for pid, s in case.states().items() if s.value == "open"]
    taken = decisions.decide(case, folder, open_ids, Action.ACCEPT, "ny")
    assert len(taken) == 2 and len({d.action_id for d in taken}) == 1 and taken[0].action_id > 0
    again = load_case(folder)  # the log now holds lines of both formats
    assert read_log(folder / LOG_FILE)[-1].action_id == taken[0].action_id
    undone = decisions.undo_last(again, folder, "ny")
    assert [d.seq for d in undone] == [d.seq for d in taken]  # the whole action, nothing before it
    assert all(again.states()[pid].value == "open" for pid in open_ids)
