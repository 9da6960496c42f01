"""Word and e-mail files: what they hold beside what they show is shown to the case handler or left out.

Decided per kind (see src/redact/ingest/wordhidden.py and mail.py):
- Word tracked changes: shown with markup (deleted text struck through), whatever the file's view setting;
- Word comments and hidden text: shown in an appendix at the end of the document;
- white text (Word or HTML): read as hidden text and removed by the export;
- document properties: never shown, removed by the export (they become PDF metadata);
- e-mail HTML with more text than the plain part: shown after it;
- HTML a mail program never shows (display:none): left out, and reported;
- inline text parts: shown; unsupported attachments: listed by name, not included, reported.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from tests.support import hostile_builders as builders
from tests.support.marks import needs_libreoffice
from tests.support.pipeline import assert_gone, release, shown_text

WORD_SECRETS = [
    "120384-1234",  # in deleted text (tracked change)
    "22 33 44 55",  # in inserted text
    "050505-0505",  # hidden text (w:vanish)
    "121212-1212",  # hidden by a character style
    "101010-1010",  # in a comment
    "Hvid Hanne",  # white text
    "31 32 33 34",  # white text
    "Rita Revisor",  # author of the tracked changes
    "Egenskab Erik",  # document properties
    "Tove Titelsen",
    "Egenskabskommentar Carl",
    "Brugerdefineret Bettina",
]


def all_text(released) -> str:  # type: ignore[no-untyped-def]
    """What detection read, with line breaks and runs of spaces as single spaces."""
    return " ".join(" ".join(pt.text for pages in released.pages for pt in pages).split())


@needs_libreoffice
def test_word_tracked_changes_comments_and_hidden_text_are_shown_and_then_redacted(
    tmp_path: Path,
    presidio_detector,  # type: ignore[no-untyped-def]
) -> None:
    src = builders.hostile_docx(tmp_path / "notat.docx")
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    released = release(src, tmp_path, [presidio_detector])
    assert not released.error
    text = all_text(released)
    # shown to the case handler (and so read by detection) ...
    for part in (
        "Slettet Svend 120384-1234",  # deleted, struck through, although the file asks for the final view
        "Indsat Ivan 22 33 44 55",
        "Kommentar (til »Afsnit med kommentar.«): Kommentar om Karen Kommentarsen 101010-1010",
        "Skjult tekst: Skjult Helga 050505-0505",
        "Skjult tekst: Stilskjult Stine 121212-1212",
        "Sidehoved: journal 77",
        "Sidefod: Borgerservice",
    ):
        assert part in text, part
    # ... the white text is read but flagged as hidden ...
    pt = next(pt for pages in released.pages for pt in pages if "Hvid Hanne" in pt.text)
    start = pt.text.index("Hvid Hanne")
    assert all(pt.is_hidden(i) for i in range(start, start + len("Hvid Hanne")) if not pt.text[i].isspace())
    # ... and the case handler is told.
    warnings = " ".join(released.warnings)
    assert "sporede ændringer" in warnings and "1 kommentar" in warnings and "2 stykker skjult tekst" in warnings
    assert "Skjult tekst fundet" in warnings
    for cpr in ("120384-1234", "050505-0505", "121212-1212", "101010-1010"):
        assert cpr in released.proposed
    [out] = released.outputs
    assert_gone(out, WORD_SECRETS)
    shown = shown_text(out)
    assert "Notat om sagen. Synlig tekst." in shown and "synlig efter skjult." in shown
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest  # the original is only read


def test_word_without_libreoffice_lists_deleted_text_too(tmp_path: Path, monkeypatch, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    import redact.ingest.office as office

    monkeypatch.setattr(office, "libreoffice", lambda: None)
    src = builders.hostile_docx(tmp_path / "notat.docx")
    released = release(src, tmp_path, [presidio_detector])
    assert released.documents[0].converter.startswith("python-docx")
    text = all_text(released)
    assert "Slettet tekst (sporet ændring): Slettet Svend 120384-1234" in text
    assert "Skjult tekst: Skjult Helga 050505-0505" in text and "Kommentar (til" in text
    [out] = released.outputs
    assert_gone(out, [s for s in WORD_SECRETS if s not in ("Hvid Hanne", "31 32 33 34")])


def test_email_html_with_more_text_is_shown_and_hidden_html_is_left_out(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    src = builders.alternative_eml(tmp_path / "klage.eml")
    released = release(src, tmp_path, [presidio_detector])
    [mail] = released.documents
    text = all_text(released)
    assert "Jeg klager over afgørelsen." in text
    assert "Kun i HTML: min nabo Nanna Naboesen har CPR 120384-1234." in text  # the HTML says more: shown
    assert "Indlejret tekst om Tekla" in text  # an inline text part: shown
    assert "Preben" not in text  # display:none: left out ...
    warnings = " ".join(mail.warnings)
    assert "HTML-udgave" in warnings and "1 skjult afsnit" in warnings  # ... and reported
    assert "program.exe" in warnings and "Skjult tekst fundet" in warnings  # white HTML text
    assert "program.exe" in text  # the attachment is listed by name
    [out] = released.outputs
    assert_gone(out, ["120384-1234", "Preben", "22 33 44 55", "Wilma", "050505-0505", "31 32 33 34", "Binaer Bodil"])
    assert "Nanna Naboesen" in shown_text(out)


@needs_libreoffice
def test_batch_report_names_the_hidden_content_of_each_document(tmp_path: Path, presidio_detector) -> None:  # type: ignore[no-untyped-def]
    from redact.services.batch import REPORT_FILE, run_batch

    def build_detectors():  # type: ignore[no-untyped-def]
        return [presidio_detector]

    src = tmp_path / "anmodning"
    src.mkdir()
    builders.white_text_pdf(src / "hvid.pdf")
    builders.hostile_docx(src / "notat.docx")
    builders.alternative_eml(src / "klage.eml")
    out = tmp_path / "ud"
    report = run_batch([src], out, build_detectors, KeepList(), True, 1, "test", progress=NullProgress)
    assert report.failures == []
    data = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    warnings = "\n".join(data["warnings"])
    assert "hvid.pdf: Skjult tekst fundet" in warnings
    assert "notat.pdf: Word-dokumentet har sporede ændringer" in warnings
    assert "klage.pdf: E-mailens HTML-udgave" in warnings
    assert_gone(out / "udlevering" / "hvid.pdf", ["Henning", "Hvidsen", "120384", "Nanna"])
    assert_gone(out / "udlevering" / "notat.pdf", WORD_SECRETS)
    assert_gone(out / "udlevering" / "klage.pdf", ["120384-1234", "Preben", "Wilma"])
