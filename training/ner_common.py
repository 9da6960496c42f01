"""Paths and settings shared by the training scripts."""

from __future__ import annotations

import os
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO_ROOT = TRAINING_DIR.parent
CORPUS_DIR = TRAINING_DIR / "corpus"
OUTPUT_DIR = TRAINING_DIR / "output"
MODEL_DIR = REPO_ROOT / "models" / "da_redact_ner"
CONFIG_PATH = TRAINING_DIR / "config.cfg"

# The shared data folder sits next to the repository (/work/shared/data beside /work/main);
# REDACT_DATA_DIR overrides it.
DATA_DIR = Path(os.environ.get("REDACT_DATA_DIR", REPO_ROOT.parent / "shared" / "data"))
DA_DIR = DATA_DIR / "da"

SEED = 20240611

# One thread everywhere: training and the speed measurement must not take the second core.
THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}


def limit_threads() -> None:
    """Pin numerical libraries to one thread (must run before numpy is imported)."""
    for key, value in THREAD_ENV.items():
        os.environ[key] = value
