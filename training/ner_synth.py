"""Synthetic administrative Danish text with PER/LOC/ORG spans.

Snippets imitate what the app gets out of PDFs of municipal case files: letters, e-mail header blocks,
signatures, forms, participant lists, tables and journal notes, with hard line breaks inside sentences.
Every name, place and organisation is drawn from the DST/DaCy name lists, DAWA and Faker (da_DK), all
seeded; nothing here comes from real case files.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker
from ner_names import NamePools, PlacePools

from redact.ingest.mail import MONTHS as DANISH_MONTHS

Span = tuple[int, int, str]
# Share of first names and surnames drawn from the rarer names outside the model's name-class lookup.
RARE_NAME_SHARE = 0.2
Piece = tuple[str, str | None]


@dataclass
class Snippet:
    text: str
    spans: list[Span] = field(default_factory=list)


class Builder:
    """Accumulates text and entity character offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.pos = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label and text:
            self.spans.append((self.pos, self.pos + len(text), label))
        self.parts.append(text)
        self.pos += len(text)

    def build(self) -> Snippet:
        return Snippet("".join(self.parts), list(self.spans))


ROLES = [
    "sagsbehandler",
    "socialrådgiver",
    "teamleder",
    "familiebehandler",
    "afdelingsleder",
    "jurist",
    "psykolog",
    "sundhedsplejerske",
    "skoleleder",
    "lærer",
    "pædagog",
    "kontaktperson",
    "bostøtte",
    "koordinator",
    "fuldmægtig",
    "specialkonsulent",
    "afdelingschef",
    "visitator",
    "myndighedsrådgiver",
]
RELATIONS = [
    "mor",
    "far",
    "barnet",
    "moster",
    "farmor",
    "morfar",
    "plejemor",
    "plejefar",
    "stedfar",
    "bror",
    "søster",
    "værge",
    "bisidder",
    "advokat",
    "partsrepræsentant",
    "ægtefælle",
    "samlever",
    "datter",
    "søn",
    "nabo",
    "tolk",
    "klasselærer",
    "egen læge",
]
DEPARTMENTS = [
    "Børn og Familie",
    "Familieafdelingen",
    "Socialforvaltningen",
    "Jobcenteret",
    "Borgerservice",
    "Ældreområdet",
    "Handicap og Psykiatri",
    "Myndighedsafdelingen",
    "Center for Børn og Unge",
    "Sekretariatet",
    "Ydelsesafdelingen",
    "Pladsanvisningen",
    "PPR",
    "Sundhedsplejen",
    "Specialområdet",
    "Voksenafdelingen",
]
AUTHORITIES = [
    "Ankestyrelsen",
    "Familieretshuset",
    "Udbetaling Danmark",
    "Skattestyrelsen",
    "Styrelsen for Patientsikkerhed",
    "Folketingets Ombudsmand",
    "Statsforvaltningen",
    "Region Hovedstaden",
    "Region Midtjylland",
    "Region Syddanmark",
    "Region Nordjylland",
    "Region Sjælland",
    "Rigspolitiet",
    "Kriminalforsorgen",
    "Datatilsynet",
    "Udlændingestyrelsen",
    "Socialstyrelsen",
    "Arbejdsmarkedets Tillægspension",
    "Sundhedsstyrelsen",
    "Dansk Røde Kors",
    "Red Barnet",
    "Børns Vilkår",
    "Kirkens Korshær",
    "Ældre Sagen",
    "KL",
]
POLICE = [
    "Københavns Politi",
    "Østjyllands Politi",
    "Fyns Politi",
    "Nordjyllands Politi",
    "Midt- og Vestjyllands Politi",
    "Sydøstjyllands Politi",
    "Syd- og Sønderjyllands Politi",
    "Midt- og Vestsjællands Politi",
]
SUBJECTS = [
    "Underretning",
    "Aktindsigt",
    "Partshøring",
    "Afgørelse",
    "Mødeindkaldelse",
    "Statusmøde",
    "Børnefaglig undersøgelse",
    "Handleplan",
    "Ansøgning om merudgifter",
    "Klage over afgørelse",
    "Opfølgning",
    "Samtykke",
    "Journalnotat",
    "Referat af netværksmøde",
    "Tilsynsrapport",
]
# Well-known Danish organisations (companies, unions, media, parties, hospitals, clubs), so that ORG is
# not only "X Kommune" and "X A/S" and capitalised single words are not all taken for names.
WELL_KNOWN_ORGS = [
    "Netto",
    "Føtex",
    "Bilka",
    "Brugsen",
    "Coop",
    "Salling Group",
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "TDC",
    "DSB",
    "Movia",
    "Arla",
    "Novo Nordisk",
    "LEGO",
    "Mærsk",
    "Carlsberg",
    "Falck",
    "ISS",
    "Vestas",
    "Danish Crown",
    "PostNord",
    "Telenor",
    "Matas",
    "Jysk",
    "IKEA",
    "McDonald's",
    "3F",
    "FOA",
    "HK",
    "Dansk Metal",
    "BUPL",
    "Danmarks Lærerforening",
    "Socialdemokratiet",
    "Venstre",
    "Dansk Folkeparti",
    "Enhedslisten",
    "SF",
    "Radikale Venstre",
    "Det Konservative Folkeparti",
    "Liberal Alliance",
    "DR",
    "TV 2",
    "Politiken",
    "Jyllands-Posten",
    "Berlingske",
    "Ekstra Bladet",
    "B.T.",
    "Ritzau",
    "Rigshospitalet",
    "Aarhus Universitetshospital",
    "Odense Universitetshospital",
    "Hvidovre Hospital",
    "Aalborg Universitet",
    "Københavns Universitet",
    "Syddansk Universitet",
    "Kræftens Bekæmpelse",
    "FC København",
    "Brøndby IF",
    "AGF",
    "OB",
    "FC Midtjylland",
    "AaB",
    "Folketinget",
    "Europa-Kommissionen",
    "FN",
    "EU",
    "NATO",
    "Red Barnet",
    "Mødrehjælpen",
    "Frelsens Hær",
    "Blå Kors",
    "Kirkens Korshær",
    "Sct. Georgs Gilderne",
]
COUNTRIES = [
    "Danmark",
    "Sverige",
    "Norge",
    "Tyskland",
    "Polen",
    "Tyrkiet",
    "Syrien",
    "Irak",
    "Iran",
    "Afghanistan",
    "Somalia",
    "Eritrea",
    "Vietnam",
    "Pakistan",
    "Libanon",
    "Bosnien",
    "Rumænien",
    "Ukraine",
    "Litauen",
    "Spanien",
    "Thailand",
    "Filippinerne",
    "Grønland",
    "Færøerne",
    "England",
    "Frankrig",
    "Italien",
    "USA",
    "Marokko",
    "Etiopien",
    "Sri Lanka",
    "Kosovo",
    "Jordan",
    "Egypten",
    "Indien",
    "Kina",
    "Rusland",
]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = DANISH_MONTHS
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "yahoo.dk", "jubii.dk"]

