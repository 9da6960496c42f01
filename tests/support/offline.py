"""Makes every network connection fail, loudly. Imported by conftest.py for in-process tests and
used as the entry point (`python tests/support/offline.py batch ...`) for subprocess tests, so
the product is proven offline end to end (worker processes are forked and inherit the guard)."""

from __future__ import annotations

import socket
import sys
from typing import Any, NoReturn


class NetworkAccessError(AssertionError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise NetworkAccessError(f"network access attempted: {args!r}")


def install() -> None:
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse


if __name__ == "__main__":
    install()
    from redact.cli import main

    sys.exit(main(sys.argv[1:]))
