"""The case file and its decision log.

Layout of a case folder (the batch output folder):
    sag.redact            the case: documents and proposals (JSON, rewritten atomically)
    sag-log.jsonl         every decision, one JSON object per line, appended and fsynced: the audit trail
    sag-filer/            the normalised PDFs the proposals refer to

The log is flushed to disk before a decision counts as taken, so a crash or a killed process
loses nothing. A torn last line (the process died mid-write) never counted; it is ignored on
reading and set aside into `sag-log-afbrudt-*.txt` when a writer opens the case.
"""

from __future__ import annotations

import functools
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from redact.core.case import Case, LanguageSwap
from redact.core.decision import MANUAL_PREFIX, Action, Decision
from redact.core.document import Document, Status
from redact.core.entity import Entity
from redact.core.errors import CaseFileError
from redact.core.geometry import Box
from redact.core.proposal import Proposal

CASE_FILE = "sag.redact"
LOG_FILE = "sag-log.jsonl"
WORK_DIR = "sag-filer"
# 2: decisions keep proposal, manual-redaction and withholding ids apart and carry an action id.
# Format 1 (one `proposal` field for every kind of id, actions told apart by time stamp) is read too.
FORMAT = 2
READABLE_FORMATS = (1, 2)
TORN_PREFIX = "sag-log-afbrudt-"  # side files with the bytes of a torn last log line


def case_path(folder: Path) -> Path:
    return folder / CASE_FILE


def find_case(path: Path) -> Path:
    """Accept a case file or the folder that holds one."""
    if path.is_dir():
        path = path / CASE_FILE
    if not path.exists():
        raise CaseFileError(f"{path}: der er ingen sagsfil her (forventede {CASE_FILE})")
    return path


def _write_atomic(path: Path, chunks: Iterable[str]) -> None:
    """Write `chunks` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    head: list[tuple[str, Any]] = [
        ("format", FORMAT),
        ("title", case.title),
        ("journal", case.journal),
        ("tool_version", case.tool_version),
        ("model_version", case.model_version),
    ]
    records: list[tuple[str, Iterable[dict[str, Any] | _Laid]]] = [
        ("documents", map(_document_json, case.documents)),
        ("proposals", map(_ProposalText(), case.proposals.values())),
    ]
    if case.language_swaps:
        records.append(("language_changes", map(_swap_json, case.language_swaps)))
    path = case_path(folder)
    _write_atomic(path, _json_streamed(head, records))
    return path


def _json_streamed(
    head: list[tuple[str, Any]], records: list[tuple[str, Iterable[dict[str, Any] | _Laid]]]
) -> Iterator[str]:
    """The text `json.dumps({**head, **records}, ensure_ascii=False, indent=1)` gives, made one
    record at a time: the whole case as dictionaries and then as one string was several times the
    case's own size (a 10,000-page request's case file is hundreds of megabytes). JSON strings hold
    no raw line breaks, so a record is indented by indenting the lines json.dumps gives it."""
    yield "{"
    sep = "\n"
    for key, value in head:
        yield f"{sep} {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, indent=1)}"
        sep = ",\n"
    for key, items in records:
        yield f"{sep} {json.dumps(key)}: "
        sep = ",\n"
        opening = "[\n  "
        for item in items:
            yield opening + (item.text if isinstance(item, _Laid) else _indented(item, "\n  "))
            opening = ",\n  "
        yield "[]" if opening == "[\n  " else "\n ]"
    yield "\n}"


_encode_string = json.encoder.encode_basestring  # json's own (in C) for ensure_ascii=False


def _indented(value: Any, indent: str) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)` with each line break followed by the
    spaces of `indent`, for the values a case record holds (dictionaries, lists and tuples,
    strings, numbers, booleans, None): made with joins of json's own string and number forms, not
    through json's encoder written in Python (with an indent it never uses the C one), which was
    most of the time a batch spent saving its case while the second core waited. Anything else
    goes to json.dumps itself."""
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return "[" + inner + ("," + inner).join([_indented(v, inner) for v in value]) + indent + "]"
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        if not value:
            return "{}"
        inner = indent + " "
        items = [_encode_string(k) + ": " + _indented(v, inner) for k, v in value.items()]
        return "{" + inner + ("," + inner).join(items) + indent + "}"
    if value is None or isinstance(value, bool):
        return "null" if value is None else "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)  # as json writes an int (an IntEnum too)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", indent)


