"""The plausibility filter on the NER model's person spans. Every name here is invented."""

from __future__ import annotations

import pytest

from redact.detect.name_words import names_dir
from redact.detect.ner import NerDetector, default_model_dir, model_dir_for

pytestmark = pytest.mark.skipif(not default_model_dir().exists(), reason="no NER model built")


@pytest.fixture(scope="module")
def norwegian() -> NerDetector:
    own = model_dir_for("no")
    return NerDetector(own if own.exists() else None, names_dir("no"))


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        # a town after or before a surname is no part of the name
        ("velkommen til Kari Fiktivsen Risør kommune", "Kari Fiktivsen Risør", "Kari Fiktivsen"),
        ("i Hansen Tromsø i går", "Hansen Tromsø", "Hansen"),
        ("fra Lillehammer Ola Fiktivsen", "Lillehammer Ola Fiktivsen", "Ola Fiktivsen"),
        # a place alone is no name; a name that is also a place stays
        ("bor i Tromsø nå", "Tromsø", None),
        ("samtale med Ola Fiktivsen", "Ola Fiktivsen", "Ola Fiktivsen"),
        # a company named after a person
        ("MOTTATT 29 JAN FIKTIVSEN & PARTNERE", "JAN FIKTIVSEN", None),
        ("arbeidet ble gjort av Ola Fiktivsen AS i fjor", "Ola Fiktivsen", None),
        ("Ola Fiktivsen og Kari Opdigt kom", "Ola Fiktivsen", "Ola Fiktivsen"),
    ],
)
def test_places_at_the_edge_and_companies_are_no_person(
    norwegian: NerDetector, text: str, span: str, kept: str | None
) -> None:
    start = text.index(span)
    got = norwegian._plausible(text, start, start + len(span))
    assert (text[got[0] : got[1]] if got else None) == kept
