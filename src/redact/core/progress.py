"""Long work reports progress through this small protocol; the CLI draws a bar, the GUI emits signals.

`advance` says whether the item failed (`failed=True`) as a flag, so no front end has to recognise a
failure by the wording of `detail`.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, total: int, label: str) -> None: ...

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None: ...

    def finish(self) -> None: ...


class NullProgress:
    def start(self, total: int, label: str) -> None:
        pass

    def advance(self, step: int = 1, detail: str = "", failed: bool = False) -> None:
        pass

    def finish(self) -> None:
        pass


class Cancelled(Exception):
    """Raised when the user cancels long work; what is done so far is saved."""


class CancelToken:
    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()
