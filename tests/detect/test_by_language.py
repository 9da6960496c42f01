"""Norwegian and Swedish documents get their own lexicon, address data and patterns. The texts are
invented; every name, number and address is made up."""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.detect.address import AddressDetector, default_data_dir
from redact.detect.address_policy import AddressPolicyDetector
from redact.detect.by_language import ByLanguage
from redact.detect.sensitive import SensitiveTermsDetector, lexicon_path


class _Fixed:
    def __init__(self, name: str) -> None:
        self.name = name

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        return [Finding(Entity.MANUAL, 0, len(text), text, 1.0, self.name, language)]


@pytest.mark.parametrize(("language", "used"), [("da", "da"), ("nb", "no"), ("nn", "no"), ("sv", "sv"), ("en", "da")])
def test_router_sends_each_language_to_its_family(language: str, used: str) -> None:
    router = ByLanguage("x", {code: _Fixed(code) for code in ("da", "no", "sv")})
    assert router.detect("tekst", language)[0].detector == used


@pytest.fixture(scope="module")
def sensitive_no() -> SensitiveTermsDetector:
    return SensitiveTermsDetector(lexicon_path("no"))


@pytest.fixture(scope="module")
def sensitive_sv() -> SensitiveTermsDetector:
    return SensitiveTermsDetector(lexicon_path("sv"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hun mottar økonomisk sosialhjelp og har betalingsanmerkninger.",
            {"økonomisk sosialhjelp", "betalingsanmerkninger"},
        ),
        ("Barneverntjenesten mottok en bekymringsmelding om gutten.", {"bekymringsmelding"}),
        ("Han har vært sykmeldt siden mars på grunn av depresjon.", {"sykmeldt", "depresjon"}),
        ("Faren sliter med alkohol og har sonet en dom for vold.", {"sliter med alkohol", "sonet", "vold"}),
        ("Moren er medlem av Fagforbundet.", {"medlem av Fagforbundet"}),
        ("Hun har fått innvilget uføretrygd.", {"uføretrygd"}),
        ("Saken gjelder byggetillatelse for en garasje i Storgata.", set()),
    ],
)
def test_norwegian_lexicon(sensitive_no: SensitiveTermsDetector, text: str, expected: set[str]) -> None:
    assert {f.text for f in sensitive_no.detect(text, "nb")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hon har ansökt om försörjningsstöd och har skulder hos Kronofogden.",
            {"försörjningsstöd", "skulder hos Kronofogden"},
        ),
        ("En orosanmälan inkom från förskolan om pojken.", {"orosanmälan"}),
        ("Han är sjukskriven för utmattningssyndrom.", {"sjukskriven", "utmattningssyndrom"}),
        ("Pappan har problem med alkohol och vårdas enligt LVM.", {"problem med alkohol", "LVM"}),
        ("Beslut om insats enligt 9 § 2 LSS.", set()),
        ("Ärendet gäller bygglov för ett garage.", set()),
    ],
)
def test_swedish_lexicon(sensitive_sv: SensitiveTermsDetector, text: str, expected: set[str]) -> None:
    assert {f.text for f in sensitive_sv.detect(text, "sv")} == expected


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [
        ("no", "Adresse: Granveien 14 H0102, 1363 Høvik", "Granveien 14 H0102, 1363 Høvik"),
        ("no", "Hun bor i Fjellgata 3B, 5003 Bergen.", "Fjellgata 3B, 5003 Bergen"),
        ("sv", "Adress: Lönngatan 7 lgh 1101, 753 21 Uppsala", "Lönngatan 7 lgh 1101, 753 21 Uppsala"),
        ("sv", "Han bor på Ekvägen 22, 41664 Göteborg.", "Ekvägen 22, 41664 Göteborg"),
    ],
)
def test_nordic_addresses_with_postcodes(family: str, text: str, expected: str) -> None:
    detector = AddressPolicyDetector(AddressDetector(default_data_dir() / family))
    assert [f.text for f in detector.detect(text, family)] == [expected]


@pytest.mark.parametrize("family", ["no", "sv"])
def test_a_postcode_and_town_alone_is_a_town(family: str) -> None:
    detector = AddressPolicyDetector(AddressDetector(default_data_dir() / family))
    text = "Kommunen, 0155 Oslo" if family == "no" else "Kommunen, 111 52 Stockholm"
    assert detector.detect(text, family) == []
