"""The injected NLP engine gives Presidio the same artefacts its own spaCy engine would."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

from redact.detect.nlp import InjectedNlpEngine, blank_pipeline

TEXTS = [
    "Tlf.: 21 43 65 87, CPR-nr. 120389-1234 og reg.nr. 1234 kontonr. 0012345678.",
    "Kære Ida Sørensen\n\nVi har modtaget din ansøgning af 3. maj. Med venlig hilsen\nJens Holm, sagsbehandler",
    "Og SÅ: e-mail ida.s@eksempel.dk — Bil AB 12 345 (se bilag 2/3) kl. 10:30",
    "",
]


def _presidio_own(pipeline: Language) -> SpacyNlpEngine:
    """Presidio's own engine over `pipeline`, with lemmas set as the lower-cased token."""

    @Language.component("test_lower_lemma")  # type: ignore[untyped-decorator]
    def lower_lemma(doc):  # type: ignore[no-untyped-def]
        for token in doc:
            if not token.lemma_:
                token.lemma_ = token.lower_
        return doc

    pipeline.add_pipe("test_lower_lemma")
    engine = SpacyNlpEngine(
        models=[{"lang_code": "da", "model_name": "injected-da"}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC", "ORG", "LOC", "PER"]),
    )
    engine.nlp = {"da": pipeline}
    return engine


@pytest.mark.parametrize("text", TEXTS)
def test_artefacts_are_presidios_own(text: str) -> None:
    ours = InjectedNlpEngine({"da": blank_pipeline("da")}).process_text(text, "da")
    theirs = _presidio_own(blank_pipeline("da")).process_text(text, "da")
    assert ours.lemmas == theirs.lemmas
    assert ours.tokens_indices == theirs.tokens_indices
    assert ours.keywords == theirs.keywords
    assert list(ours.tokens) == [t.text for t in theirs.tokens]
    assert [len(t) for t in ours.tokens] == [len(t) for t in theirs.tokens]
    assert list(ours.entities) == list(theirs.entities) == []


def test_a_lemma_the_pipeline_sets_is_kept() -> None:
    pipeline = blank_pipeline("da")

    @Language.component("test_fixed_lemma")  # type: ignore[untyped-decorator]
    def fixed_lemma(doc):  # type: ignore[no-untyped-def]
        doc[0].lemma_ = "telefon"
        return doc

    pipeline.add_pipe("test_fixed_lemma")
    artefacts = InjectedNlpEngine({"da": pipeline}).process_text("Tlf. 21 43 65 87", "da")
    assert artefacts.lemmas[0] == "telefon"
    assert artefacts.lemmas[1:] == ["21", "43", "65", "87"]
