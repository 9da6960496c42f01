"""Language per document, offline. The texts are invented administrative prose."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

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


# Texts of every kind the classifier is asked about: each language, a mixed one, too little text,
# none, bytes that are not UTF-8, capitals only.
_SAMPLES = [
    *TEXTS.values(),
    TEXTS["da"] + " " + TEXTS["sv"],
    TEXTS["nb"][:60] + TEXTS["en"][60:],
    "12 34 56 78  2024-01-05",
    "",
    "Æblegrød med flødeskum og sukker",
    TEXTS["nn"].upper(),
    b"\xff\xfeKommunen har \xc3\xa6ndret",
]


def _ranks(ident: LanguageIdentifier) -> list[object]:
    return [(ident.rank(text), ident.classify(text)) for text in _SAMPLES]


def test_the_cached_classifier_decides_exactly_as_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written to the cache, then read back without the model: every language and every score the
    same, to the last bit, as py3langid's own loading gives."""
    from_model = language._from_model()
    written = language.load_identifier(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["langid.bin"]

    def unloaded() -> LanguageIdentifier:
        raise AssertionError("the model was loaded although the cache holds it")

    monkeypatch.setattr(language, "_from_model", unloaded)
    read = language.load_identifier(tmp_path)
    assert _ranks(read) == _ranks(written) == _ranks(from_model)
    assert read.nb_classes == from_model.nb_classes
    assert np.array_equal(read.nb_ptc, from_model.nb_ptc) and read.nb_ptc.strides == from_model.nb_ptc.strides
    assert read.tk_nextmove == from_model.tk_nextmove and read.tk_output == from_model.tk_output


def test_a_changed_model_is_loaded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is keyed by the model file: another model (here the same file with a later
    modification time) is loaded anew and replaces the cache."""
    models = tmp_path / "py3langid"
    models.mkdir()
    (models / "data").mkdir()
    copy = models / MODEL_FILE
    shutil.copy2(MODEL_DIR / MODEL_FILE, copy)
    monkeypatch.setattr(language, "MODEL_DIR", models)
    cache = tmp_path / "cache"
    language.load_identifier(cache)
    key = language._key()
    st = copy.stat()
    os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert language._key() != key
    loads: list[int] = []
    from_model = language._from_model
    monkeypatch.setattr(language, "_from_model", lambda: loads.append(1) or from_model())
    assert _ranks(language.load_identifier(cache)) == _ranks(from_model())
    assert loads == [1]
    assert language.load_identifier(cache) is not None and loads == [1]  # the new cache is read back
    assert [p.name for p in cache.iterdir()] == ["langid.bin"]


def test_in_the_installed_app_the_program_stands_for_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller app py3langid's code is inside the program's archive, no file of its own:
    the cache is still kept, keyed by the program file, and another program is another key."""
    import py3langid.langid

    monkeypatch.setattr(py3langid.langid, "__file__", str(tmp_path / "_internal" / "py3langid" / "langid.pyc"))
    monkeypatch.setattr(language.sys, "frozen", True, raising=False)
    program = tmp_path / "redact"
    program.write_bytes(b"one build")
    monkeypatch.setattr(language.sys, "executable", str(program))
    cache = tmp_path / "cache"
    language.load_identifier(cache)
    assert [p.name for p in cache.iterdir()] == ["langid.bin"]
    key = language._key()
    assert str(program.resolve()) in key
    program.write_bytes(b"another build")
    assert language._key() != key


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-100] + bytes(100),  # the end zeroed
        lambda data: b"",  # empty
        lambda data: b"redact-langid" + data,  # not the header
    ],
)
def test_a_damaged_cache_is_not_believed_and_is_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    expected = _ranks(language.load_identifier(tmp_path))
    cached = tmp_path / "langid.bin"
    cached.write_bytes(damage(cached.read_bytes()))
    assert _ranks(language.load_identifier(tmp_path)) == expected
    whole = cached.read_bytes()
    monkeypatch.setattr(language, "_from_model", lambda: pytest.fail("the rewritten cache was not read"))
    assert _ranks(language.load_identifier(tmp_path)) == expected
    assert cached.read_bytes() == whole


def test_without_a_writable_cache_folder_the_model_is_loaded(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    expected = _ranks(language._from_model())
    assert _ranks(language.load_identifier(blocked)) == expected
    assert _ranks(language.load_identifier(None)) == expected
    assert blocked.is_file()
