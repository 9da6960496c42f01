"""Deciding once: the same text in several documents, and e-mail threads.

`group_copies` marks, when a case is built, every document that repeats an earlier one (word for
word or with other headers or stamps) and every e-mail's thread (core/dedup.py). A decision on a
proposal then applies to the same proposal in the copies (`with_copies`: the same text, found as
the same thing, on the same page at the same place) while that copy is still open, so the case
handler can still release a copy differently: a later decision on it wins, as always.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence

from redact.core.case import Case, State
from redact.core.dedup import Fingerprint, MailFacts, find_duplicates, find_threads
from redact.core.document import Document
from redact.core.proposal import Proposal
from redact.services.processing import DocResult

# The header block of ingest/mail.py in every language it lays it out in.
MAIL_HEADER_LABELS: tuple[str, ...] = ("Fra:", "Til:", "Cc:", "Dato:", "Emne:", "Bilag:", "Vedhæftet:")
MAIL_HEADER_LABELS += ("Kopi:", "Vedlegg:", "Från:", "Till:", "Kopia:", "Datum:", "Ämne:", "Bilagor:")
SAME_PLACE = 1.0  # points: boxes this close are the same place on the page


def group_copies(documents: list[Document], results: Sequence[tuple[Document, DocResult]]) -> list[Document]:
    """The documents with `duplicate_of`, `near_duplicate` and `thread` set (case order is kept)."""
    by_id = {doc.id: res for doc, res in results}
    prints = [Fingerprint(d.id, by_id[d.id].content_hash, by_id[d.id].signature) for d in documents if d.id in by_id]
    copies = find_duplicates(prints)
    mails = [
        MailFacts(d.id, r.thread.message_id, r.thread.parents, r.thread.subject, _body(r.text))
        for d in documents
        if (r := by_id.get(d.id)) is not None and (r.thread.message_id or r.thread.subject)
    ]
    threads = find_threads(mails)
    out = []
    for d in documents:
        copy = copies.get(d.id)
        out.append(
            dataclasses.replace(
                d,
                duplicate_of=copy.original if copy else "",
                near_duplicate=bool(copy and copy.near),
                thread=threads.get(d.id, ""),
            )
        )
    return out


def _body(text: str) -> str:
    """An e-mail's text without the header block ingest/mail.py lays out ("Fra:" and its value on
    the next line, or on the same one), so a reply is compared by what it says and quotes."""
    kept: list[str] = []
    skip_value = False
    for line in text.splitlines():
        stripped = line.strip()
        if skip_value and stripped:
            skip_value = False
            continue
        if stripped in MAIL_HEADER_LABELS:
            skip_value = True
            continue
        if not stripped.startswith(MAIL_HEADER_LABELS):
            kept.append(line)
    return "\n".join(kept)


def copy_groups(case: Case) -> dict[str, list[str]]:
    """Every document that has copies (or is one), mapped to all documents of its group, in case order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for d in case.documents:
        if d.duplicate_of:
            groups[d.duplicate_of].append(d.id)
    out: dict[str, list[str]] = {}
    for first, rest in groups.items():
        members = [first, *rest]
        for m in members:
            out[m] = members
    return out


def copies_note(case: Case, doc_id: str) -> str:
    """What the review shows of a document's copies, e.g. "Denne tekst findes også i 9 andre dokumenter"."""
    others = len(copy_groups(case).get(doc_id, [doc_id])) - 1
    if others <= 0:
        return ""
    return f"Denne tekst findes også i {others} {'andet dokument' if others == 1 else 'andre dokumenter'}"


def _same_place(a: Proposal, b: Proposal) -> bool:
    if (a.page, a.entity, a.text, len(a.boxes)) != (b.page, b.entity, b.text, len(b.boxes)):
        return False
    return all(
        abs(x.x0 - y.x0) <= SAME_PLACE
        and abs(x.y0 - y.y0) <= SAME_PLACE
        and abs(x.x1 - y.x1) <= SAME_PLACE
        and abs(x.y1 - y.y1) <= SAME_PLACE
        for x, y in zip(a.boxes, b.boxes, strict=True)
    )


_Key = tuple[str, int, str, str]  # document, page, entity, text


def _index(case: Case, groups: dict[str, list[str]]) -> dict[_Key, list[Proposal]]:
    """The proposals of documents that have copies, by where and what they are (built once per call)."""
    out: dict[_Key, list[Proposal]] = defaultdict(list)
    for p in case.proposals.values():
        if p.document in groups:
            out[(p.document, p.page, p.entity.value, p.text)].append(p)
    return out


def copies_of(
    case: Case,
    proposal_id: str,
    groups: dict[str, list[str]] | None = None,
    index: dict[_Key, list[Proposal]] | None = None,
) -> list[str]:
    """The same proposal in the other documents of its copy group (same text at the same place)."""
    p = case.proposals[proposal_id]
    groups = copy_groups(case) if groups is None else groups
    members = groups.get(p.document)
    if not members:
        return []
    index = _index(case, groups) if index is None else index
    return [
        q.id
        for other in members
        if other != p.document
        for q in index.get((other, p.page, p.entity.value, p.text), [])
        if _same_place(p, q)
    ]


def with_copies(case: Case, proposal_ids: Iterable[str]) -> list[str]:
    """`proposal_ids` and, after them, their copies that are still open (no repeats)."""
    ids = list(dict.fromkeys(proposal_ids))
    groups = copy_groups(case)
    if not groups:
        return ids
    index = _index(case, groups)
    states = case.states()
    chosen = set(ids)
    extra: list[str] = []
    for pid in ids:
        if pid not in case.proposals:
            continue
        for c in copies_of(case, pid, groups, index):
            if c not in chosen and states.get(c) is State.OPEN:
                chosen.add(c)
                extra.append(c)
    return ids + extra
