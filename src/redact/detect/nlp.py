"""The spaCy pipeline Presidio runs on, injected so nothing is ever downloaded.

Presidio's default engine loads (and, when missing, downloads) an English model. We hand it a
pipeline we built ourselves: a blank Danish tokenizer with a lemma that is the lower-cased token,
because Presidio matches context words against lemmas and a blank pipeline has none.
"""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("redact_lower_lemma")  # type: ignore[untyped-decorator]
def lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        if not token.lemma_:
            token.lemma_ = token.lower_
    return doc


def blank_pipeline(language: str = "da") -> Language:
    nlp = spacy.blank(language)
    nlp.add_pipe("redact_lower_lemma")
    nlp.max_length = 5_000_000
    return nlp


class InjectedNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over pipelines we pass in; `load` never touches the network."""

    def __init__(self, pipelines: dict[str, Language]) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": f"injected-{lang}"} for lang in pipelines],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC", "ORG", "LOC", "PER"]),
        )
        self.nlp = dict(pipelines)

    def load(self) -> None:  # already loaded: the pipelines were injected
        return None
