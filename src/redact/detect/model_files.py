"""Where the NER models lie and which versions they are: read without loading spaCy, so a batch
can name its models (and fork its reader) before the heavy imports of detection."""

from __future__ import annotations

import json
from pathlib import Path

from redact import paths

MODEL_NAME = "da_redact_ner"
# The model of each language family: Danish, Norwegian (bokmål and nynorsk), Swedish.
FAMILY_MODELS = {"da": MODEL_NAME, "no": "nb_redact_ner", "sv": "sv_redact_ner"}
MODEL_VERSION = "ingen NER-model (kun mønstre og regler)"


def default_model_dir() -> Path:
    return paths.models_dir() / MODEL_NAME


def model_dir_for(family: str) -> Path:
    return paths.models_dir() / FAMILY_MODELS.get(family, MODEL_NAME)


def model_version(model_dir: Path | None = None) -> str:
    meta = (model_dir or default_model_dir()) / "meta.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return f"{data.get('name', MODEL_NAME)} {data.get('version', '?')}"


def models_in_use() -> str:
    """The NER models in use, Danish first ("da_redact_ner 0.1.0, sv_redact_ner 0.1.0")."""
    danish = model_version()
    if not danish:
        return MODEL_VERSION
    others = [model_version(model_dir_for(f)) for f in ("no", "sv") if model_dir_for(f).exists()]
    return ", ".join([danish, *[v for v in others if v]])
