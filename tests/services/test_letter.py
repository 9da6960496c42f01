"""services/letter.py: the draft decision letter as blocks, from the case's decisions and a template.

The template here is the test's own, so the assertions are about what the letter logic chooses and
fills in (variant, document numbers per provision, which sections appear), not the bundled wording.
Every name and number is invented."""

from __future__ import annotations

from datetime import date

from redact.core.case import Case, Disclosure
from redact.core.decision import Action, Decision
from redact.core.document import Document
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.core.legal import LegalBasis
from redact.core.proposal import Proposal, group_key
from redact.services.aktliste import Listed
from redact.services.letter import compose_letter
from redact.store.letter import Block, Heading, LetterTemplate, Paragraph, Table

TEMPLATE = LetterTemplate(
    {
        "titel": "Afgørelse i {sag}",
        "afgoerelse": {"fuld": "Du får fuld aktindsigt.", "delvis": "Du får delvis aktindsigt.", "afslag": "Afslag."},
        "begrundelse_overskrift": "Begrundelse",
        "undtaget_dokumenter": "Dokument {dokumenter} undtages efter {henvisning}.",
        "undtaget_sider": "{sider} undtages efter {henvisning}.",
        "undtaget_oplysninger": "Oplysninger i dokument {dokumenter} undtages efter {henvisning}.",
        "delvis_adgang": "Resten af oplysningerne udleveres.",
        "klagevejledning_overskrift": "Klagevejledning",
        "klagevejledning": ["Du kan klage inden fire uger."],
        "hilsen": "Med venlig hilsen",
        "underskrift": ["{myndighed}"],
        "myndighed": "Prøvestrup Kommune",
        "dokumenter_overskrift": "",
    }
)
BASES = {
    "offl-30-1": LegalBasis("offl-30-1", "§ 30, nr. 1", "offentlighedslovens § 30, nr. 1"),
    "offl-23-1-1": LegalBasis("offl-23-1-1", "§ 23, stk. 1, nr. 1", "offentlighedslovens § 23, stk. 1, nr. 1"),
}
TODAY = date(2025, 2, 3)


def _case(documents: int) -> Case:
    c = Case("Sag om tilskud")
    c.documents = [
        Document(f"{i:04d}", f"dok{i}", f"/x/dok{i}.pdf", "", f"dok{i}.pdf", pages=2) for i in range(1, 1 + documents)
    ]
    box = (Box(0, 0, 10, 10),)
    c.proposals = {
        f"p{i}": Proposal(
            f"p{i}", f"{i:04d}", 0, box, Entity.CPR, "010203-1234", 1, "t", "r", "offl-30-1", group_key(Entity.CPR, "x")
        )
        for i in range(1, 1 + documents)
    }
    return c


def _decide(c: Case, action: Action, target: str = "", document: str = "", page: int = -1, basis: str = "") -> None:
    seq = len(c.decisions) + 1
    c.decisions.append(Decision(seq, action, target, "t", "w", "v", "m", basis, document=document, page=page))


def _rows(c: Case) -> list[Listed]:
    return [
        Listed(
            n,
            d,
            f"Titel {n}",
            "1. februar 2025",
            "Afsender",
            tuple(c.released_pages(d.id)),
            c.disclosure(d.id),
            tuple(c.bases_used(d.id)),
            len(c.redactions(d.id)),
            "",
        )
        for n, d in enumerate(c.documents, start=1)
    ]


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Heading | Paragraph)]


def test_a_full_release_has_no_reasons_and_no_complaint_guidance() -> None:
    c = _case(2)
    texts = _texts(compose_letter(c, _rows(c), BASES, TEMPLATE, "24-0001", TODAY))
    assert "Afgørelse i Sag om tilskud" in texts
    assert "Du får fuld aktindsigt." in texts
    assert "Begrundelse" not in texts and "Klagevejledning" not in texts
    assert "" not in texts  # an empty template text gives no empty heading or paragraph


def test_withheld_documents_pages_and_information_are_listed_per_provision() -> None:
    c = _case(4)
    _decide(c, Action.WITHHOLD_DOCUMENT, document="0001", basis="offl-23-1-1")
    _decide(c, Action.WITHHOLD_DOCUMENT, document="0002", basis="offl-23-1-1")
    _decide(c, Action.WITHHOLD_DOCUMENT, document="0003", basis="offl-23-1-1")
    _decide(c, Action.ACCEPT, target="p4")
    _decide(c, Action.WITHHOLD_PAGE, document="0004", page=1, basis="offl-23-1-1")
    rows = _rows(c)
    assert [r.disclosure for r in rows] == [Disclosure.WITHHELD] * 3 + [Disclosure.PARTIAL]
    texts = _texts(compose_letter(c, rows, BASES, TEMPLATE, "24-0001", TODAY))
    assert "Du får delvis aktindsigt." in texts
    assert "Dokument 1, 2 og 3 undtages efter offentlighedslovens § 23, stk. 1, nr. 1." in texts
    assert "side 2 i dokument 4 undtages efter offentlighedslovens § 23, stk. 1, nr. 1." in texts
    assert "Oplysninger i dokument 4 undtages efter offentlighedslovens § 30, nr. 1." in texts
    assert "Klagevejledning" in texts and "Du kan klage inden fire uger." in texts


def test_nothing_released_is_a_refusal_and_the_table_cites_each_documents_provisions() -> None:
    c = _case(1)
    _decide(c, Action.WITHHOLD_DOCUMENT, document="0001", basis="offl-23-1-1")
    blocks = compose_letter(c, _rows(c), BASES, TEMPLATE, "24-0001", TODAY)
    assert "Afslag." in _texts(blocks)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["1"]
    assert table.rows[0][4] == "offentlighedslovens § 23, stk. 1, nr. 1"
