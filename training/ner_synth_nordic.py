"""Synthetic administrative Norwegian and Swedish text with PER/LOC/ORG spans.

The same idea as ner_synth.py (Danish): snippets that look like text pulled out of PDFs of municipal
case files (letters, e-mail headers, signatures, forms, participant lists, tables, journal notes) with
hard line breaks. Everything is written here from general knowledge; names, places and companies come
from NoCommons (NO), Faker (nb/no_NO and sv_SE), the Swedish geodata lists and the NorNE/Talbanken/klintan
training splits, all seeded. Nothing comes from real case files or the acceptance corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker
from ner_synth import Builder, Snippet, wrap_lines

from redact.core.language import MONTH_NAMES

Span = tuple[int, int, str]


@dataclass
class Pools:
    """Name and place pools for one language, sorted so only the seed decides what is drawn."""

    first_women: list[str]
    first_men: list[str]
    surnames: list[str]
    towns: list[str]
    municipalities: list[str]
    postcodes: list[tuple[str, str]]  # (postcode, town)
    orgs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Lang:
    """Everything language-specific the generator needs."""

    faker_locale: str
    months: tuple[str, ...]
    roles: tuple[str, ...]
    relations: tuple[str, ...]
    subjects: tuple[str, ...]
    authorities: tuple[str, ...]
    institutions: tuple[str, ...]
    sentences: tuple[str, ...]
    negatives: tuple[str, ...]
    greetings: tuple[str, ...]
    closings: tuple[str, ...]
    form_labels: dict[str, str]
    mail_labels: tuple[str, str, str, str, str]  # From, Sent, To, Cc, Subject
    participants_label: str
    absent_label: str
    minutes_label: str
    municipality_fmt: str
    regarding: str
    phone_label: str


NO = Lang(
    faker_locale="no_NO",
    months=MONTH_NAMES["no"],
    roles=(
        "saksbehandler",
        "barnevernskonsulent",
        "rådgiver",
        "seniorrådgiver",
        "konsulent",
        "teamleder",
        "avdelingsleder",
        "fagleder",
        "miljøterapeut",
        "helsesykepleier",
        "lærer",
        "rektor",
        "kontaktlærer",
        "psykolog",
        "fastlege",
        "NAV-veileder",
        "sosionom",
        "spesialpedagog",
        "jurist",
        "kommuneadvokat",
        "enhetsleder",
        "koordinator",
    ),  # fmt: skip
    relations=("mor", "far", "bestemor", "bestefar", "tante", "onkel", "fostermor", "fosterfar", "søster", "bror"),
    subjects=(
        "Bekymringsmelding",
        "Innsynskrav",
        "Vedtak",
        "Innkalling til møte",
        "Referat fra ansvarsgruppemøte",
        "Tiltaksplan",
        "Klage på vedtak",
        "Forhåndsvarsel",
        "Oppfølging",
        "Samtykke",
        "Journalnotat",
        "Søknad om økonomisk stønad",
        "Tilsynsrapport",
        "Individuell plan",
    ),  # fmt: skip
    authorities=(
        "NAV",
        "Statsforvalteren",
        "Bufetat",
        "Helsedirektoratet",
        "Skatteetaten",
        "Politiet",
        "Sivilombudet",
        "Fylkesnemnda for barnevern og sosiale saker",
        "Utlendingsdirektoratet",
        "Barneombudet",
        "Arbeidstilsynet",
        "Folkeregisteret",
        "Kriminalomsorgen",
        "Husbanken",
        "Lånekassen",
        "Helfo",
        "Oslo universitetssykehus",
        "Haukeland universitetssjukehus",
        "St. Olavs hospital",
        "Sykehuset Innlandet",
        "Norsk Folkehjelp",
        "Kirkens Bymisjon",
        "Røde Kors",
        "Frelsesarmeen",
        "Fagforbundet",
        "Utdanningsforbundet",
        "LO",
        "NHO",
        "Arbeiderpartiet",
        "Høyre",
        "Senterpartiet",
        "Fremskrittspartiet",
        "SV",
        "Venstre",
        "KrF",
        "Rødt",
        "MDG",
        "NRK",
        "TV 2",
        "Aftenposten",
        "VG",
        "Dagbladet",
        "Equinor",
        "Telenor",
        "DNB",
        "Sparebank 1",
        "Posten",
        "Vy",
        "Ruter",
        "Rema 1000",
        "Kiwi",
        "Coop Extra",
        "Norgesgruppen",
        "Statens vegvesen",
        "Stortinget",
        "Universitetet i Oslo",
        "NTNU",
        "Universitetet i Bergen",
        "Rosenborg",
        "Vålerenga",
    ),  # fmt: skip
    institutions=("skole", "ungdomsskole", "barnehage", "videregående skole", "legekontor", "helsestasjon"),
    sentences=(
        "{fname} fortalte at hun ikke hadde sett faren sin siden sommerferien.",
        "{fname} sa at han gjerne vil bo hos moren sin i {town}.",
        "Jeg snakket {date} med moren til {fname}, {name}, som opplyste at familien har flyttet til {town}.",
        "Saksbehandler {name} mottok {date} en bekymringsmelding fra {school} om {fname} ({age} år).",
        "{name} opplyste at hun har fått hjelp av søsteren sin, {fname}.",
        "Barnets far, {name}, bor i {town} og har samvær annenhver helg.",
        "{lname} møtte ikke til samtalen {date}.",
        "{name} ringte og ba om innsyn i saken.",
        "Fastlegen til {fname}, {name}, mener det ikke er grunnlag for videre utredning.",
        "{fname} og {fname} bor hos moren i {addr}, {postby}.",
        "{name} flyttet {date} fra {addr} og bor nå i {town}.",
        "Det ble holdt møte med {name} og kontaktpersonen til {fname} fra {org}.",
        "Bekymringsmeldingen er sendt av {name}, {role} ved {school}.",
        "{name} deltok som støtteperson for {fname}.",
        "Det ble avtalt at {fname} skal få oppfølging to ganger i uken.",
        "Psykolog {name} har skrevet en uttalelse om {fname}, se vedlegg {num}.",
        "Saken er overført fra {kommune} til {kommune} etter at familien flyttet.",
        "Advokaten til {name}, {name}, har bedt om innsyn på vegne av sin klient.",
        "{fname} bor i fosterhjem hos {name} og {name} i {town}.",
        "{name} ({age} år) er folkeregistrert hos morfaren {name}.",
        "{kommune} fattet {date} vedtak om økonomisk stønad til {name}.",
        "Vi har mottatt søknaden din, {fname}, og kommer tilbake til saken så snart som mulig.",
        "Jeg har senere snakket med {fname} i {org}, som bekreftet opplysningene.",
        "Møtet ble ledet av {name}, og {name} skrev referat.",
        "{name} og datteren {fname} har bodd på krisesenter i {town} siden {date}.",
        "Fosterfar {lname} sier at {fname} sover dårlig og har mareritt.",
        "Kontaktlæreren, {name}, beskriver {fname} som en blid og godt likt gutt.",
        "Forhåndsvarsel ble sendt {date} til {name}, {addr}, {postby}.",
        "{fname} har vært i arbeidspraksis hos {org} i {town} siden {date}.",
        "Klagen fra {name} er sendt videre til {authority}.",
        "{lname} forteller at {fname} ofte er alene hjemme om kvelden.",
        "Opplysningene er innhentet fra {authority} med samtykke fra {name}.",
        "Rektor {name} opplyser at eleven har vært borte i {num} dager.",
        "Familien bodde tidligere i {town}, der saken ble behandlet av {kommune}.",
        "Politiet opplyser at {name} er siktet i en sak fra {date}.",
        "Dokumentet er skrevet av {name}, {role}, {kommune}.",
        "{name} har jobbet som sjåfør i {org} fra {date} til {date}.",
        "Meldingen kom fra {name}, som er nabo til familien.",
        "Eg snakka med {fname} {date}, og ho fortalde at ho bur hjå tanta si i {town}.",
        "{name} har budd i {town} sidan {date} og går på {school}.",
        "Barneverntenesta i {kommune} fekk melding frå {name} om {fname}.",
        "Vi har motteke klaga frå {name} og sender ho vidare til {authority}.",
        "{fname} fortel at faren, {name}, ikkje har vore heime på fleire veker.",
        "Møtet vart leia av {name}, og {name} skreiv referat.",
    ),  # fmt: skip
    negatives=(
        "Saken gjelder søknad om økonomisk sosialhjelp etter sosialtjenesteloven § 18.",
        "Vedtaket kan påklages til Statsforvalteren innen tre uker.",
        "Tiltaksplanen evalueres hver tredje måned.",
        "Per 1. januar gjelder nye satser for stønad til livsopphold.",
        "Kommunen har mottatt innsynskravet og behandler det så snart som mulig.",
        "Referatet ble godkjent uten merknader.",
        "Barneverntjenesten vurderer at det ikke er behov for videre undersøkelse.",
        "Forvaltningsloven § 13 gir regler om taushetsplikt.",
        "Offentleglova § 13 første ledd gjelder opplysninger underlagt taushetsplikt.",
        "Møtet starter klokken 10 i møterom Fjorden, 2. etasje.",
        "Med hilsen Økonomiavdelingen",
    ),  # fmt: skip
    greetings=("Hei {fname}", "Hei", "Til {name}", "Kjære {fname}"),
    closings=("Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Med helsing"),
    form_labels={
        "name": "Navn",
        "addr": "Adresse",
        "id": "Fødselsnummer",
        "doctor": "Fastlege",
        "school": "Skole",
        "contact": "Kontaktperson",
    },  # fmt: skip
    mail_labels=("Fra", "Sendt", "Til", "Kopi", "Emne"),
    participants_label="Til stede",
    absent_label="Forfall",
    minutes_label="Referent",
    municipality_fmt="{} kommune",
    regarding="ang.",
    phone_label="Tlf.",
)

SV = Lang(
    faker_locale="sv_SE",
    months=MONTH_NAMES["sv"],
    roles=(
        "handläggare",
        "socialsekreterare",
        "biståndshandläggare",
        "enhetschef",
        "avdelingschef",
        "utredare",
        "kurator",
        "skolsköterska",
        "lärare",
        "rektor",
        "mentor",
        "psykolog",
        "läkare",
        "jurist",
        "kommunjurist",
        "samordnare",
        "familjebehandlare",
        "boendestödjare",
        "arbetsterapeut",
        "LSS-handläggare",
        "registrator",
    ),  # fmt: skip
    relations=("mamma", "pappa", "mormor", "morfar", "farmor", "farfar", "faster", "moster", "syster", "bror"),
    subjects=(
        "Orosanmälan",
        "Begäran om allmän handling",
        "Beslut",
        "Kallelse till möte",
        "Utredning",
        "Genomförandeplan",
        "Överklagande",
        "Kommunicering",
        "Uppföljning",
        "Samtycke",
        "Journalanteckning",
        "Ansökan om ekonomiskt bistånd",
        "Tillsynsrapport",
        "Vårdplan",
    ),  # fmt: skip
    authorities=(
        "Försäkringskassan",
        "Arbetsförmedlingen",
        "Skatteverket",
        "Polismyndigheten",
        "Migrationsverket",
        "Kronofogden",
        "Inspektionen för vård och omsorg",
        "Socialstyrelsen",
        "Justitieombudsmannen",
        "Förvaltningsrätten",
        "Region Stockholm",
        "Region Skåne",
        "Västra Götalandsregionen",
        "Karolinska Universitetssjukhuset",
        "Sahlgrenska universitetssjukhuset",
        "Akademiska sjukhuset",
        "Statens institutionsstyrelse",
        "Barnombudsmannen",
        "CSN",
        "Pensionsmyndigheten",
        "Kommunal",
        "Vision",
        "Lärarförbundet",
        "LO",
        "Socialdemokraterna",
        "Moderaterna",
        "Sverigedemokraterna",
        "Centerpartiet",
        "Vänsterpartiet",
        "Liberalerna",
        "Kristdemokraterna",
        "Miljöpartiet",
        "SVT",
        "Sveriges Radio",
        "Dagens Nyheter",
        "Aftonbladet",
        "Expressen",
        "Svenska Dagbladet",
        "Volvo",
        "Ericsson",
        "IKEA",
        "H&M",
        "ICA",
        "Coop",
        "Systembolaget",
        "Swedbank",
        "Handelsbanken",
        "SEB",
        "PostNord",
        "SJ",
        "Riksdagen",
        "Röda Korset",
        "Stadsmissionen",
        "Uppsala universitet",
        "Lunds universitet",
        "AIK",
        "Hammarby",
        "Djurgården",
    ),  # fmt: skip
    institutions=("skola", "förskola", "gymnasium", "vårdcentral", "BVC", "fritidsgård"),
    sentences=(
        "{fname} berättade att hon inte hade träffat sin pappa sedan sommarlovet.",
        "{fname} sa att han helst vill bo hos sin mamma i {town}.",
        "Jag talade {date} med {gfname} mamma, {name}, som uppgav att familjen har flyttat till {town}.",
        "Handläggare {name} tog {date} emot en orosanmälan från {school} gällande {fname} ({age} år).",
        "{name} uppgav att hon har fått hjälp av sin syster {fname}.",
        "Barnets pappa, {name}, bor i {town} och har umgänge varannan helg.",
        "{lname} kom inte till samtalet {date}.",
        "{name} ringde och begärde att få ta del av handlingarna i ärendet.",
        "Enligt {gname} läkare finns det inte skäl för vidare utredning.",
        "{fname} och {fname} bor hos mamman på {addr}, {postby}.",
        "{name} flyttade {date} från {addr} och bor nu i {town}.",
        "Möte har hållits med {name} och {gfname} kontaktperson på {org}.",
        "Orosanmälan gjordes av {name}, {role} på {school}.",
        "{name} deltog som stödperson för {fname}.",
        "Det bestämdes att {fname} ska få stöd två gånger i veckan.",
        "Psykolog {name} har skrivit ett utlåtande om {fname}, se bilaga {num}.",
        "Ärendet har överlämnats från {kommune} till {kommune} i samband med familjens flytt.",
        "{gname} ombud, advokat {name}, har begärt ut handlingarna för sin klients räkning.",
        "{fname} är placerad i familjehem hos {name} och {name} i {town}.",
        "{name} ({age} år) är folkbokförd hos sin morfar {name}.",
        "{kommune} beslutade {date} om ekonomiskt bistånd till {name}.",
        "Vi har tagit emot din ansökan, {fname}, och återkommer så snart som möjligt.",
        "Jag har därefter talat med {fname} på {org}, som bekräftade uppgifterna.",
        "Mötet leddes av {name} och {name} förde protokoll.",
        "{name} och hennes dotter {fname} har bott på skyddat boende i {town} sedan {date}.",
        "Familjehemspappan {lname} berättar att {fname} sover dåligt och har mardrömmar.",
        "{gfname} mentor, {name}, beskriver honom som en glad och omtyckt pojke.",
        "Kommunicering skickades {date} till {name}, {addr}, {postby}.",
        "{fname} har haft praktik på {org} i {town} sedan {date}.",
        "Överklagandet från {name} har skickats vidare till {authority}.",
        "{lname} berättar att {fname} ofta är ensam hemma på kvällarna.",
        "Uppgifterna har hämtats från {authority} med samtycke från {name}.",
        "Rektor {name} uppger att eleven har varit frånvarande i {num} dagar.",
        "Familjen bodde tidigare i {town}, där ärendet handlades av {kommune}.",
        "Polisen uppger att {name} är misstänkt i ett ärende från {date}.",
        "Handlingen är upprättad av {name}, {role}, {kommune}.",
        "{name} har arbetat som chaufför på {org} från {date} till {date}.",
        "Anmälan kom från {name}, som är granne med familjen.",
    ),  # fmt: skip
    negatives=(
        "Ärendet gäller ansökan om ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen.",
        "Beslutet kan överklagas till förvaltningsrätten inom tre veckor.",
        "Genomförandeplanen följs upp var tredje månad.",
        "Per den 1 januari gäller nya belopp för försörjningsstöd.",
        "Kommunen har tagit emot begäran och prövar den skyndsamt.",
        "Protokollet justerades utan anmärkningar.",
        "Socialtjänsten bedömer att det inte finns skäl att inleda utredning.",
        "Sekretess gäller enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "Mötet börjar klockan 10 i sammanträdesrum Eken, plan 2.",
        "Med vänlig hälsning Ekonomienheten",
    ),  # fmt: skip
    greetings=("Hej {fname}", "Hej", "Till {name}", "Hej {name}"),
    closings=("Med vänlig hälsning", "Vänliga hälsningar", "Mvh", "Hälsningar"),
    form_labels={
        "name": "Namn",
        "addr": "Adress",
        "id": "Personnummer",
        "doctor": "Läkare",
        "school": "Skola",
        "contact": "Kontaktperson",
    },  # fmt: skip
    mail_labels=("Från", "Skickat", "Till", "Kopia", "Ämne"),
    participants_label="Närvarande",
    absent_label="Frånvarande",
    minutes_label="Protokollförare",
    municipality_fmt="{} kommun",
    regarding="ang.",
    phone_label="Tfn",
)

LANGS = {"nb": NO, "sv": SV}
MAIL_DOMAINS = {
    "nb": ["gmail.com", "hotmail.com", "online.no", "live.no"],
    "sv": ["gmail.com", "hotmail.com", "telia.com"],
}


class NordicGenerator:
    """Draws snippets for one language from the pools; one seeded Random and one seeded Faker."""

    def __init__(self, lang: str, pools: Pools, seed: int) -> None:
        self.code = lang
        self.lang = LANGS[lang]
        self.pools = pools
        self.rng = random.Random(seed)
        self.fake = Faker(self.lang.faker_locale)
        self.fake.seed_instance(seed)
        self.companies = sorted({self.fake.company() for _ in range(300)})
        self.streets = sorted({self.fake.street_name() for _ in range(300)})

    # ---- atoms -------------------------------------------------------------------------------------
    def first(self) -> str:
        pool = self.pools.first_women if self.rng.random() < 0.5 else self.pools.first_men
        name = self.rng.choice(pool)
        if self.rng.random() < 0.04:
            name = f"{name}-{self.rng.choice(pool)}"
        return name

    def surname(self) -> str:
        name = self.rng.choice(self.pools.surnames)
        if self.rng.random() < 0.06:
            name = f"{name}-{self.rng.choice(self.pools.surnames)}"
        return name

    def full_name(self) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return f"{self.first()} {self.surname()} {self.surname()}"
        if roll < 0.28:
            return f"{self.first()[0]}. {self.surname()}"
        return f"{self.first()} {self.surname()}"

    @staticmethod
    def genitive(name: str) -> str:
        return name + "'" if name[-1] in "sxzSXZ" else name + "s"

    def town(self) -> str:
        if self.rng.random() < 0.2:
            return self.rng.choice(self.pools.municipalities)
        return self.rng.choice(self.pools.towns)

    def kommune(self) -> str:
        return self.lang.municipality_fmt.format(self.rng.choice(self.pools.municipalities))

    def org(self) -> str:
        roll = self.rng.random()
        if roll < 0.3:
            return self.rng.choice(self.companies)
        if roll < 0.7:
            return self.rng.choice(self.lang.authorities)
        if roll < 0.8 and self.pools.orgs:
            return self.rng.choice(self.pools.orgs)
        return self.kommune()

    def school(self) -> str:
        inst = self.rng.choice(self.lang.institutions)
        return f"{self.town()} {inst}" if self.rng.random() < 0.6 else f"{self.rng.choice(self.streets)} {inst}"

    def date(self) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2015, 2025)
        roll = self.rng.random()
        if roll < 0.4:
            return (
                f"{day}. {self.lang.months[month - 1]} {year}"
                if self.code == "nb"
                else f"{day} {self.lang.months[month - 1]} {year}"
            )
        if roll < 0.7:
            return f"{day:02d}.{month:02d}.{year}" if self.code == "nb" else f"{year}-{month:02d}-{day:02d}"
        return f"{day}.{month}.{year}"

    def phone(self) -> str:
        d = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        if self.code == "nb":
            return f"{d[:3]} {d[3:5]} {d[5:]}" if self.rng.random() < 0.5 else f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        return f"07{d[0]}-{d[1:4]} {d[4:6]} {d[6:]}"

    def email(self, name: str) -> str:
        local = ".".join(part.lower() for part in name.replace("-", " ").split() if part[0].isalpha())
        local = local.translate(str.maketrans("æøåäöé", "aoaaoe")).replace("..", ".")
        return f"{local}@{self.rng.choice(MAIL_DOMAINS[self.code])}"

    def addr(self, out: Builder) -> None:
        out.add(f"{self.rng.choice(self.streets)} {self.rng.randint(1, 120)}", "LOC")

    def postby(self, out: Builder) -> None:
        code, town = self.rng.choice(self.pools.postcodes)
        if self.code == "sv" and len(code) == 5:
            code = f"{code[:3]} {code[3:]}"
        out.add(f"{code} ")
        out.add(town, "LOC")

    # ---- templates ---------------------------------------------------------------------------------
    def fill(self, template: str, out: Builder) -> None:
        pos = 0
        while True:
            start = template.find("{", pos)
            if start < 0:
                out.add(template[pos:])
                return
            end = template.index("}", start)
            out.add(template[pos:start])
            self.slot(template[start + 1 : end], out)
            pos = end + 1

    def slot(self, name: str, out: Builder) -> None:
        rng = self.rng
        simple = {
            "name": (self.full_name, "PER"),
            "fname": (self.first, "PER"),
            "lname": (self.surname, "PER"),
            "town": (self.town, "LOC"),
            "kommune": (self.kommune, "ORG"),
            "org": (self.org, "ORG"),
            "authority": (lambda: rng.choice(self.lang.authorities), "ORG"),
            "school": (self.school, "ORG"),
        }
        if name in simple:
            func, label = simple[name]
            out.add(func(), label)
        elif name in {"gname", "gfname"}:
            out.add(self.genitive(self.full_name() if name == "gname" else self.first()), "PER")
        elif name == "addr":
            self.addr(out)
        elif name == "postby":
            self.postby(out)
        elif name == "date":
            out.add(self.date())
        elif name == "age":
            out.add(str(rng.randint(2, 17)))
        elif name == "num":
            out.add(str(rng.randint(1, 12)))
        elif name == "role":
            out.add(rng.choice(self.lang.roles))
        else:
            raise KeyError(name)

    def running_text(self) -> Snippet:
        out = Builder()
        for i in range(self.rng.randint(1, 4)):
            if i:
                out.add(" ")
            self.fill(self.rng.choice(self.lang.sentences), out)
        return out.build()

    def negative_text(self) -> Snippet:
        out = Builder()
        out.add(" ".join(self.rng.sample(self.lang.negatives, 2)))
        return out.build()

    def email_header(self) -> Snippet:
        lab = self.lang.mail_labels
        out = Builder()
        sender = self.full_name()
        out.add(f"{lab[0]}: ")
        out.add(sender, "PER")
        out.add(
            f" <{self.email(sender)}>\n{lab[1]}: {self.date()} {self.rng.randint(7, 16)}:{self.rng.randint(10, 59)}\n"
        )
        out.add(f"{lab[2]}: ")
        for i in range(self.rng.randint(1, 2)):
            if i:
                out.add("; ")
            person = self.full_name()
            out.add(person, "PER")
            out.add(f" <{self.email(person)}>")
        out.add(
            f"\n{lab[4]}: {self.rng.choice(['SV: ', 'VS: ', ''])}{self.rng.choice(self.lang.subjects)} {self.lang.regarding} "
        )
        out.add(self.full_name(), "PER")
        out.add("\n\n")
        self.fill(self.rng.choice(self.lang.sentences), out)
        return out.build()

    def signature(self, out: Builder) -> None:
        out.add(f"\n\n{self.rng.choice(self.lang.closings)}\n\n")
        out.add(self.full_name(), "PER")
        out.add(f"\n{self.rng.choice(self.lang.roles).capitalize()}\n")
        out.add(self.kommune(), "ORG")
        out.add(f"\n{self.lang.phone_label} {self.phone()}")

    def letter(self) -> Snippet:
        out = Builder()
        out.add(self.kommune(), "ORG")
        out.add("\n")
        out.add(self.full_name(), "PER")
        out.add("\n")
        self.addr(out)
        out.add("\n")
        self.postby(out)
        out.add(f"\n\n{self.date()}\n\n{self.rng.choice(self.lang.subjects)}\n\n")
        self.fill(self.rng.choice(self.lang.greetings), out)
        out.add("\n\n")
        self.fill(self.rng.choice(self.lang.sentences), out)
        out.add(" ")
        self.fill(self.rng.choice(self.lang.negatives), out)
        self.signature(out)
        return out.build()

    def form(self) -> Snippet:
        labels = self.lang.form_labels
        sep = self.rng.choice([": ", ":\t", ":   "])
        out = Builder()
        out.add(labels["name"] + sep)
        out.add(self.full_name(), "PER")
        out.add("\n" + labels["addr"] + sep)
        self.addr(out)
        out.add(", ")
        self.postby(out)
        out.add("\n" + labels["id"] + sep + "".join(str(self.rng.randint(0, 9)) for _ in range(6)) + " *****")
        out.add("\n" + labels["doctor"] + sep)
        out.add(self.full_name(), "PER")
        out.add("\n" + labels["school"] + sep)
        out.add(self.school(), "ORG")
        out.add("\n" + labels["contact"] + sep)
        out.add(self.full_name(), "PER")
        out.add(f", {self.phone()}")
        return out.build()

    def participants(self) -> Snippet:
        out = Builder()
        out.add(self.lang.participants_label + ": ")
        for i in range(self.rng.randint(2, 5)):
            if i:
                out.add(", ")
            out.add(self.full_name(), "PER")
            role = self.rng.choice(self.lang.relations + self.lang.roles)
            out.add(f" ({role})")
        out.add(f"\n{self.lang.absent_label}: ")
        out.add(self.full_name(), "PER")
        out.add(f"\n{self.lang.minutes_label}: ")
        out.add(self.full_name(), "PER")
        return out.build()

    def table(self) -> Snippet:
        sep = self.rng.choice(["\t", "   ", " | "])
        out = Builder()
        for _ in range(self.rng.randint(2, 5)):
            out.add(self.date() + sep)
            out.add(self.full_name(), "PER")
            out.add(sep + self.rng.choice(self.lang.subjects) + sep)
            out.add(self.town(), "LOC")
            out.add("\n")
        return out.build()

    def snippet(self) -> Snippet:
        kinds = [
            (self.running_text, 0.38),
            (self.negative_text, 0.07),
            (self.email_header, 0.12),
            (self.letter, 0.15),
            (self.form, 0.1),
            (self.participants, 0.1),
            (self.table, 0.08),
        ]
        roll = self.rng.random()
        acc = 0.0
        for func, weight in kinds:
            acc += weight
            if roll < acc:
                snip = func()
                break
        else:
            snip = self.running_text()
        if self.rng.random() < 0.3:
            snip = wrap_lines(snip, self.rng.randint(50, 90))
        return snip
