"""What a batch has done so far, kept so that a stopped batch (Ctrl+C, kill -9, a lost worker)
continues where it stopped with `redact batch --resume`.

Every source file's result (its documents, findings and boxes, and the OCR text that is slow to
make) is appended to `sag-filer/batch.jsonl` and fsynced as soon as the file is done, in whatever
order files complete. The case itself is assembled from these results in source order at the end,
so a resumed batch writes exactly the case an uninterrupted one does. The first line names the
sources; a resume with other sources is refused rather than mixed into the old case.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.core.entity import Entity
from redact.core.errors import UsageError
from redact.core.finding import Finding, Role
from redact.core.geometry import Box
from redact.core.text import PageText
from redact.ingest.thread import ThreadHeaders
from redact.services.processing import DocResult, FileResult, PageFinding
from redact.services.sources import Source
from redact.store.casefile import WORK_DIR
from redact.store.jsonlines import JsonLinesWriter, read_lines

JOURNAL_FILE = "batch.jsonl"
FORMAT = 1


def journal_path(folder: Path) -> Path:
    return folder / WORK_DIR / JOURNAL_FILE


def sources_key(sources: list[Source]) -> str:
    h = hashlib.sha256()
    for s in sources:
        h.update(f"{s.path}\0{s.output.as_posix()}\n".encode())
    return h.hexdigest()


@dataclass
class Journal:
    """The results recorded so far (by source index) and a writer for the ones still to come."""

    done: dict[int, FileResult] = field(default_factory=dict)
    writer: JsonLinesWriter | None = None

    def record(self, result: FileResult) -> None:
        if self.writer is not None:
            self.writer.append(file_result_json(result))
        self.done[result.index] = result

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def open_journal(folder: Path, sources: list[Source], resume: bool) -> Journal:
    """Start a new journal, or with `resume` read the old one and go on appending to it."""
    path = journal_path(folder)
    key = sources_key(sources)
    done: dict[int, FileResult] = {}
    if resume and path.exists():
        records = read_lines(path)
        head = next(records, None)
        if head is not None:
            if head.get("sources") != key:
                raise UsageError(
                    f"{folder}: den afbrudte batch blev startet med andre kildefiler; "
                    "genoptag med de samme filer og mapper, eller vælg en ny uddatamappe"
                )
            for raw in records:
                result = file_result_from(raw)
                if 0 <= result.index < len(sources) and str(sources[result.index].path) == str(result.source):
                    done[result.index] = result  # a later line for the same file wins
            return Journal(done, JsonLinesWriter(path))
    writer = JsonLinesWriter(path, truncate=True)
    writer.append({"format": FORMAT, "sources": key, "count": len(sources)})
    return Journal(done, writer)


def _box(b: Box | None) -> list[float] | None:
    return None if b is None else [b.x0, b.y0, b.x1, b.y1]  # full precision: a resume must match exactly


def _box_from(raw: list[float] | None) -> Box | None:
    return None if raw is None else Box(*(float(v) for v in raw))


def _page_text_json(pt: PageText) -> dict[str, Any]:
    return {
        "page": pt.page,
        "text": pt.text,
        "boxes": [_box(b) for b in pt.boxes],
        "width": pt.width,
        "height": pt.height,
        "has_text_layer": pt.has_text_layer,
        "ocr": pt.ocr,
        "hidden": list(pt.hidden),
    }


def _page_text_from(raw: dict[str, Any]) -> PageText:
    return PageText(
        page=raw["page"],
        text=raw["text"],
        boxes=tuple(_box_from(b) for b in raw["boxes"]),
        width=raw["width"],
        height=raw["height"],
        has_text_layer=raw["has_text_layer"],
        ocr=raw["ocr"],
        hidden=tuple(raw["hidden"]),
    )


def _finding_json(pf: PageFinding) -> dict[str, Any]:
    f = pf.finding
    return {
        "page": pf.page,
        "entity": f.entity.value,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "score": f.score,
        "detector": f.detector,
        "reason": f.reason,
        "role": f.role.value,  # a person acting in office stays so in a resumed batch
        "boxes": [_box(b) for b in pf.boxes],
    }


def _finding_from(raw: dict[str, Any]) -> PageFinding:
    f = Finding(
        Entity(raw["entity"]),
        raw["start"],
        raw["end"],
        raw["text"],
        raw["score"],
        raw["detector"],
        raw["reason"],
        Role(raw.get("role", Role.UNKNOWN.value)),  # journals written before roles were kept have none
    )
    return PageFinding(raw["page"], f, tuple(Box(*b) for b in raw["boxes"]))


def _thread_from(raw: list[Any] | None) -> ThreadHeaders:
    if not raw:
        return ThreadHeaders()
    return ThreadHeaders(raw[0], tuple(raw[1]), raw[2])


def file_result_json(res: FileResult) -> dict[str, Any]:
    return {
        "index": res.index,
        "source": str(res.source),
        "error": res.error,
        "documents": [
            {
                "title": d.title,
                "pdf": str(d.pdf),
                "converter": d.converter,
                "pages": d.pages,
                "pages_without_text": list(d.pages_without_text),
                "findings": [_finding_json(pf) for pf in d.findings],
                "text": d.text,
                "attachment_of": d.attachment_of,
                "name": d.name,
                "warnings": list(d.warnings),
                "ocr_pages": [_page_text_json(pt) for pt in d.ocr_pages.values()],
                "language": d.language,
                "content_hash": d.content_hash,
                "signature": list(d.signature),
                "thread": [d.thread.message_id, list(d.thread.parents), d.thread.subject],
            }
            for d in res.documents
        ],
    }


def file_result_from(raw: dict[str, Any]) -> FileResult:
    docs = [
        DocResult(
            title=d["title"],
            pdf=Path(d["pdf"]),
            converter=d["converter"],
            pages=d["pages"],
            pages_without_text=tuple(d["pages_without_text"]),
            findings=[_finding_from(f) for f in d["findings"]],
            text=d["text"],
            attachment_of=d["attachment_of"],
            name=d["name"],
            warnings=list(d["warnings"]),
            ocr_pages={pt["page"]: _page_text_from(pt) for pt in d["ocr_pages"]},
            language=d.get("language", "da"),
            content_hash=d.get("content_hash", ""),
            signature=tuple(d.get("signature", ())),
            thread=_thread_from(d.get("thread")),
        )
        for d in raw["documents"]
    ]
    return FileResult(raw["index"], Path(raw["source"]), docs, raw["error"])
