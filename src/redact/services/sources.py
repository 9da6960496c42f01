"""Which files a request consists of, and where each one's redacted PDF goes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redact.core.errors import UsageError


@dataclass(frozen=True)
class Source:
    path: Path
    output: Path  # relative to the output folder, e.g. "breve/brev.pdf"


def _skip(path: Path) -> bool:
    return path.name.startswith((".", "~$")) or path.name in ("Thumbs.db", "desktop.ini")


def collect_sources(args: list[Path], out_dir: Path) -> list[Source]:
    """Files in argument order, folders recursively in name order; the output folder is never an input."""
    out = out_dir.resolve()
    found: list[tuple[Path, Path]] = []
    for arg in args:
        path = arg.resolve()
        if not path.exists():
            raise UsageError(f"{arg}: filen eller mappen findes ikke")
        if path.is_dir():
            if out == path or path in out.parents:
                raise UsageError(
                    f"{arg}: uddatamappen ({out_dir}) ligger i en mappe med originaler; vælg en mappe uden for den, "
                    "så der aldrig skrives noget ved siden af originalerne"
                )
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = f.relative_to(path)
                if any(_skip(Path(part)) for part in rel.parts):
                    continue
                found.append((f, rel))
        else:
            if out == path.parent:
                raise UsageError(f"{arg}: uddatamappen er den mappe, originalen ligger i; vælg en anden mappe")
            found.append((path, Path(path.name)))
    taken: set[Path] = set()
    sources: list[Source] = []
    seen: set[Path] = set()
    for path, rel in found:
        if path in seen:
            continue
        seen.add(path)
        output = rel.with_suffix(".pdf")
        if output in taken:
            output = rel.with_name(rel.name + ".pdf")
        n = 2
        while output in taken:
            output = rel.with_name(f"{rel.stem}-{n}.pdf")
            n += 1
        taken.add(output)
        sources.append(Source(path, output))
    return sources
