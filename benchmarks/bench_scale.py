"""`make bench`, scale-out part: pages/s with `--jobs 2` and with `--cluster local:2` on the same
generated request, whether both write the same case, and what resuming after a kill at 50 % costs.

Prints figures; asserts nothing. The request is bench.py's (Faker da_DK, fixed seed: invented data).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf
from bench import make_request

REDACT = Path(sys.executable).with_name("redact")


def _cmd(folder: Path, out: Path, *extra: str) -> list[str]:
    return [str(REDACT), "batch", str(folder), "--out", str(out), "--auto-accept", *extra]


def _pages(out: Path) -> int:
    # --auto-accept writes what may be handed out to DIR/udlevering, the working files beside it.
    return sum(pymupdf.open(p).page_count for p in (out / "udlevering").glob("*.pdf"))


def _journal_done(out: Path) -> int:
    path = out / "sag-filer" / "batch.jsonl"
    if not path.exists():
        return 0
    with open(path, encoding="utf-8") as fh:
        return max(0, sum(1 for line in fh if line.endswith("\n")) - 1)


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(folder: Path, out: Path, *extra: str) -> float:
    secs, _ = timed_cpu(folder, out, *extra)
    return secs


def timed_cpu(folder: Path, out: Path, *extra: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds of the batch and every process it started (load-independent)."""
    cpu0, t0 = _child_cpu(), time.perf_counter()
    subprocess.run(_cmd(folder, out, *extra), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0, _child_cpu() - cpu0


def case_of(out: Path) -> tuple[object, object]:
    raw = json.loads((out / "sag.redact").read_text(encoding="utf-8"))
    return raw["documents"], raw["proposals"]


def resume_cost(folder: Path, files: int, full: tuple[float, float], jobs: str, base: Path) -> None:
    """Kill a batch (kill -9) when half of the files are done, resume it, and compare with `full`
    (wall and CPU seconds of an uninterrupted run)."""
    out = base / "afbrudt"
    cpu0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.Popen(_cmd(folder, out, "--jobs", jobs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and _journal_done(out) < files // 2:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before, before_cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    done = _journal_done(out)
    after, after_cpu = timed_cpu(folder, out, "--jobs", jobs, "--resume")
    extra, extra_cpu = before + after - full[0], before_cpu + after_cpu - full[1]
    print(
        f"resume after kill -9 at {done}/{files} files (--jobs {jobs}): {before:.1f} s before the kill + "
        f"{after:.1f} s to resume = {before + after:.1f} s against {full[0]:.1f} s uninterrupted "
        f"(cost of the stop: {extra:+.1f} s, {100 * extra / full[0]:+.0f} %); CPU-seconds "
        f"{before_cpu:.0f} + {after_cpu:.0f} = {before_cpu + after_cpu:.0f} against {full[1]:.0f} "
        f"({100 * extra_cpu / full[1]:+.0f} %)"
    )
    # Some workers may have been killed with the batch: a lost worker's CPU is not in getrusage.


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--resume-only", action="store_true", help="only the cost of resuming after a kill at 50 %%")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="redact-bench-scale-"))
    folder = base / "anmodning"
    folder.mkdir()
    words = make_request(folder, args.pages)
    files = len(list(folder.glob("*.pdf")))
    print(f"generated request: {args.pages} pages, {files} files, {words} words")
    n = str(args.workers)
    runs: dict[str, tuple[float, float, Path]] = {}
    variants = [(f"--jobs {n}", ("--jobs", n))]
    if not args.resume_only:
        variants.append((f"--cluster local:{n}", ("--cluster", f"local:{n}")))
    for label, extra in variants:
        out = base / label.replace(" ", "_").replace(":", "")
        secs, cpu = timed_cpu(folder, out, *extra)
        runs[label] = (secs, cpu, out)
        pages = _pages(out)
        print(
            f"batch --auto-accept {label}: {pages} pages in {secs:.1f} s = {pages / secs:.1f} pages/s "
            f"(conversion, detection, export and verification, start-up included); "
            f"{cpu:.0f} CPU-s = {pages / cpu:.1f} pages per CPU-second"
        )
    if len(runs) == 2:
        (a, a_cpu, out_a), (b, b_cpu, out_b) = runs.values()
        same = case_of(out_a) == case_of(out_b)
        print(
            f"cluster/jobs: time {b / a:.2f}, CPU {b_cpu / a_cpu:.2f}; "
            f"same case (documents and proposals): {'ja' if same else 'NEJ'}"
        )
    a, a_cpu, _ = runs[f"--jobs {n}"]
    resume_cost(folder, files, (a, a_cpu), n, base)
    shutil.rmtree(base)


if __name__ == "__main__":
    main()
