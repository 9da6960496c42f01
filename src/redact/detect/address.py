"""Danish street addresses: street name, house number, floor/door, and the postcode and town.

The detector anchors on a house number that follows a word on the same line, then reads the
words before it to decide whether they form a street name:

* one word ending in a street suffix ("Vestergade", "Birkevænget", "Storgatan"), optionally
  after prefix words or a place name ("Gammel Kongevej", "Store Kongensgade", "Roskilde Landevej");
* capitalised words ending in a head word ("Jens Baggesens Vej", "H.C. Andersens Boulevard");
* "Ved"/"Bag" + a word ("Ved Kirken 3");
* any capitalised word, but only when a valid postcode and its town follow ("Kastanjen 3, 4000 Roskilde").

A following postcode + town (same line, or the next line) joins the finding, as does a known town
name right after a comma ("Bredgade 5, Slagelse"). A street without a house number is a public
place and a postcode + town alone is a town; neither is proposed. Postboxes ("Postboks 123") and
c/o lines are proposed too; a c/o right before an address joins it.
Suffixes, heads, prefixes, place names and postcodes come from resources/addresses/, built by
training/build_address_data.py from DAWA reference data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from redact import paths
from redact.core.entity import Entity
from redact.core.finding import Finding

SCORE_WITH_POSTCODE = 0.85
SCORE_GENERIC_WITH_POSTCODE = 0.8  # the street name itself is unknown; the postcode carries it
SCORE_STREET = 0.7
SCORE_WEAK_STREET = 0.65  # suffix also common in surnames (Nørgaard, Birkelund)
SCORE_POSTBOX = 0.7
SCORE_CARE_OF = 0.6

REASON_FULL = "Vejnavn med husnummer og postnummer/by – ligner en privat adresse"
REASON_STREET = "Vejnavn efterfulgt af husnummer – ligner en adresse"
REASON_GENERIC = "Navn med husnummer efterfulgt af gyldigt postnummer og by – ligner en adresse"
REASON_POSTBOX = "Postboks med nummer – del af en postadresse"
REASON_CARE_OF = "c/o-angivelse – del af en postadresse"
REASON_RESIDENCE = "Navn med husnummer efter «bor på», «flyttet til» eller «Adresse:» – ligner en adresse"

_UP = "A-ZÆØÅÄÖÜÉ"
_LO = "a-zæøåäöüéèáí"

# A house number follows a word (or an abbreviation's dot) after spaces on the same line.
_ANCHOR_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.'’]))[ \t\u00a0]+(?=[1-9])")

# House number: 12, 12A, 12 B, 12-14. Not part of a longer number, a decimal or a word.
_HOUSE_RE = re.compile(
    r"""
    [1-9]\d{0,2}(?:[A-Za-z](?![^\W_]))?
    (?:[ \t]?-[ \t]?[1-9]\d{0,2}(?:[A-Za-z](?![^\W_]))?)?
    (?:[ \t][A-HJ-Z](?![^\W_]|[/&'’-]|\.[^\W\d_]))?
    (?!\d|[.,]\d|-\d|[^\W_])
    """,
    re.VERBOSE,
)

# Honorifics that may stand before the name in a signature's name line ("Dr. Kari Nordmann").
_HONORIFIC_WORDS = frozenset("Dr Prof Hr Fru Frk Herr Fr Adv Cand".split())
# A line of a person's name: two to four capitalised words (a hyphen, an initial), nothing else.
_NAME_LINE = re.compile(
    rf"[ \t]*(?:(?:{'|'.join(sorted(_HONORIFIC_WORDS))})\.?[ \t]+)?"
    r"(?:[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+(?:-[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+)?|[A-ZÆØÅÄÖ]\.)"
    r"(?:[ \t]+(?:[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+(?:-[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+)?|[A-ZÆØÅÄÖ]\.)){1,3}[ \t]*"
)


def _under_a_name(text: str, line_start: int, end: int) -> bool:
    """Whether the street and house number are a line of their own right under a line that is a
    person's name with a first name on the lists: the address block of a signature or a letter
    ("Kari Nordmann / Bøespranget 97B"), where no postcode need follow."""
    line_end = text.find("\n", end)
    if text[end : line_end if line_end >= 0 else len(text)].strip(" \t,."):
        return False  # more on the line than the street and its number
    if line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    if not _NAME_LINE.fullmatch(above):
        return False
    from redact.detect.evidence import name_evidence

    street = text[line_start:end].split()
    evidence = [name_evidence("da"), name_evidence("no")]
    if len(street) == 2 and any(
        e.frequent(street[0].lower(), lang) for e, lang in zip(evidence, ("da", "nb"), strict=True)
    ):
        return False  # "Sak 12", "Side 4", "Punkt 3": a word of the document and its number
    first = next((w for w in above.split() if w.rstrip(".") not in _HONORIFIC_WORDS), "")
    return any(e.known_name(first) for e in evidence)


# Words that say the address after them is where someone lives, lived or moved to (Danish, Norwegian
# bokmål and nynorsk, Swedish), right before the street on its line; or a form's address label.
_RESIDENCE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:bor|bur|boede|bodde|budde|bosat|bosatt|folkeregistrert|folkbokförd|folkbokford|"
    r"flyttet|flyttede|flytter|flytta|flyttat|flyttade|flyttar|tilflyttet|fraflyttet)"
    r"(?:[ \t]+(?:nu|nå|no|også|fortsatt|fortfarande|stadig|stadigvæk|fremdeles))?"
    r"[ \t]+(?:på|i|til|till|paa|ved|vid|fra|frå|från)"
    r"|(?:^|(?<=[ \t]))(?:adresse|adressen|adress|bopæl|bopel|bosted|bustad|bostad|postadresse|postadress|"
    r"hjemmeadresse|privatadresse|bostadsadress|folkbokföringsadress)[ \t]*:)[ \t]+$",
    re.IGNORECASE | re.MULTILINE,
)
# A number followed by one of these is a quantity, not a house number ("Toft 45 år", "12 kr.").
_QUANTITY_RE = re.compile(
    r"[ \t]*(?:%|‰|kr\b|kr\.|dkk\b|mio\b|mia\b|år\b|års\b|dage?\b|døgn\b|timer?\b|uger?\b|måneder?\b|mdr\b"
    r"|stk\b|gange\b|personer\b|m2|m²|km\b|meter\b|min\b|minutter\b|procent\b|point\b|sider?\b|ansatte\b"
    r"|børn\b|elever\b|borgere\b)",
    re.IGNORECASE,
)
# Phone numbers in 2-digit groups after a name ("Nørgaard 12 34 56 78").
_PHONE_AFTER_RE = re.compile(r"[ \t]+\d{2}[ \t]?\d{2}[ \t]?\d{2}(?!\d)")

_SIDE = r"(?:tv|th|mf)(?![^\W_])\.?"
_DOOR = r"(?:dør[ \t]*)?\d{1,3}(?!\d|[.,]\d|[^\W_])"
_FLAT = (
    r"(?:(?:lejl(?:\.|ighed)|vær(?:\.|else))[ \t]*(?:nr\.?[ \t]*)?\d{1,4}(?!\d)"
    # Swedish flat numbers ("lgh 1102") and Norwegian bolignummer ("H0203")
    r"|(?:lgh\.?|lägenhet)[ \t]*(?:nr\.?[ \t]*)?\d{4}(?!\d)|H\d{4}(?!\d))"
)
_UNIT_RE = re.compile(
    rf"""
    (?:[ \t]*,[ \t]*|[ \t]+)
    (?:
        (?:
            (?:st|kld|\d{{1,2}})\.?[ \t]*(?:sal\.?[ \t]*)?,?[ \t]*{_SIDE}          # 1. th, st. tv, 1.th, 1. sal tv
          | kl\.?[ \t]*,?[ \t]*{_SIDE}                                              # kl. th
          | \d{{1,2}}\.[ \t]*(?:sal(?![^\W_])\.?)?[ \t]*,?[ \t]*{_DOOR}             # 4. 12
          | \d{{1,2}}\.[ \t]*sal(?![^\W_])\.?                                       # 2. sal
          | st(?![^\W_])\.?                                                         # st.
          | kl(?![^\W_])(?![ \t]*\.?[ \t]*\d)\.?                                    # kl. (never 'kl. 14')
          | \d{{1,2}}\.(?=[ \t]*(?:,|\r?\n|$|\d{{4}}[ \t]))                         # 1. (then end or postcode)
        )
        (?:[ \t]*,?[ \t]*{_FLAT})?
      | {_FLAT}
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Separator and postcode after the address: ", 8000 ", " 8000 ", "\n8000 ", ", DK-8000 ".
_POSTCODE_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*,?[ \t]*\r?\n[ \t]*)(?:DK[ \t]?-?[ \t]?)?(?P<pc>\d{4})[ \t]+(?=[^\W\d_])"
)

# Swedish postcodes: five digits, usually "723 48", sometimes "SE-723 48".
_POSTCODE_SV_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*,?[ \t]*\r?\n[ \t]*)(?:SE?[ \t]?-?[ \t]?)?"
    r"(?P<pc>\d{3}[ \t]?\d{2})[ \t]+(?=[^\W\d_])"
)

