from __future__ import annotations

import json
import tracemalloc
from dataclasses import fields, replace
from pathlib import Path

import pytest

from redact.core.case import Case, LanguageSwap, State
from redact.core.decision import Action, Decision
from redact.core.document import Document
from redact.core.errors import CaseFileError
from redact.core.geometry import Box
from redact.store.casefile import (
    CASE_FILE,
    FORMAT,
    LOG_FILE,
    _document_json,
    _proposal_json,
    append_decision,
    append_decisions,
    load_case,
    save_case,
    set_aside_torn_tail,
)
from tests.support.records import manual, proposal, sample_case


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


def test_every_field_of_every_record_is_written_and_read_back(tmp_path: Path) -> None:
    case = sample_case()
    case.documents[0] = replace(case.documents[0], warnings=("en advarsel",), language="nb", duplicate_of="0002")
    save_case(case, tmp_path)
    taken = [
        Decision(1, Action.ACCEPT, "a", "tester", "t", "0.1.0", "m", basis="offl-30-1", action_id=1),
        manual(2, text="Karl"),
        Decision(3, Action.UNDO, "", "tester", "t2", "0.1.0", "m", target=2, action_id=2),
    ]
    append_decisions(tmp_path, taken)
    loaded = load_case(tmp_path)
    assert loaded.documents == case.documents
    assert loaded.proposals == case.proposals
    assert loaded.decisions == taken
    written = json.loads((tmp_path / CASE_FILE).read_text(encoding="utf-8"))
    assert [list(d) for d in written["documents"]] == [[f.name for f in fields(Document)]] * 2
    assert written["documents"][0]["status"] == "ready"
    assert written["proposals"][0]["entity"] == case.proposals["a"].entity.value


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


def _drop(raw: dict[str, object], path: str) -> None:
    """Remove the key at a dotted path such as "documents.0.title"."""
    *parents, last = path.split(".")
    node: object = raw
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
    del node[last]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("title", "title"),
        ("documents", "documents"),
        ("proposals", "proposals"),
        ("documents.0.id", "id"),
        ("documents.0.source", "source"),
        ("proposals.0.boxes", "boxes"),
        ("proposals.1.entity", "entity"),
    ],
)
def test_a_case_file_that_parses_but_lacks_a_key_is_a_case_file_error(tmp_path: Path, key: str, named: str) -> None:
    save_case(sample_case(), tmp_path)
    raw = json.loads((tmp_path / "sag.redact").read_text(encoding="utf-8"))
    _drop(raw, key)
    (tmp_path / "sag.redact").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CaseFileError, match=named) as info:
        load_case(tmp_path)
    assert "\n" not in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        '{"format": 1, "title": "x", "documents": {}, "proposals": []}',
        '{"format": 1, "title": "x", "documents": [], "proposals": [{"id": "a"}]}',
    ],
)
def test_a_case_file_of_the_wrong_shape_is_a_case_file_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "sag.redact").write_text(text, encoding="utf-8")
    with pytest.raises(CaseFileError):
        load_case(tmp_path)


