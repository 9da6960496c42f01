"""The `redact` command. Builds everything a run needs and maps errors to exit codes.

Exit codes: 0 all went well; 1 internal error; 2 wrong usage; 3 one or more input files failed;
4 an export failed verification; 5 a case file could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from redact import __version__
from redact.core.errors import RedactError, UsageError
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress, Progress

EXIT_INPUT_FAILED = 3


class BarProgress:
    """A tqdm bar on a terminal; nothing when output is redirected (logs stay readable)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._bar: object | None = None

    def start(self, total: int, label: str) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, desc=label, unit="fil", file=self._stream, leave=False, dynamic_ncols=True)

    def advance(self, step: int = 1, detail: str = "") -> None:
        bar = self._bar
        if bar is not None:
            bar.set_postfix_str(detail[-40:], refresh=False)  # type: ignore[attr-defined]
            bar.update(step)  # type: ignore[attr-defined]

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()  # type: ignore[attr-defined]
            self._bar = None


def _progress_factory(stream: TextIO) -> Progress:
    return BarProgress(stream) if stream.isatty() else NullProgress()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redact",
        description="Redigér (sort-overstreg) personoplysninger i sager om aktindsigt. Kører helt offline.",
    )
    p.add_argument("--version", action="version", version=f"redact {__version__}")
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO")

    b = sub.add_parser("batch", help="behandl en hel anmodning fra kommandolinjen")
    b.add_argument("sources", nargs="+", type=Path, metavar="SRC", help="filer og/eller mapper (rekursivt)")
    b.add_argument("--out", required=True, type=Path, metavar="DIR", help="uddatamappe (sagsfil og PDF'er)")
    b.add_argument("--keep-list", type=Path, metavar="FILE", help="myndighedens medarbejdere: redigeres aldrig")
    b.add_argument(
        "--auto-accept", action="store_true", help="acceptér alle forslag uden gennemsyn og eksportér PDF'erne"
    )
    b.add_argument("--jobs", type=int, default=1, metavar="N", help="antal processer (standard 1)")
    b.add_argument("--title", default="", help="sagens titel")

    e = sub.add_parser("export", help="eksportér en gennemset sag til redigerede PDF'er")
    e.add_argument("path", type=Path, metavar="PATH", help="sagsfil eller batch-uddatamappe")
    e.add_argument("--out", type=Path, metavar="DIR", help="uddatamappe (standard: sagens mappe)")
    e.add_argument("--jobs", type=int, default=1, metavar="N")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "batch":
            return _batch(args)
        if args.command == "export":
            return _export(args)
    except RedactError as exc:
        print(f"redact: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("redact: afbrudt; alle beslutninger indtil nu er gemt", file=sys.stderr)
        return 130
    return 2


def _load_keep_list(path: Path | None) -> KeepList:
    if path is None:
        return KeepList()
    try:
        return KeepList.load(path)
    except OSError as exc:
        raise UsageError(f"{path}: listen over medarbejdere kan ikke læses: {exc.strerror}") from exc


def _batch(args: argparse.Namespace) -> int:
    from redact.detect.factory import build_detectors, model_version
    from redact.services.batch import run_batch

    if args.jobs < 1:
        raise UsageError("--jobs skal være mindst 1")
    keep = _load_keep_list(args.keep_list)
    report = run_batch(
        args.sources,
        args.out,
        build_detectors,
        keep,
        args.auto_accept,
        args.jobs,
        model_version(),
        progress=lambda: _progress_factory(sys.stderr),
    )
    for f in report.failures:
        print(f"FEJL: {f.error if f.error.startswith(f.file) else f'{f.file}: {f.error}'}", file=sys.stderr)
    out = sys.stdout
    print(f"Filer: {report.files}  dokumenter: {report.documents}  sider: {report.pages}", file=out)
    if report.proposals:
        print("Forslag pr. kategori: " + ", ".join(f"{k} {v}" for k, v in sorted(report.proposals.items())), file=out)
    if args.auto_accept:
        print(
            "Redigeret pr. kategori: "
            + (", ".join(f"{k} {v}" for k, v in sorted(report.redactions.items())) or "ingen"),
            file=out,
        )
        print(f"Skrevet: {len(report.written)} PDF'er i {report.out_dir}", file=out)
    else:
        print(f"Sagsfil til gennemsyn: {report.case_file} (intet eksporteret uden --auto-accept)", file=out)
    for w in report.warnings:
        print(f"ADVARSEL: {w}", file=out)
    if report.failures:
        print(f"Mislykkedes: {len(report.failures)} fil(er); se ovenfor og report.json", file=out)
        return EXIT_INPUT_FAILED
    return 0


def _export(args: argparse.Namespace) -> int:
    from redact.services.cases import export_case
    from redact.store.casefile import find_case, load_case

    case_file = find_case(args.path)
    case = load_case(case_file)
    out = args.out or case_file.parent
    outcome = export_case(case, case_file.parent, out, jobs=args.jobs, progress=_progress_factory(sys.stderr))
    for f in outcome.failures:
        print(f"FEJL: {f.error}", file=sys.stderr)
    print(f"Skrevet: {len(outcome.written)} PDF'er i {out}")
    return 4 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
