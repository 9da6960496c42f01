"""The review session: the state of one review, without Qt.

The desktop app is a few views over one `ReviewSession` (napari's pattern: a plain model with
events, widgets that show it). The session holds what the case handler is looking at (case,
folder, user, legal bases, the document and page shown, the selected proposal or manual
redaction) and answers the questions the views ask: what to draw on a page, why the selected
proposal was made, what a button acts on, where the next open proposal is, whether undo and redo
are possible. Every decision still goes through `services.review` (appended to the log and
fsynced before it counts); the session then tells its listeners through plain callbacks.

Texts here are Danish data (detector reasons, the names of what found a proposal); the views
word the rest and translate it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from redact.core.case import Case, State
from redact.core.decision import Action, Decision
from redact.core.entity import Entity
from redact.core.errors import RedactError
from redact.core.geometry import Box
from redact.core.legal import PERSONAL_DATA, LegalBasis, citation_of, label_of, suggested_basis
from redact.core.text import LINE_SHRINK
from redact.services import decisions, duplicates, legal, rendering, review, search

# ----------------------------------------------------------------------------------------------
# Events


class Event:
    """A plain callback list: `connect` a function, `emit` calls each with the arguments."""

    def __init__(self) -> None:
        self._listeners: list[Callable[..., object]] = []

    def connect(self, listener: Callable[..., object]) -> None:
        self._listeners.append(listener)

    def emit(self, *args: object) -> None:
        for listener in list(self._listeners):
            listener(*args)


# ----------------------------------------------------------------------------------------------
# What the views show


class Look(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHHELD = "withheld"  # a whole page left out of the release: grey, with the basis label


# duplicates: shaped like search.Occurrence: a view record of what the page view draws, kept apart.
@dataclass(frozen=True, slots=True)
class Overlay:
    """What the page view draws for one proposal, manual redaction or withheld page."""

    id: str
    page: int
    boxes: tuple[Box, ...]
    entity: Entity
    look: Look
    label: str = ""
    basis: str = ""  # the code of the legal basis
    text: str = ""  # the text under the boxes (for the tooltip)
    state: State | None = None  # proposals only
    whole_document: bool = False  # withheld pages only: the whole document is withheld
    tooltip: str = ""  # worded by the view


# Proposal boxes are cut to the middle band of the line (MuPDF removes every character a box
# touches). On screen that band leaves the tops and tails of letters (Å, j, g) uncovered, most
# visibly on Word documents, whose fonts report tight boxes: the view draws the full line height
# again and a little more. The export still uses the stored, narrower box.
REVIEW_MARGIN = 0.15


def review_box(box: Box) -> Box:
    """The box as drawn while reviewing: the full line (undoing LINE_SHRINK) plus REVIEW_MARGIN."""
    full = box.height / (1 - 2 * LINE_SHRINK)
    grow = (full - box.height) / 2 + full * REVIEW_MARGIN
    return Box(box.x0, box.y0 - grow, box.x1, box.y1 + grow)


# What found a proposal, in words a case handler knows (the detector ids are stored in case files
# and the audit trail, and stay as they are).
FINDERS: dict[str, str] = {
    "CprRecognizer": "mønster for CPR-numre",
    "NorwegianIdRecognizer": "mønster for norske fødselsnumre",
    "SwedishIdRecognizer": "mønster for svenske personnumre",
    "DanishPhoneRecognizer": "mønster for telefonnumre",
    "NordicPhoneRecognizer": "mønster for norske og svenske telefonnumre",
    "EmailRecognizer": "mønster for e-mailadresser",
    "BankAccountRecognizer": "mønster for kontonumre",
    "IbanRecognizer": "mønster for IBAN-numre",
    "PlateRecognizer": "mønster for nummerplader",
    "NerDetector": "genkendelse af navne i teksten",
    "ner": "genkendelse af navne i teksten",
    "NameRuleDetector": "navnelister og regler for navne",
    "names": "navnelister og regler for navne",
    "AddressDetector": "regler for adresser og postnumre",
    "address": "regler for adresser og postnumre",
    "SensitiveTermsDetector": "ordliste over følsomme oplysninger",
    "ContextIdDetector": "nummer efter et ledeord (fx patientnr.)",
    "Konsistens": "samme navn eller nummer er fundet andetsteds i sagen",
}
_MODEL_LABEL = re.compile(r"\s*\((?:PER|LOC|ORG|MISC|GPE)\)")


def finder_name(detector: str) -> str:
    """What found a proposal, said so a case handler understands it."""
    if detector in FINDERS:
        return FINDERS[detector]
    if detector.endswith("Recognizer"):
        return "mønster for numre"
    return "automatisk genkendelse"


def plain_reason(reason: str) -> str:
    """A detector's reason without the model's label codes ("sprogmodellen (PER)")."""
    text = _MODEL_LABEL.sub("", reason)
    return text.replace("sprogmodellen", "navnegenkendelsen")


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why one proposal was made, or what one manual redaction is: the "Hvorfor?" pane."""

    id: str
    manual: bool
    entity: Entity
    text: str
    citation: str
    document: str  # its title
    page: int  # 0-based
    state: State | None = None
    finder: str = ""
    score: int = 0  # per cent
    reason: str = ""
    group_mentions: int = 0
    group_documents: int = 0
    who: str = ""
    when: str = ""  # "2026-12-03 10:15"


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """A group or category selected in the list: how many proposals, in how many documents, open."""

    name: str
    proposals: int
    documents: int
    open: int