_TOWN_AFTER_RE = re.compile(r"[ \t]*,[ \t]*([^\W\d_]+(?:[ \t-]+[^\W\d_]+){0,2})")
_LETTERS_RE = re.compile(r"[^\W\d_]+")

_POSTBOX_RE = re.compile(
    r"(?<![^\W_])(?:postboks|postbox|p\.?[ \t]?o\.?[ \t]?box|pb\.)[ \t]*(?:nr\.?[ \t]*)?\d{1,5}(?![^\W_])",
    re.IGNORECASE,
)

_NAME_TOKEN = rf"[{_UP}][\w.'’-]*"
_CARE_OF = rf"(?i:c/o)[ \t]+{_NAME_TOKEN}(?:[ \t]+(?:{_NAME_TOKEN}|og|&|von|van|de|la))" + "{0,4}"
_CARE_OF_RE = re.compile(rf"(?<![\w/]){_CARE_OF}")
_CARE_OF_SAME_LINE_RE = re.compile(rf"(?<![\w/]){_CARE_OF}[ \t]*,[ \t]*$")
_CARE_OF_LINE_RE = re.compile(rf"[ \t]*{_CARE_OF}[ \t]*,?[ \t]*\r?\n[ \t]*$")

_CHUNK_RE = re.compile(r"\S+")
_CAPWORD_RE = re.compile(rf"(?:[{_UP}]\.){{0,3}}[{_UP}](?:[{_LO}]*|[{_UP}]*)(?:[-'’][{_UP}{_LO}]+)*\.?")
_INITIALS_RE = re.compile(rf"(?:[{_UP}]\.){{1,3}}|[{_UP}]")
_LOWER_RE = re.compile(rf"[{_LO}]+(?:-[{_LO}]+)*")
_OPENERS = "([{\"'„“”«»‘’<"