# Running text with slots. Slots: {name} full name, {fname} first name, {lname} surname, {gname}/{gfname}/
# {glname} genitives, {inits} initials + surname, {town}, {street}, {addr}, {postby}, {kommune}, {org},
# {authority}, {school}, {role}, {rel}, {date}, {age}, {num}, {sagsnr}, {phone}, {email}, {weekday}.
SENTENCES = [
    "{fname} fortalte, at hun ikke havde set sin far siden sommerferien.",
    "{fname} fortalte, at han gerne vil bo hos sin mor i {town}.",
    "Jeg har den {date} talt med {gfname} mor, {name}, som oplyste, at familien er flyttet til {town}.",
    "Sagsbehandler {name} har den {date} modtaget en underretning fra {school} vedrørende {fname} ({age} år).",
    "{name} oplyste, at hun har fået hjælp af sin søster {fname}.",
    "Barnets far, {name}, bor i {town} og har samvær hver anden weekend.",
    "{lname} var ikke mødt op til samtalen den {date}.",
    "Hr. {lname} oplyste telefonisk, at han ønsker aktindsigt i sagen.",
    "Fru {lname} har ringet og spurgt til status på sagen.",
    "Ifølge {gname} egen læge er der ikke grundlag for yderligere udredning.",
    "{fname} og {fname} bor hos moren på {addr}, {postby}.",
    "{name} er pr. {date} fraflyttet {addr} og bor nu i {town}.",
    "Der er afholdt møde med {name} og {gfname} kontaktperson fra {org}.",
    "Moderen, {name}, var meget berørt og ønskede ikke at tale om {gfname} situation.",
    "Underretningen er indgivet af {name}, {role} på {school}.",
    "{inits} deltog som bisidder for {fname}.",
    "Det blev aftalt, at {fname} fremover skal have støtte to gange om ugen.",
    "{fname} har ifølge {lname} haft et stort fravær fra skolen i efteråret.",
    "Psykolog {name} har udarbejdet en udtalelse om {fname}, som er vedlagt som bilag {num}.",
    "Sagen er overdraget fra {kommune} til {kommune} i forbindelse med familiens flytning.",
    "{gname} advokat, {name}, har anmodet om aktindsigt på vegne af sin klient.",
    "{fname} er anbragt i plejefamilie hos {name} og {name} i {town}.",
    "Under samtalen sagde {fname}, at hun var bange for {glname} hund.",
    "{name} ({age} år) er registreret med bopæl hos sin morfar {name}.",
    "{kommune} har den {date} truffet afgørelse om tabt arbejdsfortjeneste til {name}.",
    "Vi har modtaget din ansøgning, {fname}, og vender tilbage hurtigst muligt.",
    "Jeg har efterfølgende talt med {fname} fra {org}, som bekræftede oplysningerne.",
    "Mødet blev ledet af {name}, mens {name} var referent.",
    "Ansøgningen fra {name} om hjælp til flytning er modtaget i {org}.",
    "{name} og hendes datter {fname} har boet på krisecenter i {town} siden {date}.",
    "Plejefar {lname} har oplyst, at {fname} sover dårligt og har mareridt.",
    "{gfname} lærer, {name}, beskriver ham som en glad og vellidt dreng.",
    "Der er den {date} sendt partshøring til {name}, {addr}, {postby}.",
    "{fname} har siden {date} været i praktik hos {org} i {town}.",
    "Klagen fra {name} er videresendt til {authority}.",
    "Ved hjemmebesøget den {date} var både {fname} og {gfname} storebror {fname} hjemme.",
    "{lname} fortæller, at {fname} ofte er alene hjemme om aftenen.",
    "Oplysningerne er indhentet fra {authority} med samtykke fra {name}.",
    "Skolens leder, {name}, har oplyst, at eleven har været fraværende i {num} dage.",
    "{name} blev født den {date} på {town} Sygehus.",
    "Familien har tidligere boet i {town}, hvor sagen blev behandlet af {kommune}.",
    "{name} ønsker, at {name} deltager som bisidder ved næste møde.",
    "Ifølge {authority} er der ikke registreret ophold i {town} efter {date}.",
    "{gfname} mor, {fname}, har forældremyndigheden alene.",
    "Der blev holdt netværksmøde hos {gname} forældre i {town}.",
    "{inits} har som tilsynsførende besøgt {gfname} plejefamilie.",
    "Politiet har oplyst, at {name} er sigtet i en sag fra {date}.",
    "Dokumentet er udarbejdet af {inits}, {role}, {kommune}.",
    "{fname} {lname} er tilknyttet {org} og har haft fast kontaktperson siden {date}.",
    "Samtalen med {fname} fandt sted på {school} i {town}.",
    "{name} har meddelt, at hun ikke ønsker at medvirke til undersøgelsen.",
    "{name} bad om, at hendes tidligere samlever {name} ikke får oplysninger om hendes adresse.",
    "Jobcentret har indkaldt {name} til samtale den {date} kl. {time}.",
    "Sygedagpengeopfølgningen vedrørende {name} overgår til {kommune}.",
    "{name} har arbejdet som chauffør hos {org} fra {date} til {date}.",
    "Anmeldelsen er modtaget fra {name}, som er nabo til familien.",
    "Der henvises til udtalelse fra overlæge {name}, {org}.",
    "{lname} fremstod velsoigneret og samarbejdsvillig.",
    "Til stede var desuden {gfname} mormor, {name}.",
    "{fname} går i {num}. klasse på {school}.",
    "{org} har i en e-mail bekræftet, at beløbet er udbetalt.",
    "Ansøgningen er sendt videre til {org} i {town}.",
    "Borgeren har været ansat hos {org} siden {date}.",
    "{org} har oplyst, at der ikke er registreret gæld.",
    "Familien har været på ferie i {country} i hele juli.",
    "Han er født i {country} og kom til {country} som {age}-årig.",
    "Der er indhentet oplysninger fra {org} og {authority}.",
    "Hun er medlem af {org} og modtager dagpenge gennem sin a-kasse.",
    "Sagen blev omtalt i {org} i sidste uge.",
    "Faderen arbejder som lagermedarbejder hos {org} i {town}.",
    "Moderen er opvokset i {country}, men har boet i {town} siden {date}.",
    "{kommune} og {org} har indgået en samarbejdsaftale om unge ledige.",
    "Udtalelsen fra {org} er modtaget den {date}.",
    "Der er bevilget ophold på {school} i {town} fra {date}.",
    "Drengen er indskrevet på {school} og går til fodbold i {org}.",
    "Tolken taler arabisk og er bestilt gennem {org}.",
    # Reported speech and surname-only mentions, as in minutes, statements and news-like running text.
    "- Vi gør, hvad vi kan, siger {name}.",
    "{lname} vil ikke kommentere sagen.",
    "Ifølge {lname} er der ikke tale om en fejl.",
    "{lname} har to ønsker: ro omkring familien og en fast kontaktperson.",
    "At {lname} ikke mødte op, skyldtes ifølge ham selv sygdom.",
    '"Det var ikke min skyld," sagde {fname} til sin kontaktperson.',
    "{lname} redegør i brevet for sit syn på sagen.",
    "{glname} forklaring blev gengivet i referatet.",
    "Det oplyser {role} {name} til {org}.",
    "{lname} og {lname} var begge til stede ved mødet.",
    "Efter samtalen med {lname} blev det besluttet at afvente udtalelsen.",
    "Han henviser til, at {lname} tidligere har fået samme ydelse.",
    "{fname}, der er {age} år, har ifølge {lname} aldrig været i kontakt med politiet.",
]

