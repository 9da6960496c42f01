"""E-mails (.eml, .msg) as a header block and a body; supported attachments become documents."""

from __future__ import annotations

import email
import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from redact.core.errors import InputFileError
from redact.pdf.compose import sanitize_html, text_to_html

MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


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


def danish_date(value: datetime) -> str:
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year} kl. {value:%H:%M}"


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
            mail.date = danish_date(parsedate_to_datetime(str(msg["Date"])))
        except (TypeError, ValueError):
            mail.date = str(msg["Date"])
    plain = msg.get_body(preferencelist=("plain",))
    rich = msg.get_body(preferencelist=("html",))
    if plain is not None:
        mail.text = _content(plain)
    if rich is not None:
        mail.html = _content(rich)
    for part in msg.iter_attachments():
        name = part.get_filename() or "vedhaeftning"
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            mail.attachments.append((name, payload))
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and hasattr(inner[0], "as_bytes"):
                mail.attachments.append((name if name.endswith(".eml") else name + ".eml", inner[0].as_bytes()))
    return mail


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


def mail_html(mail: Mail, attachment_notes: list[str]) -> str:
    """The header block the case handler sees, then the body."""
    rows = [("Fra", mail.sender), ("Til", mail.to), ("Cc", mail.cc), ("Dato", mail.date), ("Emne", mail.subject)]
    header = "".join(f"<tr><td><b>{k}:</b></td><td>{html.escape(_one_line(v))}</td></tr>" for k, v in rows if v)
    if attachment_notes:
        header += f"<tr><td><b>Vedhæftet:</b></td><td>{html.escape('; '.join(attachment_notes))}</td></tr>"
    if mail.text.strip():
        body = text_to_html(mail.text)
    elif mail.html.strip():
        body = sanitize_html(mail.html)
    else:
        body = "<p class='note'>(Ingen tekst i e-mailen)</p>"
    return f"<table class='header'>{header}</table>\n{body}"


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()
