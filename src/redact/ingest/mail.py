"""E-mails (.eml, .msg) as a header block and a body; supported attachments become documents."""

from __future__ import annotations

import email
import html
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from redact.core.errors import InputFileError
from redact.core.language import MONTH_NAMES, family
from redact.ingest.limits import wrap_long_runs
from redact.pdf.compose import sanitize_html, text_to_html

MONTHS = MONTH_NAMES["da"]
# The header block in the message's language (core.language families): the labels From, To, Cc,
# Date, Subject and Attached as a mail program of that country shows them.
HEADER_LABELS: dict[str, tuple[str, str, str, str, str, str]] = {
    "da": ("Fra", "Til", "Cc", "Dato", "Emne", "Vedhæftet"),
    "no": ("Fra", "Til", "Kopi", "Dato", "Emne", "Vedlegg"),
    "sv": ("Från", "Till", "Kopia", "Datum", "Ämne", "Bilagor"),
}


@dataclass
class Mail:
    sender: str = ""
    to: str = ""
    cc: str = ""
    date: str = ""
    subject: str = ""
    text: str = ""
    html: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    # Further text parts shown inline by a mail program (not the body, not an attachment).
    more_text: list[str] = field(default_factory=list)
    sent: datetime | None = None  # the Date header read; `date` is it in Danish (or the header as it stands)


def danish_date(value: datetime) -> str:
    return mail_date(value, "da")


def mail_date(value: datetime, language: str) -> str:
    """A message's date as it is written in `language`: "3. december 2026 kl. 10:15", Swedish "3 december …"."""
    code = family(language)
    day = f"{value.day}" if code == "sv" else f"{value.day}."
    return f"{day} {MONTH_NAMES[code][value.month - 1]} {value.year} kl. {value:%H:%M}"


def read_eml(source: Path) -> Mail:
    raw = source.read_bytes()
    if not raw.strip():
        raise InputFileError(str(source), "e-mailen er tom")
    msg = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(msg, EmailMessage) or not (msg["From"] or msg["Subject"] or msg["To"]):
        raise InputFileError(str(source), "filen ligner ikke en e-mail (ingen afsender, modtager eller emne)")
    mail = Mail(
        sender=str(msg["From"] or ""),
        to=str(msg["To"] or ""),
        cc=str(msg["Cc"] or ""),
        subject=str(msg["Subject"] or ""),
    )
    if msg["Date"]:
        try:
            mail.sent = parsedate_to_datetime(str(msg["Date"]))
            mail.date = danish_date(mail.sent)
        except (TypeError, ValueError):
            mail.date = str(msg["Date"])
    plain = msg.get_body(preferencelist=("plain",))
    rich = msg.get_body(preferencelist=("html",))
    if plain is not None:
        mail.text = _content(plain)
    if rich is not None:
        mail.html = _content(rich)
    mail.more_text = _inline_texts(msg, {id(p) for p in (plain, rich) if p is not None})
    for n, part in enumerate(msg.iter_attachments(), start=1):
        name = part.get_filename() or _unnamed(part, n)
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            mail.attachments.append((name, payload))
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and hasattr(inner[0], "as_bytes"):
                mail.attachments.append((name if name.endswith(".eml") else name + ".eml", inner[0].as_bytes()))
    return mail


def _inline_texts(msg: EmailMessage, body: set[int]) -> list[str]:
    """Text parts that are neither the body (nor its alternative) nor attachments, e.g. a second
    inline text part of a multipart/mixed message: a mail program shows them after the body."""
    found: list[str] = []

    def walk(part: Any) -> None:
        if part.get_content_type() == "message/rfc822":
            return  # an attached e-mail is a document of its own
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub)
            return
        if id(part) in body or part.get_filename() or part.get_content_disposition() == "attachment":
            return
        kind = part.get_content_type()
        if kind == "text/plain":
            text = _content(part)
        elif kind == "text/html":
            text = html_text(drop_hidden_html(_content(part))[0])
        else:
            return
        if text.strip():
            found.append(text)

    walk(msg)
    return found


def _unnamed(part: Any, n: int) -> str:
    """A name for a part without a file name, with the suffix of its type (an inline text becomes .txt)."""
    kind = part.get_content_type()
    suffix = {"text/plain": ".txt", "message/rfc822": ".eml"}.get(kind) or mimetypes.guess_extension(kind) or ""
    return f"vedhaeftning-{n}{suffix}"


def _content(part: Any) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        return payload.decode("latin-1") if isinstance(payload, bytes) else ""