# Sentences without names, so that administrative capitalised words and "Hans"/"Per" stay O.
NEGATIVES = [
    "Hans mor har oplyst, at han har det godt i skolen.",
    "Hans far ønsker ikke at deltage i mødet.",
    "Hans forældre er orienteret om afgørelsen.",
    "Per 1. januar ændres reglerne for tilskud til tandpleje.",
    "Per telefon blev det aftalt at udsætte mødet.",
    "Forvaltningen har modtaget Deres henvendelse og vil behandle den hurtigst muligt.",
    "Afgørelsen kan påklages inden fire uger efter modtagelsen.",
    "Sagen genoptages, når der foreligger nye oplysninger.",
    "Bilag {num}: Udtalelse fra skolen",
    "Journalnotat vedrørende hjemmebesøg",
    "Børnefaglig undersøgelse efter servicelovens § 50",
    "Mødet afholdes {weekday} den {date} kl. {time}.",
    "Der er ikke modtaget yderligere oplysninger i sagen.",
    "Vi beklager den lange sagsbehandlingstid.",
    "Du er velkommen til at kontakte os, hvis du har spørgsmål.",
    "Ansøgningen er imødekommet med virkning fra {date}.",
    "Forældrene er indforstået med, at der iværksættes en undersøgelse.",
    "Barnet trives ifølge skolen godt og har gode venner i klassen.",
    "Kommunen har pligt til at reagere på underretninger inden for 24 timer.",
    "Oplysningerne er undtaget fra aktindsigt efter offentlighedslovens § 30.",
    "Referat af møde i Børne- og Ungeudvalget",
    "Vedlagt er kopi af lægeerklæringen samt kvittering for modtagelse.",
    "Ydelsen udbetales den sidste hverdag i måneden.",
    "Moderen fortalte, at drengen sover dårligt og ofte vågner om natten.",
    "Pigen gav udtryk for, at hun gerne vil blive boende.",
    "Faderen mødte ikke op, og der blev ikke meldt afbud.",
    "Sagsbehandleren vurderer, at der er behov for en forebyggende foranstaltning.",
    "Vi har {weekday} den {date} modtaget din klage.",
    "Kontakt Borgerservice på telefon {phone} mellem kl. 9 og 15.",
    "Sagsnr.: {sagsnr}",
    "Dato: {date}",
    "Side {num} af {num}",
    "Fortroligt – må ikke videregives",
    "Partshøring – frist {date}",
    "Sagen vedrører ansøgning om personlig tillæg efter aktivlovens § 82.",
    "Bo- og støttetilbuddet har oplyst, at der er ledige pladser.",
    "Bo sammen med andre unge kan være en god løsning.",
    "Vejen ved skoven er lukket på grund af vejarbejde.",
]


