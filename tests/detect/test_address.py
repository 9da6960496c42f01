"""AddressDetector: Danish street addresses. All examples are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.entity import Entity
from redact.detect import address
from redact.detect.address import AddressDetector, default_data_dir


@pytest.fixture(scope="module")
def detector() -> AddressDetector:
    return AddressDetector()


def _spans(detector: AddressDetector, text: str) -> list[str]:
    return [f.text for f in detector.detect(text, "da")]


# (text, the one expected finding's text)
POSITIVES: list[tuple[str, str]] = [
    # street + number + postcode/town on the same line
    ("Borgeren bor på Vestergade 12, 8000 Aarhus C.", "Vestergade 12, 8000 Aarhus C"),
    ("Ny adresse: Solsikkevej 3, 5260 Odense S", "Solsikkevej 3, 5260 Odense S"),
    ("Nørre Allé 14, 2200 København N", "Nørre Allé 14, 2200 København N"),
    ("Frederiksberg Allé 45, 1820 Frederiksberg C", "Frederiksberg Allé 45, 1820 Frederiksberg C"),
    ("H.C. Andersens Boulevard 27, 1553 København V", "H.C. Andersens Boulevard 27, 1553 København V"),
    ("Gammel Kongevej 10A, 3. th., 1610 København V", "Gammel Kongevej 10A, 3. th., 1610 København V"),
    ("Store Kongensgade 40 H, 1264 København K", "Store Kongensgade 40 H, 1264 København K"),
    ("Kirketoften 9, 8520 Lystrup", "Kirketoften 9, 8520 Lystrup"),
    ("Søndergade 3, DK-6000 Kolding", "Søndergade 3, DK-6000 Kolding"),
    ("Hun bor på Lindevej 8 8600 Silkeborg", "Lindevej 8 8600 Silkeborg"),
    ("Svar sendes til Bøgevej 4, 8000 Århus C", "Bøgevej 4, 8000 Århus C"),
    ("Brevet gik til Tværgade 2, 8000 Aarhus", "Tværgade 2, 8000 Aarhus"),
    ("VESTERGADE 12, 8000 AARHUS C", "VESTERGADE 12, 8000 AARHUS C"),
    ("vestergade 12, 8000 aarhus c", "vestergade 12, 8000 aarhus c"),
    ("Bopæl: Tranehøj 4, 8600 Silkeborg", "Tranehøj 4, 8600 Silkeborg"),
    ("Ved Kirken 3, 4700 Næstved", "Ved Kirken 3, 4700 Næstved"),
    ("Søvej 2, 2800 Kgs. Lyngby", "Søvej 2, 2800 Kgs. Lyngby"),
    ("Søvej 2, 2100 Kbh. Ø", "Søvej 2, 2100 Kbh. Ø"),
    ("Postboks 77, 8100 Aarhus C", "Postboks 77, 8100 Aarhus C"),  # postbox code not in the list
    ("Kastanjen 3, 4000 Roskilde", "Kastanjen 3, 4000 Roskilde"),
    ("Hybenrosen 11, 2. tv, 9000 Aalborg", "Hybenrosen 11, 2. tv, 9000 Aalborg"),
    # postcode/town on the next line
    ("Vestervang 14, 2. tv.\n8000 Aarhus C", "Vestervang 14, 2. tv.\n8000 Aarhus C"),
    ("Lærkevej 21 st.\n5230 Odense M", "Lærkevej 21 st.\n5230 Odense M"),
    ("Egebakken 5\n7400 Herning\nTlf. 12 34 56 78", "Egebakken 5\n7400 Herning"),
    (
        "Med venlig hilsen\nKaren Holm\nRugmarken 17\n8900 Randers C\nTlf. 22 33 44 55",
        "Rugmarken 17\n8900 Randers C",
    ),
    # floors and doors
    ("Jens Baggesens Vej 3, st. tv", "Jens Baggesens Vej 3, st. tv"),
    ("Adresse: Solsikkevej 3, 1.th", "Solsikkevej 3, 1.th"),
    ("Skovbrynet 4, kl.", "Skovbrynet 4, kl."),
    ("Nørrebrogade 118, 4. 12, 2200 København N", "Nørrebrogade 118, 4. 12, 2200 København N"),
    ("Østre Stationsvej 3, 2. sal", "Østre Stationsvej 3, 2. sal"),
    ("Fasanvej 7, 3. mf.", "Fasanvej 7, 3. mf."),
    ("Bredgade 9 1 th", "Bredgade 9 1 th"),
    ("Vibevej 2, st. th., lejl. 4", "Vibevej 2, st. th., lejl. 4"),
    # without postcode
    ("Han er flyttet til Birkevænget 7 i Silkeborg.", "Birkevænget 7"),
    ("Roskilde Landevej 112 er solgt.", "Roskilde Landevej 112"),
    ("Mikkel Lassens Toft 3", "Mikkel Lassens Toft 3"),
    ("Vestergade nr. 12 har fået nyt tag.", "Vestergade nr. 12"),
    ("Anders Jensens Vej 14", "Anders Jensens Vej 14"),
    ("Kongens Nytorv 8", "Kongens Nytorv 8"),
    ("Hjørnet af Vestergade 12-14.", "Vestergade 12-14"),
    ("mødet holdes på Vestergade 12 kl. 14", "Vestergade 12"),
    ("(Åbyhøjvej 3)", "Åbyhøjvej 3"),
    ("Torvet 2", "Torvet 2"),
    ("Pakken blev sendt til Smedegade 4, Slagelse, i går.", "Smedegade 4, Slagelse"),
    ("Kirkestræde 9, København K.", "Kirkestræde 9, København K"),
    ("Vestergade 12, Aarhus Kommune", "Vestergade 12, Aarhus"),
    ("Kære Lis\nDin nye adresse er Hyldebærvej 2 B.", "Hyldebærvej 2 B"),
    ("Kongshøj Allé 3", "Kongshøj Allé 3"),
    ("Nyhavn 17", "Nyhavn 17"),
    ("Strandboulevarden 10", "Strandboulevarden 10"),
    ("Dr. Tværgade 30", "Dr. Tværgade 30"),
    ("Gl. Køge Landevej 23", "Gl. Køge Landevej 23"),
    ("Frederik VII's Gade 3", "Frederik VII's Gade 3"),
    ("A.P. Møllers Allé 9", "A.P. Møllers Allé 9"),
    ("Hun bor på Mathiesens Enghave 3.", "Mathiesens Enghave 3"),
    ("Svanholm Mark 4", "Svanholm Mark 4"),
    # c/o and postbox
    ("c/o Hansen, Nørrebrogade 4, 2200 København N", "c/o Hansen, Nørrebrogade 4, 2200 København N"),
    ("c/o Mette Sørensen\nHybenvænget 9\n4000 Roskilde", "c/o Mette Sørensen\nHybenvænget 9\n4000 Roskilde"),
    ("Postboks 123", "Postboks 123"),
    ("Postboks 44, 7100 Vejle", "Postboks 44, 7100 Vejle"),
    ("Postboks 9\n5100 Odense C", "Postboks 9\n5100 Odense C"),
    ("Brevet sendes c/o Birgit Holm", "c/o Birgit Holm"),
    # Norwegian / Swedish forms
    ("Storgata 5", "Storgata 5"),
    ("Drottninggatan 12", "Drottninggatan 12"),
    ("Karl Johans gate 22", "Karl Johans gate 22"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(detector: AddressDetector, text: str, expected: str) -> None:
    findings = detector.detect(text, "da")
    assert [f.text for f in findings] == [expected]
    f = findings[0]
    assert (f.start, f.end) == (text.index(expected), text.index(expected) + len(expected))
    assert f.entity is Entity.ADDRESS
    assert f.detector == "AddressDetector"


NEGATIVES: list[str] = [
    "vejarbejdet på Vestergade er forsinket",
    "Vestergade og Nørregade lukkes i weekenden",
    "5230 Odense M",
    "Mødet holdes i 8000 Aarhus C.",
    "jf. § 12, stk. 3",
    "Serviceloven § 85",
    "Vi mødes kl. 14.30",
    "Anne Toft 45 år",
    "Beløbet på 12.500 kr. er udbetalt",
    "Afgørelsen er dateret d. 12. marts 2024",
    "Bilag 3 og Side 2 af 5",
    "Lov nr. 12 af 2020",
    "Mette Nørgaard 12 34 56 78",
    "Der var 3 deltagere fra Aarhus Kommune",
    "Hans Jensen 45",
    "Danmark 2",
    "Drengen 12 år",
    "Børnehaven 2",
    "Parkeringsplads 3",
    "Gruppe 2 mødes på Torvet",
    "I uge 12 blev Vestergade asfalteret",
    "Vej\nVestergade\nNr.\n12",
    "Journalnr. 2024-12345",
    "Postnr.\n8000\nBy\nAarhus C",
    "Alle 3 ansøgere fik afslag",
    "Sag 12, 8000 Aarhus C",
    "Lars Lund 12",
    "Peter Holm 3",
    "Mette Engholm 12",
    "hun bor c/o min mor",
    "Ved mødet 3. maj deltog",
    "... ved Kirken. 3 af dem kom",
    "Sofie Lund 87 65 43 21",
    "Lokale 3.12",
    "Udvalget 12. marts",
    "Vejen 4 gange",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(detector: AddressDetector, text: str) -> None:
    assert _spans(detector, text) == []


def test_scores_and_danish_reasons(detector: AddressDetector) -> None:
    text = "Vestergade 12, 8000 Aarhus C og Nørregade 3"
    full, bare = detector.detect(text, "da")
    assert full.score == pytest.approx(0.85)
    assert bare.score == pytest.approx(0.7)
    assert "postnummer" in full.reason and "husnummer" in bare.reason


def test_several_addresses_in_a_letter(detector: AddressDetector) -> None:
    text = (
        "Fra: Sagsbehandler\nTil: Peter Larsen\nEmne: Vedr. Egevej 4\n\n"
        "Kære Peter Larsen\nDu er flyttet fra Egevej 4, 1. tv, 7100 Vejle til Ahornvej 19,\n"
        "6000 Kolding. Din tidligere udlejer bor på Munkebjergvej 101.\n"
    )
    assert _spans(detector, text) == [
        "Egevej 4",
        "Egevej 4, 1. tv, 7100 Vejle",
        "Ahornvej 19,\n6000 Kolding",
        "Munkebjergvej 101",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun opplyste at familien bor i Diktmarka 3D. Neste møte avtales.", "Diktmarka 3D"),
        ("Familien har flyttet til Oppdiktvika 9A i fjor.", "Oppdiktvika 9A"),
        ("Hon berättade att familjen bor på Påhittbacken 4.", "Påhittbacken 4"),
        ("Borgeren er nu bosat på Diktkrenten 12 hos sin søster.", "Diktkrenten 12"),
        ("Moren opplyste at hun har flyttet fra Diktøya 77B.", "Diktøya 77B"),
        ("Navn: Kari Oppdiktet\nAdresse: Diktspranget 4\nTelefon: 912 34 567", "Diktspranget 4"),
    ],
)
def test_a_street_of_any_naming_after_where_someone_lives(detector: AddressDetector, text: str, expected: str) -> None:
    """A capitalised name and a house number after "bor i/på", "flyttet til", "bosat på" is where
    someone lives, whatever the street's ending; without those words it needs a postcode."""
    found = detector.detect(text, "nb")
    assert [f.text for f in found] == [expected]
    assert found[0].reason == address.REASON_RESIDENCE
    plain = text.replace("bor i ", "så ").replace("bor på ", "såg ").replace("flyttet til", "skrevet om")
    plain = plain.replace("bosat på", "set på").replace("flyttet fra", "skrevet om").replace("Adresse:", "Emne:")
    assert detector.detect(plain, "nb") == []


