"""Evaluate a trained pipeline and write metrics.json next to it.

Accuracy: precision/recall/F1 per label (spaCy's Scorer, exact span match) on the DDT test split, the
DaN+ Arto forum test split and the held-out synthetic administrative test set. The pipeline tokenizes
the raw text itself; gold spans are aligned to its tokens.

Speed: words per second of nlp.pipe over the DDT test texts (565 sentences, ~10k words) in this one
process with every numerical library pinned to one thread; one warm-up pass, then the best of
SPEED_RUNS timed passes (wall clock, time.perf_counter), counting the tokens of the produced docs.

Usage: python training/evaluate.py [MODEL_DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

from ner_common import CORPUS_DIR, MODEL_DIR, limit_threads

limit_threads()

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

TEST_SETS = {
    "ddt_dev": CORPUS_DIR / "dev.spacy",
    "ddt_test": CORPUS_DIR / "test_ddt.spacy",
    "arto_test": CORPUS_DIR / "test_arto.spacy",
    "synthetic_admin_test": CORPUS_DIR / "test_synth.spacy",
}
LABELS = ("PER", "LOC", "ORG")
SPEED_RUNS = 3


def test_sets(corpus: Path | None) -> dict[str, Path]:
    """The Danish sets by default; for another language the dev set and every test_*.spacy of its corpus."""
    if corpus is None:
        return TEST_SETS
    sets = {"dev": corpus / "dev.spacy"}
    sets.update({p.stem.removeprefix("test_"): p for p in sorted(corpus.glob("test_*.spacy"))})
    return sets


def score(nlp: Language, path: Path) -> dict[str, Any]:
    gold_docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold_docs]
    scores = nlp.evaluate(examples)
    per_type = scores.get("ents_per_type") or {}
    result: dict[str, Any] = {
        "docs": len(gold_docs),
        "micro": {"p": round(scores["ents_p"], 4), "r": round(scores["ents_r"], 4), "f": round(scores["ents_f"], 4)},
    }
    for label in LABELS:
        entry = per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        gold = sum(1 for doc in gold_docs for ent in doc.ents if ent.label_ == label)
        result[label] = {k: round(float(entry[k]), 4) for k in ("p", "r", "f")} | {"gold": gold}
    return result


def words_per_second(nlp: Language, path: Path) -> dict[str, Any]:
    texts = [doc.text for doc in DocBin().from_disk(path).get_docs(nlp.vocab)]
    list(nlp.pipe(texts, batch_size=256))  # warm-up
    best = 0.0
    words = 0
    for _ in range(SPEED_RUNS):
        start = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        elapsed = time.perf_counter() - start
        best = max(best, words / elapsed)
    return {
        "words_per_second": round(best),
        "words": words,
        "method": (
            f"nlp.pipe(batch_size=256) over the {len(texts)} {path.stem} texts, one process, one thread "
            f"(OMP/OpenBLAS/BLIS=1), best of {SPEED_RUNS} passes after one warm-up; words = spaCy tokens"
        ),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def model_size_bytes(model_dir: Path) -> int:
    return sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file() and p.name != "metrics.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default=str(MODEL_DIR))
    parser.add_argument("--no-write", action="store_true", help="print only, do not write metrics.json")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder of another language")
    args = parser.parse_args()
    model_dir = Path(args.model)
    sets = test_sets(args.corpus)
    nlp = spacy.load(model_dir)
    metrics: dict[str, Any] = {"model": f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"}
    for name, path in sets.items():
        metrics[name] = score(nlp, path)
    speed_set = TEST_SETS["ddt_test"] if args.corpus is None else next(p for n, p in sets.items() if n != "dev")
    metrics["speed"] = words_per_second(nlp, speed_set)
    metrics["size_bytes"] = model_size_bytes(model_dir)

    print(f"{'set':<22} {'label':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for name in sets:
        for label in LABELS:
            m = metrics[name][label]
            print(f"{name:<22} {label:<5} {m['p']:>6.3f} {m['r']:>6.3f} {m['f']:>6.3f} {m['gold']:>5}")
        micro = metrics[name]["micro"]
        print(f"{name:<22} {'all':<5} {micro['p']:>6.3f} {micro['r']:>6.3f} {micro['f']:>6.3f}")
    print(f"speed: {metrics['speed']['words_per_second']} words/s ({metrics['speed']['method']})")
    print(f"size: {metrics['size_bytes'] / 1e6:.1f} MB")
    if not args.no_write:
        out = model_dir / "metrics.json"
        out.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
