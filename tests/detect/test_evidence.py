"""The name lists of a language family are read once and shared by every detector that asks them.
Every name here is invented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import redact.detect.evidence as evidence
from redact.core.entity import Entity
from redact.detect.linewrap import WrappedNames
from redact.detect.middle_names import MiddleNames
from redact.detect.names import NameRuleDetector
from redact.detect.roles import PersonRoles


def test_each_family_has_its_own_lists_and_an_unknown_one_gets_the_danish() -> None:
    da, no, sv = (evidence.name_evidence(f) for f in ("da", "no", "sv"))
    assert da is evidence.name_evidence("da") and da is evidence.name_evidence("en")
    assert len({da.first, no.first, sv.first}) == 3  # Norwegian and Swedish lists of their own
    assert "Hansen" in da.sur and da.known_name("Hansen")


@pytest.mark.parametrize("family", ["da", "no"])
def test_the_name_rules_and_the_refiners_read_the_lists_once(monkeypatch: pytest.MonkeyPatch, family: str) -> None:
    reads: Counter[Path] = Counter()
    real = evidence.read_list

    def counted(path: Path) -> list[str]:
        reads[path] += 1
        return real(path)

    monkeypatch.setattr(evidence, "read_list", counted)
    evidence._family_evidence.cache_clear()
    try:
        language = {"da": "da", "no": "nb"}[family]
        text = "Klagen er sendt af Mette Bager Fiktivsen og\nJens Kristian\nHolm om sagen."
        found = NameRuleDetector(evidence=evidence.name_evidence(family)).detect(text, language)
        persons = [f for f in found if f.entity is Entity.PERSON]
        assert persons
        for refiner in (PersonRoles(), MiddleNames(), WrappedNames()):
            persons = refiner.refine(text, persons, language)
        assert reads and set(reads.values()) == {1}, reads  # every list file read once
        assert {p.name for p in reads} >= {"da_first_names.txt", "da_surnames.txt", "vocabulary.txt"}
    finally:
        evidence._family_evidence.cache_clear()


def test_an_ordinary_words_answer_is_kept_and_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ordinary` keeps each answer: the same as working it out again, in every language, and a word
    asked again is not worked out again; a full store starts afresh."""
    ev = evidence.name_evidence("da")
    words = ["Beslutningstema", "Ejendomshandel", "Kommunen", "Hansen", "Skov", "Xqzvortel", "Vik", "Dal", "Ø", ""]
    for language in ("da", "no", "sv", "en"):
        assert [ev.ordinary(w, language) for w in words] == [ev._is_ordinary(w, language) for w in words]
    assert ev.ordinary("Beslutningstema", "da") and not ev.ordinary("Hansen", "da")
    asked: list[str] = []
    real = ev._is_ordinary
    monkeypatch.setattr(ev, "_is_ordinary", lambda w, lang: asked.append(w) or real(w, lang))
    assert ev.ordinary("Kommunen", "da") and ev.ordinary("Ejendomshandel", "no")
    assert asked == []
    monkeypatch.setattr(evidence, "KEPT_ANSWERS", len(ev._ordinary))
    assert not ev.ordinary("Xqzvirtel", "da") and asked == ["Xqzvirtel"]
    assert len(ev._ordinary) == 1
