"""OCR throughput: `python benchmarks/bench_ocr.py [--pages N] [--per-file K]`.

Generates N scanned pages (image-only A4 pages, 200 dpi greyscale, a letter of invented text with
a CPR and a phone number), then prints:

- OCR alone: reading the pages of one N-page file, in one process and in two (`read_pages(jobs=2)`,
  OCR per page in a process pool);
- `redact batch --auto-accept --jobs 1` and `--jobs 2` over a request of N/K files of K pages
  (conversion, OCR, detection, export, and the OCR check of every redacted page; process start
  and detector loading included);
- the same batch over the one N-page file, where `--jobs` does not help until the batch passes it
  on to `read_pages` (the batch parallelises per file).

Prints figures; asserts nothing. Everything in the pages is invented.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

LINES = [
    "Borgerservice",
    "Ansøgning om tilskud til {topic}",
    "",
    "Ansøger: {name}",
    "CPR-nr.: {cpr}",
    "Telefon: {phone}",
    "",
    "Jeg søger hermed om tilskud og vedlægger dokumentation.",
    "Ansøgningen vedrører perioden fra 1. marts til 31. december.",
    "Jeg kan kontaktes på telefon i dagtimerne.",
    "",
    "Med venlig hilsen",
    "{name}",
]
FIRST = ["Karl", "Anne", "Søren", "Mette", "Jens", "Lise", "Ole", "Birgit"]
LAST = ["Opdigtet", "Fiktiv", "Prøvesen", "Testesen", "Eksempel", "Påfund"]
TOPICS = ["briller", "boligindretning", "befordring", "tandbehandling"]


def scanned_page(doc: pymupdf.Document, rng: random.Random) -> None:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    values = {
        "name": name,
        "topic": rng.choice(TOPICS),
        "cpr": f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}-{rng.randint(0, 9999):04d}",
        "phone": f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    }
    sheet = pymupdf.open()
    page = sheet.new_page(width=595, height=842)
    y = 90.0
    for line in LINES:
        page.insert_text((72, y), line.format(**values), fontsize=12)
        y += 20
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    sheet.close()
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)


def make_scans(path: Path, pages: int, rng: random.Random) -> None:
    doc = pymupdf.open()
    for _ in range(pages):
        scanned_page(doc, rng)
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def ocr_alone(path: Path, pages: int) -> None:
    from redact.pdf.extract import read_pages
    from redact.pdf.ocr import ocr_available

    if not ocr_available():
        print("OCR alone: Tesseract with Danish data is not installed (make setup)")
        return
    for jobs in (1, 2):
        cpu0 = _cpu_seconds()
        t0 = time.perf_counter()
        read = read_pages(path, jobs=jobs)
        secs = time.perf_counter() - t0
        cpu = _cpu_seconds() - cpu0
        assert all(pt.ocr for pt in read)
        print(
            f"OCR alone, read_pages(jobs={jobs}): {pages} pages in {secs:.1f} s = {pages / secs:.2f} pages/s "
            f"({secs / pages:.2f} s per page; {cpu / pages:.2f} s of CPU per page)"
        )


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children: the cost of the work whatever else runs."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def batch(folder: Path, jobs: int, label: str) -> None:
    out = Path(tempfile.mkdtemp(prefix="redact-bench-ocr-out-"))
    redact = Path(sys.executable).with_name("redact")
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    subprocess.run(
        [str(redact), "batch", str(folder), "--out", str(out), "--auto-accept", "--jobs", str(jobs)],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    secs = time.perf_counter() - t0
    cpu = _cpu_seconds() - cpu0
    pages = 0
    for pdf in (out / "udlevering").rglob("*.pdf"):
        with pymupdf.open(pdf) as doc:
            pages += doc.page_count
    print(
        f"batch --auto-accept --jobs {jobs}, {label}: {pages} pages in {secs:.1f} s = {pages / secs:.2f} pages/s "
        f"({cpu / max(pages, 1):.2f} s of CPU per page)"
    )
    shutil.rmtree(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=16)
    ap.add_argument("--per-file", type=int, default=4)
    args = ap.parse_args()
    rng = random.Random(5)
    root = Path(tempfile.mkdtemp(prefix="redact-bench-ocr-"))
    try:
        many, one = root / "mange", root / "en"
        many.mkdir()
        one.mkdir()
        files = max(1, args.pages // args.per_file)
        for i in range(files):
            make_scans(many / f"skanning-{i:02d}.pdf", args.per_file, rng)
        pages = files * args.per_file
        make_scans(one / "skanning.pdf", pages, rng)
        print(
            f"generated {pages} scanned A4 pages (200 dpi): {files} files of {args.per_file}, and one file of {pages}"
        )
        print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.1f}")
        ocr_alone(one / "skanning.pdf", pages)
        for jobs in (1, 2):
            batch(many, jobs, f"{files} files")
        for jobs in (1, 2):
            batch(one, jobs, "one file")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
