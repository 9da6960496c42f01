"""ingest/mail.py: an e-mail read into a header block and a body, attachments kept, hidden HTML left out
and reported. Every name and address is invented."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from redact.core.errors import InputFileError
from redact.ingest.mail import Mail, danish_date, drop_hidden_html, html_text, mail_document, read_eml, words_not_in
from tests.support.builders import make_eml


def test_read_eml_takes_header_body_date_and_attachments(tmp_path: Path) -> None:
    path = make_eml(
        tmp_path / "brev.eml", "Hej\n\nHer er ansøgningen.", [("bilag.txt", b"Bilagets tekst", "text/plain")]
    )
    mail = read_eml(path)
    assert mail.sender == "Karl Opdigtet <karl.opdigtet@example.com>"
    assert mail.cc == "Anne Fiktiv <anne@example.org>"
    assert mail.subject == "Ansøgning om tilskud"
    assert mail.date == "14. marts 2024 kl. 09:12"
    assert "Her er ansøgningen." in mail.text
    assert mail.attachments == [("bilag.txt", b"Bilagets tekst")]


def test_an_attachment_without_a_name_gets_one_with_the_suffix_of_its_type(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Karl Opdigtet <karl@example.com>"
    msg["Subject"] = "Uden navn"
    msg.set_content("Se vedhæftet.")
    msg.add_attachment(b"ren tekst", maintype="text", subtype="plain", disposition="attachment")
    path = tmp_path / "uden_navn.eml"
    path.write_bytes(bytes(msg))
    assert [name for name, _ in read_eml(path).attachments] == ["vedhaeftning-1.txt"]


@pytest.mark.parametrize(("content", "message"), [(b"  \n", "tom"), (b"bare noget tekst\n", "ligner ikke en e-mail")])
def test_an_empty_file_or_a_file_that_is_not_an_email_is_refused_with_one_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "forkert.eml"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        read_eml(path)


def test_danish_date_names_the_month_in_danish() -> None:
    assert danish_date(datetime(2023, 10, 5, 8, 7)) == "5. oktober 2023 kl. 08:07"


def test_hidden_html_is_dropped_and_counted_only_where_it_had_text() -> None:
    markup = (
        "<html><body><p>Synlig tekst</p><div style='display: none'>Skjult aftale</div>"
        "<span hidden>Også skjult</span><p style='font-size:0px'></p></body></html>"
    )
    shown, hidden = drop_hidden_html(markup)
    assert hidden == 2
    assert "Synlig tekst" in shown
    assert "Skjult aftale" not in shown and "Også skjult" not in shown


def test_html_text_leaves_out_scripts_styles_and_the_title() -> None:
    markup = (
        "<html><head><title>Titel</title><style>p{}</style></head>"
        "<body><p>Brødtekst</p><script>x()</script></body></html>"
    )
    text = html_text(markup)
    assert "Brødtekst" in text
    assert "Titel" not in text and "x()" not in text and "p{}" not in text


def test_words_not_in_ignores_case_and_punctuation() -> None:
    assert words_not_in("Mødet er FLYTTET, til fredag.", "mødet er flyttet til") == ["fredag"]


def test_the_document_shows_the_html_after_the_text_when_it_has_more_and_says_so() -> None:
    mail = Mail(
        sender="Karl Opdigtet <karl@example.com>",
        subject="Møde",
        text="Mødet er flyttet.",
        html="<p>Mødet er flyttet.</p><p>Husk nøglen til lokalet.</p><p style='display:none'>Intern note</p>",
    )
    markup, warnings = mail_document(mail, ["bilag.pdf"])
    assert "Fra:" in markup and "Karl Opdigtet &lt;karl@example.com&gt;" in markup
    assert "Vedhæftet:" in markup and "bilag.pdf" in markup
    assert "Husk nøglen til lokalet." in markup
    assert "Intern note" not in markup
    assert len(warnings) == 2
    assert "tekst, som ikke står i tekstudgaven" in warnings[0]
    assert "1 skjult afsnit" in warnings[1]


def test_the_html_is_not_repeated_when_the_text_has_every_word() -> None:
    mail = Mail(sender="a@example.com", text="Mødet er flyttet.", html="<p>Mødet er <b>flyttet</b>.</p>")
    markup, warnings = mail_document(mail, [])
    assert "HTML-udgaven" not in markup
    assert warnings == []
    assert "Vedhæftet:" not in markup


def test_a_mail_without_any_text_says_so() -> None:
    markup, _ = mail_document(Mail(sender="a@example.com"), [])
    assert "(Ingen tekst i e-mailen)" in markup


@pytest.mark.parametrize(
    ("language", "labels", "date"),
    [
        ("da", ("Fra:", "Til:", "Cc:", "Dato:", "Emne:", "Vedhæftet:"), "26. august 2024 kl. 13:05"),
        ("nb", ("Fra:", "Til:", "Kopi:", "Dato:", "Emne:", "Vedlegg:"), "26. august 2024 kl. 13:05"),
        ("sv", ("Från:", "Till:", "Kopia:", "Datum:", "Ämne:", "Bilagor:"), "26 augusti 2024 kl. 13:05"),
    ],
)
def test_the_header_block_is_in_the_messages_language(language: str, labels: tuple[str, ...], date: str) -> None:
    mail = Mail(
        sender="Greta Påhittad <greta@example.se>",
        to="Ekeby kommun <info@ekeby.example>",
        cc="Olle Påhittad <olle@example.se>",
        subject="Sophämtning",
        text="Hej! Soporna har inte hämtats.",
        sent=datetime(2024, 8, 26, 13, 5),
    )
    markup, _ = mail_document(mail, ["foto.jpg"], language)
    for label in labels:
        assert f"<b>{label}</b>" in markup
    assert date in markup


def test_a_swedish_eml_is_laid_out_with_swedish_labels(tmp_path: Path) -> None:
    from redact.detect.language import detect_language
    from redact.ingest import convert_file
    from redact.ingest.facts import mail_header_facts
    from redact.pdf.probe import language_sample

    msg = EmailMessage()
    msg["From"] = "Greta Påhittad <greta@example.se>"
    msg["To"] = "Ekeby kommun <info@ekeby.example>"
    msg["Subject"] = "Sophämtning tre veckor i rad"
    msg["Date"] = "Mon, 26 Aug 2024 13:05:00 +0200"
    msg.set_content(
        "Hej!\n\nNu har soporna inte hämtats på tre veckor. Det luktar illa och kärlet är så fullt att locket "
        "inte går att stänga. Kan ni komma och tömma det så snart som möjligt?\n\nVänliga hälsningar\nGreta"
    )
    path = tmp_path / "klagomal.eml"
    path.write_bytes(bytes(msg))
    out = tmp_path / "ud"
    out.mkdir()
    pdf = convert_file(path, out, "klagomal", language_of=detect_language)[0].pdf
    text = language_sample(pdf)
    assert "Från:" in text and "Ämne:" in text and "26 augusti 2024" in text
    assert "Fra:" not in text
    facts = mail_header_facts(text)
    assert facts.sender.startswith("Greta Påhittad") and facts.date == "26.08.2024"
    # without a language the header stays Danish, as before
    danish = convert_file(path, out, "klagomal-da")[0].pdf
    assert "Fra:" in language_sample(danish)
