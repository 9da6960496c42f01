from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.core.keeplist import KeepList

KEEP = KeepList.from_lines(
    [
        "# Medarbejdere",
        "Mette Fiktivlund",
        "65 51 00 43   # direkte",
        "mefi@kommune.example",
        "Ole Opdigtsen",
    ]
)

DOC = "Sagsbehandler Mette Fiktivlund skrev til borgeren. Ole Opdigtsen var med."


@pytest.mark.parametrize(
    ("text", "entity", "kept"),
    [
        ("Mette Fiktivlund", Entity.PERSON, True),
        ("mette  fiktivlund", Entity.PERSON, True),
        ("Mette", Entity.PERSON, True),  # a part of a staff name that occurs in full in the document
        ("Fiktivlunds", Entity.PERSON, True),  # genitive of a staff surname
        ("Mette Hansen", Entity.PERSON, False),
        ("65 51 00 43", Entity.PHONE, True),
        ("+45 65510043", Entity.PHONE, True),
        ("65 51 00 44", Entity.PHONE, False),
        ("MEFI@kommune.example", Entity.EMAIL, True),
        ("privat@example.com", Entity.EMAIL, False),
        ("post@kommune.example", Entity.EMAIL, True),  # the authority's own domain
    ],
)
def test_keeps_staff_and_official_contacts(text: str, entity: Entity, kept: bool) -> None:
    assert KEEP.keeps(text, entity, DOC) is kept


def test_part_of_a_staff_name_is_not_kept_when_the_full_name_is_absent() -> None:
    assert not KEEP.keeps("Mette", Entity.PERSON, "Borgeren Mette skrev et brev.")


def test_part_shared_with_another_persons_full_name_is_not_kept() -> None:
    doc = DOC + " Borgeren Mette Jensen klagede."
    assert not KEEP.keeps("Mette", Entity.PERSON, doc, other_names=("Mette Jensen",))
    assert KEEP.keeps("Fiktivlund", Entity.PERSON, doc, other_names=("Mette Jensen",))


def test_empty_list_keeps_nothing() -> None:
    assert not KeepList().keeps("Mette Fiktivlund", Entity.PERSON, DOC)
    assert KEEP.official_domains == frozenset({"kommune.example"})


def test_a_cut_staff_name_is_kept_although_it_is_among_the_found_names() -> None:
    """A detector that finds only "Kirsten Holmvig" of the staff member "Kirsten Holmvig Dahl"
    lists that cut name among the document's names; it is the staff member, not another person."""
    keep = KeepList.from_lines(["Kirsten Holmvig Dahl"])
    doc = "Mødet blev ledet af Kirsten Holmvig Dahl. Mette Sandgaard deltog som borger."
    assert keep.keeps("Kirsten Holmvig", Entity.PERSON, doc, ("Kirsten Holmvig", "Mette Sandgaard"))
    # a part the staff member shares with a private person in the document is still proposed
    doc = "Mødet blev ledet af Kirsten Holmvig Dahl. Mette Holmvig deltog som borger."
    assert not keep.keeps("Holmvig", Entity.PERSON, doc, ("Kirsten Holmvig", "Mette Holmvig"))


def test_a_staff_name_broken_at_its_hyphen_by_the_layout_is_kept() -> None:
    keep = KeepList.from_lines(["Ann-Charlotte Fiktivsson"])
    assert keep.keeps("Ann-\nCharlotte Fiktivsson", Entity.PERSON)
    assert keep.keeps("Ann- \n Charlotte  Fiktivsson", Entity.PERSON)
    assert not keep.keeps("Ann Charlotte Fiktivsson", Entity.PERSON)
