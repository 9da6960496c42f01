"""The language of a case's documents: the case language, and the case handler changing one.

Detection runs per document in the document's language (services.processing); when the detector
got it wrong, the case handler sets it, and the document's open proposals are made again with the
right language's lists, lexicon, model and legal bases. Proposals someone has already decided on
stay as they are: the decision log refers to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from redact.core.case import Case
from redact.core.consistency import NameIndex
from redact.core.detector import Detector
from redact.core.errors import UsageError
from redact.core.keeplist import KeepList
from redact.core.language import DEFAULT, family, normalise
from redact.core.proposal import Proposal
from redact.services.cases import _add_proposals
from redact.services.processing import DocResult, detect_pdf
from redact.store.casefile import save_case


@dataclass(frozen=True)
class LanguageChange:
    removed: int
    added: int


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
) -> LanguageChange:
    """Set a document's language and detect it again in that language; saved at once."""
    code = normalise(language)
    try:
        document = case.document(doc_id)
    except KeyError as exc:
        raise UsageError(f"sagen har intet dokument {doc_id!r}") from exc
    if not document.normalized:
        raise UsageError(f"dokument {doc_id} kunne ikke læses og har intet sprog at rette")
    decided = {d.proposal for d in case.decisions}
    stale = [pid for pid, p in case.proposals.items() if p.document == doc_id and pid not in decided]
    for pid in stale:
        del case.proposals[pid]
    pages, empty, found, text, _ocr_pages, _ = detect_pdf(folder / document.normalized, detectors(), code)
    found = [
        pf
        for pf in found
        if Proposal.make_id(doc_id, pf.page, pf.finding.start, pf.finding.end, pf.finding.entity.value)
        not in case.proposals
    ]
    updated = replace(document, language=code, language_set_by_user=True)
    case.documents[case.documents.index(document)] = updated
    result = DocResult(document.title, folder / document.normalized, document.converter, pages, empty, found, text)
    before = len(case.proposals)
    _add_proposals(case, updated, result, keep_list or KeepList(), NameIndex(()))
    save_case(case, folder)
    return LanguageChange(removed=len(stale), added=len(case.proposals) - before)
