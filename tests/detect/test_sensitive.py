"""SensitiveTermsDetector and its lexicon. Every sentence is invented."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from redact.core.entity import Entity
from redact.detect.sensitive import (
    SCORE_CONTEXT,
    SCORE_DERIVED,
    SCORE_PHRASE,
    SCORE_TERM,
    SCORE_WEAK,
    LexiconError,
    SensitiveTermsDetector,
    build_lexicon,
    default_lexicon_path,
    expand,
    lexicon_path,
    load_lexicon,
    normalise,
    terms_of,
)


@pytest.fixture(scope="module")
def detector() -> SensitiveTermsDetector:
    return SensitiveTermsDetector()


def _labelled(detector: SensitiveTermsDetector, text: str) -> list[tuple[str, str]]:
    """(finding text with whitespace collapsed, category label from the reason)."""
    out = []
    for f in detector.detect(text, "da"):
        label = f.reason.split("(", 1)[1].split(")", 1)[0]
        out.append((" ".join(f.text.split()), label))
    return out


# category id -> (label in the reason, [(sentence, the words that must be proposed)])
POSITIVES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "helbred": (
        "helbred",
        [
            ("Borgeren har diabetes og måler blodsukker dagligt.", "diabetes"),
            ("Hun fik konstateret en depression sidste år.", "depression"),
            ("Depressionen har varet i to år.", "Depressionen"),
            ("Han er diagnosticeret med skizofreni.", "skizofreni"),
            ("Moderen har kræft og er i kemoterapi.", "kræft"),
            ("Faderen fik en hjerneblødning i marts.", "hjerneblødning"),
            ("Drengen er udredt for ADHD i 2022.", "ADHD"),
            ("Pigen har autisme og går i specialklasse.", "autisme"),
            ("Efter hofteoperationen var han hjemme i tre uger.", "hofteoperationen"),
            ("Hun er gravid i femte måned.", "gravid"),
            ("Graviditeten forløber normalt.", "Graviditeten"),
            ("Han har været langtidssygemeldt siden januar.", "langtidssygemeldt"),
            ("Der foreligger en lægeerklæring fra egen læge.", "lægeerklæring"),
            ("Hun har en kronisk hjertesygdom.", "hjertesygdom"),
            ("Kræftbehandlingen er afsluttet.", "Kræftbehandlingen"),
            ("Han har fået en ADHD-diagnose.", "ADHD-diagnose"),
            ("Hun har haft et angstanfald på arbejdet.", "angstanfald"),
            ("Han er opereret i knæet.", "opereret i knæet"),
            ("Hun har psykiske problemer.", "psykiske problemer"),
            ("Han fik et lårbensbrud ved faldet.", "lårbensbrud"),
        ],
    ),
    "medicin": (
        "helbred – medicin",
        [
            ("Hun tager antidepressiva.", "antidepressiva"),
            ("Han er i behandling med methadon.", "methadon"),
            ("Lægen har ordineret Ritalin til drengen.", "Ritalin"),
            ("Han får insulin morgen og aften.", "insulin"),
            ("Hun tager sovemedicin hver aften.", "sovemedicin"),
            ("Hun får Metformin.", "Metformin"),
        ],
    ),
    "handicap": (
        "helbred – handicap",
        [
            ("Han sidder i kørestol efter ulykken.", "kørestol"),
            ("Borgeren er udviklingshæmmet.", "udviklingshæmmet"),
            ("Han har en betydelig funktionsnedsættelse.", "funktionsnedsættelse"),
            ("Han har nedsat funktionsevne.", "nedsat funktionsevne"),
            ("Pigen er døv.", "døv"),
            ("Hun er blind på det ene øje.", "blind"),
            ("Han er bevægelseshæmmet.", "bevægelseshæmmet"),
            ("Han er lammet i benene.", "lammet"),
        ],
    ),
    "misbrug": (
        "misbrug",
        [
            ("Han har et langvarigt alkoholmisbrug.", "alkoholmisbrug"),
            ("Hashmisbruget er stoppet.", "Hashmisbruget"),
            ("Hun er indlagt til afrusning.", "afrusning"),
            ("Moderen er alkoholiker.", "alkoholiker"),
            ("Han var påvirket af alkohol ved mødet.", "påvirket af alkohol"),
            ("Han er spilafhængig.", "spilafhængig"),
            ("Han går i misbrugsbehandling.", "misbrugsbehandling"),
        ],
    ),
    "kriminalitet": (
        "kriminalitet",
        [
            ("Han er sigtet i sagen.", "sigtet"),
            ("Hun blev tiltalt sidste år.", "tiltalt"),
            ("Han er dømt to gange.", "dømt"),
            ("Der er indhentet straffeattest.", "straffeattest"),
            ("Han fik en betinget dom på 30 dage.", "betinget dom"),
            ("Han afsoner i øjeblikket.", "afsoner"),
            ("Hun er udsat for vold i nære relationer.", "vold i nære relationer"),
            ("Voldssagen er henlagt.", "Voldssagen"),
            ("Han er varetægtsfængslet.", "varetægtsfængslet"),
            ("Han blev anholdt for butikstyveri.", "butikstyveri"),
            ("Sagen drejer sig om vold.", "vold"),
        ],
    ),
    "sociale_forhold": (
        "sociale foranstaltninger",
        [
            ("Barnet er anbragt uden for hjemmet.", "anbragt uden for hjemmet"),
            ("Kommunen har modtaget en underretning om pigen.", "underretning"),
            ("Der er iværksat en børnefaglig undersøgelse.", "børnefaglig undersøgelse"),
            ("Der er udarbejdet en § 50-undersøgelse.", "§ 50-undersøgelse"),
            ("Sønnen er i aflastning hver anden weekend.", "aflastning"),
            ("Drengen bor i plejefamilie.", "plejefamilie"),
            ("Der er modtaget flere bekymringsunderretninger.", "bekymringsunderretninger"),
            ("Anbringelsen af drengen er forlænget.", "Anbringelsen"),
            ("Drengen blev anbragt den 3. maj.", "anbragt"),
        ],
    ),
    "ydelser": (
        "sociale ydelser",
        [
            ("Han modtager kontanthjælp.", "kontanthjælp"),
            ("Hun har søgt om førtidspension.", "førtidspension"),
            ("Han modtager sygedagpenge.", "sygedagpenge"),
            ("Hun har fået bevilget boligstøtte.", "boligstøtte"),
            ("Han er ansat i fleksjob.", "fleksjob"),
            ("Hun er i ressourceforløb.", "ressourceforløb"),
            ("Han er kontanthjælpsmodtager.", "kontanthjælpsmodtager"),
            ("Hun får uddannelseshjælp.", "uddannelseshjælp"),
        ],
    ),
    "gæld": (
        "gæld og økonomi",
        [
            ("Han har gæld til det offentlige.", "gæld til det offentlige"),
            ("Kravet er sendt til inkasso.", "sendt til inkasso"),
            ("Hun er registreret i RKI.", "registreret i RKI"),
            ("Der er foretaget udpantning.", "udpantning"),
            ("Ejendommen er sat på tvangsauktion.", "tvangsauktion"),
            ("Han har huslejerestance.", "huslejerestance"),
            ("Skattegælden er opgjort.", "Skattegælden"),
            ("Han har betydelig gæld.", "gæld"),
            ("Han er i restance med huslejen.", "restance"),
        ],
    ),
    "fagforening": (
        "fagforeningsmedlemskab",
        [
            ("Hun er medlem af 3F.", "medlem af 3F"),
            ("Han er medlem af FOA.", "medlem af FOA"),
            ("Hun er fagforeningsmedlem.", "fagforeningsmedlem"),
            ("Han har kontaktet sin fagforening.", "sin fagforening"),
            ("Han deltog med bisidder fra HK.", "bisidder fra HK"),
            ("Hun er 3F-medlem.", "3F-medlem"),
        ],
    ),
    "religion": (
        "religion",
        [
            ("Familien er muslimsk.", "muslimsk"),
            ("Han er katolik.", "katolik"),
            ("Hun er Jehovas Vidne.", "Jehovas Vidne"),
            ("Han er meldt ud af folkekirken.", "meldt ud af folkekirken"),
            ("Han konverterede til islam i 2019.", "konverterede til islam"),
        ],
    ),
    "etnicitet": (
        "etnisk oprindelse",
        [
            ("Han er af somalisk oprindelse.", "somalisk oprindelse"),
            ("Familien har anden etnisk baggrund.", "anden etnisk baggrund"),
            ("Hun nævner sin etnicitet.", "etnicitet"),
            ("Familien er romaer.", "romaer"),
        ],
    ),
    "seksualitet": (
        "seksuel orientering",
        [
            ("Han er homoseksuel.", "homoseksuel"),
            ("Hun er transkønnet.", "transkønnet"),
            ("Klageren nævner sin seksuelle orientering.", "seksuelle orientering"),
            ("De lever i et registreret partnerskab.", "registreret partnerskab"),
        ],
    ),
    "politik": (
        "politisk overbevisning",
        [
            ("Han er medlem af Enhedslisten.", "medlem af Enhedslisten"),
            ("Hun stemmer på Dansk Folkeparti.", "stemmer på Dansk Folkeparti"),
            ("Han er partimedlem.", "partimedlem"),
            ("Han har en stærk politisk overbevisning.", "politisk overbevisning"),
        ],
    ),
}

# category id -> sentences with look-alikes that must give no finding at all
NEGATIVES: dict[str, list[str]] = {
    "helbred": [
        "Sagsbehandlingen tager normalt fire uger.",
        "Hun har ikke kræfter til at deltage i mødet.",
        "Vi mangler arbejdskræfter på materielgården.",
        "Operationen af kloaksystemet er udskudt.",
        "Hjertestarteren hænger ved indgangen til hallen.",
        "Projektet er en hjertesag for udvalget.",
        "Vi har et hovedproblem med tidsplanen.",
        "Driftsforstyrrelser på serveren skyldes en opdatering.",
        "Tabellen er indlagt i rapporten.",
        "Kablerne skal indlægges i vejen, og indlæggelse af rør sker i maj.",
        "Vi har drøftet behandling af ansøgningen og støtte til foreningerne.",
    ],
    "medicin": [
        "Speciallæge i almenmedicin holder oplæg.",
        "Medicinsk udstyr indkøbes via udbud.",
        "Telemedicin skal udbredes i regionen.",
        "Batterierne er af typen lithium-ion.",
    ],
    "handicap": [
        "Handicaptoilettet er renoveret.",
        "Han talte for døve ører.",
        "Den blinde vinkel ved krydset skal fjernes.",
        "Hans golfhandicap er 12.",
        "Trafikken var lammet i to timer.",
    ],
    "misbrug": [
        "Magtmisbrug er ulovligt.",
        "Sagen handler om tillidsmisbrug.",
        "Stofskiftet i søen er målt.",
        "Spillet blev udsat på grund af regn.",
    ],
    "kriminalitet": [
        "Udvalget har bedømt projektet.",
        "Indsatsen er sigtet mod unge ledige.",
        "Der etableres en høj vold langs motorvejen.",
        "Tyverisikring af materiel er et krav.",
        "Det er en fængslende bog.",
        "Jordvolden beplantes med buske.",
    ],
    "sociale_forhold": [
        "Skiltet er anbragt på facaden.",
        "Kopi til underretning.",
        "Containerne anbringes ved indkørslen.",
        "Bassinet sikrer aflastning af kloaksystemet ved skybrud.",
        "Medarbejderne har skærpet underretningspligt.",
        "Barnet er glad. Skiltet er anbragt på facaden.",
    ],
    "ydelser": [
        "Projektet har fået tilskud fra puljen.",
        "Satserne reguleres hvert år.",
        "Ledige stillinger slås op på hjemmesiden.",
    ],
    "gæld": [
        "Kommunens langfristede gæld er faldet.",
        "Udlæg for kørsel refunderes efter statens takster.",
        "Bygningen er misligholdt og skal renoveres.",
        "Restancer på ejendomsskat indgår i regnskabet.",
    ],
    "fagforening": [
        "3F og FOA har indgået overenskomst med KL.",
        "HK Kommunal holder møde i næste uge.",
        "Medlem af udvalget Jens Hansen deltog.",
    ],
    "religion": [
        "Kirken er nyrenoveret.",
        "Lokalplanen omfatter kirkegården.",
        "Konfirmationen er i maj.",
    ],
    "etnicitet": [
        "Varerne er af dansk oprindelse.",
        "Han har en teknisk baggrund.",
        "Skolen har en mangfoldig elevgruppe.",
    ],
    "seksualitet": [
        "Vi drøftede kønsfordelingen i udvalget.",
        "Gruppen er homogen.",
    ],
    "politik": [
        "Venstre og Socialdemokratiet stemte for budgettet.",
        "Udvalget er politisk sammensat.",
        "Han drejede til venstre ved krydset.",
    ],
}


# The lexicon extended class by class: (sentence, the words that must be proposed, category label).
HEALTH, MEDICINE, DISABILITY, ABUSE = "helbred", "helbred – medicin", "helbred – handicap", "misbrug"
CLASS_POSITIVES: dict[str, list[tuple[str, str, str]]] = {
    "neurological": [
        ("Hun har multipel sklerose og bruger rollator.", "multipel sklerose", HEALTH),
        ("Borgeren er scleroseramt.", "scleroseramt", HEALTH),
        ("Han fik et slagtilfælde i 2021.", "slagtilfælde", HEALTH),
        ("Moderen har fået konstateret alzheimers sygdom.", "alzheimers sygdom", HEALTH),
        ("Faderen er demensramt.", "demensramt", HEALTH),
        ("Han har hyppige krampeanfald.", "krampeanfald", HEALTH),
        ("Hun lider af kognitiv svækkelse efter ulykken.", "kognitiv svækkelse", HEALTH),
        ("Han har en rygmarvsskade.", "rygmarvsskade", HEALTH),
    ],
    "heart and lungs": [
        ("Han har hjerteinsufficiens.", "hjerteinsufficiens", HEALTH),
        ("Hun har atrieflimren.", "atrieflimren", HEALTH),
        ("Han blev indlagt med lungebetændelse.", "lungebetændelse", HEALTH),
        ("Han fik pneumoni under opholdet.", "pneumoni", HEALTH),
        ("Han har KOL og bruger hjemmeilt.", "hjemmeilt", HEALTH),
        ("Hun har højt blodtryk.", "højt blodtryk", HEALTH),
        ("Han har haft en lungeemboli.", "lungeemboli", HEALTH),
    ],
    "kidneys": [
        ("Han har nyresvigt.", "nyresvigt", HEALTH),
        ("Han går i dialyse tre gange om ugen.", "dialyse", HEALTH),
        ("Hun er i hæmodialyse.", "hæmodialyse", HEALTH),
        ("Han er nyretransplanteret.", "nyretransplanteret", HEALTH),
    ],
    "muscles and bones": [
        ("Han har en diskusprolaps i lænden.", "diskusprolaps", HEALTH),
        ("Hun har slidgigt i knæene.", "slidgigt", HEALTH),
        ("Han fik et håndledsbrud.", "håndledsbrud", HEALTH),
        ("Hun har et ribbensbrud efter faldet.", "ribbensbrud", HEALTH),
        ("Han har en lårhalsfraktur.", "lårhalsfraktur", HEALTH),
        ("Hun fik en knæalloplastik i maj.", "knæalloplastik", HEALTH),
        ("Han har brækket armen.", "brækket armen", HEALTH),
        ("Han brækkede sit ben i skolen.", "brækkede sit ben", HEALTH),
        ("Hun har ondt i ryggen.", "ondt i ryggen", HEALTH),
        ("Han har en meniskskade.", "meniskskade", HEALTH),
    ],
    "infections": [
        ("Hun har en urinvejsinfektion.", "urinvejsinfektion", HEALTH),
        ("Han fik blærebetændelse igen.", "blærebetændelse", HEALTH),
        ("Han er smittet med hiv.", "smittet med hiv", HEALTH),
        ("Hun har klamydia.", "klamydia", HEALTH),
    ],
    "cancer": [
        ("Hun er i behandling for brystkræft.", "brystkræft", HEALTH),
        ("Han har prostatacancer.", "prostatacancer", HEALTH),
        ("Hun får stråleterapi.", "stråleterapi", HEALTH),
        ("Han har en hjernetumor.", "hjernetumor", HEALTH),
        ("Hun har fået konstateret lymfom.", "lymfom", HEALTH),
        ("Kemobehandlingen starter i morgen.", "Kemobehandlingen", HEALTH),
    ],
    "allergies": [
        ("Drengen har nøddeallergi.", "nøddeallergi", HEALTH),
        ("Pigen har pollenallergi.", "pollenallergi", HEALTH),
        ("Han har laktoseintolerans.", "laktoseintolerans", HEALTH),
        ("Hun har cøliaki.", "cøliaki", HEALTH),
        ("Han fik et anafylaktisk chok.", "anafylaktisk chok", HEALTH),
    ],
    "mental health": [
        ("Hun har PTSD efter krigen.", "PTSD", HEALTH),
        ("Han har OCD med tvangstanker.", "tvangstanker", HEALTH),
        ("Hun skærer i sig selv.", "skærer i sig selv", HEALTH),
        ("Han hører stemmer om natten.", "hører stemmer", HEALTH),
        ("Han blev tvangsindlagt i marts.", "tvangsindlagt", HEALTH),
        ("Hun har en spiseforstyrrelse.", "spiseforstyrrelse", HEALTH),
        ("Han har forsøgt selvmord to gange.", "selvmord", HEALTH),
        ("Han går til psykolog hver uge.", "går til psykolog", HEALTH),
        ("Hun har en akut belastningsreaktion.", "belastningsreaktion", HEALTH),
        ("Han er psykisk sårbar.", "psykisk sårbar", HEALTH),
    ],
    "development": [
        ("Drengen er diagnosticeret med infantil autisme.", "infantil autisme", HEALTH),
        ("Pigen har dyskalkuli.", "dyskalkuli", HEALTH),
        ("Han er udviklingshæmmet.", "udviklingshæmmet", DISABILITY),
        ("Han går i specialklasse.", "specialklasse", DISABILITY),
    ],
    "the state of the body": [
        ("Hun var dehydreret ved ankomsten.", "dehydreret", HEALTH),
        ("Han er underernæret.", "underernæret", HEALTH),
        ("Hun har et tryksår på hælen.", "tryksår", HEALTH),
        ("Han er inkontinent.", "inkontinent", HEALTH),
        ("Hun har fået stomi.", "stomi", HEALTH),
        ("Han blev fundet bevidstløs.", "bevidstløs", HEALTH),
    ],
    "pregnancy and birth": [
        ("Hun aborterede i uge 12.", "aborterede", HEALTH),
        ("Hun har svangerskabsforgiftning.", "svangerskabsforgiftning", HEALTH),
        ("Barnet er født for tidligt.", "født for tidligt", HEALTH),
        ("Hun er i 20. graviditetsuge.", "graviditetsuge", HEALTH),
    ],
    "injuries": [
        ("Pigen havde blå mærker på armene.", "blå mærker", HEALTH),
        ("Han fik hjernerystelse ved overfaldet.", "hjernerystelse", HEALTH),
        ("Han blødte fra næsen.", "blødte fra næsen", HEALTH),
        ("Hun har en hævelse i ansigtet.", "hævelse i ansigtet", HEALTH),
        ("Han har et snitsår i hånden.", "snitsår", HEALTH),
        ("Han blev syet på skadestuen.", "blev syet", HEALTH),
    ],
    "ambiguous words beside a person": [
        ("Hun er syg og kan ikke komme til mødet.", "syg", HEALTH),
        ("Han har smerter hele tiden.", "smerter", HEALTH),
        ("Hun blev indlagt i går.", "indlagt", HEALTH),
        ("Han skal have en operation i næste uge.", "operation", HEALTH),
        ("Hun bor på plejehjem.", "plejehjem", HEALTH),
        ("Hun modtager hjemmehjælp to gange om ugen.", "hjemmehjælp", "sociale foranstaltninger"),
        ("Jeg har sendt en underretning om drengen.", "underretning", "sociale foranstaltninger"),
        ("Han har begået flere lovovertrædelser.", "lovovertrædelser", "kriminalitet"),
        ("Moren modtager tabt arbejdsfortjeneste.", "tabt arbejdsfortjeneste", "sociale ydelser"),
        ("Han har ansøgt om merudgiftsydelse.", "merudgiftsydelse", "sociale ydelser"),
        ("Barnet har friplads i SFO.", "friplads", "sociale ydelser"),
    ],
    "medicine": [
        ("Han får Marevan og Furix.", "Furix", MEDICINE),
        ("Hun tager Sertralin 50 mg.", "Sertralin", MEDICINE),
        ("Han tager Quetiapin om aftenen.", "Quetiapin", MEDICINE),
        ("Han får blodfortyndende medicin.", "blodfortyndende", MEDICINE),
        ("Hun har fået en antibiotikakur.", "antibiotikakur", MEDICINE),
        ("Han får penicillin.", "penicillin", MEDICINE),
        ("Han tager Pinex mod smerterne.", "Pinex", MEDICINE),
        ("Hun får Antabus.", "Antabus", MEDICINE),
        # a generic name by its ending
        ("Han er sat i behandling med atorvastatin.", "atorvastatin", MEDICINE),
        ("Hun har fået amoxicillin.", "amoxicillin", MEDICINE),
        ("Hun får metoprolol og ramipril.", "ramipril", MEDICINE),
        ("Han får pantoprazol.", "pantoprazol", MEDICINE),
    ],
    "substance use": [
        ("Han drikker dagligt.", "drikker dagligt", ABUSE),
        ("Han drak sig fuld i weekenden.", "drak sig fuld", ABUSE),
        ("Han drikker 10 øl om dagen.", "drikker", ABUSE),
        ("Hun ryger hash hver dag.", "ryger hash", ABUSE),
        ("Han tager kokain.", "tager kokain", ABUSE),
        ("Han virkede påvirket ved mødet.", "virkede påvirket", ABUSE),
        ("Han er afhængig af smertestillende.", "afhængig af smertestillende", ABUSE),
        ("Hun lugtede af alkohol.", "lugtede af alkohol", ABUSE),
        ("Han er under påvirkning af narkotika.", "under påvirkning af narkotika", ABUSE),
        ("Hans alkoholforbrug er stort.", "alkoholforbrug", ABUSE),
        ("Han havde en promille på 1,2.", "promille", ABUSE),
        ("Han er spirituspåvirket.", "spirituspåvirket", ABUSE),
    ],
    "social measures": [
        ("Barnet er i mistrivsel.", "mistrivsel", "sociale foranstaltninger"),
        ("Drengen er omsorgssvigtet.", "omsorgssvigtet", "sociale foranstaltninger"),
        ("Han bor på et botilbud.", "botilbud", "sociale foranstaltninger"),
        ("Moren har forældremyndigheden.", "forældremyndigheden", "sociale foranstaltninger"),
        ("Han er anbragt på en sikret institution.", "sikret institution", "sociale foranstaltninger"),
    ],
    "benefits": [
        ("Han modtager integrationsydelse.", "integrationsydelse", "sociale ydelser"),
        ("Hun har søgt om ledighedsydelse.", "ledighedsydelse", "sociale ydelser"),
        ("Han får seniorpension.", "seniorpension", "sociale ydelser"),
        ("Hun modtager boligsikring.", "boligsikring", "sociale ydelser"),
        ("Han har søgt enkeltydelse.", "enkeltydelse", "sociale ydelser"),
        ("Hun har fået særlig støtte efter § 34.", "særlig støtte efter § 34", "sociale ydelser"),
        ("Familien har fået økonomisk fripladstilskud.", "økonomisk fripladstilskud", "sociale ydelser"),
        ("Han er fleksjobvisiteret.", "fleksjobvisiteret", "sociale ydelser"),
        ("Hun får ekstra børnetilskud.", "ekstra børnetilskud", "sociale ydelser"),
    ],
}

# Look-alikes, figures of speech, general and policy text: no finding at all.
CLASS_NEGATIVES: dict[str, list[str]] = {
    "other senses of a compound": [
        "Fødselsåret står i registret.",
        "Desinfektion af hænder er vigtig.",
        "Reglerne gælder uafhængigt af alder.",
        "Tandemens styr er gået i stykker.",
        "Vi har brug for tyve nye stole.",
        "De indgik et joint venture med firmaet.",
    ],
    "figures of speech": [
        "Firmaet havde maskinen i sin varetægt.",
        "Tiden i udlandet tiltalte mig.",
        "Han farer ikke frem i blinde.",
        "De har blind tro på planen.",
        "Aktien er ramt i hjertet af krisen.",
        "Der er brækket en gren af træet.",
        "Kommunens økonomi er syg.",
        "Firmaet har store smerter med omstillingen.",
    ],
    "everyday words near a person": [
        "Hun har syet en kjole til datteren.",
        "Han drikker kaffe hver morgen.",
        "Hun drak en kop te.",
        "Han købte stoffer til gardinerne.",
        "Han har anbragt cyklen i skuret.",
        "Han tager toget til Aarhus.",
        "Han ledede politiets operation mod banden.",
    ],
    "general and policy text": [
        "Underretninger skal behandles inden for 24 timer.",
        "Udvalget skal drøfte lovovertrædelser i byggeriet.",
        "Kommunen kan yde dækning af merudgifter efter servicelovens § 41.",
        "Vi har merudgifter til vintertjeneste.",
        "Udvalgsmedlemmer får erstatning for tabt arbejdsfortjeneste.",
        "Friplads i SFO kan søges via Pladsanvisningen.",
        "Kvalitetsstandarden for hjemmehjælp er vedtaget.",
        "Kommunen har ansvaret for 12 plejehjem.",
        "Der er 20 børn på venteliste til specialklasse.",
        "Kommunen vil styrke indsatsen mod mistrivsel blandt unge.",
        "Rapporten handler om botilbud i regionen.",
        "Der er fælles forældremyndighed som udgangspunkt.",
        "Alkohol må ikke nydes på arbejdspladsen.",
        "Kemiske stoffer skal opbevares forsvarligt.",
        "Militær operation i området blev afsluttet.",
    ],
    "names of laws and organisations": [
        "Sagen vedrører lov om euforiserende stoffer.",
        "Lov om sygedagpenge gælder fra 2006.",
        "Læs mere hos ADHD-foreningen.",
        "Landsforeningen Autisme holder møde.",
        "De snedækkede Hindu Kush bjerge.",
        "Handicap-parkering ved indgangen.",
    ],
    "headings": [
        "Underretning\nSkolen er bekymret for barnet, som ofte er sulten.",
        "1.2 Underretning:\nDrengen har fortalt om slag.",
        "Anbringelse\nDrengen bor hos sin moster.",
    ],
}


def _cases(table: dict[str, tuple[str, list[tuple[str, str]]]]) -> list[object]:
    return [
        pytest.param(label, sentence, words, id=f"{cid}:{words}")
        for cid, (label, rows) in table.items()
        for sentence, words in rows
    ]


@pytest.mark.parametrize(("label", "sentence", "words"), _cases(POSITIVES))
def test_positive(detector: SensitiveTermsDetector, label: str, sentence: str, words: str) -> None:
    assert (words, label) in _labelled(detector, sentence)


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"{cid}:{s[:40]}") for cid, rows in NEGATIVES.items() for s in rows]
)
def test_negative(detector: SensitiveTermsDetector, sentence: str) -> None:
    assert _labelled(detector, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "label"),
    [pytest.param(s, w, lab, id=f"{cls}:{w}") for cls, rows in CLASS_POSITIVES.items() for s, w, lab in rows],
)
def test_class_positive(detector: SensitiveTermsDetector, sentence: str, words: str, label: str) -> None:
    assert (words, label) in _labelled(detector, sentence)


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"{cls}:{s[:40]}") for cls, rows in CLASS_NEGATIVES.items() for s in rows]
)
def test_class_negative(detector: SensitiveTermsDetector, sentence: str) -> None:
    assert _labelled(detector, sentence) == []


def test_every_category_has_positive_and_negative_examples(detector: SensitiveTermsDetector) -> None:
    categories = set(detector.lexicon.categories)
    assert categories == set(POSITIVES)
    assert categories == set(NEGATIVES)
    for cid, (label, _) in POSITIVES.items():
        assert detector.lexicon.categories[cid].label == label


# -- how words are matched --------------------------------------------------------------------


def test_finding_fields(detector: SensitiveTermsDetector) -> None:
    text = "Borgeren har diabetes."
    [f] = detector.detect(text, "da")
    assert f.entity is Entity.SENSITIVE
    assert (f.start, f.end) == (13, 21)
    assert text[f.start : f.end] == f.text == "diabetes"
    assert f.score == SCORE_TERM
    assert f.detector == "SensitiveTermsDetector"
    assert f.reason == "Følsom oplysning (helbred): ordet «diabetes» fra ordlisten"


def test_reason_names_the_lexicon_form_of_an_inflection(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Depressionerne kom igen.", "da")
    assert f.reason == "Følsom oplysning (helbred): ordet «Depressionerne» (af «depression») fra ordlisten"


def test_case_insensitive(detector: SensitiveTermsDetector) -> None:
    for text in ("DIABETES", "Diabetes", "diabetes"):
        assert [f.text for f in detector.detect(f"Han har {text}.", "da")] == [text]


def test_case_sensitive_entries(detector: SensitiveTermsDetector) -> None:
    assert [f.text for f in detector.detect("Han har ADD.", "da")] == ["ADD"]
    assert detector.detect("Please add the file.", "da") == []
    assert [f.text for f in detector.detect("Han er HIV-positiv.", "da")] == ["HIV-positiv"]
    assert detector.detect("Hiv fat i skovlen.", "da") == []


def test_whole_words_only(detector: SensitiveTermsDetector) -> None:
    assert detector.detect("Gravideringen af stenen er færdig.", "da") == []  # "gravid" inside a word
    assert detector.detect("Kræftens spredning", "da") != []  # genitive of a listed word
    # an organisation's name is not a fact about a person
    assert detector.detect("Kræftens Bekæmpelse holder indsamling.", "da") == []


def test_genitive(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Depressionens varighed er uklar.", "da")
    assert f.text == "Depressionens"


def test_phrase_across_line_break(detector: SensitiveTermsDetector) -> None:
    text = "Han fik en betinget\ndom i 2021."
    [f] = detector.detect(text, "da")
    assert f.text == "betinget\ndom"
    assert f.score == SCORE_PHRASE
    assert "udtrykket «betinget dom»" in f.reason


def test_phrase_needs_only_whitespace_between_words(detector: SensitiveTermsDetector) -> None:
    assert [f.text for f in detector.detect("Dommen var betinget. Dom afsagt i 2021.", "da")] == []


def test_hyphenated_at_line_end(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Han har et alkohol-\nmisbrug.", "da")
    assert f.text == "alkohol-\nmisbrug"
    assert "ender på «misbrug»" in f.reason


def test_suffix_and_compound_have_derived_score(detector: SensitiveTermsDetector) -> None:
    by_text = {f.text: f for f in detector.detect("Stofmisbruget og kræftbehandlingen.", "da")}
    assert by_text["Stofmisbruget"].score == SCORE_DERIVED
    assert "ender på «misbrug»" in by_text["Stofmisbruget"].reason
    assert by_text["kræftbehandlingen"].score == SCORE_DERIVED
    assert "sammensat med «kræft»" in by_text["kræftbehandlingen"].reason


def test_compound_of_a_compound(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Han er i alkoholmisbrugsbehandling.", "da")
    assert f.text == "alkoholmisbrugsbehandling"


def test_apostrophe_ending(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Hun har ADHD'en under kontrol.", "da")
    assert f.text == "ADHD'en"


def test_weak_word_is_proposed_low_with_a_warning(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Han har stress.", "da")
    assert f.score == SCORE_WEAK
    assert "flertydigt" in f.reason


def test_context_word_must_be_in_the_same_sentence(detector: SensitiveTermsDetector) -> None:
    [f] = detector.detect("Barnet er anbragt hos sin moster.", "da")
    assert f.score == SCORE_CONTEXT
    assert f.reason.endswith("nævnt sammen med «Barnet»")
    assert detector.detect("Vi talte med barnet i går. Skiltet er anbragt på facaden.", "da") == []
    # "3. maj" is not the end of a sentence
    assert [f.text for f in detector.detect("Anbragt den 3. maj og tilbage hos sine forældre.", "da")] == ["Anbragt"]


def test_context_set_person(detector: SensitiveTermsDetector) -> None:
    """A general word with "@person" is a fact only beside a person, not beside the category's own words."""
    [f] = detector.detect("Hun bor på plejehjem.", "da")
    assert f.score == SCORE_CONTEXT
    assert f.reason.endswith("nævnt sammen med «Hun»")
    # "sygehus" is a context word of the category, but a plejehjem needs a person
    assert detector.detect("Plejehjem og sygehus samarbejder.", "da") == []


