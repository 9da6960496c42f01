"""The release package of an access request: what the case handler sends and keeps.

    DIR/dokumenter/NN-<titel>.pdf   each released document, redacted and verified
    DIR/samlet.pdf                   all of them in one file: a bookmark per document, a footer stamp
    DIR/aktliste.pdf, aktliste.csv   one row per document of the case
    DIR/afgoerelse-udkast.docx       the draft decision letter
    DIR/revisionsspor.csv            every decision of the log, without the redacted text

The package is built in a temporary folder beside DIR and moved into place only when every file
has been written and checked, so a failed export leaves no package (and an earlier one untouched).
Whole documents and single pages can be withheld; they are listed in the aktliste with their basis
and left out of the PDFs.
"""

from __future__ import annotations

import csv
import io
import re
import secrets as _secrets
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from redact.core.case import DISCLOSURE_NAMES, Case, Disclosure, State
from redact.core.decision import Action
from redact.core.document import Document, Status
from redact.core.entity import DANISH_NAMES, Entity
from redact.core.errors import UsageError, VerificationError
from redact.core.leak import leaked, mask
from redact.core.legal import LegalBasis, citation_of
from redact.core.policy import Letterhead
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.ingest.facts import read_facts
from redact.pdf.assemble import Footer, Part, keep_pages, merge, outline_titles, page_texts, table_pdf
from redact.services.exporting import export_case
from redact.services.letter import compose_letter
from redact.services.sources import originals_holding
from redact.store.casefile import CASE_FILE
from redact.store.legal import load_legal_bases
from redact.store.letter import LetterTemplate, docx_text, load_template, write_docx

DOCUMENTS_DIR = "dokumenter"
MERGED = "samlet.pdf"
LIST_PDF = "aktliste.pdf"
LIST_CSV = "aktliste.csv"
LETTER = "afgoerelse-udkast.docx"
AUDIT_CSV = "revisionsspor.csv"
PACKAGE_FILES = (MERGED, LIST_PDF, LIST_CSV, LETTER, AUDIT_CSV)

LIST_HEADER = ("Nr.", "Titel", "Dato", "Afsender", "Sider", "Aktindsigt", "Hjemmel", "Redigeringer", "Bemærkning")
AUDIT_HEADER = (
    "Løbenr.",
    "Tidspunkt",
    "Bruger",
    "Handling",
    "Dokument nr.",
    "Dokument-id",
    "Side",
    "Kategori",
    "Hjemmel (kode)",
    "Hjemmel",
    "Detektor",
    "Forslag",
    "Fortryder løbenr.",
    "Værktøjsversion",
    "Modelversion",
)
ACTION_NAMES: dict[Action, str] = {
    Action.ACCEPT: "Accepteret",
    Action.REJECT: "Afvist",
    Action.MANUAL: "Manuel redigering",
    Action.UNDO: "Fortrudt",
    Action.WITHHOLD_DOCUMENT: "Dokument undtaget",
    Action.WITHHOLD_PAGE: "Side undtaget",
}


# --- decisions on whole documents and pages -------------------------------------------------


# --- the aktliste --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    """One document of the case as the aktliste shows it. Title and sender are masked."""

    number: int
    document: Document
    title: str
    date: str
    sender: str
    released: tuple[int, ...]  # 0-based pages that go out
    disclosure: Disclosure
    bases: tuple[str, ...]  # codes
    redactions: int
    note: str
    file: str = ""  # path of its PDF in the package, "" when withheld

    @property
    def pages(self) -> int:
        return self.document.pages


def secrets_of(case: Case) -> list[str]:
    """Every text the case handler chose to hide, in every document."""
    return [r.text for d in case.documents if d.status is Status.READY for r in case.redactions(d.id) if r.text]


def _pages_phrase(pages: list[int]) -> str:
    numbers = [str(p + 1) for p in pages]
    joined = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " og " + numbers[-1]
    return f"{'Side' if len(numbers) == 1 else 'Siderne'} {joined}"


