"""Language per document, offline. The texts are invented administrative prose."""

from __future__ import annotations

import threading

import pytest

from redact.detect import language
from redact.detect.language import detect_language

TEXTS = {
    "da": (
        "Kommunen har modtaget din ansøgning om hjælp til boligindretning. Vi har behandlet sagen og "
        "kan desværre ikke imødekomme ansøgningen, fordi betingelserne efter serviceloven ikke er opfyldt."
    ),
    "nb": (
        "Kommunen har mottatt søknaden din om hjelp til tilrettelegging av boligen. Vi har behandlet saken "
        "og kan dessverre ikke innvilge søknaden fordi vilkårene i loven ikke er oppfylt. Du kan klage på vedtaket."
    ),
    "nn": (
        "Kommunen har motteke søknaden din om hjelp til tilrettelegging av bustaden. Vi har handsama saka "
        "og kan diverre ikkje innvilge søknaden fordi vilkåra i lova ikkje er oppfylte. Du kan klage på vedtaket."
    ),
    "sv": (
        "Kommunen har tagit emot din ansökan om bostadsanpassningsbidrag. Vi har prövat ärendet och kan "
        "tyvärr inte bevilja ansökan eftersom villkoren i lagen inte är uppfyllda. Du kan överklaga beslutet."
    ),
    "en": (
        "The municipality has received your application for help with adapting your home. We have "
        "considered the case and regret that we cannot grant the application under the act."
    ),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_language_is_told_apart(code: str) -> None:
    assert detect_language(TEXTS[code]) == code


def test_too_little_text_keeps_the_fallback() -> None:
    assert detect_language("12 34 56 78  2024-01-05", fallback="sv") == "sv"
    assert detect_language("", fallback="nb") == "nb"


def test_the_classifier_loaded_in_the_background_is_waited_for_and_its_thread_has_ended() -> None:
    """A batch starts loading the classifier in a thread while it imports the rest, then forks its
    workers after telling a language: by then the thread must have ended (a fork copies a lock
    held by a thread still running), and the language told is the same."""
    language._loaded.cache_clear()
    thread = language.load_in_background()
    try:
        assert detect_language(TEXTS["sv"]) == "sv"
        assert not thread.is_alive()
        assert language._loaded.cache_info().misses == 1  # loaded once, in the thread
    finally:
        language._LOADERS.remove(thread)


def test_two_loaders_at_once_do_not_wait_for_each_other() -> None:
    """A batch's command line and its runner may each start a loader; started together, each saw
    the other in the list and waited for it to end, for ever (found as a hung test run)."""
    language._loaded.cache_clear()
    both = threading.Barrier(2)

    def load() -> None:
        both.wait()  # both are registered and running before either asks for the classifier
        language._identifier()

    loaders = [threading.Thread(target=load, daemon=True) for _ in range(2)]
    language._LOADERS.extend(loaders)
    try:
        for t in loaders:
            t.start()
        for t in loaders:
            t.join(timeout=20)
        assert not any(t.is_alive() for t in loaders)
        assert detect_language(TEXTS["nb"]) == "nb"
        assert language._loaded.cache_info().misses == 1
    finally:
        for t in loaders:
            language._LOADERS.remove(t)
