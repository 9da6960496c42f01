"""What the draft decision letter says, composed from the case and the authority's template.

The letter follows the order a decision on access needs (forvaltningsloven §§ 22-25,
offentlighedsloven § 37): the decision, the documents, for every provision used what was withheld
under it and the standard reasoning, partial access and meroffentlighed, then the complaint
guidance. Every text comes from the template or the list of legal bases; only the structure and the
numbers are decided here. The result is a draft: [bracketed] places are for the case handler.
"""

from __future__ import annotations

from datetime import date

from redact.core.case import Case, Disclosure
from redact.core.language import join_and
from redact.core.legal import LegalBasis, Scope, citation_of
from redact.services.aktliste import Listed
from redact.services.package_words import DANISH, PackageWords
from redact.store.letter import Block, Bullets, Heading, LetterTemplate, Lines, Paragraph, Table


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def compose_letter(
    case: Case,
    rows: list[Listed],
    bases: dict[str, LegalBasis],
    template: LetterTemplate,
    journal: str,
    today: date,
    words: PackageWords = DANISH,
    organisation: str = "",
) -> list[Block]:
    """The blocks of the draft decision. `organisation` (the authority's name from the settings or the
    machine policy) fills {myndighed} unless the template names the authority itself."""
    named = template.texts.get("myndighed", "")
    processed = [r for r in rows if r.disclosure is not Disclosure.NOT_PROCESSED]
    counts = {k: sum(1 for r in processed if r.disclosure is k) for k in Disclosure}
    values: dict[str, object] = {
        "myndighed": organisation if organisation and (not named or named.startswith("[")) else named,
        "dato": words.long_date(today),
        "journalnummer": journal,
        "sag": case.title,
        "antal_dokumenter": len(rows),
        "dokumenter_i_alt": words.count(len(rows)),
        "antal_udleveret": counts[Disclosure.FULL] + counts[Disclosure.PARTIAL],
        "antal_fuld": counts[Disclosure.FULL],
        "antal_delvis": counts[Disclosure.PARTIAL],
        "antal_undtaget": counts[Disclosure.WITHHELD],
    }
    if processed and all(r.disclosure is Disclosure.FULL for r in processed):
        variant = "fuld"
    elif not any(r.released for r in processed):
        variant = "afslag"
    else:
        variant = "delvis"

    blocks: list[Block] = [
        Lines(tuple(line for line in template.lines("hoved", values) if not line.rstrip().endswith(":"))),
        Lines(tuple(template.lines("modtager", values))),
        Heading(template.text("titel", values), 1),
        Paragraph(template.text("indledning", values)),
        Paragraph(template.text("afgoerelse", values, variant)),
        Heading(template.text("dokumenter_overskrift", values), 2),
        Paragraph(template.text("dokumenter_tekst", values)),
        Table(
            words.letter_header,
            tuple(
                (
                    str(r.number),
                    r.title,
                    r.date,
                    words.disclosure[r.disclosure],
                    "; ".join(citation_of(b, bases) for b in r.bases),
                )
                for r in rows
            ),
            widths=(1.1, 6.2, 2.2, 3.0, 4.5),
        ),
    ]
    if variant != "fuld":
        blocks += _reasons(case, rows, bases, template, values, words)
        blocks.append(Heading(template.text("klagevejledning_overskrift", values), 2))
        blocks += [Paragraph(p) for p in template.lines("klagevejledning", values)]
    blocks += [
        Paragraph(template.text("hilsen", values)),
        Lines(tuple(template.lines("underskrift", values))),
        Paragraph(template.text("bilag_overskrift", values), bold=True),
        Bullets(tuple(template.lines("bilag", values))),
    ]
    return [b for b in blocks if not _empty(b)]


def _empty(block: Block) -> bool:
    if isinstance(block, Heading | Paragraph):
        return not block.text.strip()
    if isinstance(block, Lines):
        return not block.lines
    if isinstance(block, Bullets):
        return not block.items
    return False


def _reasons(
    case: Case,
    rows: list[Listed],
    bases: dict[str, LegalBasis],
    template: LetterTemplate,
    values: dict[str, object],
    words: PackageWords = DANISH,
) -> list[Block]:
    """Per provision used: what was withheld under it, and the standard reasoning."""
    whole: dict[str, list[str]] = {}  # document numbers, as the letter prints them
    pages: dict[str, list[str]] = {}
    info: dict[str, list[str]] = {}
    order: list[str] = []
    redaction_bases = case.bases()
    by_document = case.redactions_by_document()
    for r in rows:
        doc_id = r.document.id
        w = case.withheld_document(doc_id)
        if w:
            whole.setdefault(w.basis, []).append(str(r.number))
            order.append(w.basis)
            continue
        for page, wp in sorted(case.withheld_pages(doc_id).items()):
            where = words.page_in_document.format(page=page + 1, document=r.number)
            pages.setdefault(wp.basis, []).append(where)
            order.append(wp.basis)
        for red in by_document.get(doc_id, []):
            if red.page in r.released:
                code = redaction_bases.get(red.source) or "offl-30-1"
                if str(r.number) not in info.setdefault(code, []):
                    info[code].append(str(r.number))
                order.append(code)
    blocks: list[Block] = [Heading(template.text("begrundelse_overskrift", values), 2)]
    information = False
    for code in dict.fromkeys(order):
        basis = bases.get(code) or LegalBasis(code, code, code)
        local = dict(values, henvisning=basis.citation)
        blocks.append(Heading(_capital(basis.citation), 3))
        if code in whole:
            blocks.append(
                Paragraph(
                    template.text("undtaget_dokumenter", dict(local, dokumenter=join_and(whole[code], words.and_word)))
                )
            )
        if code in pages:
            blocks.append(
                Paragraph(template.text("undtaget_sider", dict(local, sider=join_and(pages[code], words.and_word))))
            )
        if code in info:
            information = information or basis.scope is Scope.INFORMATION
            blocks.append(
                Paragraph(
                    template.text("undtaget_oplysninger", dict(local, dokumenter=join_and(info[code], words.and_word)))
                )
            )
        blocks.append(Paragraph(basis.reasoning or "[Skriv begrundelsen for undtagelsen efter denne bestemmelse.]"))
    if information:
        blocks.append(Paragraph(template.text("delvis_adgang", values)))
    blocks.append(Paragraph(template.text("meroffentlighed", values)))
    return blocks
