"""`make bench-languages`: the acceptance figures per language on the annotated corpora.

For each corpus in `../shared/corpus` (the fictional development corpus and the real published
texts) it runs one `redact batch` with the corpus's keep-list and `--auto-accept` over all its
files, then scores the released PDFs with the corpus's own scorer (`corpus.py score`, OCR on)
once per language (`--only lang=da|no|sv`), and checks that the language stored for every
document is the language the corpus gives it. Prints a table; asserts nothing. The targets for
every language are redact_recall >= 0.95, keep_rate >= 0.95, word_retention >= 0.97.
The corpora are for measuring only: nothing of them enters the product.

  python benchmarks/bench_languages.py [--corpus DIR] [--out DIR] [--reuse] [--only-nordic]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGETS = {"redact_recall": 0.95, "keep_rate": 0.95, "word_retention": 0.97}
FAMILY = {"da": "da", "nb": "no", "nn": "no", "sv": "sv", "en": "en"}


def run_batch(files: Path, keep: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    cmd = [sys.executable, "-m", "redact", "batch", str(files), "--out", str(out), "--auto-accept", "--jobs", "1"]
    if keep.is_file():
        cmd += ["--keep-list", str(keep)]
    subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def score(scorer: Path, truth: Path, out: Path, lang: str) -> dict[str, float]:
    released = out / "udlevering"  # newer batches write the released PDFs into this sub-folder
    out = released if released.is_dir() else out
    result = subprocess.run(
        [sys.executable, str(scorer), "score", str(truth), str(out), "--only", f"lang={lang}"],
        capture_output=True,
        text=True,
        check=False,
    )
    figures = dict(re.findall(r"(redact_recall|keep_rate|word_retention)=([0-9.]+)", result.stdout))
    return {k: float(v) for k, v in figures.items()}


def language_check(truth: dict[str, dict[str, str]], out: Path, langs: set[str]) -> tuple[int, int]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    per_doc = report.get("language_per_document", {})
    right = total = 0
    for entry in truth.values():
        if entry["lang"] not in langs:
            continue
        stem = Path(entry["file"]).stem
        got = next((v for k, v in per_doc.items() if Path(k).stem == stem), None)
        total += 1
        right += FAMILY.get(got or "", "") == entry["lang"]
    return right, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=None, help="keep the batch outputs here")
    ap.add_argument("--reuse", action="store_true", help="score outputs already in --out")
    ap.add_argument("--only-nordic", action="store_true", help="only the Norwegian and Swedish documents")
    args = ap.parse_args()
    scorer = args.corpus / "corpus.py"
    langs = {"no", "sv"} if args.only_nordic else {"da", "no", "sv"}
    base = args.out or Path(tempfile.mkdtemp(prefix="redact-bench-languages-"))
    print(f"{'corpus':<6} {'lang':<4} {'docs':>4} {'language':>9} {'recall':>7} {'keep':>6} {'retention':>9}  targets")
    for name in ("dev", "real"):
        folder = args.corpus / name
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        out = base / name
        if not (args.reuse and (out / "report.json").is_file()):
            files = folder / "files"
            if args.only_nordic:
                files = base / f"{name}-files"
                files.mkdir(parents=True, exist_ok=True)
                for entry in truth.values():
                    link = files / entry["file"]
                    if entry["lang"] in langs and not link.exists():
                        link.symlink_to(folder / "files" / entry["file"])
            run_batch(files, folder / "keep-list.txt", out)
        for lang in sorted(langs):
            docs = sum(1 for e in truth.values() if e["lang"] == lang)
            if not docs:
                continue
            right, total = language_check(truth, out, {lang})
            fig = score(scorer, folder / "truth.json", out, lang)
            met = all(fig.get(k, 0.0) >= v for k, v in TARGETS.items())
            print(
                f"{name:<6} {lang:<4} {docs:>4} {right:>4}/{total:<4} {fig.get('redact_recall', 0):>7.3f} "
                f"{fig.get('keep_rate', 0):>6.3f} {fig.get('word_retention', 0):>9.3f}  {'met' if met else 'NOT met'}"
            )
    print(f"outputs: {base}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
