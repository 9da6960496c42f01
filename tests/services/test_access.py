"""Opening a case for writing: one writer at a time, and a torn log tail set aside on opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import State
from redact.core.decision import Action
from redact.core.errors import CaseInUseError
from redact.services.access import open_for_writing
from redact.services.decisions import decide
from redact.store.casefile import LOG_FILE, load_case, save_case
from tests.support.records import sample_case


def test_two_writers_never_share_a_case(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    with open_for_writing(tmp_path, "redact gui", who="mette") as first:
        with pytest.raises(CaseInUseError, match="mette"):
            open_for_writing(tmp_path, "redact withhold", who="karl")
        decide(first.case, first.folder, ["a"], Action.ACCEPT, "mette")
    with open_for_writing(tmp_path, "redact withhold", who="karl") as second:
        assert second.case.states()["a"] is State.ACCEPTED


def test_a_torn_log_tail_is_set_aside_on_opening_and_the_next_decision_counts(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    (tmp_path / LOG_FILE).write_text('{"seq": 1, "action": "accept", "proposal": "b", "who', encoding="utf-8")
    with open_for_writing(tmp_path, "redact withhold", who="karl") as opened:
        assert len(opened.notes) == 1 and "afbrudt" in opened.notes[0]
        decide(opened.case, opened.folder, ["a"], Action.ACCEPT, "karl")
    assert load_case(tmp_path).states() == {"a": State.ACCEPTED, "b": State.OPEN}
    assert len(list(tmp_path.glob("sag-log-afbrudt-*"))) == 1
