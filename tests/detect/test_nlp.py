"""The injected NLP engine gives Presidio the same artefacts its own spaCy engine would."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

from redact.detect.model_files import default_model_dir
from redact.detect.ner import NerDetector, load_model
from redact.detect.nlp import CACHED_CHUNKS, ChunkCache, InjectedNlpEngine, blank_pipeline, tokenizer_of
from redact.detect.presidio_detector import PresidioDetector

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


@pytest.fixture(scope="module")
def model() -> Language:
    if not default_model_dir().exists():
        pytest.skip("no NER model")
    return load_model(default_model_dir())


def test_the_models_saved_tokenizer_has_spacys_danish_rules(model: Language) -> None:
    """Presidio tokenizes with the model's tokenizer (`tokenizer_of`) where it used a blank Danish
    one: the same only while the model's rules are spaCy's (a model trained with rules of its
    own must fail here, not change Presidio's context words unnoticed)."""
    blank = blank_pipeline("da")
    assert model.tokenizer.to_bytes(exclude=["vocab"]) == blank.tokenizer.to_bytes(exclude=["vocab"])
    assert model.lang == blank.lang == "da"


@pytest.mark.parametrize("text", TEXTS)
def test_the_models_tokenizer_gives_presidio_the_same_artefacts(model: Language, text: str) -> None:
    shared = InjectedNlpEngine({"da": tokenizer_of(model)})
    blank = InjectedNlpEngine({"da": blank_pipeline("da")})
    model(text)  # the model's own pass first, as in a batch: the tokenizer's cache is warm
    for _ in range(2):
        ours, theirs = shared.process_text(text, "da"), blank.process_text(text, "da")
        assert (ours.tokens, ours.tokens_indices, ours.lemmas, ours.keywords) == (
            theirs.tokens,
            theirs.tokens_indices,
            theirs.lemmas,
            theirs.keywords,
        )
        assert list(ours.entities) == list(theirs.entities) == []
    assert [shared.is_stopword(w, "da") for w in ("og", "af", "Ida")] == [True, True, False]


def test_presidio_and_the_model_find_the_same_with_a_shared_tokenizer(model: Language) -> None:
    """Presidio's findings over the shared tokenizer are those over a blank one, and the model,
    whose vocabulary Presidio's pass now adds words to, finds the same names as a fresh copy."""
    shared = PresidioDetector(pipeline=tokenizer_of(model))
    blank = PresidioDetector(pipeline=blank_pipeline("da"))
    texts = [t for t in TEXTS if t] + [
        "Ring til Bo Fiktivsen på tlf. 29 87 65 43 eller skriv til bo@opdigtet.dk; sagsbehandler Else Opdigtet."
    ]
    assert [shared.detect(t) for t in texts] == [blank.detect(t) for t in texts]
    assert any(shared.detect(t) for t in texts)
    fresh = NerDetector(nlp=load_model(default_model_dir()))
    found = fresh.detect_all(texts, "da")
    assert NerDetector(nlp=model).detect_all(texts, "da") == found
    assert any(found)


# Invented texts with what makes spaCy's tokenizer stop keeping chunks (line breaks, abbreviations
# that are special cases) and what it splits (brackets, quotes, hyphens, numbers, addresses).
_CHUNKY = [
    "Mødet kl. 10:30 f.eks. i lokale 2.\nJens Fiktiv (sagsbehandler) skrev: «Se bilag 2/3».\n\nMvh.\nJens",
    "Tlf.: 21 43 65 87 — e-mail: ida.s@eksempel.dk, www.opdigtet.dk/side?x=1 og bl.a. CPR-nr. 120389-1234",
    "  Flere   mellemrum\t\tog tabulatorer\n \n«Citat», 'enkelt' og “andet”; ca. 3,5 mio. kr. pr. md.",
    "Kære Ida Sørensen\nVi har modtaget din ansøgning af 3. maj. Med venlig hilsen\nJens Holm, sagsbehandler",
]


def _tokens(pipeline: Language, text: str) -> list[tuple[object, ...]]:
    doc = pipeline.make_doc(text)
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.lower_, t.shape_, t.is_stop, t.is_punct) for t in doc]


def test_a_warmed_tokenizer_gives_the_same_tokens() -> None:
    """Tokenizing each new chunk alone first (`ChunkCache.warm`) keeps its tokens for the texts
    that follow: the same tokens, offsets, spaces and attributes as a tokenizer never warmed."""
    warmed, plain = blank_pipeline("da"), blank_pipeline("da")
    chunks = ChunkCache(warmed.tokenizer)
    assert warmed.tokenizer.max_cache_size >= CACHED_CHUNKS
    for _ in range(2):
        for text in _CHUNKY + [t.replace("\n", " ") for t in _CHUNKY]:
            chunks.warm([text])
            assert _tokens(warmed, text) == _tokens(plain, text)


def test_the_engine_and_the_model_warm_their_tokenizer(model: Language) -> None:
    """Presidio's artefacts and the model's tokens and names over a tokenizer both warmed are those
    of pipelines that were never warmed."""
    fresh = load_model(default_model_dir())  # never warmed: no detector holds it
    expected = [
        (_tokens(fresh, text), [(e.start_char, e.end_char, e.label_) for e in fresh(text).ents]) for text in _CHUNKY
    ]
    shared = InjectedNlpEngine({"da": tokenizer_of(model)})
    plain = InjectedNlpEngine({"da": blank_pipeline("da")})
    for text in _CHUNKY:
        ours, theirs = shared.process_text(text, "da"), plain.process_text(text, "da")
        assert (ours.tokens, ours.tokens_indices, ours.lemmas) == (theirs.tokens, theirs.tokens_indices, theirs.lemmas)
    assert any(NerDetector(nlp=model).detect_all(_CHUNKY, "da"))  # warms the model's tokenizer
    assert [
        (_tokens(model, t), [(e.start_char, e.end_char, e.label_) for e in model(t).ents]) for t in _CHUNKY
    ] == expected