def test_a_street_line_under_a_name_in_a_signature(detector: AddressDetector) -> None:
    """A citizen's signature: the name, then the street and house number alone on their line, no
    postcode; a document word and its number there ("Sak 12"), or more text on the line, is none."""
    found = detector.detect("Med vennlig hilsen\nKari Oppdiktet\nDiktspranget 97B\nTlf.: 912 34 567", "nb")
    assert [f.text for f in found] == ["Diktspranget 97B"]
    assert found[0].reason == address.REASON_STREET
    found = detector.detect("Med vennlig hilsen\nDr. Kari Oppdiktet\nDiktspranget 97B\n", "nb")
    assert [f.text for f in found] == ["Diktspranget 97B"]  # an honorific before the name
    for text in (
        "Med vennlig hilsen\nKari Oppdiktet\nSak 12",
        "Kari Oppdiktet\nDiktspranget 97B er lagt ut på høring.",
        "Referat fra møtet\nDiktspranget 97B",
    ):
        assert detector.detect(text, "nb") == [], text


@pytest.mark.parametrize("text", ["Han bor i Oslo 2 år til.", "Hun bor i Roskilde 3 dage om ugen."])
def test_a_town_after_bor_i_is_no_street(detector: AddressDetector, text: str) -> None:
    assert detector.detect(text, "da") == []


def test_reads_its_data_dir(tmp_path: Path) -> None:
    for f in default_data_dir().iterdir():
        if f.is_file():  # the Norwegian and Swedish data lie in sub-folders
            (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "street_suffixes.tsv").write_text("# only -vej\nvej\tstrong\t1\n", encoding="utf-8")
    detector = AddressDetector(tmp_path)
    assert _spans(detector, "Birkevej 3 og Vestergade 12") == ["Birkevej 3"]


def test_default_data_dir() -> None:
    assert (default_data_dir() / "postnumre.tsv").is_file()
    assert AddressDetector.default_data_dir() == default_data_dir()
    assert AddressDetector(default_data_dir()).detect("Vestergade 1", "da")


def test_an_address_after_a_long_text_is_found(detector: AddressDetector) -> None:
    # Speed is measured by `make bench`; this keeps the behaviour the old timed test also checked.
    words = ("borgeren har den 12. marts søgt om hjælp efter § 85 og kommunen har vurderet sagen kl. 14").split()
    text = " ".join(words[i % len(words)] for i in range(20_000))
    text += "\nVestervang 14, 2. tv.\n8000 Aarhus C\n"
    findings = detector.detect(text, "da")
    assert findings[-1].text == "Vestervang 14, 2. tv.\n8000 Aarhus C"
