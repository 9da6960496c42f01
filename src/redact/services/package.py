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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from redact.core.case import DISCLOSURE_NAMES, Case, State
from redact.core.document import Status
from redact.core.entity import DANISH_NAMES
from redact.core.errors import UsageError, VerificationError
from redact.core.leak import leaked
from redact.core.legal import LegalBasis
from redact.core.policy import Letterhead
from redact.core.progress import CancelToken, NullProgress, Progress
from redact.pdf.assemble import Footer, Part, keep_pages, merge, outline_titles, page_texts, table_pdf
from redact.services.aktliste import LIST_HEADER, Listed, list_documents, list_rows, secrets_of
from redact.services.audit import ACTION_NAMES, AUDIT_HEADER, audit_rows
from redact.services.exporting import export_case
from redact.services.language import case_language
from redact.services.letter import compose_letter
from redact.services.package_words import DANISH, PackageWords, words_for
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


def _footer(journal: str, words: PackageWords = DANISH) -> Footer:
    def stamp(part: Part, page: int, total: int) -> str:
        lead = f"{words.journal} {journal} · " if journal else ""
        return f"{lead}{words.document} {part.number} · {words.page_of.format(page=page, total=total)}"

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


@dataclass
class _Build:
    """What the steps of `export_package` share: the inputs, the temporary folder, what is written so far."""

    case: Case
    folder: Path
    tmp: Path
    bases: dict[str, LegalBasis]
    template: LetterTemplate
    journal: str
    today: date
    jobs: int
    letterhead: Letterhead | None
    organisation: str
    words: PackageWords
    progress: Progress
    cancel: CancelToken
    outcome: PackageOutcome
    rows: list[Listed]
    secrets: list[str]
    placed: dict[str, str] = field(default_factory=dict)  # document id -> its path in the package
    parts: list[Part] = field(default_factory=list)  # the released documents, for samlet.pdf
    allowed: str = ""  # text that may show a redacted word anyway (see _released_documents)


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
    language: str | None = None,
    organisation: str = "",
) -> PackageOutcome:
    """Write the release package of `case` (whose files are in `folder`) to `out_dir`; the
    decision draft gets the machine policy's `letterhead` in its page header and `organisation` (the
    authority's name) where the template leaves a place for it.

    The package is made by the named steps of `STEPS` over one `_Build`, in a temporary folder
    that is moved into place only at the end. Raises VerificationError (and writes nothing) if any
    document fails its check or any file of the package would show a redacted text again;
    UsageError for an unsuitable `out_dir`. `language` picks the country's form of the document
    list, stamp and letter (default: the language most of the case's documents are in).
    """
    language = language or case_language(case)
    bases = bases if bases is not None else load_legal_bases()
    _check_out_dir(case, folder, out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    outcome = PackageOutcome(out_dir, warnings=_warnings(case, bases))
    tmp = out_dir.parent / f".{out_dir.name}.{_token()}.part"
    tmp.mkdir()  # with the user's umask, unlike mkdtemp's 0700: the package is meant to be shared
    build = _Build(
        case=case,
        folder=folder,
        tmp=tmp,
        bases=bases,
        template=template or load_template(language=language),
        journal=case.journal if journal is None else journal,
        today=today or date.today(),
        jobs=jobs,
        letterhead=letterhead,
        organisation=organisation,
        words=words_for(language),
        progress=progress or NullProgress(),
        cancel=cancel or CancelToken(),
        outcome=outcome,
        rows=list_documents(case, folder),
        secrets=secrets_of(case),
    )
    try:
        for step in STEPS:
            step(build)
        _place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    outcome.documents = build.rows
    outcome.written = [*sorted(build.placed.values()), *(f for f in PACKAGE_FILES if (out_dir / f).exists())]
    return outcome


def _warnings(case: Case, bases: dict[str, LegalBasis]) -> list[str]:
    """What the case handler should know before sending: open proposals, unread files, unknown bases."""
    warnings: list[str] = []
    undecided = sum(1 for s in case.states().values() if s is State.OPEN)
    if undecided:
        warnings.append(f"{undecided} forslag er hverken accepteret eller afvist; de er ikke redigeret")
    for d in case.documents:
        if d.status is not Status.READY:
            warnings.append(f"{d.title}: kunne ikke læses og er ikke med i pakken ({d.error})")
        elif d.pages_without_text and case.released_pages(d.id):
            warnings.append(f"{d.title}: sider uden tekst er ikke kontrolleret")
    unknown = sorted({b for d in case.documents for b in case.bases_used(d.id) if b not in bases})
    if unknown:
        warnings.append(f"ukendte hjemler i sagen (vises som koder): {', '.join(unknown)}")
    return warnings


def _released_documents(b: _Build) -> None:
    """Export, verify and place every released document (withheld pages left out) in dokumenter/."""
    released = [r for r in b.rows if r.released]
    # The boxes carry the labels of the loaded list; only released documents are exported.
    view = replace(
        b.case, labels={code: x.label for code, x in b.bases.items()}, documents=[r.document for r in released]
    )
    raw = b.tmp / ".eksport"
    exported = export_case(view, b.folder, raw, jobs=b.jobs, progress=b.progress, cancel=b.cancel)
    if exported.failures:
        raise VerificationError(
            "pakken er ikke skrevet, fordi kontrollen af et dokument fejlede: "
            + "; ".join(f.error for f in exported.failures)
        )
    b.cancel.check()
    docs_dir = b.tmp / DOCUMENTS_DIR
    docs_dir.mkdir()
    width = max(2, len(str(len(b.rows))))
    released_text: list[str] = []
    for r in released:
        name = f"{r.number:0{width}d}-{_slug(r.title)}.pdf"
        source, target = raw / r.document.output_name, docs_dir / name
        if len(r.released) < r.document.pages:
            keep_pages(source, r.released, target)
        else:
            shutil.copyfile(source, target)
        b.placed[r.document.id] = f"{DOCUMENTS_DIR}/{name}"
        released_text += page_texts(target)
        b.parts.append(Part(target, f"Dok. {r.number}: {r.title}", r.number))
    shutil.rmtree(raw, ignore_errors=True)  # nothing was exported when every document is withheld
    b.rows = [replace(r, file=b.placed.get(r.document.id, "")) for r in b.rows]
    # What may show up anyway: the released documents' own text, and our fixed wording (a
    # redacted "helbred" in a document does not make the standard reasoning a leak).
    b.allowed = "\n".join([*released_text, _fixed_text(b.bases, b.template), *b.words.fixed()])
    b.progress.start(5, "Skriver aktliste, samlet PDF og udkast til afgørelse")


def _merged(b: _Build) -> None:
    """samlet.pdf: every released document in one file, a bookmark each, a footer stamp."""
    if b.parts:
        merged = b.tmp / MERGED
        b.outcome.pages = merge(b.parts, merged, _footer(b.journal, b.words))
        _no_leak(MERGED, "\n".join(page_texts(merged) + outline_titles(merged)), b.secrets, b.allowed)
    b.progress.advance(1, MERGED)


def _aktliste(b: _Build) -> None:
    """aktliste.csv and aktliste.pdf: one row per document of the case."""
    table = list_rows(b.rows, b.bases, b.words)
    _write_text(b.tmp / LIST_CSV, _csv(b.words.list_header, table))
    b.progress.advance(1, LIST_CSV)
    words = b.words
    intro = [f"Sag: {b.case.title}"] + ([f"{words.journal}: {b.journal}"] if b.journal else [])
    intro.append(words.made.format(date=f"{b.today:%d.%m.%Y}", n=len(b.rows)))
    footer = f"{words.list_title} · {words.journal} {b.journal}" if b.journal else words.list_title
    table_pdf(words.list_title, intro, words.list_header, table, b.tmp / LIST_PDF, footer)
    b.progress.advance(1, LIST_PDF)


def _audit(b: _Build) -> None:
    """revisionsspor.csv: every decision of the log, never the text under a box."""
    _write_text(b.tmp / AUDIT_CSV, _csv(AUDIT_HEADER, audit_rows(b.case, b.bases)))
    b.progress.advance(1, AUDIT_CSV)


def _letter(b: _Build) -> None:
    """afgoerelse-udkast.docx: the draft decision letter."""
    blocks = compose_letter(b.case, b.rows, b.bases, b.template, b.journal, b.today, b.words, b.organisation)
    write_docx(blocks, b.tmp / LETTER, b.template.letterhead, title=b.words.letter_title, heading=b.letterhead)
    b.progress.advance(1, LETTER)
    b.progress.finish()


def _nothing_shows_again(b: _Build) -> None:
    """The last check: no file of the package shows a redacted text again (titles, stamps, the letter)."""
    _no_leak(LIST_CSV, (b.tmp / LIST_CSV).read_text(encoding="utf-8-sig"), b.secrets, b.allowed)
    _no_leak(LIST_PDF, "\n".join(page_texts(b.tmp / LIST_PDF)), b.secrets, b.allowed)
    _no_leak(AUDIT_CSV, (b.tmp / AUDIT_CSV).read_text(encoding="utf-8-sig"), b.secrets, b.allowed)
    _no_leak(LETTER, docx_text(b.tmp / LETTER), b.secrets, b.allowed)
    _no_leak(DOCUMENTS_DIR, "\n".join(b.placed.values()), b.secrets, b.allowed)


# The package, step by step: each reads and adds to the one _Build.
STEPS: tuple[Callable[[_Build], None], ...] = (
    _released_documents,
    _merged,
    _aktliste,
    _audit,
    _letter,
    _nothing_shows_again,
)


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
