"""Putting the release package's PDFs together: pages taken out, documents merged with bookmarks
and a footer stamp, and the aktliste as a table.

Everything here works on files that were already redacted and verified. Nothing is drawn over a
page: each page is placed, slightly reduced, above a footer strip, and the stamp is written in the
strip, so a stamp can neither cover released text nor be mistaken for it. Every written file is
re-read and compared with its sources page by page (the same characters, plus the stamp and
nothing else) before it is moved into place.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redact.core.errors import VerificationError
from redact.pdf.compose import TooManyPages, layout_html
from redact.pdf.redactor import structure_problems

FOOTER_HEIGHT = 22.0  # points below the page content for the stamp
FOOTER_SIZE = 8.0
_FONT = "helv"

# Content a released file must not carry (see also redact.pdf.redactor).


@dataclass(frozen=True, slots=True)
class Part:
    """One released document in the merged file."""

    path: Path
    bookmark: str
    number: int  # the document's number in the aktliste


Footer = Callable[[Part, int, int], str]  # (part, page number in the file, pages in the file) -> stamp


def page_texts(path: Path) -> list[str]:
    doc = pymupdf.open(path)
    try:
        return [str(p.get_text()) for p in doc]
    finally:
        doc.close()


def outline_titles(path: Path) -> list[str]:
    doc = pymupdf.open(path)
    try:
        return [str(entry[1]) for entry in doc.get_toc()]
    finally:
        doc.close()


def _chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _tmp_beside(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=target.parent)
    os.close(fd)
    return Path(name)


def _save(doc: pymupdf.Document, tmp: Path) -> None:
    doc.set_metadata({})
    doc.del_xml_metadata()
    doc.save(tmp, garbage=4, deflate=True, clean=True, incremental=False, preserve_metadata=0)


def keep_pages(source: Path, pages: Sequence[int], target: Path) -> int:
    """Write `target` with only `pages` (0-based) of the already redacted `source`; verified."""
    tmp = _tmp_beside(target)
    try:
        doc = pymupdf.open(source)
        try:
            doc.select(list(pages))
            _save(doc, tmp)
        finally:
            doc.close()
        expected = [page_texts(source)[p] for p in pages]
        got = page_texts(tmp)
        if len(got) != len(expected) or any(_chars(a) != _chars(b) for a, b in zip(got, expected, strict=True)):
            raise VerificationError(f"{target.name}: siderne blev ikke taget ud som forventet; ingen fil skrevet")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(pages)


def merge(parts: Sequence[Part], target: Path, footer: Footer) -> int:
    """All parts in one file, a bookmark per part and `footer` stamped below every page; verified."""
    total = 0
    for part in parts:
        src = pymupdf.open(part.path)
        total += src.page_count
        src.close()
    tmp = _tmp_beside(target)
    expected: list[tuple[str, str]] = []  # (page text of the source, stamp)
    toc: list[list[int | str]] = []
    try:
        out = pymupdf.open()
        try:
            number = 0
            for part in parts:
                src = pymupdf.open(part.path)
                try:
                    toc.append([1, part.bookmark, number + 1])
                    for pno in range(src.page_count):
                        number += 1
                        stamp = footer(part, number, total)
                        _place(out, src, pno, stamp)
                        expected.append((str(src[pno].get_text()), stamp))
                finally:
                    src.close()
            out.set_toc(toc)
            _save(out, tmp)
        finally:
            out.close()
        _verify_merged(tmp, expected, [str(t[1]) for t in toc], target.name)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return total


def _place(out: pymupdf.Document, src: pymupdf.Document, pno: int, stamp: str) -> None:
    page = src[pno]
    if page.rotation:
        page.remove_rotation()  # in memory only: the content turned as displayed, so "below" is the bottom
    width, height = page.rect.width, page.rect.height
    new = out.new_page(width=width, height=height)
    area = pymupdf.Rect(0, 0, width, height - FOOTER_HEIGHT)
    new.show_pdf_page(area, src, pno)
    new.draw_line(
        (36, height - FOOTER_HEIGHT + 3), (width - 36, height - FOOTER_HEIGHT + 3), color=(0.6, 0.6, 0.6), width=0.5
    )
    _write(new, (36, height - 8), stamp)


def _write(page: pymupdf.Page, point: tuple[float, float], text: str) -> None:
    # A TextWriter with its own font object: `insert_text(fontname="helv")` on a page that shows
    # another page reuses that page's font resource and garbles æ, ø, å and "·".
    writer = pymupdf.TextWriter(page.rect)
    writer.append(point, text, font=pymupdf.Font(_FONT), fontsize=FOOTER_SIZE)
    writer.write_text(page, color=(0.2, 0.2, 0.2))


def _verify_merged(path: Path, expected: list[tuple[str, str]], bookmarks: list[str], name: str) -> None:
    doc = pymupdf.open(path)
    try:
        problems = structure_problems(doc)
        if doc.page_count != len(expected):
            problems.append(f"{doc.page_count} sider i stedet for {len(expected)}")
        else:
            for page, (text, stamp) in zip(doc, expected, strict=True):
                got = str(page.get_text())
                if stamp not in " ".join(got.split()):
                    problems.append(f"side {page.number + 1}: stemplet mangler")
                elif _chars(got) != _chars(text) + _chars(stamp):
                    problems.append(f"side {page.number + 1}: indholdet svarer ikke til det redigerede dokument")
        if [str(t[1]) for t in doc.get_toc()] != bookmarks:
            problems.append("bogmærkerne svarer ikke til dokumenterne")
    finally:
        doc.close()
    if problems:
        raise VerificationError(
            f"{name}: kontrollen af den samlede fil fejlede, ingen fil skrevet: " + "; ".join(problems[:5])
        )


TABLE_CSS = """
* { font-family: sans-serif; }
body { font-size: 8.5pt; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
p { margin: 0 0 3pt 0; }
table { border-collapse: collapse; margin-top: 8pt; width: 100%; }
th { background-color: #e8e8e8; font-weight: bold; }
td, th { border: 0.5pt solid #777; padding: 2pt 4pt; vertical-align: top; text-align: left; }
"""


def table_pdf(
    title: str, lines: Sequence[str], header: Sequence[str], rows: Sequence[Sequence[str]], target: Path, footer: str
) -> int:
    """A landscape A4 table (the aktliste) with `footer` and `Side N af M` below every page."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    intro = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    markup = f"<h1>{html.escape(title)}</h1>{intro}<table><tr>{head}</tr>{body}</table>"
    tmp = _tmp_beside(target)
    try:
        body_file = tmp.with_suffix(".body")
        try:
            pages = layout_html(markup, body_file, TABLE_CSS, "a4-l", (36, 36, 36, 36 + FOOTER_HEIGHT), max_pages=2000)
        except TooManyPages as exc:
            raise VerificationError(f"{target.name}: tabellen bliver over 2000 sider") from exc
        doc = pymupdf.open(body_file)
        try:
            for page in doc:
                stamp = f"{footer}   Side {page.number + 1} af {doc.page_count}".strip()
                page.wrap_contents()  # the Story's page content leaves a transformation in force
                _write(page, (36, page.rect.height - 14), stamp)
            _save(doc, tmp)
        finally:
            doc.close()
            body_file.unlink(missing_ok=True)
        check = pymupdf.open(tmp)
        try:
            problems = structure_problems(check)
        finally:
            check.close()
        if problems:
            raise VerificationError(f"{target.name}: kontrollen fejlede, ingen fil skrevet: " + "; ".join(problems))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages
