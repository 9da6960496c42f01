"""NameRuleDetector: person names from name lists and context rules.

All names and sentences are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.detect.name_words import DEFAULT_DATA_DIR
from redact.detect.names import NameRuleDetector


@pytest.fixture(scope="module")
def detector() -> NameRuleDetector:
    return NameRuleDetector()


def found(detector: NameRuleDetector, text: str) -> list[str]:
    return [f.text for f in detector.detect(text, "da")]


# (id, text, the names that must be proposed, exactly as spans)
POSITIVE: list[tuple[str, str, list[str]]] = [
    # full names
    ("full-name", "Jens Hansen har søgt om kontanthjælp.", ["Jens Hansen"]),
    ("full-name-mid", "Ansøgningen fra Mette Kragh blev modtaget i går.", ["Mette Kragh"]),
    ("middle-name", "Anne Marie Bundgaard deltog i mødet.", ["Anne Marie Bundgaard"]),
    ("two-first-names", "Sagen vedrører Poul Erik Sønderby.", ["Poul Erik Sønderby"]),
    ("double-surname", "Underretningen kom fra Lise Bech Andersen.", ["Lise Bech Andersen"]),
    ("unknown-surname", "Vi har talt med Karina Zwerglund om sagen.", ["Karina Zwerglund"]),
    ("two-names", "Mødet blev holdt med Ole Dam og Birgit Kjær.", ["Ole Dam", "Birgit Kjær"]),
    ("capitals", "JENS HANSEN\nAFGØRELSE OM HJÆLP", ["JENS HANSEN"]),
    # first name alone
    ("first-alone", "Der kom et brev fra Mette i går.", ["Mette"]),
    ("first-alone-sentence-start", "Lone ringede i morges og spurgte til sagen.", ["Lone"]),
    ("first-alone-two", "Både Ib og Jytte var til stede.", ["Ib", "Jytte"]),
    # surname alone
    ("surname-alone", "Vi har drøftet sagen med Nielsen.", ["Nielsen"]),
    ("surname-alone-start", "Jørgensen var ikke til stede ved mødet.", ["Jørgensen"]),
    # genitive: the whole word, the s included
    ("genitive-surname", "Hansens ansøgning er modtaget.", ["Hansens"]),
    ("genitive-first", "Birgittes mor ringede til kommunen.", ["Birgittes"]),
    ("genitive-full", "Vi har læst Anne Sørensens klage.", ["Anne Sørensens"]),
    ("genitive-apostrophe", "Jens' cykel blev stjålet.", ["Jens'"]),
    # initials
    ("initials", "Sagen er behandlet af J.P. Hansen.", ["J.P. Hansen"]),
    ("initial", "Kopi er sendt til J. Nielsen.", ["J. Nielsen"]),
    ("initials-spaced", "Underskrevet af H. C. Mikkelsen.", ["H. C. Mikkelsen"]),
    ("middle-initial", "Jens P. Kristensen har klaget.", ["Jens P. Kristensen"]),
    ("initial-after-salutation", "Kære K. Vestergaard\nTak for dit brev.", ["K. Vestergaard"]),
    # hyphenated names and particles
    ("hyphen-surname", "Karin Holm-Jensen har fået bevilget hjælp.", ["Karin Holm-Jensen"]),
    ("hyphen-first", "Anne-Marie Kjær er bisidder.", ["Anne-Marie Kjær"]),
    ("hyphen-common-part", "Der er talt med Mads Skov-Petersen.", ["Mads Skov-Petersen"]),
    ("particle-von", "Brevet er fra Carl von Holstein.", ["Carl von Holstein"]),
    ("particle-de", "Marie de Neergaard har ringet.", ["Marie de Neergaard"]),
    ("particle-al", "Ahmed al-Hassan mødte op.", ["Ahmed al-Hassan"]),
    ("particle-bin", "Samtalen med Khalid bin Saleh er udsat.", ["Khalid bin Saleh"]),
    # non-Nordic names
    ("turkish", "Mehmet Yilmaz har søgt om boligstøtte.", ["Mehmet Yilmaz"]),
    ("polish", "Tolken oversatte for Agnieszka Nowak.", ["Agnieszka Nowak"]),
    ("somali", "Fadumo Warsame og Abdi Farah deltog.", ["Fadumo Warsame", "Abdi Farah"]),
    ("vietnamese", "Sagen om Nguyen Thi Lan er afsluttet.", ["Nguyen Thi Lan"]),
    ("arabic", "Ali Hussein har fået afslag.", ["Ali Hussein"]),
    ("pakistani", "Vi har modtaget en klage fra Zainab Qureshi.", ["Zainab Qureshi"]),
    # names that are ordinary words, decided by context
    ("common-after-first", "Kirsten Skov har ringet.", ["Kirsten Skov"]),
    ("common-after-first-2", "Vi har talt med Bente Holm og Erik Lund.", ["Bente Holm", "Erik Lund"]),
    ("common-first-with-surname", "Bo Rasmussen har klaget.", ["Bo Rasmussen"]),
    ("common-honorific", "Hr. Holm mødte ikke op.", ["Holm"]),
    ("common-fru", "Vi har skrevet til fru Bach.", ["Bach"]),
    ("common-salutation", "Kære Storm\nTak for snakken.", ["Storm"]),
    ("common-relation", "Hendes søn Storm har fået en plads.", ["Storm"]),
    ("common-relation-2", "Naboen Lund har klaget over støj.", ["Lund"]),
    ("common-label", "Navn: Lykke Skov\nCPR-nr.: se bilag", ["Lykke Skov"]),
    ("common-mid-sentence", "Efter mødet ringede Bjørn til afdelingen.", ["Bjørn"]),
    # context rules
    ("salutation", "Kære Mette\nTak for din henvendelse.", ["Mette"]),
    ("salutation-two", "Kære Henrik og Lise\nVi skriver til jer.", ["Henrik", "Lise"]),
    ("hej", "Hej Jonas\nJeg vender tilbage.", ["Jonas"]),
    ("hej-unknown", "Hej Zoltrix\nJeg vender tilbage.", ["Zoltrix"]),
    ("label-next-line", "Navn:\nKaren Dam\nAdresse:\nSkolevej 3", ["Karen Dam"]),
    ("label-same-line", "Borger: Ole Smed\nSagsnr.: 123", ["Ole Smed"]),
    ("label-ansoger", "Ansøger: Zlatko Wrzesniewski", ["Zlatko Wrzesniewski"]),
    ("label-klager", "Klager: Vibeke Tang", ["Vibeke Tang"]),
    ("label-paarorende", "Pårørende: Birk Lund (søn)", ["Birk Lund"]),
    ("label-table-no-colon", "Navn\nSvend Aage Mose\nFødselsdato\n01.02.1950", ["Svend Aage Mose"]),
    ("relation-mor", "Barnets mor Camilla oplyste, at alt var i orden.", ["Camilla"]),
    ("relation-datter", "Datteren Lykke går i 3. klasse.", ["Lykke"]),
    ("relation-elev", "Eleven Malthe Krog har haft fravær.", ["Malthe Krog"]),
    ("relation-patient", "Patienten Jonas Berg blev udskrevet.", ["Jonas Berg"]),
    ("relation-aegtefaelle", "Hans ægtefælle Gitte Brink er syg.", ["Gitte Brink"]),
    ("honorific-fru", "Fru Dam har ringet.", ["Dam"]),
    ("honorific-pair", "Hr. og fru Hansen er indkaldt.", ["Hansen"]),
    ("called", "Jeg hedder Fie og er 9 år.", ["Fie"]),
    ("til-address-block", "Til Jens Hansen\nVestergade 4\n5000 Odense C", ["Jens Hansen"]),
    ("subject-genitive", "Emne: Klage over Hans Jensens afgørelse", ["Hans Jensens"]),
    ("honorific-dr", "Dr. Thomas Vinter har udfyldt attesten.", ["Thomas Vinter"]),
    ("cand", "Udtalelsen er skrevet af cand.psych. Mette Bach.", ["Mette Bach"]),
    ("title", "Sagsbehandler Lise Skov oplyste følgende.", ["Lise Skov"]),
    ("participants", "Deltagere: Ib Holm, Lone Bech og Erik Dam", ["Ib Holm", "Lone Bech", "Erik Dam"]),
    (
        "participants-lines",
        "Deltagere:\n- Birthe Skov (mor)\n- Henrik Lund (far)\n- Socialrådgiver Camilla Holm\n\nMødet startede.",
        ["Birthe Skov", "Henrik Lund", "Camilla Holm"],
    ),
    ("signature", "Med venlig hilsen\n\nTove Fisker\nSagsbehandler\nJobcenter Vejle", ["Tove Fisker"]),
    ("signature-mvh", "Jeg håber, I kan hjælpe.\nMvh\nAsk", ["Ask"]),
    ("signature-same-line", "Venlig hilsen Jannie Storm", ["Jannie Storm"]),
    # e-mail headers: the display name before the address
    ("header-from", "Fra: Jens Hansen <jh@example.dk>\nEmne: Klage", ["Jens Hansen"]),
    ("header-to-list", "Til: Mette Olsen <mo@example.dk>; Peter Storm <ps@example.dk>", ["Mette Olsen", "Peter Storm"]),
    ("header-quoted", "Cc: 'Lise Bach' <lb@example.dk>", ["Lise Bach"]),
    ("header-mailto", "Fra: Jørgen Bach-Nielsen [mailto:jbn@example.dk]", ["Jørgen Bach-Nielsen"]),
    ("header-surname-first", "Fra: Hansen, Karina <kh@example.dk>", ["Hansen", "Karina"]),
    ("header-no-address", "Til: Fatima Al-Sayed\nEmne: Mødeindkaldelse", ["Fatima Al-Sayed"]),
    ("header-unknown-name", "Fra: Quorra Zelnik <qz@example.dk>", ["Quorra Zelnik"]),
    ("display-name-in-text", "Skriv til Jens Hansen <jh@example.dk> hvis du har spørgsmål.", ["Jens Hansen"]),
    ("signature-phone", "Med venlig hilsen\nJens Hansen +45 12 34 56 78", ["Jens Hansen"]),
    ("year-before-name", "I 2024 Jens Hansen flyttede.", ["Jens Hansen"]),
    ("surname-then-first", "Liste: Nielsen Jens, Hansen Mette", ["Nielsen Jens", "Hansen Mette"]),
    ("frequent-surname-mainly", "Vi har talt med Møller om sagen.", ["Møller"]),
    ("initials-common-surname", "Brevet er underskrevet af K. Skov.", ["K. Skov"]),
]

# (id, text, words that must not be proposed; an empty list: nothing in the text may be proposed)
NEGATIVE: list[tuple[str, str, list[str]]] = [
    # organisations
    ("org-kommune", "Afgørelsen er truffet af Aarhus Kommune.", []),
    ("org-jobcenter", "Du skal møde i Jobcenter Vejle på mandag.", []),
    ("org-region", "Region Midtjylland har svaret på henvendelsen.", []),
    ("org-company", "Fakturaen er fra Fyns Jord & Beton A/S.", []),
    ("org-company-named", "Opgaven gik til Jens Hansen ApS.", []),
    ("org-and-son", "Tilbuddet kom fra Hansen & Søn.", []),
    ("org-ministry", "Ankestyrelsen og Social- og Boligministeriet har udtalt sig.", []),
    ("org-university", "Lund Universitet har lavet en undersøgelse.", []),
    ("org-club", "Han spiller i Lystrup Svømmeklub.", []),
    ("org-person-in-cut", "Mette Hansen Aarhus Kommune", ["Aarhus", "Kommune"]),
    # places and streets
    ("place-town", "Hun er flyttet fra Odense til Viborg.", []),
    ("place-holstebro", "Mødet holdes i Holstebro.", []),
    ("place-street", "Adressen er Vestergade 12, 8000 Aarhus C.", []),
    ("place-town-first-name", "Egemarkegade 18\n8225 Flemming", []),
    ("place-multi-word", "Hun flyttede fra Vester Skerninge til Ruds Vedby.", []),
    ("place-hyphenated", "Lyngby-Taarbæk Kommune og Ringkøbing-Skjern Kommune har svaret.", []),
    ("street-suffix", "Butikken ligger på Bjerregårds Sidegade 59.", []),
    ("street-named-after-person", "Hun bor på Jens Baggesens Vej 12.", []),
    ("street-initials", "Kontoret ligger på H.C. Andersens Boulevard.", []),
    ("street-genitive-gade", "Butikken ligger i Niels Juels Gade.", []),
    ("school-named-after-person", "Han går på N. Zahles Skole.", []),
    ("airport", "Flyet lander i Hans Christian Andersen Lufthavn.", []),
    ("square-named-after-person", "Mødet er på Søren Kierkegaards Plads 1.", []),
    ("house-named-after-person", "Klassen besøgte Anne Frank Huset.", []),
    ("places-list", "København, Aarhus, Aalborg og Odense", []),
    # months, weekdays
    ("weekday", "Mødet er flyttet til Mandag den 4. marts.", []),
    ("month-date", "Den 1. Maj holdes der fri. I August 2024 starter skolen.", []),
    ("month-lower", "Vi ses i august.", []),
    # titles
    ("titles", "Sagsbehandler\nAfdelingsleder\nSocialrådgiver", []),
    ("title-line", "Med venlig hilsen\n\nSagsbehandler\nBorgerservice", []),
    ("salutation-title", "Kære Borger\nKære Forældre\nHej alle\nHej Mor", []),
    ("label-org", "Navn: Aarhus Kommune\nAnsøger: Se bilag 3\nBorger: Ukendt", []),
    # sentence-initial ordinary words that are also names
    ("sentence-hans", "Hans bil var parkeret ulovligt.", []),
    ("sentence-per", "Per mail har vi sendt afgørelsen.", []),
    ("sentence-storm", "Storm og regn ødelagde taget.", []),
    ("sentence-holm", "Holm er en lille ø i fjorden.", []),
    ("sentence-bach", "Bach skrev mange kantater.", []),
    ("sentence-mark", "Mark og skov ejes af kommunen.", []),
    ("compound-prefix", "Han bor på et Bo- og Plejecenter.", []),
    ("sentence-words", "Derfor Kontakt Venligst Borgerservice.", []),
    ("common-surname-alone", "Ejendommen ligger ved Skov og Holm.", []),
    # royals and saints
    ("royal", "Kong Frederik og Dronning Margrethe besøgte byen.", []),
    ("roman", "Christian IV byggede Rundetårn.", []),
    ("saint", "Vi fejrer Sankt Hans ved stranden.", []),
    # e-mail addresses: left to the e-mail recognizer
    ("email-address", "Skriv til mette.olsen@example.dk eller jens@example.dk.", []),
    ("header-org", "Fra: Borgerservice <borgerservice@example.dk>\nTil: Aarhus Kommune", []),
    ("header-dates", "Sendt: 3. juni 2024 09:14\nEmne: SV: Mødeindkaldelse", []),
    # codes, headings
    ("code", "Mødet er i lokale Dokk1 og B12.", []),
    ("heading", "AFGØRELSE OM KONTANTHJÆLP\nSagsnr.: 27.12.04", []),
]


@pytest.mark.parametrize(("text", "names"), [pytest.param(t, n, id=i) for i, t, n in POSITIVE])
def test_positive(detector: NameRuleDetector, text: str, names: list[str]) -> None:
    got = found(detector, text)
    for name in names:
        assert name in got, f"{name!r} not proposed in {text!r}; got {got}"


@pytest.mark.parametrize(("text", "words"), [pytest.param(t, w, id=i) for i, t, w in NEGATIVE])
def test_negative(detector: NameRuleDetector, text: str, words: list[str]) -> None:
    findings = detector.detect(text, "da")
    if not words:
        assert findings == [], f"proposed {[f.text for f in findings]} in {text!r}"
    for word in words:
        assert not any(word in f.text for f in findings), f"{word!r} proposed in {text!r}"


def test_findings_are_persons_with_offsets_and_danish_reasons(detector: NameRuleDetector) -> None:
    text = "Kære Mette Olsen\nVi har modtaget Hansens klage.\nMed venlig hilsen\nLise Bach"
    findings = detector.detect(text, "da")
    assert findings
    for f in findings:
        assert isinstance(f, Finding)
        assert f.entity is Entity.PERSON
        assert text[f.start : f.end] == f.text
        assert 0.0 < f.score <= 1.0
        assert f.detector == "NameRuleDetector"
        assert f.reason.startswith(("Navn", "Fornavn", "Efternavn", "Forbogstav"))
    by_text = {f.text: f for f in findings}
    assert by_text["Mette Olsen"].reason == "Navn efter «Kære»"
    assert "ejefald" in by_text["Hansens"].reason
    assert by_text["Lise Bach"].reason == "Navn i underskrift efter «Med venlig hilsen»"


def test_reasons_name_the_list(detector: NameRuleDetector) -> None:
    by_text = {f.text: f for f in detector.detect("Jens Hansen og Mette mødte Jørgensen.", "da")}
    assert by_text["Jens Hansen"].reason == "Fornavn fra navneliste (DST) efterfulgt af efternavn"
    assert by_text["Mette"].reason == "Fornavn fra navneliste (DST)"
    assert by_text["Jørgensen"].reason == "Efternavn fra navneliste (DST)"


def test_minority_list_reason(detector: NameRuleDetector) -> None:
    by_text = {f.text: f for f in detector.detect("I går ringede Amanullah. Ejaz Baluch kom senere.", "da")}
    assert by_text["Amanullah"].reason == "Fornavn fra navneliste (minoritetsnavne)"
    assert by_text["Ejaz Baluch"].reason.startswith("Fornavn fra navneliste (minoritetsnavne)")


def test_scores_rank_evidence(detector: NameRuleDetector) -> None:
    by_text = {f.text: f.score for f in detector.detect("Jens Hansen og Mette mødte Jørgensen.", "da")}
    assert by_text["Jens Hansen"] > by_text["Mette"] > by_text["Jørgensen"]


def test_no_overlapping_findings(detector: NameRuleDetector) -> None:
    text = "Fra: Jens Hansen <jh@example.dk>\nTil: Mette Olsen\n\nKære Mette Olsen\nHilsen Jens Hansen"
    findings = detector.detect(text, "da")
    for a in findings:
        assert not any(a is not b and a.overlaps(b) for b in findings)


def test_empty_and_lower_case_text(detector: NameRuleDetector) -> None:
    assert detector.detect("", "da") == []
    assert detector.detect("ingen navne her, kun små bogstaver.", "da") == []


def test_language_does_not_matter(detector: NameRuleDetector) -> None:
    assert found(detector, "Jens Hansen kom.") == found(NameRuleDetector(), "Jens Hansen kom.")
    assert "Jens Hansen" in [f.text for f in detector.detect("Jens Hansen kom.", "nb")]


def test_protocol_name(detector: NameRuleDetector) -> None:
    assert detector.name == "names"


def test_default_data_dir_holds_small_lists() -> None:
    files = sorted(DEFAULT_DATA_DIR.glob("*.txt"))
    names = {p.name for p in files}
    assert {"da_first_names.txt", "da_surnames.txt", "common_words.txt"} <= names
    assert sum(p.stat().st_size for p in files) < 2 * 1024 * 1024


def test_own_data_dir(tmp_path: Path) -> None:
    (tmp_path / "da_first_names.txt").write_text("# test\nZorro\n", encoding="utf-8")
    (tmp_path / "da_surnames.txt").write_text("Quill\n", encoding="utf-8")
    d = NameRuleDetector(tmp_path)
    assert found(d, "I går ringede Zorro Quill.") == ["Zorro Quill"]
    assert found(d, "I går ringede Jens Hansen.") == []


def test_missing_data_dir(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        NameRuleDetector(tmp_path / "missing")


@pytest.fixture(scope="module")
def norwegian() -> NameRuleDetector:
    from redact.detect.name_words import names_dir

    return NameRuleDetector(names_dir("no"))


# Norwegian places that are also first names ("Vega", "Sola", "Rana"): the place in an authority's
# name or after a preposition of place; invented sentences.
NORWEGIAN_PLACES = [
    ("authority", "Saken ble behandlet av Vega kommune i mars.", []),
    ("authority-wrapped", "Klagen ble sendt til Vega\nkommune i mars.", []),
    ("authority-genitive", "Etter Sola kommunes vedtak kom klagen.", []),
    ("county", "Rana fylke finnes ikke, men setningen er til testen.", []),
    ("after-på", "Møtet ble holdt på Vega i fjor.", []),
    ("after-i", "Han har bodd i Rana hele livet.", []),
    ("dateline", "Vega, 12. mars 2024\n\nVedtak om tilskudd", []),
    ("dateline-two-places", "Sted og dato: Rana / Bodø 3.4.2024", []),
    ("institution", "Hun bor på Solbakken sykehjem og trives.", []),
    ("kindergarten", "Datteren fikk plass i Lindegården barnehage.", []),
    ("company-form", "Faktura fra Byggmester Hansen AS er betalt.", []),
    ("company-form-asa", "Aksjene i Fjordlaks Holding ASA ble solgt.", []),
    ("still-a-name", "Vega ringte til kontoret i går.", ["Vega"]),
    ("full-name", "Søknaden fra Sola Bakken er mottatt.", ["Sola Bakken"]),
]


@pytest.mark.parametrize(("case", "text", "names"), NORWEGIAN_PLACES, ids=[c[0] for c in NORWEGIAN_PLACES])
def test_norwegian_place_that_is_a_first_name(
    norwegian: NameRuleDetector, case: str, text: str, names: list[str]
) -> None:
    assert [f.text for f in norwegian.detect(text, "nb")] == names, case
