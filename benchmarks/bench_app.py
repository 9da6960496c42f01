"""`make bench`: how quickly the review answers on a generated 1,000-page case.

Prints figures; asserts nothing. Drives the services the app's window calls (the Qt-free
`ReviewSession`, page rendering, case search), in this process, as the window does:
- open_s: open the case and show the first page of the first document (rendered);
- next_proposal_ms: "N" (select the next open proposal), median and worst of 50;
- page_flip_ms: render the next page and its overlays; with `rendered ahead`, as the window does
  it: the next pages are rendered in another process while the page is read (services.rendering.
  RenderAhead), and the flip takes the finished picture and draws the overlays;
- accept_ms: "A" (accept the selected proposal and go on);
- search_ms: a whole-case text search and a pattern search;
- peak RSS of this process.

The case is built once by `redact batch` (no --auto-accept) on a generated request of 100 pages
and then copied ten times (documents, their normalised PDFs and proposals under new ids): a
1,000-page case whose documents are all different files, built in a fraction of the time.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench import make_request


def build_case(folder: Path, pages: int, copies: int) -> Path:
    request = folder / "anmodning"
    request.mkdir()
    make_request(request, pages)
    out = folder / "sag"
    redact = Path(sys.executable).with_name("redact")
    subprocess.run(
        [str(redact), "batch", str(request), "--out", str(out), "--jobs", "2"], check=True, stdout=subprocess.DEVNULL
    )
    case_file = out / "sag.redact"
    data = json.loads(case_file.read_text(encoding="utf-8"))
    documents, proposals = list(data["documents"]), list(data["proposals"])
    for k in range(1, copies):
        ids = {}
        for d in data["documents"]:
            new_id = f"{len(documents) + 1:04d}"
            ids[d["id"]] = new_id
            normalized = Path(d["normalized"])
            copy = normalized.with_name(f"kopi{k}-{normalized.name}")
            shutil.copy2(out / normalized, out / copy)  # with its time: the text index below stays valid
            for suffix in (".tekst.json", ".bokse.f64"):  # the case's text index (store/textindex.py)
                index = out / normalized.with_name(normalized.stem + suffix)
                if index.exists():
                    shutil.copyfile(index, out / copy.with_name(copy.stem + suffix))
            documents.append(
                {**d, "id": new_id, "normalized": copy.as_posix(), "output_name": f"kopi{k}-{d['output_name']}"}
            )
        for p in data["proposals"]:
            proposals.append({**p, "id": f"k{k}{p['id']}"[:16] + f"{k:02d}", "document": ids[p["document"]]})
    data["documents"], data["proposals"] = documents, proposals
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100, help="pages of the generated request")
    ap.add_argument("--copies", type=int, default=10, help="the case holds the request this many times")
    ap.add_argument("--case", type=Path, help="an existing case folder instead of a generated one")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="redact-bench-app-"))
    try:
        folder = args.case or build_case(tmp, args.pages, args.copies)
        run(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def flip_ahead(session: Any, folder: Path, doc: Any) -> None:
    """Page flips as the window makes them: the next pages rendered in another process while the
    case handler reads (up to a second a page here), the flip then only takes the picture."""
    from redact.pdf.render import render_page
    from redact.services.rendering import RenderAhead

    ahead = RenderAhead()
    path = folder / doc.normalized
    flips, missed = [], 0
    try:
        session.show_document(doc.id, 0)
        for page in range(min(doc.pages, 10)):
            for k in range(page, min(page + 4, doc.pages)):
                ahead.ask(path, k, 1.5)
            wait = time.perf_counter() + 1.0  # reading the page shown before
            while ahead.pending() and time.perf_counter() < wait:
                time.sleep(0.005)
            t = time.perf_counter()
            session.page = page
            data = ahead.take(path, page, 1.5)
            if data is None:
                missed += 1
                render_page(path, page, 1.5)
            session.overlays(doc.id)
            flips.append(time.perf_counter() - t)
    finally:
        ahead.close()
    print(
        f"  page_flip_ms (rendered ahead) median {ms(statistics.median(flips))} worst {ms(max(flips))} "
        f"({len(flips)} pages, {missed} not ready in time)"
    )


def run(folder: Path) -> None:
    from redact.core.case import State
    from redact.core.decision import Action
    from redact.pdf.render import render_page
    from redact.services.search import find_occurrences
    from redact.services.session import ReviewSession

    t0 = time.perf_counter()
    session = ReviewSession(who="bench")
    case = session.open(folder)
    first = case.documents[0]
    session.show_document(first.id, 0)
    render_page(folder / first.normalized, 0, 1.5)
    session.overlays(first.id)
    open_s = time.perf_counter() - t0
    pages = sum(d.pages for d in case.documents)
    print(f"app: case of {len(case.documents)} documents, {pages} pages, {len(case.proposals)} proposals")
    print(f"  open_s {open_s:.2f} (open the case, first page rendered with its proposals)")

    steps = []
    for _ in range(50):
        t = time.perf_counter()
        session.step()
        if session.document is not None:
            session.overlays(session.document)
        steps.append(time.perf_counter() - t)
    print(f"  next_proposal_ms median {ms(statistics.median(steps))} worst {ms(max(steps))} (50 steps)")

    flips = []
    doc = case.documents[len(case.documents) // 2]
    session.show_document(doc.id, 0)
    for page in range(min(doc.pages, 10)):
        t = time.perf_counter()
        session.page = page
        render_page(folder / doc.normalized, page, 1.5)
        session.overlays(doc.id)
        flips.append(time.perf_counter() - t)
    print(f"  page_flip_ms median {ms(statistics.median(flips))} worst {ms(max(flips))} ({len(flips)} pages)")
    flip_ahead(session, folder, case.documents[len(case.documents) // 2 + 1])

    accepts = []
    session.step()
    for _ in range(20):
        if session.selected is None or case.states().get(session.selected) is not State.OPEN:
            break
        t = time.perf_counter()
        session.decide_and_go_on([session.selected], Action.ACCEPT)
        accepts.append(time.perf_counter() - t)
    if accepts:
        print(f"  accept_ms median {ms(statistics.median(accepts))} worst {ms(max(accepts))} ({len(accepts)} accepts)")

    for label, text, regex in (("text", "sagsbehandlingstiden", False), ("pattern", r"\d{6}-\d{4}", True)):
        t = time.perf_counter()
        hits = find_occurrences(case, folder, text, regex=regex)
        print(f"  search_ms ({label}) {ms(time.perf_counter() - t)} ({len(hits)} hits in the whole case)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {peak:.0f} MB (this process)")


if __name__ == "__main__":
    main()
