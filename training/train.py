"""Rebuild models/da_redact_ner from scratch: prepare the corpus, train, package, evaluate.

Usage (from the repository root, offline):  .venv/bin/python training/train.py
Options: --skip-prepare (reuse training/corpus), --max-steps N (override the config's bound).

Deterministic: fixed seeds in prepare.py and config.cfg, one CPU thread.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ner_common import CONFIG_PATH, CORPUS_DIR, MODEL_DIR, OUTPUT_DIR, REPO_ROOT, THREAD_ENV, TRAINING_DIR

META = {
    "name": "da_redact_ner",
    "version": "0.1.0",
    "license": "CC BY-SA 4.0",
    "author": "redact developers",
    "description": (
        "Small Danish NER pipeline (tok2vec CNN + ner, PER/LOC/ORG) for proposing redactions in municipal "
        "case files. Trained from scratch on UNER_Danish-DDT, DaN+ Arto dev and synthetic administrative text."
    ),
    "sources": [
        {
            "name": "UNER_Danish-DDT (Universal NER v1)",
            "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
            "license": "CC BY-SA 4.0",
            "author": "Mayhew et al. 2024; Plank et al. 2020",
        },
        {
            "name": "DaN+ (Arto dev split)",
            "url": "https://github.com/bplank/DaNplus",
            "license": "MIT",
            "author": "Plank, Nørgaard Jensen & van der Goot 2020",
        },
        {
            "name": "Name lists: Danmarks Statistik 2023 via Danish-NER-bias; DaCy names",
            "url": "https://github.com/centre-for-humanities-computing/Danish-NER-bias",
            "license": "Apache-2.0 (Kilde: Danmarks Statistik)",
        },
        {"name": "DAWA place names", "url": "https://github.com/DanmarksAdresser/Dawa", "license": "MIT"},
    ],
}


def run(cmd: list[str]) -> None:
    print("$ " + " ".join(cmd), flush=True)
    env = {**os.environ, **THREAD_ENV, "PYTHONHASHSEED": "0"}
    subprocess.run(cmd, check=True, cwd=REPO_ROOT, env=env)


def package(best: Path) -> None:
    """Copy the best pipeline into models/da_redact_ner, keeping the hand-written model card."""
    card = MODEL_DIR / "README.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(best, MODEL_DIR)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
    meta_path = MODEL_DIR / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-prepare", action="store_true")
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args()
    python = sys.executable
    if not args.skip_prepare:
        run([python, str(TRAINING_DIR / "prepare.py")])
    if OUTPUT_DIR.exists():
        shutil.rmtree(OUTPUT_DIR)
    cmd = [
        python, "-m", "spacy", "train", str(CONFIG_PATH.relative_to(REPO_ROOT)),
        "--output", str(OUTPUT_DIR.relative_to(REPO_ROOT)),
        "--code", str((TRAINING_DIR / "ner_functions.py").relative_to(REPO_ROOT)),
        "--paths.train", str((CORPUS_DIR / "train").relative_to(REPO_ROOT)),
        "--paths.dev", str((CORPUS_DIR / "dev.spacy").relative_to(REPO_ROOT)),
        "--paths.norms", str((CORPUS_DIR / "name_norms.json").relative_to(REPO_ROOT)),
    ]  # fmt: skip
    if args.max_steps is not None:
        cmd += ["--training.max_steps", str(args.max_steps)]
    start = time.monotonic()
    run(cmd)
    minutes = (time.monotonic() - start) / 60
    print(f"training took {minutes:.1f} min", flush=True)
    package(OUTPUT_DIR / "model-best")
    run([python, str(TRAINING_DIR / "evaluate.py"), str(MODEL_DIR)])
    metrics_path = MODEL_DIR / "metrics.json"
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    metrics["training_minutes"] = round(minutes, 1)
    metrics_path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model written to {Path(MODEL_DIR).relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
