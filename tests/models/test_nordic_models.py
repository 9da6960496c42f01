"""Sanity checks for the shipped Norwegian and Swedish NER pipelines (models/nb_redact_ner and
models/sv_redact_ner, built by training/train.py --lang nb|sv): each loads offline, carries its card
with per-label figures on its test splits, and tags clearly marked person names. The sentences are
invented; none comes from the training data or the acceptance corpus."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.language import Language

from redact.detect.model_files import model_dir_for

MODELS = Path(__file__).resolve().parents[2] / "models"
# the test splits each card must report, per label
TEST_SPLITS = {
    "da": ("ddt_test", "arto_test"),
    "nb": ("norne_nob_test", "norne_nno_test"),
    "sv": ("klintan_test", "talbanken_test"),
}
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


def card_table() -> ModuleType:
    """training/model_card_table.py, which `make model` uses to write the card's accuracy table."""
    path = MODELS.parent / "training" / "model_card_table.py"
    spec = importlib.util.spec_from_file_location("model_card_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["da", "nb", "sv"])
def test_the_card_gives_per_label_figures_on_the_test_splits(lang: str) -> None:
    folder = MODELS / f"{lang}_redact_ner"
    metrics = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    card = (folder / "README.md").read_text(encoding="utf-8")
    tables = card_table()
    # the card holds this build's table exactly as make model writes it from metrics.json
    assert f"{tables.START}\n{tables.table(metrics)}\n{tables.END}" in card
    for split in TEST_SPLITS[lang]:
        for label in ("PER", "LOC", "ORG"):
            f1 = metrics[split][label]["f"]
            assert f"| {tables.SET_NAMES[split]} | {label} | " in card and f"{f1:.3f}" in card
    assert metrics["size_bytes"] < 20_000_000  # the shipped size stays that of the Danish model


def test_the_card_table_is_rewritten_in_place(tmp_path: Path) -> None:
    tables = card_table()
    metrics = json.loads((MODELS / "nb_redact_ner" / "metrics.json").read_text(encoding="utf-8"))
    (tmp_path / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    card = tmp_path / "README.md"
    card.write_text(f"# card\n\nbefore\n{tables.START}\nold figures\n{tables.END}\nafter\n", encoding="utf-8")
    tables.write_into_card(tmp_path)
    text = card.read_text(encoding="utf-8")
    assert "old figures" not in text and text.startswith("# card\n\nbefore\n") and text.endswith("\nafter\n")
    assert tables.table(metrics) in text
    card.write_text("# a card without markers\n", encoding="utf-8")
    tables.write_into_card(tmp_path)
    assert tables.table(metrics) in card.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "nb",
            "Til: Sigrid Fjeld Amundsen\nStorgata 14 B, 0182 Oslo\n\nVedtak om økonomisk stønad",
            "Sigrid Fjeld Amundsen",
        ),
        ("nb", "Med vennlig hilsen\n\nTorstein Aasland\nrådgiver", "Torstein Aasland"),
        ("nb", "Saksbehandler Kristin Bakke har snakket med moren i telefonen.", "Kristin Bakke"),
        ("sv", "Sökande: Maja Lindqvist Berg\nStorgatan 12, 723 48 Västerås", "Maja Lindqvist Berg"),
        ("sv", "Med vänlig hälsning\n\nGöran Blomqvist\nsocialsekreterare", "Göran Blomqvist"),
    ],
)
def test_marked_person_name_is_per(lang: str, text: str, name: str) -> None:
    assert name in [e.text for e in load(lang)(text).ents if e.label_ == "PER"]