def test_word_alone_on_its_line_is_a_heading(detector: SensitiveTermsDetector) -> None:
    text = "Underretning\nDrengen fortæller, at han ikke får mad."
    assert detector.detect(text, "da") == []
    assert [f.text for f in detector.detect("Underretning om drengen\nHan får ikke mad.", "da")] == ["Underretning"]
    # a term is proposed also as a heading: it names the fact itself
    assert [f.text for f in detector.detect("Kontanthjælp\nDu får 12.000 kr.", "da")] == ["Kontanthjælp"]


def test_short_line_before_a_capital_is_a_sentence_of_its_own(detector: SensitiveTermsDetector) -> None:
    """A heading takes no context from the letter below it; text wrapped mid-sentence still does."""
    assert detector.detect("Afgørelse om merudgifter\nKommunen har behandlet din ansøgning.", "da") == []
    assert detector.detect("Emne: Hjemmehjælp\nHun ringede i går.", "da") == []
    wrapped = "Kommunen har behandlet din ansøgning om\ndækning af merudgifter efter § 41."
    assert [f.text for f in detector.detect(wrapped, "da")] == ["dækning af merudgifter"]
    assert [f.text for f in detector.detect("Barnet er\nanbragt hos sin moster.", "da")] == ["anbragt"]


def test_excluded_phrase_is_not_context(detector: SensitiveTermsDetector) -> None:
    assert detector.detect("Kommunens langfristede gæld og restancer på skat.", "da") == []


