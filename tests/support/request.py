"""Requests for the batch tests: a small mixed one (`request`: a letter, an e-mail with an attachment,
a text note, a broken PDF), and a generated one of many files (`make_request`) for the tests that
stop, resume and spread work.

Every name, number and address is invented (combined from short made-up lists)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.detect.factory import build_detectors
from redact.services.batch import run_batch
from tests.support.builders import make_eml, make_pdf, pdf_bytes

FIRST = ["Karl", "Lise", "Henrik", "Birthe", "Ole", "Mette", "Jens", "Hanne"]
LAST = ["Opdigtetsen", "Fiktivsen", "Prøvesen", "Eksempelsen", "Testrup", "Påfundsen"]


def make_request(folder: Path, files: int, pages: int = 2) -> Path:
    """`files` PDFs of `pages` pages each, each with a name, a CPR number and a phone number per page."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        doc = pymupdf.open()
        for p in range(pages):
            k = f * pages + p
            name = f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}"
            cpr = f"{1 + k % 28:02d}{1 + k % 12:02d}{50 + k % 40:02d}-{(1000 + 37 * k) % 10000:04d}"
            phone = f"2{k % 10} {10 + k % 89:02d} {20 + k % 70:02d} {30 + k % 60:02d}"
            lines = [
                f"Kære {name}",
                "",
                f"Vi har modtaget din ansøgning om boligstøtte (side {p + 1}).",
                f"Dit CPR-nummer {cpr} er registreret, og vi ringer på tlf. {phone}.",
                f"Med venlig hilsen og tak for henvendelsen, {name} bedes svare inden fire uger.",
            ]
            page = doc.new_page(width=595, height=842)
            y = 72.0
            for line in lines * 4:
                page.insert_text((72, y), line, fontsize=11, fontname="helv")
                y += 16
        doc.save(folder / f"dok-{f:03d}.pdf")
        doc.close()
    return folder


KEEP = KeepList.from_lines(["Rita Sagsbehandlersen", "33 33 33 33", "rsa@kommune.example"])


def request(folder: Path) -> Path:
    src = folder / "anmodning"
    (src / "post").mkdir(parents=True)
    make_pdf(
        src / "brev.pdf",
        [
            "Kære borger",
            "Vi har modtaget din ansøgning. CPR 120384-1234 og tlf. 20 12 34 56.",
            "Svar til karl.opdigtet@example.com senest fredag.",
            "Med venlig hilsen Rita Sagsbehandlersen, tlf. 33 33 33 33, rsa@kommune.example",
        ],
    )
    make_eml(
        src / "post" / "mail.eml",
        "Hej\n\nMin konto er reg.nr. 1234 kontonr. 0012345678.\n",
        attachments=[("kvittering.pdf", pdf_bytes(["Kvittering til 010120-5004"]), "application/pdf")],
    )
    (src / "post" / "note.txt").write_text("Telefon +45 31 22 11 00 oplyst af borgeren.\n", encoding="utf-8")
    (src / "kaput.pdf").write_bytes(b"%PDF-1.7 broken")
    (src / ".DS_Store").write_bytes(b"\x00junk")
    return src


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def batch(src: Path, out: Path, auto: bool, jobs: int = 1):  # type: ignore[no-untyped-def]
    return run_batch([src], out, build_detectors, KEEP, auto, jobs, "test", progress=NullProgress)
