"""The spaCy pipeline Presidio runs on, injected so nothing is ever downloaded.

Presidio's default engine loads (and, when missing, downloads) an English model. We hand it a
pipeline we built ourselves: a blank Danish tokenizer. Presidio matches context words against
lemmas, and a blank pipeline has none: the engine takes the lower-cased token as the lemma of a
token without one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry


def blank_pipeline(language: str = "da") -> Language:
    nlp = spacy.blank(language)
    nlp.max_length = 5_000_000
    return nlp


def tokenizer_of(model: Language) -> Language:
    """A pipeline that only tokenizes, with the tokenizer and vocabulary of a loaded `model`.

    Presidio's pass over a page then finds most words already split in the tokenizer's cache (the
    model's pass read the page's lines before), and no second tokenizer is built (0.2 CPU-seconds
    of a batch's start). What Presidio reads of a token is the same as from `blank_pipeline`: the
    model's saved tokenizer has spaCy's rules for its language (a test compares them), and the
    lower-case form, the stop-word and punctuation flags come from the language's own defaults; a
    lemma neither sets. Only the model's word norms differ, and Presidio does not read them."""
    nlp = spacy.blank(model.lang, vocab=model.vocab, config={"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}})
    nlp.tokenizer = model.tokenizer
    nlp.max_length = 5_000_000
    return nlp


# The tokenizer a model is built with before its saved one is read (see `_saved_tokenizer`).
SAVED_TOKENIZER = "redact.SavedTokenizer.v1"


def _saved_tokenizer() -> Callable[[Language], Tokenizer]:
    """An empty tokenizer, for a model whose folder holds its tokenizer.

    spaCy builds a model's tokenizer from the language's defaults (1,205 Danish special cases, each
    tokenized, and three large expressions compiled: 0.2 CPU-seconds) and then replaces every part
    of it with the one saved beside the model (`Tokenizer.from_bytes` resets the rules, the
    expressions and the heuristics flag and loads each from the file; loading the vocabulary drops
    the words the first one made). The saved tokenizer is the one that runs either way; here
    nothing is built first (a test compares the two, part by part).
    """
    return lambda nlp: Tokenizer(nlp.vocab)


registry.tokenizers.register(SAVED_TOKENIZER, func=_saved_tokenizer)

# Distinct chunks (runs of non-space characters) whose tokens a tokenizer keeps: the words of a
# large request, a few megabytes.
CACHED_CHUNKS = 100_000


class ChunkCache:
    """Has spaCy's tokenizer keep the tokens of every chunk of text it is given, as it means to.

    The tokenizer splits a text at whitespace and tokenizes each chunk on its own, keeping each
    chunk's tokens by the chunk's text; but in a text where a special case has occurred ("kl.",
    "f.eks.", and every line break "\n" is one) it keeps nothing for the chunks that follow. A
    page has line breaks and abbreviations, so the words of a page were tokenized afresh on every
    page: 80 % of the tokenizer's time. `warm` tokenizes the new chunks apart from the texts, a few
    dozen in a row without the special cases (kept never), which keeps them, so the texts' own
    tokenization then finds them kept. The tokens are the same: a chunk's tokens depend on its
    text only (the cache rests on that), and what is kept is what tokenizing the chunk gives (a
    test compares the tokens and their attributes with and without).
    """

    def __init__(self, tokenizer: Callable[[str], Doc], size: int = CACHED_CHUNKS) -> None:
        self._tokenizer = tokenizer
        self._size = size
        self._seen: set[str] = set()
        if isinstance(tokenizer, Tokenizer):
            tokenizer.max_cache_size = max(tokenizer.max_cache_size, size)
            self._seen.update(tokenizer.rules or {})  # special cases: never kept, no use tokenizing them

    def warm(self, texts: Iterable[str]) -> None:
        seen, new = self._seen, []
        for text in texts:
            for chunk in text.split():
                if chunk not in seen and len(seen) < self._size:
                    seen.add(chunk)
                    new.append(chunk)
        # In a row: one call per chunk cost more than tokenizing it. A chunk that holds a special
        # case after its punctuation ("(kl.") keeps the rest of its row from being kept: rows are short.
        for n in range(0, len(new), _ROW):
            self._tokenizer(" ".join(new[n : n + _ROW]))


_ROW = 32


class InjectedNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over pipelines we pass in; `load` never touches the network.

    Its artefacts are read from the doc's arrays rather than token by token: Presidio's own
    conversion makes a Python object of every token of every page (and its context enhancer walks
    them again for each finding), which cost more than running the patterns. The artefacts hold
    the same lemmas, offsets and keywords; the tokens are the tokens' texts, which is all the
    context enhancer reads of them (their number and lengths).
    """

    def __init__(self, pipelines: dict[str, Language]) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": f"injected-{lang}"} for lang in pipelines],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC", "ORG", "LOC", "PER"]),
        )
        self.nlp = dict(pipelines)
        self._chunks = {lang: ChunkCache(nlp.tokenizer) for lang, nlp in self.nlp.items()}
        # Whether a word is a stop word or punctuation: asked for every token of every page, and
        # fixed for a word (a lexeme's flags), so asked of the vocabulary once per word.
        self._stop: dict[tuple[str, str], bool] = {}
        self._punct: dict[tuple[str, str], bool] = {}

    def load(self) -> None:  # already loaded: the pipelines were injected
        return None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        self._chunks[language].warm((text,))
        return super().process_text(text, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, LEMMA, IDX]).tolist()
        # A lemma of 0 is an empty one (a blank pipeline sets none): the lower-cased token stands in.
        lemmas = [strings[lemma or lower] for _orth, lower, lemma, _idx in rows]
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities,
            tokens=[strings[orth] for orth, *_ in rows],
            tokens_indices=[idx for *_, idx in rows],
            lemmas=lemmas,
            nlp_engine=self,
            language=language,
            scores=scores,
        )

    def is_stopword(self, word: str, language: str) -> bool:
        return _cached(self._stop, word, language, super().is_stopword)

    def is_punct(self, word: str, language: str) -> bool:
        return _cached(self._punct, word, language, super().is_punct)


def _cached(cache: dict[tuple[str, str], bool], word: str, language: str, ask: Any) -> bool:
    key = (word, language)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = bool(ask(word, language))
    return hit