def test_exclusion_blocks_terms_inside_it(detector: SensitiveTermsDetector) -> None:
    assert detector.detect("Kopi til underretning", "da") == []
    assert [f.text for f in detector.detect("Kopi til underretning. Underretningen om barnet.", "da")] == [
        "Underretningen"
    ]


def test_org_name_alone_is_not_membership(detector: SensitiveTermsDetector) -> None:
    assert detector.detect("Overenskomsten er forhandlet af 3F, FOA og HK.", "da") == []
    assert [f.text for f in detector.detect("Hun er medlem af\n3F.", "da")] == ["medlem af\n3F"]


def test_email_header_and_table_text(detector: SensitiveTermsDetector) -> None:
    text = (
        "Fra: Sagsbehandler\nTil: Jobcenter\nEmne: Sygedagpenge – opfølgning\n\n"
        "Diagnose\tDepression\nYdelse\tKontanthjælp\n"
    )
    # "Diagnose" names the kind of the fact beside it: the fact is proposed, its label is not
    assert {f.text for f in detector.detect(text, "da")} == {"Sygedagpenge", "Depression", "Kontanthjælp"}


def test_empty_and_wordless_text(detector: SensitiveTermsDetector) -> None:
    assert detector.detect("", "da") == []
    assert detector.detect(" \n\t 12 34 -- §", "da") == []


