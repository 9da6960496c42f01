"""Person names from our own Danish spaCy NER model (models/da_redact_ner).

The model is loaded from a path: spaCy never looks for, or downloads, an installed package.
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.language import Language

from redact.core.entity import Entity
from redact.core.finding import Finding

MODEL_NAME = "da_redact_ner"


def default_model_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "models" / MODEL_NAME


def model_version(model_dir: Path | None = None) -> str:
    meta = (model_dir or default_model_dir()) / "meta.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return f"{data.get('name', MODEL_NAME)} {data.get('version', '?')}"


class NerDetector:
    """PER entities of the model as PERSON findings. LOC and ORG are not personal data by themselves."""

    name = "ner"

    def __init__(self, model_dir: Path | None = None, score: float = 0.8) -> None:
        path = model_dir or default_model_dir()
        self._nlp: Language = spacy.load(path, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
        self._score = score

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language
        if not text.strip():
            return []
        doc = self._nlp(text)
        found = []
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            start, end = ent.start_char, ent.end_char
            # The model sometimes takes a trailing line break or punctuation into the span.
            while end > start and not text[end - 1].isalnum():
                end -= 1
            if end - start < 2 or not any(c.isupper() for c in text[start:end]):
                continue
            found.append(
                Finding(
                    Entity.PERSON,
                    start,
                    end,
                    text[start:end],
                    self._score,
                    "NerDetector",
                    "Navn genkendt af sprogmodellen (PER)",
                )
            )
        return found
