"""Creating a case from a request's files, taking decisions on it, and exporting it."""

from __future__ import annotations

import functools
import getpass
import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from redact import __version__
from redact.core.case import Case, State
from redact.core.consistency import (
    EXACT_ENTITIES,
    NameIndex,
    canonical,
    forget_patterns,
    group_name,
    identifier_search,
    name_parts,
    person_search,
    propagate_identifiers,
    propagate_persons,
)
from redact.core.decision import Action
from redact.core.detector import Detector
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import ExitCode
from redact.core.finding import Finding, Role
from redact.core.keeplist import KeepList
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.core.proposal import Proposal, group_key
from redact.core.text import PageText
from redact.detect.evidence import name_evidence
from redact.detect.mentions import AutomatonFinder
from redact.detect.roles import load_role_words
from redact.pdf.extract import read_pages
from redact.services import legal
from redact.services.decisions import decide
from redact.services.duplicates import group_copies
from redact.services.processing import (
    DocResult,
    FileResult,
    FileTask,
    PageFinding,
    init_worker,
    preload_worker_detectors,
    process_file,
    process_file_in_worker,
)
from redact.services.readahead import detect_read_ahead, read_ahead
from redact.services.resume import open_journal
from redact.services.sources import Source, fit_name
from redact.services.worker import CallsOnDemand, forks_workers, in_processes, largest_first, loaded_kept, loading
from redact.store.casefile import WORK_DIR, save_case
from redact.store.textindex import read_text_index


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt"


