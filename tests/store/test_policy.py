"""The machine policy file: parsing, validation (every problem at once), locking, and `--check-policy`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from redact.cli import main
from redact.core.policy import KEEP_LIST, LETTERHEAD, ORGANISATION, Letterhead, Policy
from redact.store.policy import (
    POLICY_ENV,
    PolicyError,
    load_policy,
    machine_policy,
    machine_policy_path,
    read_policy,
)

KLE_JOURNAL = r"\d{2}\.\d{2}\.\d{2}-[A-Z]\d{2}-\d+-\d{2}"
VALID = rf"""
version: 1
organisation: Eksempel Kommune
journal_format: '{KLE_JOURNAL}'
keep_list: medarbejdere.txt
default_legal_basis: offl-30-1
letterhead:
  text: |
    Eksempel Kommune
    Borgerservice
  logo: logo.png
locked: [organisation, keep_list]
"""


def write(folder: Path, text: str, name: str = "policy.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    (tmp_path / "medarbejdere.txt").write_text("Rita Sagsbehandlersen\n33 33 33 33\n", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


def test_a_valid_policy_is_read_with_paths_from_its_folder(policy_dir: Path) -> None:
    path = write(policy_dir, VALID)
    policy, problems = read_policy(path, known_bases={"offl-30-1"})
    assert problems == []
    assert policy == Policy(
        organisation="Eksempel Kommune",
        journal_format=KLE_JOURNAL,
        keep_list=policy_dir / "medarbejdere.txt",
        default_legal_basis="offl-30-1",
        letterhead=Letterhead("Eksempel Kommune\nBorgerservice", policy_dir / "logo.png"),
        locked=frozenset({ORGANISATION, KEEP_LIST}),
        source=path,
    )
    assert policy.journal_number_ok("27.12.04-G01-3-23")
    assert not policy.journal_number_ok("sag 17")


def test_every_problem_is_reported_at_once(policy_dir: Path) -> None:
    path = write(
        policy_dir,
        """
organisaton: Eksempel Kommune
journal_format: '[0-9'
keep_list: findes-ikke.txt
default_legal_basis: 30
letterhead:
  text: Eksempel Kommune
  logo: logo.gif
