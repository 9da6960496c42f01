"""The automaton finds a case's names and identifiers exactly where the regex of their trie does."""

from __future__ import annotations

import random

import pytest

from redact.core.consistency import IDENTIFIER_EDGES, PERSON_EDGES, Edges, regex_finder
from redact.detect.mentions import AutomatonFinder

NAMES = ["Anne", "Ann", "Anne Lis", "Anne Lis Holm", "Holm", "Lis", "Bo", "Bo Ærø", "Åse Øst", "Øst", "Jens Hansen"]
IDENTIFIERS = ["12 34 56 78", "12 34", "1234 5678", "anne@eksempel.dk", "010190-1234", "+45 12 34 56 78", "DK12 3456"]
SEPARATORS = [" ", "  ", "\n", " \n ", "\t", "\xa0", "", ".", ",", "-", "@", "+", "'", "’", "s", "'s"]
SEPARATORS += ["x", "_", "1", "(", ")"]


def _text(rng: random.Random, pieces: list[str]) -> str:
    words = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
    words += ["".join(rng.sample("abcæøåABCÆØÅ ", rng.randint(1, 4))) for _ in range(rng.randint(0, 3))]
    rng.shuffle(words)
    spaced = [w.replace(" ", rng.choice([" ", "  ", "\n", " \t", "\u2003"])) for w in words]
    return "".join(w + rng.choice(SEPARATORS) for w in spaced)


@pytest.mark.parametrize(("texts", "edges"), [(NAMES, PERSON_EDGES), (IDENTIFIERS, IDENTIFIER_EDGES)])
def test_the_automaton_finds_what_the_regex_finds(texts: list[str], edges: Edges) -> None:
    rng = random.Random(13)
    regex, automaton = regex_finder(texts, edges), AutomatonFinder(texts, edges)
    found = 0
    for _ in range(4000):
        subset = texts if rng.random() < 0.5 else rng.sample(texts, rng.randint(1, len(texts)))
        if subset is not texts:
            regex, automaton = regex_finder(subset, edges), AutomatonFinder(subset, edges)
        text = _text(rng, texts)
        expected = list(regex.spans(text))
        assert list(automaton.spans(text)) == expected, text
        found += len(expected)
    assert found > 2000  # the texts were there to be found, at their edges and inside other words


def test_the_longest_text_whose_edge_allows_it_and_its_genitive() -> None:
    finder = AutomatonFinder(["Anne", "Anne Lis", "Lis Holm"], PERSON_EDGES)
    text = "Anne  Lis's bog, Anne Lisx og Lis\nHolm’s hund; Annes, xAnne og Anne.Lis"
    found = list(finder.spans(text))
    assert [text[s:e] for s, e, _ in found] == ["Anne  Lis's", "Anne", "Lis\nHolm’s", "Annes", "Anne"]
    assert [text[s:n] for s, _, n in found] == ["Anne  Lis", "Anne", "Lis\nHolm", "Anne", "Anne"]
    assert found == list(regex_finder(["Anne", "Anne Lis", "Lis Holm"], PERSON_EDGES).spans(text))


def test_nothing_to_look_for_finds_nothing() -> None:
    assert list(AutomatonFinder([], IDENTIFIER_EDGES).spans("12 34 56 78")) == []