# Capitalised words that never belong to a street name: pronouns, function words that start
# sentences, and labels in forms, letters and e-mail headers.
_STOP = frozenset(
    """
    jeg du han hun vi i de den det der dem deres dette disse her hvis når som og men eller til fra hos på
    om med af for efter før se jf jf. adresse adressen adr adr. bopæl bopælen bopælsadresse postadresse
    hjemmeadresse folkeregisteradresse nuværende tidligere tlf tlf. telefon mobil fax email e-mail
    mail emne sendt cc bcc att att. vedr vedr. vedrørende kære hej mvh venlig hilsen navn sag sagen sagsnr
    sagsnr. journalnr j.nr. bilag side stk stk. nr nr. lov loven kapitel afsnit punkt tabel figur kl kl.
    dato modtager afsender borger borgeren ansøger ansøgeren klager klageren part parten kommune kommunen
    region regionen bolig boligen lejlighed lejligheden ejendom ejendommen matr matr. matrikel opgang
    beløb pris version cvr p-nr konto reg reg. uge dag år trin niveau klasse gruppe etape fase runde model
    type boks postboks fremsendt sendes flyttet flytter bor boede adresseændring vej gade
    """.split()
)
# Words with a street suffix that are ordinary words or names.
_DENY = frozenset(
    """
    danmark kristi brigade børnehave børnehaven drengen pengen rådhus sygehus arbejdsplads studieplads
    praktikplads parkeringsplads legeplads vuggestueplads børnehaveplads plejeplads dagplads pladsen
    palle kalle halle valle alle nationalparken sparbanken nationalbanken andelsbanken omvej motorvej
    vej gade plads torv
    """.split()
)
# Definite forms that are streets on their own ("Vænget 12", "Torvet 2").
_SINGLE_DEFINITE_DENY = frozenset({"parken", "haven", "gården", "gaarden", "skoven", "stranden", "banken", "pladsen"})
_PARTICLES = frozenset({"den", "af", "von", "van", "de", "la", "le", "du", "d'"})
_LOWER_HEADS = frozenset(
    {"vej", "gade", "allé", "alle", "gate", "gata", "gatan", "vei", "veg", "väg", "vägen", "veien", "plads"}
)
_WITH_OR_BAG = frozenset({"Ved", "Bag", "VED", "BAG"})
# First names that look like genitives; before a street word they are a person, not the street
# ("til Jens Vestergade 12" is rare, but "Kongens Nytorv" and "Mathiesens Enghave" are streets).
_S_NAMES = frozenset(
    """
    hans jens lars niels anders mads klaus claus thomas andreas jonas lukas lucas elias tobias mathias
    matthias nicolas marius julius magnus rasmus markus marcus agnes iris doris ines ulrikkes jes kris
    """.split()
)
# Endings of Danish village and farm names: "Svanholm Mark", "Rendebæk Strand", "Vagtbjerg Klit".
_PLACE_ENDINGS = tuple(
    """
    rup strup trup torp by bæk lev sted holm bjerg høj lund skov sø dam næs havn bakke gård gaard mose dal ved bro
    """.split()
)
# Common abbreviations of town names: in a town pattern after a postcode, and as lookup keys.
_CITY_ALIASES = {
    "københavn": r"(?:københavn|kbh\.?|kbhvn\.?)",
    "kongens": r"(?:kongens|kgs\.?)",
    "kgs.": r"(?:kongens|kgs\.?)",
    "frederiksberg": r"(?:frederiksberg|frb\.?)",
}
_TOWN_WORD_ALIASES = {"kgs": "kongens", "kbh": "københavn", "kbhvn": "københavn", "frb": "frederiksberg"}