def test_findings_do_not_overlap(detector: SensitiveTermsDetector) -> None:
    found = detector.detect("Han fik en betinget dom for vold og er medlem af FOA.", "da")
    assert len(found) == 3
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


# -- the lexicon ------------------------------------------------------------------------------


def test_default_lexicon_path_exists() -> None:
    path = default_lexicon_path()
    assert path.is_file()
    assert path.parts[-3:] == ("resources", "lexicon", "sensitive_da.yaml")


def test_expand_notation() -> None:
    assert expand("depression +en +er +erne") == ["depression", "depressionen", "depressioner", "depressionerne"]
    assert expand("betinget dom +men") == ["betinget dom", "betinget dommen"]
    with pytest.raises(LexiconError):
        expand("+en depression")


# Words that are usually not about a person: none of them may be a plain term of the lexicon.
GENERIC = [
    "behandling",
    "behandlingen",
    "sag",
    "sagen",
    "støtte",
    "hjælp",
    "operation",
    "operationen",
    "borger",
    "borgeren",
    "familie",
    "ansøgning",
    "afgørelse",
    "medlem",
    "undersøgelse",
    "skade",
    "problem",
    "problemer",
    "pleje",
    "ydelse",
    "tilskud",
    "pension",
    "skat",
    "kirke",
    "parti",
    "venstre",
    "stof",
    "spil",
    "anbringes",
    "sigte",
    "dom",
    "dommen",
    "kræfter",
]


