"""The draft decision letter: its template (resources/templates/afgoerelse_da.yaml, which an
authority can replace) and the .docx it is written to (python-docx, kept out of the core).

The services decide what the letter says (`Block`s); this module only knows how to put blocks
into a Word document, optionally on the authority's own letterhead.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.core.errors import UsageError
from redact.core.language import family
from redact.core.policy import Letterhead
from redact.paths import resources_dir
from redact.store.yamlfile import read_yaml

TEMPLATE_FILES = {"da": "afgoerelse_da.yaml", "no": "vedtak_no.yaml", "sv": "beslut_sv.yaml"}


def default_template_path(language: str = "da") -> Path:
    """The bundled draft-decision template of a country: Danish, Norwegian (vedtak) or Swedish (beslut)."""
    return resources_dir() / "templates" / TEMPLATE_FILES.get(family(language), TEMPLATE_FILES["da"])


class _Keep(dict[str, str]):
    """Unknown placeholders stay as they are, so a template with a typo still renders."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Mapping[str, object]) -> str:
    try:
        return string.Formatter().vformat(text, (), _Keep({k: str(v) for k, v in values.items()}))
    except (ValueError, IndexError):  # a stray brace in an authority's text: leave the text as written
        return text


@dataclass(frozen=True)
class LetterTemplate:
    texts: dict[str, Any]
    letterhead: Path | None = None

    def text(self, key: str, values: Mapping[str, object], variant: str = "") -> str:
        raw = self.texts.get(key, "")
        if variant and isinstance(raw, dict):
            raw = raw.get(variant, "")
        return fill(_clean(str(raw)), values) if isinstance(raw, str) else ""

    def lines(self, key: str, values: Mapping[str, object]) -> list[str]:
        raw = self.texts.get(key, [])
        items = raw if isinstance(raw, list) else [raw]
        return [fill(_clean(str(x)), values) for x in items if x is not None and str(x).strip()]


def _clean(text: str) -> str:
    return " ".join(text.split())


def load_template(path: Path | None = None, language: str = "da") -> LetterTemplate:
    """The bundled template of the language's country, with the keys of an authority's file (if any)
    replacing ours."""
    default = default_template_path(language)
    texts = _read(default)
    base = default.parent
    if path is not None:
        own = _read(path)
        unknown = sorted(set(own) - set(texts))
        if unknown:
            raise UsageError(f"{path}: ukendte felter i skabelonen: {', '.join(unknown)}")
        texts.update(own)
        base = path.parent
    letterhead = None
    if str(texts.get("brevpapir") or "").strip():
        letterhead = (base / str(texts["brevpapir"])).resolve()
        if not letterhead.is_file():
            raise UsageError(f"{letterhead}: brevpapiret i skabelonen findes ikke")
    return LetterTemplate(texts, letterhead)


def _read(path: Path) -> dict[str, Any]:
    raw = read_yaml(path, "skabelonen")
    if not isinstance(raw, dict):
        raise UsageError(f"{path}: skabelonen skal være en samling af felter (se {default_template_path().name})")
    return raw


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Lines:
    """Short lines kept together without space between them: an address, a signature."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = field(default=())
    widths: tuple[float, ...] = ()  # column widths in cm; empty: Word decides


Block = Heading | Paragraph | Lines | Bullets | Table


def write_docx(
    blocks: Sequence[Block],
    target: Path,
    letterhead: Path | None = None,
    title: str = "",
    heading: Letterhead | None = None,
) -> None:
    """Write the blocks to `target` (atomically: a temporary file beside it, then renamed).

    `letterhead` is a Word file to write into (the template's); `heading` is the machine policy's
    letterhead (lines of text and a logo), put into the page header."""
    import docx
    from docx.shared import Pt

    document = docx.Document(str(letterhead)) if letterhead else docx.Document()
    if not letterhead:
        normal = document.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
    if heading is not None and (heading.text.strip() or heading.logo is not None):
        _page_header(document, heading)
    # Only what we write ourselves goes into the properties: never a user name or the tool's defaults.
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.title = title
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            for part in _paragraphs(block.text):
                p = document.add_paragraph()
                p.add_run(part).bold = block.bold
        elif isinstance(block, Lines):
            p = document.add_paragraph()
            for i, line in enumerate(block.lines):
                run = p.add_run(line)
                if i < len(block.lines) - 1:
                    run.add_break()
        elif isinstance(block, Bullets):
            for item in block.items:
                if _has_style(document, "List Bullet"):
                    document.add_paragraph(item, style="List Bullet")
                else:  # an authority's letterhead without the bullet style
                    document.add_paragraph("• " + item)
        elif isinstance(block, Table):
            _table(document, block)
            document.add_paragraph()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        document.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _page_header(document: Any, heading: Letterhead) -> None:
    """The machine policy's letterhead in the page header: a logo, then the lines, the first in bold."""
    from docx.shared import Cm

    header = document.sections[0].header
    first = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    if heading.logo is not None:
        first.add_run().add_picture(str(heading.logo), height=Cm(1.6))
        first = header.add_paragraph()
    for i, line in enumerate(heading.text.strip().splitlines()):
        run = first.add_run(line)
        if i == 0:
            run.bold = True
        run.add_break()


def _table(document: Any, block: Table) -> None:
    """A table with a bold header row; with widths given, a fixed grid (the one LibreOffice reads)."""
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(block.header))
    if _has_style(document, "Table Grid"):
        table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    if len(block.widths) == len(block.header):
        table.autofit = False
        for column, width in zip(table.columns, block.widths, strict=True):
            column.width = Cm(width)
        for row_ in table.rows:
            for cell, width in zip(row_.cells, block.widths, strict=True):
                cell.width = Cm(width)


def _has_style(document: Any, name: str) -> bool:
    return any(s.name == name for s in document.styles)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def docx_text(path: Path) -> str:
    """All text of a .docx (paragraphs and tables), for checking what the letter says."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    props = document.core_properties
    parts += [props.title or "", props.subject or "", props.author or "", props.keywords or ""]
    return "\n".join(parts)
