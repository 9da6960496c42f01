"""Builds the detectors of a run: structured identifiers (Presidio patterns), addresses, and, as
they are added, names (model and rules), sensitive facts and other identifiers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from redact.core.detector import Detector
from redact.detect.address import AddressDetector, default_data_dir
from redact.detect.address_policy import AddressPolicyDetector
from redact.detect.by_language import ByLanguage, Lazy
from redact.detect.contacts import OfficialContacts
from redact.detect.economy import PrivateEconomy
from redact.detect.evidence import name_evidence
from redact.detect.identifiers import ContextIdDetector
from redact.detect.initials import InitialsDetector
from redact.detect.linewrap import WrappedNames
from redact.detect.middle_names import MiddleNames
from redact.detect.model_files import default_model_dir, model_dir_for
from redact.detect.names import NameRuleDetector
from redact.detect.ner import NerDetector, load_model
from redact.detect.nlp import blank_pipeline, tokenizer_of
from redact.detect.presidio_detector import PresidioDetector
from redact.detect.property import PropertyIdDetector
from redact.detect.recognizers_nordic import norwegian_recognizers, swedish_recognizers
from redact.detect.roles import PersonRoles
from redact.detect.sensitive import SensitiveTermsDetector, lexicon_path


def build_detectors() -> list[Detector]:
    """Every detector of a run; those of a language are built when a document of it comes (`Lazy`)."""
    # One tokenizer for Presidio's context words, shared by the language families (each runs under
    # Presidio's label "da"): the Danish NER model's, when it is there (see nlp.tokenizer_of).
    model = functools.cache(load_model)
    danish = default_model_dir()
    pipeline = functools.cache(lambda: tokenizer_of(model(danish)) if danish.exists() else blank_pipeline())
    return [
        _by_language(
            "presidio",
            {
                "da": lambda: PresidioDetector(pipeline=pipeline()),
                "no": lambda: PresidioDetector(norwegian_recognizers(), pipeline()),
                "sv": lambda: PresidioDetector(swedish_recognizers(), pipeline()),
            },
        ),
        _by_language(
            "address",
            {
                "da": AddressPolicyDetector,
                "no": lambda: AddressPolicyDetector(AddressDetector(default_data_dir() / "no")),
                "sv": lambda: AddressPolicyDetector(AddressDetector(default_data_dir() / "sv")),
            },
        ),
        _by_language(
            "names",
            {
                "da": NameRuleDetector,
                "no": lambda: NameRuleDetector(evidence=name_evidence("no")),
                "sv": lambda: NameRuleDetector(evidence=name_evidence("sv")),
            },
        ),
        *_ner_detectors(model),
        _by_language(
            "sensitive",
            {
                "da": SensitiveTermsDetector,
                "no": lambda: SensitiveTermsDetector(lexicon_path("no")),
                "sv": lambda: SensitiveTermsDetector(lexicon_path("sv")),
            },
        ),
        ContextIdDetector(),
        PropertyIdDetector(),
        InitialsDetector(),
        PersonRoles(),  # a refiner: names need evidence, and a person in office is no private person
        MiddleNames(),  # a refiner, after the roles: a middle name that is an ordinary word joins the name
        WrappedNames(),  # a refiner, after the middle names: a name wrapped over a line break is one name
        OfficialContacts(),  # a refiner, after the roles: an organisation's or an official's contact data stays
        PrivateEconomy(),  # a refiner, after the roles: amounts of a private person's money
    ]


def _by_language(name: str, builders: dict[str, Callable[[], Detector]]) -> ByLanguage:
    return ByLanguage(name, {code: Lazy(f"{name} ({code})", build) for code, build in builders.items()})


def _ner_detectors(model: Callable[[Path], Language]) -> list[Detector]:
    """The NER model of each language family with that family's name lists; a family without its
    own model uses the Danish one (Norwegian and Swedish text is close enough for names), loaded
    once (`model` keeps what it loaded) for all the families that share it."""
    if not default_model_dir().exists():
        return []

    def family_detector(family: str) -> Detector:
        if family == "da":
            return NerDetector(nlp=model(default_model_dir()))
        own = model_dir_for(family)
        return NerDetector(evidence=name_evidence(family), nlp=model(own if own.exists() else default_model_dir()))

    return [_by_language("ner", {f: functools.partial(family_detector, f) for f in ("da", "no", "sv")})]
