"""`redact --selftest`: municipal IT's check, after deployment, that the installed app works.

Every check runs offline, under a guard that fails any network connection, and prints one line:
`OK   ...`, `FEJL ...`, or `INFO ...` for what is worth knowing but not an error. A failure in one
check does not stop the others. The checks, in order: shipped resources found; the NER model
loads; detection finds a test CPR number and a test name; a generated PDF is redacted and the
export's verification passes; OCR reads a rendered scan; Qt starts offscreen (in a child process,
so a Qt crash cannot take the selftest down); the machine policy is valid; and no network
connection was attempted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from redact import __version__, paths
from redact.core.detector import Detector
from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.offline import NetworkGuard

# Invented test data: the number has a valid CPR birth date and is used in the tests too.
TEST_CPR = "120384-1234"
TEST_NAME = "Hanne Kjeldsen"
LETTER = [
    f"Kære {TEST_NAME}",
    "",
    "Vi har modtaget din anmodning om aktindsigt den 3. marts.",
    f"Dit CPR-nr. er {TEST_CPR}.",
    "",
    "Med venlig hilsen",
    "Borgerservice",
]
SCAN_WORD = "Aktindsigt"
SCAN = ["Selvtest af tekstgenkendelse", f"{SCAN_WORD} 2024"]
OCR_LANGUAGES = ("dan", "nor", "swe")
QT_TIMEOUT = 120
QT_PROBE_FLAG = "--selftest-qt"


# duplicates: shaped like core.legal.Scope/LegalBasis and core.finding.Finding by chance: kept.
class Status(Enum):
    OK = "OK"
    FAIL = "FEJL"
    INFO = "INFO"


@dataclass(frozen=True, slots=True)
class CheckResult:
    status: Status
    text: str

    @property
    def line(self) -> str:
        return f"{self.status.value:<5}{self.text}"


def _ok(text: str) -> CheckResult:
    return CheckResult(Status.OK, text)


def _fail(text: str) -> CheckResult:
    return CheckResult(Status.FAIL, text)


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def self_command() -> list[str]:
    """How to start this program again: the bundle's executable, or this Python with `-m redact`."""
    if paths.is_frozen():
        return [sys.executable]
    return [sys.executable, "-m", "redact"]