def default_data_dir() -> Path:
    return paths.resources_dir() / "addresses"


@dataclass(frozen=True)
class AddressData:
    postcodes: dict[str, str]
    suffixes: dict[str, str]  # suffix -> "strong" | "weak"
    suffix_lengths: tuple[int, ...]  # longest first
    heads: dict[str, str]  # casefolded head word -> "strong" | "qualified"
    prefixes: frozenset[str]
    places: frozenset[str]
    town_names: frozenset[str]
    postcode_digits: int = 4  # 4 in Denmark and Norway, 5 in Sweden
    _towns: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def suffix_kind(self, word: str) -> tuple[str, str] | None:
        """(suffix, kind) of the longest street suffix `word` ends with, the word being longer."""
        low = word.lower()
        for n in self.suffix_lengths:
            if len(low) > n and low[-n:] in self.suffixes:
                return low[-n:], self.suffixes[low[-n:]]
        return None

    def town_pattern(self, postcode: str) -> re.Pattern[str] | None:
        pattern = self._towns.get(postcode)
        if pattern is None:
            town = self.postcodes.get(postcode)
            if town is not None:
                pattern = _compile_town(town)
            else:
                nearest = self._nearest_town(postcode)
                if nearest is None:
                    return None
                # a postbox code of "København K" may stand with any district: "1024 København V"
                pattern = _compile_town(nearest.split()[0], any_district=True)
            self._towns[postcode] = pattern
        return pattern

    def is_town(self, name: str) -> bool:
        """An official town name, or one without its district letters ("Aarhus" for "Aarhus C")."""
        return _town_key(name) in self.town_names

    def _nearest_town(self, postcode: str) -> str | None:
        """Town of the closest lower code at most 100 below: postbox-only codes missing from the
        list ("8100 Aarhus C", "5100 Odense C") carry the name of the town they serve."""
        code = int(postcode)
        for lower in range(code - 1, max(code - 101, -1), -1):
            town = self.postcodes.get(f"{lower:04d}")
            if town is not None:
                return town
        return None


def _token_pattern(token: str) -> str:
    low = token.lower()
    if low in _CITY_ALIASES:
        return _CITY_ALIASES[low]
    out: list[str] = []
    i = 0
    while i < len(low):
        if low.startswith("aa", i):
            out.append("(?:aa|å)")
            i += 2
        elif low[i] == "å":
            out.append("(?:å|aa)")
            i += 1
        else:
            out.append(re.escape(low[i]))
            i += 1
    return "".join(out)


def _compile_town(town: str, any_district: bool = False) -> re.Pattern[str]:
    """The official town name, matched case-insensitively; trailing words may be left out
    ("8000 Aarhus" for "Aarhus C"), 'aa' and 'å' are interchangeable, a few abbreviations allowed."""
    tokens = [_token_pattern(t) for t in town.replace("-", " ").split()]
    tail = r"(?:[ \t]+(?:nv|nø|sv|sø|[nsøvckmj]))?" if any_district else ""
    for t in reversed(tokens[1:]):
        tail = rf"(?:[ \t-]+{t}{tail})?"
    return re.compile(tokens[0] + tail + r"(?![^\W_])", re.IGNORECASE)


