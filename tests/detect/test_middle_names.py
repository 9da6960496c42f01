"""A middle name that is an ordinary word joins the names either side of it. Every name here is invented."""

from __future__ import annotations

import pytest

from redact.detect.middle_names import MiddleNames
from tests.detect.test_linewrap import person


@pytest.fixture(scope="module")
def middle() -> MiddleNames:
    return MiddleNames()


# (language, text, the parts found, the one name they make): a middle name that is an ordinary word
BRIDGED = [
    (
        "no",
        "Søknaden gjelder eiendommen til Kari Nordmann Hansen i Bergen.",
        ["Kari", "Hansen"],
        "Kari Nordmann Hansen",
    ),
    (
        "da",
        "Ansøgningen er sendt af Mette Bager Fiktivsen, der bor i huset.",
        ["Mette", "Fiktivsen"],
        "Mette Bager Fiktivsen",
    ),
    (
        "sv",
        "Ansökan gäller Anna Snickare Lindqvist som bor i huset.",
        ["Anna", "Lindqvist"],
        "Anna Snickare Lindqvist",
    ),
]
# (language, text, the parts found): the parts stay apart
APART = [
    # two persons in a table row read as one line: the first is no lone first name
    ("da", "Jens Hansen Formand Per Olsen", ["Jens Hansen", "Per Olsen"]),
    # punctuation between them
    ("da", "Til stede: Mette, Formand Fiktivsen.", ["Mette", "Fiktivsen"]),
    ("da", "Det sagde Mette. Bager Fiktivsen svarede.", ["Mette", "Fiktivsen"]),
    # a heading in capitals, and two words between them
    ("da", "Mette AFGØRELSE Fiktivsen", ["Mette", "Fiktivsen"]),
    ("da", "Mette og Bager Fiktivsen", ["Mette", "Fiktivsen"]),
    # the first part is no first name on the lists
    ("da", "Fiktivsen Bager Mortensen", ["Fiktivsen", "Mortensen"]),
]


@pytest.mark.parametrize(("language", "text", "parts", "whole"), BRIDGED)
def test_a_middle_name_that_is_an_ordinary_word_joins_the_name(
    middle: MiddleNames, language: str, text: str, parts: list[str], whole: str
) -> None:
    out = middle.refine(text, [person(text, p) for p in parts], language)
    assert [f.text for f in out] == [whole]
    assert text[out[0].start : out[0].end] == whole


@pytest.mark.parametrize(("language", "text", "parts"), APART)
def test_names_either_side_of_a_word_stay_apart_without_a_lone_first_name_before_it(
    middle: MiddleNames, language: str, text: str, parts: list[str]
) -> None:
    out = middle.refine(text, [person(text, p) for p in parts], language)
    assert sorted(f.text for f in out) == sorted(parts)