@pytest.mark.parametrize("word", GENERIC)
def test_generic_words_are_not_proposed(detector: SensitiveTermsDetector, word: str) -> None:
    assert detector.detect(f"Der er tale om {word} i dette tilfælde.", "da") == []


def test_every_category_has_terms(detector: SensitiveTermsDetector) -> None:
    lex = detector.lexicon
    for cid in lex.categories:
        words = list(terms_of(lex, cid))
        phrases = [t for ps in lex.phrases.values() for _, t in ps if t.category and t.category.id == cid]
        assert words or phrases, cid
    assert lex.size > 1500


def test_conflicting_entries_are_rejected() -> None:
    data = {"categories": {"a": {"terms": ["kræft"]}, "b": {"terms": ["kræft"]}}}
    with pytest.raises(LexiconError, match="already listed"):
        build_lexicon(data)
    with pytest.raises(LexiconError, match="already listed"):
        build_lexicon({"categories": {"a": {"terms": ["kræft"], "exclude": ["kræft"]}}})
    with pytest.raises(LexiconError, match="context"):
        build_lexicon({"categories": {"a": {"needs_context": ["anbragt"]}}})
    with pytest.raises(LexiconError):
        build_lexicon({"no categories": {}})
    with pytest.raises(LexiconError, match="unknown context set"):
        build_lexicon({"categories": {"a": {"needs_context": ["anbragt @nobody"]}}})
    with pytest.raises(LexiconError, match="unknown context set"):
        build_lexicon({"categories": {"a": {"needs_context": ["anbragt"], "context": ["@nobody"]}}})
    with pytest.raises(LexiconError, match="go last"):
        build_lexicon({"context_sets": {"p": ["han"]}, "categories": {"a": {"needs_context": ["@p anbragt"]}}})


