"""Sanity checks for the shipped NER pipeline models/da_redact_ner (built by training/train.py).

The sentences are invented administrative Danish; none comes from the training data or the acceptance
corpus. They check that the packaged pipeline loads offline and tags clearly marked person names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "da_redact_ner"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(MODEL_DIR)


def persons(nlp: Language, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PER"]


def test_pipeline_metadata(nlp: Language) -> None:
    assert nlp.meta["name"] == "da_redact_ner"
    assert nlp.meta["version"] == "0.1.0"
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kære Birthe Kjærsgaard\n\nVi har modtaget din ansøgning om hjælp til medicin.", "Birthe Kjærsgaard"),
        ("Fra: Henrik Vestergaard <hv@eksempel.dk>\nTil: Borgerservice\nEmne: Aktindsigt", "Henrik Vestergaard"),
        ("Med venlig hilsen\n\nLone Brøndum\nSagsbehandler", "Lone Brøndum"),
        ("Navn: Søren Aagaard Kirkeby\nAdresse: Lærkevej 4, 7100 Vejle", "Søren Aagaard Kirkeby"),
        ("Sagsbehandler Mette Frandsen har den 3. marts talt med moderen.", "Mette Frandsen"),
        ("Deltagere: Yasmin Haddad (mor), Karsten Ravnholt (sagsbehandler)", "Karsten Ravnholt"),
        ("NAVN: ASTRID MOGENSEN\nCPR: 010101-xxxx", "ASTRID MOGENSEN"),
        ("Hej Amalie\nTak for snakken. Mvh. Jørgen Pilgaard-Winther", "Jørgen Pilgaard-Winther"),
    ],
)
def test_marked_person_name_is_per(nlp: Language, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Afgørelsen kan påklages inden fire uger efter, at du har modtaget dette brev.",
        "Forvaltningen har modtaget ansøgningen og vender tilbage hurtigst muligt.",
        "Mødet afholdes tirsdag den 14. maj kl. 10.00 på rådhuset.",
        "Hans mor har oplyst, at han trives i skolen.",
    ],
)
def test_plain_sentence_has_no_person(nlp: Language, text: str) -> None:
    assert persons(nlp, text) == []
