"""Build the address detector's data for Norwegian and Swedish documents (resources/addresses/no,
resources/addresses/sv), in the same files and format as the Danish folder.

Input: NoCommons' postcode register (MIT; ../shared/data/no/nocommons/postnummer.csv) and the
Swedish postcode-to-locality list (CC0; ../shared/data/sv/geodata/postal_to_municipality.csv,
municipalities.csv). Street suffixes, heads and prefixes are the usual Norwegian and Swedish street
words, written here from general knowledge, plus the Danish lists (Danish addresses turn up in
Nordic case files too). Swedish postcodes are stored without their space ("72348"); the detector
reads them as "723 48" or "72348".

  python training/build_address_data_nordic.py [--out resources/addresses]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("REDACT_DATA_DIR", REPO.parent / "shared" / "data"))
DEFAULT_OUT = REPO / "resources" / "addresses"

NO_STRONG = """
    veien vegen vei veg gata gaten gate gt plassen plass torget torg stien sti bakken bakke lia liene åsen
    haugen svingen tunet ringen terrassen alléen allé alle brygga bryggen kaia kaien jordet enga engen
    lunden skogen parken kroken løkka løkken hagen tråkket stubben myra høgda høyden bråten grenda grend
    hellinga kleiva kollen tangen nes neset sletta vangen vollen berget gården dalen
"""
NO_WEAK = "lia haug berg stad rud dal vik by"
SV_STRONG = """
    gatan gata vägen väg gränd gränden stigen stig backen backe torget torg platsen plats allén allé
    leden led slingan ringen vägen gården stråket kajen kaj parken lunden ängen hagen höjden kullen
    liden bryggan promenaden esplanaden vallen vången torpet gärdet slätten udden tået
"""
SV_WEAK = "berg lund dal by holm vik"
NO_HEADS = ["Gate", "Gata", "Vei", "Veg", "Plass", "Torg", "Allé", "Sti", "Vei Nord", "Brygge"]
SV_HEADS = ["Gata", "Gatan", "Väg", "Vägen", "Gränd", "Torg", "Torget", "Plats", "Allé", "Stig", "Backe"]
NO_PREFIXES = [
    "Gamle",
    "Øvre",
    "Nedre",
    "Store",
    "Lille",
    "Nordre",
    "Søndre",
    "Vestre",
    "Østre",
    "Kong",
    "Dronning",
    "St.",
]
SV_PREFIXES = [
    "Gamla",
    "Övre",
    "Nedre",
    "Stora",
    "Lilla",
    "Norra",
    "Södra",
    "Västra",
    "Östra",
    "Kungs",
    "Drottning",
    "S:t",
    "St.",
]


def _title(name: str) -> str:
    name = re.sub(r"\s*\(.*\)", "", name)
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in name.split())


def _read_danish(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def write(out: Path, source: str, postcodes: dict[str, str], places: set[str], strong: str, weak: str,
          heads: list[str], prefixes: list[str]) -> None:  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    danish = REPO / "resources" / "addresses"
    with (out / "postnumre.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# postcode<TAB>town\n")
        for code in sorted(postcodes):
            f.write(f"{code}\t{postcodes[code]}\n")
    suffixes: dict[str, str] = {}
    for line in _read_danish(danish / "street_suffixes.tsv"):
        suffix, kind = line.split("\t")[:2]
        suffixes[suffix] = kind
    for s in strong.split():
        suffixes[s] = "strong"
    for s in weak.split():
        suffixes.setdefault(s, "weak")
    with (out / "street_suffixes.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# suffix<TAB>kind<TAB>count (0: from general knowledge)\n")
        for s in sorted(suffixes, key=lambda x: (-len(x), x)):
            f.write(f"{s}\t{suffixes[s]}\t0\n")
    head_lines = _read_danish(danish / "street_heads.tsv")
    known = {line.split("\t")[0] for line in head_lines}
    with (out / "street_heads.tsv").open("w", encoding="utf-8") as f:
        f.write(source + "# word<TAB>kind<TAB>count\n")
        for line in head_lines:
            f.write(line + "\n")
        for h in heads:
            if h not in known and " " not in h:
                f.write(f"{h}\tstrong\t0\n")
    with (out / "street_prefixes.txt").open("w", encoding="utf-8") as f:
        f.write(source + "# words that may stand before a street word\n")
        for p in sorted(set(_read_danish(danish / "street_prefixes.txt")) | set(prefixes)):
            f.write(p + "\n")
    with (out / "places.txt").open("w", encoding="utf-8") as f:
        f.write(source + "# one-word town and municipality names\n")
        for p in sorted(places):
            f.write(p + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rows = list(csv.reader((DATA / "no" / "nocommons" / "postnummer.csv").open(encoding="utf-8")))
    no_codes = {r[0]: _title(r[1]) for r in rows}
    no_places = {_title(r[1]) for r in rows} | {_title(r[3]) for r in rows}
    write(
        args.out / "no",
        "# Derived from NoCommons (MIT) postnummer.csv by training/build_address_data_nordic.py\n",
        no_codes,
        {p for p in no_places if " " not in p},
        NO_STRONG,
        NO_WEAK,
        NO_HEADS,
        NO_PREFIXES,
    )
    geo = DATA / "sv" / "geodata"
    sv_rows = list(csv.DictReader((geo / "postal_to_municipality.csv").open(encoding="utf-8")))
    sv_codes = {r["postal_code"]: r["locality"] for r in sv_rows}
    municipalities = {
        r["municipality_name_short"] for r in csv.DictReader((geo / "municipalities.csv").open(encoding="utf-8"))
    }
    sv_places = {t for t in set(sv_codes.values()) | municipalities if " " not in t}
    write(
        args.out / "sv",
        "# Derived from swedish-geodata (CC0) by training/build_address_data_nordic.py\n",
        sv_codes,
        sv_places,
        SV_STRONG,
        SV_WEAK,
        SV_HEADS,
        SV_PREFIXES,
    )
    print(f"no: {len(no_codes)} postcodes; sv: {len(sv_codes)} postcodes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
