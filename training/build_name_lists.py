"""Build the compact name lists that NameRuleDetector reads (resources/names/).

Inputs (see SOURCE.txt in each folder of the shared data):
  names_dst2023/  Danmarks Statistik 2023: first names (men, women) and surnames with counts, UPPER CASE,
                  plus minority-name lists (Meldgaard 2005). The surname file has some letters decoded as
                  Mac Roman instead of Latin-1 ("÷ZTÜRK"); they are repaired here.
  names_dacy/     DaCy's curated lookup table: Danish and Muslim first names and surnames, Title Case.
  dawa/           Danish towns, municipalities and villages (DAWA).
  uner_ddt/       Danish running text (UD Danish-DDT news): words seen in lower case there are ordinary words.
  --wordlist      A Danish spelling list, one word a line (Debian package wdanish: /usr/share/dict/danish).
                  Optional: without it, common_words.txt only comes from the corpora and the curated list.

Output, UTF-8, one entry a line, '#' lines are comments, Title Case:
  da_first_names.txt        first names, most frequent first (DST count >= --min-first, plus DaCy)
  da_surnames.txt           surnames, most frequent first (DST count >= --min-surname, plus DaCy); the
                            parts of multi-word surnames are listed one by one, particles ("von") left out
  minority_first_names.txt  first names from the minority lists that the DST cut did not keep
  minority_surnames.txt     the same for surnames
  common_words.txt          names that are also ordinary Danish words ("Skov", "Holm", "Hans", "Per"):
                            the detector proposes them only in name context. A second column "fornavn"
                            marks frequent first names: capitalised in the middle of a sentence they are
                            taken as a name on their own ("... og Bjørn ringede")
  places.txt                towns, municipalities, villages and countries: never a surname on their own
  vocabulary.txt            frequent lower-case Danish words (from the corpora, plus case-file words):
                            a capitalised word from this list is not an unknown surname ("Jens Ringede")

Run:
  python training/build_name_lists.py [--data /work/shared/data/da] [--out resources/names]
                                      [--wordlist /usr/share/dict/danish]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "names"
DEFAULT_DATA = Path(os.environ.get("REDACT_DATA_DIR", str(REPO.parent / "shared" / "data"))) / "da"
DEFAULT_WORDLIST = Path("/usr/share/dict/danish")

# Frequency cuts. Below ~20 bearers the first-name tail is mostly one-off spellings; surnames are more
# varied and an unknown capitalised word after a first name is accepted anyway, so their list is only
# needed for surnames standing alone or after initials: 50 keeps ~10,000 of them.
MIN_FIRST = 20
MIN_SURNAME = 50
# A first name that is also an ordinary word, with at least this many bearers and more bearers than as
# a surname, counts as a name when it is capitalised in the middle of a sentence ("fornavn" column).
MIN_FREQUENT_FIRST = 1000
# A name in the spelling list with fewer bearers than this is taken as the word ("Paprika", "Lotus",
# "Media"); above it the name wins ("Helle", "Svend", "Signe"), unless running text writes it in lower case.
MIN_NAME_OVER_WORD = 300
# A village (not a town) whose name has at least this many bearers as a surname or first name is not
# listed as a place: "Bjerre" alone is more often a person.
MIN_VILLAGE_AS_NAME = 200

PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "del",
    "della",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "af",
    "zu",
    "ter",
    "ten",
    "bin",
    "ibn",
    "ben",
    "al",
    "el",
    "abu",
    "í",
    "á",
    "y",
    "e",
    "mc",
    "st",
}

# Names that are ordinary Danish words or other everyday capitalised words. The word list and the corpora
# find most of them; these are added by hand (composers, brands, English words in Danish case files).
CURATED_COMMON = """
Bach Holm Skov Lund Storm Vinter Bo Mark Have Sten Dam Kirke Berg Fisker Smed Bager Bonde Due Falk
Ravn Hjort Svane Munk Kok Lind Birk Eg Busk Toft Krog Bak Bakke Dal Bjerg Borg Brink Bro Lykke Glad Sol Dag
Ask Maj Juni Juli April August Per Hans Jo Kan Alle Line Lin Liv Stig Jan Post Vest Øst Nord Syd Sand Strand
Mose Kær Eng Hvid Sort Mørk Lys Ny Gammel Stor Lille Frost Sommer Vår Høst Vind Regn Sne Ravn Ulv Fugl
Skytte Jæger Vogn Kusk Hammer Sø Ege Elm Ager Hede Have Lund Rose Viola Iris Flora Lærke Nord Ørn
Kaj Hue Ernst Bang Frank Fri Tang Sejr Brun Holt Grøn Ro Hede Thy Skov Kamp Brand
Fryd Hauge Vang Mølle King Young Love Summer Rain Sky May Will Hope Faith Grace Rich Page Dean Wood
Green White Black Brown Long Short Little Small Hall Hill Moore Lane Stone Field Ford Shaw Cook Fox Wolf
Find Lev Tor Can My With Ta Pi Sun Price Place Lady Danish The And For Man Men Bella Nova Urd Dea Aia Ira El
""".split()

# Names that the rules above would take for ordinary words, but that a case file means as a name: frequent
# surnames whose word is archaic or rare ("Møller": miller, "Degn": parish clerk, "Kjær"/"Steen": old
# spellings) and minority names that happen to be spelled like a Danish word ("Tran", "Li", "Khan").
KEEP_AS_NAME = """
Møller Kjær Nissen Bruun Ladefoged Degn Skriver Drejer Bødker Junker Hertz Dyhr Vendelbo Bossen Grønning
Vinding Yde Hove Kure Terp Hald Rytter Kirk Steen
Lassen Kruse Khan Osman Nasser Tran Ngo Li Yang Yin Shah Morales Nelson Newton Holmes Sherif Ramadan
""".split()

# Words that look like names in the lists but are never a person in a case file (weekdays never are names;
# months are handled by the detector, since "August" and "Maj" are also first names).
NOT_NAMES = """
Kommune Region Danmark Jobcenter Borgerservice Sagsbehandler Afdeling Center Skole Politi Hospital Sygehus
Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Januar Februar Marts September Oktober November December
Jesus Kristus Gud Allah Sankt Skt Kong Dronning Prins Prinsesse Navn Fornavn Efternavn Mellemnavn Unavngivet
Baby Ukendt Uoplyst Dren Fru Mr Dr
""".split()

COUNTRIES = """
Danmark Sverige Norge Finland Island Grønland Færøerne Tyskland Polen Tyrkiet Syrien Irak Iran Somalia
Afghanistan Pakistan Vietnam Kina Indien England Skotland Irland Storbritannien Frankrig Spanien Portugal
Italien Grækenland Rumænien Bulgarien Ungarn Litauen Letland Estland Ukraine Rusland Hviderusland Holland
Nederlandene Belgien Østrig Schweiz Tjekkiet Slovakiet Slovenien Kroatien Serbien Bosnien Albanien Kosovo
Makedonien USA Amerika Canada Mexico Brasilien Argentina Chile Afrika Europa Asien Australien Eritrea
Etiopien Sudan Marokko Algeriet Tunesien Egypten Libanon Palæstina Gaza Israel Jordan Kuwait Qatar Yemen
Thailand Filippinerne Indonesien Japan Korea Nigeria Ghana Kenya Uganda Congo Gambia Sri Lanka Nepal
Bangladesh Myanmar Tibet Georgien Armenien Aserbajdsjan Kasakhstan Usbekistan Tjetjenien Kurdistan
Europa Skandinavien Norden Jylland Sjælland Fyn Bornholm Lolland Falster Møn Als Amager Vendsyssel
Himmerland Thy Mors Djursland Sønderjylland Nordjylland Midtjylland Vestjylland Østjylland Syddanmark
Hovedstaden Stockholm Oslo Berlin London Paris Hamborg Hamburg Bruxelles Madrid Rom Wien Warszawa Krakow
Göteborg Malmø Malmö Lund Bergen Trondheim Helsinki Reykjavik Tórshavn Nuuk Kiel Flensborg Flensburg
Istanbul Ankara Bagdad Damaskus Kabul Teheran Mogadishu Hanoi Beirut Kairo Amman Gdansk Vilnius Riga
Prag Texas Florida Californien Dallas Vegas Manila Bangkok Tokyo Beijing Shanghai Dubai Sydney
""".split()

# Lower-case words of case files that a news corpus may lack. A capitalised one ("Sagsbehandler") is a
# title, a label or an ordinary word at the start of a line, never an unknown surname.
CASE_FILE_WORDS = """
sagsbehandler socialrådgiver rådgiver afdelingsleder teamleder leder chef kontorchef direktør konsulent
specialkonsulent fuldmægtig jurist advokat læge overlæge praktiserende psykolog psykiater sygeplejerske
sundhedsplejerske pædagog lærer skoleleder viceskoleleder afdelingsleder forstander borgmester rådmand
udvalgsformand formand næstformand sekretær medarbejder koordinator visitator terapeut ergoterapeut
fysioterapeut jobkonsulent virksomhedskonsulent mentor støttekontaktperson kontaktperson bisidder værge
partsrepræsentant borger borgeren ansøger ansøgeren klager klageren pårørende part parten modtager
afsender anmelder lejer udlejer ejer elev eleven patient patienten barn barnet mor far forælder forældre
navn fornavn efternavn mellemnavn adresse postnummer by telefon tlf mobil mail email e-mail cpr cpr-nr
dato emne vedr vedrørende sag sagsnr sagsnummer journalnummer bilag side afgørelse klage ansøgning
indstilling referat møde mødet dagsorden deltagere afbud referent mødeleder bemærkninger underskrift
kopi orientering høring partshøring aktindsigt begrundelse lovgrundlag vejledning klagevejledning
kontanthjælp uddannelseshjælp sygedagpenge dagpenge førtidspension fleksjob ressourceforløb
jobafklaringsforløb handleplan børnefaglig undersøgelse underretning anbringelse samvær tilsyn
hjemmehjælp plejebolig hjælpemiddel bevilling afslag bevilget status notat journal journalnotat
telefonnotat henvendelse besked svar spørgsmål oplysninger samtykke fuldmagt erklæring attest
lægeattest statusattest speciallægeerklæring kommune kommunen region regionen jobcenter jobcentret
borgerservice familieafdelingen socialafdelingen ydelsesservice udbetaling skolen hospitalet sygehuset
privat fortroligt internt udkast bilag kopi venlig hilsen mvh kære hej tak med ref att
""".split()

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_OK = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")


def fix_mojibake(name: str) -> str:
    """Repair letters that were Latin-1 bytes decoded as Mac Roman ("÷ZTÜRK" -> "ÖZTÜRK").

    Genuine letters (Ø, Æ, Å, Ü) are upper-case letters already; the broken ones are punctuation or
    lower-case. 'Õ' and 'Œ' are the two broken ones that look like capitals (Í and Î).
    """
    out = []
    for ch in name:
        if ord(ch) > 127 and (unicodedata.category(ch) != "Lu" or ch in "ÕŒ"):
            try:
                fixed = ch.encode("mac_roman").decode("latin-1")
            except UnicodeError:
                fixed = ch
            out.append(fixed if unicodedata.category(fixed) == "Lu" else ch)
        else:
            out.append(ch)
    return "".join(out)


def title_case(name: str) -> str:
    """'HOLM-JENSEN' -> 'Holm-Jensen', "O'BRIEN" -> "O'Brien", 'VON HOLSTEIN' -> 'von Holstein'."""
    words = []
    for word in name.lower().split():
        if word in PARTICLES:
            words.append(word)
            continue
        parts = re.split(r"([-'’])", word)
        words.append("".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts))
    return " ".join(words)


def read_counts(path: Path, fix: bool = False) -> Counter[str]:
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            if len(row) < 2 or not row[1].strip().isdigit():
                continue
            raw = fix_mojibake(row[0]) if fix else row[0]
            name = " ".join(raw.split())
            if not name or not _NAME_OK.match(name) or "\ufffd" in name:
                continue
            counts[title_case(name)] += int(row[1])
    return counts


def read_column(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        return [title_case(row[0].strip()) for row in reader if row and _NAME_OK.match(row[0].strip())]


def name_parts(name: str) -> Iterator[str]:
    """The words of a multi-word surname that can stand as a surname token ('Da Costa Simões')."""
    for word in name.split():
        if word.casefold() not in PARTICLES and len(word) > 1:
            yield word


def read_dacy(path: Path) -> dict[tuple[str, bool], Counter[str]]:
    """(ethnicity, first_name?) -> counts."""
    out: dict[tuple[str, bool], Counter[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not _NAME_OK.match(name):
                continue
            key = (row["ethnicity"], row["first_name"] == "True")
            out.setdefault(key, Counter())[title_case(name)] += int(float(row["count"] or 0))
    return out


def corpus_lowercase(paths: Iterable[Path]) -> Counter[str]:
    """Counts of words written in lower case in running text (CoNLL/TSV files: the form is column 2 or 1)."""
    counts: Counter[str] = Counter()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                form = cols[1] if len(cols) >= 5 and cols[0].isdigit() else cols[0]
                if _TOKEN.fullmatch(form) and form[0].islower():
                    counts[form] += 1
    return counts


def read_wordlist(path: Path | None) -> set[str]:
    if path is None or not path.is_file():
        return set()
    with path.open(encoding="utf-8", errors="replace") as fh:
        return {w for line in fh if (w := line.strip()) and w[0].islower()}


def read_places(dawa: Path, person_counts: Counter[str], first_counts: Counter[str]) -> set[str]:
    """Towns, municipalities and villages. A village whose name is also a frequent name ("Bjerre",
    "Bering": surnames taken from the village) is left out: in a case file it is more often a person."""
    places: set[str] = set()

    def add(name: str, village: bool = False) -> None:
        name = " ".join(name.split())
        if not name or any(ch.isdigit() for ch in name):
            return
        if village and person_counts.get(name, 0) >= MIN_VILLAGE_AS_NAME:
            return
        places.add(name)
        for word in name.split()[1:] if " " in name else ():
            # "Høje Taastrup" -> "Taastrup", "Kongens Lyngby" -> "Lyngby"; not "Ny" or "St.", not "Marie".
            if len(word) > 3 and word[0].isupper() and word.isalpha() and first_counts.get(word, 0) < 200:
                places.add(word)

    with (dawa / "postnumre.csv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if row and row[0].isdigit():
                add(re.sub(r"\s+[A-ZØ]$", "", row[1].strip()))  # "København K" -> "København"
    with (dawa / "kommuner_clean.csv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if row and row[0].isdigit():
                add(row[1])
    with (dawa / "supplerendebynavn_sample.csv").open(encoding="utf-8") as fh:
        for sup in csv.DictReader(fh, delimiter=";"):
            name = sup.get("bynavn", "")
            if name and not name.isupper():
                add(name, village=True)
    with (dawa / "ejerlav.csv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if len(row) > 1 and row[0].isdigit():
                head = row[1].split(",")[0].strip()
                if head.endswith(" By"):  # "Risby By, Herstedvester": a village
                    add(head[: -len(" By")], village=True)
    places.update(COUNTRIES)
    return places


def write_list(path: Path, header: list[str], lines: Iterable[str]) -> int:
    items = list(lines)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for h in header:
            fh.write(f"# {h}\n")
        for item in items:
            fh.write(f"{item}\n")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with names_dst2023/, names_dacy/, dawa/")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--wordlist", type=Path, default=DEFAULT_WORDLIST, help="Danish spelling list (wdanish)")
    ap.add_argument("--min-first", type=int, default=MIN_FIRST)
    ap.add_argument("--min-surname", type=int, default=MIN_SURNAME)
    args = ap.parse_args(argv)

    dst = args.data / "names_dst2023"
    first = read_counts(dst / "first_names_2023_men.csv") + read_counts(dst / "first_names_2023_women.csv")
    surnames_raw = read_counts(dst / "last_names_2023.csv", fix=True)
    surnames: Counter[str] = Counter()
    for name, count in surnames_raw.items():
        for part in name_parts(name):
            surnames[part] += count
    first_all = Counter(first)  # before the cut: needed to compare first-name and surname frequencies
    first = Counter({n: c for n, c in first.items() if c >= args.min_first})
    surnames = Counter({n: c for n, c in surnames.items() if c >= args.min_surname})

    dacy = read_dacy(args.data / "names_dacy" / "names.csv")
    for (ethnicity, is_first), counts in dacy.items():
        if ethnicity != "danish":
            continue
        target = first if is_first else surnames
        for name in counts:
            target.setdefault(name, 1)  # curated top-of-distribution names: keep, rank at the end

    minority_first = set(read_column(dst / "first_names_minority_men.csv"))
    minority_first |= set(read_column(dst / "first_names_minority_women.csv"))
    minority_sur = {p for n in read_column(dst / "last_names_minority.csv") for p in name_parts(n)}
    for (ethnicity, is_first), counts in dacy.items():
        if ethnicity != "danish":
            (minority_first if is_first else minority_sur).update(
                p for n in counts for p in (name_parts(n) if not is_first else [n])
            )

    not_names = {w.casefold() for w in NOT_NAMES}
    for counter in (first, surnames):
        for name in [n for n in counter if n.casefold() in not_names or len(n) < 2]:
            del counter[name]
    # Foreign places that are also rare first names ("Paris", "Texas", "Kenya") are places here.
    for name in [n for n in first if n in COUNTRIES and first[n] < MIN_FREQUENT_FIRST]:
        del first[name]
    first_keys = {n.casefold() for n in first}
    sur_keys = {n.casefold() for n in surnames}
    minority_first = {n for n in minority_first if n.casefold() not in first_keys | not_names and len(n) > 1}
    minority_sur = {n for n in minority_sur if n.casefold() not in sur_keys | not_names and len(n) > 1}

    # Ordinary words: the spelling list, words written in lower case in running text, and the curated list.
    wordlist = read_wordlist(args.wordlist)
    # Edited news text only: forum and tweet text writes names in lower case too ("søren", "louise").
    lower_counts = corpus_lowercase(sorted((args.data / "uner_ddt").glob("*.iob2")))
    lower_counts_folded: Counter[str] = Counter()
    for w, c in lower_counts.items():
        lower_counts_folded[w.casefold()] += c
    lower_words = set(lower_counts_folded)
    keep_as_name = {w.casefold() for w in KEEP_AS_NAME}
    curated = {w.casefold() for w in CURATED_COMMON}
    names_all: dict[str, str] = {}
    for name in [*first, *surnames, *sorted(minority_first), *sorted(minority_sur)]:
        names_all.setdefault(name.casefold(), name)
    common: dict[str, str] = {}
    for key, name in names_all.items():
        if " " in name:
            continue
        sur_count = surnames.get(name, 0)
        first_count = first_all.get(name, 0)
        # The spelling list also holds some first names in lower case ("jens", "signe"): a word from it
        # counts only if running text writes it in lower case too, or if the name is mostly a surname
        # ("Skov", "Toft": surnames taken from the word).
        rare = max(first_count, sur_count) < MIN_NAME_OVER_WORD
        in_wordlist = key in wordlist and (key in lower_words or sur_count > first_count or rare)
        in_text = lower_counts_folded.get(key, 0) >= 2
        if (in_wordlist or in_text or key in curated) and key not in keep_as_name:
            frequent_first = first_count >= MIN_FREQUENT_FIRST and first_count > sur_count
            common[key] = f"{name}\tfornavn" if frequent_first else name

    places = read_places(args.data / "dawa", surnames_raw + first_all, first_all)
    vocabulary = {w.casefold() for w, c in lower_counts.items() if c >= 1 and len(w) > 1}
    vocabulary |= set(CASE_FILE_WORDS)
    vocabulary -= set(names_all)  # a name is never 'just a word' here: common_words.txt decides those

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    src = "Kilde: Danmarks Statistik (navnestatistik 2023, via Danish-NER-bias) og DaCy (Apache-2.0)"
    gen = "Generated by training/build_name_lists.py; do not edit by hand."
    n_first = write_list(
        out / "da_first_names.txt",
        [gen, src, f"First names with >= {args.min_first} bearers (men and women), most frequent first."],
        (n for n, _ in sorted(first.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
    n_sur = write_list(
        out / "da_surnames.txt",
        [gen, src, f"Surname words with >= {args.min_surname} bearers, most frequent first."],
        (n for n, _ in sorted(surnames.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
    n_mfirst = write_list(
        out / "minority_first_names.txt",
        [gen, "Minority first names (Meldgaard 2005 via Danish-NER-bias and DaCy) not in da_first_names.txt."],
        sorted(minority_first),
    )
    n_msur = write_list(
        out / "minority_surnames.txt",
        [gen, "Minority surnames (Meldgaard 2005 via Danish-NER-bias and DaCy) not in da_surnames.txt."],
        sorted(minority_sur),
    )
    wl = f"spelling list {args.wordlist}" if wordlist else "no spelling list"
    n_common = write_list(
        out / "common_words.txt",
        [
            gen,
            f"Names that are also ordinary words ({wl}, lower-case words of UD Danish-DDT, curated list).",
            "Proposed only in name context. 'fornavn': a frequent first name, taken as a name when it is",
            "capitalised in the middle of a sentence.",
        ],
        (common[k] for k in sorted(common)),
    )
    n_places = write_list(
        out / "places.txt",
        [gen, "Towns, municipalities and villages (DAWA, frie grunddata) and countries/regions (curated)."],
        sorted(places),
    )
    n_vocab = write_list(
        out / "vocabulary.txt",
        [gen, "Lower-case words of UD Danish-DDT (CC BY-SA 4.0) plus case-file words; no names."],
        sorted(vocabulary),
    )
    total = sum(p.stat().st_size for p in out.glob("*.txt"))
    print(
        f"first {n_first}, surnames {n_sur}, minority first {n_mfirst}, minority surnames {n_msur}, "
        f"common words {n_common} ({wl}), places {n_places}, vocabulary {n_vocab}; {total / 1024:.0f} KiB in {out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
