"""`make bench`: detection speed and whole-batch throughput on a generated request.

Prints figures; asserts nothing. The request is generated with Faker's da_DK provider and a
fixed seed, so every name, number and address is invented and the run is repeatable.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf
from faker import Faker

TEMPLATES = [
    "Kære {name}\n\nVi har modtaget din ansøgning af {date} om {topic}. Dit CPR-nummer {cpr} er registreret, "
    "og vi kontakter dig på tlf. {phone} eller {email}, når sagen er behandlet.",
    "Referat af møde den {date}\nDeltagere: {name} (borger), {name2} (pårørende), sagsbehandler.\n"
    "{name2} oplyste, at familien bor på {address}. Næste møde aftales telefonisk.",
    "Fra: {name} <{email}>\nTil: Borgerservice\nEmne: {topic}\n\nHej\n\nJeg vil gerne klage over sagsbehandlingstiden. "
    "Beløbet bedes udbetalt til reg.nr. {reg} kontonr. {account}.\n\nVenlig hilsen\n{name}",
    "Notat: Borgeren {name} ringede fra {phone} vedrørende {topic}. Der er aftalt opfølgning i uge {week}. "
    "Kommunen har vurderet sagen efter de gældende regler og forventer at træffe afgørelse inden for fire uger.",
]
TOPICS = ["tilskud til briller", "boligstøtte", "byggetilladelse til carport", "skolebefordring", "hjælpemidler"]


def cpr(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}-{rng.randint(0, 9999):04d}"


# The invented values that must not be readable in the release (the rest is ordinary text).
PRIVATE_FIELDS = ("name", "name2", "cpr", "phone", "email", "address", "account")
# Faker's honorifics ("Dr. Jens Hansen", "Fru Mette Lund"): titles, not personal data.
HONORIFICS = frozenset({"Dr.", "Prof.", "Univ.Prof.", "Fru", "Hr", "Hr.", "Herr", "Fr."})

# (file name, kind of value, the value) for every private value put into the request
Invented = list[tuple[str, str, str]]


def paragraph(fake: Faker, rng: random.Random, record: list[tuple[str, str]] | None = None) -> str:
    template = rng.choice(TEMPLATES)
    values = dict(
        name=fake.name(),
        name2=fake.name(),
        date=fake.date(),
        topic=rng.choice(TOPICS),
        cpr=cpr(rng),
        phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        email=fake.free_email(),
        address=fake.street_address(),
        reg=f"{rng.randint(1000, 9999)}",
        account=f"{rng.randint(10**9, 10**10 - 1)}",
        week=rng.randint(1, 52),
    )
    if record is not None:
        for key in PRIVATE_FIELDS:
            if "{" + key + "}" in template:
                record.append((key.rstrip("2"), str(values[key])))
    return template.format(**values)


def make_request(
    folder: Path, pages: int, pages_per_file: int = 10, seed: int = 7, invented: Invented | None = None
) -> int:
    """The request's PDFs in `folder`; returns its words. With `invented`, every private value put in
    is added to it with its file's name, for `leak_check`."""
    fake = Faker("da_DK")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    words = 0
    for f in range(pages // pages_per_file):
        doc = pymupdf.open()
        name = f"dok-{f:03d}.pdf"
        record: list[tuple[str, str]] = []
        for _ in range(pages_per_file):
            text = "\n\n".join(paragraph(fake, rng, record) for _ in range(6))
            words += len(text.split())
            doc.new_page().insert_textbox(pymupdf.Rect(56, 56, 539, 786), text, fontsize=10)
        doc.save(folder / name)
        if invented is not None:
            invented.extend((name, kind, value) for kind, value in record)
    return words


def leak_check(
    release: Path, invented: Invented, heading: str = "  invented private values still readable in the release"
) -> None:
    """How many of the invented private values can still be read in the released PDFs (their text
    as a reader extracts it, white space folded): a name counts when any of its words other than an
    honorific is readable. Fast output that leaks is worth nothing, so the benchmark says it."""
    texts: dict[str, str] = {}
    total: dict[str, int] = {}
    readable: dict[str, list[str]] = {}
    for name, kind, value in invented:
        if name not in texts:
            with pymupdf.open(release / name) as doc:
                texts[name] = " ".join(" ".join(page.get_text().split()) for page in doc)
        total[kind] = total.get(kind, 0) + 1
        parts = [w for w in value.split() if w not in HONORIFICS] if kind == "name" else [" ".join(value.split())]
        seen = [p for p in parts if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", texts[name])]
        if seen:
            readable.setdefault(kind, []).append(" ".join(seen))
    counts = ", ".join(f"{kind} {len(readable.get(kind, []))}/{n}" for kind, n in total.items())
    print(f"{heading}: {counts}")
    for kind, seen in readable.items():
        print(f"    {kind}: {', '.join(seen[:8])}{' …' if len(seen) > 8 else ''}")


def detection_speed(folder: Path) -> None:
    from redact.detect.factory import build_detectors
    from redact.pdf.extract import read_pages

    texts = [pt.text for pdf in sorted(folder.glob("*.pdf")) for pt in read_pages(pdf)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    detectors = build_detectors()
    for d in detectors:
        d.detect(texts[0], "da")  # warm up; a language's detectors are built on first use
    load = time.perf_counter() - t0
    per: dict[str, float] = {}
    for d in detectors:
        t0 = time.perf_counter()
        for t in texts:
            d.detect(t, "da")
        # Routers by language share a class: name them by what they route ("presidio", "names" …).
        per[getattr(d, "name", type(d).__name__)] = time.perf_counter() - t0
    total = sum(per.values())
    print(
        f"detection, one process: {words} words, {len(texts)} pages in {total:.1f} s = "
        f"{words / total:,.0f} words/s, {len(texts) / total:.1f} pages/s (loading detectors {load:.1f} s)"
    )
    for name, secs in per.items():
        print(f"  {name:28s} {words / secs:>12,.0f} words/s")


# `redact` as its entry point runs it, then the peak RSS of its own (main) process and of the largest
# of its workers, written to the file named first: bench's RUSAGE_CHILDREN gives only the largest
# process of all, and a worker forked from the main process counts the pages it shares with it.
_MEASURED_REDACT = """
import json, resource, sys
from redact.cli import main
try:
    code = main(sys.argv[2:])
finally:
    peaks = [resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        json.dump({"main": peaks[0], "workers": peaks[1]}, fh)
sys.exit(code)
"""


def batch_speed(folder: Path, jobs: int, label: str = "", invented: Invented | None = None) -> float:
    out = Path(tempfile.mkdtemp(prefix="redact-bench-out-"))
    peaks = out.with_name(out.name + "-rss.json")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _MEASURED_REDACT, str(peaks), "batch", str(folder), "--out", str(out)]
        + ["--auto-accept", "--jobs", str(jobs)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    secs = time.perf_counter() - t0
    rss = json.loads(peaks.read_text(encoding="utf-8"))
    peaks.unlink()
    pages = sum(pymupdf.open(p).page_count for p in out.rglob("*.pdf") if "sag-filer" not in p.parts)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss / 1024
    # CPU-seconds of the batch and its worker processes: on a shared machine the wall time follows
    # the load, the CPU time much less; 30 pages/s on two cores needs 15 pages per CPU-second.
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    print(
        f"batch --auto-accept --jobs {jobs}{label}: {pages} pages in {secs:.1f} s = {pages / secs:.1f} pages/s "
        f"(conversion, detection, export and verification, process start included); "
        f"{cpu:.1f} CPU-seconds = {pages / max(cpu, 1e-9):.1f} pages per CPU-second, "
        # How many cores the batch kept busy on average: under 2 with --jobs 2 is waiting (the main
        # process working alone between the phases, a last file alone) or a machine shared with others.
        f"{cpu / max(secs, 1e-9):.2f} cores busy on average; "
        f"peak RSS of one process so far {peak:.0f} MB; load {os.getloadavg()[0]:.1f}"
    )
    workers = "no worker processes" if jobs <= 1 else f"largest worker {rss['workers']:.0f} MB"
    print(f"  peak RSS of this batch: main process {rss['main']:.0f} MB, {workers}")
    if invented is not None:
        leak_check(out / "udlevering", invented)
    shutil.rmtree(out)
    return pages / secs


def presidio_default(folder: Path) -> None:
    """Presidio's default set-up on the same request: its predefined recognizers, analyse every
    page's text, black out each hit with PyMuPDF, save. No verification, no hidden text, one process.
    Presidio's default engine would download an English spaCy model; we hand it our own Danish NER
    model (models/da_redact_ner) as its pipeline, so nothing is downloaded."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from redact.detect.model_files import default_model_dir

    class LocalEngine(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"en": spacy.load(default_model_dir())}

    import tldextract

    # Presidio's e-mail and URL recognizers would fetch the public suffix list from the network on
    # first use; the list bundled with tldextract is used instead.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    out = Path(tempfile.mkdtemp(prefix="redact-bench-presidio-"))
    t0 = time.perf_counter()
    engine = LocalEngine(models=[{"lang_code": "en", "model_name": "da_redact_ner (lokal)"}])
    engine.load()
    # The registry is built explicitly: without one, this Presidio version reads its YAML recognizer
    # list and fails on a keyword argument (EmailRecognizer(name=...)).
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])
    load = time.perf_counter() - t0
    pages = hits = 0
    for pdf in sorted(folder.glob("*.pdf")):
        doc = pymupdf.open(pdf)
        for page in doc:
            text = page.get_text()
            for r in analyzer.analyze(text=text, language="en"):
                for rect in page.search_for(text[r.start : r.end]):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
                    hits += 1
            page.apply_redactions()
            pages += 1
        doc.save(out / pdf.name, garbage=3, deflate=True)
        doc.close()
    secs = time.perf_counter() - t0
    print(
        f"Presidio default (predefined recognizers, our NER model as its spaCy pipeline, analyse + redact, "
        f"no verification, one process): {pages} pages in {secs:.1f} s = {pages / secs:.1f} pages/s "
        f"({hits} boxes; loading {load:.1f} s); load {os.getloadavg()[0]:.1f}"
    )
    shutil.rmtree(out)


def scale_run(pages: int) -> None:
    """Time and memory as the request grows: a tenth of it, then all of it, with --jobs 2. Time
    should grow linearly (the same seconds per page) and the peak RSS of a process stay flat."""
    folder = Path(tempfile.mkdtemp(prefix="redact-bench-scale-"))
    try:
        words = make_request(folder, pages)
        print(f"generated request: {pages} pages, {words} words, in {folder}")
        tenth = Path(tempfile.mkdtemp(prefix="redact-bench-tenth-"))
        files = sorted(folder.glob("*.pdf"))
        for pdf in files[: max(1, len(files) // 10)]:
            shutil.copy(pdf, tenth / pdf.name)
        small = batch_speed(tenth, 2, label=" (a tenth of the request)")
        shutil.rmtree(tenth)
        full = batch_speed(folder, 2, label=" (the whole request)")
        print(f"pages/s of the whole request / pages/s of a tenth: {full / small:.2f} (1.0 = time linear in pages)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--no-presidio", action="store_true", help="skip the Presidio comparison")
    ap.add_argument(
        "--scale",
        type=int,
        metavar="PAGES",
        help="only the scale run: a request of PAGES pages and its first tenth with --jobs 2, "
        "the time per page of each and the peak RSS (e.g. --scale 10000)",
    )
    args = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    if args.scale:
        scale_run(args.scale)
        return
    folder = Path(tempfile.mkdtemp(prefix="redact-bench-"))
    invented: Invented = []
    words = make_request(folder, args.pages, invented=invented)
    print(f"generated request: {args.pages} pages, {words} words, in {folder}")
    detection_speed(folder)
    for jobs in (1, 2):
        batch_speed(folder, jobs, invented=invented if jobs == 2 else None)
    # Time should grow linearly with the request: the same batch on half of it.
    half = Path(tempfile.mkdtemp(prefix="redact-bench-half-"))
    for pdf in sorted(folder.glob("*.pdf"))[: len(list(folder.glob("*.pdf"))) // 2]:
        shutil.copy(pdf, half / pdf.name)
    batch_speed(half, 2, label=" (half the request)")
    shutil.rmtree(half)
    if not args.no_presidio:
        presidio_default(folder)
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
