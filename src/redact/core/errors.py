"""Errors carry their own exit code and a Danish message that tells the user what to do."""

from __future__ import annotations


class RedactError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputFileError(RedactError):
    """A file of the request could not be read. The rest of the work goes on."""

    exit_code = 3

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # survives the trip back from a worker process
        return (type(self), (self.path, self.reason))


class VerificationError(RedactError):
    """An exported file still showed redacted content; it was not written."""

    exit_code = 4


class CaseFileError(RedactError):
    exit_code = 5


class UsageError(RedactError):
    exit_code = 2
