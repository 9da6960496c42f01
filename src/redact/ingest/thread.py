"""The headers that tie e-mails into threads: Message-ID, In-Reply-To, References and the subject.

Read from the original (only read): the header block the normalised PDF shows has no message ids.
"""

from __future__ import annotations

import email.parser
import re
from dataclasses import dataclass
from email import policy
from pathlib import Path

_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class ThreadHeaders:
    message_id: str = ""
    parents: tuple[str, ...] = ()  # In-Reply-To first, then References (newest last), no repeats
    subject: str = ""


def read_thread_headers(source: Path) -> ThreadHeaders:
    """Never raises: an e-mail whose headers cannot be read is simply not threaded by them."""
    suffix = source.suffix.lower()
    try:
        if suffix == ".eml":
            with open(source, "rb") as fh:
                msg = email.parser.BytesHeaderParser(policy=policy.default).parse(fh)
            ids = _ID.findall(str(msg["Message-ID"] or ""))
            parents = _ID.findall(str(msg["In-Reply-To"] or "")) + _ID.findall(str(msg["References"] or ""))
            return ThreadHeaders(ids[0] if ids else "", tuple(dict.fromkeys(parents)), str(msg["Subject"] or ""))
        if suffix == ".msg":
            import extract_msg

            m = extract_msg.openMsg(str(source))
            try:
                ids = _ID.findall(str(getattr(m, "messageId", "") or ""))
                parents = _ID.findall(str(getattr(m, "inReplyTo", "") or ""))
                return ThreadHeaders(ids[0] if ids else "", tuple(parents), str(m.subject or ""))
            finally:
                m.close()
    except Exception:  # threading is a help to the reviewer, never a reason to fail a file
        return ThreadHeaders()
    return ThreadHeaders()
