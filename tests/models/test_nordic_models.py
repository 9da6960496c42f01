"""Sanity checks for the shipped Norwegian and Swedish NER pipelines (models/nb_redact_ner and
models/sv_redact_ner, built by training/train.py --lang nb|sv): each loads offline, carries its card
with per-label figures on its test splits, and tags clearly marked person names. The sentences are
invented; none comes from the training data or the acceptance corpus."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from redact.detect.ner import model_dir_for

MODELS = Path(__file__).resolve().parents[2] / "models"
# the test splits each card must report, per label
TEST_SPLITS = {"nb": ("norne_nob_test", "norne_nno_test"), "sv": ("klintan_test", "talbanken_test")}
FAMILY = {"nb": "no", "sv": "sv"}


@functools.cache
def load(lang: str) -> Language:
    return spacy.load(MODELS / f"{lang}_redact_ner")


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_each_family_has_its_own_model(lang: str) -> None:
    nlp = load(lang)
    assert model_dir_for(FAMILY[lang]) == MODELS / f"{lang}_redact_ner"
    assert nlp.meta["name"] == f"{lang}_redact_ner" and nlp.lang == lang
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_card_gives_per_label_figures_on_the_test_splits(lang: str) -> None:
    folder = MODELS / f"{lang}_redact_ner"
    metrics = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    card = (folder / "README.md").read_text(encoding="utf-8")
    for split in TEST_SPLITS[lang]:
        for label in ("PER", "LOC", "ORG"):
            f1 = metrics[split][label]["f"]
            assert f"| {split} | {label} |" in card and f"{f1:.3f}" in card
    assert metrics["size_bytes"] < 20_000_000  # the shipped size stays that of the Danish model


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "nb",
            "Til: Ingrid Solberg Haugen\nStorgata 14 B, 0182 Oslo\n\nVedtak om økonomisk stønad",
            "Ingrid Solberg Haugen",
        ),
        ("nb", "Med vennlig hilsen\n\nTorstein Aasland\nrådgiver", "Torstein Aasland"),
        ("nb", "Saksbehandler Kristin Bakke har snakket med moren i telefonen.", "Kristin Bakke"),
        ("sv", "Sökande: Maja Lindqvist Berg\nStorgatan 12, 723 48 Västerås", "Maja Lindqvist Berg"),
        ("sv", "Med vänlig hälsning\n\nGöran Blomqvist\nsocialsekreterare", "Göran Blomqvist"),
    ],
)
def test_marked_person_name_is_per(lang: str, text: str, name: str) -> None:
    assert name in [e.text for e in load(lang)(text).ents if e.label_ == "PER"]
