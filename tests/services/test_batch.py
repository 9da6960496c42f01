"""The batch service in process: a small request, decisions, export, and what must never happen."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.case import State
from redact.core.decision import Action
from redact.core.errors import CaseInUseError, UsageError
from redact.core.keeplist import KeepList
from redact.core.progress import NullProgress
from redact.services.batch import run_batch
from redact.services.decisions import decide
from redact.services.exporting import export_case
from redact.services.sources import collect_sources
from redact.store.casefile import load_case
from redact.store.lock import CaseLock
from tests.support.builders import all_text, make_pdf
from tests.support.fakes import fake_detectors, request_files
from tests.support.request import batch, digest, request


@pytest.mark.parametrize("jobs", [1, 2])
def test_auto_accept_exports_verified_pdfs_and_reports_failures(tmp_path: Path, jobs: int) -> None:
    src = request(tmp_path)
    before = digest(src)
    out = tmp_path / "ud"
    report = batch(src, out, auto=True, jobs=jobs)

    assert digest(src) == before  # originals byte-identical, nothing written next to them
    assert sorted(report.written) == ["brev.pdf", "post/mail-bilag-kvittering.pdf", "post/mail.pdf", "post/note.pdf"]
    assert [Path(f.file).name for f in report.failures] == ["kaput.pdf"]
    release = out / "udlevering"  # what may be handed out, apart from the working files
    assert report.release_dir == str(release)
    assert sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()) == sorted(
        report.written
    )
    assert not list(out.glob("*.pdf")) and not (release / "kaput.pdf").exists()

    brev = all_text(release / "brev.pdf")
    for secret in ("120384-1234", "20 12 34 56", "karl.opdigtet@example.com"):
        assert secret not in brev
    for staff in ("Rita Sagsbehandlersen", "33 33 33 33", "rsa@kommune.example", "Vi har modtaget din ansøgning."):
        assert staff in brev
    assert "0012345678" not in all_text(release / "post" / "mail.pdf")
    assert "010120-5004" not in all_text(release / "post" / "mail-bilag-kvittering.pdf")
    assert "31 22 11 00" not in all_text(release / "post" / "note.pdf")
    # e-mails: the citizen's in the letter, and From and Cc of the e-mail; To is at the authority's domain
    # persons: the sender and the Cc of the e-mail (display names in the header)
    assert report.redactions == {"CPR": 2, "PHONE": 2, "EMAIL": 3, "BANK": 1, "PERSON": 2}
    assert (out / "report.json").exists() and (out / "sag.redact").exists()


def test_without_auto_accept_only_the_case_is_written(tmp_path: Path) -> None:
    src = request(tmp_path)
    out = tmp_path / "ud"
    report = batch(src, out, auto=False)
    assert report.written == [] and not (out / "brev.pdf").exists() and not (out / "udlevering").exists()
    case = load_case(out)
    assert set(case.states().values()) == {State.OPEN}
    assert len(case.proposals) == 10


def test_review_then_export_applies_only_accepted_proposals(tmp_path: Path) -> None:
    src = request(tmp_path)
    out = tmp_path / "ud"
    batch(src, out, auto=False)
    case = load_case(out)
    brev = next(d for d in case.documents if d.output_name == "brev.pdf")
    props = {p.text: p.id for p in case.proposals_of(brev.id)}
    decide(case, out, [props["120384-1234"]], Action.ACCEPT, "tester")
    decide(case, out, [props["20 12 34 56"]], Action.REJECT, "tester")
    reopened = load_case(out)  # decisions survive a restart
    outcome = export_case(reopened, out, tmp_path / "eksport")
    assert "brev.pdf" in outcome.written
    text = all_text(tmp_path / "eksport" / "brev.pdf")
    assert "120384-1234" not in text and "20 12 34 56" in text


def test_output_folder_inside_the_originals_is_refused(tmp_path: Path) -> None:
    src = request(tmp_path)
    with pytest.raises(UsageError, match="originaler"):
        collect_sources([src], src / "ud")
    with pytest.raises(UsageError):
        collect_sources([src / "brev.pdf"], src)


def test_same_stem_in_one_folder_gets_distinct_outputs(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    make_pdf(tmp_path / "in" / "a.pdf", ["x"])
    (tmp_path / "in" / "a.txt").write_text("y", encoding="utf-8")
    outputs = [s.output.as_posix() for s in collect_sources([tmp_path / "in"], tmp_path / "out")]
    assert outputs == ["a.pdf", "a.txt.pdf"]


def fast_batch(sources: list[Path], out: Path, auto: bool = False):  # type: ignore[no-untyped-def]
    return run_batch(sources, out, fake_detectors, KeepList(), auto, 1, "test", progress=NullProgress)


def test_a_second_batch_never_replaces_a_case(tmp_path: Path) -> None:
    files = request_files(tmp_path / "første")
    out = tmp_path / "ud"
    fast_batch(files, out)
    case = load_case(out)
    decide(case, out, [next(iter(case.proposals))], Action.ACCEPT, "tester")
    before = digest(out)
    (tmp_path / "anden").mkdir()
    other = make_pdf(tmp_path / "anden" / "andet.pdf", ["Et helt andet dokument"])
    with pytest.raises(UsageError, match="--resume") as info:
        fast_batch([other], out)
    assert "allerede en sag" in info.value.message
    assert digest(out) == before  # the reviewed case and its log are untouched


def test_an_output_folder_with_case_files_from_elsewhere_is_refused(tmp_path: Path) -> None:
    files = request_files(tmp_path / "in")
    out = tmp_path / "ud"
    (out / "sag-filer").mkdir(parents=True)
    (out / "sag-filer" / "0001.pdf").write_bytes(b"%PDF-1.7 from another case")
    with pytest.raises(UsageError, match="sag-filer"):
        fast_batch(files, out)
    assert (out / "sag-filer" / "0001.pdf").read_bytes() == b"%PDF-1.7 from another case"
    assert not (out / "sag.redact").exists()


def test_a_batch_into_a_case_another_program_writes_is_refused(tmp_path: Path) -> None:
    files = request_files(tmp_path / "in")
    out = tmp_path / "ud"
    with CaseLock(out, "mette", "redact gui"), pytest.raises(CaseInUseError, match="mette"):
        fast_batch(files, out)
    assert not (out / "sag.redact").exists()


def test_nothing_is_written_inside_the_originals_folder(tmp_path: Path) -> None:
    from redact.services.package import export_package

    originals = tmp_path / "originaler"
    files = request_files(originals)
    with pytest.raises(UsageError, match="originaler"):  # a file argument whose folder holds --out
        collect_sources([files[0]], originals / "ud")
    out = tmp_path / "ud"
    fast_batch(files, out)
    before = digest(originals)
    for target in (originals / "pakke", originals, originals / "a" / "b"):
        with pytest.raises(UsageError, match="originaler"):
            export_package(load_case(out), out, target)
    assert digest(originals) == before and sorted(p.name for p in originals.iterdir()) == ["ansøgning.pdf", "notat.pdf"]


def test_a_name_wrapped_over_a_line_break_is_gone_from_the_export_on_both_lines(tmp_path: Path) -> None:
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(
        src / "notat.pdf",
        [
            "Notat om telefonsamtale",
            "Forvaltningen har i dag haft en samtale med borgeren Torben Aksel",
            "Fiktivsgaard om hans ansøgning. Han ønsker svar inden to uger, og",
            "kommunen har lovet at vende tilbage.",
        ],
        metadata=False,
    )
    out = tmp_path / "ud"
    report = batch(src, out, auto=True)
    assert report.written == ["notat.pdf"]
    released = all_text(out / "udlevering" / "notat.pdf")
    assert "Forvaltningen har i dag haft en samtale" in released  # the rest of the text is still there
    for part in ("Torben", "Aksel", "Fiktivsgaard"):
        assert part not in released


def test_the_authoritys_own_suggestions_give_the_proposals_their_basis(tmp_path: Path) -> None:
    own = tmp_path / "hjemler.yaml"
    own.write_text(
        "hjemler: []\nforslag:\n  - art: Tavshedspligt\n    hjemmel: offl-35\n    kategorier: [CPR]\n", encoding="utf-8"
    )
    src = tmp_path / "anmodning"
    src.mkdir()
    make_pdf(src / "brev.pdf", ["Ansøgning fra Jens Peter Hansen", "CPR 120384-1234, telefon 20 12 34 56."])
    out = tmp_path / "ud"
    run_batch([src], out, fake_detectors, KeepList(), False, 1, "test", progress=NullProgress, own_bases=(own,))
    bases = {p.entity.value: p.basis for p in load_case(out).proposals.values()}
    assert bases["CPR"] == "offl-35" and bases["PERSON"] == "offl-30-1"
