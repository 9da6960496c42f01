"""Person names from name lists and context rules: the complement of the NER model.

The NER model generalises from context; this detector knows names. It reads the lists that
training/build_name_lists.py writes to resources/names/ (Danmarks Statistik first names and surnames,
minority names, names that are also ordinary words, places, frequent lower-case words) and proposes:

* full names: a known first name followed by up to four capitalised words ("Anne Marie Holm-Jensen",
  "Ahmed al-Hassan"), initials before a known surname ("J.P. Hansen"), surname-first orders
  ("Nguyen Thi Lan");
* names in context: after a salutation («Kære», «Hej»), a form label («Navn:», «Borger:»), an honorific
  («Hr.», «Fru»), a family word («søn», «mor»), a title («Sagsbehandler»), in e-mail headers («Fra:»,
  the display name before <address>), in participant lists («Deltagere:») and signatures («Med venlig
  hilsen»). There, unknown capitalised words and names that are ordinary words ("Skov", "Storm") count;
* a first name or a surname standing alone, with a lower score; names that are ordinary words only in
  context.

Organisations ("Aarhus Kommune", "Jens Baggesens Vej", "Fyns Jord & Beton A/S"), places, months,
weekdays and titles are not proposed. Genitives are proposed whole ("Hansens"). Names inside e-mail
addresses are left to the e-mail recognizer. Standard library only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from redact import paths
from redact.core.entity import Entity
from redact.core.finding import Finding

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

# Token shapes.
CAP = 1  # "Hansen", "McDonald", "Holm-Jensen", "al-Hassan"
UPPER = 2  # "HANSEN"
INITIAL = 3  # "J.", "J.P.", "H. C."
PARTICLE = 4  # "von", "de", "bin"

# Context strength: STRONG accepts an unknown capitalised word, PAIR two of them, MEDIUM needs one word
# from the name lists.
STRONG = 3
PAIR = 2
MEDIUM = 1

_UC = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŲŸŹŻŽ"
_TOKEN = re.compile(
    rf"(?P<ini>(?<![^\W_])[{_UC}]\.(?:[ ]?-?[{_UC}]\.){{0,3}})(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?)"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_EMAIL_LEFT = re.compile(r"[\w.+%-]+$")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_LOWER_TAIL = re.compile(r"-[a-zæøåäöüé]")
_GAP = re.compile(r"[ \u00a0]{1,2}")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}I{0,3}|XI?V|XIX)$")
_SENTENCE_END = frozenset('.!?:;•·▪*»«"“”„(–-')
_LOWER_PREFIX = re.compile(r"^(?:al|el|ul|ad|ash|as|at|ar|an|az|ibn|bin|abu|abd|ben|bint|de|di|da|d|o|mc|van)-?['’]?$")

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
_COMPANY_AFTER = re.compile(
    r"[ \t]*(?:&|A/S|ApS|I/S|K/S|P/S|IVS|A\.m\.b\.a|a\.m\.b\.a|S\.M\.B\.A|Holding\b|Invest\b|Consult|Group\b|"
    r"Ltd\b|Inc\b|GmbH\b|AB\b|AS\b|og [Ss]øn\b|& [Ss]øn\b)"
)
_AMP_BEFORE = re.compile(r"&[ \t]*$")
_POSTCODE_BEFORE = re.compile(r"(?<![\d.,-])\d{4}[ \t]+$")

_RELATIONS = (
    "mor moren moderen moder far faren faderen fader søn sønnen datter datteren ægtefælle ægtefællen hustru "
    "hustruen mand manden kone konen samlever samleveren kæreste kæresten barn barnet barnets eleven elev "
    "patienten borgeren naboen nabo bror broren broderen søster søsteren halvbror halvsøster plejemor plejefar "
    "plejebarn plejebarnet stedmor stedfar bedstemor bedstefar mormor morfar farmor farfar onkel onklen tante "
    "tanten fætter fætteren kusine kusinen nevø nevøen niece niecen barnebarn barnebarnet drengen pigen "
    "ansøgeren klageren partsrepræsentanten værgen lejeren udlejeren pårørende vennen veninden kollegaen "
    "lillebror lillesøster storebror storesøster tvillingebror tvillingesøster enken enkemanden afdøde "
    "familien fam ægteparret parret"
)
_RELATION_WORDS = frozenset(_RELATIONS.split())
_SALUTATIONS = frozenset("kære hej hejsa hallo goddag dear hi hello".split())
_HONORIFIC_WORDS = frozenset("hr fru frk herr mr mrs ms miss dr prof".split())
_CALLED_WORDS = frozenset("hedder kaldet kaldes".split())
_LINE_START_WORDS = frozenset("til att attention".split())
# The word right before a name (within the line): "Kære", "Hr.", "søn", "cand.psych.", "c/o", "hedder".
_WORD_BEFORE = re.compile(r"(?<![^\W\d_./])([^\W\d_][^\W\d_./]*\.?)(?:[ \t]*,)?[ \t]+$")
_ACADEMIC = re.compile(r"(?:cand|stud|mag|lic|dr)\.[a-zæøå]+\.?(?:[a-zæøå]+\.)?")
_LABELS = (
    "Navn|Fulde navn|Fuldt navn|Borgers navn|Borgerens navn|Borger|Ansøger|Ansøgers navn|Klager|Klagers navn|"
    "Pårørende|Nærmeste pårørende|Barn|Barnets navn|Elev|Elevens navn|Patient|Patientens navn|Mor|Far|Moder|"
    "Fader|Forælder|Forældre|Forældremyndighedsindehaver|Værge|Kontaktperson|Partsrepræsentant|Bisidder|"
    "Anmelder|Indberetter|Underretter|Lejer|Udlejer|Ejer|Part|Vidne|Ægtefælle|Samlever|Fornavn|Fornavne|"
    "Efternavn|Mellemnavn|Att|Attention|Underskrift|Underskrevet af|Sagsbehandler|Rådgiver|Kontakt|Afsender|"
    "Modtager|Ansvarlig|Udført af|Oprettet af|Skrevet af|Journalført af|Godkendt af|Behandler"
)
# A form label right before the value: "Navn: ", "Navn:\n", "Navn<TAB>", "Navn   ", or "Navn" alone on the line above.
_LABEL_BEFORE = re.compile(
    rf"(?<![^\W\d_])({_LABELS})[ \t]*\.?(?::[ \t]*(?:\n[ \t]*)?|\t+[ \t]*|[ ]{{3,}}|[ \t]*\n[ \t]*)$", re.IGNORECASE
)
_HEADER = re.compile(r"(?im)^[ \t>]*(Fra|Til|Cc|Bcc|From|To|Sendt af|Afsender|Modtager|Modtagere)[ \t]*:[ \t]*([^\n]*)")
_PARTICIPANTS = re.compile(
    r"(?im)^[ \t]*(Deltagere|Deltager|Til stede|Tilstede|Fremmødte|Deltog|Afbud|Fraværende|Referent|Mødeleder|"
    r"Ordstyrer|Kopi til|Parter|Involverede|Mødedeltagere|Øvrige deltagere)[ \t]*:[ \t]*"
)
_LIST_LINE = re.compile(r"[ \t]*[^\W\d_][^\n.!?]{0,60}")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+\S")
_SIGNATURE = re.compile(
    r"(?im)^[ \t]*(Med venlig hilsen|Med venlige hilsner|Venlig hilsen|Venlige hilsner|Mange hilsner|"
    r"Kærlig hilsen|Kærlige hilsner|Bedste hilsner|De bedste hilsner|Hilsen|Hilsner|Mvh|Vh|Kh|"
    r"Kind regards|Best regards|Regards)(?![^\W\d_])[ \t.,!]*"
)
_DISPLAY_NAME = re.compile(
    r"(?:^|(?<=[:;,\n]))[ \t]*[\"'“]?([^\n<>;,:\"'“”\[\]]{2,80}?)[\"'”]?[ \t]*(?:<|\[mailto:)[^<>\s@]+@[^<>\s\]]+[>\]]"
)
_CHAIN = re.compile(r"[ \t]+(?:og|samt|eller)[ \t]+|[ \t]*/[ \t]*")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])([a-zæøåäöüé][^\W\d_]*)(?![^\W\d_-])")
_DATE_BEFORE = re.compile(r"\d{1,2}\.?[ \t]*$")
_DATE_AFTER = re.compile(r"\.?[ \t]*(?:\d{2,4}\b)")


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    shape: int
    flags: int


@dataclass(frozen=True, slots=True)
class _Context:
    reason: str
    strength: int


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


class NameRuleDetector:
    """Rule and gazetteer person-name detector (see the module docstring)."""

    name = "names"

    def __init__(self, data_dir: Path | None = None) -> None:
        directory = data_dir if data_dir is not None else DEFAULT_DATA_DIR
        flags: dict[str, int] = {}

        def add(words: list[str], flag: int) -> None:
            for word in words:
                key = word.casefold()
                flags[key] = flags.get(key, 0) | flag

        first_names = read_list(directory / "da_first_names.txt")
        surnames = read_list(directory / "da_surnames.txt")
        add(first_names, FIRST)
        add(read_list(directory / "minority_first_names.txt"), MFIRST)
        add(surnames, SUR)
        # Both lists are sorted by frequency: a name further up the surname list is mainly a surname.
        first_rank = {n.casefold(): i for i, n in enumerate(first_names)}
        for i, name in enumerate(surnames):
            if first_rank.get(name.casefold(), i) > i:
                flags[name.casefold()] |= MAINLY_SUR
        add(read_list(directory / "minority_surnames.txt"), MSUR)
        for line in read_list(directory / "common_words.txt"):
            word, _, mark = line.partition("\t")
            add([word], COMMON | (FREQ_FIRST if mark.strip() == "fornavn" else 0))
        places = read_list(directory / "places.txt")
        add(places, PLACE)
        # Multi-word places ("Vester Skerninge", "Ruds Vedby"): the words are names on their own.
        self._multi_places: dict[str, list[tuple[str, ...]]] = {}
        for place in places:
            words = tuple(w.casefold() for w in place.split())
            if len(words) > 1:
                self._multi_places.setdefault(words[0], []).append(words[1:])
        add(read_list(directory / "vocabulary.txt"), VOCAB)
        add(sorted(TITLE_WORDS), TITLE)
        add(sorted(ORG_WORDS), ORG)
        add(sorted(NAMED_ORG_WORDS), NAMED_ORG)
        add(sorted(MONTHS), MONTH)
        add(sorted(WEEKDAYS), STOP)
        add(sorted(ROYAL_WORDS), ROYAL)
        # "Moren Birthe", "Hej Mor": a family word or an honorific is context, not a name ("Mor" is also
        # a rare surname).
        for word in _RELATIONS.split():
            flags[word] = VOCAB
        for word in HONORIFICS:
            flags[word] = STOP
        if not any(f & NAME_ANY for f in flags.values()):
            raise FileNotFoundError(f"no name lists in {directory} (run training/build_name_lists.py)")
        self._flags = flags
        self._cache: dict[str, int] = {}

    # -- tokens ---------------------------------------------------------------------------------

    def _word_flags(self, word: str) -> int:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if len(self._cache) > 200_000:
            self._cache.clear()
        f = self._lookup(word.casefold().rstrip("'’"), word.endswith(("'", "’")))
        self._cache[word] = f
        return f

    def _lookup(self, key: str, apostrophe: bool) -> int:
        table = self._flags
        f = table.get(key, 0)
        if f & NAME_ANY:
            if apostrophe and key.endswith(("s", "x", "z")):
                f |= GENITIVE  # "Jens'"
            # A name is not a title or an organisation word ("Bank", "Præst"); it stays a possible street
            # word ("Gade", "Have"), a month ("Maj") or a royal title ("Greve"): the run decides.
            return f & ~(VOCAB | TITLE | ORG)
        if f & NOT_NAME or f & (PLACE | MONTH):
            return f | _suffix_flags(key)
        # Genitive: "Hansens", "Birgittes", "Hansen's"; "Kommunens" is still an organisation word.
        base = ""
        if key.endswith(("'s", "’s")):
            base = key[:-2]
        elif key.endswith("s") and len(key) > 3:
            base = key[:-1]
        if base:
            bf = table.get(base, 0)
            if bf & NAME_ANY:
                return (bf & ~(VOCAB | TITLE | ORG | NAMED_ORG)) | GENITIVE
            if bf & (NOT_NAME | PLACE):
                return bf & (NOT_NAME | PLACE)
        if "-" in key:
            return self._hyphenated(key)
        return _suffix_flags(key)

    def _hyphenated(self, key: str) -> int:
        """'Holm-Jensen', 'Anne-Marie', 'al-Hassan', 'Ringkøbing-Skjern'."""
        parts = [p for p in key.split("-") if p]
        if not parts:
            return 0
        part_flags = [self._lookup(p, False) for p in parts]
        if any(pf & (ORG | NAMED_ORG) for pf in part_flags):
            return part_flags[-1] & (ORG | NAMED_ORG) or ORG
        if all(pf & PLACE for pf in part_flags) or any(pf & PLACE and not pf & NAME_ANY for pf in part_flags):
            return PLACE  # "Lyngby-Taarbæk", "Ringkøbing-Skjern"
        named = [pf for p, pf in zip(parts, part_flags, strict=True) if pf & NAME_ANY and not pf & COMMON]
        if not named:
            # "al-Hassan" with an unknown root is an unknown name word; "selv-stændig" is not a name
            if all(pf & (VOCAB | STOP) for pf in part_flags) and not _LOWER_PREFIX.match(parts[0]):
                return VOCAB
            return 0
        if all(pf & FIRST_ANY for pf in part_flags):
            return FIRST if any(pf & FIRST for pf in part_flags) else MFIRST
        last = part_flags[-1]
        return (last & SUR_ANY) or SUR

    def _tokens(self, text: str) -> list[_Tok]:
        blocked = _email_and_url_spans(text)
        starts = [b[0] for b in blocked]
        toks: list[_Tok] = []
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if blocked:
                i = bisect.bisect_right(starts, s) - 1
                if i >= 0 and blocked[i][1] > s:
                    continue
            word = m.group()
            if m.lastgroup == "ini":
                toks.append(_Tok(s, e, word, INITIAL, 0))
                continue
            if word[-1] in "'’" and not word[:-1].endswith(("s", "x", "z", "S", "X", "Z")):
                word = word[:-1]  # a closing quote, not a genitive apostrophe
                e -= 1
            first = word[0]
            if first.isupper():
                if len(word) == 1 or _LOWER_TAIL.search(word) or _digit_next(text, s, e):
                    toks.append(_Tok(s, e, word, 0, 0))  # "Texas-senatoren", "Maya-indianerne": not a name
                    continue
                if word.isupper():
                    if _ROMAN.match(word):
                        toks.append(_Tok(s, e, word, UPPER, ROMAN))
                        continue
                    flags = self._word_flags(word)
                    toks.append(_Tok(s, e, word, UPPER, flags))
                else:
                    toks.append(_Tok(s, e, word, CAP, self._word_flags(word)))
            elif word in PARTICLES:
                toks.append(_Tok(s, e, word, PARTICLE, 0))
            elif "-" in word and _LOWER_PREFIX.match(word.split("-", 1)[0]) and word.split("-", 1)[1][:1].isupper():
                toks.append(_Tok(s, e, word, CAP, self._word_flags(word)))  # "al-Hassan", "el-Sayed"
            else:
                toks.append(_Tok(s, e, word, 0, 0))
        return toks

    # -- detection ------------------------------------------------------------------------------

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language  # the lists hold the names of people living in Denmark, whatever the language
        if not text or not any(c.isupper() for c in text):
            return []
        anchored, zones = _contexts(text)
        scan = _Scan(text, anchored, zones, self._multi_places)
        run: list[_Tok] = []
        for tok in self._tokens(text):
            if not tok.shape:
                if run:
                    scan.run(run)
                    run = []
                continue
            if run and not _GAP.fullmatch(text, run[-1].end, tok.start):
                scan.run(run)
                run = []
            run.append(tok)
        if run:
            scan.run(run)
        return _without_overlaps(scan.found)


class _Scan:
    """One pass over a text: decides which runs of capitalised words are names."""

    def __init__(
        self,
        text: str,
        anchored: dict[int, _Context],
        zones: list[tuple[int, int, _Context]],
        multi_places: dict[str, list[tuple[str, ...]]],
    ) -> None:
        self.text = text
        self.multi_places = multi_places
        self.anchored = anchored
        self.zones = zones
        self.zone_starts = [z[0] for z in zones]
        self.found: list[Finding] = []

    def zone_at(self, pos: int) -> _Context | None:
        i = bisect.bisect_right(self.zone_starts, pos) - 1
        best: _Context | None = None
        for j in range(i, max(-1, i - 8), -1):  # zones may nest: a display name inside a header line
            s, e, ctx = self.zones[j]
            if s <= pos < e and (best is None or ctx.strength > best.strength):
                best = ctx
        return best

    def run(self, run: list[_Tok]) -> None:
        """Find the names in one run of capitalised words separated by single spaces."""
        text = self.text
        while run and run[-1].shape == PARTICLE:
            run = run[:-1]
        while run and run[0].shape == PARTICLE:
            run = run[1:]
        if not run:
            return
        if run[0].flags & PLACE and _POSTCODE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
            return  # "8225 Flemming": a town after its postcode, not the first name
        run = self.mark_places(run)
        # A company or a street or institution named after a person: nothing in the run is proposed.
        if _COMPANY_AFTER.match(text, run[-1].end) or _AMP_BEFORE.search(text, max(0, run[0].start - 3), run[0].start):
            return
        last = run[-1]
        if any(t.flags & NAMED_ORG and not t.flags & NAME_ANY for t in run):
            return  # "Jens Baggesens Vej", "N. Zahles Skole", "Vestergade"
        if len(run) > 1 and last.flags & NAMED_ORG and run[-2].flags & GENITIVE:
            return  # "Jens Baggesens Gade" ("Gade" is also a surname)
        if last.flags & GENITIVE and _next_word(text, last.end) in NAMED_ORG_WORDS:
            return  # "Jens Baggesens vej"
        # "Mette Hansen Aarhus Kommune": cut before the organisation and the place in front of it.
        for i, t in enumerate(run):
            if t.flags & ORG:
                cut = i
                if cut > 0 and (run[cut - 1].flags & PLACE or not run[cut - 1].flags & NAME_ANY):
                    cut -= 1
                run = run[:cut]
                break
        segment: list[_Tok] = []
        title: _Tok | None = None
        for i, t in enumerate(run):
            if t.flags & ROYAL and i + 1 < len(run):
                # "Kong Frederik", "Sankt Hans", "Dronning Margrethe": not a private person. ("Greve" at
                # the end of a run is a surname.)
                break
            if t.flags & ROMAN or (t.flags & (NOT_NAME | MONTH) and not t.flags & NAME_ANY):
                if segment and not t.flags & ROMAN:  # "Christian IV" is a king
                    self.segment(segment, title)
                segment = []
                title = t if t.flags & TITLE else None
                continue
            if t.flags & PLACE and not t.flags & NAME_ANY:
                if segment:
                    self.segment(segment, title)
                segment = []
                title = None
                continue
            segment.append(t)
        if segment:
            self.segment(segment, title)

    def mark_places(self, run: list[_Tok]) -> list[_Tok]:
        """The words of a multi-word place name in the run become places ("Øster Ulslev")."""
        if len(run) < 2 or not any(t.text.casefold() in self.multi_places for t in run[:-1]):
            return run
        out = list(run)
        for i, t in enumerate(run[:-1]):
            for tail in self.multi_places.get(t.text.casefold(), ()):
                words = tuple(x.text.casefold() for x in run[i + 1 : i + 1 + len(tail)])
                if words == tail:
                    for j in range(i, i + 1 + len(tail)):
                        out[j] = _Tok(run[j].start, run[j].end, run[j].text, run[j].shape, PLACE)
        return out

    def segment(self, seg: list[_Tok], title: _Tok | None) -> None:
        text = self.text
        # Context: anchored at the segment start, a zone around it, or a title right before it.
        ctx = self.anchored.get(seg[0].start) or _context_before(text, seg[0].start) or self.zone_at(seg[0].start)
        if ctx is None and title is not None:
            ctx = _Context(f"Navn efter titel «{title.text}»", STRONG)
        if ctx is None and _is_prev_royal(text, seg[0].start):
            return
        n = len(seg)
        i = 0
        while i < n:
            t = seg[i]
            span_ctx = ctx if i == 0 else self.anchored.get(t.start)
            if t.shape == INITIAL:
                j = i
                while j < n and seg[j].shape == INITIAL:
                    j += 1
                k = _extend(seg, j, 3)
                if k > j:
                    names = seg[j:k]
                    known_sur = [x for x in names if x.flags & SUR_ANY]
                    if span_ctx is not None and _acceptable(names, span_ctx):
                        self.emit(seg[i:k], 0.85, span_ctx.reason, span_ctx)
                    elif known_sur:
                        # "J.P. Hansen"; "K. Skov": after initials an ordinary word is a surname too
                        score = 0.7 if all(x.flags & COMMON for x in known_sur) else 0.8
                        self.emit(seg[i:k], score, "Forbogstav efterfulgt af efternavn fra navneliste", None)
                i = max(k, i + 1)
                continue
            if t.flags & FIRST_ANY and t.shape in (CAP, UPPER):
                k = _extend(seg, i + 1, 4, upper_ok=t.shape == UPPER)
                start = i
                prev = seg[i - 1] if i > 0 else None
                if prev is not None and prev.flags & SUR_ANY and not prev.flags & (COMMON | PLACE | MONTH):
                    start = i - 1  # surname first: "Nguyen Thi Lan"
                if self.accept_first(seg[start:k], t, span_ctx):
                    i = k
                    continue
                i += 1
                continue
            if t.flags & SUR_ANY and t.shape in (CAP, UPPER):
                k = _extend(seg, i + 1, 3, upper_ok=t.shape == UPPER)
                span = seg[i:k]
                if span_ctx is not None and _acceptable(span, span_ctx):
                    self.emit(span, 0.85, span_ctx.reason, span_ctx)
                    i = k
                    continue
                known = [x for x in span if x.flags & NAME_ANY and not x.flags & (COMMON | PLACE)]
                if len(span) >= 2 and len(known) == len(span) and all(x.shape == CAP for x in span):
                    then_first = any(x.flags & FIRST_ANY for x in span[1:])
                    reason = "Efternavn og fornavn fra navneliste" if then_first else "Efternavne fra navneliste"
                    self.emit(span, 0.6, reason, None)
                    i = k
                    continue
                if t.shape == CAP and not t.flags & (COMMON | PLACE | MONTH):
                    self.emit([t], 0.5, _list_reason(t, "Efternavn"), None)
                i += 1
                continue
            if span_ctx is not None and t.shape == CAP and not t.flags & (PLACE | MONTH):
                k = _extend(seg, i + 1, 3)
                span = seg[i:k]
                if _acceptable(span, span_ctx):
                    self.emit(span, 0.8, span_ctx.reason, span_ctx)
                    i = k
                    continue
            i += 1

    def accept_first(self, span: list[_Tok], first: _Tok, ctx: _Context | None) -> bool:
        """A span anchored on a known first name: "Jens Hansen", "Bo Skov", "Mette", "Storm"."""
        text = self.text
        rest = span[span.index(first) + 1 :]
        if first.shape == UPPER:
            # "JENS HANSEN" in a heading or a form: both words must be known names.
            if first.flags & COMMON or not rest or not all(x.flags & NAME_ANY for x in rest):
                return False
            self.emit(span, 0.8, ctx.reason if ctx else "Fornavn og efternavn fra navneliste (DST)", ctx)
            return True
        dated = bool(first.flags & MONTH) and not rest and _date_context(text, first)
        if ctx is not None and not dated:
            self.emit(span, 0.9, ctx.reason, ctx)
            return True
        if first.flags & MONTH and (not rest or dated):
            return False  # "1. august", "August 2024"
        lst = "(minoritetsnavne)" if first.flags & FIRST_ANY == MFIRST else "(DST)"
        if first.flags & COMMON:
            # "Bo Hansen", "Hans Christian": an ordinary word as first name needs a listed name after it.
            nxt = rest[0].flags if rest else 0
            if (nxt & SUR_ANY and not nxt & PLACE) or (nxt & FIRST_ANY and not nxt & COMMON):
                self.emit(span, 0.75, f"Fornavn fra navneliste {lst} efterfulgt af efternavn", None)
                return True
            alone_mid_sentence = (
                not rest
                and first.flags & FREQ_FIRST
                and not first.flags & GENITIVE
                and not _sentence_initial(text, first.start)
                and text[first.end : first.end + 1] != "-"
            )
            if alone_mid_sentence:
                reason = f"Fornavn fra navneliste {lst} med stort begyndelsesbogstav midt i sætningen"
                self.emit(span, 0.45, reason, None)
                return True
            return False
        if rest:
            if any(x.flags & NAME_ANY and not x.flags & MONTH for x in rest):
                self.emit(span, 0.9, f"Fornavn fra navneliste {lst} efterfulgt af efternavn", None)
            else:
                reason = f"Fornavn fra navneliste {lst} efterfulgt af ord med stort begyndelsesbogstav"
                self.emit(span, 0.8, reason, None)
            return True
        if first.flags & MAINLY_SUR:
            if first.flags & PLACE:
                return False
            self.emit(span, 0.5, _list_reason(first, "Efternavn"), None)
            return True
        self.emit(span, 0.6, _list_reason(first, "Fornavn"), None)
        return True

    def emit(self, span: list[_Tok], score: float, reason: str, ctx: _Context | None) -> None:
        while span and span[-1].shape == PARTICLE:
            span = span[:-1]
        if not span:
            return
        text = self.text
        start, end = span[0].start, span[-1].end
        if span[-1].flags & GENITIVE:
            reason += " (ejefald)"
        self.found.append(Finding(Entity.PERSON, start, end, text[start:end], score, "NameRuleDetector", reason))
        if ctx is not None and ctx.strength >= STRONG:
            # "Kære Jens og Mette", "sønnerne Storm, Ask og Bo": the next name shares the context.
            m = _CHAIN.match(text, end)
            if m and m.end() not in self.anchored:
                self.anchored[m.end()] = ctx


def _contexts(text: str) -> tuple[dict[int, _Context], list[tuple[int, int, _Context]]]:
    """Positions where a name may start (after «Kære», «Navn:», ...) and zones that hold names."""
    anchored: dict[int, _Context] = {}

    def anchor(pos: int, reason: str, strength: int) -> None:
        if pos not in anchored or anchored[pos].strength < strength:
            anchored[pos] = _Context(reason, strength)

    for m in _SIGNATURE.finditer(text):
        reason = f"Navn i underskrift efter «{m.group(1)}»"
        pos = m.end()
        eol = text.find("\n", pos)
        rest = text[pos : eol if eol >= 0 else len(text)]
        if rest.strip():
            anchor(pos, reason, MEDIUM)
            continue
        # The name is on the next non-empty line (at most two blank lines below).
        nxt = pos
        for _ in range(4):
            nl = text.find("\n", nxt)
            if nl < 0:
                break
            nxt = nl + 1
            line_end = text.find("\n", nxt)
            line = text[nxt : line_end if line_end >= 0 else len(text)]
            if line.strip():
                anchor(nxt + len(line) - len(line.lstrip()), reason, MEDIUM)
                break

    zones: list[tuple[int, int, _Context]] = []
    for m in _HEADER.finditer(text):
        label = m.group(1).capitalize()
        ctx = _Context(f"Navn i e-mailhoved efter «{label}:»", PAIR)
        if m.group(2).strip():
            zones.append((m.start(2), m.end(2), ctx))
        else:
            nl = m.end()
            line_end = text.find("\n", nl + 1)
            zones.append((nl, line_end if line_end >= 0 else len(text), ctx))
    for m in _PARTICIPANTS.finditer(text):
        ctx = _Context(f"Navn i deltagerliste efter «{m.group(1).capitalize()}:»", STRONG)
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        empty_first = not text[start:end].strip()
        lines = 0
        while end < len(text) and lines < 30:
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[end + 1 : line_end]
            # The list goes on in bullet lines, or (after an empty label line) in short lines that hold
            # no sentence: "Jens Hansen, far". A line of running text ends it.
            if not line.strip() or ":" in line:
                break
            if not _BULLET_LINE.match(line) and not (empty_first and _LIST_LINE.fullmatch(line)):
                break
            end = line_end
            lines += 1
        zones.append((start, end, ctx))
    for m in _DISPLAY_NAME.finditer(text):
        # "skriv til Jens Hansen <jh@example.dk>": the display name starts after the last lower-case word.
        start = m.start(1)
        for w in _LOWER_WORD.finditer(m.group(1)):
            if w.group(1) not in PARTICLES:
                start = m.start(1) + w.end()
        zones.append((start, m.end(1), _Context("Navn i e-mailhoved før e-mailadressen", PAIR)))
    zones.sort(key=lambda z: z[0])
    return anchored, zones


def _suffix_flags(key: str) -> int:
    """'Sidegade', 'Brændkjærskolen': a street or an institution; 'Socialforvaltningen': an organisation."""
    if key.endswith(NAMED_ORG_SUFFIXES) and len(key) > 5:
        return NAMED_ORG
    if key.endswith(ORG_SUFFIXES) and len(key) > 6:
        return ORG
    return 0


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Sorted findings, the longer kept where two overlap (linear: core's resolve_overlaps is quadratic,
    and a long document has thousands of names)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            if f.end - f.start > out[-1].end - out[-1].start:
                out[-1] = f
            continue
        out.append(f)
    return out


def _email_and_url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and web addresses: names in them are the e-mail recognizer's."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    at = text.find("@")
    while at >= 0:
        left = _EMAIL_LEFT.search(text, max(0, at - 80), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    spans.sort()
    return spans


def _context_before(text: str, pos: int) -> _Context | None:
    """The context word or label right before a name that starts at `pos`, if any."""
    ws = max(0, pos - 80)
    window = text[ws:pos]
    if not window:
        return None
    m = _LABEL_BEFORE.search(window)
    if m:
        sep = m.group(0)[len(m.group(1)) :]
        # "Navn: Jens", "Navn<TAB>Jens"; a label without a colon must begin its line ("Navn\nJens").
        if ":" in sep or "\t" in sep or _at_line_start(text, ws + m.start()):
            return _Context(f"Navn efter «{m.group(1).capitalize()}{':' if ':' in sep else ''}»", STRONG)
    m = _WORD_BEFORE.search(window)
    if not m:
        return None
    word = m.group(1)
    key = word.rstrip(".").casefold()
    if key in _SALUTATIONS:
        return _Context(f"Navn efter «{word.capitalize()}»", STRONG)
    if key in _HONORIFIC_WORDS:
        return _Context(f"Navn efter «{word}»", STRONG)
    if key in _RELATION_WORDS:
        return _Context(f"Navn efter «{key}»", STRONG)
    if key in _CALLED_WORDS or (key in ("navn", "navnet") and window[: m.start()].rstrip().endswith((" ved", " med"))):
        return _Context(f"Navn efter «{key}»", STRONG)
    if key in ("c/o", "v/") or _ACADEMIC.fullmatch(word):
        return _Context(f"Navn efter «{word}»", STRONG)
    if key in _LINE_START_WORDS and _at_line_start(text, ws + m.start()):
        return _Context(f"Navn efter «{word}»", MEDIUM)
    return None


def _at_line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _extend(seg: list[_Tok], j: int, limit: int, upper_ok: bool = False) -> int:
    """End index of up to `limit` name words from seg[j] (particles and initials between them allowed).

    An all-capitals word joins only if it is a known name ("Jens HANSEN") or the name is in capitals.
    """
    k = j
    words = 0
    n = len(seg)
    while k < n and words < limit:
        t = seg[k]
        if t.shape == PARTICLE:
            if k + 1 < n and seg[k + 1].shape in (CAP, UPPER):
                k += 1
                continue
            break
        if t.shape == INITIAL:
            k += 1  # middle initial: "Jens P. Hansen"
            continue
        if t.flags & (PLACE | MONTH) and not t.flags & NAME_ANY:
            break
        if t.shape == UPPER and not upper_ok and not t.flags & NAME_ANY:
            break
        k += 1
        words += 1
    while k > j and seg[k - 1].shape == PARTICLE:
        k -= 1
    return k


def _acceptable(span: list[_Tok], ctx: _Context) -> bool:
    """In context: STRONG takes an unknown word, PAIR two, MEDIUM needs one word from the name lists."""
    if all(t.flags & PLACE and not t.flags & NAME_ANY for t in span):
        return False
    if any(t.flags & NAME_ANY for t in span):
        return True
    caps = sum(1 for t in span if t.shape == CAP)
    return caps >= 1 if ctx.strength >= STRONG else caps >= 2 if ctx.strength >= PAIR else False


def _list_reason(tok: _Tok, kind: str) -> str:
    minority = tok.flags & (MFIRST if kind == "Fornavn" else MSUR) and not tok.flags & (
        FIRST if kind == "Fornavn" else SUR
    )
    return f"{kind} fra navneliste ({'minoritetsnavne' if minority else 'DST'})"


def _digit_next(text: str, start: int, end: int) -> bool:
    """'Dokk1', 'B12': a word glued to a number is a code, not a name."""
    return (end < len(text) and text[end].isdigit()) or (start > 0 and text[start - 1].isdigit())


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[ \t]+([^\W\d_]+)", text[pos : pos + 40])
    return m.group(1).casefold() if m else ""


def _is_prev_royal(text: str, pos: int) -> bool:
    m = re.search(r"([^\W\d_]+)\.?[ \t]+$", text[max(0, pos - 20) : pos])
    return bool(m and m.group(1).casefold() in ROYAL_WORDS)


def _date_context(text: str, tok: _Tok) -> bool:
    return bool(_DATE_BEFORE.search(text, max(0, tok.start - 6), tok.start) or _DATE_AFTER.match(text, tok.end))
