"""Builds the detectors of a run: structured identifiers (Presidio patterns), addresses, and, as
they are added, names (model and rules), sensitive facts and other identifiers."""

from __future__ import annotations

from redact.core.detector import Detector
from redact.detect.address_policy import AddressPolicyDetector
from redact.detect.contacts import OfficialContacts
from redact.detect.economy import PrivateEconomy
from redact.detect.identifiers import ContextIdDetector
from redact.detect.initials import InitialsDetector
from redact.detect.names import NameRuleDetector
from redact.detect.ner import NerDetector, default_model_dir
from redact.detect.ner import model_version as ner_version
from redact.detect.presidio_detector import PresidioDetector
from redact.detect.roles import PersonRoles
from redact.detect.sensitive import SensitiveTermsDetector

MODEL_VERSION = "ingen NER-model (kun mønstre og regler)"


def build_detectors() -> list[Detector]:
    return [
        PresidioDetector(),
        AddressPolicyDetector(),
        NameRuleDetector(),
        *([NerDetector()] if default_model_dir().exists() else []),
        SensitiveTermsDetector(),
        ContextIdDetector(),
        InitialsDetector(),
        PersonRoles(),  # a refiner: names need evidence, and a person in office is no private person
        OfficialContacts(),  # a refiner, after the roles: an organisation's or an official's contact data stays
        PrivateEconomy(),  # a refiner, after the roles: amounts of a private person's money
    ]


def model_version() -> str:
    return ner_version() or MODEL_VERSION
