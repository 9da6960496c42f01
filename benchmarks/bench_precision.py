"""`make precision`: how many proposals a case handler must look at, and how many of them are right.

For each annotated corpus (the fictional development corpus and the set of real published texts in
`../shared/corpus`), it runs `redact batch` with the corpus's keep-list and `--auto-accept`, then:
- reads every proposal from the case file (`sag.redact`) and judges it against the corpus's truth:
  *right* when its text lies inside a span marked for redaction (or holds one), *wrong* otherwise
  (a wrong proposal that hides a span marked to stay is counted apart: it is what costs readers most);
- prints proposals per 1,000 words, right and wrong, and false proposals per 1,000 words;
- scores the released PDFs with the corpus's own scorer (`corpus.py score --no-ocr`): redact recall,
  keep rate and word retention.

Prints figures; asserts nothing. The corpora are for measuring only: nothing of them enters the product.
`--out DIR` keeps the batch outputs (one folder per corpus), `--reuse` scores outputs already there.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DANISH_BORN_DIGITAL = ["lang=da", "format=pdf,docx,eml,txt"]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).replace("\u00ad", "")).strip()


def contains_words(outer: str, inner: str) -> bool:
    """`inner` occurs in `outer` as whole words (case-sensitive, white space folded)."""
    if not inner:
        return False
    return re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", outer) is not None


@dataclass
class Tally:
    words: int = 0
    proposals: int = 0
    right: int = 0
    wrong: int = 0
    wrong_on_keep: int = 0
    in_office: int = 0  # shown as persons acting in office, not blacked out unless chosen
    in_office_private: int = 0  # of them, marked for redaction in the truth: a leak if left
    wrong_examples: Counter[str] = field(default_factory=Counter)
    per_entity: Counter[str] = field(default_factory=Counter)
    wrong_per_entity: Counter[str] = field(default_factory=Counter)


def select(truth: dict[str, dict], only: list[str]) -> dict[str, dict]:
    for rule in only:
        key, _, values = rule.partition("=")
        allowed = set(values.split(","))
        truth = {stem: t for stem, t in truth.items() if str(t.get(key)) in allowed}
    return truth


def rejected(log_file: Path) -> set[str]:
    """Proposals whose last decision is a rejection (in a fresh batch: those of persons in office)."""
    last: dict[str, str] = {}
    if log_file.exists():
        for line in log_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d.get("action") in ("accept", "reject"):
                    last[d["proposal"]] = d["action"]
    return {pid for pid, action in last.items() if action == "reject"}


def judge(case_file: Path, truth: dict[str, dict]) -> Tally:
    case = json.loads(case_file.read_text(encoding="utf-8"))
    held = rejected(case_file.with_name("sag-log.jsonl"))
    stem_of = {d["id"]: Path(d["output_name"]).stem for d in case["documents"]}
    tally = Tally()
    for t in truth.values():
        tally.words += len(re.findall(r"\w+", t["text"]))
    for p in case["proposals"]:
        t = truth.get(stem_of.get(p["document"], ""))
        if t is None:
            continue
        text = fold(p["text"])
        entity = p["entity"]
        redact = [fold(s["text"]) for s in t["spans"] if s["action"] == "redact"]
        keep = [fold(s["text"]) for s in t["spans"] if s["action"] == "keep"]
        if p["id"] in held:
            tally.in_office += 1
            if any(contains_words(s, text) or contains_words(text, s) for s in redact):
                tally.in_office_private += 1
                tally.wrong_examples[f"IN OFFICE, but private: {text}"] += 1
            continue
        tally.proposals += 1
        tally.per_entity[entity] += 1
        if any(contains_words(s, text) or contains_words(text, s) for s in redact):
            tally.right += 1
            continue
        tally.wrong += 1
        tally.wrong_per_entity[entity] += 1
        if any(contains_words(s, text) or contains_words(text, s) for s in keep):
            tally.wrong_on_keep += 1
        tally.wrong_examples[f"{entity}: {text}"] += 1
    return tally


def load_scorer(corpus: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_scorer", corpus / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_batch(files: Path, keep_list: Path, out: Path) -> None:
    redact = Path(sys.executable).with_name("redact")
    cmd = [str(redact), "batch", str(files), "--out", str(out), "--keep-list", str(keep_list)]
    cmd += ["--auto-accept", "--jobs", "1"]
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)


def report(name: str, tally: Tally, scores: dict, show: int) -> None:
    per_k = 1000 / tally.words if tally.words else 0.0
    print(f"\n== {name}: {tally.words} words, {tally.proposals} proposals")
    print(f"   proposals per 1,000 words: {tally.proposals * per_k:.1f}")
    share = tally.right / tally.proposals if tally.proposals else 0.0
    print(f"   right: {tally.right} ({share:.1%})   wrong: {tally.wrong}, on text to keep: {tally.wrong_on_keep}")
    print(f"   false proposals per 1,000 words: {tally.wrong * per_k:.1f}")
    print(f"   shown as in office (not blacked out): {tally.in_office}, of them private: {tally.in_office_private}")
    print(
        f"   redact_recall={scores['redact_recall']} keep_rate={scores['keep_rate']} "
        f"word_retention={scores['word_retention']} (corpus.py score --no-ocr)"
    )
    print("   proposals by category: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.per_entity.items())))
    if tally.wrong_per_entity:
        print("   wrong by category: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.wrong_per_entity.items())))
    for text, n in tally.wrong_examples.most_common(show):
        print(f"     wrong x{n}: {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding dev/, real/ and corpus.py")
    ap.add_argument("--out", type=Path, help="keep the batch outputs here (one folder per corpus)")
    ap.add_argument("--reuse", action="store_true", help="score the outputs already in --out")
    ap.add_argument("--show", type=int, default=0, help="list the N most frequent wrong proposals")
    ap.add_argument("--only", choices=["dev", "real"], help="one corpus only")
    args = ap.parse_args()
    if not (args.corpus / "corpus.py").exists():
        sys.exit(f"precision: no annotated corpus in {args.corpus} (give --corpus)")
    scorer = load_scorer(args.corpus)
    with tempfile.TemporaryDirectory(prefix="redact-precision-") as tmp:
        base = args.out or Path(tmp)
        for name in ["dev", "real"]:
            if args.only and name != args.only:
                continue
            root = args.corpus / name
            out = base / name
            if not args.reuse:
                run_batch(root / "files", root / "keep-list.txt", out)
            all_truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
            subsets = [("all", [])] + ([("Danish born-digital", DANISH_BORN_DIGITAL)] if name == "dev" else [])
            subsets += [("Danish", ["lang=da"])] if name == "real" else []
            for label, only in subsets:
                truth = select(all_truth, only)
                tally = judge(out / "sag.redact", truth)
                released = out / "udlevering" if (out / "udlevering").is_dir() else out  # the release folder
                scores = scorer.score(root / "truth.json", released, ocr=False, only=only)
                report(f"{name} corpus, {label} ({len(truth)} documents)", tally, scores, args.show)


if __name__ == "__main__":
    main()
