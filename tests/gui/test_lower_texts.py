"""Texts from the layers below the app (detector reasons, what found a proposal, service errors)
are translated when the app shows them (gui/lower_texts.py). The real detectors run over invented
Danish, Norwegian and Swedish letters: every reason they give must be matched by a template, so a
new reason cannot stay Danish in the Norwegian and Swedish app unnoticed. Every name, number and
address here is invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redact.core.detector import Detector, Refiner, detect_all
from redact.core.finding import Finding
from redact.detect.factory import build_detectors
from redact.gui.context import AppContext
from redact.gui.i18n import install_translators
from redact.gui.lower_texts import known, lower
from redact.services.session import FINDERS, finder_name, plain_reason
from tests.support.gui import QT_NOISE, open_window

LETTERS = {
    "da": (
        "Kære Jens Fiktivsen\n\nVi har modtaget din klage af 3. marts. Din datter Lærke Fiktivsen er i dag\n"
        "indlagt med depression og får antidepressiv medicin. Du modtager kontanthjælp på 11.250 kr. om måneden.\n"
        "CPR-nr.: 010203-1234, tlf. 20 12 34 56, e-mail jens.fiktivsen@post.example.\n"
        "Adresse: Fiktivvej 12, 1. th., 4000 Roskilde. Reg.nr. 1234 kontonr. 0012345678.\n"
        "Patientnr. 778899. Bilen har nummerpladen AB 12 345. Borgmester Karen Opdigt svarede.\n"
        "Han er tidligere straffet for vold og er medlem af FOA. J.F. har ringet igen.\n\n"
        "Med venlig hilsen\n\nMette Sagsbeh\nSagsbehandler\n"
    ),
    "nb": (
        "Hei Kari Oppdiktet\n\nVi viser til søknaden din om sosialhjelp. Sønnen din Ola Oppdiktet har ADHD og\n"
        "får hjelp fra barnevernet. Fødselsnummer 01020312345, telefon 912 34 567.\n"
        "Adresse: Diktveien 4, 0150 Oslo. Kontonummer 1234.56.78901.\n"
        "Ordfører Per Diktesen (Ap) svarte. Hun har betalingsanmerkning og gjeld på 40 000 kr.\n"
        "Familien har flyttet til Diktmarka 7B.\n\n"
        "Med hilsen\nSaksbehandler Nils Diktet\n"
    ),
    "sv": (
        "Hej Greta Påhittad!\n\nVi har tagit emot din ansökan om försörjningsstöd. Din son Olle Påhittad har\n"
        "autism och en orosanmälan har gjorts. Personnummer 19850412-3380, telefon 070-123 45 67.\n"
        "Adress: Diktvägen 4, 123 45 Diktby. Bankgiro 5050-1055.\n"
        "Kommunalråd Eva Diktsson (S) svarade. Hon har skulder hos Kronofogden på 30 000 kr.\n\n"
        "Med vänlig hälsning\nSocialsekreterare Anna Diktad\n"
    ),
}


def _findings(detectors: list[Detector], text: str, language: str) -> list[Finding]:
    found = [f for d in detectors for f in detect_all(d, [text], language)[0]]
    for d in detectors:
        if isinstance(d, Refiner):
            found = d.refine(text, found, language)
    return found


@pytest.fixture(scope="module")
def reasons() -> list[str]:
    detectors = build_detectors()
    out = [f.reason for lang, text in LETTERS.items() for f in _findings(detectors, text, lang)]
    assert len(out) > 30
    return out


@pytest.fixture
def in_swedish(qapp: QApplication) -> Iterator[None]:
    loaded: list[QTranslator] = install_translators(qapp, "sv")
    yield
    for t in loaded:
        qapp.removeTranslator(t)


def test_every_reason_of_the_detectors_is_matched(reasons: list[str]) -> None:
    for reason in reasons:
        for shown in (reason, plain_reason(reason), reason + " (læst med OCR)"):
            assert known(shown), f"no template in gui/lower_texts.py for: {shown!r}"


def test_every_category_of_the_danish_word_lists_is_matched() -> None:
    from redact.detect.sensitive import lexicon_path, load_lexicon

    labels = {c.label for c in load_lexicon(lexicon_path("da")).categories.values()}
    assert len(labels) > 10
    for label in labels:
        assert known(label), f"no template in gui/lower_texts.py for the category {label!r}"


def test_every_finder_is_matched() -> None:
    for detector in [*FINDERS, "SomeRecognizer", "anything"]:
        assert known(finder_name(detector)), finder_name(detector)


def test_in_danish_nothing_changes(reasons: list[str]) -> None:
    assert [lower(r) for r in reasons] == reasons


@pytest.mark.usefixtures("in_swedish")
@pytest.mark.parametrize(
    ("danish", "swedish"),
    [
        ("Navn efter «Kære»; kontekstord «tlf»", "Namn efter «Kære»; kontextord «tlf»"),
        (
            "Følsom oplysning (helbred): ordet «gigt» fra ordlisten; nævnt sammen med «hun»",
            "Känslig uppgift (hälsa): ordet «gigt» från ordlistan; nämnt tillsammans med «hun»",
        ),
        (
            "Ligner et dansk telefonnummer; kontekstord «tlf» (mønster dk-pairs) (læst med OCR)",
            "Liknar ett danskt telefonnummer; kontextord «tlf» (mönster dk-pairs) (läst med OCR)",
        ),
        (
            "Fornavn fra navneliste (DST) efterfulgt af efternavn (over linjeskift)",
            "Förnamn från namnlista (DST) följt av efternamn (över radbrytning)",
        ),
        ("Kundenummer efter kontekstordet «kundnr»", "Kundnummer efter kontextordet «kundnr»"),
        ("Socialsekreterare, nævnt i embede", "Socialsekreterare, nämnd i tjänsten"),
        # a word of the document in «» stays as written, even when it is a word of a template
        ("Navn efter «Efternavn»", "Namn efter «Efternavn»"),
        # a whole message with "; " in it
        (
            "PDF'en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen",
            "PDF:en är krypterad eller lösenordsskyddad; ta bort skyddet och försök igen",
        ),
        ("filtypen '.xyz' understøttes ikke", "filtypen '.xyz' stöds inte"),
        # the kinds of hidden text and their pages, inside a warning
        (
            "Skjult tekst fundet; den fjernes ved eksport: usynlig tekst (side 1, 2 og 3 andre); "
            "mikroskopisk tekst (side 4)",
            "Dold text hittad; den tas bort vid export: osynlig text (sida 1, 2 och 3 andra); "
            "mikroskopisk text (sida 4)",
        ),
        (
            "Word-dokumentet har 2 kommentarer og 1 stykke skjult tekst, som ikke ses i dokumentet; "
            "de er vist i et tillæg sidst i dokumentet",
            "Word-dokumentet har 2 kommentarer och 1 stycke dold text som inte syns i dokumentet; "
            "de visas i en bilaga sist i dokumentet",
        ),
        # nothing matches: as written
        ("en tekst uden skabelon", "en tekst uden skabelon"),
    ],
)
def test_swedish(danish: str, swedish: str) -> None:
    assert lower(danish) == swedish


@pytest.mark.usefixtures("in_swedish")
def test_every_reason_of_the_detectors_reads_swedish(reasons: list[str]) -> None:
    danish_words = ("fra ordlisten", "nævnt", "efterfulgt", "Ligner", "Navn ", "kontekstord")
    for reason in reasons:
        shown = lower(reason)
        assert not any(w in shown for w in danish_words), (reason, shown)


def test_bokmal(qapp: QApplication) -> None:
    loaded: list[QTranslator] = install_translators(qapp, "nb")
    try:
        assert lower("Navn i underskrift efter «Hilsen»; kontekstord «tlf»") == (
            "Navn i underskrift etter «Hilsen»; kontekstord «tlf»"
        )
        assert lower("mønster for CPR-numre") == "mønster for CPR-numre"
        assert lower("ordliste over følsomme oplysninger") == "ordliste over sensitive opplysninger"
    finally:
        for t in loaded:
            qapp.removeTranslator(t)


def test_warnings_of_reading_a_file_are_matched(qapp: QApplication) -> None:
    from redact.services.processing import damaged_warning

    warning = damaged_warning(12)
    assert known(warning)
    loaded: list[QTranslator] = install_translators(qapp, "sv")
    try:
        assert lower(warning).startswith("filen har fel i innehållet: PDF-läsaren rapporterade 12 fel.")
    finally:
        for t in loaded:
            qapp.removeTranslator(t)


@pytest.mark.qt_log_ignore(*QT_NOISE)
def test_the_swedish_app_shows_why_in_swedish(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, case_folder: Path
) -> None:
    loaded: list[QTranslator] = install_translators(qapp, "sv")
    try:
        window = open_window(qtbot, ctx, case_folder)
        assert window.case is not None
        first = window.case.review_order()[0]
        window.select_item(first)
        shown = window.explanation.toPlainText()
        assert "Hittad av" in shown and "automatisk igenkänning" in shown  # the app's label and the finder
        assert "automatisk genkendelse" not in shown
        window.runner.shutdown()
    finally:
        for t in loaded:
            qapp.removeTranslator(t)


def _warnings_of_reading(tmp_path: Path) -> list[str]:
    """The warnings the lower layers really write: hidden text of several kinds over many pages and
    an embedded file (pdf/hidden.py), a PDF that could not be examined, a repaired PDF, Word's
    tracked changes, comments and hidden text, an e-mail's hidden HTML."""
    import pymupdf

    from redact.ingest.convert import REPAIRED
    from redact.ingest.mail import Mail, mail_document
    from redact.ingest.wordhidden import WordExtras
    from redact.pdf.hidden import find_hidden, hidden_report

    doc = pymupdf.open()
    for n in range(11):
        page = doc.new_page()
        page.insert_text((72, 72), "Synlig tekst på siden.", fontsize=11)
        page.insert_text((72, 120), f"Usynlig note {n}", fontsize=11, render_mode=3)
    doc[0].insert_text((72, 160), "Hvid tekst på hvid", fontsize=11, color=(1, 1, 1))
    doc[1].insert_text((72, 200), "Mikroskopisk", fontsize=0.5)
    doc.embfile_add("bilag.txt", b"indhold")
    path = tmp_path / "skjult.pdf"
    doc.save(path)
    doc = pymupdf.open(path)
    out = [*hidden_report(doc, find_hidden(doc)), *hidden_report(doc, None), REPAIRED]
    for extras in (
        WordExtras(comments=[("a", "b"), ("c", "d")], hidden=["x"], inserted=1),
        WordExtras(comments=[("a", "b")]),
        WordExtras(hidden=["x", "y"], deleted=["z"]),
    ):
        out += extras.warnings(lists_deleted=True) + extras.warnings(lists_deleted=False)
    for hidden in ("<p style='display:none'>Note</p>", "<p hidden>A</p><p style='display:none'>B</p>"):
        mail = Mail(
            sender="a@example.com", subject="Møde", text="Mødet er flyttet.", html="<p>Mødet er flyttet.</p>" + hidden
        )
        out += mail_document(mail, [])[1]
    return out


def test_the_warnings_of_reading_files_are_matched_and_read_swedish(qapp: QApplication, tmp_path: Path) -> None:
    warnings = _warnings_of_reading(tmp_path)
    joined = "\n".join(warnings)
    for written in (
        "usynlig tekst",
        "tekst i samme farve",
        "mikroskopisk tekst",
        "og 3 andre",
        "indlejrede fil",
        "kunne ikke undersøges",
        "repareret",
        "sporede ændringer",
        "2 kommentarer og 1 stykke",
        "1 kommentar,",
        "2 stykker skjult tekst",
        "1 skjult afsnit",
        "2 skjulte afsnit",
    ):
        assert written in joined, written  # each kind of warning is really among them
    for warning in warnings:
        assert known(warning), f"no template in gui/lower_texts.py for: {warning!r}"
    loaded: list[QTranslator] = install_translators(qapp, "sv")
    try:
        danish_words = ("tekst", "fundet", "side", "og ", "andre", "indlejrede", "sporede", "kommentarer og", "afsnit")
        for warning in warnings:
            shown = lower(warning)
            assert not any(w in shown for w in danish_words), (warning, shown)
    finally:
        for t in loaded:
            qapp.removeTranslator(t)
