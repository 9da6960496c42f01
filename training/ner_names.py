"""Name, place and organisation pools for the synthetic data, read from the shared data folder.

All lists are sorted before sampling so the output depends on the seed only (never on set or hash order).
"""

from __future__ import annotations

import csv
import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ner_common import DA_DIR

# Frequency cuts on the DST lists: below these counts the tail is mostly typos and one-off spellings.
MIN_FIRST_NAME_COUNT = 10
MIN_SURNAME_COUNT = 10
RARE_MIN_COUNT = 3
# Names in the model's name-class lookup (see build_name_norms).
NORM_MIN_COUNT = 10
# A name whose lower-case form occurs this often as a word in DDT train is left out of the name classes...
COMMON_WORD_MIN = 3
# ... unless at least this many people carry it.
VERY_COMMON_NAME = 5000

# The DST surname file has some letters decoded as Mac Roman instead of Latin-1; repair the common ones.
_MOJIBAKE = str.maketrans({"÷": "Ö", "”": "Ó", "…": "É", "ƒ": "Ä", "¡": "Á", "«": "Ç", "–": "Ð", "⁄": "Ú", "»": "È"})
_ALLOWED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÜÉÈÁÀÓÍÚÇÐÞÝËÏÑÔÊÂ '-")
_PARTICLES = {"von", "van", "de", "der", "den", "af", "la", "le", "du", "da", "di", "al", "el", "ter", "ten"}