def list_documents(case: Case, folder: Path) -> list[Listed]:
    """The aktliste: every document in case order, numbered from 1, with date, sender and outcome."""
    secrets = secrets_of(case)
    numbers = {d.id: i for i, d in enumerate(case.documents, start=1)}
    rows: list[Listed] = []
    for number, d in enumerate(case.documents, start=1):
        facts = read_facts(Path(d.source), folder / d.normalized if d.normalized else None)
        released = tuple(case.released_pages(d.id))
        notes = []
        if d.parent and d.parent in numbers:
            notes.append(f"Bilag til dok. {numbers[d.parent]}")
        if d.duplicate_of in numbers:
            kind = "Næsten dublet" if d.near_duplicate else "Dublet"
            notes.append(f"{kind} af dok. {numbers[d.duplicate_of]}")
        if d.thread in numbers and d.thread != d.id:
            notes.append(f"Svar i tråd med dok. {numbers[d.thread]}")
        withheld = sorted(case.withheld_pages(d.id))
        if withheld and released:
            notes.append(f"{_pages_phrase(withheld)} undtaget")
        count = sum(1 for r in case.redactions(d.id) if r.page in released)
        rows.append(
            Listed(
                number=number,
                document=d,
                title=mask(d.title, secrets),
                date=facts.date,
                sender=mask(facts.sender, secrets),
                released=released,
                disclosure=case.disclosure(d.id),
                bases=tuple(case.bases_used(d.id)),
                redactions=count,
                note="; ".join(notes),
            )
        )
    return rows


def list_rows(rows: list[Listed], bases: dict[str, LegalBasis]) -> list[tuple[str, ...]]:
    return [
        (
            str(r.number),
            r.title,
            r.date,
            r.sender,
            str(r.pages),
            DISCLOSURE_NAMES[r.disclosure],
            "; ".join(citation_of(b, bases) for b in r.bases),
            str(r.redactions),
            r.note,
        )
        for r in rows
    ]


# --- the package -------------------------------------------------------------------------------


@dataclass
class PackageOutcome:
    out_dir: Path
    documents: list[Listed] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # paths relative to out_dir
    pages: int = 0  # pages of samlet.pdf
    warnings: list[str] = field(default_factory=list)


def _token() -> str:
    return _secrets.token_hex(4)


def _slug(title: str) -> str:
    text = re.sub(r"[<>:\"/\\|?*\[\]\x00-\x1f]", "", title)
    text = re.sub(r"\s+", "-", text.strip()).strip(".-_")
    return text[:60].rstrip(".-_") or "dokument"


def _csv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    # Semicolons and a BOM: Excel with Danish settings opens it as columns, with æ, ø and å intact.
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8-sig", newline="")


def audit_rows(case: Case, bases: dict[str, LegalBasis]) -> list[tuple[str, ...]]:
    """The log as a table: who decided what, when, on which basis; never the text under a box."""
    numbers = {d.id: i for i, d in enumerate(case.documents, start=1)}
    proposals = case.proposals
    by_seq = {d.seq: d for d in case.decisions}
    rows: list[tuple[str, ...]] = []
    for d in case.decisions:
        subject = by_seq.get(d.target, d) if d.action is Action.UNDO else d  # an undo is about its target
        p = proposals.get(subject.proposal)
        doc_id = p.document if p else subject.document
        page = p.page if p else subject.page
        entity = p.entity.value if p else (Entity.MANUAL.value if subject.action is Action.MANUAL else "")
        basis = d.basis or (p.basis if p and d.action is Action.ACCEPT else "")
        rows.append(
            (
                str(d.seq),
                d.when,
                d.who,
                ACTION_NAMES.get(d.action, d.action.value),
                str(numbers.get(doc_id, "")),
                doc_id,
                str(page + 1) if page >= 0 else "",
                DANISH_NAMES.get(Entity(entity), entity) if entity else "",
                basis,
                citation_of(basis, bases) if basis else "",
                p.detector if p else ("manuel" if subject.action is Action.MANUAL else ""),
                subject.proposal if p or subject.action is Action.MANUAL else "",
                str(d.target) if d.action is Action.UNDO else "",
                d.tool_version,
                d.model_version,
            )
        )
    return rows


