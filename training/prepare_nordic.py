"""Build the Norwegian (nb: bokmål + nynorsk) or Swedish (sv) training corpus in training/corpus_<lang>/.

Norwegian: NorNE (CC0 annotations). Train is the reconstructed train of both written standards (no
syntax columns, no SpaceAfter: spacing is guessed from punctuation); dev and test are the UD files with
SpaceAfter. Labels: PER, ORG, LOC; GPE_LOC -> LOC, GPE_ORG -> ORG; PROD, EVT, DRV, MISC -> O.
Swedish: UNER Talbanken (CC BY-SA 4.0, IOB2) and klintan's Webbnyheter 2012 (CC BY 4.0; IO tags, "0" for
outside, MISC -> O, separator mixed: split on the last whitespace run, soft hyphens removed). Talbanken
dev has only 23 entities, so dev is Talbanken dev plus a fixed 10% of klintan train (held out of train).
Both: synthetic administrative text (ner_synth_nordic.py), about SYNTH_RATIO x the news tokens, and a
held-out synthetic test set; name_norms.json for the NORM name-class feature.

Usage: python training/prepare_nordic.py --lang nb|sv   (deterministic: fixed seed, sorted inputs)
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

from ner_common import DATA_DIR, SEED, TRAINING_DIR, limit_threads

limit_threads()

import spacy  # noqa: E402
from faker import Faker  # noqa: E402
from ner_names import write_json  # noqa: E402
from ner_synth import Snippet, recase, recase_entities  # noqa: E402
from ner_synth_nordic import NordicGenerator, Pools  # noqa: E402
from prepare import make_doc, save, snippet_doc  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

LABELS = ("PER", "LOC", "ORG")
NORNE_MAP = {"GPE_LOC": "LOC", "GPE_ORG": "ORG", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}
SYNTH_RATIO = 0.35  # of the news tokens: the news sets here are 2-5x larger than DDT
SYNTH_TEST_SNIPPETS = 600
HELDOUT_NAMES = 0.1


def corpus_dir(lang: str) -> Path:
    return TRAINING_DIR / f"corpus_{lang}"


def _tag(raw: str, mapping: dict[str, str]) -> str:
    if raw in {"O", "0"}:
        return "O"
    prefix, _, label = raw.partition("-")
    if not label:  # IO scheme (klintan): the tag is the label itself
        label, prefix = prefix, "I"
    mapped = mapping.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_conllu(path: Path, nlp: Language) -> list[Doc]:
    """NorNE CoNLL-U: FORM in column 2, NER as name=TAG in MISC; SpaceAfter=No when present."""
    docs: list[Doc] = []
    words: list[str] = []
    tags: list[str] = []
    spaces: list[bool] = []
    has_space_info = "-ud-" in path.name  # the reconstructed train has no SpaceAfter

    def flush() -> None:
        if words:
            doc = make_doc(nlp, words, tags, None)
            if has_space_info:
                doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=[_iob(t) for t in doc])
            docs.append(doc)

    with path.open(encoding="utf-8") as handle:
        for line in [*handle, "\n"]:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                flush()
                words, tags, spaces = [], [], []
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multi-word token ranges and empty nodes
            misc = cols[9].split("|")
            name = next((m[5:] for m in misc if m.startswith("name=")), "O")
            words.append(cols[1])
            tags.append(_tag(name, NORNE_MAP))
            spaces.append("SpaceAfter=No" not in misc)
    return docs


def _iob(token: Token) -> str:
    return f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O"


def read_iob2(path: Path, nlp: Language) -> list[Doc]:
    """UNER Talbanken: "# text" comments, columns index, form, IOB2 tag."""
    docs: list[Doc] = []
    rows: list[tuple[str, str]] = []
    text = ""
    with path.open(encoding="utf-8") as handle:
        for line in [*handle, "\n"]:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if rows:
                    docs.append(make_doc(nlp, [r[0] for r in rows], [r[1] for r in rows], text or None))
                rows, text = [], ""
            else:
                cols = line.split("\t")
                rows.append((cols[1], _tag(cols[2], {k: k for k in LABELS})))
    return docs


def read_klintan(path: Path, nlp: Language) -> list[Doc]:
    """klintan: "FORM<ws>TAG", IO tags; split on the last whitespace run; drop malformed lines."""
    docs: list[Doc] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in [*handle, "\n"]:
            line = line.rstrip("\n").replace("\u00ad", "")
            if not line.strip():
                if words:
                    docs.append(make_doc(nlp, words, tags, None))
                words, tags = [], []
                continue
            parts = re.split(r"\s+", line.strip())
            if len(parts) < 2:
                continue
            form, tag = " ".join(parts[:-1]), parts[-1]
            if " " in form:
                continue
            words.append(form)
            tags.append(_tag(tag, {k: k for k in LABELS}))
    return docs


def _upper_csv_line(path: Path) -> list[str]:
    return [n.strip() for n in path.read_text(encoding="utf-8").split(",") if n.strip()]


def _title(name: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


def load_pools(lang: str, train_docs: list[Doc]) -> tuple[Pools, Pools]:
    """(train pools, held-out pools): names are split so the synthetic test set uses unseen names."""
    per_tokens = sorted({t.text for d in train_docs for e in d.ents if e.label_ == "PER" for t in e if t.is_title})
    orgs = sorted({e.text for d in train_docs for e in d.ents if e.label_ == "ORG" and len(e) <= 4})
    if lang == "nb":
        nc = DATA_DIR / "no" / "nocommons"
        women = [_title(n) for n in _upper_csv_line(nc / "fornavn_kvinner.csv")]
        men = [_title(n) for n in _upper_csv_line(nc / "fornavn_menn.csv")]
        surnames = _upper_csv_line(nc / "etternavn.csv")
        rows = list(csv.reader((nc / "postnummer.csv").open(encoding="utf-8")))
        postcodes = sorted({(r[0], _title_place(r[1])) for r in rows})
        municipalities = sorted({_title_place(r[3]) for r in rows})
        fake = Faker("no_NO")
    else:
        geo = DATA_DIR / "sv" / "geodata"
        fake = Faker("sv_SE")
        provider = next(p for p in fake.providers if "person" in type(p).__module__)
        women = sorted(set(provider.first_names_female))  # type: ignore[attr-defined]
        men = sorted(set(provider.first_names_male))  # type: ignore[attr-defined]
        surnames = sorted(set(provider.last_names))  # type: ignore[attr-defined]
        rows = list(csv.DictReader((geo / "postal_to_municipality.csv").open(encoding="utf-8")))
        postcodes = sorted({(r["postal_code"], r["locality"]) for r in rows})
        municipalities = sorted(
            {r["municipality_name_short"] for r in csv.DictReader((geo / "municipalities.csv").open(encoding="utf-8"))}
        )
    # Names seen in the news training text widen the pools (first or surname is not known: both).
    extra = [t for t in per_tokens if t.isalpha() and len(t) > 2]
    towns = sorted({t for _, t in postcodes})
    rng = random.Random(SEED)

    def split(items: list[str]) -> tuple[list[str], list[str]]:
        items = sorted(set(items))
        held = {i for i in items if rng.random() < HELDOUT_NAMES}
        return [i for i in items if i not in held], sorted(held)

    w_tr, w_te = split(women)
    m_tr, m_te = split(men)
    s_tr, s_te = split(surnames + extra[: len(surnames) // 2])
    train = Pools(w_tr, m_tr, s_tr, towns, municipalities, postcodes, orgs)
    test = Pools(w_te, m_te, s_te, towns, municipalities, postcodes, orgs)
    return train, test


def _title_place(name: str) -> str:
    name = re.sub(r"\s*\(.*\)", "", name)  # "HERØY (MØRE OG ROMSDAL)" -> "Herøy"
    return " ".join(_title(part) for part in name.split())


def synth_docs(nlp: Language, gen: NordicGenerator, n_tokens: int | None, n_snippets: int | None) -> list[Doc]:
    docs: list[Doc] = []
    total = dropped = 0
    rng = random.Random(SEED)
    while (n_tokens is not None and total < n_tokens) or (n_snippets is not None and len(docs) < n_snippets):
        snip: Snippet = gen.snippet()
        roll = rng.random()
        if roll < 0.04:
            snip = recase(snip, str.upper)
        elif roll < 0.07:
            snip = recase_entities(snip, str.upper, "PER")
        doc = snippet_doc(nlp, snip)
        if doc is None:
            dropped += 1
            continue
        docs.append(doc)
        total += len(doc)
    print(f"  synthetic: {len(docs)} snippets, {total} tokens, {dropped} dropped")
    return docs


def name_norms(pools: Pools, places: list[str], lowercase_counts: Counter[str]) -> dict[str, str]:
    """Name classes for the NORM feature, as for Danish (ner_names.build_name_norms)."""
    first = set(pools.first_women) | set(pools.first_men)
    last = set(pools.surnames)
    place_set = {p.split()[0] for p in places}
    norms: dict[str, str] = {}
    for name in sorted(first | last):
        if " " in name or name in place_set or lowercase_counts.get(name.lower(), 0) >= 3:
            continue
        cls = "<navn>" if name in first and name in last else "<fornavn>" if name in first else "<efternavn>"
        norms[name] = cls
        norms[name.upper()] = cls
        if lowercase_counts.get(name.lower() + "s", 0) < 3 and not name.endswith(("s", "x", "z")):
            norms.setdefault(name + "s", cls)
    return norms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["nb", "sv"], required=True)
    args = parser.parse_args()
    lang = args.lang
    out = corpus_dir(lang)
    nlp = spacy.blank(lang)
    tests: dict[str, list[Doc]] = {}
    if lang == "nb":
        norne = DATA_DIR / "no" / "norne"
        train = read_conllu(norne / "no_bokmaal-ner-train.reconstructed.conllu", nlp)
        train += read_conllu(norne / "no_nynorsk-ner-train.reconstructed.conllu", nlp)
        dev = read_conllu(norne / "no_bokmaal-ud-dev.conllu", nlp) + read_conllu(
            norne / "no_nynorsk-ud-dev.conllu", nlp
        )
        tests["norne_nob_test"] = read_conllu(norne / "no_bokmaal-ud-test.conllu", nlp)
        tests["norne_nno_test"] = read_conllu(norne / "no_nynorsk-ud-test.conllu", nlp)
    else:
        sv = DATA_DIR / "sv"
        tal = sv / "uner_talbanken"
        klintan_train = read_klintan(sv / "klintan" / "train_corpus.txt", nlp)
        rng = random.Random(SEED)
        held = [rng.random() < 0.1 for _ in klintan_train]
        train = read_iob2(tal / "sv_talbanken-ud-train.iob2", nlp)
        train += [d for d, h in zip(klintan_train, held, strict=True) if not h]
        dev = read_iob2(tal / "sv_talbanken-ud-dev.iob2", nlp) + [
            d for d, h in zip(klintan_train, held, strict=True) if h
        ]
        tests["talbanken_test"] = read_iob2(tal / "sv_talbanken-ud-test.iob2", nlp)
        tests["klintan_test"] = read_klintan(sv / "klintan" / "test_corpus.txt", nlp)

    print("Generating synthetic data ...")
    train_pools, heldout_pools = load_pools(lang, train)
    n_news = sum(len(d) for d in train)
    synth_train = synth_docs(nlp, NordicGenerator(lang, train_pools, SEED), int(n_news * SYNTH_RATIO), None)
    synth_test = synth_docs(nlp, NordicGenerator(lang, heldout_pools, SEED + 1), None, SYNTH_TEST_SNIPPETS)

    print("Writing DocBins ...")
    save(train, out / "train" / "news_train.spacy")
    save(synth_train, out / "train" / "synth_train.spacy")
    save(dev, out / "dev.spacy")
    for name, docs in tests.items():
        save(docs, out / f"test_{name}.spacy")
    save(synth_test, out / "test_synthetic_admin.spacy")
    lowercase = Counter(t.text for d in train for t in d if t.text.islower())
    norms = name_norms(train_pools, train_pools.towns + train_pools.municipalities, lowercase)
    write_json(out / "name_norms.json", norms)
    print(f"  name_norms.json: {len(norms)} entries")
    with (out / "synth_samples.txt").open("w", encoding="utf-8") as handle:
        for doc in synth_train[:40]:
            handle.write(doc.text + "\n  => " + " | ".join(f"{e.text!r}/{e.label_}" for e in doc.ents) + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