def read_msg(source: Path) -> Mail:
    import extract_msg

    try:
        msg = extract_msg.openMsg(str(source))
    except Exception as exc:
        raise InputFileError(str(source), f"Outlook-filen (.msg) kan ikke læses: {exc}") from exc
    try:
        mail = Mail(
            sender=str(msg.sender or ""),
            to=str(msg.to or ""),
            cc=str(msg.cc or ""),
            subject=str(msg.subject or ""),
        )
        if isinstance(msg.date, datetime):
            mail.sent = msg.date
            mail.date = danish_date(msg.date)
        mail.text = str(msg.body or "")
        body_html = msg.htmlBody
        if body_html:
            mail.html = body_html.decode("utf-8", "replace") if isinstance(body_html, bytes) else str(body_html)
        for att in msg.attachments:
            data = getattr(att, "data", None)
            name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or "vedhaeftning"
            if isinstance(data, bytes):
                mail.attachments.append((str(name), data))
    finally:
        msg.close()
    return mail


def mail_document(mail: Mail, attachment_notes: list[str], language: str = "da") -> tuple[str, list[str]]:
    """The e-mail as the case handler sees it (header block, then the body), and warnings.

    The header block is laid out in the message's `language` (its labels and date), as the
    recipient's mail program showed it: a Swedish message is released with "Från:", not "Fra:".

    The plain text is shown when there is one. An HTML version with text that the plain text
    lacks is shown after it, so nothing the recipient may have read is left out. Parts of the HTML
    that a mail program never shows (display:none and the like) are left out and reported.
    """
    sender, to, cc, dated, subject, attached = HEADER_LABELS.get(family(language), HEADER_LABELS["da"])
    when = mail_date(mail.sent, language) if mail.sent is not None else mail.date
    rows = [(sender, mail.sender), (to, mail.to), (cc, mail.cc), (dated, when), (subject, mail.subject)]
    header = "".join(f"<tr><td><b>{k}:</b></td><td>{html.escape(_one_line(v))}</td></tr>" for k, v in rows if v)
    if attachment_notes:
        header += f"<tr><td><b>{attached}:</b></td><td>{html.escape('; '.join(attachment_notes))}</td></tr>"
    warnings: list[str] = []
    shown_html, hidden = ("", 0)
    if mail.html.strip():
        shown_html, hidden = drop_hidden_html(mail.html)
    if mail.text.strip():
        body = text_to_html(wrap_long_runs(mail.text))
        extra = words_not_in(html_text(shown_html), mail.text) if shown_html else []
        if extra:
            body += (
                "\n<p class='note'><b>HTML-udgaven af e-mailen</b> (den har tekst, som ikke står i tekstudgaven "
                "ovenfor; vist her, så intet af det, modtageren kan have set, mangler):</p>\n"
                + sanitize_html(shown_html)
            )
            warnings.append(
                "E-mailens HTML-udgave har tekst, som ikke står i tekstudgaven; den er vist sidst i dokumentet"
            )
    elif shown_html.strip():
        body = sanitize_html(shown_html)
    else:
        body = "<p class='note'>(Ingen tekst i e-mailen)</p>"
    for text in mail.more_text:
        body += "\n<p class='note'><b>Yderligere tekstdel i e-mailen:</b></p>\n" + text_to_html(wrap_long_runs(text))
    if hidden:
        warnings.append(
            f"E-mailens HTML har {hidden} skjult{'e' if hidden != 1 else ''} afsnit (fx display:none), "
            "som en maillæser ikke viser; de er ikke medtaget"
        )
    return f"<table class='header'>{header}</table>\n{body}", warnings


# Inline styles with which a mail program shows nothing of an element.
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)"
    r"|max-height\s*:\s*0(?:px)?\s*(?:;|$)|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)",
    re.IGNORECASE,
)


def drop_hidden_html(markup: str) -> tuple[str, int]:
    """The HTML without the elements a mail program does not show, and how many had text."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup, 0
    hidden = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        style = el.get("style") or ""
        if el.get("hidden") is not None or _HIDDEN_STYLE.search(style):
            if (el.text_content() or "").strip():
                hidden += 1
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode"), hidden


def html_text(markup: str) -> str:
    """The text of an HTML body, as a mail program would show it (scripts and styles are not text)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", markup)
    for el in list(root.iter("script", "style", "head", "title")):
        if el.getparent() is not None:
            el.drop_tree()
    return str(root.text_content())


def words_not_in(text: str, reference: str) -> list[str]:
    """The words of `text` that `reference` does not have (case, spacing and punctuation aside)."""
    known = set(re.findall(r"\w+", reference.casefold()))
    return [w for w in dict.fromkeys(re.findall(r"\w+", text.casefold())) if w not in known]


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()
