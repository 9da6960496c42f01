"""Build the small data files the address detector reads (resources/addresses/).

Input: the DAWA reference extract (see SOURCE.txt in that folder): the complete postcode list,
a sample of real street names from 28 municipalities, supplementary town names and cadastral
district names. Output, all UTF-8, one record a line, '#' lines are comments:

  postnumre.tsv         postcode<TAB>town             (complete; 3-digit codes zero-padded)
  street_suffixes.tsv   suffix<TAB>kind<TAB>count     (kind: strong | weak; count: names in the sample)
  street_heads.tsv      word<TAB>kind<TAB>count       (last word of a multiword name: "Jens Baggesens Vej")
  street_prefixes.txt   first words of multiword names ("Gammel", "Store", "Nr.")
  places.txt            one-word town and village names ("Roskilde Landevej", "Hørup Mark")

The candidate suffixes, heads and prefixes are curated below; the sample decides which of them
are common enough to keep and reports the street names the rules do not cover. Run:

  python training/build_address_data.py --dawa /path/to/dawa [--out resources/addresses]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "addresses"
DEFAULT_DAWA = Path(os.environ.get("REDACT_DAWA_DIR", "/work/shared/data/da/dawa"))

# Suffix candidates. "strong": a capitalised word ending like this and followed by a house number
# is almost always a street. "weak": the ending is also common in Danish surnames (Nørgaard,
# Birkelund, Engholm) or ordinary nouns, so the detector asks for more evidence.
STRONG_SUFFIXES = """
    vej vejen gade gaden allé alle stræde strædet vænge vænget parken toften tofte bakken stien sti
    plads pladsen torv torvet marken engen enge vangen krogen lunden boulevard svinget haven højen kajen
    skrænten leddet draget husene huse hegnet slippe gyden passagen sletten brynet dalen mosen skoven
    stranden kæret holmen brinken bjerget løkke løkken gården gaarden kvarter brygge promenade dammen
    odden boulevarden alléen gata gatan veien vegen vägen gränd torget plassen
""".split()
WEAK_SUFFIXES = """
    gård gaard lund holm bjerg høj skov toft mark dal strand vang kær mose ager bro hus have park banken
    bakke klit gate väg havn
""".split()
# Well-known outside the 28-municipality sample (Copenhagen, Aarhus, Odense, Norway, Sweden):
# kept even when the sample has no name ending so. Other candidates need MIN_SUFFIX_COUNT names.
ALWAYS_KEEP = set(
    """
    vej gade allé alle stræde vænget parken toften bakken høj have sti plads torv mark engen vang løkke
    løkken krogen lund hus boulevard boulevarden alléen brygge promenade kvarter havn tofte enge
    stranden gata gatan veien vegen vägen gate väg gränd torget plassen
    """.split()
)
MIN_SUFFIX_COUNT = 1

# Last words of multiword names ("Jens Baggesens Vej", "Nørre Klit"). "strong": any capitalised
# words before them make a street. "qualified": also a surname or a common noun (Toft, Lund, Mark),
# so the word before must be a genitive, a known prefix or a place name.
STRONG_HEADS = """
    Vej Allé Alle Gade Stræde Plads Torv Boulevard Vænge Brygge Kaj Passage Sti Gata Gatan Vei Veg Väg
    Vägen Veien Gränd Torg Plass Promenade Vænget Stien Parken Bakken Toften Engen Vangen Haven
""".split()
QUALIFIED_HEADS = """
    Toft Mark Lund Holm Skov Strand Dal Bakke Høj Have Klit Mølle Land Bjerg Bjerge Bro Vang Enge Eng
    Kær Mose Ager Huse Park Hegn Kvarter Havn Overdrev Gård Gaard Gate Slippe
""".split()

# Words that start multiword street names and may stand before a suffix word ("Gammel Kongevej").
PREFIXES = """
    Gammel Gamle Gl. Gl Ny Nye Store St. Lille Ll. Ll Nørre Nr. Nordre Nord Søndre Sønder Sdr. Syd Øster
    Østre Ø. Vester Vestre V. Vesten Sønden Østen Norden Øvre Nedre Neder Over Indre Ydre Midt Mellem
    Ved Bag Skt. Sankt Sct. Sct Kong Kongens Dronning Dronningens Prins Prinsens Prinsesse Prinsessens
    Kronprins Kronprinsens Kronprinsesse Kronprinsessens Lange Korte Brede Smalle Kirke Strand Nørrebros
    Vesterbros Østerbros Amager Frederiksberg Dr.
