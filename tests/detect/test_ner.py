"""The plausibility filter on the NER model's person spans. Every name here is invented."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from threadpoolctl import threadpool_info, threadpool_limits

from redact.detect.model_files import default_model_dir, model_dir_for
from redact.detect.name_words import names_dir
from redact.detect.ner import NerDetector, load_model

pytestmark = pytest.mark.skipif(not default_model_dir().exists(), reason="no NER model built")


@pytest.fixture(scope="module")
def norwegian() -> NerDetector:
    own = model_dir_for("no")
    return NerDetector(own if own.exists() else None, names_dir("no"))


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        # a town after or before a surname is no part of the name
        ("velkommen til Kari Fiktivsen Risør kommune", "Kari Fiktivsen Risør", "Kari Fiktivsen"),
        ("i Hansen Tromsø i går", "Hansen Tromsø", "Hansen"),
        ("fra Lillehammer Ola Fiktivsen", "Lillehammer Ola Fiktivsen", "Ola Fiktivsen"),
        # a place alone is no name; a name that is also a place stays
        ("bor i Tromsø nå", "Tromsø", None),
        ("samtale med Ola Fiktivsen", "Ola Fiktivsen", "Ola Fiktivsen"),
        # a company named after a person
        ("MOTTATT 29 JAN FIKTIVSEN & PARTNERE", "JAN FIKTIVSEN", None),
        ("arbeidet ble gjort av Ola Fiktivsen AS i fjor", "Ola Fiktivsen", None),
        ("Ola Fiktivsen og Kari Opdigt kom", "Ola Fiktivsen", "Ola Fiktivsen"),
    ],
)
def test_places_at_the_edge_and_companies_are_no_person(
    norwegian: NerDetector, text: str, span: str, kept: str | None
) -> None:
    start = text.index(span)
    got = norwegian._plausible(text, start, start + len(span))
    assert (text[got[0] : got[1]] if got else None) == kept


@pytest.fixture(scope="module")
def danish() -> NerDetector:
    return NerDetector()


LETTER = (
    "Kommunen har modtaget din ansøgning.\n"
    "Sagen behandles efter reglerne.\n"
    "Der er aftalt et møde.\n"
    "Venlig hilsen\n"
    "Lise Opdigtet\n"
    "Sagen afsluttes.\n"
    "Beløbet udbetales.\n"
    "Kommunen vender tilbage."
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # lines of ordinary words only (capitals at the start of a sentence) are not read
        ("Kommunen har modtaget din ansøgning.\nSagen behandles nu.", []),
        ("alt med små bogstaver\n\nHer er intet navn", []),
        ("", []),
        # a line that can hold a name is read with the non-empty line before and after it
        (LETTER, ["Venlig hilsen\nLise Opdigtet\nSagen afsluttes."]),
        (
            "Kære Lise Opdigtet\n\nKommunen har modtaget din ansøgning.",
            ["Kære Lise Opdigtet\n\nKommunen har modtaget din ansøgning."],
        ),
        # a word with a digit or a hyphen is read whatever it is
        ("Bilag-Sagen er modtaget.", ["Bilag-Sagen er modtaget."]),
        ("Sagen fra Kontor7 er modtaget.", ["Sagen fra Kontor7 er modtaget."]),
    ],
)
def test_the_model_reads_only_lines_that_can_hold_a_name(danish: NerDetector, text: str, read: list[str]) -> None:
    assert [text[a:b] for a, b in danish.segments(text)] == read


def test_findings_of_the_lines_read_point_into_the_whole_text(danish: NerDetector) -> None:
    page = (
        "Vi har modtaget din ansøgning og behandler den nu.\n"
        "Sagen forventes afgjort inden for fire uger.\n\n"
        "Borgeren Lise Opdigtet ringede i går om sagen.\n"
        "Der er aftalt opfølgning i næste uge.\n"
    )
    [found] = danish.detect_all([page])
    assert [f.text for f in found] == ["Lise Opdigtet"]
    assert all(page[f.start : f.end] == f.text for f in found)


def test_the_model_runs_on_one_blas_thread_and_leaves_the_setting_as_it_was(
    danish: NerDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    model = danish._nlp
    real_pipe = model.pipe
    during: list[set[int]] = []

    def pipe(*args: Any, **kwargs: Any) -> Any:
        during.append(blas_threads())
        return real_pipe(*args, **kwargs)

    monkeypatch.setattr(model, "pipe", pipe)
    with threadpool_limits(limits=2, user_api="blas"):
        [found] = danish.detect_all(["Borgeren Lise Opdigtet ringede i går om sagen."])
        after = blas_threads()
    assert [f.text for f in found] == ["Lise Opdigtet"]
    assert during == [{1}]
    assert after == {2}


def test_the_model_loads_the_same_norms_as_spacy_and_finds_the_same_names(danish: NerDetector) -> None:
    """`load_model` fills the model's lookup tables itself (spaCy's own loading is slow): every
    table must hold what spaCy's loading puts there, in the same order and with the same filter,
    and the norms and names the model gives must be the same."""
    path = default_model_dir()
    theirs = spacy.load(path, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    ours = danish._nlp
    assert ours.vocab.lookups.tables == theirs.vocab.lookups.tables != []
    for name in theirs.vocab.lookups.tables:
        mine, spacys = ours.vocab.lookups.get_table(name), theirs.vocab.lookups.get_table(name)
        assert type(mine) is type(spacys)
        assert mine.name == spacys.name
        assert list(mine.items()) == list(spacys.items())
        assert mine.bloom.to_bytes() == spacys.bloom.to_bytes()
    text = "Kære Jens Fiktivsen\nVi har talt med Lise Opdigtet og Ahmed Opdigtsen om sagen.\nVenlig hilsen\nMette Lund"
    assert [t.norm_ for t in ours(text)] == [t.norm_ for t in theirs(text)]
    assert [(e.start_char, e.end_char, e.label_) for e in ours(text).ents] == [
        (e.start_char, e.end_char, e.label_) for e in theirs(text).ents
    ]


@pytest.mark.parametrize("family", ["da", "no", "sv"])
def test_the_model_tokenizes_as_with_spacys_own_loading(family: str) -> None:
    """`load_model` builds no tokenizer from the language's defaults before it reads the model's
    saved one: the tokenizer that results must be spaCy's, rule for rule and token for token."""
    path = model_dir_for(family)
    if not path.exists():
        pytest.skip(f"no model for {family}")
    theirs = spacy.load(path, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    ours = load_model(path)
    assert ours.tokenizer.rules == theirs.tokenizer.rules != {}
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    assert ours.tokenizer.faster_heuristics == theirs.tokenizer.faster_heuristics
    text = "Jf. bl.a. mail af 3. jan. kl. 10.30 til f.eks. lise@opdigtet.dk (tlf. 12 34 56 78), dvs. i går."
    assert [(t.text, t.idx, t.norm_) for t in ours(text)] == [(t.text, t.idx, t.norm_) for t in theirs(text)]
