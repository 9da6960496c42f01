"""The maintained list of legal bases: resources/legal/bases_da.yaml, with an authority's own file
merged over it (same code: the fields it gives replace ours; a new code is added).

Every error in a file is reported at once, with the entry it is in, so an authority fixing its file
does not have to run the tool once per mistake.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.language import family
from redact.core.legal import LegalBasis, Scope, Suggestion
from redact.paths import resources_dir
from redact.store.yamlfile import read_yaml

_FIELDS = {"kode", "etiket", "henvisning", "omfang", "lov", "begrundelse"}
# A label must fit in a redaction box on one line.
MAX_LABEL = 24


def default_bases_path(language: str = "da") -> Path:
    """The bundled list of one country's provisions: bases_da.yaml, bases_no.yaml or bases_sv.yaml."""
    return resources_dir() / "legal" / f"bases_{family(language)}.yaml"


def load_legal_bases(*extra: Path, defaults: Path | None = None, language: str | None = None) -> dict[str, LegalBasis]:
    """The bundled list, then each file in `extra` merged over it in order.

    Without `language` the bundled lists of every country are loaded (their codes never collide:
    Norwegian ones start with "no-", Swedish ones with "se-"), so a case that mixes languages finds
    every basis its proposals carry; with it, only that country's list (Danish first when mixed).
    """
    if defaults is not None:
        bundled = [defaults]
    elif language is not None:
        bundled = [default_bases_path(language)]
    else:
        bundled = [default_bases_path(code) for code in ("da", "nb", "sv")]
    bases: dict[str, LegalBasis] = {}
    for path in (*bundled, *extra):
        if path in bundled and defaults is None and not path.exists():
            continue  # a country's list not installed: its codes fall back to core.legal
        bases = merge_bases(bases, _read(path), str(path))
    return bases


def load_suggestions(*extra: Path, language: str = "da") -> tuple[Suggestion, ...]:
    """Which provision is suggested for which kind of information (`forslag:`), in the bundled list of
    the language's country, then each file in `extra` merged over it (the same `art` replaces ours;
    the categories a later kind lists are taken from the earlier kinds).

    Every code must be a provision of the merged lists of bases, every category a known one; all
    errors are reported at once.
    """
    bundled = default_bases_path(language)
    paths = [p for p in (bundled, *extra) if p != bundled or p.exists()]
    known = set(load_legal_bases(*extra, language=language)) if paths else set()
    out: dict[str, Suggestion] = {}
    for path in paths:
        raw = read_yaml(path, "listen over hjemler")
        entries = raw.get("forslag", []) if isinstance(raw, dict) else []
        if not isinstance(entries, list):
            raise UsageError(f"{path}: 'forslag:' skal være en liste")
        for s in _suggestions(entries, known, str(path)):
            # a later file's categories are its own: an earlier kind no longer claims them
            out = {k: replace(o, entities=o.entities - s.entities) for k, o in out.items()}
            out[s.kind] = s
    return tuple(out.values())


def _suggestions(entries: list[Any], known: set[str], where: str) -> list[Suggestion]:
    errors: list[str] = []
    out: list[Suggestion] = []
    entity_names = {e.value for e in Entity}
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("art") or not entry.get("hjemmel"):
            errors.append(f"forslag {i}: skal have 'art' og 'hjemmel'")
            continue
        kind, code = str(entry["art"]).strip(), str(entry["hjemmel"]).strip()
        categories = [str(c).strip() for c in entry.get("kategorier") or []]
        unknown = [c for c in categories if c not in entity_names]
        if code not in known:
            errors.append(f"forslag {i} ({kind}): hjemlen {code!r} er ikke på listen over hjemler")
        if unknown:
            errors.append(f"forslag {i} ({kind}): ukendte kategorier {', '.join(unknown)}")
        if code in known and not unknown:
            out.append(Suggestion(kind, code, frozenset(Entity(c) for c in categories)))
    if errors:
        raise UsageError(f"{where}: fejl i forslagene til hjemler:\n  " + "\n  ".join(errors))
    return out


def _read(path: Path) -> list[dict[str, Any]]:
    raw = read_yaml(path, "listen over hjemler")
    if not isinstance(raw, dict) or not isinstance(raw.get("hjemler"), list):
        raise UsageError(f"{path}: filen skal have en liste 'hjemler:' (se resources/legal/bases_da.yaml)")
    entries: list[dict[str, Any]] = raw["hjemler"]
    return entries


def _clean(text: str) -> str:
    """One line per paragraph: YAML line breaks inside a paragraph are only for the editor."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def merge_bases(bases: dict[str, LegalBasis], entries: list[dict[str, Any]], where: str) -> dict[str, LegalBasis]:
    out = dict(bases)
    errors: list[str] = []
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            errors.append(f"post {i}: skal være en samling af felter (kode:, etiket: ...)")
            continue
        code = str(entry.get("kode", "")).strip()
        name = f"post {i} ({code})" if code else f"post {i}"
        unknown = sorted(set(entry) - _FIELDS)
        if unknown:
            errors.append(f"{name}: ukendte felter {', '.join(unknown)}")
        if not code:
            errors.append(f"{name}: mangler 'kode'")
            continue
        values = {k: _clean(str(v)) for k, v in entry.items() if k in _FIELDS and v is not None}
        scope = values.get("omfang")
        if scope is not None and scope not in {s.value for s in Scope}:
            errors.append(f"{name}: 'omfang' skal være sag, dokument eller oplysning, ikke {scope!r}")
            continue
        if len(values.get("etiket", "")) > MAX_LABEL:
            errors.append(f"{name}: 'etiket' er længere end {MAX_LABEL} tegn og kan ikke stå i en boks")
        old = out.get(code)
        if old is None:
            missing = [k for k in ("etiket", "henvisning") if not values.get(k)]
            if missing:
                errors.append(f"{name}: en ny hjemmel skal have {' og '.join(missing)}")
                continue
            old = LegalBasis(code, values["etiket"], values["henvisning"])
        out[code] = replace(
            old,
            label=values.get("etiket", old.label),
            citation=values.get("henvisning", old.citation),
            reasoning=values.get("begrundelse", old.reasoning),
            scope=Scope(scope) if scope else old.scope,
            law=values.get("lov", old.law),
        )
    if errors:
        raise UsageError(f"{where}: fejl i listen over hjemler:\n  " + "\n  ".join(errors))
    return out