def _town_key(name: str) -> str:
    words = name.casefold().replace("-", " ").replace(".", " ").split()
    return " ".join(_TOWN_WORD_ALIASES.get(w, w) for w in words).replace("aa", "å")


def _town_names(postcodes: dict[str, str]) -> frozenset[str]:
    names: set[str] = set()
    for town in postcodes.values():
        names.add(_town_key(town))
        m = re.fullmatch(r"(.+?) [A-ZÆØ]{1,2}", town)
        if m:
            names.add(_town_key(m.group(1)))
    return frozenset(names)


def _read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=4)
def load_address_data(data_dir: Path) -> AddressData:
    postcodes: dict[str, str] = {}
    for line in _read_lines(data_dir / "postnumre.tsv"):
        code, town = line.split("\t")[:2]
        postcodes[code] = town
    suffixes: dict[str, str] = {}
    for line in _read_lines(data_dir / "street_suffixes.tsv"):
        suffix, kind = line.split("\t")[:2]
        suffixes[suffix.lower()] = kind
    heads: dict[str, str] = {}
    for line in _read_lines(data_dir / "street_heads.tsv"):
        head, kind = line.split("\t")[:2]
        heads[head.casefold()] = kind
    return AddressData(
        postcodes=postcodes,
        suffixes=suffixes,
        suffix_lengths=tuple(sorted({len(s) for s in suffixes}, reverse=True)),
        heads=heads,
        prefixes=frozenset(_read_lines(data_dir / "street_prefixes.txt")),
        places=frozenset(_read_lines(data_dir / "places.txt")),
        town_names=_town_names(postcodes),
        postcode_digits=5 if postcodes and all(len(c) == 5 for c in postcodes) else 4,
    )


@dataclass(frozen=True, slots=True)
class _Street:
    start: int
    kind: str  # "strong" | "weak" | "generic"


def _is_capword(word: str) -> bool:
    return _CAPWORD_RE.fullmatch(word) is not None and word.casefold() not in _STOP


def _is_genitive(word: str) -> bool:
    """A genitive that can name a street ("Baggesens", "Kongens"), not a first name ending in -s."""
    w = word.rstrip(".")
    return len(w) > 2 and w.endswith(("s", "S")) and w.lower() not in _S_NAMES


