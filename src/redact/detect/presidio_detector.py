"""Runs Presidio recognizers over a text and returns core Findings with a Danish explanation."""

from __future__ import annotations

import re

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from spacy.language import Language

from redact.core.entity import Entity
from redact.core.finding import Finding, resolve_overlaps
from redact.detect.nlp import InjectedNlpEngine, blank_pipeline
from redact.detect.recognizers import THRESHOLD, ExplainedRecognizer, structured_recognizers

# Numbers after these words identify a company or a case, not a private person.
_NOT_PERSONAL = re.compile(
    r"(?i)(cvr|se-nr|se nr|p-nr|sagsnr|sags-nr|sagsnummer|j\.\s?nr|journalnr|løbenr|ordrenr|fakturanr|lokalplan|matr"
    # Norwegian and Swedish: organisation numbers, case and file numbers, invoices
    r"|org\.?\s?nr|organisasjonsnummer|organisationsnummer|saksnr|saksnummer|arkivsak|arkivsaksnr|dnr|diarienr"
    r"|diarienummer|ärendenr|ärendenummer|fakturanummer|gnr|bnr)"
    r"[.:\s-]*(nr\.?|nummer)?[.:\s]*$"
)
_CHECKED_FOR_NEGATIVE_CONTEXT = {Entity.PHONE, Entity.BANK, Entity.PLATE}


class PresidioDetector:
    """A detector over a Presidio registry we fill ourselves (an empty one gets filled with
    network-reaching defaults)."""

    name = "presidio"

    def __init__(
        self,
        recognizers: list[EntityRecognizer] | None = None,
        pipeline: Language | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        recs = recognizers if recognizers is not None else structured_recognizers()
        if not recs:
            raise ValueError("PresidioDetector needs at least one recognizer")
        registry = RecognizerRegistry(recognizers=recs, supported_languages=["da"])
        engine = InjectedNlpEngine({"da": pipeline or blank_pipeline("da")})
        self._engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=engine,
            supported_languages=["da"],
            context_aware_enhancer=LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=1),
        )
        self._threshold = threshold
        # Each recognizer carries its own explanation; one that does not is named by its name.
        self._explanations = {r.name: r.explanation if isinstance(r, ExplainedRecognizer) else r.name for r in recs}

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        # The language chose this detector's recognizer set (detect.by_language); inside, every set runs
        # under Presidio's label "da", the one tokenizer injected.
        del language
        if not text.strip():
            return []
        # Line breaks become spaces (same length, so offsets hold): a number wrapped over two
        # lines ("20 12\n34 56") is still one number.
        text = text.replace("\n", " ")
        results = self._engine.analyze(
            text=text, language="da", score_threshold=self._threshold, return_decision_process=True
        )
        found = [self._finding(text, r) for r in results]
        return resolve_overlaps([f for f in found if f is not None])

    def _finding(self, text: str, r: RecognizerResult) -> Finding | None:
        entity = Entity(r.entity_type)
        before = text[max(0, r.start - 30) : r.start]
        if entity in _CHECKED_FOR_NEGATIVE_CONTEXT and _NOT_PERSONAL.search(before):
            return None
        exp = r.analysis_explanation
        recognizer = exp.recognizer if exp else "ukendt"
        reason = self._explanations.get(recognizer, recognizer)
        if exp and exp.supportive_context_word:
            reason += f"; kontekstord «{exp.supportive_context_word}»"
        if exp and exp.pattern_name:
            reason += f" (mønster {exp.pattern_name})"
        return Finding(entity, r.start, r.end, text[r.start : r.end], round(float(r.score), 3), recognizer, reason)
