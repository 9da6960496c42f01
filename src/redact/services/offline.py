"""A guard that makes every network connection fail and records the attempt.

The app never opens a network connection. The selftest runs its checks under this guard, so a
library that reaches for the network (a model download, an update check, telemetry, a DNS
lookup) fails the selftest even when the library catches the error and carries on. The test
suite proves the same with tests/support/offline.py.

It covers connections made through Python's `socket` module, which is how every Python library
connects; native code that opens sockets itself (Qt's own networking, which the app does not
ship) is not covered.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Any, NoReturn


class NetworkBlockedError(OSError):
    """Raised by every connection attempt under the guard. An OSError, as a machine without a
    network would give, so code that handles a missing network still behaves as it would."""


class NetworkGuard:
    """While active (`with NetworkGuard() as guard:`), connecting and name lookups fail.

    `guard.attempts` lists every attempt, also those the caller caught and ignored.
    """

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _refuse(self, what: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> NoReturn:
            shown = [a for a in args if not isinstance(a, socket.socket)]
            with self._lock:
                self.attempts.append(f"{what}{tuple(shown)!r}")
            raise NetworkBlockedError(f"netværksforbindelse forsøgt og blokeret: {what}{tuple(shown)!r}")

        return refuse

    def __enter__(self) -> NetworkGuard:
        self._saved = {
            "connect": socket.socket.connect,
            "connect_ex": socket.socket.connect_ex,
            "create_connection": socket.create_connection,
            "getaddrinfo": socket.getaddrinfo,
        }
        socket.socket.connect = self._refuse("connect")  # type: ignore[method-assign]
        socket.socket.connect_ex = self._refuse("connect_ex")  # type: ignore[method-assign]
        socket.create_connection = self._refuse("create_connection")
        socket.getaddrinfo = self._refuse("getaddrinfo")
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        socket.socket.connect = self._saved["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = self._saved["connect_ex"]  # type: ignore[method-assign]
        socket.create_connection = self._saved["create_connection"]
        socket.getaddrinfo = self._saved["getaddrinfo"]
