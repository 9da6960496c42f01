"""A case built from files: persons acting in office are shown as their own group, not blacked out,
and the role carries over to every bare mention of the same name in the case.

All names and texts are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import State
from redact.core.entity import Entity
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.detect.factory import build_detectors
from redact.services.batch import run_batch
from redact.store.casefile import load_case

MINUTES = (
    "Referat af Byrådets møde\n\n"
    "Deltagere: Henning Aalykke (A), Birthe Mosegaard (V)\n\n"
    "Punkt 1. Borgmester Kasper Thyregod bød velkommen.\n\n"
    "Thyregod orienterede om budgettet. Sagen vedrører en ansøgning fra Jonna Vestergaard Kirk, "
    "som har søgt om tilskud. Jonna Vestergaard Kirk har oplyst sin adresse.\n"
)
LETTER = "Notat\n\nKasper Thyregod deltog i mødet med Jonna Vestergaard Kirk om ansøgningen.\n"


@pytest.fixture(scope="module")
def case_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("roles")
    src = root / "sag"
    src.mkdir()
    (src / "referat.txt").write_text(MINUTES, encoding="utf-8")
    (src / "notat.txt").write_text(LETTER, encoding="utf-8")
    out = root / "ud"
    run_batch([src], out, build_detectors, KeepList(), False, 1, "test", progress=NullProgress)
    return out


def test_persons_in_office_are_shown_but_not_blacked_out(case_folder: Path) -> None:
    case = load_case(case_folder)
    states = case.states()
    persons = [p for p in case.proposals.values() if p.entity is Entity.PERSON]
    office = {p.text: p for p in persons if states[p.id] is State.REJECTED}
    private = {p.text for p in persons if states[p.id] is State.OPEN}
    assert {"Henning Aalykke", "Birthe Mosegaard", "Kasper Thyregod"} <= set(office)
    assert "parti A" in office["Henning Aalykke"].reason
    doc = {d.title: d.id for d in case.documents}
    reasons = {(p.document, p.reason) for p in persons if p.text == "Kasper Thyregod"}
    assert (doc["referat"], "Borgmester, nævnt i embede") in reasons
    # the mention in the other document, with no title there, carries the role
    assert any(d == doc["notat"] and "nævnt i embede andetsteds" in r for d, r in reasons)
    assert all(states[p.id] is State.REJECTED for p in persons if "Thyregod" in p.text)
    assert "Jonna Vestergaard Kirk" in private
    assert not private & set(office)
    # one group per person in office, apart from the private persons
    groups = {p.group for p in persons if p.text.endswith("Thyregod")}
    assert groups == {"PERSON:kasper thyregod"}
    # the tool's own decision is in the log, and can be taken back like any other
    assert any(d.who.startswith("redact (offentlig rolle") for d in case.decisions)
