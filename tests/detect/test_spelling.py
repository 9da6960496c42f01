"""The hunspell stems read from the dictionary and from the cache are the same words; a cache
that is stale, damaged or cannot be written is never believed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redact.detect import spelling
from redact.detect.evidence import HUNSPELL_DIRS
from redact.detect.spelling import read_stems, stems

# An invented dictionary in hunspell's layout: a count, then a stem and its flags per line.
_DIC = "6\nfrugtpresse/ABC\nKlodsby/D\nmorgenkaffe\n  skovsnegl /E\nvandkande/F\n-agtig/G\n"
_AFF = "SET UTF-8\nTRY aeiou\n"


@pytest.fixture()
def dictionary(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "hunspell"
    folder.mkdir()
    dic, aff = folder / "xx_XX.dic", folder / "xx_XX.aff"
    dic.write_text(_DIC, encoding="utf-8")
    aff.write_text(_AFF, encoding="utf-8")
    return dic, aff


def test_the_stems_are_the_lower_case_words_before_the_flags(dictionary: tuple[Path, Path]) -> None:
    assert read_stems(*dictionary) == {"frugtpresse", "morgenkaffe", "skovsnegl", "vandkande"}


def test_the_cache_gives_the_words_of_the_dictionary_and_is_read_the_second_time(
    dictionary: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = stems(*dictionary, cache)
    assert first == read_stems(*dictionary)
    assert [p.name.startswith("spelling-xx_XX-") for p in cache.iterdir()] == [True]
    assert sorted(p.name for p in dictionary[0].parent.iterdir()) == ["xx_XX.aff", "xx_XX.dic"]  # nothing beside it

    def unread(*_args: object) -> None:
        raise AssertionError("the dictionary was read although the cache holds its words")

    monkeypatch.setattr(spelling, "read_stems", unread)
    assert stems(*dictionary, cache) == first


def test_a_changed_dictionary_is_read_again(dictionary: tuple[Path, Path], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    dic, aff = dictionary
    assert "tekande" not in stems(dic, aff, cache)  # type: ignore[operator]
    dic.write_text(_DIC + "tekande/H\n", encoding="utf-8")
    st = dic.stat()
    os.utime(dic, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a later modification time
    assert stems(dic, aff, cache) == read_stems(dic, aff) != None  # noqa: E711
    assert "tekande" in stems(dic, aff, cache)  # type: ignore[operator]
    assert len(list(cache.iterdir())) == 1  # the stale cache was replaced, not kept beside the new one


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace(b"morgenkaffe", b"morgenkaffX"),  # a word changed
        lambda data: b"",  # empty
        lambda data: b"\xff\xfe" + data,  # not the header
    ],
)
def test_a_damaged_cache_is_not_believed_and_is_written_again(
    dictionary: tuple[Path, Path], tmp_path: Path, damage: object
) -> None:
    cache = tmp_path / "cache"
    expected = stems(*dictionary, cache)
    [cached] = list(cache.iterdir())
    cached.write_bytes(damage(cached.read_bytes()))  # type: ignore[operator]
    assert stems(*dictionary, cache) == expected == read_stems(*dictionary)
    assert stems(*dictionary, cache) == expected  # and the rewritten cache is whole again


def test_a_cache_folder_that_cannot_be_written_still_gives_the_words(
    dictionary: tuple[Path, Path], tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    assert stems(*dictionary, blocked) == read_stems(*dictionary)
    assert stems(*dictionary, blocked / "redact") == read_stems(*dictionary)
    assert stems(*dictionary, None) == read_stems(*dictionary)


def test_the_cache_folder_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert spelling.default_cache_dir() == tmp_path / "redact"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/folder")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert spelling.default_cache_dir() == tmp_path / "home" / ".cache" / "redact"


def test_the_cache_folder_is_each_systems_own_place_for_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows the local part of the profile (a roaming profile copies the rest to the server at
    every logon), on macOS the Library's caches; $XDG_CACHE_HOME, when set, goes before both."""
    from redact.detect import user_cache

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    monkeypatch.setattr(user_cache.sys, "platform", "win32")
    assert user_cache.default_cache_dir() == tmp_path / "AppData" / "Local" / "redact" / "cache"
    monkeypatch.delenv("LOCALAPPDATA")  # not set: the home folder's, as elsewhere
    assert user_cache.default_cache_dir() == tmp_path / "home" / ".cache" / "redact"
    monkeypatch.setattr(user_cache.sys, "platform", "darwin")
    assert user_cache.default_cache_dir() == tmp_path / "home" / "Library" / "Caches" / "redact"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache.default_cache_dir() == tmp_path / "xdg" / "redact"
    monkeypatch.setattr(user_cache.sys, "platform", "linux")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert user_cache.default_cache_dir() == tmp_path / "home" / ".cache" / "redact"


def test_the_installed_dictionaries_give_the_same_words_from_the_cache(tmp_path: Path) -> None:
    found = [d for folder in HUNSPELL_DIRS for d in sorted(folder.glob("*_*.dic"))][:3]
    if not found:
        pytest.skip("no hunspell dictionaries installed")
    for dic in found:
        aff = dic.with_suffix(".aff")
        eager = read_stems(dic, aff)
        assert stems(dic, aff, tmp_path) == eager  # written
        assert stems(dic, aff, tmp_path) == eager  # read back