class Generator:
    """Draws snippets from the pools; all randomness comes from one seeded Random and one seeded Faker."""

    def __init__(self, names: NamePools, places: PlacePools, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("da_DK")
        self.fake.seed_instance(seed)
        self.names = names
        self.places = places
        self.companies = sorted({self.fake.company() for _ in range(400)})
        self.fake_streets = sorted({self.fake.street_name() for _ in range(400)})

    # ---- atoms -----------------------------------------------------------------------------------------
    def first(self, female: bool | None = None) -> str:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        if rng.random() < 0.12:
            group = self.names.foreign[rng.choice(sorted(self.names.foreign))]
            return rng.choice(group[1] if female else group[0])
        if rng.random() < RARE_NAME_SHARE:
            pool = self.names.rare_first_women if female else self.names.rare_first_men
        else:
            pool = self.names.first_women if female else self.names.first_men
        name = pool.sample(rng)
        if rng.random() < 0.04:  # hyphenated first names: "Anne-Mette", "Hans-Henrik"
            name = f"{name}-{pool.sample(rng)}"
        return name

    def surname(self) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            group = self.names.foreign[rng.choice(sorted(self.names.foreign))]
            return rng.choice(group[2])
        pool = self.names.rare_surnames if rng.random() < RARE_NAME_SHARE else self.names.surnames
        name = pool.sample(rng)
        roll = rng.random()
        if roll < 0.07:
            name = f"{name}-{self.names.surnames.sample(rng)}"  # hyphenated double surname
        elif roll < 0.11:
            name = f"{self.names.surnames.sample(rng)} {name}"  # double surname without hyphen
        return name

    def full_name(self) -> str:
        rng = self.rng
        roll = rng.random()
        female = rng.random() < 0.5
        if roll < 0.06:  # Vietnamese order: family, middle, given
            group = self.names.foreign["vietnamese"]
            middle = "Thi" if female else rng.choice(["Van", "Duc", "Minh", "Quang"])
            return f"{rng.choice(group[2])} {middle} {rng.choice(group[1] if female else group[0])}"
        if roll < 0.10:  # Somali/Arabic three-part names: given, father's name, grandfather's name
            group = self.names.foreign[rng.choice(["somali", "arabic"])]
            return f"{rng.choice(group[1] if female else group[0])} {rng.choice(group[0])} {rng.choice(group[2])}"
        first = self.first(female)
        if roll < 0.25:  # middle name: a second first name or a surname
            middle = self.first(female) if rng.random() < 0.4 else self.names.surnames.sample(rng)
            return f"{first} {middle} {self.surname()}"
        return f"{first} {self.surname()}"

    def initials(self) -> str:
        rng = self.rng
        first = self.first()
        roll = rng.random()
        if roll < 0.45:
            return f"{first[0]}. {self.surname()}"
        if roll < 0.8:
            return f"{first[0]}.{self.first()[0]}. {self.surname()}"
        return f"{first} {self.first()[0]}. {self.surname()}"

    @staticmethod
    def genitive(name: str) -> str:
        return name + "'" if name[-1] in "sxzSXZ" else name + "s"

    def town(self) -> str:
        if self.rng.random() < 0.2:
            return self.rng.choice(self.places.municipalities)
        return self.rng.choice(self.places.towns)

    def street(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.fake_streets)
        return self.rng.choice(self.places.streets)

    def kommune(self) -> str:
        name = self.rng.choice(self.places.municipalities)
        special = {"København": "Københavns Kommune", "Bornholm": "Bornholms Regionskommune"}
        return special.get(name, f"{name} Kommune")

    def org(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.2:
            return rng.choice(self.companies)
        if roll < 0.45:
            return rng.choice(WELL_KNOWN_ORGS)
        if roll < 0.55:
            return rng.choice(AUTHORITIES)
        if roll < 0.6:
            return rng.choice(POLICE)
        if roll < 0.75:
            return f"Jobcenter {rng.choice(self.places.municipalities)}"
        if roll < 0.85:
            return f"{self.town()} {rng.choice(['Sygehus', 'Friskole', 'Efterskole', 'Boldklub', 'Bibliotek'])}"
        return self.kommune()

    def school(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            stem = self.street().split()[0]
            stem = re.sub(r"(vej|gade|alle|allé|stræde|parken|toften)$", "", stem) or stem
            return f"{stem}skolen"
        if roll < 0.7:
            return f"{self.town()} Skole"
        if roll < 0.85:
            return f"Børnehuset {rng.choice(['Solsikken', 'Mariehønen', 'Regnbuen', 'Troldehøj', 'Lærkereden'])}"
        return f"{self.town()} {rng.choice(['Privatskole', 'Gymnasium', 'Ungdomsskole', 'Produktionsskole'])}"

    def date(self) -> str:
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
        roll = rng.random()
        if roll < 0.5:
            return f"{day}. {MONTHS[month - 1]} {year}"
        if roll < 0.8:
            return f"{day:02d}.{month:02d}.{year}"
        return f"{day}/{month}-{year}"

    def phone(self) -> str:
        digits = [str(self.rng.randint(0, 9)) for _ in range(8)]
        digits[0] = str(self.rng.randint(2, 9))
        if self.rng.random() < 0.6:
            return " ".join("".join(digits[i : i + 2]) for i in range(0, 8, 2))
        return "".join(digits)

    def email(self, name: str | None = None, work_domain: str | None = None) -> str:
        rng = self.rng
        name = name or self.full_name()
        ascii_name = name.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u"}))
        parts = re.findall(r"[a-z]+", ascii_name) or ["borger"]
        if work_domain:
            local = "".join(p[0] for p in parts)[:4] if rng.random() < 0.5 else ".".join(parts[:2])
            return f"{local}@{work_domain}"
        return f"{'.'.join(parts[:2])}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{rng.choice(MAIL_DOMAINS)}"

    def work_domain(self) -> str:
        town = self.rng.choice(self.places.municipalities).lower()
        town = town.translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})).replace(" ", "").replace("-", "")
        return f"{town}.dk"

    def sagsnr(self) -> str:
        return f"{self.rng.randint(2015, 2025)}-{self.rng.randint(1000, 99999):06d}"

    def addr_pieces(self) -> list[Piece]:
        rng = self.rng
        num = f" {rng.randint(1, 180)}{rng.choice(['', '', '', 'A', 'B'])}"
        floor = rng.choice(["", "", f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}.", ", st."])
        return [(self.street(), "LOC"), (num + floor, None)]

    def postby_pieces(self) -> list[Piece]:
        code, town = self.rng.choice(self.places.postcodes)
        return [(code + " ", None), (town, "LOC")]

    # ---- slot filling ----------------------------------------------------------------------------------
    def slot(self, name: str) -> list[Piece]:
        rng = self.rng
        fillers: dict[str, Callable[[], list[Piece]]] = {
            "name": lambda: [(self.full_name(), "PER")],
            "fname": lambda: [(self.first(), "PER")],
            "lname": lambda: [(self.surname(), "PER")],
            "gname": lambda: [(self.genitive(self.full_name()), "PER")],
            "gfname": lambda: [(self.genitive(self.first()), "PER")],
            "glname": lambda: [(self.genitive(self.surname()), "PER")],
            "inits": lambda: [(self.initials(), "PER")],
            "town": lambda: [(self.town(), "LOC")],
            "country": lambda: [(rng.choice(COUNTRIES), "LOC")],
            "street": lambda: [(self.street(), "LOC")],
            "addr": self.addr_pieces,
            "postby": self.postby_pieces,
            "kommune": lambda: [(self.kommune(), "ORG")],
            "org": lambda: [(self.org(), "ORG")],
            "authority": lambda: [(rng.choice(AUTHORITIES), "ORG")],
            "school": lambda: [(self.school(), "ORG")],
            "role": lambda: [(rng.choice(ROLES), None)],
            "rel": lambda: [(rng.choice(RELATIONS), None)],
            "date": lambda: [(self.date(), None)],
            "time": lambda: [(f"{rng.randint(8, 16)}.{rng.choice(['00', '15', '30', '45'])}", None)],
            "age": lambda: [(str(rng.randint(2, 17)), None)],
            "num": lambda: [(str(rng.randint(1, 12)), None)],
            "sagsnr": lambda: [(self.sagsnr(), None)],
            "phone": lambda: [(self.phone(), None)],
            "email": lambda: [(self.email(), None)],
            "weekday": lambda: [(rng.choice(WEEKDAYS), None)],
        }
        return fillers[name]()

    def fill(self, template: str, out: Builder) -> None:
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                out.add(part)
            else:
                for text, label in self.slot(part):
                    out.add(text, label)

    # ---- layouts ---------------------------------------------------------------------------------------
    def running_text(self) -> Snippet:
        out = Builder()
        n = self.rng.choice([1, 1, 2, 2, 3, 4])
        for i in range(n):
            if i:
                out.add(" ")
            pool = NEGATIVES if self.rng.random() < 0.2 else SENTENCES
            self.fill(self.rng.choice(pool), out)
        return out.build()

    def negative_text(self) -> Snippet:
        out = Builder()
        for i in range(self.rng.choice([1, 2, 3])):
            if i:
                out.add(self.rng.choice([" ", "\n"]))
            self.fill(self.rng.choice(NEGATIVES), out)
        return out.build()

    def person_with_mail(self, out: Builder, domain: str | None) -> None:
        name = self.full_name()
        out.add(name, "PER")
        if self.rng.random() < 0.8:
            out.add(f" <{self.email(name, domain)}>")

    def email_header(self) -> Snippet:
        rng = self.rng
        out = Builder()
        english = rng.random() < 0.2
        labels = ["From", "Sent", "To", "Cc", "Subject"] if english else ["Fra", "Sendt", "Til", "Cc", "Emne"]
        sep = rng.choice([": ", ":\t", ":  "])
        domain = self.work_domain()
        out.add(labels[0] + sep)
        self.person_with_mail(out, None if rng.random() < 0.5 else domain)
        out.add("\n" + labels[1] + sep)
        self.fill(f"{{weekday}} den {{date}} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}\n", out)
        out.add(labels[2] + sep)
        for i in range(rng.choice([1, 1, 2, 3])):
            if i:
                out.add("; ")
            self.person_with_mail(out, domain)
        if rng.random() < 0.4:
            out.add("\n" + labels[3] + sep)
            self.person_with_mail(out, domain)
        out.add("\n" + labels[4] + sep + rng.choice(["", "SV: ", "VS: ", "RE: "]))
        roll = rng.random()
        if roll < 0.4:
            out.add(rng.choice(SUBJECTS) + " vedr. ")
            out.add(self.first() if rng.random() < 0.5 else self.full_name(), "PER")
        elif roll < 0.6:
            out.add(f"{rng.choice(SUBJECTS)} – sag {self.sagsnr()}")
        else:
            out.add(rng.choice(SUBJECTS))
        if rng.random() < 0.6:
            out.add("\n\n")
            self.salutation(out)
            out.add("\n\n")
            self.fill(rng.choice(SENTENCES), out)
        return out.build()

    def salutation(self, out: Builder) -> None:
        rng = self.rng
        greeting = rng.choice(["Kære", "Kære", "Hej", "Til", "Att.:", "Hej med dig", "Kære forældre til"])
        out.add(greeting + " ")
        roll = rng.random()
        if roll < 0.45:
            out.add(self.first(), "PER")
        elif roll < 0.75:
            out.add(self.full_name(), "PER")
        elif roll < 0.85:
            out.add(self.first(), "PER")
            out.add(" og ")
            out.add(self.first(), "PER")
        else:
            out.add(rng.choice(["Hr. ", "Fru "]))
            out.add(self.surname(), "PER")
        out.add(rng.choice([",", "", "!"]))

    def signature(self, out: Builder) -> None:
        rng = self.rng
        out.add(rng.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Med venlig hilsen / Best regards", "Vh"]))
        out.add(rng.choice(["\n\n", "\n"]))
        out.add(self.full_name() if rng.random() < 0.85 else self.initials(), "PER")
        out.add("\n" + rng.choice(ROLES).capitalize())
        if rng.random() < 0.7:
            out.add("\n" + rng.choice(DEPARTMENTS))
        if rng.random() < 0.7:
            out.add("\n")
            out.add(self.kommune(), "ORG")
        if rng.random() < 0.6:
            out.add(f"\n{rng.choice(['Tlf.', 'Direkte tlf.', 'Telefon', 'Mobil'])}: {self.phone()}")
        if rng.random() < 0.5:
            out.add(f"\nE-mail: {self.email(None, self.work_domain())}")

    def letter(self) -> Snippet:
        rng = self.rng
        out = Builder()
        if rng.random() < 0.7:
            out.add(self.kommune(), "ORG")
            out.add("\n" + rng.choice(DEPARTMENTS) + "\n")
            for text, label in self.addr_pieces() + [("\n", None)] + self.postby_pieces():
                out.add(text, label)
            out.add("\n\n")
        if rng.random() < 0.7:
            out.add(self.full_name(), "PER")
            out.add("\n")
            for text, label in self.addr_pieces() + [("\n", None)] + self.postby_pieces():
                out.add(text, label)
            out.add("\n\n")
        out.add(f"{rng.choice(['Dato: ', '', 'Den '])}{self.date()}\n")
        if rng.random() < 0.6:
            out.add(f"{rng.choice(['Sagsnr.', 'Sags nr.', 'J.nr.', 'Vores ref.'])}: {self.sagsnr()}\n")
        out.add("\n")
        if rng.random() < 0.5:
            out.add(rng.choice(SUBJECTS) + "\n\n")
        self.salutation(out)
        out.add("\n\n")
        body = self.running_text()
        offset = out.pos
        out.parts.append(body.text)
        out.pos += len(body.text)
        out.spans.extend((s + offset, e + offset, lab) for s, e, lab in body.spans)
        out.add("\n\n")
        self.signature(out)
        return out.build()

    def form(self) -> Snippet:
        rng = self.rng
        out = Builder()
        upper = rng.random() < 0.2
        sep = rng.choice([": ", ":\t", ":  ", "\t", "   "])
        fields: list[tuple[str, Callable[[], list[Piece]]]] = [
            ("Navn", lambda: [(self.full_name(), "PER")]),
            (
                "CPR-nr.",
                lambda: [(f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}-xxxx", None)],
            ),
            ("Adresse", lambda: [*self.addr_pieces(), (", ", None), *self.postby_pieces()]),
            ("Tlf.", lambda: [(self.phone(), None)]),
            ("E-mail", lambda: [(self.email(), None)]),
            ("Forældremyndighedsindehaver", lambda: [(self.full_name(), "PER")]),
            ("Mor", lambda: [(self.full_name(), "PER")]),
            ("Far", lambda: [(self.full_name(), "PER")]),
            ("Barnets navn", lambda: [(self.full_name(), "PER")]),
            ("Skole/institution", lambda: [(self.school(), "ORG")]),
            ("Egen læge", lambda: [("Læge ", None), (self.full_name(), "PER"), (", ", None), (self.town(), "LOC")]),
            ("Sagsbehandler", lambda: [(self.full_name(), "PER")]),
            ("Kontaktperson", lambda: [(self.full_name(), "PER")]),
            ("Bopælskommune", lambda: [(self.kommune(), "ORG")]),
            ("Fødested", lambda: [(self.town(), "LOC")]),
            ("Arbejdsgiver", lambda: [(self.org(), "ORG")]),
            ("Dato", lambda: [(self.date(), None)]),
            ("Sagsnr.", lambda: [(self.sagsnr(), None)]),
            ("Statsborgerskab", lambda: [(rng.choice(["Dansk", "Tyrkisk", "Somalisk", "Polsk", "Syrisk"]), None)]),
        ]
        chosen = [fields[0]] + rng.sample(fields[1:], k=rng.randint(2, 7))
        for i, (label, filler) in enumerate(chosen):
            if i:
                out.add("\n")
            out.add((label.upper() if upper else label) + sep)
            for text, ent in filler():
                if upper and ent == "PER" and rng.random() < 0.5:
                    text = text.upper() if len(text.upper()) == len(text) else text
                out.add(text, ent)
        return out.build()

    def participants(self) -> Snippet:
        rng = self.rng
        out = Builder()
        out.add(
            rng.choice(["Deltagere", "Til stede", "Mødedeltagere", "Deltagere i mødet"]) + rng.choice([": ", ":\n"])
        )
        joiner = rng.choice([", ", "\n", "\n- ", "; "])
        for i in range(rng.randint(2, 6)):
            if i:
                out.add(joiner)
            roll = rng.random()
            if roll < 0.6:
                out.add(self.full_name(), "PER")
            elif roll < 0.8:
                out.add(self.first(), "PER")
            else:
                out.add(self.initials(), "PER")
            style = rng.random()
            if style < 0.6:
                out.add(f" ({rng.choice(RELATIONS + ROLES)})")
            elif style < 0.8:
                out.add(f", {rng.choice(ROLES)}")
                if rng.random() < 0.5:
                    out.add(", ")
                    out.add(self.org(), "ORG")
        if rng.random() < 0.5:
            out.add(f"\n{rng.choice(['Afbud', 'Fraværende', 'Referent', 'Mødeleder'])}: ")
            out.add(self.full_name(), "PER")
        if rng.random() < 0.5:
            out.add("\n\n")
            self.fill(rng.choice(SENTENCES), out)
        return out.build()

    def table(self) -> Snippet:
        rng = self.rng
        out = Builder()
        sep = rng.choice(["\t", "   ", "  ", " | "])
        kind = rng.random()
        if kind < 0.5:
            out.add(sep.join(["Navn", "Rolle", "Telefon"]) + "\n")
            for _ in range(rng.randint(2, 5)):
                out.add(self.full_name(), "PER")
                out.add(sep + rng.choice(RELATIONS + ROLES).capitalize() + sep + self.phone() + "\n")
        else:
            out.add(sep.join(["Dato", "Handling", "Sagsbehandler"]) + "\n")
            for _ in range(rng.randint(2, 5)):
                out.add(self.date() + sep)
                action = rng.random()
                if action < 0.5:
                    out.add(f"{rng.choice(['Samtale med', 'Hjemmebesøg hos', 'Brev til', 'Opringning fra'])} ")
                    out.add(self.first() if rng.random() < 0.5 else self.full_name(), "PER")
                else:
                    out.add(rng.choice(SUBJECTS))
                out.add(sep)
                out.add(self.initials() if rng.random() < 0.5 else self.full_name(), "PER")
                out.add("\n")
        return out.build()

    def snippet(self) -> Snippet:
        roll = self.rng.random()
        if roll < 0.38:
            snip = self.running_text()
        elif roll < 0.48:
            snip = self.negative_text()
        elif roll < 0.60:
            snip = self.email_header()
        elif roll < 0.68:
            snip = self.letter()
        elif roll < 0.80:
            snip = self.form()
        elif roll < 0.90:
            snip = self.participants()
        else:
            snip = self.table()
        return self.layout(snip)

    # ---- PDF-like layout and case noise ----------------------------------------------------------------
    def layout(self, snip: Snippet) -> Snippet:
        rng = self.rng
        if rng.random() < 0.35:
            snip = wrap_lines(snip, rng.randint(45, 95))
        roll = rng.random()
        if roll < 0.04:
            snip = recase(snip, str.upper)
        elif roll < 0.07:
            snip = recase_entities(snip, str.upper, "PER")
        elif roll < 0.09:
            snip = recase(snip, str.lower)
        return snip


def recase(snip: Snippet, func: Callable[[str], str]) -> Snippet:
    new = func(snip.text)
    return Snippet(new, snip.spans) if len(new) == len(snip.text) else snip


def recase_entities(snip: Snippet, func: Callable[[str], str], label: str) -> Snippet:
    chars = list(snip.text)
    for start, end, lab in snip.spans:
        new = func(snip.text[start:end])
        if lab == label and len(new) == end - start:
            chars[start:end] = list(new)
    return Snippet("".join(chars), snip.spans)


def wrap_lines(snip: Snippet, width: int) -> Snippet:
    """Hard line breaks as in text pulled out of a PDF. A break inside a PER span splits it in two PER
    spans (both halves are still the person's name); breaks never fall inside LOC/ORG spans."""
    text = snip.text
    inside: dict[int, Span] = {}
    for span in snip.spans:
        for i in range(span[0], span[1]):
            inside[i] = span
    chars = list(text)
    spans = list(snip.spans)
    line_start = 0
    i = 0
    while i < len(chars):
        if chars[i] == "\n":
            line_start = i + 1
        elif i - line_start >= width:
            # The last space before i that may be broken.
            j = i
            while j > line_start and not (chars[j] == " " and (j not in inside or inside[j][2] == "PER")):
                j -= 1
            if j > line_start:
                chars[j] = "\n"
                line_start = j + 1
                if j in inside:
                    span = inside[j]
                    if span in spans:
                        spans.remove(span)
                        spans.extend([(span[0], j, span[2]), (j + 1, span[1], span[2])])
                        for k in range(span[0], j):
                            inside[k] = (span[0], j, span[2])
                        for k in range(j + 1, span[1]):
                            inside[k] = (j + 1, span[1], span[2])
        i += 1
    return Snippet("".join(chars), sorted(spans))
