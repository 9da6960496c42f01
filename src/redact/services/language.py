"""The language of a case's documents: the case language, and the case handler changing one.

Detection runs per document in the document's language (services.processing); when the detector
got it wrong, the case handler sets it, and the document's open proposals are made again with the
right language's lists, lexicon, model and legal bases. Proposals someone has already decided on
stay as they are: the decision log refers to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from redact.core.case import Case, LanguageSwap, State
from redact.core.consistency import EXACT_ENTITIES, Mention, NameIndex, canonical, propagate, propagate_exact
from redact.core.decision import Reject, SetLanguage
from redact.core.detector import Detector
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.geometry import Box
from redact.core.keeplist import KeepList
from redact.core.language import DEFAULT, family, normalise
from redact.core.progress import NullProgress, Progress
from redact.core.proposal import Proposal
from redact.core.text import PageText
from redact.pdf.extract import read_pages
from redact.services.cases import (
    PROPAGATE_MIN_SCORE,
    PUBLIC_ROLE_WHO,
    _add_proposals,
    _persons,
    _public_owner,
    _spreadable,
    current_user,
)
from redact.services.decisions import record_action
from redact.services.duplicates import with_copies
from redact.services.processing import DocResult, PageFinding, detect_pdf
from redact.store.casefile import save_case
from redact.store.textindex import read_text_index

Placed = dict[tuple[str, int], list[Box]]  # the boxes of the case's proposals on each (document, page)

# What the consistency pass writes as a proposal's detector: such a mention makes no new person.
SPREAD = "Konsistens"


@dataclass(frozen=True)
class LanguageChange:
    removed: int  # open proposals of the document made again
    added: int  # new proposals in the document
    elsewhere: int = 0  # new proposals in the case's other documents (the consistency pass)


def case_language(case: Case) -> str:
    """The language most of the case's documents are in (Danish for an empty case): it chooses the
    legal bases, the document list and the letter of the release package."""
    counts = Counter(d.language or DEFAULT for d in case.documents if d.pages)
    if not counts:
        return DEFAULT
    return max(sorted(counts), key=lambda code: counts[code])


def case_family(case: Case) -> str:
    return family(case_language(case))


def set_document_language(
    case: Case,
    folder: Path,
    doc_id: str,
    language: str,
    detectors: Callable[[], list[Detector]],
    keep_list: KeepList | None = None,
    who: str = "",
) -> LanguageChange:
    """Set a document's language, detect it again in that language and run the case-wide
    consistency pass; saved at once. (The app runs the two halves apart: `redetect` in a worker,
    `apply_language` where the case lives.)"""
    code = normalise(language)
    document = _readable(case, doc_id)
    result = redetect(folder / document.normalized, code, detectors)
    return apply_language(case, folder, doc_id, code, result, keep_list, who)


def redetect(
    pdf: Path, language: str, detectors: Callable[[], list[Detector]], progress: Progress | None = None
) -> DocResult:
    """Read and detect one document in `language`; touches no case (it may run in another process)."""
    progress = progress or NullProgress()
    progress.start(1, pdf.name)
    pages, empty, found, text, ocr_pages, code = detect_pdf(pdf, detectors(), normalise(language))
    progress.advance(1, pdf.name)
    progress.finish()
    return DocResult(pdf.stem, pdf, "", pages, empty, found, text, ocr_pages=ocr_pages, language=code)


def apply_language(
    case: Case,
    folder: Path,
    doc_id: str,
    language: str,
    result: DocResult,
    keep_list: KeepList | None = None,
    who: str = "",
) -> LanguageChange:
    """Give the document `language` and the proposals of `result` (its detection in that language)
    in place of its open ones, then spread its persons and identifiers through the case and the
    case's into it, as the batch does; saved at once. Decided proposals stay.

    The change is a decision of `who` in the log like any other, so undo takes it back (the
    earlier language and open proposals return) and redo makes it again (`Case.sync_languages`):
    the case file keeps what the change took out and made, the log says which is in force."""
    code = normalise(language)
    document = _readable(case, doc_id)
    keep = keep_list or KeepList()
    decided = {d.proposal for d in case.decisions}
    stale = [pid for pid, p in case.proposals.items() if p.document == doc_id and pid not in decided]
    before = tuple(case.proposals.pop(pid) for pid in stale)
    updated = replace(document, language=code, language_set_by_user=True)
    case.documents[case.documents.index(document)] = updated
    earlier = dict(case.proposals)
    total = len(case.proposals)
    own_before = {pid for pid, p in case.proposals.items() if p.document == doc_id}
    in_office = _consistency(case, folder, updated, replace(result, title=document.title), keep)
    after = tuple(p for pid, p in case.proposals.items() if earlier.get(pid) is not p)
    # a proposal the pass wrote anew in place of one the case had (it never does today) comes back on undo
    before += tuple(p for pid, p in earlier.items() if case.proposals.get(pid, p) is not p)
    seq = case.next_seq()
    swap = LanguageSwap(seq, doc_id, code, document.language or DEFAULT, document.language_set_by_user, before, after)
    case.language_swaps.append(swap)
    save_case(case, folder)  # what the change made, first: a log entry never points at nothing
    states = case.states()
    # As the batch does, persons in office are shown, grouped, but not blacked out unless the
    # handler says so: the tool's rejections are part of the change, undone with it.
    office = [(PUBLIC_ROLE_WHO, Reject(pid)) for pid in with_copies(case, in_office) if states.get(pid) is State.OPEN]
    record_action(case, folder, who or current_user(), [SetLanguage(doc_id, code)], office)
    added = sum(1 for pid, p in case.proposals.items() if p.document == doc_id and pid not in own_before)
    return LanguageChange(removed=len(stale), added=added, elsewhere=len(case.proposals) - total - added)


def _readable(case: Case, doc_id: str) -> Document:
    try:
        document = case.document(doc_id)
    except KeyError as exc:
        raise UsageError(f"sagen har intet dokument {doc_id!r}") from exc
    if not document.normalized:
        raise UsageError(f"dokument {doc_id} kunne ikke læses og har intet sprog at rette")
    return document


def _consistency(case: Case, folder: Path, document: Document, result: DocResult, keep: KeepList) -> list[str]:
    """The batch's case-wide pass for one document detected again: the persons and identifiers of
    its new findings are proposed wherever else they occur in the case, and those the case's other
    documents hold (open or accepted) wherever they occur in it; a name seen in office anywhere
    groups the mentions of it. Returns the new proposals of persons acting in office."""
    states = case.states()
    elsewhere = [
        p for p in case.proposals.values() if p.document != document.id and states.get(p.id) is not State.REJECTED
    ]
    new_persons, public = _persons([(document, result)], keep)
    office = {d.proposal for d in case.decisions if d.who == PUBLIC_ROLE_WHO}
    for pid in office:
        p = case.proposals.get(pid)
        if p is not None and p.document != document.id:
            public.setdefault(canonical(p.text), p.reason)
    officials, nobody = NameIndex(public), NameIndex(())
    new_persons = {n for n in new_persons if not _public_owner(n, officials, nobody)}
    old_persons = {
        canonical(p.text)
        for p in elsewhere
        if p.entity is Entity.PERSON and p.detector != SPREAD and p.score >= PROPAGATE_MIN_SCORE
    }
    old_persons = {n for n in old_persons if _spreadable(n) and not _public_owner(n, officials, nobody)}
    new_ids = _identifiers((pf.finding.entity, pf.finding.text) for pf in result.findings)
    new_ids = [i for i in new_ids if not keep.keeps(i[1], i[0])]
    old_ids = _identifiers((p.entity, p.text) for p in elsewhere)
    persons = new_persons | old_persons
    placed: Placed = {}
    for p in case.proposals.values():
        placed.setdefault((p.document, p.page), []).extend(p.boxes)

    # into this document: its own findings' places are taken
    pages = {document.id: _pages(folder, document, result)}
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for pf in result.findings:
        taken.setdefault((document.id, pf.page), []).append((pf.finding.start, pf.finding.end))
    mentions = propagate(persons, pages, taken, spread_part=_spreadable)
    for m in mentions:
        taken.setdefault((m.document, m.page), []).append((m.finding.start, m.finding.end))
    mentions += propagate_exact([*new_ids, *old_ids], pages, taken)
    by_page = {pt.page: pt for pt in pages[document.id]}
    findings = [pf for pf in result.findings if _free(case, placed, document.id, pf)]
    findings += _page_findings(case, placed, document.id, mentions, by_page)
    in_office = _add_proposals(case, document, replace(result, findings=findings), keep, NameIndex(persons), officials)

    # into the others: only what this document brought (theirs were spread when the case was built)
    if not new_persons and not new_ids:
        return in_office
    for other in case.documents:
        if other.id == document.id or other.status is Status.FAILED or not other.normalized:
            continue
        other_pages = {other.id: _pages(folder, other, None)}
        found = propagate(new_persons, other_pages, {}, spread_part=_spreadable)
        found += propagate_exact(new_ids, other_pages, {})
        spread = _page_findings(case, placed, other.id, found, {pt.page: pt for pt in other_pages[other.id]})
        if spread:
            text = "\n".join(pt.text for pt in other_pages[other.id])
            extra = DocResult(other.title, folder / other.normalized, other.converter, other.pages, (), spread, text)
            in_office += _add_proposals(case, other, extra, keep, NameIndex(persons), officials)
    return in_office


def _identifiers(items: Iterable[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    return list(dict.fromkeys((entity, text) for entity, text in items if entity in EXACT_ENTITIES))


def _pages(folder: Path, document: Document, result: DocResult | None) -> list[PageText]:
    """A document's pages as read when it was detected (OCR text included), from the case's text
    index; from the PDF (without OCR) for a case from before the index."""
    pdf = folder / document.normalized
    index = read_text_index(pdf)
    if index is not None:
        return [index.page(n) for n in range(len(index))]
    pages = read_pages(pdf, ocr=False)
    return [result.ocr_pages.get(pt.page, pt) for pt in pages] if result is not None else pages


def _page_findings(
    case: Case,
    placed: Placed,
    doc_id: str,
    mentions: list[Mention],
    pages: dict[int, PageText],
) -> list[PageFinding]:
    out: list[PageFinding] = []
    for m in mentions:
        boxes = tuple(pages[m.page].boxes_for(m.finding.start, m.finding.end))
        pf = PageFinding(m.page, m.finding, boxes)
        if boxes and _free(case, placed, doc_id, pf):
            out.append(pf)
    return out


def _free(case: Case, placed: Placed, doc_id: str, pf: PageFinding) -> bool:
    """No proposal of the case (any state) is at this place yet: the same one (its id) or one
    whose boxes it overlaps (`placed`: the boxes of the proposals there; a decided proposal keeps its place)."""
    f = pf.finding
    if Proposal.make_id(doc_id, pf.page, f.start, f.end, f.entity.value) in case.proposals:
        return False
    return not any(a.intersects(b) for a in placed.get((doc_id, pf.page), ()) for b in pf.boxes)
