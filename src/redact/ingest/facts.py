"""The date and sender of a document, for the aktliste: from the e-mail headers or the file's own
properties, read from the original (only read, never changed) or, for an e-mail whose original has
moved, from the header block of its normalised PDF."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

from redact.ingest.mail import MONTHS
from redact.pdf.extract import creation_date, first_page_text

MAIL_SUFFIXES = {".eml", ".msg"}


@dataclass(frozen=True, slots=True)
class Facts:
    date: str = ""  # dd.mm.yyyy, empty when not known
    sender: str = ""  # the e-mail's From, empty for other files


def short_date(value: datetime) -> str:
    return f"{value:%d.%m.%Y}"


def read_facts(source: Path, normalized: Path | None = None) -> Facts:
    """Never raises: a fact that cannot be read is simply not known."""
    suffix = source.suffix.lower()
    try:
        if source.is_file():
            if suffix == ".eml":
                return _eml(source)
            if suffix == ".msg":
                return _msg(source)
            if suffix == ".pdf":
                created = creation_date(source)
                return Facts(short_date(created) if created else "")
            if suffix == ".docx":
                return _docx(source)
            return Facts()
        if suffix in MAIL_SUFFIXES and normalized is not None and normalized.is_file():
            return mail_header_facts(first_page_text(normalized))
    except Exception:  # a fact for a list is never worth failing the export over
        return Facts()
    return Facts()


def _eml(source: Path) -> Facts:
    with open(source, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    date = ""
    if msg["Date"]:
        try:
            date = short_date(parsedate_to_datetime(str(msg["Date"])))
        except (TypeError, ValueError):
            date = ""
    return Facts(date, " ".join(str(msg["From"] or "").split()))


def _msg(source: Path) -> Facts:
    import extract_msg

    msg = extract_msg.openMsg(str(source))
    try:
        date = short_date(msg.date) if isinstance(msg.date, datetime) else ""
        return Facts(date, " ".join(str(msg.sender or "").split()))
    finally:
        msg.close()


def _docx(source: Path) -> Facts:
    import docx

    created = docx.Document(str(source)).core_properties.created
    return Facts(short_date(created) if isinstance(created, datetime) else "")


_DANISH_DATE = re.compile(r"(\d{1,2})\.\s*(" + "|".join(MONTHS) + r")\s+(\d{4})", re.IGNORECASE)


def mail_header_facts(text: str) -> Facts:
    """Fra and Dato from the header block that ingest.mail lays out at the top of an e-mail."""
    sender = re.search(r"Fra:\s*\n?\s*(.+)", text)
    dated = re.search(r"Dato:\s*\n?\s*(.+)", text)
    date = ""
    if dated and (m := _DANISH_DATE.search(dated.group(1))):
        date = f"{int(m.group(1)):02d}.{MONTHS.index(m.group(2).lower()) + 1:02d}.{m.group(3)}"
    return Facts(date, sender.group(1).strip() if sender else "")