# Common non-Nordic names in Denmark, grouped by origin (first names men, women, surnames). Generic,
# frequent names; they add diacritics and spellings that the upper-case DST lists lose.
FOREIGN_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "polish": (
        ["Piotr", "Tomasz", "Krzysztof", "Marcin", "Paweł", "Michał", "Łukasz", "Jakub", "Kamil", "Wojciech"],
        ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata", "Ewa", "Monika", "Karolina", "Aleksandra"],
        [
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kowalczyk",
            "Kamiński",
            "Lewandowski",
            "Zielińska",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowska",
            "Jankowska",
            "Mazur",
            "Krawczyk",
        ],
    ),
    "turkish": (
        ["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Hasan", "Murat", "Emre", "Burak", "Serkan", "Okan", "Yusuf"],
        ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Hülya", "Derya", "Sevda", "Gülsen"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Yıldırım",
            "Öztürk",
            "Aydın",
            "Özdemir",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Çetin",
            "Korkmaz",
            "Güler",
        ],
    ),
    "somali": (
        ["Abdi", "Abdirahman", "Mohamed", "Ahmed", "Hassan", "Abdullahi", "Yusuf", "Omar", "Ismail", "Mahad"],
        ["Hodan", "Fadumo", "Amina", "Hawa", "Sahra", "Ifrah", "Nimco", "Ubah", "Deeqa", "Hibaaq", "Sagal"],
        ["Warsame", "Farah", "Abdi", "Osman", "Jama", "Hirsi", "Aden", "Ali", "Nur", "Egal", "Duale", "Mohamud"],
    ),
    "arabic": (
        ["Mohammad", "Ahmad", "Ali", "Khaled", "Omar", "Bilal", "Karim", "Samir", "Tarek", "Yasin", "Rami"],
        ["Fatima", "Mariam", "Yasmin", "Nour", "Aisha", "Leila", "Rania", "Huda", "Samira", "Zainab", "Dalia"],
        [
            "Al-Hassan",
            "El-Sayed",
            "Abdallah",
            "Hussein",
            "Ibrahim",
            "Khalil",
            "Mansour",
            "Haddad",
            "Nasser",
            "Saleh",
            "Al-Masri",
            "Hamdan",
            "Youssef",
        ],
    ),
    "pakistani": (
        ["Muhammad", "Imran", "Asif", "Tariq", "Usman", "Zahid"],
        ["Ayesha", "Saima", "Nadia", "Sana", "Rabia"],
        ["Khan", "Iqbal", "Hussain", "Butt", "Malik", "Chaudhry", "Qureshi"],
    ),
    "iranian_afghan": (
        ["Reza", "Ali", "Hamid", "Farhad", "Mehdi", "Ahmad", "Naveed"],
        ["Maryam", "Zahra", "Shirin", "Parisa", "Nasrin", "Fereshteh"],
        ["Ahmadi", "Hosseini", "Rezaei", "Mohammadi", "Karimi", "Rahimi", "Ahmadzai", "Sultani"],
    ),
    "vietnamese": (
        ["Minh", "Hung", "Tuan", "Long", "Nam", "Duc", "Quang"],
        ["Lan", "Linh", "Mai", "Hoa", "Thao", "Huong", "Ngoc"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"],
    ),
    "balkan": (
        ["Emir", "Adnan", "Senad", "Dragan", "Nenad", "Edin"],
        ["Amra", "Selma", "Jasmina", "Lejla", "Mirela"],
        ["Hodžić", "Hadžić", "Begić", "Kovačević", "Jovanović", "Petrović", "Delić", "Mehmedović"],
    ),
    "eastern": (
        ["Oleksandr", "Andrii", "Andrei", "Ionuț", "Jonas", "Dmitri", "Sergei", "Vitalij"],
        ["Olena", "Iryna", "Ioana", "Elena", "Rasa", "Svetlana", "Natalia"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Popescu", "Ionescu", "Kazlauskas", "Petrov", "Ivanova"],
    ),
    "other": (
        ["Tesfaye", "Yonas", "Sivakumar", "Kumar", "Raj", "Carlos", "José", "Kwame", "John", "David"],
        ["Senait", "Priya", "Tharani", "Maria", "Ana", "Grace", "Sarah"],
        [
            "Tekle",
            "Haile",
            "Gebremedhin",
            "Thevarajah",
            "Sivarajah",
            "Singh",
            "Garcia",
            "Rodriguez",
            "Smith",
            "Mensah",
            "Okafor",
            "Müller",
            "Schmidt",
        ],
    ),
}


def title_name(upper: str) -> str:
    """'HANSEN-MØLLER' -> 'Hansen-Møller', 'VON BÜLOW' -> 'von Bülow', "O'NEILL" -> "O'Neill"."""
    words = [w.title() for w in upper.split()]
    for i, word in enumerate(words[:-1]):
        if word.lower() in _PARTICLES:
            words[i] = word.lower()
    name = " ".join(words)
    # str.title capitalises after the apostrophe ("D'Angelo" is fine) but also inside "Mc": keep it simple.
    return name


def _read_dst(path: Path, min_count: int) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        next(handle)
        for line in handle:
            name, _, count_text = line.strip().rpartition(",")
            if not count_text.isdigit() or int(count_text) < min_count:
                continue
            name = name.translate(_MOJIBAKE).strip()
            if len(name) < 2 or not set(name) <= _ALLOWED or not name[0].isalpha():
                continue
            rows.append((title_name(name), int(count_text)))
    return rows


def _read_column(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        next(handle)
        return sorted({line.strip() for line in handle if line.strip()})


def stable_fraction(text: str) -> float:
    """A deterministic pseudo-random number in [0, 1) for a string (independent of PYTHONHASHSEED)."""
    return (zlib.crc32(text.encode("utf-8")) % 10_000) / 10_000


@dataclass
class WeightedPool:
    """Names with counts; sampling mixes count-weighted draws (realistic) with uniform draws (diverse)."""

    items: list[str]
    weights: list[float]
    _cum: list[float] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        total = 0.0
        self._cum = []
        for weight in self.weights:
            total += weight
            self._cum.append(total)

    def sample(self, rng: random.Random) -> str:
        if rng.random() < 0.5:
            return rng.choices(self.items, cum_weights=self._cum, k=1)[0]
        return rng.choice(self.items)

    def split(self, heldout_fraction: float) -> tuple[WeightedPool, WeightedPool]:
        """Deterministic split by name, so a synthetic test set can use names never seen in training."""
        train = [
            (n, w) for n, w in zip(self.items, self.weights, strict=True) if stable_fraction(n) >= heldout_fraction
        ]
        held = [(n, w) for n, w in zip(self.items, self.weights, strict=True) if stable_fraction(n) < heldout_fraction]
        return _pool(train), _pool(held)


def _pool(rows: list[tuple[str, float]]) -> WeightedPool:
    rows = sorted(rows)
    return WeightedPool([r[0] for r in rows], [r[1] for r in rows])


@dataclass
class NamePools:
    first_men: WeightedPool
    first_women: WeightedPool
    surnames: WeightedPool
    # Rarer names (DST count RARE_MIN_COUNT..MIN_*_COUNT-1): not in the name-class lookup, so the model
    # also has to learn names from their context and shape.
    rare_first_men: WeightedPool
    rare_first_women: WeightedPool
    rare_surnames: WeightedPool
    foreign: dict[str, tuple[list[str], list[str], list[str]]]


def load_name_pools(heldout_fraction: float = 0.1) -> tuple[NamePools, NamePools]:
    """Name pools for (training, held-out synthetic test); the held-out pool has disjoint DST names."""
    dst = DA_DIR / "names_dst2023"
    dacy = DA_DIR / "names_dacy" / "names.csv"
    men = [(n, c**0.5) for n, c in _read_dst(dst / "first_names_2023_men.csv", MIN_FIRST_NAME_COUNT)]
    women = [(n, c**0.5) for n, c in _read_dst(dst / "first_names_2023_women.csv", MIN_FIRST_NAME_COUNT)]
    surnames = [(n, c**0.5) for n, c in _read_dst(dst / "last_names_2023.csv", MIN_SURNAME_COUNT)]
    # Minority lists (Meldgaard 2005 via DST repo and DaCy): title case already, no counts.
    extra_men = _read_column(dst / "first_names_minority_men.csv")
    extra_women = _read_column(dst / "first_names_minority_women.csv")
    extra_surnames = _read_column(dst / "last_names_minority.csv")
    with dacy.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["ethnicity"] != "muslim":
                continue
            if row["first_name"] == "False":
                extra_surnames.append(row["name"])
            elif row["gender"] in ("male", "both"):
                extra_men.append(row["name"])
            else:
                extra_women.append(row["name"])
    # Give the minority names a mid-range weight so they are drawn now and then.
    men += [(n, 30.0) for n in sorted(set(extra_men))]
    women += [(n, 30.0) for n in sorted(set(extra_women))]
    surnames += [(n, 30.0) for n in sorted(set(extra_surnames))]
    rare: list[list[tuple[str, float]]] = []
    for filename, cut in (
        ("first_names_2023_men.csv", MIN_FIRST_NAME_COUNT),
        ("first_names_2023_women.csv", MIN_FIRST_NAME_COUNT),
        ("last_names_2023.csv", MIN_SURNAME_COUNT),
    ):
        rare.append([(n, 1.0) for n, c in _read_dst(dst / filename, RARE_MIN_COUNT) if c < cut])
    train_pools: list[WeightedPool] = []
    held_pools: list[WeightedPool] = []
    for rows in (men, women, surnames, *rare):
        merged: dict[str, float] = {}
        for name, weight in rows:
            merged[name] = max(weight, merged.get(name, 0.0))
        train, held = _pool(list(merged.items())).split(heldout_fraction)
        train_pools.append(train)
        held_pools.append(held)
    return (
        NamePools(*train_pools, foreign=FOREIGN_NAMES),
        NamePools(*held_pools, foreign=FOREIGN_NAMES),
    )


@dataclass
class PlacePools:
    towns: list[str]
    streets: list[str]
    municipalities: list[str]
    postcodes: list[tuple[str, str]]


def load_place_pools() -> PlacePools:
    dawa = DA_DIR / "dawa"
    postcodes: list[tuple[str, str]] = []
    with (dawa / "postnumre.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter=";"):
            if row[0].isdigit() and row[2].strip() == "false":
                postcodes.append((row[0].zfill(4), row[1].strip()))
    municipalities: list[str] = []
    with (dawa / "kommuner_clean.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter=";"):
            if row[0].isdigit():
                municipalities.append(row[1].strip())
    streets: set[str] = set()
    with (dawa / "vejnavn_sample.csv").open(encoding="utf-8") as handle:
        for vrow in csv.DictReader(handle, delimiter=";"):
            name = vrow["adresseringsnavn"].strip()
            if name and name[0].isupper() and ";" not in name:
                streets.add(name)
    towns: set[str] = {name for _, name in postcodes}
    with (dawa / "supplerendebynavn_sample.csv").open(encoding="utf-8") as handle:
        for srow in csv.DictReader(handle, delimiter=";"):
            if srow["bynavn"].strip():
                towns.add(srow["bynavn"].strip())
    with (dawa / "ejerlav.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter=";"):
            if len(row) > 1 and row[0].isdigit():
                # "Risby By, Herstedvester" -> "Risby"
                name = row[1].split(",")[0].strip()
                name = name.removesuffix(" By").strip()
                if name and " " not in name and name[0].isupper():
                    towns.add(name)
    return PlacePools(sorted(towns), sorted(streets), sorted(municipalities), sorted(postcodes))


def build_name_norms(place_names: list[str], lowercase_counts: dict[str, int]) -> dict[str, str]:
    """Name classes for the NORM feature: first names and surnames (DST count >= NORM_MIN_COUNT) map to a
    class token: "<fornavn>", "<efternavn>" or "<navn>" (both).

    Keys are the title-case spelling, its genitive ("Hansens", "Jens'") and the upper-case spelling;
    lower-case words such as "hans" or "per" keep their ordinary norm. Left out: names that are also
    Danish place names (so "Lund" can still be a LOC) and names whose lower-case form is an ordinary word
    in the DDT training text ("Han", "Man", "Er", "Vi"), unless the name itself is very common ("Hans").
    """
    dst = DA_DIR / "names_dst2023"
    first_rows = _read_dst(dst / "first_names_2023_men.csv", NORM_MIN_COUNT)
    first_rows += _read_dst(dst / "first_names_2023_women.csv", NORM_MIN_COUNT)
    last_rows = _read_dst(dst / "last_names_2023.csv", NORM_MIN_COUNT)
    counts: dict[str, int] = {}
    for name, count in first_rows + last_rows:
        counts[name] = max(count, counts.get(name, 0))
    first = {n for n, _ in first_rows}
    last = {n for n, _ in last_rows}
    places = {p.split()[0] for p in place_names}
    norms: dict[str, str] = {}
    for name in sorted(first | last):
        if " " in name or name in places:
            continue
        if lowercase_counts.get(name.lower(), 0) >= COMMON_WORD_MIN and counts[name] < VERY_COMMON_NAME:
            continue
        if name in first and name in last:
            cls = "<navn>"
        elif name in first:
            cls = "<fornavn>"
        else:
            cls = "<efternavn>"
        norms[name] = cls
        norms[name.upper()] = cls
    for name in sorted(norms):
        if name.isupper() or lowercase_counts.get(name.lower() + "s", 0) >= COMMON_WORD_MIN:
            continue
        gen = name + "'" if name[-1] in "sxz" else name + "s"
        norms.setdefault(gen, norms[name])
    return norms


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
