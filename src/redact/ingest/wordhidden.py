"""What a Word file holds beside what it shows: comments, hidden text, tracked changes.

Measured with LibreOffice 7.4 (headless PDF export, default settings):
- tracked changes are shown with markup (deleted text struck through, inserted text underlined),
  unless the file's settings (`w:revisionView`) ask for the final view, in which case deleted
  text is left out;
- comments are left out;
- hidden text (`w:vanish`, directly or through a style) is left out;
- headers and footers are laid out as Word does; document properties become PDF metadata
  (which the export removes).

Nothing may pass unseen, so a copy of the file (never the original) is prepared for conversion:
tracked changes are always shown with markup (the `w:revisionView` setting is dropped), and
comments and hidden text are written into an appendix at the end of the document, where the case
handler sees them, detection reads them, and they can be redacted. The simple layout without
LibreOffice drops deleted text and shows insertions as plain text, so for it the appendix lists
the deleted text too.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from redact.core.language import join_and

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PARTS_WITH_TEXT = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml", "word/endnotes.xml")
MAX_PART_BYTES = 200 * 1024 * 1024  # a zip bomb is refused before it is unpacked


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _parser() -> Any:
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


@dataclass
class WordExtras:
    comments: list[tuple[str, str]] = field(default_factory=list)  # (the text commented on, the comment)
    hidden: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    inserted: int = 0

    @property
    def tracked(self) -> bool:
        return bool(self.deleted or self.inserted)

    def warnings(self, lists_deleted: bool) -> list[str]:
        out = []
        if self.tracked:
            shown = (
                "slettet tekst er vist i tillægget sidst i dokumentet"
                if lists_deleted
                else "slettet tekst vises overstreget og indsat tekst understreget"
            )
            out.append(f"Word-dokumentet har sporede ændringer; {shown}")
        if self.comments or self.hidden:
            parts = []
            if self.comments:
                parts.append(f"{len(self.comments)} kommentar{'er' if len(self.comments) != 1 else ''}")
            if self.hidden:
                parts.append(f"{len(self.hidden)} stykke{'r' if len(self.hidden) != 1 else ''} skjult tekst")
            out.append(
                "Word-dokumentet har " + join_and(parts) + ", som ikke ses i dokumentet; "
                "de er vist i et tillæg sidst i dokumentet"
            )
        return out


def _text(el: Any, tags: tuple[str, ...] = ("t",)) -> str:
    wanted = {_w(t) for t in tags}
    out = []
    for node in el.iter():
        if node.tag in wanted and node.text:
            out.append(node.text)
        elif node.tag == _w("tab"):
            out.append(" ")
    return "".join(out)


def _on(el: Any) -> bool:
    """A Word on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`)."""
    return el is not None and el.get(_w("val"), "true").lower() not in ("0", "false", "off")


def _hidden_styles(styles: Any) -> set[str]:
    if styles is None:
        return set()
    hidden = set()
    for style in styles.iter(_w("style")):
        rpr = style.find(_w("rPr"))
        if rpr is not None and _on(rpr.find(_w("vanish"))):
            hidden.add(style.get(_w("styleId"), ""))
    return hidden


def _run_hidden(run: Any, para_hidden: bool, hidden_styles: set[str]) -> bool:
    rpr = run.find(_w("rPr"))
    if rpr is not None:
        vanish = rpr.find(_w("vanish"))
        if vanish is not None:
            return _on(vanish)
        style = rpr.find(_w("rStyle"))
        if style is not None and style.get(_w("val")) in hidden_styles:
            return True
    return para_hidden


def _collect_hidden(root: Any, hidden_styles: set[str]) -> list[str]:
    found: list[str] = []
    for para in root.iter(_w("p")):
        ppr = para.find(_w("pPr"))
        style = ppr.find(_w("pStyle")) if ppr is not None else None
        para_hidden = style is not None and style.get(_w("val")) in hidden_styles
        current: list[str] = []
        for run in para.iter(_w("r")):
            if run.getparent() is not None and run.getparent().tag in (_w("del"), _w("moveFrom")):
                continue
            text = _text(run)
            if _run_hidden(run, para_hidden, hidden_styles):
                current.append(text)
            elif text.strip() and current:
                found.append("".join(current))
                current = []
            elif current:
                current.append(text)  # a visible space between hidden words keeps them two words
        if "".join(current).strip():
            found.append("".join(current))
    return [t.strip() for t in found if t.strip()]


def _collect_comments(document: Any, comments: Any) -> list[tuple[str, str]]:
    if comments is None:
        return []
    texts = {c.get(_w("id")): _text(c).strip() for c in comments.iter(_w("comment"))}
    anchors: dict[str, list[str]] = {}
    active: list[str] = []
    for node in document.iter():
        if node.tag == _w("commentRangeStart"):
            active.append(node.get(_w("id"), ""))
            anchors.setdefault(active[-1], [])
        elif node.tag == _w("commentRangeEnd") and node.get(_w("id")) in active:
            active.remove(node.get(_w("id"), ""))
        elif node.tag == _w("t") and node.text:
            for cid in active:
                anchors[cid].append(node.text)
    return [(" ".join("".join(anchors.get(cid, [])).split()), text) for cid, text in texts.items() if text]


def _paragraph(text: str, bold: bool = False, page_break: bool = False) -> Any:
    p = etree.Element(_w("p"))
    if page_break:
        r = etree.SubElement(p, _w("r"))
        etree.SubElement(r, _w("br")).set(_w("type"), "page")
    r = etree.SubElement(p, _w("r"))
    if bold:
        etree.SubElement(etree.SubElement(r, _w("rPr")), _w("b"))
    t = etree.SubElement(r, _w("t"))
    t.set(XML_SPACE, "preserve")
    t.text = "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32)  # XML 1.0 characters only
    return p


APPENDIX_TITLE = "Tillæg: kommentarer og skjult tekst fra Word-filen"
APPENDIX_NOTE = (
    "Dette står i Word-filen, men ses ikke i dokumentet. Det er sat her, så det kan gennemgås; "
    "det udleveres som en del af dokumentet, medmindre det redigeres."
)


def _append(document: Any, extras: WordExtras, lists_deleted: bool) -> None:
    body = document.find(_w("body"))
    if body is None:
        return
    items = [f"Kommentar (til »{a}«): {t}" if a else f"Kommentar: {t}" for a, t in extras.comments]
    items += [f"Skjult tekst: {t}" for t in extras.hidden]
    if lists_deleted:
        items += [f"Slettet tekst (sporet ændring): {t}" for t in extras.deleted]
    if not items:
        return
    paragraphs = [_paragraph(APPENDIX_TITLE, bold=True, page_break=True), _paragraph(APPENDIX_NOTE)]
    paragraphs += [_paragraph(i) for i in items]
    section = body.find(_w("sectPr"))
    for p in paragraphs:
        if section is not None:
            section.addprevious(p)
        else:
            body.append(p)


def prepare_docx(source: Path, target: Path, lists_deleted: bool = False) -> WordExtras:
    """Write a copy of `source` to `target` with nothing left unseen (see the module's docstring)."""
    with zipfile.ZipFile(source) as z:
        infos = z.infolist()
        if sum(i.file_size for i in infos) > MAX_PART_BYTES:
            raise ValueError("Word-filen er for stor udpakket")
        data = {i.filename: z.read(i.filename) for i in infos}

    def parse(name: str) -> Any:
        raw = data.get(name)
        return None if raw is None else etree.fromstring(raw, _parser())

    document = parse("word/document.xml")
    extras = WordExtras()
    hidden_styles = _hidden_styles(parse("word/styles.xml"))
    for name in sorted(data):
        if not name.startswith(PARTS_WITH_TEXT) or not name.endswith(".xml"):
            continue
        root = document if name == "word/document.xml" else parse(name)
        if root is None:
            continue
        extras.hidden += _collect_hidden(root, hidden_styles)
        for tag in ("del", "moveFrom"):
            extras.deleted += [t for t in (_text(d, ("delText", "t")).strip() for d in root.iter(_w(tag))) if t]
        extras.inserted += sum(1 for _ in root.iter(_w("ins"), _w("moveTo")))
    extras.comments = _collect_comments(document, parse("word/comments.xml")) if document is not None else []

    if document is not None:
        _append(document, extras, lists_deleted)
        data["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = parse("word/settings.xml")
    if settings is not None:
        for view in settings.findall(_w("revisionView")):
            settings.remove(view)  # tracked changes are always shown with their markup
        data["word/settings.xml"] = etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)

    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            out.writestr(info, data[info.filename])
    return extras
