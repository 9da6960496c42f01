from __future__ import annotations

import gc
import random
import re
import tracemalloc
import weakref
from typing import Any

import pytest

from redact.core.consistency import (
    NameIndex,
    _alternatives,
    forget_patterns,
    group_name,
    identifier_search,
    name_parts,
    person_search,
    propagate,
    propagate_exact,
    propagate_identifiers,
    propagate_persons,
)
from redact.core.entity import Entity
from redact.core.geometry import Box
from redact.core.text import PageText


def page(text: str, number: int = 0) -> PageText:
    return PageText(number, text, tuple(Box(i, 0, i + 1, 10) for i in range(len(text))))


def test_name_parts_skip_initials_particles_and_salutations() -> None:
    assert name_parts("Jens Peter Opdigtsen") == ["Jens", "Peter", "Opdigtsen"]
    assert name_parts("J.P. Opdigtsen") == ["Opdigtsen"]
    assert name_parts("Karim bin Fiktiv") == ["Karim", "Fiktiv"]


def test_every_mention_in_every_document_is_found_and_grouped() -> None:
    pages = {
        "0001": [page("Ansøger: Jens Peter Opdigtsen, Fiktivvej 1.")],
        "0002": [page("Hej Jens\nOpdigtsens datter ringede. Mødet er i Jensens Allé? nej.")],
    }
    existing = {("0001", 0): [(9, 29)]}
    found = propagate(["Jens Peter Opdigtsen"], pages, existing)
    texts = sorted((m.document, m.finding.text) for m in found)
    assert texts == [("0002", "Jens"), ("0002", "Opdigtsens")]
    assert all(m.person == "Jens Peter Opdigtsen" for m in found)
    assert "Jens Peter Opdigtsen" in found[0].finding.reason


def test_parts_are_not_found_inside_other_words_or_email_addresses() -> None:
    pages = {"0001": [page("Jensby og jens@example.com og Jensen og Opdigtsenvej")]}
    assert propagate(["Jens Opdigtsen"], pages, {}) == []


def test_group_name_picks_the_full_name() -> None:
    persons = {"Jens Peter Opdigtsen", "Anne Opdigtsen"}
    assert group_name("Jens", persons) == "Jens Peter Opdigtsen"
    assert group_name("Opdigtsens", persons) == "Jens Peter Opdigtsen"  # the longest full name wins a shared part
    assert group_name("Anne", persons) == "Anne Opdigtsen"
    assert group_name("Birte", persons) is None


def test_identifiers_found_once_are_proposed_everywhere() -> None:
    from redact.core.consistency import propagate_exact
    from redact.core.entity import Entity

    pages = {
        "0001": [page("Bor på Fiktivvej 31, tlf. 20 12 34 56")],
        "0002": [page("ejendommen Fiktivvej 31. Ring 20 12  34 56 eller 20123456. Fiktivvej 310 er en anden.")],
    }
    existing = {("0001", 0): [(7, 19), (26, 37)]}
    found = propagate_exact([(Entity.ADDRESS, "Fiktivvej 31"), (Entity.PHONE, "20 12 34 56")], pages, existing)
    assert sorted((m.document, m.finding.entity, m.finding.text) for m in found) == [
        ("0002", Entity.ADDRESS, "Fiktivvej 31"),
        ("0002", Entity.PHONE, "20 12  34 56"),
    ]


def test_the_longest_name_wins_where_names_share_a_beginning_and_spacing_may_vary() -> None:
    pages = {"0001": [page("Anne  Marie Fiktivsen kom. Anne Marie kom. Anne kom. Annette kom.")]}
    found = [m.finding.text for m in propagate(["Anne Marie Fiktivsen", "Anne Marie Opdigt"], pages, {})]
    assert found == ["Anne  Marie Fiktivsen", "Anne", "Marie", "Anne"]  # "Annette" is no mention


def test_an_index_of_names_groups_as_a_scan_of_all_names_does() -> None:
    persons = ["Jens Peter Opdigtsen", "Anne Opdigtsen", "Karim bin Fiktiv"]
    index = NameIndex(persons)
    for mention in ["Jens", "Opdigtsens", "Anne", "Karim", "Fiktivs", "Karim bin Fiktiv", "Peter", "Ukendt"]:
        assert index.group(mention) == group_name(mention, set(persons)), mention
    assert index.containing("Opdigtsen") == ["Jens Peter Opdigtsen", "Anne Opdigtsen"]  # in the order given
    assert "Anne Opdigtsen" in index and "Anne" not in index


def test_a_shared_surname_goes_to_the_same_person_whatever_the_order_of_the_names() -> None:
    from redact.core.consistency import group_name

    names = ["Margrethe Bech", "Benedikte Bech"]
    assert group_name("Bech", names) == group_name("Bech", list(reversed(names))) == "Benedikte Bech"


