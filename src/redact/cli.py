"""The `redact` command. Builds everything a run needs and maps errors to exit codes.

The exit codes are `core.errors.ExitCode`, listed in `redact --help`; every error carries its own.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from redact import __version__
from redact.argparse_da import DanishArgumentParser
from redact.core.case import Case
from redact.core.detector import Detector
from redact.core.errors import EXIT_CODE_HELP, ExitCode, RedactError, UsageError
from redact.core.keeplist import KeepList
from redact.core.language import name as language_name
from redact.core.language import normalise as normalise_language
from redact.core.progress import NullProgress, Progress
from redact.detect import deferred


class BarProgress:
    """A tqdm bar on a terminal; nothing when output is redirected (logs stay readable)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._bar: object | None = None

    def start(self, total: int, label: str) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, desc=label, unit="fil", file=self._stream, leave=False, dynamic_ncols=True)

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        bar = self._bar
        if bar is not None:
            bar.set_postfix_str(detail[-40:], refresh=False)  # type: ignore[attr-defined]
            bar.update(step)  # type: ignore[attr-defined]

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()  # type: ignore[attr-defined]
            self._bar = None


def one_line(text: str) -> str:
    """`text` as one printable line: a file name may hold a newline, a tab or a right-to-left mark,
    which would split a `FEJL:` line in two or turn it around; they are shown as escapes (\\n, \\u202e)."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
        for ch in text
    )


def _progress_factory(stream: TextIO) -> Progress:
    return BarProgress(stream) if stream.isatty() else NullProgress()


def build_parser() -> argparse.ArgumentParser:
    p = DanishArgumentParser(
        prog="redact",
        description="Redigér (sort-overstreg) personoplysninger i sager om aktindsigt. Kører helt offline.",
        epilog="afslutningskoder:\n" + "\n".join(f"  {int(c):<4} {text}" for c, text in EXIT_CODE_HELP.items()),
    )
    p.add_argument("--version", action="version", version=f"redact {__version__}", help="vis versionen og afslut")
    p.add_argument("--selftest", action="store_true", help="kontrollér installationen (offline, til IT) og afslut")
    p.add_argument(
        "--check-policy",
        nargs="?",
        const="",
        metavar="FIL",
        help="kontrollér maskinpolitikken (standard: maskinens politikfil) og afslut",
    )
    p.add_argument("--selftest-qt", action="store_true", help=argparse.SUPPRESS)  # the selftest's Qt child
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandoer")

    _add_batch_command(sub)

    e = sub.add_parser(
        "export",
        help="eksportér en gennemset sag: redigerede PDF'er, samlet PDF, aktliste, udkast til afgørelse, revisionsspor",
    )
    e.add_argument("path", type=Path, metavar="STI", help="sagsfil eller batch-uddatamappe")
    e.add_argument("--out", type=Path, metavar="MAPPE", help=f"pakkens mappe (standard: sagens mappe/{PACKAGE_DIR})")
    e.add_argument("--journal", metavar="NR", help="journalnummer i stemplet og afgørelsen (standard: sagens)")
    e.add_argument("--title", metavar="TITEL", help="sagens titel i aktlisten og afgørelsen (standard: sagens)")
    _add_bases_option(e)
    e.add_argument(
        "--sprog",
        "--language",
        dest="language",
        metavar="KODE",
        help="pakkens land og sprog: da, nb, nn eller sv (standard: det sprog, de fleste dokumenter er på)",
    )
    e.add_argument("--template", type=Path, metavar="FIL", help="myndighedens skabelon til afgørelsen (YAML)")
    e.add_argument("--jobs", type=int, default=1, metavar="N", help="antal processer (standard 1)")

    w = sub.add_parser("withhold", help="undtag et helt dokument eller en side af det fra aktindsigt")
    w.add_argument("path", type=Path, metavar="STI", help="sagsfil eller batch-uddatamappe")
    w.add_argument("document", metavar="DOK", help="dokumentets nummer i aktlisten (1, 2, ...) eller dets id (0001)")
    how = w.add_mutually_exclusive_group(required=True)  # shown as required: one of the two
    how.add_argument("--basis", metavar="KODE", help="hjemlens kode, fx offl-23-1-1 (se `redact bases`)")
    how.add_argument("--release", action="store_true", help="fortryd undtagelsen: dokumentet/siden udleveres igen")
    w.add_argument("--page", type=int, metavar="N", help="kun side N (1 er første side)")
    _add_bases_option(w)

    h = sub.add_parser("bases", help="vis de hjemler, der kan bruges (kode, etiket, henvisning)")
    _add_bases_option(h)
    h.add_argument("--sprog", "--language", dest="language", metavar="KODE", help="kun hjemlerne for dette sprogs land")

    s = sub.add_parser("sprog", aliases=["language"], help="vis eller ret dokumenternes sprog")
    s.add_argument("path", type=Path, metavar="STI", help="sagsfil eller batch-uddatamappe")
    s.add_argument("document", nargs="?", metavar="DOK", help="dokumentets nummer (1, 2, ...) eller id (0001)")
    s.add_argument("code", nargs="?", metavar="KODE", help="det nye sprog: da, nb, nn, sv eller en")
    s.add_argument("--keep-list", type=Path, metavar="FIL", help="myndighedens medarbejdere: foreslås aldrig")

    g = sub.add_parser("gui", help="åbn programmet til gennemsyn (en sag eller en batch-uddatamappe)")
    g.add_argument("path", nargs="?", type=Path, metavar="STI", help="sagsfil eller batch-uddatamappe")
    g.add_argument(
        "--screenshot", type=Path, metavar="FIL.png", help="gem et skærmbillede af vinduet med sagen, og afslut"
    )
    return p


def _add_batch_command(sub: Any) -> None:
    b = sub.add_parser("batch", help="behandl en hel anmodning fra kommandolinjen")
    b.add_argument("sources", nargs="+", type=Path, metavar="KILDE", help="filer og/eller mapper (rekursivt)")
    b.add_argument("--out", required=True, type=Path, metavar="MAPPE", help="uddatamappe (sagsfil og PDF'er)")
    b.add_argument("--keep-list", type=Path, metavar="FIL", help="myndighedens medarbejdere: redigeres aldrig")
    b.add_argument(
        "--auto-accept", action="store_true", help="acceptér alle forslag uden gennemsyn og eksportér PDF'erne"
    )
    b.add_argument("--jobs", type=int, default=1, metavar="N", help="antal processer (standard 1)")
    b.add_argument("--title", default="", metavar="TITEL", help="sagens titel (standard: uddatamappens navn)")
    b.add_argument("--journal", default="", metavar="NR", help="sagens journalnummer (stemplet, aktlisten, afgørelsen)")
    _add_bases_option(b)  # the authority's own list: its `forslag:` gives each proposal's basis
    b.add_argument(
        "--cluster",
        metavar="ADR",
        help="fordel filerne på en Dask-klynge: local:N (N processer på denne maskine) eller tcp://vært:8786 "
        "(en kørende scheduler, hvis workere ser de samme filer på de samme stier)",
    )
    b.add_argument(
        "--sprog",
        "--language",
        dest="language",
        metavar="KODE",
        help="alle dokumenters sprog: da, nb, nn, sv eller en (standard: findes for hvert dokument)",
    )
    b.add_argument(
        "--resume",
        action="store_true",
        help="fortsæt en afbrudt batch i samme uddatamappe: færdige filer behandles ikke igen",
    )


PACKAGE_DIR = "aktindsigt"


def _journal_ok(journal: str) -> str:
    """The journal number, refused when the machine policy's `journal_format` does not fit it."""
    from redact.store.policy import machine_policy

    policy = machine_policy()
    if journal and not policy.journal_number_ok(journal):
        raise UsageError(
            f"--journal: «{journal}» har ikke myndighedens format for journalnumre ({policy.journal_format}; "
            f"maskinpolitikken {policy.source})"
        )
    return journal