def append_decision(folder: Path, decision: Decision) -> None:
    append_decisions(folder, [decision])


def append_decisions(folder: Path, decisions: Sequence[Decision]) -> None:
    """Append the decisions of one user action and flush them to disk with one fsync.

    One fsync per action rather than per decision: accepting 20,000 proposals at once costs one
    disk flush instead of 20,000 (minutes on a slow disk), and no decision counts before the flush.
    Never onto a line without its newline (a torn tail left by a crash): that would merge the new
    decisions into the broken line and lose them; `set_aside_torn_tail` must have run first (it
    does when a writer opens the case).
    """
    if not decisions:
        return
    path = folder / LOG_FILE
    with open(path, "a+b") as fh:
        end = fh.seek(0, os.SEEK_END)
        if end:
            fh.seek(end - 1)
            if fh.read(1) != b"\n":
                raise CaseFileError(
                    f"{path}: loggens sidste linje er afbrudt; beslutningen er ikke gemt. Luk sagen og åbn den igen"
                )
        for d in decisions:  # append mode: always at the end; a line at a time, not the action's all at once
            fh.write(_log_line(_decision_json(d)).encode("utf-8") + b"\n")
        fh.flush()
        os.fsync(fh.fileno())


# What json.dumps(value, ensure_ascii=False) gives, from one encoder (json.dumps made one per call).
_log_line = json.JSONEncoder(ensure_ascii=False).encode


def set_aside_torn_tail(folder: Path) -> str:
    """Move a torn last line of the log (bytes after the last newline) into a side file, so the
    next decision starts on a line of its own. Returns a Danish note for the user, "" when the
    log was whole. Call it only as the case's one writer (under its lock)."""
    path = folder / LOG_FILE
    if not path.exists():
        return ""
    with open(path, "r+b") as fh:
        end = fh.seek(0, os.SEEK_END)
        start = end
        while start > 0:  # search backwards: a long log is not read whole
            block = max(0, start - (1 << 16))
            fh.seek(block)
            newline = fh.read(start - block).rfind(b"\n")
            if newline >= 0:
                start = block + newline + 1
                break
            start = block
        if start == end:
            return ""
        fh.seek(start)
        tail = fh.read()
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
        side = folder / f"{TORN_PREFIX}{stamp}.txt"
        with open(side, "xb") as out:
            out.write(tail)
            out.flush()
            os.fsync(out.fileno())
        fh.truncate(start)
        fh.flush()
        os.fsync(fh.fileno())
    return (
        f"{path}: loggens sidste linje var afbrudt (programmet stoppede midt i en skrivning); beslutningen på "
        f"den blev aldrig gemt. Dens {len(tail)} byte er lagt i {side.name}, og nye beslutninger skrives på en ny linje"
    )


