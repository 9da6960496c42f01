"""The review session without Qt: what the app shows and does, as plain objects and events.
All names and numbers are invented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from redact.core.case import Case, State
from redact.core.decision import Action
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.services import additions, legal, rendering, review
from redact.services.legal import describe_basis
from redact.services.session import Look, ReviewSession, finder_name, plain_reason, review_box
from tests.support.builders import make_docx
from tests.support.fakes import fake_detectors, request_files

WHO = "testbruger"


def build_case(tmp_path: Path) -> tuple[Case, Path]:
    folder = tmp_path / "sag"
    case = review.create_case(folder, "Aktindsigt i byggesag", "24/01234")
    sources, _ = additions.plan_sources(case, folder, request_files(tmp_path / "originaler"))
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    return case, folder


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    _, folder = build_case(tmp_path)
    s = ReviewSession(WHO)
    s.open(folder)
    return s


def pid(s: ReviewSession, text: str) -> str:
    assert s.case is not None
    return next(p.id for p in s.case.proposals.values() if p.text == text)


def test_the_session_imports_no_qt() -> None:
    code = "import sys, redact.services.session; assert not [m for m in sys.modules if m.startswith('PySide6')]"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_events_tell_the_views_what_changed(session: ReviewSession) -> None:
    seen: list[tuple[str, object]] = []
    session.document_changed.connect(lambda d: seen.append(("document", d)))
    session.selection_changed.connect(lambda i: seen.append(("selection", i)))
    session.decided.connect(lambda ds: seen.append(("decided", len(ds))))
    session.show_document("0001")
    cpr = pid(session, "120384-1234")
    session.select(cpr)
    session.decide([cpr], Action.ACCEPT)
    assert seen == [("document", "0001"), ("selection", cpr), ("decided", 1)]

    # selecting something in another document shows that document
    seen.clear()
    bo = pid(session, "Bo Fiktivsen")
    session.select(bo)
    assert session.document == "0002" and seen == [("document", "0002"), ("selection", bo)]


def test_the_why_pane_describes_only_what_the_page_shows(session: ReviewSession) -> None:
    session.show_document("0001")
    session.select(pid(session, "120384-1234"))
    why = session.explain()
    assert why is not None and why.text == "120384-1234" and why.document == "ansøgning"
    session.show_document("0002")  # the user picks the other document
    assert session.selected is None and session.explain() is None

    # an undone manual redaction that was selected is no longer described
    d = session.redact_area("0002", 0, [Box(300, 700, 400, 750)], "")
    assert session.selected == d.manual and session.explain() is not None
    session.undo()
    assert session.selected is None and session.explain() is None


def test_explanations_speak_the_case_handlers_language(session: ReviewSession) -> None:
    for developer_name in ("NameRuleDetector", "NerDetector", "CprRecognizer", "SensitiveTermsDetector", "Konsistens"):
        words = finder_name(developer_name)
        assert "Detector" not in words and "Recognizer" not in words
        assert not re.search(r"[a-z][A-Z]", words), words  # no CamelCase identifiers
    assert finder_name("SomethingNewRecognizer") == "mønster for numre"
    assert plain_reason("Navn genkendt af sprogmodellen (PER)") == "Navn genkendt af navnegenkendelsen"
    hansen = session.explain(pid(session, "Jens Peter Hansen"))
    assert hansen is not None
    assert (hansen.group_mentions, hansen.group_documents) == (3, 2)
    assert hansen.state is State.OPEN and hansen.score == 90 and hansen.citation == "offentlighedslovens § 30, nr. 1"


def test_deciding_goes_on_and_says_when_it_changes_document(session: ReviewSession) -> None:
    assert session.case is not None
    session.show_document("0001")
    first = [p.id for p in session.case.proposals_of("0001")]
    session.select(first[0])
    outcome = session.decide_and_go_on(first[:-1], Action.REJECT)
    assert outcome.moved is None and outcome.next_item == first[-1] and session.document == "0001"
    outcome = session.decide_and_go_on([first[-1]], Action.ACCEPT)
    assert outcome.moved is not None
    assert (outcome.moved.from_title, outcome.moved.to_title) == ("ansøgning", "notat")
    assert session.document == "0002" and session.selected == outcome.next_item


def test_undo_and_redo_availability_and_what_they_show(session: ReviewSession) -> None:
    assert not session.can_undo and not session.can_redo
    hansen = next(g for g in review.group_summary(session.case) if g.name == "Jens Peter Hansen")  # type: ignore[arg-type]
    session.decide(hansen.proposals, Action.ACCEPT)
    assert session.can_undo
    session.show_document("0002")
    session.undo()
    assert session.can_redo and not session.can_undo
    assert session.selected in hansen.proposals  # the undone proposals are shown
    session.redo()
    assert session.can_undo and not session.can_redo


def test_overlays_carry_labels_of_the_loaded_bases_and_cover_whole_letters(session: ReviewSession) -> None:
    cpr = pid(session, "120384-1234")
    session.set_basis([cpr], "offl-33-5")  # a basis only the resources/legal list knows
    overlays = {o.id: o for o in session.overlays("0001")}
    assert overlays[cpr].look is Look.ACCEPTED and overlays[cpr].label == "§ 33, nr. 5"
    assert overlays[pid(session, "Jens Peter Hansen")].look is Look.OPEN
    session.withhold("0001", 0, "offl-23-1-1")
    withheld = [o for o in session.overlays("0001") if o.look is Look.WITHHELD]
    assert len(withheld) == 1 and withheld[0].page == 0 and withheld[0].label.startswith("§ 23")
    assert session.case is not None
    stored = session.case.proposals[cpr].boxes[0]
    shown = overlays[cpr].boxes[0]
    assert shown.y0 < stored.y0 and shown.y1 > stored.y1 and (shown.x0, shown.x1) == (stored.x0, stored.x1)


def test_review_boxes_cover_the_tops_and_tails_of_letters_in_a_word_document(tmp_path: Path) -> None:
    # Word documents come through LibreOffice with fonts that report tight boxes; the box drawn while
    # reviewing must still cover every pixel of ascenders and descenders (Å, J, g, p, j).
    folder = tmp_path / "sag"
    originals = tmp_path / "originaler"
    originals.mkdir()
    name = "Jørgen Ågård Hjulpet"
    make_docx(originals / "brev.docx", [f"Kære {name}", "Sagen om byggeriet er afgjort."])
    case = review.create_case(folder, "Word", "")
    sources, _ = additions.plan_sources(case, folder, [originals / "brev.docx"])
    additions.merge_addition(
        case, folder, additions.build_addition(sources, folder, fake_detectors, KeepList(), isolated=False)
    )
    pt = rendering.page_text(case, folder, "0001", 0)
    start = pt.text.index(name)
    stored = pt.boxes_for(start, start + len(name))
    assert len(stored) == 1
    shown = review_box(stored[0])
    zoom = 4.0
    with pymupdf.open(folder / case.documents[0].normalized) as doc:
        band = pymupdf.Rect(stored[0].x0, stored[0].y0 - 12, stored[0].x1, stored[0].y1 + 12)
        pix = doc[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=band, colorspace=pymupdf.csGRAY)
    ink = [y for y in range(pix.height) if any(pix.pixel(x, y)[0] < 160 for x in range(pix.width))]
    top, bottom = band.y0 + ink[0] / zoom, band.y0 + (ink[-1] + 1) / zoom
    assert stored[0].y0 > top or stored[0].y1 < bottom  # the stored (export) box leaves ink out
    assert shown.y0 <= top and shown.y1 >= bottom  # the review box covers it all


def test_each_legal_basis_has_a_one_line_description() -> None:
    bases = legal.loaded_bases()
    for basis in bases.values():
        line = describe_basis(basis)
        assert line and "\n" not in line and len(line) <= 160 and "[" not in line
    assert describe_basis(bases["offl-19"]) == "Sagen er en sag inden for strafferetsplejen."


def test_the_picker_offers_the_suggestions_first_and_marks_the_one_for_the_category(
    session: ReviewSession,
) -> None:
    session.show_document("0001")
    cpr = pid(session, "120384-1234")
    choices = session.basis_choices([cpr])
    kinds = [c.kind for c in choices if c.kind]
    assert kinds[:2] == ["Private forhold", "Forretningsforhold"]
    assert choices[0].code == "offl-30-1" and choices[0].suggested and choices[0].text.startswith("Private forhold:")
    assert next(c for c in choices if c.kind == "Forretningsforhold").code == "offl-30-2"
    assert [c.code for c in choices if c.suggested] == ["offl-30-1"]
    assert len({c.code for c in choices}) == len(choices) == len(legal.loaded_bases())
    # withholding a page suggests no category, but still lists the kinds first
    assert not any(c.suggested for c in session.basis_choices(withhold=True))


def test_new_proposals_get_the_basis_the_data_suggests_for_their_category(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redact.core.entity import Entity
    from redact.core.legal import Suggestion

    own = (Suggestion("Tavshedspligt", "offl-35", frozenset({Entity.CPR})),)
    monkeypatch.setattr(legal, "suggestions", lambda language="da": own)
    case, _ = build_case(tmp_path)
    bases = {p.entity: p.basis for p in case.proposals.values()}
    assert bases[Entity.CPR] == "offl-35" and bases[Entity.PERSON] == "offl-30-1"