def _own_bases(args: argparse.Namespace) -> list[Path]:
    """The authority's lists of legal bases: the machine policy's `legal_bases`, then --legal-bases."""
    from redact.store.policy import machine_policy

    fixed = machine_policy().legal_bases
    return [*([fixed] if fixed is not None else []), *args.legal_bases]


def _add_bases_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--legal-bases",
        type=Path,
        action="append",
        default=[],
        metavar="FIL",
        help="myndighedens egne hjemler (YAML), lagt oven på de medfølgende; kan gives flere gange",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that stops early (`redact bases | head`) ends it quietly."""
    # A redact process builds its Presidio registries from its own recognizers, never Presidio's
    # defaults: Presidio's ninety predefined recognizers are not imported (half a CPU-second of
    # every start; see detect.deferred).
    deferred.defer_presidio_recognizers()
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point stdout at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest_qt:
        from redact.services.selftest import qt_probe

        return qt_probe()
    if args.selftest:
        return _selftest()
    if args.check_policy is not None:
        return _check_policy(args.check_policy)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    try:
        if args.command == "batch":
            return _batch(args)
        if args.command == "export":
            return _export(args)
        if args.command == "withhold":
            return _withhold(args)
        if args.command == "bases":
            return _bases(args)
        if args.command in ("sprog", "language"):
            return _language(args)
        if args.command == "gui":
            return _gui(args)
    except RedactError as exc:
        print(f"redact: {one_line(exc.message)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("redact: afbrudt; alle beslutninger indtil nu er gemt", file=sys.stderr)
        return ExitCode.INTERRUPTED
    return ExitCode.USAGE


def _load_keep_list(path: Path | None) -> KeepList:
    if path is None:
        return KeepList()
    try:
        return KeepList.load(path)
    except OSError as exc:
        raise UsageError(f"{path}: listen over medarbejdere kan ikke læses: {exc.strerror}") from exc


def _keep_list_path(given: Path | None) -> Path | None:
    """--keep-list, else the machine policy's list; refused if the policy locks another list."""
    from redact.core.policy import KEEP_LIST
    from redact.store.policy import machine_policy

    policy = machine_policy()  # validated here: a broken policy stops the run with every problem listed
    fixed = policy.keep_list
    if given is not None and policy.is_locked(KEEP_LIST) and (fixed is None or given.resolve() != fixed.resolve()):
        raise UsageError(
            f"--keep-list: maskinpolitikken {policy.source} låser listen over medarbejdere ({fixed or 'ingen liste'})"
        )
    return given or fixed


