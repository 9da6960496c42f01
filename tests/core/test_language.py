"""Language codes: what the CLI accepts, which lists a language uses, which OCR data reads it."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.language import family, name, normalise, tesseract_languages
from redact.core.legal import default_basis


@pytest.mark.parametrize(
    ("given", "code"),
    [("da", "da"), ("NO", "nb"), ("nb", "nb"), ("nno", "nn"), (" sv ", "sv"), ("swe", "sv"), ("en", "en")],
)
def test_normalise_accepts_codes_and_aliases(given: str, code: str) -> None:
    assert normalise(given) == code


def test_unknown_language_is_a_usage_error_listing_the_known_ones() -> None:
    with pytest.raises(UsageError, match=r"nb \(norsk"):
        normalise("fi")


@pytest.mark.parametrize(
    ("code", "fam", "tess"),
    [("da", "da", "dan"), ("nb", "no", "nor"), ("nn", "no", "nor"), ("sv", "sv", "swe"), ("en", "da", "eng+dan")],
)
def test_family_and_tesseract_data(code: str, fam: str, tess: str) -> None:
    assert family(code) == fam
    assert tesseract_languages(code) == tess


def test_danish_names_for_reports() -> None:
    assert name("sv") == "svensk"
    assert name("nn") == "norsk (nynorsk)"


@pytest.mark.parametrize(
    ("entity", "language", "code"),
    [
        (Entity.CPR, "da", "offl-30-1"),
        (Entity.FNR, "nb", "no-offl-13"),
        (Entity.PERSON, "nn", "no-offl-13"),
        (Entity.SENSITIVE, "sv", "se-osl-26-1"),
        (Entity.PHONE, "sv", "se-osl-21-7"),
        (Entity.PHONE, "", "offl-30-1"),
    ],
)
def test_default_basis_follows_the_documents_country(entity: Entity, language: str, code: str) -> None:
    assert default_basis(entity, language).code == code


@pytest.mark.parametrize(
    ("label", "forms"),
    [
        ("§ 30, nr. 1", ["§ 30, nr. 1", "§ 30.1"]),
        ("§ 23, stk. 1, nr. 1", ["§ 23, stk. 1, nr. 1", "§ 23.1.1"]),
        ("fvl. § 15 a", ["fvl. § 15 a"]),  # another law keeps its name
        ("26 kap. 1 § OSL", ["26 kap. 1 § OSL", "26:1 OSL"]),
        ("offl. § 13 jf. fvl. § 13", ["offl. § 13 jf. fvl. § 13", "offl. § 13", "§ 13"]),
        ("offl. § 24 andre ledd", ["offl. § 24 andre ledd", "offl. § 24(2)", "§ 24(2)"]),
    ],
)
def test_short_forms_of_a_box_label_still_name_the_provision(label: str, forms: list[str]) -> None:
    from redact.core.legal import label_forms

    assert label_forms(label) == forms