def load_case(path: Path) -> Case:
    """The case and its decisions. A file that cannot be read, or lacks what a case needs, is a
    CaseFileError with one line naming the file and what is wrong (exit 5), never a traceback."""
    path = find_case(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CaseFileError(f"{path}: sagsfilen kan ikke læses: {exc}") from exc
    if not isinstance(raw, dict):
        raise CaseFileError(f"{path}: sagsfilen er ugyldig: den indeholder ikke en sag")
    if raw.get("format") not in READABLE_FORMATS:
        raise CaseFileError(f"{path}: ukendt sagsfilformat {raw.get('format')!r}")
    where = "sagen"
    try:
        _require(raw, ("title", "documents", "proposals"), where)
        case = Case(
            title=str(raw["title"]),
            journal=str(raw.get("journal", "")),
            tool_version=str(raw.get("tool_version", "")),
            model_version=str(raw.get("model_version", "")),
        )
        for key, build in (("documents", _document_from), ("proposals", _proposal_from)):
            if not isinstance(raw[key], list):
                raise _Invalid(f"{where}: «{key}» er ikke en liste")
            for n, item in enumerate(raw[key], start=1):
                where = f"{key} nr. {n}"
                built = build(item, where)
                if isinstance(built, Document):
                    case.documents.append(built)
                else:
                    case.proposals[built.id] = built
        for n, item in enumerate(raw.get("language_changes") or [], start=1):
            where = f"language_changes nr. {n}"
            case.language_swaps.append(_swap_from(item, where))
    except _Invalid as exc:
        raise CaseFileError(f"{path}: sagsfilen er ugyldig: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise CaseFileError(f"{path}: sagsfilen er ugyldig: {where}: {type(exc).__name__}: {exc}") from None
    case.decisions = read_log(path.parent / LOG_FILE)
    case.sync_languages()  # the log has the last word: a change it does not hold (or undid) is taken back
    return case


class _Invalid(Exception):
    """A record of the case file or log lacks a key or has the wrong shape (the message says where)."""


def _require(raw: object, keys: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Invalid(f"{where}: er ikke et objekt")
    missing = [k for k in keys if k not in raw]
    if missing:
        raise _Invalid(f"{where}: mangler {', '.join(repr(k) for k in missing)}")
    return raw


@functools.cache  # asked for every record read: fields() looked at every field each time
def _required_fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING)


def read_log(path: Path) -> list[Decision]:
    """Every decision of the log. A last line without its newline was torn by a crash mid-write
    and never counted (its decision was not confirmed); it is left out here and set aside by
    `set_aside_torn_tail` when a writer opens the case. A complete line that cannot be read is
    damage, not a crash: a CaseFileError naming the line."""
    if not path.exists():
        return []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CaseFileError(f"{path}: beslutningsloggen kan ikke læses: {exc.strerror}") from exc
    complete = data[: data.rfind(b"\n") + 1]
    decisions = []
    for n, line in enumerate(complete.split(b"\n")[:-1], start=1):
        if not line.strip():
            continue
        try:
            decisions.append(_decision_from(json.loads(line.decode("utf-8")), f"linje {n}"))
        except _Invalid as exc:
            raise CaseFileError(f"{path}: beslutningsloggen er ugyldig: {exc}") from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise CaseFileError(f"{path}: beslutningsloggen er ugyldig: linje {n} kan ikke læses: {exc}") from None
    return decisions


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_DOCUMENT_FIELDS, _PROPOSAL_FIELDS, _DECISION_FIELDS = map(_field_names, (Document, Proposal, Decision))


def _shallow(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    """A record's fields by name, in their order, values as they are: `asdict` copied every value
    deeply (boxes and all) only for the callers to replace the boxes, a second of a batch's
    single-process time on 6,500 proposals. The callers turn the fields that are not plain JSON
    (boxes, tuples, enums) into lists and strings themselves."""
    return {name: getattr(record, name) for name in names}


def _document_json(d: Document) -> dict[str, Any]:
    out = _shallow(d, _DOCUMENT_FIELDS)
    out["pages_without_text"] = list(d.pages_without_text)
    out["warnings"] = list(d.warnings)
    return out


def _document_from(item: object, where: str) -> Document:
    raw = dict(_require(item, _required_fields(Document), where))
    raw["pages_without_text"] = tuple(raw.get("pages_without_text", ()))
    raw["warnings"] = tuple(raw.get("warnings", ()))
    raw["status"] = Status(raw.get("status", "ready"))
    return Document(**raw)


def _proposal_json(p: Proposal) -> dict[str, Any]:
    out = _shallow(p, _PROPOSAL_FIELDS)
    out["boxes"] = [b.as_list() for b in p.boxes]
    out["entity"] = p.entity.value
    return out


@dataclass(frozen=True, slots=True)
class _Laid:
    """A record's text as `_json_streamed` writes it, made already."""

    text: str


class _ProposalText:
    """A proposal's record in the case file, the text `_indented(_proposal_json(p), ...)` gives,
    filled into one template: a large request has tens of thousands of proposals, and the case
    file is written while the second core waits. A value of an unexpected kind (a score that is
    not a finite number, a box that is not) takes the general way."""

    _FIELDS = ("id", "document", "page", "boxes", "entity", "text", "score", "detector", "reason", "basis", "group")
    _RECORD = "{" + ",".join(f'\n   "{name}": %s' for name in _FIELDS) + "\n  }"
    _BOX = "[\n     %r,\n     %r,\n     %r,\n     %r\n    ]"

    def __call__(self, p: Proposal) -> _Laid | dict[str, Any]:
        score = p.score
        if (
            _PROPOSAL_FIELDS != self._FIELDS
            or type(p.page) is not int
            or type(score) not in (int, float)
            or not math.isfinite(score)
        ):
            return _proposal_json(p)
        boxes = "[]"
        if p.boxes:
            corners = [b.as_list() for b in p.boxes]
            if not all(type(v) in (int, float) and math.isfinite(v) for c in corners for v in c):
                return _proposal_json(p)  # json writes "NaN" where %r gives "nan"
            boxes = "[\n    " + ",\n    ".join([self._BOX % tuple(c) for c in corners]) + "\n   ]"
        strings = (p.id, p.document, p.entity.value, p.text, p.detector, p.reason, p.basis, p.group)
        if any(type(v) is not str for v in strings):
            return _proposal_json(p)
        pid, document, entity, text, detector, reason, basis, group = map(_encode_string, strings)
        return _Laid(
            self._RECORD % (pid, document, p.page, boxes, entity, text, repr(score), detector, reason, basis, group)
        )


def _proposal_from(item: object, where: str) -> Proposal:
    raw = dict(_require(item, _required_fields(Proposal), where))
    raw["boxes"] = tuple(Box.from_list(b) for b in raw["boxes"])
    raw["entity"] = Entity(raw["entity"])
    return Proposal(**raw)


def _swap_json(s: LanguageSwap) -> dict[str, Any]:
    out = asdict(s)
    out["before"] = [_proposal_json(p) for p in s.before]
    out["after"] = [_proposal_json(p) for p in s.after]
    return out


def _swap_from(item: object, where: str) -> LanguageSwap:
    raw = dict(_require(item, _required_fields(LanguageSwap), where))
    raw["before"] = tuple(_proposal_from(p, where) for p in raw["before"])
    raw["after"] = tuple(_proposal_from(p, where) for p in raw["after"])
    return LanguageSwap(**raw)


_UNSET: tuple[object, ...] = ("", -1, [], ())  # a decision's fields left at these are not written


def _decision_json(d: Decision) -> dict[str, Any]:
    """The log line's fields in their order, those that are unset left out (one pass: accepting
    every proposal of a large request writes a line for each while the second core waits)."""
    out: dict[str, Any] = {}
    for name in _DECISION_FIELDS:
        value = getattr(d, name)
        if name == "action":
            value = d.action.value
        elif name == "boxes":
            value = [b.as_list() for b in d.boxes]
        if value not in _UNSET:
            out[name] = value
    return out


def _decision_from(item: object, where: str) -> Decision:
    raw = dict(_require(item, ("seq", "action"), where))
    raw["action"] = Action(raw["action"])
    if "action_id" not in raw:
        _from_format_1(raw)
    raw["boxes"] = tuple(Box.from_list(b) for b in raw.get("boxes", []))
    for key in ("proposal", "who", "when", "tool_version", "model_version"):  # empty strings are not written
        raw.setdefault(key, "")
    return Decision(**raw)


def _from_format_1(raw: dict[str, Any]) -> None:
    """A format-1 log line in today's form: its one `proposal` field held a proposal id, a manual
    redaction's id (manuel-N), or a withholding's id (withhold:DOC[:PAGE]), also on undos."""
    pid = str(raw.get("proposal", ""))
    action = raw["action"]
    if action is Action.UNDO or pid.startswith("withhold:"):
        raw["proposal"] = ""  # an undo is about its target; a withholding is its document and page
    elif action is Action.MANUAL or pid.startswith(MANUAL_PREFIX):
        raw["proposal"], raw["manual"] = "", pid
