"""A name wrapped over a line break is one name. Every name here is invented."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.detect.linewrap import WrappedNames


@pytest.fixture(scope="module")
def wrapped() -> WrappedNames:
    return WrappedNames()


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(Entity.PERSON, start, start + len(name), name, 0.9, "test", "")


# (language, text, the name as found on one line, the name the refiner must make of it)
GROWS = [
    ("da", "en samtale med borgeren Jens Kristian\nHolm om hans ansøgning.", "Jens Kristian", "Jens Kristian\nHolm"),
    ("da", "Klagen er indgivet af Birthe\nMøllegaard Sørensen, som bor her.", "Birthe", "Birthe\nMøllegaard Sørensen"),
    (
        "da",
        "Klagen er indgivet af Birthe\nMøllegaard Sørensen, som bor her.",
        "Møllegaard Sørensen",
        "Birthe\nMøllegaard Sørensen",
    ),
    ("da", "vi har talt med Anne Marie  \n  Skov, der ringede.", "Anne Marie", "Anne Marie  \n  Skov"),
    ("da", "oplyst af sønnen, Ole Fiktivsen\nPedersen.", "Ole Fiktivsen", "Ole Fiktivsen\nPedersen"),
    (
        "no",
        "Saken gjelder klage fra Ingrid Solveig\nBakketun, som mener at det er feil.",
        "Ingrid Solveig",
        "Ingrid Solveig\nBakketun",
    ),
    ("sv", "Ärendet gäller en ansökan från Karl-Erik\nLindqvist om bistånd.", "Karl-Erik", "Karl-Erik\nLindqvist"),
]
STAYS = [
    # a list: one name a line, after a label
    ("da", "Deltagere:\nJens Hansen\nMette Lund\nReferent: Ole Bak", "Jens Hansen"),
    ("da", "Deltagere: Jens Hansen\nMette Lund, sekretær", "Jens Hansen"),
    # a signature: the line below is a title or an authority
    ("da", "Med venlig hilsen\nJens Hansen\nSagsbehandler", "Jens Hansen"),
    ("da", "skrevet af sagsbehandler Jens Hansen\nSocialforvaltningen oplyser følgende", "Jens Hansen"),
    # the next line goes on with ordinary words
    ("da", "sagen blev drøftet med Jens Hansen\nog hans datter.", "Jens Hansen"),
    ("da", "sagen blev drøftet med Jens Hansen\nSamtalen varede en time.", "Jens Hansen"),
    # a heading in capitals on the next line
    ("da", "sagen blev drøftet med Jens Hansen\nAFGØRELSE", "Jens Hansen"),
    # the name is in the middle of its line
    ("da", "sagen blev drøftet med Jens Hansen i går\nHolm kommer også.", "Jens Hansen"),
]


@pytest.mark.parametrize(("language", "text", "found", "grown"), GROWS)
def test_a_name_is_carried_over_a_line_break_in_running_text(
    wrapped: WrappedNames, language: str, text: str, found: str, grown: str
) -> None:
    (out,) = wrapped.refine(text, [person(text, found)], language)
    assert out.text == grown == text[out.start : out.end]
    assert "over linjeskift" in out.reason


@pytest.mark.parametrize(("language", "text", "found"), STAYS)
def test_a_name_is_not_carried_into_a_list_a_signature_or_ordinary_words(
    wrapped: WrappedNames, language: str, text: str, found: str
) -> None:
    f = person(text, found)
    assert wrapped.refine(text, [f], language) == [f]


def test_other_findings_pass_untouched(wrapped: WrappedNames) -> None:
    text = "ring til borgeren på 20 12 34\n56 i dag"
    f = Finding(Entity.PHONE, 21, 29, "20 12 34", 0.9, "test", "")
    assert wrapped.refine(text, [f], "da") == [f]


@pytest.mark.parametrize(
    ("text", "found", "grown"),
    [
        # a list set as prose: the next line starts with the surname, then another person's first name
        (
            "Deltagere er leder Ole Fiktiv Hansen, næstleder Johan Eldar\nFiktivgård Jens Opdigt Dal og Ib Bak",
            "Johan Eldar",
            "Johan Eldar\nFiktivgård",
        ),
        # a place after the surname is no part of the name
        ("vi ønsker velkommen til direktør Carl Jakob\nHansen Roskilde kommune.", "Carl Jakob", "Carl Jakob\nHansen"),
        # backwards: the name before the line break ends where another person's surname stands
        ("til stede var Thor Fiktivsen Johan\nEldar Wingfiktiv, der", "Eldar Wingfiktiv", "Johan\nEldar Wingfiktiv"),
    ],
)
def test_a_wrapped_name_ends_where_another_name_or_a_place_begins(
    wrapped: WrappedNames, text: str, found: str, grown: str
) -> None:
    (out,) = wrapped.refine(text, [person(text, found)], "da")
    assert out.text == grown


@pytest.mark.parametrize(
    ("language", "text", "found", "grown"),
    [
        # a hyphenated first name broken at its hyphen, from either part, after a label too
        ("sv", "ekonom Ann-\nCharlotte Fiktivsson 164, planarkitekt", "Ann", "Ann-\nCharlotte Fiktivsson"),
        (
            "sv",
            "ekonom Ann-\nCharlotte Fiktivsson 164, planarkitekt",
            "Charlotte Fiktivsson",
            "Ann-\nCharlotte Fiktivsson",
        ),
        ("da", "Deltagere: Hans-\nPeter Opdigt", "Hans", "Hans-\nPeter Opdigt"),
        # a word broken at a hyphen after a name is no part of it
        ("da", "en sag om Jens Fiktivsen-\nsagen i byrådet", "Jens Fiktivsen", "Jens Fiktivsen"),
        ("da", "Deltagere: Mette Opdigt-\nKommunen var ikke med", "Mette Opdigt", "Mette Opdigt"),
    ],
)
def test_a_hyphenated_name_broken_at_its_hyphen_is_one_name(
    wrapped: WrappedNames, language: str, text: str, found: str, grown: str
) -> None:
    (out,) = wrapped.refine(text, [person(text, found)], language)
    assert out.text == grown
