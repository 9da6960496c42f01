"""The word classes the name rules know: token flags, the name-list reader and the closed word lists.

The name lists (first names, surnames, places, ordinary words) are data in resources/names/; the short lists
here (titles, organisation words, street and institution words, months, honorifics, family words) are
the words that break a name or tell what the words around them name. Standard library only.
"""

from __future__ import annotations

import re
from pathlib import Path

from redact import paths

DEFAULT_DATA_DIR = paths.resources_dir() / "names"

# Token flags.
FIRST = 1 << 0  # Danmarks Statistik first name
MFIRST = 1 << 1  # minority first name
SUR = 1 << 2  # Danmarks Statistik surname
MSUR = 1 << 3  # minority surname
COMMON = 1 << 4  # also an ordinary word
FREQ_FIRST = 1 << 5  # ordinary word, but mostly a first name when capitalised mid-sentence
PLACE = 1 << 6
VOCAB = 1 << 7  # frequent lower-case word, not a name
TITLE = 1 << 8  # "Sagsbehandler": breaks a name and is context for the next one
ORG = 1 << 9  # "Kommune", "Jobcenter": the words around it name an organisation
NAMED_ORG = 1 << 10  # "Vej", "Skole", "Kirke": the whole run names a street or an institution
MONTH = 1 << 11
STOP = 1 << 12  # never part of a name (weekdays, honorifics: "Hr", "Fru")
GENITIVE = 1 << 13
ROMAN = 1 << 14
ROYAL = 1 << 15  # "Kong", "Dronning", "Sankt": the name after it is not a private person
MAINLY_SUR = 1 << 16  # on both lists, but ranks higher as a surname ("Møller", "Holst")

FIRST_ANY = FIRST | MFIRST
SUR_ANY = SUR | MSUR
NAME_ANY = FIRST_ANY | SUR_ANY
NOT_NAME = VOCAB | TITLE | ORG | NAMED_ORG | STOP | ROMAN | ROYAL

PARTICLES = frozenset(
    "von van de der den del della di da do dos das du la le af zu ter ten bin ibn ben bint al el abu ul".split()
)
MONTHS = frozenset(
    "januar februar marts april maj juni juli august september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec".split()
)
HONORIFICS = frozenset("hr fru frk herr mr mrs ms miss dr prof hej kære mvh vh att".split())
WEEKDAYS = frozenset("mandag tirsdag onsdag torsdag fredag lørdag søndag".split())
ROYAL_WORDS = frozenset(
    "sankt skt sct st kong konge dronning prins prinsesse kronprins kronprinsesse grev greve grevinde baron "
    "pave kejser zar hertug".split()
)
TITLE_WORDS = frozenset(
    """
sagsbehandler sagsbehandleren socialrådgiver socialrådgiveren rådgiver rådgiveren afdelingsleder teamleder
leder lederen chef kontorchef direktør direktøren konsulent specialkonsulent chefkonsulent fuldmægtig
jurist advokat advokaten læge lægen overlæge speciallæge praktiserende psykolog psykologen psykiater
sygeplejerske sundhedsplejerske pædagog pædagogen lærer læreren klasselærer skoleleder viceskoleleder
forstander forstanderen borgmester borgmesteren rådmand rådmanden udvalgsformand formand formanden
næstformand sekretær sekretæren medarbejder medarbejderen koordinator visitator terapeut ergoterapeut
fysioterapeut jobkonsulent virksomhedskonsulent mentor støttekontaktperson kontaktperson bisidder
værge partsrepræsentant ombudsmand direktion tandlæge jordemoder sognepræst præst pastor biskop
politiassistent politikommissær politibetjent betjent anklager dommer retsformand kommunaldirektør
centerchef fagchef souschef ledende assistent elev praktikant studerende vikar
""".split()
)
# The words around these name an organisation, usually after a place ("Aarhus Kommune", "Jobcenter Vejle").
ORG_WORDS = frozenset(
    """
kommune kommunen kommunes region regionen regions jobcenter jobcentret jobcenteret jobcentrets borgerservice
ydelsesservice udbetaling ankestyrelsen styrelsen ministeriet ministerium politi politiet rigspolitiet skat
skattestyrelsen sygehus sygehuset hospitalsenhed universitet universitetet universitetshospital byråd
byrådet kommunalbestyrelse kommunalbestyrelsen nævn nævnet råd rådet udvalg udvalget forvaltning
forvaltningen afdeling afdelingen sekretariat sekretariatet center centret centeret team teamet enhed
enheden administration administrationen ledelse ledelsen kontor kontoret bank banken sparekasse
sparekassen forsikring advokatfirma advokater revision holding group gruppen byret byretten landsret
landsretten højesteret retten tingret domstol domstolen tilsyn tilsynet datatilsynet arbejdstilsynet
folketinget regeringen familieretshuset statsforvaltningen kriminalforsorgen arresthus fængsel fængslet
boligforening boligforeningen boligselskab boligselskabet andelsboligforening ejerforening forening
foreningen selskab selskabet klinik klinikken lægehus lægehuset apotek apoteket service services entreprise
transport klub klubben lufthavn
""".split()
)
# These end a name given after a person ("Jens Baggesens Vej", "N. Zahles Skole", "Anne Franks Hus").
NAMED_ORG_WORDS = frozenset(
    """
vej vejen gade gaden allé alle plads pladsen torv torvet stræde strædet vænge vænget boulevard park
parken have haven kaj kajen bro broen skole skolen gymnasium gymnasiet kirke kirken kapel hospital
hospitalet hospice fond fonden legat legatet kollegium kollegiet hus huset hjem hjemmet børnehave
børnehaven vuggestue vuggestuen plejehjem plejecenter institut instituttet museum museet pris prisen
stiftelse stiftelsen minde mindelund teater teatret bibliotek biblioteket lufthavn lufthavnen
aps ivs holding invest consult consulting group ltd inc gmbh tømrerfirma murerfirma malerfirma vognmandsforretning
""".split()
)
ORG_SUFFIXES = tuple(
    """
kommune kommunes styrelsen styrelse ministeriet ministerium forvaltningen forvaltning afdelingen sekretariatet
centret centeret center tilsynet nævnet rådet udvalget instituttet kontoret servicen gruppen foreningen
selskabet sygehus sygehuset hospitalet klinikken banken retten klub klubben forening
""".split()
)
NAMED_ORG_SUFFIXES = tuple(
    """
vej vejen gade gaden allé plads pladsen torv torvet stræde strædet vænge vænget boulevard skole skolen
gymnasium gymnasiet hospital kirke kirken kollegium kollegiet huset hjemmet børnehave børnehaven vuggestue
vuggestuen plejehjem plejecenter fonden biblioteket museet firma firmaet
""".split()
)

