"""The case file and its decision log.

Layout of a case folder (the batch output folder):
    sag.redact            the case: documents and proposals (JSON, rewritten atomically)
    sag-log.jsonl         every decision, one JSON object per line, appended and fsynced: the audit trail
    sag-filer/            the normalised PDFs the proposals refer to

The log is flushed to disk before a decision counts as taken, so a crash or a killed process
loses nothing; a torn last line (the process died mid-write) is ignored on reading.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from redact.core.case import Case
from redact.core.decision import Action, Decision
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import CaseFileError
from redact.core.geometry import Box
from redact.core.proposal import Proposal

CASE_FILE = "sag.redact"
LOG_FILE = "sag-log.jsonl"
WORK_DIR = "sag-filer"
FORMAT = 1


def case_path(folder: Path) -> Path:
    return folder / CASE_FILE


def find_case(path: Path) -> Path:
    """Accept a case file or the folder that holds one."""
    if path.is_dir():
        path = path / CASE_FILE
    if not path.exists():
        raise CaseFileError(f"{path}: der er ingen sagsfil her (forventede {CASE_FILE})")
    return path


def _write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "title": case.title,
        "journal": case.journal,
        "tool_version": case.tool_version,
        "model_version": case.model_version,
        "documents": [_document_json(d) for d in case.documents],
        "proposals": [_proposal_json(p) for p in case.proposals.values()],
    }
    path = case_path(folder)
    _write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1))
    return path


def append_decision(folder: Path, decision: Decision) -> None:
    append_decisions(folder, [decision])


def append_decisions(folder: Path, decisions: Sequence[Decision]) -> None:
    """Append the decisions of one user action and flush them to disk with one fsync.

    One fsync per action rather than per decision: accepting 20,000 proposals at once costs one
    disk flush instead of 20,000 (minutes on a slow disk), and no decision counts before the flush.
    """
    if not decisions:
        return
    data = "".join(json.dumps(_decision_json(d), ensure_ascii=False) + "\n" for d in decisions)
    with open(folder / LOG_FILE, "a", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def load_case(path: Path) -> Case:
    path = find_case(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CaseFileError(f"{path}: sagsfilen kan ikke læses: {exc}") from exc
    if raw.get("format") != FORMAT:
        raise CaseFileError(f"{path}: ukendt sagsfilformat {raw.get('format')!r}")
    case = Case(
        title=raw["title"],
        journal=raw.get("journal", ""),
        tool_version=raw.get("tool_version", ""),
        model_version=raw.get("model_version", ""),
    )
    case.documents = [_document_from(d) for d in raw["documents"]]
    case.proposals = {p["id"]: _proposal_from(p) for p in raw["proposals"]}
    case.decisions = read_log(path.parent / LOG_FILE)
    return case


def read_log(path: Path) -> list[Decision]:
    if not path.exists():
        return []
    decisions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            decisions.append(_decision_from(json.loads(line)))
        except (ValueError, KeyError):
            continue  # a line torn by a crash mid-write; everything before it is intact
    return decisions


def _document_json(d: Document) -> dict[str, Any]:
    out = asdict(d)
    out["pages_without_text"] = list(d.pages_without_text)
    out["warnings"] = list(d.warnings)
    return out


def _document_from(raw: dict[str, Any]) -> Document:
    raw = dict(raw)
    raw["pages_without_text"] = tuple(raw.get("pages_without_text", ()))
    raw["warnings"] = tuple(raw.get("warnings", ()))
    raw["status"] = Status(raw.get("status", "ready"))
    return Document(**raw)


def _proposal_json(p: Proposal) -> dict[str, Any]:
    out = asdict(p)
    out["boxes"] = [b.as_list() for b in p.boxes]
    out["entity"] = p.entity.value
    return out


def _proposal_from(raw: dict[str, Any]) -> Proposal:
    raw = dict(raw)
    raw["boxes"] = tuple(Box.from_list(b) for b in raw["boxes"])
    raw["entity"] = Entity(raw["entity"])
    return Proposal(**raw)


def _decision_json(d: Decision) -> dict[str, Any]:
    out = asdict(d)
    out["action"] = d.action.value
    out["boxes"] = [b.as_list() for b in d.boxes]
    return {k: v for k, v in out.items() if v not in ("", -1, [], ())}


def _decision_from(raw: dict[str, Any]) -> Decision:
    raw = dict(raw)
    raw["action"] = Action(raw["action"])
    raw["boxes"] = tuple(Box.from_list(b) for b in raw.get("boxes", []))
    for key in ("who", "when", "tool_version", "model_version"):  # empty strings are not written
        raw.setdefault(key, "")
    return Decision(**raw)