def test_context_sets_in_a_custom_lexicon() -> None:
    lex = build_lexicon(
        {
            "context_sets": {"person": ["han", "hun"]},
            "categories": {
                "a": {
                    "needs_context": ["anbragt", "plejehjem @person", "hjemmehjælp @context @person"],
                    "context": ["barnet"],
                }
            },
        }
    )
    det = SensitiveTermsDetector(lexicon=lex)

    def found(text: str) -> list[str]:
        return [f.text for f in det.detect(text, "da")]

    assert found("Barnet er anbragt.") == ["anbragt"]
    assert found("Han er anbragt.") == []  # the category's context only
    assert found("Han bor på plejehjem.") == ["plejehjem"]
    assert found("Barnet besøger et plejehjem.") == []  # the person set only
    assert found("Barnet får hjemmehjælp.") == found("Han får hjemmehjælp.") == ["hjemmehjælp"]


def test_custom_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "lex.yaml"
    path.write_text(
        "categories:\n"
        "  helbred:\n"
        "    kind: Følsom oplysning\n"
        "    label: helbred\n"
        "    terms: [gigt +en]\n"
        "    suffixes: [gigt +en]\n"
        "    exclude: [gigtforeningen]\n",
        encoding="utf-8",
    )
    det = SensitiveTermsDetector(path)
    assert [f.text for f in det.detect("Gigten og slidgigten, ikke Gigtforeningen.", "da")] == ["Gigten", "slidgigten"]
    assert load_lexicon(path).size == 3  # gigt, gigten, gigtforeningen


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a symptom with a word of suffering from it is a fact about the one who suffers
        ("da", '"Er jævnligt plaget af hovedpine, som kan skyldes tør luft."', ["hovedpine"]),
        ("da", "Lider af svimmelhed om morgenen.", ["svimmelhed"]),
        ("no", "Er plaget av hodepine og kvalme.", ["hodepine", "kvalme"]),
        ("sv", "Besväras av huvudvärk sedan i våras.", ["huvudvärk"]),
        # the same words in a text about no one who suffers
        ("da", "Tør luft på kontorer kan give hovedpine.", []),
        ("no", "Hodepine er et vanlig symptom ved influensa.", []),
        ("sv", "Huvudvärk är vanligt vid förkylning.", []),
    ],
)
def test_a_word_of_suffering_is_context_for_a_symptom(language: str, text: str, expected: list[str]) -> None:
    detector = SensitiveTermsDetector(lexicon_path(language))
    assert [f.text for f in detector.detect(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the word naming the kind of fact goes when the fact follows it
        ("da", "Hun er diagnosticeret med skizofreni.", ["skizofreni"]),
        ("da", "Han fik diagnosen diabetes sidste år.", ["diabetes"]),
        ("no", "Hun hadde diagnosen epilepsi.", ["epilepsi"]),
        ("sv", "Han fick diagnosen diabetes i våras.", ["diabetes"]),
        # alone, or with the fact in another sentence, it is the fact itself
        ("da", "Han har fået en diagnose og er sygemeldt.", ["diagnose", "sygemeldt"]),
        ("da", "Hun fik diagnosen i går. Skizofreni er svært.", ["diagnosen", "Skizofreni"]),
    ],
)
def test_a_word_naming_the_kind_of_fact_goes_before_the_fact(language: str, text: str, expected: list[str]) -> None:
    detector = SensitiveTermsDetector(lexicon_path(language))
    assert [f.text for f in detector.detect(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of document is no fact; what it says is
        ("Du behöver bifoga ett läkarintyg till ansökan.", []),
        ("Av läkarintyget framgår att hon har epilepsi.", ["epilepsi"]),
        # a job title is no aid; "personlig assistent" beside a person is
        ("Du kan själv välja vem som blir din assistent.", []),
        ("Hon har en personlig assistent på dagarna.", ["personlig assistent"]),
        # dead things are no death; a person's death is
        ("Jag anmälde att trädet hade döda grenar.", []),
        ("Hennes far är död sedan länge.", ["död"]),
    ],
)
def test_swedish_words_that_are_often_no_fact(text: str, expected: list[str]) -> None:
    detector = SensitiveTermsDetector(lexicon_path("sv"))
    assert [f.text for f in detector.detect(text, "sv")] == expected