""".split()

# Test and placeholder rows of the sample ("PRØVEVEJ 02025", "Bakkebo ; \"") are skipped.
SAMPLE_JUNK = re.compile(r"\d|PRØVEVEJ|\"|;")


def read_postcodes(dawa: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with (dawa / "postnumre.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            code = row["postnr"].strip().zfill(4)
            town = " ".join(row["navn"].split())
            if code.isdigit() and town:
                rows.append((code, town))
    return sorted(set(rows))


def read_street_names(dawa: Path) -> list[str]:
    names: set[str] = set()
    with (dawa / "vejnavn_sample.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            name = " ".join(row["navn"].split())
            if name and not SAMPLE_JUNK.search(name):
                names.add(name)
    return sorted(names)


def read_places(dawa: Path, postcodes: list[tuple[str, str]]) -> list[str]:
    """One-word town and village names: postcode towns, supplementary town names, '<X> By' districts."""
    found: set[str] = set()
    for _, town in postcodes:
        found.add(town.split()[0])
    with (dawa / "supplerendebynavn_sample.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            found.add(row["bynavn"].strip())
    with (dawa / "ejerlav.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            m = re.fullmatch(r"(.+?) By", row["navn"].split(",")[0].strip())
            if m:
                found.add(m.group(1))
    return sorted(p for p in found if re.fullmatch(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ]?[a-zæøåéü]+)?", p))


def longest_suffix(word: str, suffixes: list[str]) -> str | None:
    w = word.lower()
    hits = [s for s in suffixes if w.endswith(s) and len(w) > len(s)]
    return max(hits, key=len) if hits else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dawa", type=Path, default=DEFAULT_DAWA, help="folder with the DAWA extract")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--show-uncovered", action="store_true", help="list sample names no rule covers")
    args = ap.parse_args(argv)
    dawa: Path = args.dawa
    out: Path = args.out
    if not (dawa / "postnumre.csv").is_file():
        print(f"DAWA extract not found in {dawa} (use --dawa or REDACT_DAWA_DIR)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    source = "# Derived from DAWA reference data (MIT / Danish 'frie grunddata') by training/build_address_data.py\n"

    postcodes = read_postcodes(dawa)
    names = read_street_names(dawa)
    all_suffixes = STRONG_SUFFIXES + WEAK_SUFFIXES

    # Count, for every candidate suffix, the sample names whose last word ends with it (longest wins).
    suffix_count: Counter[str] = Counter()
    head_count: Counter[str] = Counter()
    prefix_count: Counter[str] = Counter()
    uncovered: list[str] = []
    heads = {h.lower(): h for h in STRONG_HEADS + QUALIFIED_HEADS}
    for name in names:
        words = name.split()
        last = words[-1]
        if len(words) > 1:
            prefix_count[words[0]] += 1
            if last.lower() in heads:
                head_count[heads[last.lower()]] += 1
                continue
        suffix = longest_suffix(last, all_suffixes)
        if suffix:
            suffix_count[suffix] += 1
        elif not (len(words) > 1 and words[0] in ("Ved", "Bag")):
            uncovered.append(name)

    kept = [s for s in all_suffixes if suffix_count[s] >= MIN_SUFFIX_COUNT or s in ALWAYS_KEEP]
    dropped = [s for s in all_suffixes if s not in kept]
    with (out / "postnumre.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# postcode<TAB>town; complete list as of 2021, incl. large-recipient codes\n")
        f.writelines(f"{code}\t{town}\n" for code, town in postcodes)
    with (out / "street_suffixes.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# suffix<TAB>kind<TAB>street names in the DAWA sample ending so (longest suffix)\n")
        for s in sorted(kept, key=lambda s: (-suffix_count[s], s)):
            f.write(f"{s}\t{'strong' if s in STRONG_SUFFIXES else 'weak'}\t{suffix_count[s]}\n")
    with (out / "street_heads.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# word<TAB>kind<TAB>multiword names in the DAWA sample ending with it\n")
        for h in STRONG_HEADS:
            f.write(f"{h}\tstrong\t{head_count[h]}\n")
        for h in QUALIFIED_HEADS:
            f.write(f"{h}\tqualified\t{head_count[h]}\n")
    # Curated prefixes plus frequent first words of multiword sample names that are prefix-like
    # (not place names: those go to places.txt).
    places = read_places(dawa, postcodes)
    place_set = set(places)
    extra = [
        w
        for w, c in prefix_count.items()
        if c >= 3 and w not in PREFIXES and w not in place_set and not longest_suffix(w, all_suffixes)
    ]
    with (out / "street_prefixes.txt").open("w", encoding="utf-8") as f:
        f.write(source + "# words that may stand before a street word: Gammel Kongevej, Store Kongensgade\n")
        f.writelines(f"{p}\n" for p in PREFIXES + sorted(extra))
    # A place name must not double as a street head or a prefix ("Lund", "Bro", "Ved").
    reserved = {h.lower() for h in heads} | {p.lower() for p in PREFIXES} | set(all_suffixes)
    places = [p for p in places if p.lower() not in reserved]
    with (out / "places.txt").open("w", encoding="utf-8") as f:
        f.write(source + "# one-word town and village names (postcode towns, supplementary names, '<X> By')\n")
        f.writelines(f"{p}\n" for p in places)

    covered = len(names) - len(uncovered)
    print(f"postcodes: {len(postcodes)}; places: {len(places)}; sample street names: {len(names)}")
    print(f"suffixes kept: {len(kept)} (dropped, not in sample: {', '.join(dropped) or '-'})")
    print(f"sample names covered by suffix/head/Ved rules: {covered}/{len(names)} = {covered / len(names):.1%}")
    print(f"extra prefixes from the sample: {', '.join(sorted(extra)) or '-'}")
    if args.show_uncovered:
        print("uncovered:", "; ".join(uncovered))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
