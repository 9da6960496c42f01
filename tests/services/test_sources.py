"""Which files a request consists of: every file that is not taken gets one line naming it, and long
names are shortened for the output while the full name stays in the case. All names are invented."""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.batch import RELEASE_DIR, run_batch
from redact.services.package import export_package
from redact.services.sources import MAX_NAME_BYTES, Skipped, collect_sources
from redact.store.casefile import load_case
from tests.support.builders import make_eml, make_pdf, pdf_bytes
from tests.support.fakes import fake_detectors


def deny(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Take away the read permission. Root reads anything, so for root the refusal the system
    would give an ordinary user is simulated: open() and os.scandir() raise PermissionError."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open, real_scandir = builtins.open, os.scandir

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, Path)) and Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def guarded_scandir(target: Any = ".") -> Any:
        if Path(target) == path:
            raise PermissionError(13, "Permission denied", str(target))
        return real_scandir(target)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)


@pytest.fixture
def messy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A request folder with one good letter and every kind of entry that is not a readable file."""
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "brev.pdf", ["Brev om Jens Peter Hansen, CPR 120384-1234"])
    elsewhere = tmp_path / "andetsteds"
    elsewhere.mkdir()
    make_pdf(elsewhere / "fremmed.pdf", ["Et dokument fra en anden sag"])
    (src / "genvej-til-mappe").symlink_to(elsewhere, target_is_directory=True)
    (src / "død-genvej.pdf").symlink_to(tmp_path / "findes-ikke.pdf")
    os.mkfifo(src / "rør.txt")
    (src / "lukket").mkdir()
    make_pdf(src / "lukket" / "hemmelig.pdf", ["Kan ikke læses"])
    make_pdf(src / "ulæselig.pdf", ["Ingen adgang"])
    deny(src / "lukket", monkeypatch)
    deny(src / "ulæselig.pdf", monkeypatch)
    yield src
    (src / "lukket").chmod(0o755)
    (src / "ulæselig.pdf").chmod(0o644)


def test_every_entry_that_is_not_taken_is_named(messy: Path, tmp_path: Path) -> None:
    skipped: list[Skipped] = []
    sources = collect_sources([messy], tmp_path / "ud", skipped)
    assert sorted(s.path.name for s in sources) == ["brev.pdf", "ulæselig.pdf"]  # the latter fails on reading
    why = {s.path.name: s.reason for s in skipped}
    assert set(why) == {"genvej-til-mappe", "død-genvej.pdf", "rør.txt", "lukket"}
    assert "genvej" in why["genvej-til-mappe"] and "mappe" in why["genvej-til-mappe"]
    assert "ikke findes" in why["død-genvej.pdf"]
    assert "almindelig fil" in why["rør.txt"]
    assert "ingen adgang" in why["lukket"]


def test_a_batch_over_bad_entries_names_each_once_and_goes_on(messy: Path, tmp_path: Path) -> None:
    out = tmp_path / "ud"
    report = run_batch([messy], out, fake_detectors, KeepList(), True, 1, "test", progress=NullProgress)
    assert report.written == ["brev.pdf"]
    failed = {Path(f.file).name: f.error for f in report.failures}
    assert set(failed) == {"genvej-til-mappe", "død-genvej.pdf", "rør.txt", "lukket", "ulæselig.pdf"}
    assert "ingen adgang" in failed["ulæselig.pdf"]
    assert all("\n" not in e for e in failed.values())


def test_a_fifo_given_as_an_argument_is_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "rør.pdf")
    skipped: list[Skipped] = []
    assert collect_sources([tmp_path / "in" / "rør.pdf"], tmp_path / "ud", skipped) == []
    assert [s.path.name for s in skipped] == ["rør.pdf"]


def test_long_danish_names_are_shortened_for_output_and_kept_whole_in_the_aktliste(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    mail_stem = "Vedrørende ansøgning om økonomisk støtte til særlige udgifter for familien på Åbakkevej ø" * 2
    mail_stem = mail_stem[:133].rstrip()
    attachment = ("Lægeerklæring og øvrige bilag til brug for vurdering af sagen om tilskud til " * 2)[:117] + ".pdf"
    assert len((mail_stem + ".eml").encode()) >= 149 and len(attachment.encode()) >= 127
    make_eml(
        src / f"{mail_stem}.eml",
        "Hej\n\nSe vedhæftede.\n",
        attachments=[(attachment, pdf_bytes(["Erklæring om Jens Peter Hansen"]), "application/pdf")],
    )
    out = tmp_path / "ud"
    report = run_batch([src], out, fake_detectors, KeepList(), True, 1, "test", progress=NullProgress)
    assert not report.failures and len(report.written) == 2
    for name in report.written:
        assert len(Path(name).name.encode()) <= MAX_NAME_BYTES
        assert (out / RELEASE_DIR / name).is_file()
    case = load_case(out)
    assert sorted(d.title for d in case.documents) == sorted([Path(attachment).stem, "Ansøgning om tilskud"])
    package = export_package(case, out, tmp_path / "pakke")
    rows = (tmp_path / "pakke" / "aktliste.csv").read_text(encoding="utf-8-sig")
    assert Path(attachment).stem in rows and package.written


def test_an_attachment_name_of_5000_characters_does_not_refuse_the_mail(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    long_name = "bilag-" + "æ" * 4990 + ".pdf"
    make_eml(
        src / "mail.eml",
        "Hej\n\nSe vedhæftede.\n",
        attachments=[(long_name, pdf_bytes(["Bilag om Bo Fiktivsen"]), "application/pdf")],
    )
    out = tmp_path / "ud"
    report = run_batch([src], out, fake_detectors, KeepList(), True, 1, "test", progress=NullProgress)
    assert not report.failures and len(report.written) == 2
    [attached] = [d for d in load_case(out).documents if d.parent]
    assert attached.title == Path(long_name).stem and len(Path(attached.output_name).name.encode()) <= MAX_NAME_BYTES
