"""Norwegian and Swedish release packages: the country's legal bases on the boxes, its document
list, stamp and draft decision with the right appeal guidance. Every name and number is invented."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import docx
import pytest

from redact.core.decision import Action
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.detect.factory import build_detectors
from redact.services.batch import run_batch
from redact.services.decisions import decide
from redact.services.package import LETTER, LIST_CSV, MERGED, export_package
from redact.store.casefile import load_case
from tests.support.builders import all_text, make_pdf

TODAY = date(2026, 3, 2)
TEXTS = {
    "nb": [
        "Vedtak om økonomisk sosialhjelp",
        "Søker: Kari Oppdiktet, telefon 912 34 567.",
        "Hun har fått innvilget økonomisk sosialhjelp til husleie for mars.",
        "Du kan klage på vedtaket innen tre uker fra du mottok brevet.",
    ],
    "sv": [
        "Beslut om ekonomiskt bistånd",
        "Sökande: Greta Påhittad, mobil 070-123 45 67.",
        "Hon har beviljats försörjningsstöd för mars månad enligt socialtjänstlagen.",
        "Beslutet kan överklagas till förvaltningsrätten inom tre veckor.",
    ],
}
EXPECTED = {
    "nb": {
        "label": "offl. § 13 jf. fvl. § 13",
        "header": "Innsyn",
        "disclosure": "Delvis innsyn",
        "stamp": "Saksnr. 24/0815 · Dok. 1 · Side 1 av 1",
        "letter": ["Vedtak om innsyn", "Klagerett", "offentleglova § 32", "2. mars 2026"],
        "secret": "912 34 567",
    },
    "sv": {
        "label": "21 kap. 7 § OSL",
        "header": "Utlämnande",
        "disclosure": "Lämnas ut med maskering",
        "stamp": "Dnr 24/0815 · Handling 1 · Sida 1 av 1",
        "letter": ["Beslut om utlämnande av allmänna handlingar", "kammarrätten", "2 mars 2026"],
        "secret": "070-123 45 67",
    },
}


@pytest.mark.parametrize("language", ["nb", "sv"])
def test_release_package_in_the_documents_country_form(tmp_path: Path, language: str) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "brev.pdf", TEXTS[language])
    folder = tmp_path / "sag"
    run_batch([src], folder, build_detectors, KeepList(), False, 1, "", NullProgress)
    case = load_case(folder)
    assert case.documents[0].language == language
    decide(case, folder, list(case.proposals), Action.ACCEPT, "tester")
    out = tmp_path / "pakke"
    outcome = export_package(case, folder, out, journal="24/0815", today=TODAY)
    want = EXPECTED[language]

    merged = all_text(out / MERGED)
    assert want["secret"] not in merged
    assert want["label"] in merged
    assert want["stamp"] in merged

    with (out / LIST_CSV).open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert want["header"] in rows[0]
    assert rows[1][rows[0].index(want["header"])] == want["disclosure"]

    letter = "\n".join(p.text for p in docx.Document(str(out / LETTER)).paragraphs)
    for phrase in want["letter"]:
        assert phrase in letter
    assert "Afgørelse om aktindsigt" not in letter
    assert outcome.documents[0].released
