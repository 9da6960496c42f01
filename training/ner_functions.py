"""Registered functions used by config.cfg at training time only (passed to spaCy with --code).

The packaged pipeline does not need this file: the name-class table ends up in vocab/lookups.bin and
spaCy applies a "lexeme_norm" table by itself when it loads the vocab.
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.lookups import Lookups


@spacy.registry.misc("redact.name_norm_lookups.v1")
def name_norm_lookups(path: str) -> Lookups:
    """A Lookups object whose "lexeme_norm" table maps frequent names to a class token (see names.py)."""
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    lookups = Lookups()
    lookups.add_table("lexeme_norm", table)
    return lookups