def _footer(journal: str) -> Footer:
    def stamp(part: Part, page: int, total: int) -> str:
        lead = f"J.nr. {journal} · " if journal else ""
        return f"{lead}Dok. {part.number} · Side {page} af {total}"

    return stamp


def _check_out_dir(case: Case, folder: Path, out_dir: Path) -> None:
    out = out_dir.resolve()
    if out == folder.resolve() or (out / CASE_FILE).exists():
        raise UsageError(f"{out_dir}: vælg en anden mappe til pakken end sagens egen mappe")
    held = originals_holding(out, {Path(d.source).parent for d in case.documents if d.source})
    if held is not None:
        raise UsageError(
            f"{out_dir}: mappen ligger i en mappe med sagens originaler ({held}); vælg en mappe uden for den, "
            "så der aldrig skrives noget ved siden af originalerne"
        )
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out_dir}: findes og er ikke en mappe")
    if out.is_dir() and any(out.iterdir()) and not (out / LIST_CSV).exists():
        raise UsageError(
            f"{out_dir}: mappen findes og er ikke tom; vælg en ny mappe "
            "(en tidligere pakke erstattes, andet røres ikke)"
        )


def _place(tmp: Path, out_dir: Path) -> None:
    """Move the finished package into place; an earlier package there is replaced only now."""
    old: Path | None = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.gammel-", dir=out_dir.parent))
        old.rmdir()
        out_dir.rename(old)
    try:
        tmp.rename(out_dir)
    except BaseException:
        if old is not None:
            old.rename(out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def export_package(
    case: Case,
    folder: Path,
    out_dir: Path,
    bases: dict[str, LegalBasis] | None = None,
    template: LetterTemplate | None = None,
    journal: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    today: date | None = None,
    letterhead: Letterhead | None = None,
) -> PackageOutcome:
    """Write the release package of `case` (whose files are in `folder`) to `out_dir`; the
    decision draft gets the machine policy's `letterhead` in its page header.

    Raises VerificationError (and writes nothing) if any document fails its check or any file of
    the package would show a redacted text again; UsageError for an unsuitable `out_dir`.
    """
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    bases = bases if bases is not None else load_legal_bases()
    template = template or load_template()
    journal = case.journal if journal is None else journal
    today = today or date.today()
    _check_out_dir(case, folder, out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)

    outcome = PackageOutcome(out_dir)
    states = case.states()
    undecided = sum(1 for s in states.values() if s is State.OPEN)
    if undecided:
        outcome.warnings.append(f"{undecided} forslag er hverken accepteret eller afvist; de er ikke redigeret")
    for d in case.documents:
        if d.status is not Status.READY:
            outcome.warnings.append(f"{d.title}: kunne ikke læses og er ikke med i pakken ({d.error})")
        elif d.pages_without_text and case.released_pages(d.id):
            outcome.warnings.append(f"{d.title}: sider uden tekst er ikke kontrolleret")
    unknown = sorted({b for d in case.documents for b in case.bases_used(d.id) if b not in bases})
    if unknown:
        outcome.warnings.append(f"ukendte hjemler i sagen (vises som koder): {', '.join(unknown)}")

    rows = list_documents(case, folder)
    width = max(2, len(str(len(rows))))
    released = [r for r in rows if r.released]
    secrets = secrets_of(case)
    # The boxes carry the labels of the loaded list; only released documents are exported.
    view = replace(
        case,
        labels={code: b.label for code, b in bases.items()},
        documents=[r.document for r in released],
    )

    tmp = out_dir.parent / f".{out_dir.name}.{_token()}.part"
    tmp.mkdir()  # with the user's umask, unlike mkdtemp's 0700: the package is meant to be shared
    try:
        raw = tmp / ".eksport"
        exported = export_case(view, folder, raw, jobs=jobs, progress=progress, cancel=cancel)
        if exported.failures:
            raise VerificationError(
                "pakken er ikke skrevet, fordi kontrollen af et dokument fejlede: "
                + "; ".join(f.error for f in exported.failures)
            )
        cancel.check()
        docs_dir = tmp / DOCUMENTS_DIR
        docs_dir.mkdir()
        parts: list[Part] = []
        released_text: list[str] = []
        placed: dict[str, str] = {}
        for r in released:
            name = f"{r.number:0{width}d}-{_slug(r.title)}.pdf"
            source, target = raw / r.document.output_name, docs_dir / name
            if len(r.released) < r.document.pages:
                keep_pages(source, r.released, target)
            else:
                shutil.copyfile(source, target)
            placed[r.document.id] = f"{DOCUMENTS_DIR}/{name}"
            released_text += page_texts(target)
            parts.append(Part(target, f"Dok. {r.number}: {r.title}", r.number))
        shutil.rmtree(raw, ignore_errors=True)  # nothing was exported when every document is withheld
        rows = [replace(r, file=placed.get(r.document.id, "")) for r in rows]
        # What may show up anyway: the released documents' own text, and our fixed wording (a
        # redacted "helbred" in a document does not make the standard reasoning a leak).
        allowed = "\n".join([*released_text, _fixed_text(bases, template)])

        progress.start(5, "Skriver aktliste, samlet PDF og udkast til afgørelse")
        if parts:
            outcome.pages = merge(parts, tmp / MERGED, _footer(journal))
            _no_leak(MERGED, "\n".join(page_texts(tmp / MERGED) + outline_titles(tmp / MERGED)), secrets, allowed)
        progress.advance(1, MERGED)

        table = list_rows(rows, bases)
        _write_text(tmp / LIST_CSV, _csv(LIST_HEADER, table))
        progress.advance(1, LIST_CSV)
        intro = [f"Sag: {case.title}"] + ([f"J.nr.: {journal}"] if journal else [])
        intro.append(f"Udarbejdet {today:%d.%m.%Y}. {len(rows)} dokumenter.")
        footer = f"Aktliste · J.nr. {journal}" if journal else "Aktliste"
        table_pdf("Aktliste", intro, LIST_HEADER, table, tmp / LIST_PDF, footer)
        progress.advance(1, LIST_PDF)

        _write_text(tmp / AUDIT_CSV, _csv(AUDIT_HEADER, audit_rows(case, bases)))
        progress.advance(1, AUDIT_CSV)

        blocks = compose_letter(case, rows, bases, template, journal, today)
        write_docx(
            blocks, tmp / LETTER, template.letterhead, title="Udkast til afgørelse om aktindsigt", heading=letterhead
        )
        progress.advance(1, LETTER)
        progress.finish()

        _no_leak(LIST_CSV, (tmp / LIST_CSV).read_text(encoding="utf-8-sig"), secrets, allowed)
        _no_leak(LIST_PDF, "\n".join(page_texts(tmp / LIST_PDF)), secrets, allowed)
        _no_leak(AUDIT_CSV, (tmp / AUDIT_CSV).read_text(encoding="utf-8-sig"), secrets, allowed)
        _no_leak(LETTER, docx_text(tmp / LETTER), secrets, allowed)
        _no_leak(DOCUMENTS_DIR, "\n".join(placed.values()), secrets, allowed)
        _place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    outcome.documents = rows
    outcome.written = [*sorted(placed.values()), *(f for f in PACKAGE_FILES if (out_dir / f).exists())]
    return outcome


def _fixed_text(bases: dict[str, LegalBasis], template: LetterTemplate) -> str:
    words: list[str] = [*LIST_HEADER, *AUDIT_HEADER, *DISCLOSURE_NAMES.values(), *ACTION_NAMES.values()]
    words += [*DANISH_NAMES.values(), *(t for b in bases.values() for t in (b.label, b.citation, b.reasoning))]

    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [str(value)] if value is not None else []

    return "\n".join(words + strings(template.texts))


def _no_leak(name: str, text: str, secrets: list[str], allowed: str) -> None:
    found = leaked(text, secrets, allowed)
    if found:
        # The message never repeats the hidden text itself.
        raise VerificationError(
            f"{name}: ville vise {len(found)} redigeret tekst(er) igen (fx i en titel, et stempel eller "
            "journalnummeret); pakken er ikke skrevet"
        )