def _selftest() -> int:
    from redact.services.selftest import header, run_selftest

    print(header(), flush=True)
    ok = run_selftest(lambda result: print(result.line, flush=True))
    print("Selvtest bestået." if ok else "Selvtest fejlede: se linjerne med FEJL.", flush=True)
    return ExitCode.OK if ok else ExitCode.SELFTEST_FAILED


def _check_policy(name: str) -> int:
    from redact.store.policy import POLICY_ENV, known_basis_codes, machine_policy_path, read_policy

    path = Path(name) if name else machine_policy_path()
    if not name and POLICY_ENV not in os.environ and not path.exists():
        print(f"Ingen maskinpolitik: {path} findes ikke; standardindstillingerne gælder.")
        return 0
    policy, problems = read_policy(path, known_basis_codes())
    if problems:
        print(f"{path}: {len(problems)} problem(er); ret dem alle og kør kontrollen igen:")
        for problem in problems:
            print(f"FEJL {problem}")
        return ExitCode.POLICY_INVALID
    print(f"{path}: gyldig")
    head = policy.letterhead
    for label, value in (
        ("Organisation", policy.organisation),
        ("Journalnummerformat", policy.journal_format),
        ("Medarbejderliste", policy.keep_list),
        ("Standardhjemmel", policy.default_legal_basis),
        ("Brevhoved, tekst", " / ".join(head.text.splitlines())),
        ("Brevhoved, logo", head.logo),
        ("Låst for brugerne", ", ".join(sorted(policy.locked))),
    ):
        print(f"  {label}: {value or '-'}")
    return 0


def _build_detectors() -> list[Detector]:
    """`detect.factory.build_detectors`, imported when first called (Presidio and spaCy: seconds)."""
    from redact.detect.factory import build_detectors

    return build_detectors()


def _no_collection_at_exit() -> None:
    """The process ends soon after a batch: Python's last collection at exit walked every model and
    word list the batch had loaded (0.3-0.7 s after the work was done) and found next to nothing.
    What the process holds when it exits is put out of its sight (`gc.freeze`) instead."""
    atexit.unregister(gc.freeze)  # once, however many batches a process runs (the tests)
    atexit.register(gc.freeze)