# Family words: "Moren Birthe", "søn Jens". Context for the name after them, never a name themselves.
RELATIONS = (
    "mor moren moderen moder far faren faderen fader søn sønnen datter datteren ægtefælle ægtefællen hustru "
    "hustruen mand manden kone konen samlever samleveren kæreste kæresten barn barnet barnets eleven elev "
    "patienten borgeren naboen nabo bror broren broderen søster søsteren halvbror halvsøster plejemor plejefar "
    "plejebarn plejebarnet stedmor stedfar bedstemor bedstefar mormor morfar farmor farfar onkel onklen tante "
    "tanten fætter fætteren kusine kusinen nevø nevøen niece niecen barnebarn barnebarnet drengen pigen "
    "ansøgeren klageren partsrepræsentanten værgen lejeren udlejeren pårørende vennen veninden kollegaen "
    "lillebror lillesøster storebror storesøster tvillingebror tvillingesøster enken enkemanden afdøde "
    "familien fam ægteparret parret "
    # Swedish
    "mamma mamman mammans pappa pappan pappans modern fadern sonen dottern maken makan hustrun sambon "
    "pojkvännen flickvännen brodern systern lillebror lillasyster storebror storasyster halvbror halvsyster "
    "mormor morfar farmor farfar morbror farbror moster faster kusinen grannen grannar barnen pojken flickan "
    "eleven patienten klienten brukaren sökanden anmälaren vårdnadshavaren fosterhemmet familjehemmet "
    "sambo make maka syster granne dotter"
)

# After a name, these make it a company's: "Jensen & Co", "Hansen ApS", "Elmer & Partnere", "Berg AS".
COMPANY_AFTER = re.compile(
    r"[ \t]*(?:&|A/S|ApS|I/S|K/S|P/S|IVS|A\.m\.b\.a|a\.m\.b\.a|S\.M\.B\.A|Holding\b|Invest\b|Consult|Group\b|"
    r"Ltd\b|Inc\b|GmbH\b|AB\b|AS\b|og [Ss]øn\b|& [Ss]øn\b)"
)


def read_list(path: Path) -> list[str]:
    """The entries of a name-list file (blank lines and # comments skipped; empty if it is missing)."""
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.strip())
    return out


def names_dir(family: str) -> Path:
    """The name lists of a language family: resources/names (Danish), resources/names/no, .../sv."""
    return DEFAULT_DATA_DIR if family == "da" else DEFAULT_DATA_DIR / family


def suffix_flags(key: str) -> int:
    """'Sidegade', 'Brændkjærskolen': a street or an institution; 'Socialforvaltningen': an organisation."""
    if key.endswith(NAMED_ORG_SUFFIXES) and len(key) > 5:
        return NAMED_ORG
    if key.endswith(ORG_SUFFIXES) and len(key) > 6:
        return ORG
    return 0
