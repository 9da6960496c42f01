from __future__ import annotations

import pytest

from redact.detect.address_policy import AddressPolicyDetector


@pytest.fixture(scope="module")
def detector() -> AddressPolicyDetector:
    return AddressPolicyDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town is named elsewhere: only the private part goes
        ("Roskilde Kommune\n\nBo Fiktiv\nFiktivvej 12, 1. th.\n4000 Roskilde\n", "Fiktivvej 12, 1. th."),
        ("Vi skriver fra Roskilde. Borgeren bor på Fiktivvej 12, 4000 Roskilde.", "Fiktivvej 12"),
        # the town is not named elsewhere: postcode and town are part of the address
        ("Borgeren bor på Fiktivvej 12, 4000 Roskilde.", "Fiktivvej 12, 4000 Roskilde"),
        # wrapped over two lines (two text blocks in the PDF)
        ("byggesag på Fiktivvej\n\n4\n\nKære nabo", "Fiktivvej\n\n4"),
        # the town is named in capitals in the letterhead: it stays
        ("FIKTIVSTRUP KOMMUNE\n\nBorgeren bor på Fiktivvej 12, 4000 Fiktivstrup.", "Fiktivvej 12"),
        # a name on the line above is not part of the address
        ("Bo Fiktivsen\nFiktivvej 31\n8000 Aarhus C\n", "Fiktivvej 31\n8000 Aarhus C"),
    ],
)
def test_address_policy(detector: AddressPolicyDetector, text: str, expected: str) -> None:
    assert [f.text for f in detector.detect(text, "da")] == [expected]
