"""Makes every network connection fail, loudly. Imported by conftest.py for in-process tests and
used as the entry point (`python tests/support/offline.py batch ...`) for subprocess tests, so
the product is proven offline end to end (worker processes are forked and inherit the guard).

The Dask cluster tests need one narrow exception: a LocalCluster's scheduler and workers talk to
each other over loopback TCP on this machine. `allow_loopback()` (in process) and
`offline.py --loopback batch ...` (a subprocess) let connections to 127.0.0.0/8 and ::1 through and
still refuse every other address; Dask's worker processes are spawned, not forked, so they get the
same loopback-only guard as a Dask preload module (`dask_setup` below) before they connect anywhere.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

# Dask reads this in every process it starts: the workers import this module before any connection.
DASK_PRELOAD_ENV = "DASK_DISTRIBUTED__WORKER__PRELOAD"
PRELOAD = '["tests.support.offline"]'

_real = {
    "connect": socket.socket.connect,
    "connect_ex": socket.socket.connect_ex,
    "create_connection": socket.create_connection,
    "getaddrinfo": socket.getaddrinfo,
}


class NetworkAccessError(AssertionError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise NetworkAccessError(f"network access attempted: {args!r}")


def is_loopback(host: object) -> bool:
    if host in (None, "", "localhost", b"localhost"):
        return True  # None/"" ask for local (passive) addresses, used to bind, never to connect out
    if isinstance(host, bytes):
        host = host.decode()
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _loopback_connect(name: str) -> Any:
    real = _real[name]

    def connect(sock: socket.socket, address: Any, *args: Any, **kwargs: Any) -> Any:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and is_loopback(address[0]):
            return real(sock, address, *args, **kwargs)
        _refuse(address)

    return connect


def _loopback_create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    if is_loopback(address[0]):
        return _real["create_connection"](address, *args, **kwargs)
    _refuse(address)


def _loopback_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if is_loopback(host):
        return _real["getaddrinfo"](host, *args, **kwargs)
    _refuse(host, *args)


def install() -> None:
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse


def install_loopback_only() -> None:
    socket.socket.connect = _loopback_connect("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _loopback_connect("connect_ex")  # type: ignore[method-assign]
    socket.create_connection = _loopback_create_connection
    socket.getaddrinfo = _loopback_getaddrinfo


@contextmanager
def allow_loopback() -> Iterator[None]:
    """Loopback connections only, for the duration (the Dask cluster tests); then the full guard again."""
    import dask

    install_loopback_only()
    try:
        with dask.config.set({"distributed.worker.preload": ["tests.support.offline"]}):
            yield
    finally:
        install()


def dask_setup(worker: object) -> None:
    """Dask preload hook: runs in each worker process before it connects to the scheduler."""
    install_loopback_only()


if __name__ == "__main__":
    argv = sys.argv[1:]
    if argv[:1] == ["--loopback"]:
        argv = argv[1:]
        os.environ[DASK_PRELOAD_ENV] = PRELOAD
        install_loopback_only()
    else:
        install()
    from redact.cli import main

    sys.exit(main(argv))
