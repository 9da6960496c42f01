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


# Nynorsk forms of the same facts (invented sentences).
NYNORSK: list[tuple[str, set[str]]] = [
    ("Mor har psykiske vanskar og har vore innlagd på sjukehus.", {"psykiske vanskar", "innlagd på sjukehus"}),
    ("Far er sikta for tjuveri og har husleigerestanse.", {"sikta", "tjuveri", "husleigerestanse"}),
    ("Ho har vore utsett for vald frå sambuaren sin.", {"vald"}),
    ("Tiltaket er sikta mot unge vaksne i kommunen.", set()),
    # said of a group (statistics, plans): no person's fact
    ("Antall mottakere av økonomisk sosialhjelp økte i fjor.", set()),
    ("Planen gir tilbud til personer med rusproblemer.", set()),
    ("Han har rusproblemer og mottar økonomisk sosialhjelp.", {"rusproblemer", "økonomisk sosialhjelp"}),
    ("Guten hadde blåmerke på armane, og det er sett i verk ei undersøkingssak.", {"blåmerke på", "undersøkingssak"}),
]


@pytest.mark.parametrize(("text", "expected"), NYNORSK, ids=[t[:30] for t, _ in NYNORSK])
def test_norwegian_lexicon_nynorsk(sensitive_no: SensitiveTermsDetector, text: str, expected: set[str]) -> None:
    assert {f.text for f in sensitive_no.detect(text, "nn")} == expected


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


# Health and impairment facts in ordinary words: proposed beside a person, not in general text.
HEALTH_NO: list[tuple[str, set[str]]] = [
    ("Hun døde på sykehuset natt til søndag.", {"døde"}),
    ("Faren hans gikk bort i fjor.", {"gikk bort"}),
    ("Pasienten får oksygenbehandling hjemme og bruker respirator om natten.", {"oksygenbehandling", "respirator"}),
    ("Han har nedsatt arbeidsevne og er delvis ufør.", {"nedsatt arbeidsevne", "delvis ufør"}),
    ("Hun mottar hjemmesykepleie tre ganger i uka og bruker høreapparat.", {"hjemmesykepleie", "høreapparat"}),
    # Sick leave is the subject of routines and NAV rules: a fact only beside a person.
    ("Dersom arbeidstaker fortsatt er sykmeldt, innkaller NAV til dialogmøte.", set()),
    ("Sykefraværet i etaten gikk ned til 6 prosent i fjor.", set()),
    ("Målet er gradert sykmelding fra neste måned.", set()),
    ("Hun er sykmeldt på grunn av en skade i skulderen.", {"sykmeldt"}),
    ("Han fikk BiPAP om natten etter innleggelsen.", {"BiPAP", "innleggelsen"}),
    # Only the word carrying the fact: the auxiliary verb stays readable.
    ("Hun ble operert i februar og skal opereres igjen.", {"operert", "opereres"}),
    # A union named beside its representative in any compound ("hovedtillitsvalgt", "plasstillitsvalgt").
    ("Arbeidstakeren hadde med seg hovedtillitsvalgt fra Fagforbundet.", {"Fagforbundet"}),
    ("Kommunen skal tilby hjemmesykepleie til alle som trenger det.", set()),
    ("Oksygen og respirator er omtalt i retningslinjene for sykehusene.", set()),
    ("Antallet dødsfall i trafikken gikk ned i fjor.", set()),
    ("Arbeidsevne vurderes etter folketrygdloven § 14 a.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HEALTH_NO, ids=[t[:30] for t, _ in HEALTH_NO])
def test_norwegian_health_in_ordinary_words(
    sensitive_no: SensitiveTermsDetector, text: str, expected: set[str]
) -> None:
    assert {f.text for f in sensitive_no.detect(text, "nb")} == expected


HEALTH_SV: list[tuple[str, set[str]]] = [
    ("Hon avled på sjukhuset i våras.", {"avled"}),
    ("Hans mor gick bort förra året.", {"gick bort"}),
    ("Patienten får syrgas och behöver respirator nattetid.", {"syrgas", "respirator"}),
    ("Han har nedsatt arbetsförmåga och har beviljats sjukersättning.", {"nedsatt arbetsförmåga", "sjukersättning"}),
    ("Hon har hemsjukvård och använder hörapparat.", {"hemsjukvård", "hörapparat"}),
    ("Kommunen ansvarar för hemsjukvård i ordinärt boende.", set()),
    ("Antalet dödsfall i trafiken minskade under året.", set()),
    ("Arbetsförmåga bedöms enligt 27 kap. socialförsäkringsbalken.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HEALTH_SV, ids=[t[:30] for t, _ in HEALTH_SV])
def test_swedish_health_in_ordinary_words(sensitive_sv: SensitiveTermsDetector, text: str, expected: set[str]) -> None:
    assert {f.text for f in sensitive_sv.detect(text, "sv")} == expected
