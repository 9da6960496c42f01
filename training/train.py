"""Rebuild models/<lang>_redact_ner from scratch: prepare the corpus, train, package, evaluate.

Usage (from the repository root, offline):  .venv/bin/python training/train.py [--lang da|nb|sv]
Options: --skip-prepare (reuse the corpus), --max-steps N (override the config's bound).
The same recipe (config.cfg) for every language; only the data (prepare.py for Danish,
prepare_nordic.py for Norwegian bokmål + nynorsk and Swedish) and the spaCy language differ.

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

from model_card_table import write_into_card
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


NORDIC_META = {
    "nb": {
        "name": "nb_redact_ner",
        "version": "0.1.0",
        "license": "CC BY 4.0",
        "author": "redact developers",
        "description": (
            "Small Norwegian (bokmål and nynorsk) NER pipeline (tok2vec CNN + ner, PER/LOC/ORG) for proposing "
            "redactions in municipal case files. Trained from scratch on NorNE and synthetic administrative text."
        ),
        "sources": [
            {
                "name": "NorNE (Norwegian Dependency Treebank with named entities), bokmål and nynorsk",
                "url": "https://github.com/ltgoslo/norne",
                "license": "CC0 (annotations); NDT licence for the text",
                "author": "Jørgensen, Aasmoe, Ruud Husevåg, Øvrelid & Velldal 2020",
            },
            {
                "name": "NoCommons name lists and postcodes",
                "url": "https://github.com/bekkopen/NoCommons",
                "license": "MIT",
            },
            {"name": "Faker no_NO (companies, streets)", "url": "https://github.com/joke2k/faker", "license": "MIT"},
        ],
    },
    "sv": {
        "name": "sv_redact_ner",
        "version": "0.1.0",
        "license": "CC BY-SA 4.0",
        "author": "redact developers",
        "description": (
            "Small Swedish NER pipeline (tok2vec CNN + ner, PER/LOC/ORG) for proposing redactions in municipal "
            "case files. Trained from scratch on UNER Talbanken, klintan's Webbnyheter 2012 NER and synthetic "
            "administrative text."
        ),
        "sources": [
            {
                "name": "UNER_Swedish-Talbanken (Universal NER v1)",
                "url": "https://github.com/UniversalNER/UNER_Swedish-Talbanken",
                "license": "CC BY-SA 4.0",
            },
            {
                "name": "Swedish NER corpus (Webbnyheter 2012), A. Klintberg",
                "url": "https://github.com/klintan/swedish-ner-corpus",
                "license": "CC BY 4.0",
            },
            {
                "name": "Swedish geodata (postcodes, municipalities)",
                "url": "https://github.com/sjbrg/swedish-geodata",
                "license": "CC0 1.0",
            },
            {
                "name": "Faker sv_SE (names, companies, streets)",
                "url": "https://github.com/joke2k/faker",
                "license": "MIT",
            },
        ],
    },
}


def package(best: Path, model_dir: Path, meta_update: dict[str, object]) -> None:
    """Copy the best pipeline into models/<lang>_redact_ner, keeping the model card (its accuracy
    table is rewritten from metrics.json after the evaluation)."""
    card = model_dir / "README.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    if model_dir.exists():
        shutil.rmtree(model_dir)
    shutil.copytree(best, model_dir)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(meta_update)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-prepare", action="store_true")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--lang", choices=["da", "nb", "sv"], default="da")
    args = parser.parse_args()
    python = sys.executable
    lang = args.lang
    corpus = CORPUS_DIR if lang == "da" else TRAINING_DIR / f"corpus_{lang}"
    output = OUTPUT_DIR if lang == "da" else TRAINING_DIR / f"output_{lang}"
    model_dir = MODEL_DIR if lang == "da" else MODEL_DIR.parent / f"{lang}_redact_ner"
    meta = META if lang == "da" else NORDIC_META[lang]
    if not args.skip_prepare:
        if lang == "da":
            run([python, str(TRAINING_DIR / "prepare.py")])
        else:
            run([python, str(TRAINING_DIR / "prepare_nordic.py"), "--lang", lang])
    if output.exists():
        shutil.rmtree(output)
    cmd = [
        python, "-m", "spacy", "train", str(CONFIG_PATH.relative_to(REPO_ROOT)),
        "--output", str(output.relative_to(REPO_ROOT)),
        "--code", str((TRAINING_DIR / "ner_functions.py").relative_to(REPO_ROOT)),
        "--paths.train", str((corpus / "train").relative_to(REPO_ROOT)),
        "--paths.dev", str((corpus / "dev.spacy").relative_to(REPO_ROOT)),
        "--paths.norms", str((corpus / "name_norms.json").relative_to(REPO_ROOT)),
        "--nlp.lang", lang,
    ]  # fmt: skip
    if args.max_steps is not None:
        cmd += ["--training.max_steps", str(args.max_steps)]
    start = time.monotonic()
    run(cmd)
    minutes = (time.monotonic() - start) / 60
    print(f"training took {minutes:.1f} min", flush=True)
    package(output / "model-best", model_dir, meta)
    evaluate = [python, str(TRAINING_DIR / "evaluate.py"), str(model_dir)]
    if lang != "da":
        evaluate += ["--corpus", str(corpus)]
    run(evaluate)
    metrics_path = model_dir / "metrics.json"
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    metrics["training_minutes"] = round(minutes, 1)
    metrics_path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_into_card(model_dir)  # the card states this build's figures, never the last one's
    print(f"model written to {model_dir.relative_to(REPO_ROOT)} (figures in its README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