class AddressDetector:
    name = "AddressDetector"

    default_data_dir = staticmethod(default_data_dir)

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data = load_address_data((data_dir or default_data_dir()).resolve())

    # ---- public -------------------------------------------------------------------------------

    def detect(self, text: str, language: str) -> list[Finding]:
        """Addresses in `text`. The rules are Danish; Norwegian/Swedish suffixes ('Storgata 5',
        'Storgatan 12') are recognised in any language."""
        findings: list[Finding] = []
        last_end = 0
        for m in _ANCHOR_RE.finditer(text):
            if m.start() < last_end:
                continue
            f = self._address_at(text, m.start(), m.end())
            if f is not None:
                findings.append(f)
                last_end = f.end
        findings.extend(self._postboxes(text, findings))
        findings.extend(self._care_of(text, findings))
        return sorted(findings, key=lambda f: (f.start, f.end))

    # ---- street + house number ----------------------------------------------------------------

    def _address_at(self, text: str, word_end: int, number_start: int) -> Finding | None:
        house = _HOUSE_RE.match(text, number_start)
        if house is None:
            return None
        end = house.end()
        if _QUANTITY_RE.match(text, end) or _PHONE_AFTER_RE.match(text, end):
            return None
        line_start = text.rfind("\n", 0, word_end) + 1
        street = self._street_before(text, word_end, line_start)
        if street is None:
            return None
        unit = _UNIT_RE.match(text, end)
        if unit is not None:
            end = unit.end()
        post_end = self._postcode_after(text, end)
        residence = False
        if street.kind == "generic" and post_end is None:
            # "familien bor i Solheimmarka 3", "flyttet til Larsenvika 9A": where someone lives, in
            # any language's street naming; a town there ("bor i Oslo 2 år") is no street.
            residence = _RESIDENCE_BEFORE.search(text, line_start, street.start) is not None
            signed = not residence and _under_a_name(text, line_start, end)  # shown as a street: it is one
            if not (residence or signed) or self._names_a_town(text, street.start, word_end):
                return None
        if post_end is None:
            end = self._town_after(text, end) or end
        start = self._care_of_before(text, street.start, line_start)
        if post_end is not None:
            end = post_end
            score, reason = (
                (SCORE_GENERIC_WITH_POSTCODE, REASON_GENERIC)
                if street.kind == "generic"
                else (SCORE_WITH_POSTCODE, REASON_FULL)
            )
        elif residence or street.kind == "generic":  # after "bor på", or a signature's street line
            score, reason = SCORE_WEAK_STREET, REASON_RESIDENCE if residence else REASON_STREET
        else:
            score = SCORE_WEAK_STREET if street.kind == "weak" else SCORE_STREET
            reason = REASON_STREET
        return Finding(Entity.ADDRESS, start, end, text[start:end], score, self.name, reason)

    def _names_a_town(self, text: str, start: int, end: int) -> bool:
        return any(self.data.is_town(w) for w in text[start:end].split())

    def _street_before(self, text: str, word_end: int, line_start: int) -> _Street | None:
        """The street name ending at `word_end`, read word by word leftwards on the same line."""
        chunks = [
            (c.start(), c.end(), c.group()) for c in _CHUNK_RE.finditer(text, max(line_start, word_end - 160), word_end)
        ]
        chunks.reverse()
        words: list[tuple[int, str]] = []  # right to left: (start, word)
        for start, _, chunk in chunks[:7]:
            stripped = chunk.lstrip(_OPENERS)
            words.append((start + len(chunk) - len(stripped), stripped))
            if stripped != chunk or not stripped:
                break  # an opening bracket or quote: nothing further left belongs to the name
        if not words:
            return None
        if words[0][1].lower() in ("nr.", "nr", "nummer") and len(words) > 1:
            words = words[1:]  # "Vestergade nr. 12"
        w0 = words[0][1]
        if not w0 or w0.endswith((".", "'", "’")):
            return None  # "... på Vestergade. 12 af dem": the sentence ended
        rest = words[1:]
        data = self.data

        # 1. "Ved Kirken 3", "Bag Hegnet 2"
        if rest and rest[0][1] in _WITH_OR_BAG and _is_capword(w0):
            return _Street(rest[0][0], "strong")

        # 2. one word with a street suffix: "Vestergade", "Gl. Kongevej", "Anders Jensensvej"
        low = w0.lower()
        if w0[0].isupper() and low not in _DENY and _CAPWORD_RE.fullmatch(w0):
            hit = data.suffix_kind(w0)
            definite = low.endswith(("en", "et")) and low not in _SINGLE_DEFINITE_DENY
            if hit is None and definite and data.suffixes.get(low) == "strong":
                hit = (low, "strong")  # "Vænget 12", "Torvet 2"
            if hit is not None:
                suffix, kind = hit
                start, extended = self._extend_left(words[0][0], rest, genitive_stem=low[: -len(suffix)])
                if kind == "weak" and not extended and rest and _is_capword(rest[0][1]):
                    kind = "generic"  # "Mette Nørgaard 12": likely a surname, unless a postcode follows
                return _Street(start, kind)

        # 3. capitalised words + head word: "Jens Baggesens Vej", "Nørre Klit", "Karl Johans gate"
        head_kind = data.heads.get(w0.casefold()) if (w0[0].isupper() or low in _LOWER_HEADS) else None
        if head_kind is not None and rest:
            chain_start = self._head_chain(w0, rest, head_kind)
            if chain_start is not None:
                return _Street(chain_start, "strong")

        # 4. lowercase street with a strong suffix, or any capitalised word: needs a postcode
        if low not in _DENY and w0.casefold() not in _STOP:
            if _CAPWORD_RE.fullmatch(w0) and not _INITIALS_RE.fullmatch(w0):
                start, _ = self._extend_left(words[0][0], rest, genitive_stem="")
                return _Street(start, "generic")
            if _LOWER_RE.fullmatch(w0):
                hit = data.suffix_kind(w0)
                if hit is not None and hit[1] == "strong":
                    return _Street(words[0][0], "generic")
        return None

    def _extend_left(self, start: int, rest: list[tuple[int, str]], genitive_stem: str) -> tuple[int, bool]:
        """Take prefix words, place names and initials before a street word ("Gammel Kongevej",
        "Roskilde Landevej", "H.C. Ørstedsvej"); a first name before a genitive compound
        ("Anders Jensensvej")."""
        data = self.data
        extended = False
        first_name_ok = len(genitive_stem) >= 4 and genitive_stem.endswith("s")
        for i, (pos, word) in enumerate(rest[:3]):
            known = word in data.prefixes or word in data.places
            if known or (_INITIALS_RE.fullmatch(word) and (extended or i == 0)):
                start, extended = pos, True
            elif i == 0 and _is_capword(word) and not word.isupper():
                if not (first_name_ok or _is_genitive(word)):
                    break
                start, extended = pos, True
                first_name_ok = False  # "Anders Jensensvej", "Kongens Nytorv": one such word
            else:
                break
        return start, extended

    def _head_chain(self, head: str, rest: list[tuple[int, str]], kind: str) -> int | None:
        """Start of the words before a head word, or None when they do not make a street name."""
        data = self.data
        first = rest[0][1]
        if head[0].islower() and not _is_genitive(first):
            return None  # lowercase head only after a genitive: "Karl Johans gate"
        if kind == "qualified" and not (
            _is_genitive(first)
            or first in data.prefixes
            or first in data.places
            or (_is_capword(first) and first.lower().endswith(_PLACE_ENDINGS))
        ):
            return None  # "Anne Toft 45" is a person; "Mikkel Lassens Toft 3" a street
        start: int | None = None
        names = 0
        for pos, word in rest[:5]:
            if _INITIALS_RE.fullmatch(word) or word in data.prefixes:
                start = pos
            elif _is_capword(word):
                if names == 3:
                    break
                names += 1
                start = pos
            elif word.lower() not in _PARTICLES or start is None:
                break
            # a particle ("Frederik den Syvendes Allé") is kept only if a name stands left of it
        return start

    # ---- postcode, postbox, c/o -----------------------------------------------------------------

    def _postcode_after(self, text: str, pos: int) -> int | None:
        """End of a ", 8000 Aarhus C" (or next-line "8000 Aarhus C") right after `pos`, if the
        postcode exists and the town is its town."""
        five = self.data.postcode_digits == 5
        m = (_POSTCODE_SV_RE if five else _POSTCODE_RE).match(text, pos)
        if m is None:
            return None
        town_re = self.data.town_pattern(re.sub(r"[ \t]", "", m.group("pc")))
        if town_re is None:
            return None
        town = town_re.match(text, m.end())
        return town.end() if town is not None else None

    def _town_after(self, text: str, pos: int) -> int | None:
        """End of a ", Slagelse" / ", København K" (a town without postcode) right after `pos`."""
        m = _TOWN_AFTER_RE.match(text, pos)
        if m is None or not m.group(1)[0].isupper():
            return None
        words = list(_LETTERS_RE.finditer(text, m.start(1), m.end(1)))
        for k in range(len(words), 0, -1):
            if self.data.is_town(text[words[0].start() : words[k - 1].end()]):
                return words[k - 1].end()
        return None

    def _care_of_before(self, text: str, start: int, line_start: int) -> int:
        """Extend to a "c/o Hansen, " just before the street, or a "c/o Hansen" line above it."""
        m = _CARE_OF_SAME_LINE_RE.search(text, line_start, start)
        if m is not None:
            return m.start()
        if text[line_start:start].strip() == "" and line_start > 0:
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            m = _CARE_OF_LINE_RE.match(text, prev_start, start)
            if m is not None:
                return prev_start + (len(m.group()) - len(m.group().lstrip()))
        return start

    def _postboxes(self, text: str, found: list[Finding]) -> list[Finding]:
        out: list[Finding] = []
        for m in _POSTBOX_RE.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            end = self._postcode_after(text, m.end())
            score = SCORE_WITH_POSTCODE if end is not None else SCORE_POSTBOX
            end = end if end is not None else m.end()
            out.append(Finding(Entity.ADDRESS, m.start(), end, text[m.start() : end], score, self.name, REASON_POSTBOX))
        return out

    def _care_of(self, text: str, found: list[Finding]) -> list[Finding]:
        out: list[Finding] = []
        for m in _CARE_OF_RE.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            out.append(Finding(Entity.ADDRESS, m.start(), m.end(), m.group(), SCORE_CARE_OF, self.name, REASON_CARE_OF))
        return out