def _sha256(path: Path) -> str:
    """The original's fingerprint; "" when it cannot be read (its failure is reported already)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


@dataclass
class Failure:
    file: str
    error: str
    code: ExitCode = ExitCode.INPUT_FAILED  # what kind of failure: a file that could not be read, or an export


def exit_code(failures: Iterable[Failure]) -> ExitCode:
    """The exit code of a run with these failures: a failed export check outweighs an unreadable file."""
    codes = {f.code for f in failures}
    for code in (ExitCode.VERIFICATION_FAILED, ExitCode.INTERNAL, ExitCode.INPUT_FAILED):
        if code in codes:
            return code
    return next(iter(codes), ExitCode.OK)


@dataclass
class BuildResult:
    case: Case
    failures: list[Failure] = field(default_factory=list)
    resumed: int = 0  # source files an earlier, stopped run had done already


# Runs file tasks somewhere (this process, a process pool, a Dask cluster) and yields each result as
# it completes, in any order; `build_case` records each one before asking for the next.
FileRunner = Callable[[list[FileTask], CancelToken], Iterator[FileResult]]


def local_runner(detectors: Callable[[], list[Detector]], jobs: int, language: str | None = None) -> FileRunner:
    """Files in this process (jobs 1) or in a pool of `jobs` processes that load the detectors once each.
    A request of one file is read in this process; its scanned pages are read by OCR in `jobs`
    processes (a large scan is most of such a request's time, and one process would leave the other
    cores idle)."""

    def run(tasks: list[FileTask], cancel: CancelToken) -> Iterator[FileResult]:
        if jobs <= 1 or len(tasks) <= 1:
            if jobs > 1 and language is None and tasks:
                # The language classifier loads while the detectors do (with one job the CLI started it).
                from redact.detect.language import load_in_background

                load_in_background()
            with ExitStack() as kept:
                first = kept.enter_context(ExitStack())
                # The detectors load on first use, in the first file (worker.loading).
                first.enter_context(loading())
                built = detectors()
                for n, (index, path, workdir, stem) in enumerate(tasks):
                    cancel.check()
                    result = process_file(index, path, workdir, stem, built, language, ocr_jobs=max(1, jobs))
                    if n == 0:  # the detectors load on first use: now they are
                        kept.enter_context(loaded_kept())  # frozen before collection resumes (worker.loading)
                        first.close()
                    yield result
            return
        sizes = [_size(task[1]) for task in tasks]  # the largest files first: no lone large file at the end
        if forks_workers():
            # One process reads the files while this one loads the detectors; the workers forked
            # after that inherit the detectors, loaded once here, and detect in the readings.
            with read_ahead(tasks, largest_first(sizes), language) as reader, ExitStack() as kept:
                with loading():  # no collection walks what is being loaded (worker.loading)
                    preload_worker_detectors(language, reading=False)
                    kept.enter_context(loaded_kept())
                calls = CallsOnDemand(len(tasks), reader.call)
                for _, fut in in_processes(detect_read_ahead, calls, jobs, cancel, sizes=sizes):
                    yield fut.result()
            return
        own = [(*task, language) for task in tasks]
        for _, fut in in_processes(process_file_in_worker, own, jobs, cancel, init_worker, sizes=sizes):
            yield fut.result()

    return run


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported as the file's failure when it is processed


def build_case(
    sources: list[Source],
    folder: Path,
    detectors: Callable[[], list[Detector]],
    keep_list: KeepList,
    title: str = "",
    journal: str = "",
    model_version: str = "",
    jobs: int = 1,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    resume: bool = False,
    runner: FileRunner | None = None,
    language: str | None = None,
    own_bases: tuple[Path, ...] = (),
) -> BuildResult:
    """Convert every source, detect, and save the case with its proposals in `folder`.

    A proposal gets the legal basis suggested for its category (`forslag:` of the bundled list of
    legal bases, with the authority's own files `own_bases` merged over it).

    Each file's result is recorded in the batch journal as it completes (services/resume.py); with
    `resume` the files recorded by an earlier, stopped run are not done again. The case is then
    assembled from the results in source order, so it is the same however the work was split.
    `language` forces one language on every document (the case handler knows better; with the
    default runner); None detects it per document.
    """
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    workdir = folder / WORK_DIR
    workdir.mkdir(parents=True, exist_ok=True)
    run = runner or local_runner(detectors, jobs, language)
    done, resumed = _process_files(sources, folder, resume, run, progress, cancel)
    case = Case(title=title or folder.name, journal=journal, tool_version=__version__, model_version=model_version)
    failures, pending = _assemble(case, sources, done, folder, language is not None)
    del done  # what is left of the results is in `pending`
    case.documents = group_copies(case.documents, pending)
    persons, public = _persons(pending, keep_list)
    _propagate(folder, pending, persons, keep_list)
    in_office: list[str] = []
    names, officials = NameIndex(persons), NameIndex(public)  # looked up per mention: indexed once
    owners: dict[str, str | None] = {}
    for document, result in pending:
        in_office += _add_proposals(case, document, result, keep_list, names, officials, own_bases, owners)
    del pending  # the workers' results are folded into the case: not held while it is saved and exported
    save_case(case, folder)
    states = case.states()
    in_office = [pid for pid in in_office if states.get(pid) is State.OPEN]
    if in_office:
        # Shown, grouped by person and with the reason, but not blacked out unless the case handler
        # accepts them: a decision of the tool's own, in the log like any other, that undo takes back.
        decide(case, folder, in_office, Action.REJECT, PUBLIC_ROLE_WHO)
    return BuildResult(case, failures, resumed)


def _process_files(
    sources: list[Source], folder: Path, resume: bool, run: FileRunner, progress: Progress, cancel: CancelToken
) -> tuple[dict[int, FileResult], int]:
    """Convert and detect every source not done by an earlier run, each result journalled as it
    completes; returns every source's result by index, and how many came from the earlier run."""
    workdir = folder / WORK_DIR
    log = open_journal(folder, sources, resume)
    resumed = len(log.done)
    try:
        label = f"Genoptager ({resumed} af {len(sources)} filer allerede behandlet)" if resumed else ""
        progress.start(len(sources), label or "Læser og gennemgår filer")
        if resumed:
            progress.advance(resumed, f"{resumed} allerede behandlet")
        tasks = [(i, s.path, workdir, f"{i + 1:04d}") for i, s in enumerate(sources) if i not in log.done]
        for res in run(tasks, cancel):
            log.record(res)
            progress.advance(1, res.source.name, failed=bool(res.error))
        progress.finish()
    finally:
        log.close()
    return log.done, resumed


def _attachment_output(message: Path, name: str, k: int, named: set[str]) -> str:
    """`mail-bilag-kvittering.pdf`: the attachment's own name after its message's; its place among the
    message's documents only when two attachments have the same name. Long names are shortened for
    the file; the document's title keeps the whole name."""
    stem = message.with_suffix("")
    output = stem.with_name(fit_name(f"{stem.name}-bilag-{name}", ".pdf")).as_posix()
    if output.casefold() in named:
        output = stem.with_name(fit_name(f"{stem.name}-bilag-{name}-{k}", ".pdf")).as_posix()
    named.add(output.casefold())
    return output


def _assemble(
    case: Case, sources: list[Source], done: dict[int, FileResult], folder: Path, language_set: bool
) -> tuple[list[Failure], list[tuple[Document, DocResult]]]:
    """The case's documents from the results, in source order (attachments after their message)."""
    failures: list[Failure] = []
    pending: list[tuple[Document, DocResult]] = []
    for index, src in enumerate(sources):
        res = done[index]
        if res.error:
            failures.append(Failure(str(src.path), res.error))
            case.documents.append(
                Document(
                    id=f"{len(case.documents) + 1:04d}",
                    title=src.path.stem,
                    source=str(src.path),
                    source_sha256=_sha256(src.path),
                    output_name=src.output.as_posix(),
                    status=Status.FAILED,
                    error=res.error,
                )
            )
            continue
        sha = _sha256(src.path)
        first_id = len(case.documents) + 1
        named: set[str] = set()
        for k, d in enumerate(res.documents):
            doc_id = f"{len(case.documents) + 1:04d}"
            if d.attachment_of >= 0:
                output = _attachment_output(src.output, Path(d.name).stem, k, named)
                parent = f"{first_id + d.attachment_of:04d}"
            else:
                output, parent = src.output.as_posix(), ""
            document = Document(
                id=doc_id,
                title=d.title,
                source=str(src.path),
                source_sha256=sha,
                output_name=output,
                normalized=d.pdf.resolve().relative_to(folder.resolve()).as_posix(),
                converter=d.converter,
                pages=d.pages,
                pages_without_text=d.pages_without_text,
                parent=parent,
                warnings=tuple(d.warnings),
                language=d.language,
                language_set_by_user=language_set,
            )
            case.documents.append(document)
            pending.append((document, d))
    return failures, pending


# Only confident findings make a person whose every mention is then proposed across the case.
PROPAGATE_MIN_SCORE = 0.7
# Who the log names for the proposals of persons acting in office, which start out not blacked out.
PUBLIC_ROLE_WHO = "redact (offentlig rolle: ikke overstreget, medmindre sagsbehandleren vælger det)"


def _persons(pending: list[tuple[Document, DocResult]], keep_list: KeepList) -> tuple[set[str], dict[str, str]]:
    """The private persons to look for everywhere, and the names seen in office (name -> reason).

    A name once seen in a public role is not private elsewhere because it also appears bare.
    """
    persons: set[str] = set()
    public: dict[str, str] = {}
    for _, result in pending:
        names = tuple(pf.finding.text for pf in result.findings if pf.finding.entity is Entity.PERSON)
        for pf in result.findings:
            f = pf.finding
            if f.entity is not Entity.PERSON:
                continue
            if f.role is Role.PUBLIC:
                public.setdefault(canonical(f.text), f.reason)
                continue
            if f.score < PROPAGATE_MIN_SCORE:
                continue
            if not keep_list.keeps(f.text, f.entity, result.text, names):
                persons.add(canonical(f.text))
    officials, nobody = NameIndex(public), NameIndex(())
    persons = {p for p in persons if _spreadable(p) and not _public_owner(p, officials, nobody)}
    return persons, public


def _spreadable(name: str) -> bool:
    """A single word that is an ordinary word of Danish, Norwegian or Swedish (and on no name list)
    is never spread through the case: a case mixes the languages, and "Risør" is a town."""
    parts = name_parts(name)
    return len(parts) != 1 or not any(name_evidence("da").frequent(parts[0], lang) for lang in ("da", "nb", "sv"))


def _public_owner(text: str, public: NameIndex, persons: NameIndex) -> str | None:
    """The name in office that a bare mention ("Hansen", "Jens Hansens") belongs to, if only one does."""
    if not public:
        return None
    words = name_parts(text)
    if not words:
        return None

    def belongs(name: str) -> bool:
        """One part of the name, or a run of its parts in order ("Bundgaard Nielsen", not "Jens Nielsen")."""
        parts = name_parts(name)
        bare = [w if w in parts or not w.endswith("s") else w[:-1] for w in words]
        n = len(bare)
        return any(parts[i : i + n] == bare for i in range(len(parts) - n + 1))

    # A name a mention belongs to has its first word (or that word without a genitive s) as a part.
    first = words[0]
    keys = (first, first[:-1]) if first.endswith("s") else (first,)
    # The names in office first: they are few, and a mention that belongs to none of them needs no
    # look at the private persons' names (as many as a large case has persons with that first name).
    owners = sorted((p for p in public.containing(*keys) if belongs(p)), key=len, reverse=True)
    if not owners or any(belongs(p) for p in persons.containing(*keys)):
        return None  # in office nowhere, or also part of a private person's name: propose it
    return owners[0]


def _propagate(folder: Path, pending: list[tuple[Document, DocResult]], persons: set[str], keep_list: KeepList) -> None:
    """Add every further mention of a found person or identifier, in every document of the case.

    One document's page texts at a time (they hold a box per character): memory stays flat with the
    size of the request, and the mentions are the same as when every page is searched at once."""
    identifiers = [
        (pf.finding.entity, pf.finding.text)
        for _, result in pending
        for pf in result.findings
        if pf.finding.entity in EXACT_ENTITIES and not keep_list.keeps(pf.finding.text, pf.finding.entity)
    ]
    identifiers = list(dict.fromkeys(identifiers))  # each looked for once
    if not persons and not identifiers:
        return
    # The patterns of the case's persons and identifiers, made once and searched in every document.
    # Made by an automaton, which finds what the regex of core.consistency finds without the
    # seconds the regex parser takes over a large case's names and identifiers.
    person_pattern = person_search(persons, spread_part=functools.cache(_spreadable), finder=AutomatonFinder)
    identifier_pattern = identifier_search(identifiers, AutomatonFinder)
    forget_patterns()  # searched with here once: not kept beside the case while it is exported
    for document, result in pending:
        if document.pages == len(document.pages_without_text):
            continue
        pages = {document.id: _page_texts(folder / document.normalized, result)}
        existing: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for pf in result.findings:
            existing.setdefault((document.id, pf.page), []).append((pf.finding.start, pf.finding.end))
        page_texts = {pt.page: pt for pt in pages[document.id]}
        mentions = propagate_persons(person_pattern, pages, existing)
        for m in mentions:
            existing.setdefault((m.document, m.page), []).append((m.finding.start, m.finding.end))
        mentions += propagate_identifiers(identifier_pattern, pages, existing)
        for m in mentions:
            boxes = tuple(page_texts[m.page].boxes_for(m.finding.start, m.finding.end))
            if boxes:
                result.findings.append(PageFinding(m.page, m.finding, boxes))


def _page_texts(pdf: Path, result: DocResult) -> list[PageText]:
    """A document's page texts as detection read them: from the case's text index, written when the
    document was read (extracting every page again cost as much as reading it the first time)."""
    index = read_text_index(pdf)
    if index is not None and len(index) == result.pages:
        return [result.ocr_pages.get(n) or index.page(n) for n in range(len(index))]
    return [result.ocr_pages.get(pt.page, pt) for pt in read_pages(pdf, ocr=False)]


def _in_office(
    f: Finding, public: NameIndex, persons: NameIndex, owners: dict[str, str | None] | None = None
) -> tuple[str, str] | None:
    """(name, reason) when a person mention is of someone acting in office; None otherwise.
    `owners` keeps the answers of `_public_owner` for these indexes (a name recurs over a case)."""
    if f.entity is not Entity.PERSON or f.role is Role.PRIVATE:
        return None
    if f.role is Role.PUBLIC:
        return canonical(f.text), f.reason
    if owners is None:
        owner = _public_owner(f.text, public, persons)
    elif f.text in owners:
        owner = owners[f.text]
    else:
        owner = owners[f.text] = _public_owner(f.text, public, persons)
    if owner is None:
        return None
    return owner, load_role_words("da").reason("consistent", name=owner)


def _add_proposals(
    case: Case,
    document: Document,
    result: DocResult,
    keep_list: KeepList,
    persons: NameIndex,
    public: NameIndex | None = None,
    own_bases: tuple[Path, ...] = (),
    owners: dict[str, str | None] | None = None,
) -> list[str]:
    """Add the document's proposals to the case; returns the ids of those of persons acting in office.
    `owners`: the names in office that mentions belong to, kept from document to document for
    these `persons` and `public` (see `_in_office`)."""
    names = tuple(pf.finding.text for pf in result.findings if pf.finding.entity is Entity.PERSON)
    in_office: list[str] = []
    for pf in result.findings:
        f = pf.finding
        if keep_list.keeps(f.text, f.entity, result.text, names):
            continue
        group = group_key(f.entity, f.text)
        office = _in_office(f, public or NameIndex(()), persons, owners)
        if office:
            group = group_key(f.entity, office[0])
            f = replace(f, reason=office[1])
        elif f.entity is Entity.PERSON:
            owner = group_name(f.text, persons)
            if owner:
                group = group_key(f.entity, owner)
        pid = Proposal.make_id(document.id, pf.page, f.start, f.end, f.entity.value)
        if office:
            in_office.append(pid)
        # The detector's name, the reason and the group repeat over the case's proposals (tens of
        # thousands in a large request): one string each, not one per proposal.
        case.proposals[pid] = Proposal(
            id=pid,
            document=document.id,
            page=pf.page,
            boxes=pf.boxes,
            entity=f.entity,
            text=f.text,
            score=f.score,
            detector=sys.intern(f.detector),
            reason=sys.intern(f.reason),
            basis=legal.suggested(f.entity, document.language, *own_bases),
            group=sys.intern(group),
        )
    return in_office
