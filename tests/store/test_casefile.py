from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import Case, State
from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.errors import CaseFileError
from redact.store.casefile import LOG_FILE, append_decision, load_case, save_case
from tests.core.test_case import manual, proposal


def sample_case() -> Case:
    case = Case("Aktindsigt", journal="26/00042", tool_version="0.1.0", model_version="m")
    case.documents = [
        Document("0001", "brev", "/x/brev.pdf", "ab" * 32, "brev.pdf", "sag-filer/0001.pdf", "PDF", 2, (1,)),
        Document("0002", "kaput", "/x/kaput.pdf", "", "kaput.pdf", status=Status.FAILED, error="beskadiget"),
    ]
    case.proposals = {"a": proposal("a"), "b": proposal("b")}
    return case


def test_round_trip_with_decisions(tmp_path: Path) -> None:
    case = sample_case()
    save_case(case, tmp_path)
    append_decision(tmp_path, Decision(1, Action.ACCEPT, "a", "tester", "t", "0.1.0", "m"))
    append_decision(tmp_path, manual(2, text="Karl"))
    loaded = load_case(tmp_path)
    assert loaded.documents == case.documents
    assert loaded.proposals == case.proposals
    assert loaded.states() == {"a": State.ACCEPTED, "b": State.OPEN}
    assert len(loaded.redactions("0001")) == 2


def test_a_line_torn_by_a_crash_loses_nothing_before_it(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    append_decision(tmp_path, Decision(1, Action.REJECT, "b", "tester", "t", "0.1.0", "m"))
    with open(tmp_path / LOG_FILE, "a", encoding="utf-8") as fh:
        fh.write('{"seq": 2, "action": "acc')  # the process was killed mid-write
    assert load_case(tmp_path).states()["b"] is State.REJECTED


def test_missing_or_broken_case_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="ingen sagsfil"):
        load_case(tmp_path)
    (tmp_path / "sag.redact").write_text("{not json", encoding="utf-8")
    with pytest.raises(CaseFileError, match="kan ikke læses"):
        load_case(tmp_path)