def _batch(args: argparse.Namespace) -> int:
    _no_collection_at_exit()
    if not args.cluster and not args.language and args.jobs == 1:
        # The batch tells documents' languages in this process: the classifier loads while spaCy and
        # Presidio are imported. (With more jobs a reader process is forked first, which must not
        # happen while this thread runs: services.cases.local_runner starts it after that.)
        from redact.detect.language import load_in_background

        load_in_background()
    # Nothing of detection (Presidio, spaCy) is imported here: a batch with --jobs 2 or more forks
    # its reader of the files before it loads them (services/readahead.py).
    from redact.detect.model_files import models_in_use
    from redact.services.batch import run_batch
    from redact.services.cases import exit_code

    if args.jobs < 1:
        raise UsageError("--jobs skal være mindst 1")
    keep = _load_keep_list(_keep_list_path(args.keep_list))
    runner, export_jobs = None, args.jobs
    if args.cluster:
        from redact.detect.factory import build_detectors
        from redact.services.cluster import cluster_runner, parse_address

        forced = normalise_language(args.language) if args.language else None
        runner = cluster_runner(args.cluster, build_detectors, forced)
        export_jobs = max(args.jobs, parse_address(args.cluster)[1])  # local:N exports with N processes too
    report = run_batch(
        args.sources,
        args.out,
        _build_detectors,
        keep,
        args.auto_accept,
        args.jobs,
        models_in_use(),
        progress=lambda: _progress_factory(sys.stderr),
        resume=args.resume,
        runner=runner,
        export_jobs=export_jobs,
        language=normalise_language(args.language) if args.language else None,
        title=args.title,
        journal=_journal_ok(args.journal),
        own_bases=tuple(_own_bases(args)),
    )
    for f in report.failures:
        line = f.error if f.error.startswith(f.file) else f"{f.file}: {f.error}"
        print(f"FEJL: {one_line(line)}", file=sys.stderr)
    out = sys.stdout
    if args.resume:
        print(f"Genoptaget: {report.resumed} af {report.files} filer var allerede behandlet", file=out)
    print(f"Filer: {report.files}  dokumenter: {report.documents}  sider: {report.pages}", file=out)
    if report.converters:
        print("Læst som: " + ", ".join(f"{k} {v}" for k, v in sorted(report.converters.items())), file=out)
    if report.languages:
        print("Sprog: " + ", ".join(f"{language_name(k)} {v}" for k, v in sorted(report.languages.items())), file=out)
    if report.proposals:
        print("Forslag pr. kategori: " + ", ".join(f"{k} {v}" for k, v in sorted(report.proposals.items())), file=out)
    if args.auto_accept:
        print(
            "Redigeret pr. kategori: "
            + (", ".join(f"{k} {v}" for k, v in sorted(report.redactions.items())) or "ingen"),
            file=out,
        )
        print(f"Skrevet: {len(report.written)} PDF'er til udlevering i {report.release_dir}", file=out)
        print(
            f"Kun {report.release_dir} må udleveres. Resten af {report.out_dir} (sag.redact, sag-log.jsonl, "
            "sag-filer/) er arbejdsfiler med det overstregede i klar tekst og må aldrig udleveres",
            file=out,
        )
    else:
        print(f"Sagsfil til gennemsyn: {report.case_file} (intet eksporteret uden --auto-accept)", file=out)
    for w in report.warnings:
        print(f"ADVARSEL: {one_line(w)}", file=out)
    if report.failures:
        print(f"Mislykkedes: {len(report.failures)} fil(er); se ovenfor og report.json", file=out)
    return exit_code(report.failures)


def _export(args: argparse.Namespace) -> int:
    from redact.services.language import case_language
    from redact.services.package import export_package
    from redact.store.casefile import find_case, load_case
    from redact.store.legal import load_legal_bases
    from redact.store.letter import load_template

    if args.jobs < 1:
        raise UsageError("--jobs skal være mindst 1")
    bases = load_legal_bases(*_own_bases(args))
    case_file = find_case(args.path)
    case = load_case(case_file)
    language = normalise_language(args.language) if args.language else case_language(case)
    template = load_template(args.template, language=language)
    if args.title:
        case.title = args.title
    _journal_ok(args.journal or "")
    if not (args.journal or case.journal):
        print(
            "ADVARSEL: sagen har intet journalnummer; stemplet og afgørelsen får det med --journal NR", file=sys.stderr
        )
    out = args.out or case_file.parent / PACKAGE_DIR
    from redact.store.policy import machine_policy

    policy = machine_policy()  # the authority's letterhead and name onto the decision draft
    outcome = export_package(
        case,
        case_file.parent,
        out,
        bases=bases,
        template=template,
        journal=args.journal,
        jobs=args.jobs,
        letterhead=policy.letterhead,
        organisation=policy.organisation,
        progress=_progress_factory(sys.stderr),
        language=language,
    )
    released = sum(1 for r in outcome.documents if r.file)
    print(f"Pakke skrevet i {out}")
    print(f"Dokumenter: {len(outcome.documents)}  udleveret: {released}  sider i {'samlet.pdf'}: {outcome.pages}")
    for name in outcome.written:
        print(f"  {one_line(name)}")
    for w in outcome.warnings:
        print(f"ADVARSEL: {one_line(w)}")
    return 0