@dataclass(frozen=True, slots=True)
class Moved:
    """The review went on in another document (after an accept, a reject, or a step)."""

    from_title: str
    to_title: str
    page: int  # 0-based
    left_behind: int  # open proposals still in the document left


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a decision did, for the status line."""

    decisions: list[Decision]
    moved: Moved | None = None
    next_item: str | None = None


# ----------------------------------------------------------------------------------------------
# The session


@dataclass
class ReviewSession:
    who: str
    bases: dict[str, LegalBasis] = field(default_factory=legal.loaded_bases)
    default_basis: str = PERSONAL_DATA.code
    own_bases: tuple[Path, ...] = ()  # the authority's own files of legal bases (their suggestions too)
    case: Case | None = None
    folder: Path | None = None
    document: str | None = None
    page: int = 0
    selected: str | None = None  # a proposal or manual redaction id

    def __post_init__(self) -> None:
        self.case_changed = Event()  # (): a case was opened or created
        self.document_changed = Event()  # (doc id | None)
        self.selection_changed = Event()  # (item id | None)
        self.decided = Event()  # (decisions): the log grew; every view of the case may change

    # ------------------------------------------------------------------ opening
    @property
    def is_open(self) -> bool:
        return self.case is not None and self.folder is not None

    def open(self, path: Path) -> Case:
        case, folder = review.open_case(path)
        self.set_case(case, folder)
        return case

    def create(self, folder: Path, title: str, journal: str = "") -> Case:
        case = review.create_case(folder, title, journal)
        self.set_case(case, folder)
        return case

    def set_case(self, case: Case, folder: Path) -> None:
        case.labels = {**{code: b.label for code, b in self.bases.items()}, **case.labels}
        self.case, self.folder = case, folder
        self.document, self.page, self.selected = None, 0, None
        self.case_changed.emit()

    def set_bases(self, bases: dict[str, LegalBasis], own: tuple[Path, ...] = ()) -> None:
        """Use another list of legal bases (the authority's own file chosen in the settings): the
        picker offers it and its suggestions, and the boxes of an open case carry its labels."""
        self.bases, self.own_bases = bases, own
        if self.case is not None:
            self.case.labels = {code: b.label for code, b in bases.items()}
            self.decided.emit([])

    def _need(self) -> tuple[Case, Path]:
        if self.case is None or self.folder is None:
            raise RedactError("ingen sag er åben")
        return self.case, self.folder

    # ------------------------------------------------------------------ where we are
    def show_document(self, doc_id: str | None, page: int = 0) -> None:
        """Show a document; a selection in another document is dropped (the why pane follows)."""
        changed = doc_id != self.document
        self.document, self.page = doc_id, page
        if self.selected is not None and (where := self.location(self.selected)) is not None:
            if where[0] != doc_id:
                self.select(None)
        elif self.selected is not None:
            self.select(None)
        if changed:
            self.document_changed.emit(doc_id)

    def select(self, item_id: str | None) -> None:
        """Select a proposal or manual redaction (showing its document), or nothing."""
        if item_id is not None:
            where = self.location(item_id)
            if where is None:
                item_id = None
            elif where[0] != self.document:
                self.document, self.page = where
                self.selected = item_id
                self.document_changed.emit(self.document)
                self.selection_changed.emit(item_id)
                return
            else:
                self.page = where[1]
        if item_id != self.selected:
            self.selected = item_id
            self.selection_changed.emit(item_id)

    def location(self, item_id: str) -> tuple[str, int] | None:
        """The document and page of a proposal or manual redaction in force."""
        case = self.case
        if case is None:
            return None
        if item_id in case.proposals:
            p = case.proposals[item_id]
            return p.document, p.page
        for m in decisions.manual_redactions(case):
            if m.id == item_id:
                return m.document, m.page
        return None

    # ------------------------------------------------------------------ questions
    @property
    def can_undo(self) -> bool:
        return self.case is not None and bool(decisions.history(self.case).undo)

    @property
    def can_redo(self) -> bool:
        return self.case is not None and bool(decisions.history(self.case).redo)

    def open_counts(self) -> tuple[int, int]:
        """Open proposals in the case, and in how many documents."""
        if self.case is None:
            return 0, 0
        progress = review.document_progress(self.case).values()
        return sum(p.open for p in progress), sum(1 for p in progress if p.open)

    def label(self, code: str) -> str:
        """The box label of a legal basis: the session's list, the core's, else the code itself."""
        return label_of(code, self.bases)

    def citation(self, code: str) -> str:
        return citation_of(code, self.bases)

    def basis_choices(self, ids: Sequence[str] = (), withhold: bool = False) -> list[legal.Choice]:
        """The basis picker's lines for `ids` (proposals or manual redactions; a page or document when
        withholding): the suggestions of the shown document's country first, the one suggested for
        the category of the first id marked (a manual redaction's for MANUAL)."""
        case = self.case
        language = case.document(self.document).language if case is not None and self.document else "da"
        suggestions = legal.suggestions(language or "da", *self.own_bases)
        suggested = ""
        if not withhold:
            first = case.proposals.get(ids[0]) if case is not None and ids else None
            entity = first.entity if first is not None else Entity.MANUAL
            suggested = suggested_basis(entity, suggestions, language or "da")
        return legal.basis_choices(legal.legal_bases(self.bases), suggestions, suggested)

    def overlays(self, doc_id: str | None = None) -> list[Overlay]:
        """What the page view draws for a document: proposals, manual redactions, withheld pages."""
        case = self.case
        doc_id = doc_id or self.document
        if case is None or doc_id is None:
            return []
        states = case.states()
        bases = case.bases()
        looks = {State.OPEN: Look.OPEN, State.ACCEPTED: Look.ACCEPTED, State.REJECTED: Look.REJECTED}
        out: list[Overlay] = []
        for p in case.proposals_of(doc_id):
            state = states[p.id]
            code = bases.get(p.id, p.basis)
            boxes = tuple(review_box(b) for b in p.boxes)
            out.append(Overlay(p.id, p.page, boxes, p.entity, looks[state], self.label(code), code, p.text, state))
        for m in decisions.manual_redactions(case, doc_id):
            label = self.label(m.basis)
            out.append(Overlay(m.id, m.page, m.boxes, Entity.MANUAL, Look.ACCEPTED, label, m.basis, m.text))
        whole = case.withheld_document(doc_id)
        pages = case.document(doc_id).pages
        withheld = {p: whole for p in range(pages)} if whole else case.withheld_pages(doc_id)
        sizes = rendering.page_sizes(case, self.folder, doc_id) if withheld and self.folder is not None else []
        for page, w in sorted(withheld.items()):
            if 0 <= page < len(sizes):
                box = (Box(0.0, 0.0, sizes[page][0], sizes[page][1]),)
                oid = f"withhold:{doc_id}:{page}"
                label = self.label(w.basis)
                look = Look.WITHHELD
                out.append(Overlay(oid, page, box, Entity.MANUAL, look, label, w.basis, whole_document=bool(whole)))
        return out

    def explain(self, item_id: str | None = None) -> Explanation | None:
        """Why the selected (or given) item was proposed; None when nothing shown is selected."""
        case = self.case
        item = item_id if item_id is not None else self.selected
        if case is None or item is None:
            return None
        where = self.location(item)
        if where is None or (item_id is None and where[0] != self.document):
            return None
        title = case.document(where[0]).title
        if item in case.proposals:
            p = case.proposals[item]
            group = next((g for g in review.group_summary(case) if g.key == p.group), None)
            return Explanation(
                id=item,
                manual=False,
                entity=p.entity,
                text=p.text,
                citation=self.citation(case.bases().get(item, p.basis)),
                document=title,
                page=p.page,
                state=case.states()[item],
                finder=finder_name(p.detector),
                score=round(p.score * 100),
                reason=plain_reason(p.reason),
                group_mentions=group.mentions if group else 1,
                group_documents=group.documents if group else 1,
            )
        m = next(m for m in decisions.manual_redactions(case) if m.id == item)
        return Explanation(
            id=item,
            manual=True,
            entity=Entity.MANUAL,
            text=m.text,
            citation=self.citation(m.basis),
            document=title,
            page=m.page,
            who=m.who,
            when=m.when[:16].replace("T", " "),
        )

    def page_marks(self, doc_id: str | None = None) -> tuple[dict[int, int], set[int]]:
        """For the page thumbnails: open proposals per page, and the pages withheld."""
        case = self.case
        doc_id = doc_id or self.document
        if case is None or doc_id is None:
            return {}, set()
        states = case.states()
        open_per_page: dict[int, int] = {}
        for p in case.proposals_of(doc_id):
            if states[p.id] is State.OPEN:
                open_per_page[p.page] = open_per_page.get(p.page, 0) + 1
        if case.withheld_document(doc_id):
            return open_per_page, set(range(case.document(doc_id).pages))
        return open_per_page, set(case.withheld_pages(doc_id))

    def copies(self, doc_id: str | None = None) -> int:
        """How many other documents of the case hold the same text (copies, near copies) as this one."""
        doc = doc_id or self.document
        if self.case is None or doc is None:
            return 0
        return len(duplicates.copy_groups(self.case).get(doc, [doc])) - 1

    def group_facts(self, name: str, proposal_ids: Sequence[str]) -> GroupFacts:
        case, _ = self._need()
        states = case.states()
        ids = [i for i in proposal_ids if i in case.proposals]
        return GroupFacts(
            name,
            len(ids),
            len({case.proposals[i].document for i in ids}),
            sum(1 for i in ids if states[i] is State.OPEN),
        )

    def targets(self, proposal_ids: Iterable[str], manual_ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """What an accept/reject/basis button acts on: the rows chosen in the list, else the selection."""
        case = self.case
        if case is None:
            return [], []
        proposals = [p for p in dict.fromkeys(proposal_ids) if p in case.proposals]
        manual = list(dict.fromkeys(manual_ids))
        if not proposals and not manual and self.selected is not None:
            if self.selected in case.proposals:
                proposals = [self.selected]
            elif self.location(self.selected) is not None:
                manual = [self.selected]
        return proposals, manual

    # ------------------------------------------------------------------ deciding
    def _taken(self, decisions: list[Decision]) -> list[Decision]:
        if decisions:
            if self.selected is not None and self.location(self.selected) is None:
                self.select(None)  # an undone manual redaction is gone
            self.decided.emit(decisions)
        return decisions

    def decide(self, proposal_ids: Sequence[str], action: Action, basis: str = "") -> list[Decision]:
        case, folder = self._need()
        return self._taken(decisions.decide(case, folder, proposal_ids, action, self.who, basis))

    def decide_and_go_on(self, proposal_ids: Sequence[str], action: Action) -> Outcome:
        """Accept or reject, then select the next open proposal (saying so if it is in another document)."""
        case, _ = self._need()
        current = self.selected
        taken = self.decide(proposal_ids, action)
        if not proposal_ids:
            return Outcome(taken)
        # after one mention: the next one in reading order; after a group or category (nothing
        # selected): the first open one of the document shown, so the view stays where it is
        moved, nxt = self.step(after=current if current in case.proposals else None)
        return Outcome(taken, moved, nxt)

    def step(self, backwards: bool = False, after: str | None = None) -> tuple[Moved | None, str | None]:
        """Select the next (previous) open proposal; where it went, if that is another document."""
        case, _ = self._need()
        if after is None:
            after = self.selected if self.selected in case.proposals else None
        nxt = review.next_open(case, after, backwards=backwards, document=self.document)
        if nxt is None:
            return None, None
        shown = self.document
        target = case.proposals[nxt]
        moved = None
        if shown is not None and target.document != shown:
            states = case.states()
            left = sum(1 for p in case.proposals_of(shown) if states[p.id] is State.OPEN)
            moved = Moved(case.document(shown).title, case.document(target.document).title, target.page, left)
        self.select(nxt)
        return moved, nxt

    def set_basis(self, ids: Sequence[str], basis: str) -> list[Decision]:
        case, folder = self._need()
        return self._taken(decisions.set_basis(case, folder, ids, basis, self.who))

    def remove_manual(self, manual_ids: Sequence[str]) -> list[Decision]:
        case, folder = self._need()
        taken: list[Decision] = []
        for mid in manual_ids:
            taken += decisions.remove_manual(case, folder, mid, self.who)
        return self._taken(taken)

    def redact_area(self, doc_id: str, page: int, boxes: Sequence[Box], text: str, basis: str = "") -> Decision:
        case, folder = self._need()
        d = decisions.manual_redaction(
            case, folder, doc_id, page, list(boxes), text, self.who, basis or self.default_basis
        )
        self._taken([d])
        self.select(d.manual)
        return d

    def redact_occurrences(self, occurrences: list[search.Occurrence], basis: str = "") -> list[Decision]:
        case, folder = self._need()
        return self._taken(
            decisions.redact_occurrences(case, folder, occurrences, self.who, basis or self.default_basis)
        )

    def withhold(self, doc_id: str, page: int, basis: str) -> list[Decision]:
        """Leave a document (page -1) or one page of it out of the release, as `redact withhold`."""
        case, folder = self._need()
        if page >= 0:
            d = decisions.withhold_page(case, folder, doc_id, page, basis, self.who, self.bases)
        else:
            d = decisions.withhold_document(case, folder, doc_id, basis, self.who, self.bases)
        return self._taken([d])

    def undo(self) -> list[Decision]:
        """Take back the last action and show what it touched; returns the decisions taken back."""
        case, folder = self._need()
        undone = decisions.undo_last(case, folder, self.who)
        self._taken(undone)
        self._show(undone)
        return undone

    # duplicates: mirrors undo() above in five lines; a shared helper would hide which log call each makes.
    def redo(self) -> list[Decision]:
        case, folder = self._need()
        again = decisions.redo(case, folder, self.who)
        self._taken(again)
        self._show(again)
        return again

    def _show(self, decisions: list[Decision]) -> None:
        """After undo/redo: show the first proposal, manual redaction or withheld page touched."""
        case = self.case
        if case is None:
            return
        for d in decisions:
            if d.proposal in case.proposals or (d.action is Action.MANUAL and self.location(d.manual)):
                self.select(d.subject)
                return
            if d.document and d.action in (Action.MANUAL, Action.WITHHOLD_DOCUMENT, Action.WITHHOLD_PAGE):
                self.show_document(d.document, max(d.page, 0))
                return


# ----------------------------------------------------------------------------------------------
# Search presets: the usual Danish identifiers, as patterns for "search and redact" (Acrobat's
# "Find text to redact" offers the same for its own locale).


@dataclass(frozen=True, slots=True)
class SearchPreset:
    name: str
    pattern: str  # a regular expression for search.find_occurrences(regex=True)


SEARCH_PRESETS: tuple[SearchPreset, ...] = (
    SearchPreset("CPR-numre", r"(?<!\d)[0-3]\d[01]\d\d\d[- ]?\d{4}(?!\d)"),
    SearchPreset("Telefonnumre", r"(?<![\d+])(?:(?:\+|00)45[ ]?)?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}(?!\d)"),
    SearchPreset("E-mailadresser", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    SearchPreset("Kontonumre (reg.nr. og konto)", r"(?<!\d)\d{4}[ -]\d{6,10}(?!\d)"),
)
