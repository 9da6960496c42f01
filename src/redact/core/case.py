"""A case: one access request, its documents, proposals and the decisions taken on them.

Decisions are never edited: the current state of a proposal is computed from the log, so the
audit trail and the state can never disagree, and undo is just another log entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.geometry import Box
from redact.core.legal import PERSONAL_DATA, label_of
from redact.core.proposal import Proposal


class State(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Disclosure(StrEnum):
    """How much of a document the requester gets, as the aktliste says it."""

    FULL = "full"
    PARTIAL = "partial"
    WITHHELD = "withheld"
    NOT_PROCESSED = "not_processed"  # the file could not be read: the case handler must decide by hand


DISCLOSURE_NAMES: dict[Disclosure, str] = {
    Disclosure.FULL: "Fuld aktindsigt",
    Disclosure.PARTIAL: "Delvis aktindsigt",
    Disclosure.WITHHELD: "Undtaget",
    Disclosure.NOT_PROCESSED: "Ikke behandlet",
}


@dataclass(frozen=True, slots=True)
class Withholding:
    """A whole document (page -1) or one page of it left out of the release, and why."""

    document: str
    page: int  # 0-based; -1 for the whole document
    basis: str  # LegalBasis.code
    seq: int  # the decision that withheld it (undo it to release again)


@dataclass(frozen=True, slots=True)
class LanguageSwap:
    """What a change of a document's language did, so undo and redo can do it again either way.

    The decision (Action.LANGUAGE, sequence number `seq`) is in the log; the proposals are not (the
    log holds no redacted text): `before` are the document's open proposals the change took out,
    `after` those it made (in the document and, by the consistency pass, in others). `applied` says
    whether the case's proposals are in the state after the change; `Case.sync_languages` makes it
    agree with the log.
    """

    seq: int
    document: str
    language: str
    previous: str
    previous_set_by_user: bool
    before: tuple[Proposal, ...]
    after: tuple[Proposal, ...]
    applied: bool = True


# duplicates: shaped like search.Occurrence and session.Overlay, but a core record of what an export blacks out: kept.
@dataclass(frozen=True, slots=True)
class Redaction:
    """An area to black out in an export, with the label drawn on it and the text it hides."""

    document: str
    page: int
    boxes: tuple[Box, ...]
    text: str
    label: str
    source: str  # proposal id or manual id
    whole_area: bool = False  # drawn by the case handler: everything inside goes


# Document ids, proposal ids in reading order, proposals by document, and how many proposals there were.
_Arranged = tuple[tuple[str, ...], list[str], dict[str, list[Proposal]], int]


@dataclass
class Case:
    title: str
    journal: str = ""
    documents: list[Document] = field(default_factory=list)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    tool_version: str = ""
    model_version: str = ""
    # Box labels of the legal bases in use (code -> label), from the loaded list; not saved in the
    # case file. Codes missing here fall back to core.legal.BASES, then to the code itself.
    labels: dict[str, str] = field(default_factory=dict)
    # Language changes, in log order, with the proposals each took out and made (see LanguageSwap).
    language_swaps: list[LanguageSwap] = field(default_factory=list)
    # The last answers of effective() and states(), with the log they were computed from: a key
    # press in the app asks them several times over a log of tens of thousands of decisions.
    _effective_memo: tuple[tuple[int, int, int], tuple[Decision, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _states_memo: tuple[tuple[int, int, int], dict[str, State]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # The reading order and each document's proposals, with the documents they were made for.
    _order_memo: _Arranged | None = field(default=None, init=False, repr=False, compare=False)
    _bases_memo: tuple[tuple[int, int, int], _Arranged, dict[str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _withheld_memo: tuple[tuple[int, int, int], tuple[Withholding, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _log_key(self) -> tuple[int, int, int]:
        """Changes whenever the log does (it is only ever appended to)."""
        last = self.decisions[-1] if self.decisions else None
        return (len(self.decisions), last.seq if last else 0, id(last))

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def proposals_of(self, doc_id: str) -> list[Proposal]:
        return list(self._arranged()[2].get(doc_id, ()))

    def review_order(self) -> list[str]:
        """Proposal ids in reading order: document by document, page by page, top to bottom."""
        return list(self._arranged()[1])

    def _arranged(self) -> _Arranged:
        """The reading order and the proposals by document, made again only when the documents or
        proposals changed: a key press in the app asks for them over tens of thousands of proposals."""
        docs = tuple(d.id for d in self.documents)
        memo = self._order_memo
        # The same number of proposals, each of them still there: the same proposals.
        if (
            memo is not None
            and memo[0] == docs
            and memo[3] == len(self.proposals)
            and all(self.proposals.get(p.id) is p for ps in memo[2].values() for p in ps)
        ):
            return memo
        index = {d: k for k, d in enumerate(docs)}
        by_doc: dict[str, list[Proposal]] = {}
        for p in self.proposals.values():
            by_doc.setdefault(p.document, []).append(p)

        def key(p: Proposal) -> tuple[int, int, float, float]:
            first = p.boxes[0] if p.boxes else Box(0, 0, 0, 0)
            return (index.get(p.document, len(index)), p.page, round(first.y0 / 4), first.x0)

        order = [p.id for p in sorted((p for p in self.proposals.values() if p.document in index), key=key)]
        self._order_memo = (docs, order, by_doc, len(self.proposals))
        return self._order_memo

    def next_seq(self) -> int:
        return (self.decisions[-1].seq + 1) if self.decisions else 1

    def effective(self) -> list[Decision]:
        """The decisions in force, in log order: not undone (an undo can itself be undone: the walk
        goes from the end so the last word wins). Every question about the case starts here."""
        key = self._log_key()
        if self._effective_memo is not None and self._effective_memo[0] == key:
            return list(self._effective_memo[1])
        result = self._effective()
        self._effective_memo = (key, tuple(result))
        return result

    def _effective(self) -> list[Decision]:
        effective: list[Decision] = []
        cancelled: set[int] = set()
        for d in reversed(self.decisions):
            if d.seq in cancelled:
                continue
            if d.action is Action.UNDO:
                cancelled.add(d.target)
                continue
            effective.append(d)
        return list(reversed(effective))

    def sync_languages(self) -> bool:
        """Make the documents' languages and proposals what the log says: a language change taken
        back by undo gives the document its earlier language and open proposals again, one made
        again by redo the later ones; a change the log does not hold (the process stopped between
        saving the case and writing the log) is taken back. Returns whether anything changed."""
        if not self.language_swaps:
            return False
        by_seq = {d.seq: d for d in self.decisions}
        in_force = {d.seq for d in self.effective() if d.action is Action.LANGUAGE}

        def wanted(s: LanguageSwap) -> bool:
            d = by_seq.get(s.seq)
            return s.seq in in_force and d is not None and d.document == s.document and d.language == s.language

        changed = False
        swaps = self.language_swaps
        for k in reversed(range(len(swaps))):  # the latest first, as they were made
            if swaps[k].applied and not wanted(swaps[k]):
                self._swap(swaps[k].after, swaps[k].before, swaps[k].document, swaps[k].previous)
                if not swaps[k].previous_set_by_user:
                    self._set_language(swaps[k].document, swaps[k].previous, by_user=False)
                swaps[k] = replace(swaps[k], applied=False)
                changed = True
        for k, s in enumerate(swaps):
            if not s.applied and wanted(s):
                self._swap(s.before, s.after, s.document, s.language)
                swaps[k] = replace(s, applied=True)
                changed = True
        known = set(by_seq)
        self.language_swaps = [s for s in swaps if s.applied or s.seq in known]
        return changed

    def _swap(self, out: tuple[Proposal, ...], back: tuple[Proposal, ...], doc_id: str, language: str) -> None:
        for p in out:
            self.proposals.pop(p.id, None)
        for p in back:
            self.proposals[p.id] = p
        self._set_language(doc_id, language, by_user=True)

    def _set_language(self, doc_id: str, language: str, by_user: bool) -> None:
        for k, d in enumerate(self.documents):
            if d.id == doc_id:
                self.documents[k] = replace(d, language=language, language_set_by_user=by_user)

    def states(self) -> dict[str, State]:
        key = self._log_key()
        memo = self._states_memo
        # proposals added or removed since: computed anew
        if memo is not None and memo[0] == key and memo[1].keys() == self.proposals.keys():
            return dict(memo[1])
        result = self._states()
        self._states_memo = (key, dict(result))
        return result

    def _states(self) -> dict[str, State]:
        result = {pid: State.OPEN for pid in self.proposals}
        for d in self.effective():
            if d.proposal in result and d.action in (Action.ACCEPT, Action.REJECT):
                result[d.proposal] = State.ACCEPTED if d.action is Action.ACCEPT else State.REJECTED
        return result

    def bases(self) -> dict[str, str]:
        """The legal basis in force for each proposal or manual redaction."""
        key, arranged = self._log_key(), self._arranged()
        memo = self._bases_memo
        if memo is not None and memo[0] == key and memo[1] is arranged:
            return dict(memo[2])
        result = self._bases()
        self._bases_memo = (key, arranged, dict(result))
        return result

    def _bases(self) -> dict[str, str]:
        result = {pid: p.basis for pid, p in self.proposals.items()}
        for d in self.effective():
            if d.basis and (d.proposal in result or d.manual):
                result[d.subject] = d.basis
        return result

    def redactions(self, doc_id: str) -> list[Redaction]:
        """Every accepted proposal and manual redaction of a document: what an export blacks out."""
        return self._redactions(doc_id).get(doc_id, [])

    def redactions_by_document(self) -> dict[str, list[Redaction]]:
        """`redactions` of every document at once, by document id (a document with none is left out).

        Whoever goes through every document asks this once: each answer walks every proposal and
        decision of the case, so asking document by document grew with documents times proposals
        (the export of a 10,000-page request stood still for many minutes on one core).
        """
        return self._redactions(None)

    def _redactions(self, only: str | None) -> dict[str, list[Redaction]]:
        """The redactions of document `only`, or of every document (None)."""
        states = self.states()
        bases = self.bases()
        by_doc = self._arranged()[2]
        out: dict[str, list[Redaction]] = {}
        for doc_id in by_doc if only is None else [only]:
            for p in by_doc.get(doc_id, ()):
                if states[p.id] is State.ACCEPTED:
                    label = label_of(bases.get(p.id, p.basis), labels=self.labels)
                    out.setdefault(doc_id, []).append(Redaction(doc_id, p.page, p.boxes, p.text, label, p.id))
        for d in self.effective():
            if d.action is Action.MANUAL and (only is None or d.document == only):
                label = label_of(bases.get(d.manual, d.basis), labels=self.labels)
                redaction = Redaction(d.document, d.page, d.boxes, d.text, label, d.manual, whole_area=True)
                out.setdefault(d.document, []).append(redaction)
        return out

    def withholdings(self) -> list[Withholding]:
        """Documents and pages left out of the release as the log stands; an undo releases them again.

        Kept with the log it was made from: it is asked for every document of a package (released
        pages, withheld pages), and walking the whole log each time grew with documents times decisions."""
        key = self._log_key()
        if self._withheld_memo is None or self._withheld_memo[0] != key:
            self._withheld_memo = (key, tuple(self._withholdings()))
        return list(self._withheld_memo[1])

    def _withholdings(self) -> list[Withholding]:
        found: dict[tuple[str, int], Withholding] = {}
        for d in self.effective():
            if d.action is Action.WITHHOLD_DOCUMENT:
                found[(d.document, -1)] = Withholding(d.document, -1, d.basis, d.seq)
            elif d.action is Action.WITHHOLD_PAGE:
                found[(d.document, d.page)] = Withholding(d.document, d.page, d.basis, d.seq)
        return list(found.values())

    def withheld_document(self, doc_id: str) -> Withholding | None:
        """The withholding of the whole document, if any."""
        return next((w for w in self.withholdings() if w.document == doc_id and w.page < 0), None)

    def withheld_pages(self, doc_id: str) -> dict[int, Withholding]:
        """Single pages of the document that are withheld, by 0-based page number."""
        return {w.page: w for w in self.withholdings() if w.document == doc_id and w.page >= 0}

    def released_pages(self, doc_id: str) -> list[int]:
        """The 0-based pages of the document that go out: none if it is withheld or could not be read."""
        doc = self.document(doc_id)
        if doc.status is not Status.READY or self.withheld_document(doc_id):
            return []
        withheld = self.withheld_pages(doc_id)
        return [p for p in range(doc.pages) if p not in withheld]

    def disclosure(self, doc_id: str) -> Disclosure:
        doc = self.document(doc_id)
        if doc.status is not Status.READY:
            return Disclosure.NOT_PROCESSED
        released = self.released_pages(doc_id)
        if not released:
            return Disclosure.WITHHELD
        if len(released) < doc.pages or any(r.page in released for r in self.redactions(doc_id)):
            return Disclosure.PARTIAL
        return Disclosure.FULL

    def bases_used(self, doc_id: str) -> list[str]:
        """The legal bases (codes) applied to a document, in order of first use: whole document, pages, boxes."""
        used: list[str] = []
        whole = self.withheld_document(doc_id)
        if whole:
            return [whole.basis]
        for _, w in sorted(self.withheld_pages(doc_id).items()):
            used.append(w.basis)
        withheld = self.withheld_pages(doc_id)
        bases = self.bases()
        for r in self.redactions(doc_id):
            if r.page not in withheld:
                used.append(bases.get(r.source, "") or PERSONAL_DATA.code)
        return list(dict.fromkeys(u for u in used if u))