def _find_document(case: Case, ref: str) -> str:
    ids = [d.id for d in case.documents]
    if ref in ids:
        return ref
    if ref.isdigit() and 1 <= int(ref) <= len(ids):
        return ids[int(ref) - 1]
    raise UsageError(f"sagen har intet dokument {ref!r} (numrene går fra 1 til {len(ids)})")


def _withhold(args: argparse.Namespace) -> int:
    from redact.services.access import open_for_writing
    from redact.services.cases import current_user
    from redact.services.decisions import release, withhold_document, withhold_page
    from redact.store.legal import load_legal_bases

    with open_for_writing(args.path, "redact withhold", current_user()) as opened:
        for note in opened.notes:
            print(f"ADVARSEL: {one_line(note)}", file=sys.stderr)
        case, folder = opened.case, opened.folder
        doc_id = _find_document(case, args.document)
        page = -1 if args.page is None else args.page - 1
        if args.release:
            done = release(case, folder, doc_id, current_user(), page)
            print("Udleveres igen." if done else "Der var ingen undtagelse at fortryde.")
            return 0
        bases = load_legal_bases(*_own_bases(args))
        if page >= 0:
            withhold_page(case, folder, doc_id, page, args.basis, current_user(), bases)
            print(f"Side {page + 1} af dokument {args.document} er undtaget efter {bases[args.basis].citation}.")
        else:
            withhold_document(case, folder, doc_id, args.basis, current_user(), bases)
            print(f"Dokument {args.document} er undtaget efter {bases[args.basis].citation}.")
    return 0


def _bases(args: argparse.Namespace) -> int:
    from redact.store.legal import load_legal_bases

    print(f"{'Kode':<12} {'Etiket':<22} {'Omfang':<10} Henvisning")
    language = normalise_language(args.language) if args.language else None
    for b in load_legal_bases(*_own_bases(args), language=language).values():
        print(f"{b.code:<12} {b.label:<22} {b.scope.value:<10} {b.citation}")
    return 0


def _language(args: argparse.Namespace) -> int:
    """`redact sprog STI`: every document's language; `redact sprog STI DOK KODE`: change one (its
    open proposals are made again with the new language's detectors; decided ones stay)."""
    from redact.detect.factory import build_detectors
    from redact.services.access import open_for_writing
    from redact.services.cases import current_user
    from redact.services.language import set_document_language
    from redact.store.casefile import find_case, load_case

    case_file = find_case(args.path)
    case = load_case(case_file)
    if args.document is None:
        for n, d in enumerate(case.documents, start=1):
            how = "sat af sagsbehandler" if d.language_set_by_user else "fundet automatisk"
            code = d.language or "da"
            print(f"{n:>3}  {d.id}  {code:<3} {language_name(code):<16} {how:<22} {d.title}")
        return 0
    if args.code is None:
        raise UsageError("angiv det nye sprog: redact sprog STI DOK KODE (da, nb, nn, sv eller en)")
    doc_id = _find_document(case, args.document)
    code = normalise_language(args.code)
    keep = _load_keep_list(_keep_list_path(args.keep_list))
    # A change of language is a decision in the log: written, like any other, by the one writer.
    with open_for_writing(case_file, "redact sprog", current_user()) as opened:
        for note in opened.notes:
            print(f"ADVARSEL: {one_line(note)}", file=sys.stderr)
        changed = set_document_language(opened.case, opened.folder, doc_id, code, build_detectors, keep, current_user())
    print(
        f"Dokument {args.document} er nu på {language_name(code)}: "
        f"{changed.removed} åbne forslag fjernet, {changed.added} nye; "
        f"{changed.elsewhere} nye i sagens andre dokumenter (samme person eller oplysning)."
    )
    return 0


def _gui(args: argparse.Namespace) -> int:
    try:  # Qt only here: the rest of the CLI works without it
        from redact.gui.app import run
    except ImportError as exc:
        raise UsageError(f"programmet kræver PySide6 (pip install 'redact[gui]'): {exc}") from exc
    from redact.detect.factory import build_detectors
    from redact.detect.model_files import models_in_use

    return run(args.path, build_detectors, models_in_use(), screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