def test_a_fact_said_of_a_group_is_not_proposed() -> None:
    lex = build_lexicon(
        {
            "aggregate_before": ["antallet", "personer med"],
            "categories": {"a": {"terms": ["misbrug", "kontanthjælp"]}},
        }
    )
    det = SensitiveTermsDetector(lexicon=lex)
    found = det.detect("Antallet kontanthjælp steg. Tilbud til personer med misbrug. Han har et misbrug.", "da")
    assert [f.text for f in found] == ["misbrug"]
    assert found[0].start > 50  # the person's, not the group's
    # the sentence ends between: "… med. Misbrug …" is a new statement
    assert [f.text for f in det.detect("Vi talte med personer med. Misbrug er nævnt.", "da")] == ["Misbrug"]
    with pytest.raises(LexiconError, match="at most"):
        build_lexicon({"aggregate_before": ["a b c d"], "categories": {"a": {"terms": ["x"]}}})


def test_a_words_key_is_kept_and_the_same() -> None:
    """`normalise` keeps each word's key: asked again, the same key as working it out afresh."""
    words = ["Misbrug", "misbrug", "Misbrugs-behandling", "mis\u00adbrug", "ＦＵＬＬ", "Straße", "ÆBLE", "kl.", ""]
    first = [normalise(w) for w in words]
    assert first == [normalise(w) for w in words] == [normalise.__wrapped__(w) for w in words]
    assert first[:4] == ["misbrug", "misbrug", "misbrugsbehandling", "misbrug"] and first[5] == "strasse"
