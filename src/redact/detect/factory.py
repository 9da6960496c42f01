"""Builds the detectors of a run: structured identifiers (Presidio patterns), addresses, and, as
they are added, names (model and rules), sensitive facts and other identifiers."""

from __future__ import annotations

from redact.core.detector import Detector
from redact.detect.address import AddressDetector, default_data_dir
from redact.detect.address_policy import AddressPolicyDetector
from redact.detect.by_language import ByLanguage
from redact.detect.contacts import OfficialContacts
from redact.detect.economy import PrivateEconomy
from redact.detect.identifiers import ContextIdDetector
from redact.detect.initials import InitialsDetector
from redact.detect.names import NameRuleDetector
from redact.detect.ner import NerDetector, default_model_dir
from redact.detect.ner import model_version as ner_version
from redact.detect.presidio_detector import PresidioDetector
from redact.detect.recognizers_nordic import norwegian_recognizers, swedish_recognizers
from redact.detect.roles import PersonRoles
from redact.detect.sensitive import SensitiveTermsDetector, lexicon_path

MODEL_VERSION = "ingen NER-model (kun mønstre og regler)"


def build_detectors() -> list[Detector]:
    return [
        ByLanguage(
            "presidio",
            {
                "da": PresidioDetector(),
                "no": PresidioDetector(norwegian_recognizers()),
                "sv": PresidioDetector(swedish_recognizers()),
            },
        ),
        ByLanguage(
            "address",
            {
                "da": AddressPolicyDetector(),
                "no": AddressPolicyDetector(AddressDetector(default_data_dir() / "no")),
                "sv": AddressPolicyDetector(AddressDetector(default_data_dir() / "sv")),
            },
        ),
        NameRuleDetector(),
        *([NerDetector()] if default_model_dir().exists() else []),
        ByLanguage(
            "sensitive",
            {
                "da": SensitiveTermsDetector(),
                "no": SensitiveTermsDetector(lexicon_path("no")),
                "sv": SensitiveTermsDetector(lexicon_path("sv")),
            },
        ),
        ContextIdDetector(),
        InitialsDetector(),
        PersonRoles(),  # a refiner: names need evidence, and a person in office is no private person
        OfficialContacts(),  # a refiner, after the roles: an organisation's or an official's contact data stays
        PrivateEconomy(),  # a refiner, after the roles: amounts of a private person's money
    ]


def model_version() -> str:
    return ner_version() or MODEL_VERSION
