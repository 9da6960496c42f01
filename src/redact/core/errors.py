"""Exit codes and errors. Every error carries its own exit code and a Danish message that tells the
user what to do; `redact` maps an error to its code in one place (cli.main), as OCRmyPDF does."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What `redact` returns to the shell. `redact --help` lists them (EXIT_CODE_HELP)."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    INPUT_FAILED = 3
    VERIFICATION_FAILED = 4
    CASE_FILE = 5
    POLICY_INVALID = 6
    SELFTEST_FAILED = 7
    INTERRUPTED = 130


# Danish, for `redact --help`: one line per code, in the order of the enum.
EXIT_CODE_HELP: dict[ExitCode, str] = {
    ExitCode.OK: "alt gik godt",
    ExitCode.INTERNAL: "intern fejl",
    ExitCode.USAGE: "forkert brug af kommandoen",
    ExitCode.INPUT_FAILED: "en eller flere filer kunne ikke læses (resten er behandlet)",
    ExitCode.VERIFICATION_FAILED: "en eksport bestod ikke kontrollen (filen er ikke skrevet)",
    ExitCode.CASE_FILE: "sagsfilen kan ikke læses",
    ExitCode.POLICY_INVALID: "maskinpolitikken er ugyldig",
    ExitCode.SELFTEST_FAILED: "selvtesten fandt et problem",
    ExitCode.INTERRUPTED: "afbrudt (Ctrl+C); beslutningerne indtil da er gemt",
}


class RedactError(Exception):
    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputFileError(RedactError):
    """A file of the request could not be read. The rest of the work goes on."""

    exit_code = ExitCode.INPUT_FAILED

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # survives the trip back from a worker process
        return (type(self), (self.path, self.reason))


class VerificationError(RedactError):
    """An exported file still showed redacted content; it was not written."""

    exit_code = ExitCode.VERIFICATION_FAILED


class CaseFileError(RedactError):
    exit_code = ExitCode.CASE_FILE


class UsageError(RedactError):
    exit_code = ExitCode.USAGE


class CaseInUseError(CaseFileError):
    """Another program (the app, a batch, `redact withhold`) is writing the case: one writer at a time."""