def test_a_log_line_without_its_action_is_a_case_file_error(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    append_decision(tmp_path, Decision(1, Action.REJECT, "b", "tester", "t", "0.1.0", "m"))
    with open(tmp_path / LOG_FILE, "a", encoding="utf-8") as fh:
        fh.write('{"seq": 2, "proposal": "a"}\n')  # complete, but no action: not a torn line
    append_decision(tmp_path, Decision(3, Action.ACCEPT, "a", "tester", "t", "0.1.0", "m"))
    with pytest.raises(CaseFileError, match=r"linje 2.*action"):
        load_case(tmp_path)


def test_a_torn_tail_is_set_aside_with_its_bytes_and_the_next_decision_counts(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    append_decision(tmp_path, Decision(1, Action.REJECT, "b", "tester", "t", "0.1.0", "m"))
    torn = '{"seq": 2, "action": "acc'
    with open(tmp_path / LOG_FILE, "a", encoding="utf-8") as fh:
        fh.write(torn)  # power loss mid-write
    note = set_aside_torn_tail(tmp_path)
    [side] = tmp_path.glob("sag-log-afbrudt-*")
    assert side.read_bytes() == torn.encode() and side.name in note and "afbrudt" in note
    assert (tmp_path / LOG_FILE).read_bytes().endswith(b"\n")
    append_decision(tmp_path, Decision(2, Action.ACCEPT, "a", "tester", "t", "0.1.0", "m"))
    assert load_case(tmp_path).states() == {"a": State.ACCEPTED, "b": State.REJECTED}
    assert set_aside_torn_tail(tmp_path) == ""  # nothing more to set aside


def test_a_decision_is_never_appended_to_a_line_without_its_newline(tmp_path: Path) -> None:
    save_case(sample_case(), tmp_path)
    (tmp_path / LOG_FILE).write_text('{"seq": 1, "action": "rej', encoding="utf-8")
    with pytest.raises(CaseFileError, match="afbrudt"):
        append_decision(tmp_path, Decision(1, Action.ACCEPT, "a", "tester", "t", "0.1.0", "m"))
    assert (tmp_path / LOG_FILE).read_text(encoding="utf-8") == '{"seq": 1, "action": "rej'


def _one_shot(path: Path) -> str:
    """The case file as json.dumps writes it in one go (how it was written before it was streamed)."""
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False, indent=1)


@pytest.mark.parametrize("with_swap", [False, True])
def test_the_streamed_case_file_is_the_text_json_dumps_writes(tmp_path: Path, with_swap: bool) -> None:
    case = sample_case()
    case.documents[0] = replace(case.documents[0], title="Brev om «bolig» til Åse Ørsted\n2. side", warnings=("a", "b"))
    if with_swap:
        swap = LanguageSwap(4, "0001", "nb", "da", False, (proposal("a"),), (proposal("c", text="Kåre"),))
        case.language_swaps.append(swap)
    save_case(case, tmp_path)
    written = (tmp_path / CASE_FILE).read_text(encoding="utf-8")
    assert written == _one_shot(tmp_path / CASE_FILE)
    raw = json.loads(written)
    assert [s["seq"] for s in raw.get("language_changes", [])] == ([4] if with_swap else [])


def test_proposals_of_every_kind_of_value_are_written_as_json_dumps_writes_them(tmp_path: Path) -> None:
    """Proposals are laid into a template rather than through json's encoder: every kind of string,
    number and box gives the same text, and values json writes otherwise (NaN, infinity) too."""
    odd = 'Anne "Lis" \\ Ørsted\n\t\x01 ☃ 😀'
    case = sample_case()
    variants = [
        proposal("tekst", text=odd),
        replace(proposal("ingen-felter"), boxes=()),
        replace(proposal("to-felter"), boxes=(Box(1.005, -2.5, 1e-7, 123456789.125), Box(0.1, 0.2, 0.3, 0.4))),
        replace(proposal("heltal"), score=1, page=7),
        replace(proposal("nan"), score=float("nan")),
        replace(proposal("uendelig"), boxes=(Box(0.0, 0.0, float("inf"), 1.0),)),
        replace(proposal("grund"), reason=odd, detector="«Konsistens»", basis="", group=odd),
    ]
    case.proposals.update({p.id: p for p in variants})
    save_case(case, tmp_path)
    written = (tmp_path / CASE_FILE).read_text(encoding="utf-8")
    assert written == _one_shot(tmp_path / CASE_FILE)
    assert written == json.dumps(
        {
            "format": FORMAT,
            "title": case.title,
            "journal": case.journal,
            "tool_version": case.tool_version,
            "model_version": case.model_version,
            "documents": [_document_json(d) for d in case.documents],
            "proposals": [_proposal_json(p) for p in case.proposals.values()],
        },
        ensure_ascii=False,
        indent=1,
    )
    loaded = load_case(tmp_path).proposals
    assert loaded["tekst"].text == odd and loaded["grund"].group == odd
    assert loaded["heltal"].score == 1 and loaded["heltal"].page == 7
    assert loaded["to-felter"].boxes == (Box(1.0, -2.5, 0.0, 123456789.12), Box(0.1, 0.2, 0.3, 0.4))


def test_an_empty_case_file_is_the_text_json_dumps_writes(tmp_path: Path) -> None:
    save_case(Case("Tom sag"), tmp_path)
    written = (tmp_path / CASE_FILE).read_text(encoding="utf-8")
    assert '"documents": [],' in written
    assert written == _one_shot(tmp_path / CASE_FILE)


def test_saving_a_large_case_holds_one_record_at_a_time(tmp_path: Path) -> None:
    """A 10,000-page request has hundreds of thousands of proposals: the case file is written as it
    is made, never held whole in memory (as dictionaries or as one string) beside the case."""
    case = sample_case()
    case.proposals = {f"p{i:06d}": proposal(f"p{i:06d}", text=f"Navn Efternavn {i}") for i in range(5_000)}
    tracemalloc.start()
    try:
        save_case(case, tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = (tmp_path / CASE_FILE).stat().st_size
    assert size > 1_000_000
    assert peak < size / 5  # written whole, the text alone is the size of the file
    assert load_case(tmp_path).proposals == case.proposals