class Selftest:
    """The checks, run in order; later checks use what earlier ones built (the detectors)."""

    def __init__(self, emit: Callable[[CheckResult], None]) -> None:
        self._emit = emit
        self.results: list[CheckResult] = []
        self._detectors: list[Detector] | None = None
        self._name_found = False
        self._model_version = ""

    def run(self) -> bool:
        with NetworkGuard() as guard:
            for label, check in (
                ("Ressourcer", self.check_resources),
                ("Sprogmodel", self.check_model),
                ("Genkendelse", self.check_detection),
                ("PDF-redigering", self.check_pdf),
                ("OCR", self.check_ocr),
                ("Qt", self.check_qt),
                ("Maskinpolitik", self.check_policy),
                ("LibreOffice", self.check_libreoffice),
            ):
                try:
                    results = check()
                except Exception as exc:  # one broken check must not hide the others
                    results = [_fail(f"{label}: uventet fejl: {type(exc).__name__}: {_why(exc)}")]
                for r in results:
                    self._report(r)
        if guard.attempts:
            shown = "; ".join(dict.fromkeys(guard.attempts))
            self._report(_fail(f"Netværksforbindelse forsøgt ({len(guard.attempts)} gange): {_why(Exception(shown))}"))
        else:
            self._report(_ok("Ingen netværksforbindelser forsøgt under selvtesten"))
        return all(r.status is not Status.FAIL for r in self.results)

    def _report(self, result: CheckResult) -> None:
        self.results.append(result)
        self._emit(result)

    def check_resources(self) -> list[CheckResult]:
        folder = paths.resources_dir()
        if not folder.is_dir() or not any(folder.iterdir()):
            return [_fail(f"Ressourcer mangler: {folder} findes ikke eller er tom")]
        return [_ok(f"Ressourcer fundet ({folder})")]

    def check_model(self) -> list[CheckResult]:
        from redact.detect.model_files import MODEL_NAME, model_version
        from redact.detect.ner import NerDetector

        model_dir = paths.models_dir() / MODEL_NAME
        if not (model_dir / "meta.json").is_file():
            return [_fail(f"Sprogmodel mangler: {model_dir} findes ikke (eller har ingen meta.json)")]
        try:
            NerDetector(model_dir)
        except Exception as exc:
            return [_fail(f"Sprogmodel kan ikke indlæses fra {model_dir}: {type(exc).__name__}: {_why(exc)}")]
        self._model_version = model_version(model_dir) or MODEL_NAME
        return [_ok(f"Sprogmodel indlæst ({self._model_version})"), *self._nordic_models()]

    def _nordic_models(self) -> list[CheckResult]:
        """The Norwegian and Swedish models ship with the app: one that is missing or broken would
        leave those documents to the Danish model without anyone knowing."""
        from redact.detect.model_files import model_dir_for, model_version
        from redact.detect.ner import NerDetector

        out: list[CheckResult] = []
        for family, what in (("no", "Norsk"), ("sv", "Svensk")):
            model_dir = model_dir_for(family)
            if not (model_dir / "meta.json").is_file():
                out.append(_fail(f"{what} sprogmodel mangler: {model_dir} findes ikke (eller har ingen meta.json)"))
                continue
            try:
                NerDetector(model_dir)
            except Exception as exc:
                out.append(_fail(f"{what} sprogmodel kan ikke indlæses fra {model_dir}: {_why(exc)}"))
                continue
            out.append(_ok(f"{what} sprogmodel indlæst ({model_version(model_dir)})"))
        return out

    def check_detection(self) -> list[CheckResult]:
        from redact.detect.factory import build_detectors

        try:
            self._detectors = build_detectors()
        except Exception as exc:
            why = f"{type(exc).__name__}: {_why(exc)}"
            return [
                _fail(f"CPR-nummer ikke afprøvet: detektorerne kan ikke bygges: {why}"),
                _fail("Navn ikke afprøvet: detektorerne kan ikke bygges (se ovenfor)"),
            ]
        text = "\n".join(LETTER)
        findings: list[Finding] = []
        for detector in self._detectors:
            findings.extend(detector.detect(text, "da"))
        cpr = [f for f in findings if f.entity is Entity.CPR and TEST_CPR in f.text]
        names = [f for f in findings if f.entity is Entity.PERSON and TEST_NAME in f.text]
        self._name_found = bool(names)
        names_seen = sorted({f.text for f in findings if f.entity is Entity.PERSON})
        return [
            _ok(f"CPR-nummer genkendt i testbrevet ({cpr[0].detector})")
            if cpr
            else _fail(f"CPR-nummer ikke genkendt i testbrevet ({TEST_CPR})"),
            _ok(f"Navn genkendt i testbrevet ({names[0].detector})")
            if names
            else _fail(
                f"Navn ikke genkendt i testbrevet: «{TEST_NAME}» "
                f"(personer fundet: {', '.join(names_seen) or 'ingen'}; detektorer: "
                f"{', '.join(d.name for d in self._detectors)})"
            ),
        ]

    def check_pdf(self) -> list[CheckResult]:
        from redact.pdf.extract import read_pages
        from redact.pdf.samples import write_letter
        from redact.services.batch import RELEASE_DIR, run_batch

        if self._detectors is None:
            return [_fail("PDF-redigering ikke afprøvet: detektorerne kan ikke bygges (se ovenfor)")]
        detectors = self._detectors
        with tempfile.TemporaryDirectory(prefix="redact-selvtest-") as tmp:
            src = Path(tmp) / "anmodning"
            src.mkdir()
            write_letter(src / "brev.pdf", LETTER)
            out = Path(tmp) / "sag"  # the released PDF lands in sag/udlevering
            report = run_batch(
                [src],
                out,
                lambda: detectors,
                KeepList(),
                auto_accept=True,
                jobs=1,
                model_version=self._model_version,
                progress=NullProgress,
            )
            if report.failures:
                return [_fail(f"PDF-redigering fejlede: {_why(Exception(report.failures[0].error))}")]
            if report.written != ["brev.pdf"]:
                return [_fail(f"PDF-redigering skrev ikke den forventede fil (skrevet: {report.written})")]
            text = " ".join(pt.text for pt in read_pages(out / RELEASE_DIR / "brev.pdf", ocr=False))
        left = [t for t in (TEST_CPR, TEST_NAME if self._name_found else "") if t and t in text]
        if left:
            return [_fail(f"PDF-redigering: den redigerede fil indeholder stadig {', '.join(left)}")]
        if "Borgerservice" not in text:
            return [_fail("PDF-redigering fjernede mere end det redigerede (teksten «Borgerservice» mangler)")]
        count = sum(report.redactions.values())
        what = "CPR-nummer og navn" if self._name_found else "CPR-nummer"
        return [_ok(f"PDF redigeret og kontrolleret ({count} redaktion(er); {what} fjernet)")]

    def check_ocr(self) -> list[CheckResult]:
        from redact.pdf.extract import read_pages
        from redact.pdf.ocr import tessdata_dir
        from redact.pdf.samples import write_scan

        found = tessdata_dir()
        if found is None:
            return [
                _fail(f"OCR: Tesseracts sprogdata (dan.traineddata) findes ikke (søgt bl.a. i {paths.tessdata_dir()})")
            ]
        missing = [lang for lang in OCR_LANGUAGES if not (Path(found) / f"{lang}.traineddata").is_file()]
        if missing:
            return [_fail(f"OCR: sprogdata mangler i {found}: {', '.join(missing)}")]
        with tempfile.TemporaryDirectory(prefix="redact-selvtest-") as tmp:
            scan = write_scan(Path(tmp) / "skanning.pdf", SCAN)
            pages = read_pages(scan)
        if not pages or not pages[0].ocr:
            return [_fail("OCR: den skannede testside blev ikke læst med OCR")]
        if SCAN_WORD not in pages[0].text:
            seen = " ".join(pages[0].text.split())[:80]
            return [_fail(f"OCR læste ikke testsiden korrekt (læst: «{seen}»)")]
        return [_ok(f"OCR læser en skannet side (sprogdata {', '.join(OCR_LANGUAGES)} i {found})")]

    def check_qt(self) -> list[CheckResult]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        try:
            res = subprocess.run(
                [*self_command(), QT_PROBE_FLAG],
                capture_output=True,
                text=True,
                env=env,
                timeout=QT_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return [_fail(f"Qt starter ikke: ingen svar inden for {QT_TIMEOUT} s")]
        except OSError as exc:
            return [_fail(f"Qt-kontrollen kan ikke starte {self_command()[0]}: {_why(exc)}")]
        out = res.stdout.strip().splitlines()
        if res.returncode != 0 or not out:
            err = (res.stderr.strip().splitlines() or out or [f"afslutningskode {res.returncode}"])[-1]
            return [_fail(f"Qt starter ikke offscreen: {_why(Exception(err))}")]
        return [_ok(f"Qt starter offscreen ({out[-1]})")]

    def check_policy(self) -> list[CheckResult]:
        from redact.store.policy import POLICY_ENV, known_basis_codes, machine_policy_path, read_policy

        path = machine_policy_path()
        if not path.exists() and POLICY_ENV not in os.environ:
            return [_ok(f"Ingen maskinpolitik ({path}); standardindstillingerne gælder")]
        policy, problems = read_policy(path, known_basis_codes())
        if problems:
            first = "; ".join(str(p) for p in problems[:3])
            return [_fail(f"Maskinpolitikken {path} har {len(problems)} fejl: {first} (se «redact --check-policy»)")]
        return [_ok(f"Maskinpolitik gyldig ({path}; {policy.organisation or 'ingen organisation angivet'})")]

    def check_libreoffice(self) -> list[CheckResult]:
        from redact.ingest.office import libreoffice

        exe = libreoffice()
        if exe:
            return [CheckResult(Status.INFO, f"LibreOffice fundet ({exe}): Word-filer sættes op som i Word")]
        return [
            CheckResult(
                Status.INFO,
                "LibreOffice ikke fundet: Word-filer sættes op med det forenklede layout (installér LibreOffice)",
            )
        ]


def run_selftest(emit: Callable[[CheckResult], None]) -> bool:
    """Run every check, emit each result as it is known; True if no check failed."""
    return Selftest(emit).run()


def header() -> str:
    return f"redact {__version__} selvtest ({paths.app_root()})"


def qt_probe() -> int:
    """The Qt check's child process: start Qt offscreen with one widget and print the versions.

    The one import of PySide6 outside the GUI package: the selftest must prove that Qt starts in
    the installed app whatever the GUI does, and it runs in its own process so that a Qt abort
    (a missing platform plugin) becomes a failed check instead of a crashed selftest.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with NetworkGuard() as guard:
        import PySide6
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(["redact-selvtest"])
        label = QLabel("redact selvtest")
        label.resize(240, 60)
        label.show()
        app.processEvents()
        shown = label.isVisible()
        label.close()
        platform = app.platformName()
    if guard.attempts:
        print(f"netværksforbindelse forsøgt: {guard.attempts[0]}", file=sys.stderr)
        return 3
    if not shown:
        print("vinduet blev ikke vist", file=sys.stderr)
        return 1
    print(f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform {platform}")
    return 0
