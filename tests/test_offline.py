import socket

import pytest

from tests.support.offline import NetworkAccessError


def test_a_connection_attempt_fails_the_test() -> None:
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("127.0.0.1", 9))
    s = socket.socket()
    try:
        with pytest.raises(NetworkAccessError):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_building_the_detectors_touches_no_network(presidio_detector) -> None:  # type: ignore[no-untyped-def]
    # Presidio reaches for the network by default (model download, tldextract); ours must not.
    assert presidio_detector.detect("Ring på 20 12 34 56", "da")
