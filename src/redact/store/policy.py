"""Finding, reading and validating the machine policy file (YAML).

Location: `/etc/redact/policy.yaml` on Linux, `%ProgramData%\\redact\\policy.yaml` on Windows;
the environment variable REDACT_POLICY names another file (tests, trials). No file at the
machine location means no policy: the built-in defaults apply.

Validation reports every problem of the file at once (unknown keys, wrong types, missing files,
invalid regular expressions), each with where it is and what to do, in Danish: IT fixes the file
in one go instead of one error per try.

Example (docs/deployment.md has the reference):

    version: 1
    organisation: Eksempel Kommune
    journal_format: '\\d{2}\\.\\d{2}\\.\\d{2}-[A-Z]\\d{2}-\\d+-\\d{2}'
    keep_list: medarbejdere.txt          # relative paths: from the policy file's folder
    default_legal_basis: offl-30-1
    legal_bases: hjemler.yaml            # the authority's own legal bases (as redact export --legal-bases)
    letterhead:
      text: |
        Eksempel Kommune
        Borgerservice
      logo: logo.png
    locked: [organisation, keep_list, letterhead]
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from redact.core.errors import ExitCode, RedactError
from redact.core.legal import PERSONAL_DATA
from redact.core.policy import (
    DEFAULT_LEGAL_BASIS,
    JOURNAL_FORMAT,
    KEEP_LIST,
    LEGAL_BASES,
    LETTERHEAD,
    ORGANISATION,
    SETTINGS,
    Letterhead,
    Policy,
)

POLICY_ENV = "REDACT_POLICY"
FILE_NAME = "policy.yaml"
FORMAT_VERSION = 1
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")

_VERSION = "version"
_LOCKED = "locked"
_TOP_KEYS = (_VERSION, *SETTINGS, _LOCKED)
_LETTERHEAD_KEYS = ("text", "logo")
_CODE = re.compile(r"[a-z0-9][a-z0-9.-]*")


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    where: str  # the key, dotted for nested keys ("letterhead.logo"); "" for the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class PolicyError(RedactError):
    """The machine policy is missing (when named explicitly) or invalid; lists every problem."""

    exit_code = ExitCode.POLICY_INVALID

    def __init__(self, path: Path, problems: list[PolicyProblem]) -> None:
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"maskinpolitikken {path} er ugyldig ({len(problems)} problem(er)); ret filen, "
            f"eller kontrollér den med «redact --check-policy {path}»:\n{lines}"
        )
        self.path = path
        self.problems = problems


def machine_policy_path() -> Path:
    """REDACT_POLICY when set, else the fixed machine-wide location of this platform."""
    env = os.environ.get(POLICY_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "redact" / FILE_NAME
    return Path("/etc/redact") / FILE_NAME


def machine_policy() -> Policy:
    """The policy in force on this machine; defaults when there is none. Raises PolicyError."""
    return load_policy(machine_policy_path(), required=POLICY_ENV in os.environ, known_bases=known_basis_codes())


def known_basis_codes() -> set[str] | None:
    """The codes of the shipped list of legal bases; None (check only the form) if it cannot be read."""
    from redact.store.legal import load_legal_bases

    try:
        return set(load_legal_bases())
    except Exception:  # a broken list is reported where it is used; the policy check goes on
        return None


def load_policy(path: Path, required: bool = True, known_bases: Collection[str] | None = None) -> Policy:
    """Read and validate `path`. A missing file gives the defaults unless `required`."""
    if not required and not path.exists():
        return Policy()
    policy, problems = read_policy(path, known_bases)
    if problems:
        raise PolicyError(path, problems)
    return policy


def read_policy(path: Path, known_bases: Collection[str] | None = None) -> tuple[Policy, list[PolicyProblem]]:
    """Parse and validate a policy file. The policy is only to be used when there are no problems.

    `known_bases`: the legal-basis codes the app knows; None checks only the form of a code.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Policy(), [PolicyProblem("", f"filen {path} findes ikke")]
    except OSError as exc:
        return Policy(), [PolicyProblem("", f"filen {path} kan ikke læses: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Policy(), [PolicyProblem("", "filen er ikke gemt som UTF-8; gem den igen med tegnsættet UTF-8")]
    loader = _StrictLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        return Policy(), [PolicyProblem("", _yaml_message(exc))]
    finally:
        loader.dispose()
    duplicates = [
        PolicyProblem(key, f"står mere end én gang (linje {line}); behold kun én") for key, line in loader.duplicates
    ]
    policy, problems = parse_policy(data, path.absolute().parent, known_bases, source=path)
    return policy, duplicates + problems


def parse_policy(
    data: object, base_dir: Path, known_bases: Collection[str] | None = None, source: Path | None = None
) -> tuple[Policy, list[PolicyProblem]]:
    """Validate parsed YAML. Relative paths are taken from `base_dir` (the policy file's folder)."""
    if data is None:  # an empty file: no settings
        return Policy(source=source), []
    if not isinstance(data, dict):
        return Policy(source=source), [
            PolicyProblem("", f"filen skal bestå af «nøgle: værdi»-linjer, men er {_kind(data)}")
        ]
    problems: list[PolicyProblem] = []
    _unknown_keys(data, _TOP_KEYS, "", problems)

    version = data.get(_VERSION, FORMAT_VERSION)
    if not _is_int(version) or version != FORMAT_VERSION:
        problems.append(PolicyProblem(_VERSION, f"skal være {FORMAT_VERSION} (formatet denne version kender)"))

    organisation = _text(data, ORGANISATION, problems)
    journal_format = _journal_format(data, problems)
    keep_list = _file(data, KEEP_LIST, KEEP_LIST, base_dir, problems)

    legal_bases = _file(data, LEGAL_BASES, LEGAL_BASES, base_dir, problems)
    if legal_bases is not None and legal_bases.is_file():
        known_bases = _with_own_bases(legal_bases, known_bases, problems)

    basis = _default_basis(data, known_bases, problems)
    policy = Policy(
        organisation=organisation,
        journal_format=journal_format,
        keep_list=keep_list,
        default_legal_basis=basis or PERSONAL_DATA.code,
        letterhead=_letterhead(data, base_dir, problems),
        legal_bases=legal_bases,
        locked=_locked(data, problems),
        source=source,
    )
    return policy, problems


def _journal_format(data: dict[Any, Any], problems: list[PolicyProblem]) -> str:
    """The journal-number pattern, checked to compile (YAML eats backslashes in double quotes)."""
    journal_format = _text(data, JOURNAL_FORMAT, problems)
    if journal_format:
        try:
            re.compile(journal_format)
        except re.error as exc:
            problems.append(
                PolicyProblem(
                    JOURNAL_FORMAT,
                    f"er ikke et gyldigt regulært udtryk ({exc.msg}, tegn {(exc.pos or 0) + 1}); "
                    "tip: sæt udtrykket i enkelte anførselstegn ('...'), så YAML bevarer omvendte skråstreger",
                )
            )
    return journal_format


def _default_basis(data: dict[Any, Any], known_bases: Collection[str] | None, problems: list[PolicyProblem]) -> str:
    """The default legal basis, a code of the known list (with a guess at a misspelt one)."""
    basis = _text(data, DEFAULT_LEGAL_BASIS, problems)
    if basis and known_bases is not None and basis not in known_bases:
        close = difflib.get_close_matches(basis, list(known_bases), n=1)
        hint = f"; mente du «{close[0]}»?" if close else "; se listen over hjemler i resources/legal"
        problems.append(PolicyProblem(DEFAULT_LEGAL_BASIS, f"hjemlen «{basis}» kendes ikke{hint}"))
    elif basis and not _CODE.fullmatch(basis):
        problems.append(
            PolicyProblem(DEFAULT_LEGAL_BASIS, f"«{basis}» er ikke en hjemmelskode (små bogstaver, tal, - og .)")
        )
    return basis


def _letterhead(data: dict[Any, Any], base_dir: Path, problems: list[PolicyProblem]) -> Letterhead:
    if LETTERHEAD not in data:
        return Letterhead()
    block = data[LETTERHEAD]
    if not isinstance(block, dict):
        problems.append(PolicyProblem(LETTERHEAD, f"skal være en tabel med «text» og «logo», ikke {_kind(block)}"))
        return Letterhead()
    _unknown_keys(block, _LETTERHEAD_KEYS, f"{LETTERHEAD}.", problems)
    head_text = _text(block, "text", problems, where=f"{LETTERHEAD}.text")
    logo = _file(block, "logo", f"{LETTERHEAD}.logo", base_dir, problems)
    if logo is not None and logo.suffix.lower() not in LOGO_SUFFIXES:
        problems.append(PolicyProblem(f"{LETTERHEAD}.logo", f"logoet skal være PNG eller JPEG: {logo}"))
    return Letterhead(head_text, logo)


def _locked(data: dict[Any, Any], problems: list[PolicyProblem]) -> frozenset[str]:
    """The settings the dialog may not change; an unknown name is a problem, not ignored."""
    if _LOCKED not in data:
        return frozenset()
    value = data[_LOCKED]
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        problems.append(
            PolicyProblem(_LOCKED, f"skal være en liste af indstillinger, fx [{ORGANISATION}, {KEEP_LIST}]")
        )
        return frozenset()
    for v in value:
        if v not in SETTINGS:
            problems.append(PolicyProblem(_LOCKED, _unknown_message(v, SETTINGS, "kan ikke låses")))
    return frozenset(v for v in value if v in SETTINGS)


def _with_own_bases(path: Path, known: Collection[str] | None, problems: list[PolicyProblem]) -> Collection[str] | None:
    """The codes known once the authority's own list is merged; its errors become problems."""
    from redact.store.legal import load_legal_bases

    try:
        own = load_legal_bases(path)
    except RedactError as exc:
        problems.append(PolicyProblem(LEGAL_BASES, exc.message.replace("\n", " ")))
        return known
    return None if known is None else {*known, *own}


def _kind(value: object) -> str:
    if value is None:
        return "tom"
    if isinstance(value, bool):
        return f"ja/nej ({value})"
    if isinstance(value, int | float):
        return f"et tal ({value})"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "en tabel"
    return type(value).__name__


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _unknown_message(key: str, known: Collection[str], what: str) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"mente du «{close[0]}»?" if close else "kendte: " + ", ".join(known)
    return f"«{key}» {what}; {hint}"


def _unknown_keys(data: dict[Any, Any], known: Collection[str], prefix: str, problems: list[PolicyProblem]) -> None:
    for key in data:
        if key not in known:
            problems.append(
                PolicyProblem(f"{prefix}{key}", _unknown_message(str(key), known, "er ikke en kendt nøgle"))
            )


def _text(data: dict[Any, Any], key: str, problems: list[PolicyProblem], where: str = "") -> str:
    if key not in data:
        return ""
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        problems.append(PolicyProblem(where or key, f"skal være en tekst, men er {_kind(value)}"))
        return ""
    return value.strip()


def _file(data: dict[Any, Any], key: str, where: str, base_dir: Path, problems: list[PolicyProblem]) -> Path | None:
    text = _text(data, key, problems, where)
    if not text:
        return None
    path = Path(text)
    if not path.is_absolute():
        path = base_dir / path
    if not path.exists():
        problems.append(PolicyProblem(where, f"filen findes ikke: {path}"))
    elif not path.is_file():
        problems.append(PolicyProblem(where, f"er ikke en fil: {path}"))
    elif not os.access(path, os.R_OK):
        problems.append(PolicyProblem(where, f"filen kan ikke læses (rettigheder): {path}"))
    return path


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"linje {mark.line + 1}, kolonne {mark.column + 1}: " if mark is not None else ""
    return f"{where}filen er ikke gyldig YAML ({problem}); tjek indrykning og anførselstegn"


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that notes every key given twice (PyYAML alone silently keeps the last)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str | int] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int):
                continue
            if key in seen:
                self.duplicates.append((str(key), key_node.start_mark.line + 1))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]
