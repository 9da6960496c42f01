"""The date and sender of a document, for the aktliste: from the e-mail headers or the file's own
properties, read from the original (only read, never changed) or, for an e-mail whose original has
moved, from the header block of its normalised PDF.

A Word letter is dated by the date it states ("Dato: 3. december 2026", "Aarhus, 03.12.2026"); its
file's dates are used only when they are plausible: Word files are often made from a template whose
creation date is years old, and a file written by a program may carry the template's dates unchanged.
Otherwise the date is left empty for the case handler."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

from redact.core.language import MONTH_NAMES
from redact.pdf.extract import creation_date, first_page_text

MAIL_SUFFIXES = {".eml", ".msg"}


@dataclass(frozen=True, slots=True)
class Facts:
    date: str = ""  # dd.mm.yyyy, empty when not known
    sender: str = ""  # the e-mail's From, empty for other files


def short_date(value: date) -> str:
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
                return _docx(source, normalized)
            return Facts()
        if suffix == ".docx" and normalized is not None and normalized.is_file():
            stated = stated_date(first_page_text(normalized))
            return Facts(short_date(stated) if stated else "")
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


def _docx(source: Path, normalized: Path | None) -> Facts:
    import docx

    document = docx.Document(str(source))
    if normalized is not None and normalized.is_file():
        text = first_page_text(normalized)  # as Word lays it out: headers and text boxes too
    else:
        text = "\n".join(p.text for p in document.paragraphs)
    stated = stated_date(text)
    if stated is not None:
        return Facts(short_date(stated))
    props = document.core_properties
    saved = plausible_file_date(props.created, props.modified, datetime.fromtimestamp(source.stat().st_mtime))
    return Facts(short_date(saved) if saved else "")


# How far after the date a file says it was saved its file-system time may lie before the date is
# taken for a template's (a copy of the file keeps its modification time in Explorer and cp -p).
_FILE_DATE_SLACK = timedelta(days=366)


def plausible_file_date(
    created: object, modified: object, file_time: datetime, today: date | None = None
) -> datetime | None:
    """The date a Word file was last saved, if it can be believed: after 1990, not in the future, not
    before its own creation, and not long before the file itself was last written."""
    today = today or date.today()
    chosen = modified if isinstance(modified, datetime) else created if isinstance(created, datetime) else None
    if chosen is None or chosen.year < 1990 or chosen.date() > today:
        return None
    if isinstance(created, datetime) and created.replace(tzinfo=None) > chosen.replace(tzinfo=None) + timedelta(days=1):
        return None
    if file_time.replace(tzinfo=None) - chosen.replace(tzinfo=None) > _FILE_DATE_SLACK:
        return None
    return chosen


_MONTH_NUMBER = {name: i + 1 for names in MONTH_NAMES.values() for i, name in enumerate(names)}
_MONTH_WORDS = "|".join(sorted({*_MONTH_NUMBER, *(m[:3] for m in _MONTH_NUMBER)}, key=len, reverse=True))
_WORDED = re.compile(rf"(?<![\d.])(\d{{1,2}})\.?\s+({_MONTH_WORDS})\.?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d.,/-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d.,/-]\d)")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DATE_LABEL = re.compile(r"^[ \t]*(?:dato|date|datum)[ \t]*[:.]?[ \t]*(.*\n?.*)", re.IGNORECASE | re.MULTILINE)
# A letter states its date near the top; further down a date is more likely one the letter is about.
_HEAD_LINES = 40


def stated_date(text: str) -> date | None:
    """The date a letter states: after "Dato:" if it says so, else the first date near its top."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    for m in _DATE_LABEL.finditer(head):
        found = _first_date(m.group(1))
        if found is not None:
            return found
    return _first_date(head)


def _first_date(text: str) -> date | None:
    found: list[tuple[int, date]] = []
    for pattern, order in ((_WORDED, "dmy"), (_NUMERIC, "dmy"), (_ISO, "ymd")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            number = int(month) if month.isdigit() else _month(month)
            try:
                value = date(int(year), number, int(day))
            except ValueError:
                continue
            if 1950 <= value.year <= 2100:
                found.append((m.start(), value))
    return min(found)[1] if found else None


def _month(word: str) -> int:
    word = word.lower()
    return _MONTH_NUMBER.get(word) or next((n for name, n in _MONTH_NUMBER.items() if name.startswith(word)), 0)


_MAIL_DATE = re.compile(r"(\d{1,2})\.?\s*(" + "|".join(_MONTH_NUMBER) + r")\s+(\d{4})", re.IGNORECASE)


def mail_header_facts(text: str) -> Facts:
    """From and Date from the header block that ingest.mail lays out at the top of an e-mail, in
    the message's language ("Fra:"/"Dato:", Swedish "Från:"/"Datum:")."""
    sender = re.search(r"(?:Fra|Från):\s*\n?\s*(.+)", text)
    dated = re.search(r"(?:Dato|Datum):\s*\n?\s*(.+)", text)
    date = ""
    if dated and (m := _MAIL_DATE.search(dated.group(1))):
        date = f"{int(m.group(1)):02d}.{_MONTH_NUMBER[m.group(2).lower()]:02d}.{m.group(3)}"
    return Facts(date, sender.group(1).strip() if sender else "")
