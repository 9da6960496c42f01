"""A small generated request of many files, for the batch tests that stop, resume and spread work.

Every name, number and address is invented (combined from short made-up lists)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

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