def test_the_rest_of_a_name_wrapped_onto_the_next_line_is_found_beside_the_part_already_found() -> None:
    text = "Klager: Jens Kristian\nFiktivholm har skrevet. Jens Kristian Fiktivholms brev. Jens Kristians bil."
    # found: "Jens Kristian", "Jens Kristian Fiktivholm" without its genitive s, "Jens Kristians"
    existing = {("0001", 0): [(8, 21), (46, 70), (78, 92)]}
    found = propagate(["Jens Kristian Fiktivholm"], {"0001": [page(text)]}, existing)
    assert [(m.finding.text, m.person) for m in found] == [("Fiktivholm", "Jens Kristian Fiktivholm")]
    assert text[found[0].finding.start : found[0].finding.end] == "Fiktivholm"


def test_patterns_made_once_find_document_by_document_what_one_search_of_all_documents_finds() -> None:
    pages = {
        "0001": [page("Ansøger: Jens Peter Opdigtsen, Fiktivvej 31, tlf. 20 12 34 56.")],
        "0002": [page("Opdigtsen ringede fra 20 12 34 56 om Fiktivvej 31.")],
        "0003": [page("Anne Fiktiv og Jens mødtes; Annes telefon er 20123456.")],
    }
    persons = ["Jens Peter Opdigtsen", "Anne Fiktiv"]
    ids = [(Entity.ADDRESS, "Fiktivvej 31"), (Entity.PHONE, "20 12 34 56"), (Entity.PHONE, "20123456")]
    whole = propagate(persons, pages, {}) + propagate_exact(ids, pages, {})
    people, numbers = person_search(persons), identifier_search(ids)
    each = [
        m
        for doc_id, doc_pages in pages.items()
        for m in propagate_persons(people, {doc_id: doc_pages}, {})
        + propagate_identifiers(numbers, {doc_id: doc_pages}, {})
    ]
    assert len(whole) >= 8
    assert sorted(map(repr, each)) == sorted(map(repr, whole))
    assert person_search([]) is None and identifier_search([]) is None


def _trie_of_dictionaries(texts: list[str]) -> str:
    """The alternation as it was made before: a dictionary per character (the reference)."""
    trie: dict[str, Any] = {}
    for text in texts:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + walk(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + either + ")?" if "" in node else either

    return walk(trie)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["Anne"],
        ["Anne", "Anne Hansen", "Anne Hansen Bro", "Ann", "Anders", "Bo", "Bo"],
        ["Ærø Ågade 3", "12 34 56 78", "a.b+c@eksempel.dk", "(Lis)", "Åse", "Ase", "Øster Mark"],
        ["Jens", "Jens-Ole", "Jens Ole", "Jensen", "J"],
    ],
)
def test_the_names_pattern_is_the_trie_a_dictionary_per_character_gave(texts: list[str]) -> None:
    assert _alternatives(texts) == _trie_of_dictionaries(texts)


def test_many_invented_names_give_the_same_trie_and_it_is_made_without_a_node_per_character() -> None:
    rng = random.Random(5)
    first = ["Anne", "Anders", "Bo", "Birgit", "Carl", "Dorte", "Erik", "Åse", "Øjvind", "Mette", "Lise-Lotte"]
    last = ["Hansen", "Holm", "Bro", "Kjær", "Lund", "Østergaard", "Mikkelsen", "Bach", "Dal"]
    names = [f"{rng.choice(first)} {rng.choice(first)[: rng.randint(2, 6)]}{rng.randint(0, 999)} {rng.choice(last)}"]
    names += [" ".join(rng.sample(first + last, rng.randint(1, 4))) for _ in range(3000)]
    assert _alternatives(names) == _trie_of_dictionaries(names)
    peaks = []
    for make in (_alternatives, _trie_of_dictionaries):
        tracemalloc.start()
        try:
            make(names)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[0] * 10 < peaks[1]  # no dictionary per character: a 10,000-page case has many names


def test_the_patterns_kept_for_the_next_search_are_let_go_when_asked() -> None:
    persons = person_search(["Jens Hansen", "Bodil Kjær Lund"])
    identifiers = identifier_search([(Entity.PHONE, "12 34 56 78")])
    assert persons is not None and identifiers is not None
    assert person_search(["Jens Hansen", "Bodil Kjær Lund"]) == persons  # kept: made once for a case
    kept = [weakref.ref(persons[0]), weakref.ref(identifiers[0])]
    del persons, identifiers
    gc.collect()
    assert all(ref() is not None for ref in kept)
    forget_patterns()
    gc.collect()
    assert all(ref() is None for ref in kept)
