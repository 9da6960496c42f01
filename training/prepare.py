"""Build the training corpus in training/corpus/ (git-ignored).

- DDT (UNER_Danish-DDT, PER/LOC/ORG) train/dev/test -> DocBin, with the original spacing from "# text".
- DaN+ Arto forum dev/test -> DocBin (level-1 tags; Xpart -> X, Xderiv and MISC -> O, as in UNER).
- Synthetic administrative Danish (synth.py), plus a held-out synthetic test set drawn from names that
  the training snippets never use.
- name_norms.json: the name-class table behind the NORM feature (see names.build_name_norms).

Usage: python training/prepare.py   (deterministic: fixed seed, sorted inputs)
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

from ner_common import CORPUS_DIR, DA_DIR, SEED, limit_threads

limit_threads()

import spacy  # noqa: E402
from ner_names import build_name_norms, load_name_pools, load_place_pools, write_json  # noqa: E402
from ner_synth import Generator, Snippet  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

LABELS = ("PER", "LOC", "ORG")
# Synthetic tokens per DDT training token. Moderate, so news performance does not collapse.
SYNTH_RATIO = 0.9
# Extra upper-cased copies of DDT sentences with entities (PDF headings, forms in capitals).
UPPER_COPY_FRACTION = 0.05
SYNTH_TEST_SNIPPETS = 600


def read_ddt(path: Path, nlp: Language) -> list[Doc]:
    docs: list[Doc] = []
    text = ""
    rows: list[tuple[str, str]] = []

    def flush() -> None:
        if rows:
            docs.append(make_doc(nlp, [r[0] for r in rows], [r[1] for r in rows], text))

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                flush()
                rows, text = [], ""
            else:
                cols = line.split("\t")
                rows.append((cols[1], cols[2]))
    flush()
    return docs


def map_danplus_tag(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    if label.endswith("part"):
        label = label[: -len("part")]
    if label.endswith("deriv") or label not in LABELS:
        return "O"
    return f"{prefix}-{label}"


def read_danplus(path: Path, nlp: Language) -> list[Doc]:
    docs: list[Doc] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in [*handle, "\n"]:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    docs.append(make_doc(nlp, words, tags, None))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[0])
            tags.append(map_danplus_tag(cols[1]))
    return docs


def make_doc(nlp: Language, words: list[str], tags: list[str], text: str | None) -> Doc:
    """A Doc with gold tokens; spacing comes from the original text, or a punctuation heuristic."""
    spaces: list[bool] = []
    if text is not None:
        pos = 0
        for word in words:
            found = text.find(word, pos)
            if found < 0:  # tokenisation differs from the text: fall back to a space
                spaces.append(True)
                continue
            pos = found + len(word)
            spaces.append(pos < len(text) and text[pos] == " ")
    else:
        for i, _word in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            spaces.append(bool(nxt) and nxt not in {".", ",", "!", "?", ":", ";", ")", "..."} and words[i] != "(")
    # Repair I- tags that do not continue an entity of the same type.
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[i - 1] == "O" or fixed[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=fixed)


def snippet_doc(nlp: Language, snip: Snippet) -> Doc | None:
    doc = nlp.make_doc(snip.text)
    ents = []
    for start, end, label in snip.spans:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            return None  # the tokenizer cuts through an entity: drop the snippet rather than teach noise
        ents.append(span)
    try:
        doc.ents = ents
    except ValueError:
        return None
    return doc


def upper_copy(nlp: Language, doc: Doc) -> Doc | None:
    words = [t.text.upper() for t in doc]
    if any(len(w) != len(t.text) for w, t in zip(words, doc, strict=True)):
        return None
    tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    return Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], ents=tags)


def synth_docs(nlp: Language, gen: Generator, n_tokens: int | None, n_snippets: int | None) -> list[Doc]:
    docs: list[Doc] = []
    total = 0
    dropped = 0
    while (n_tokens is not None and total < n_tokens) or (n_snippets is not None and len(docs) < n_snippets):
        doc = snippet_doc(nlp, gen.snippet())
        if doc is None:
            dropped += 1
            continue
        docs.append(doc)
        total += len(doc)
    print(f"  synthetic: {len(docs)} snippets, {total} tokens, {dropped} dropped (tokenizer/entity mismatch)")
    return docs


def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], docs=docs).to_disk(path)
    counts = Counter(ent.label_ for doc in docs for ent in doc.ents)
    print(
        f"  {path.relative_to(CORPUS_DIR.parent)}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, {dict(counts)}"
    )


def main() -> int:
    if not DA_DIR.is_dir():
        print(f"data folder not found: {DA_DIR} (set REDACT_DATA_DIR)", file=sys.stderr)
        return 1
    nlp = spacy.blank("da")
    ddt = DA_DIR / "uner_ddt"
    danplus = DA_DIR / "danplus"
    print("Reading DDT and DaN+ ...")
    ddt_train = read_ddt(ddt / "da_ddt-ud-train.iob2", nlp)
    ddt_dev = read_ddt(ddt / "da_ddt-ud-dev.iob2", nlp)
    ddt_test = read_ddt(ddt / "da_ddt-ud-test.iob2", nlp)
    arto_dev = read_danplus(danplus / "da_arto_dev.tsv", nlp)
    arto_test = read_danplus(danplus / "da_arto_test.tsv", nlp)

    rng = random.Random(SEED)
    uppers = [u for d in ddt_train if d.ents and rng.random() < UPPER_COPY_FRACTION if (u := upper_copy(nlp, d))]

    print("Generating synthetic data ...")
    train_names, heldout_names = load_name_pools()
    places = load_place_pools()
    n_ddt_tokens = sum(len(d) for d in ddt_train)
    synth_train = synth_docs(nlp, Generator(train_names, places, SEED), int(n_ddt_tokens * SYNTH_RATIO), None)
    synth_test = synth_docs(nlp, Generator(heldout_names, places, SEED + 1), None, SYNTH_TEST_SNIPPETS)

    print("Writing DocBins ...")
    save(ddt_train, CORPUS_DIR / "train" / "ddt_train.spacy")
    save(uppers, CORPUS_DIR / "train" / "ddt_train_upper.spacy")
    save(arto_dev, CORPUS_DIR / "train" / "arto_dev.spacy")
    save(synth_train, CORPUS_DIR / "train" / "synth_train.spacy")
    save(ddt_dev, CORPUS_DIR / "dev.spacy")
    save(ddt_test, CORPUS_DIR / "test_ddt.spacy")
    save(arto_test, CORPUS_DIR / "test_arto.spacy")
    save(synth_test, CORPUS_DIR / "test_synth.spacy")
    lowercase_counts = Counter(t.text for d in ddt_train for t in d if t.text.islower())
    norms = build_name_norms(places.towns + places.municipalities, lowercase_counts)
    write_json(CORPUS_DIR / "name_norms.json", norms)
    print(f"  name_norms.json: {len(norms)} entries")
    # A few samples for eyeballing.
    with (CORPUS_DIR / "synth_samples.txt").open("w", encoding="utf-8") as handle:
        for doc in synth_train[:60]:
            handle.write(doc.text + "\n  => " + " | ".join(f"{e.text!r}/{e.label_}" for e in doc.ents) + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
