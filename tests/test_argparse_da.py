"""argparse's own texts in Danish: usage line, section titles, help option, error messages."""

from __future__ import annotations

import pytest

from redact.argparse_da import translate
from redact.cli import build_parser
from redact.core.errors import EXIT_CODE_HELP, ExitCode


@pytest.mark.parametrize(
    ("english", "danish"),
    [
        ("the following arguments are required: KILDE, --out", "disse argumenter skal angives: KILDE, --out"),
        ("unrecognized arguments: --hurtig", "ukendte argumenter: --hurtig"),
        ("argument --jobs: invalid int value: 'to'", "argument --jobs: ugyldig værdi af typen heltal: 'to'"),
        (
            "argument KOMMANDO: invalid choice: 'eksport' (choose from 'batch', 'export')",
            "argument KOMMANDO: ugyldigt valg: 'eksport' (vælg mellem 'batch', 'export')",
        ),
        ("one of the arguments --basis --release is required", "et af argumenterne --basis --release skal angives"),
        (
            "argument --release: not allowed with argument --basis",
            "argument --release: kan ikke bruges sammen med --basis",
        ),
        ("argument --out: expected one argument", "argument --out: forventede ét argument"),
        ("something argparse never says", "something argparse never says"),
    ],
)
def test_error_messages_are_translated(english: str, danish: str) -> None:
    assert translate(english) == danish


def test_help_is_danish_and_lists_every_exit_code() -> None:
    text = build_parser().format_help()
    assert text.startswith("brug: redact ")
    assert "valgfrie argumenter:" in text and "vis denne hjælp og afslut" in text
    assert "usage" not in text and "options:" not in text and "show this help" not in text
    listed = text.split("afslutningskoder:\n", 1)[1].splitlines()
    assert [int(line.split()[0]) for line in listed if line.strip()] == [int(c) for c in ExitCode]
    assert all(EXIT_CODE_HELP[c] in text for c in ExitCode)


def test_withhold_shows_basis_or_release_as_required() -> None:
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices["withhold"]  # type: ignore[union-attr]
    assert "(--basis KODE | --release)" in sub.format_usage()


def test_a_usage_error_is_one_danish_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["batch", "mappe", "--out", "ud", "--jobs", "to"])
    assert stop.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.startswith("brug: redact batch")
    assert err.splitlines()[-1] == "redact batch: fejl: argument --jobs: ugyldig værdi af typen heltal: 'to'"
