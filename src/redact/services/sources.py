"""Which files a request consists of, and where each one's redacted PDF goes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redact.core.errors import UsageError


@dataclass(frozen=True)
class Source:
    path: Path
    output: Path  # relative to the output folder, e.g. "breve/brev.pdf"


@dataclass(frozen=True)
class Skipped:
    """An entry of a request folder that is not a file we can read, and why (one line for the user)."""

    path: Path
    reason: str


# An output file name is at most this many bytes (UTF-8): file systems allow 255, Windows paths 260
# characters in all, and the release folder sits some levels down. Longer names are shortened; the
# document's full title stays in the case and the aktliste.
MAX_NAME_BYTES = 120


def fit_name(stem: str, suffix: str, limit: int = MAX_NAME_BYTES) -> str:
    """`stem + suffix`, with the stem cut (at a character) and a short hash of the whole stem added
    when the name would be longer than `limit` bytes, so two long names stay distinct."""
    if len((stem + suffix).encode("utf-8")) <= limit:
        return stem + suffix
    tag = "~" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:6]
    room = limit - len((tag + suffix).encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .-_")
    return cut + tag + suffix


def _skip(path: Path) -> bool:
    return path.name.startswith((".", "~$")) or path.name in ("Thumbs.db", "desktop.ini")


def _not_a_file(path: Path) -> str:
    """Why `path` is no regular file we read ("" if it is one). Symbolic links to files are followed,
    links to folders are not (they may lead out of the request, or in a circle)."""
    try:
        if path.is_symlink():
            if not path.exists():
                return "genvejen (symbolsk link) peger på noget, der ikke findes"
            if path.is_dir():
                return "en genvej (symbolsk link) til en mappe følges ikke; læg mappen ind direkte, hvis den hører med"
        if not path.is_file():
            return "er ikke en almindelig fil (fx en navngiven pipe eller en enhed) og springes over"
    except OSError as exc:
        return f"kan ikke undersøges: {exc.strerror}"
    return ""


def _walk(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The files under `folder`, in name order, recursively; what is not taken is added to `skipped`."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except PermissionError:
        skipped.append(Skipped(folder, "mappen kan ikke læses (ingen adgang); filerne i den er ikke med"))
        return []
    except OSError as exc:
        skipped.append(Skipped(folder, f"mappen kan ikke læses: {exc.strerror}"))
        return []
    files: list[Path] = []
    for entry in entries:
        path = Path(entry.path)
        if _skip(path):
            continue
        if entry.is_dir(follow_symlinks=False):
            files += _walk(path, skipped)
            continue
        why = _not_a_file(path)
        if why:
            skipped.append(Skipped(path, why))
        else:
            files.append(path)
    return files


def originals_holding(out_dir: Path, folders: Iterable[Path]) -> Path | None:
    """The folder of originals that `out_dir` is, or lies inside, if any: nothing is ever written there."""
    out = out_dir.resolve()
    for folder in folders:
        folder = folder.resolve()
        if out == folder or folder in out.parents:
            return folder
    return None


def collect_sources(args: list[Path], out_dir: Path, skipped: list[Skipped] | None = None) -> list[Source]:
    """Files in argument order, folders recursively in name order; the output folder is never an input.
    Entries that are no readable file (links to folders, dangling links, pipes, unreadable folders)
    are added to `skipped` with the reason, one each."""
    out = out_dir.resolve()
    left_out: list[Skipped] = [] if skipped is None else skipped
    found: list[tuple[Path, Path]] = []
    for arg in args:
        path = arg.resolve()
        if not path.exists():
            raise UsageError(f"{arg}: filen eller mappen findes ikke")
        if path.is_dir():
            if originals_holding(out, [path]):
                raise UsageError(
                    f"{arg}: uddatamappen ({out_dir}) ligger i en mappe med originaler; vælg en mappe uden for den, "
                    "så der aldrig skrives noget ved siden af originalerne"
                )
            found += [(f, f.relative_to(path)) for f in _walk(path, left_out)]
        else:
            if originals_holding(out, [path.parent]):
                raise UsageError(
                    f"{arg}: uddatamappen ({out_dir}) ligger i mappen med originalen ({path.parent}); vælg en mappe "
                    "uden for den, så der aldrig skrives noget ved siden af originalerne"
                )
            why = _not_a_file(path)
            if why:
                left_out.append(Skipped(path, why))
                continue
            found.append((path, Path(path.name)))
    taken: set[Path] = set()
    sources: list[Source] = []
    seen: set[Path] = set()
    for path, rel in found:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        output = rel.with_name(fit_name(rel.stem, ".pdf"))
        if output in taken:
            output = rel.with_name(fit_name(rel.name, ".pdf"))
        n = 2
        while output in taken:
            output = rel.with_name(fit_name(f"{rel.stem}-{n}", ".pdf"))
            n += 1
        taken.add(output)
        sources.append(Source(path, output))
    return sources