locked: [keep_list, farve]
""",
    )
    _, problems = read_policy(path, known_bases={"offl-30-1"})
    said = [str(p) for p in problems]
    assert said == [
        "organisaton: «organisaton» er ikke en kendt nøgle; mente du «organisation»?",
        said[1],
        f"keep_list: filen findes ikke: {policy_dir / 'findes-ikke.txt'}",
        "default_legal_basis: skal være en tekst, men er et tal (30)",
        f"letterhead.logo: filen findes ikke: {policy_dir / 'logo.gif'}",
        f"letterhead.logo: logoet skal være PNG eller JPEG: {policy_dir / 'logo.gif'}",
        "locked: «farve» kan ikke låses; kendte: organisation, journal_format, keep_list, default_legal_basis, "
        "letterhead, legal_bases",
    ]
    assert said[1].startswith("journal_format: er ikke et gyldigt regulært udtryk (unterminated character set")


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("organisation: [a, b]\n", "organisation", "skal være en tekst, men er en liste"),
        ("organisation: ''\n", "organisation", "skal være en tekst"),
        ("version: 2\n", "version", "skal være 1"),
        ("letterhead: Eksempel Kommune\n", "letterhead", "skal være en tabel"),
        ("letterhead:\n  tekst: x\n", "letterhead.tekst", "ikke en kendt nøgle"),
        ("locked: organisation\n", "locked", "skal være en liste"),
        ("default_legal_basis: offl-30-9\n", "default_legal_basis", "mente du «offl-30-1»"),
        ("organisation: A\norganisation: B\n", "organisation", "mere end én gang (linje 2)"),
        ("- organisation\n", "", "«nøgle: værdi»-linjer"),
        ("organisation: [A\n", "", "ikke gyldig YAML"),
        ("journal_format: '(?P<x'\n", "journal_format", "ikke et gyldigt regulært udtryk"),
    ],
)
def test_problems_name_the_key_and_say_what_is_wrong(tmp_path: Path, text: str, where: str, words: str) -> None:
    _, problems = read_policy(write(tmp_path, text), known_bases={"offl-30-1"})
    assert [p.where for p in problems] == [where]
    assert words in problems[0].message


def test_a_legal_basis_code_is_checked_for_form_when_the_list_is_unknown(tmp_path: Path) -> None:
    assert read_policy(write(tmp_path, "default_legal_basis: offl-99\n"))[1] == []
    [problem] = read_policy(write(tmp_path, "default_legal_basis: Offl § 30\n"))[1]
    assert "hjemmelskode" in problem.message


def test_an_empty_file_and_a_missing_optional_file_give_the_defaults(tmp_path: Path) -> None:
    assert read_policy(write(tmp_path, "# ingen indstillinger endnu\n")) == (
        Policy(source=tmp_path / "policy.yaml"),
        [],
    )
    assert load_policy(tmp_path / "ingen.yaml", required=False) == Policy()


def test_a_missing_required_file_or_an_invalid_one_raises_with_every_problem(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as missing:
        load_policy(tmp_path / "ingen.yaml")
    assert "findes ikke" in missing.value.message and missing.value.exit_code == 6
    with pytest.raises(PolicyError) as invalid:
        load_policy(write(tmp_path, "organisation: 1\nfarve: rød\n"))
    assert len(invalid.value.problems) == 2
    assert "organisation:" in invalid.value.message and "farve:" in invalid.value.message


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_bytes("organisation: Århus Kommune\n".encode("cp1252"))
    [problem] = read_policy(path)[1]
    assert "UTF-8" in problem.message


def test_the_location_is_fixed_per_platform_and_the_environment_overrides_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(POLICY_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert machine_policy_path() == Path("/etc/redact/policy.yaml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path))
    assert machine_policy_path() == tmp_path / "redact" / "policy.yaml"
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "test.yaml"))
    assert machine_policy_path() == tmp_path / "test.yaml"


def test_a_policy_named_by_the_environment_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "ingen.yaml"))
    with pytest.raises(PolicyError):
        machine_policy()
    monkeypatch.setenv(POLICY_ENV, str(write(tmp_path, "organisation: Eksempel Kommune\n")))
    assert machine_policy().organisation == "Eksempel Kommune"


def test_user_settings_cannot_override_what_the_policy_locks(policy_dir: Path) -> None:
    policy, _ = read_policy(write(policy_dir, VALID))
    user = {ORGANISATION: "Min egen afdeling", KEEP_LIST: Path("/home/x/liste.txt"), LETTERHEAD: Letterhead("Mit")}
    effective, refused = policy.with_user_settings(user)
    assert refused == (ORGANISATION, KEEP_LIST)
    assert effective.organisation == "Eksempel Kommune"
    assert effective.keep_list == policy_dir / "medarbejdere.txt"
    assert effective.letterhead == Letterhead("Mit")  # not locked: the user's own wins
    with pytest.raises(ValueError):
        policy.with_user_settings({"farve": "rød"})


def test_check_policy_prints_every_problem_and_exits_6(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "organisation: 1\nkeep_list: ingen.txt\n")
    assert main(["--check-policy", str(path)]) == 6
    out = capsys.readouterr().out
    assert "2 problem(er)" in out
    assert "FEJL organisation: skal være en tekst" in out and "FEJL keep_list: filen findes ikke" in out


def test_check_policy_summarises_a_valid_file(policy_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check-policy", str(write(policy_dir, VALID))]) == 0
    out = capsys.readouterr().out
    assert "gyldig" in out and "Organisation: Eksempel Kommune" in out
    assert "Låst for brugerne: keep_list, organisation" in out


def test_check_policy_without_a_file_at_the_machine_location(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(POLICY_ENV, raising=False)
    monkeypatch.setattr("redact.store.policy.machine_policy_path", lambda: tmp_path / "policy.yaml")
    assert main(["--check-policy"]) == 0
    assert "Ingen maskinpolitik" in capsys.readouterr().out


def test_batch_takes_the_keep_list_from_the_policy_and_stops_on_an_invalid_one(
    monkeypatch: pytest.MonkeyPatch, policy_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = policy_dir / "anmodning"
    src.mkdir()
    (src / "brev.txt").write_text(
        "Rita Sagsbehandlersen, tlf. 33 33 33 33, ringer på tlf. 20 12 34 56.\n", encoding="utf-8"
    )
    monkeypatch.setenv(POLICY_ENV, str(write(policy_dir, "organisation: 1\n", "ugyldig.yaml")))
    assert main(["batch", str(src), "--out", str(policy_dir / "ud1")]) == 6
    assert "organisation: skal være en tekst" in capsys.readouterr().err
    monkeypatch.setenv(POLICY_ENV, str(write(policy_dir, VALID)))
    other = policy_dir / "anden-liste.txt"
    other.write_text("Ole Andersen\n", encoding="utf-8")
    assert main(["batch", str(src), "--out", str(policy_dir / "ud2"), "--keep-list", str(other)]) == 2
    assert "låser listen over medarbejdere" in capsys.readouterr().err
    # Without --keep-list (or with the policy's own list) the policy's list is used: the staff phone is kept.
    for out, extra in (("ud3", []), ("ud4", ["--keep-list", str(policy_dir / "medarbejdere.txt")])):
        assert main(["batch", str(src), "--out", str(policy_dir / out), *extra]) == 0
        report = json.loads((policy_dir / out / "report.json").read_text(encoding="utf-8"))
        assert report["proposals_per_entity"]["PHONE"] == 1, report


def test_the_authoritys_own_legal_bases_are_read_and_their_codes_known(policy_dir: Path) -> None:
    own = write(
        policy_dir,
        'hjemler:\n  - kode: solby-1\n    etiket: "Solby § 1"\n    henvisning: "Solby Kommunes regel 1"\n',
        "hjemler.yaml",
    )
    path = write(policy_dir, "legal_bases: hjemler.yaml\ndefault_legal_basis: solby-1\nlocked: [legal_bases]\n")
    policy, problems = read_policy(path, known_bases={"offl-30-1"})
    assert problems == [] and policy.legal_bases == own and policy.is_locked("legal_bases")

    write(policy_dir, "hjemler:\n  - kode: solby-2\n", "forkert.yaml")
    bad = write(policy_dir, "legal_bases: forkert.yaml\n", "policy2.yaml")
    _, problems = read_policy(bad, known_bases={"offl-30-1"})
    assert [p.where for p in problems] == ["legal_bases"] and "solby-2" in problems[0].message


def test_the_policys_legal_bases_reach_the_command_line(
    policy_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        policy_dir,
        'hjemler:\n  - kode: solby-1\n    etiket: "Solby § 1"\n    henvisning: "Solby Kommunes regel 1"\n',
        "hjemler.yaml",
    )
    monkeypatch.setenv(POLICY_ENV, str(write(policy_dir, "legal_bases: hjemler.yaml\n")))
    assert main(["bases"]) == 0
    assert "Solby Kommunes regel 1" in capsys.readouterr().out


def test_a_journal_number_outside_the_policys_format_is_refused_by_batch_and_export(
    policy_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(POLICY_ENV, str(write(policy_dir, f"journal_format: '{KLE_JOURNAL}'\n")))
    src = policy_dir / "anmodning"
    src.mkdir()
    (src / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    assert main(["batch", str(src), "--out", str(policy_dir / "ud"), "--journal", "sag 17"]) == 2
    assert main(["export", str(policy_dir / "ud"), "--journal", "sag 17"]) in (2, 5)
    err = capsys.readouterr().err
    assert "«sag 17» har ikke myndighedens format for journalnumre" in err
    assert not (policy_dir / "ud" / "sag.redact").exists()  # refused before anything was written


def test_a_batch_case_gets_the_title_and_journal_number_given(tmp_path: Path) -> None:
    from redact.core.keeplist import KeepList
    from redact.core.progress import NullProgress
    from redact.services.batch import run_batch
    from redact.store.casefile import load_case
    from tests.support.fakes import fake_detectors

    src = tmp_path / "anmodning"
    src.mkdir()
    (src / "note.txt").write_text("Intet her.\n", encoding="utf-8")
    out = tmp_path / "ud"
    run_batch([src], out, fake_detectors, KeepList(), False, 1, "test", NullProgress, title="Støj", journal="26/04711")
    case = load_case(out)
    assert (case.title, case.journal) == ("Støj", "26/04711")
