from __future__ import annotations

from pathlib import Path

import pytest

from redact.core.errors import UsageError
from redact.core.legal import PERSONAL_DATA, Scope
from redact.store.legal import load_legal_bases


def test_the_bundled_list_keeps_the_codes_in_case_files() -> None:
    bases = load_legal_bases()
    assert bases[PERSONAL_DATA.code].label == PERSONAL_DATA.label
    assert bases[PERSONAL_DATA.code].citation == PERSONAL_DATA.citation
    for code in ("offl-23-1-1", "offl-24", "offl-27-4", "offl-30-2", "offl-33-5", "offl-35", "fvl-12", "dbl-22-1"):
        assert bases[code].reasoning and bases[code].label and bases[code].citation
    assert bases["offl-23-1-1"].scope is Scope.DOCUMENT and bases["offl-21-1"].scope is Scope.CASE
    assert all(len(b.label) <= 24 for b in bases.values())


def test_an_authority_file_overrides_fields_and_adds_bases(tmp_path: Path) -> None:
    own = tmp_path / "hjemler.yaml"
    own.write_text(
        """
hjemler:
  - kode: offl-30-1
    begrundelse: |
      Vores egen begrundelse.

      Andet afsnit.
  - kode: solby-1
    etiket: "Solby § 1"
    henvisning: "Solby Kommunes regel 1"
    omfang: dokument
""",
        encoding="utf-8",
    )
    bases = load_legal_bases(own)
    assert bases["offl-30-1"].reasoning == "Vores egen begrundelse.\n\nAndet afsnit."
    assert bases["offl-30-1"].label == "§ 30, nr. 1"  # untouched fields stay
    assert bases["solby-1"].scope is Scope.DOCUMENT


def test_every_error_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    bad = tmp_path / "fejl.yaml"
    bad.write_text(
        """
hjemler:
  - etiket: "uden kode"
  - kode: ny
    henvisning: "mangler etiket"
  - kode: offl-19
    omfang: alt
    farve: rød
""",
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as err:
        load_legal_bases(bad)
    message = err.value.message
    assert "post 1: mangler 'kode'" in message
    assert "post 2 (ny): en ny hjemmel skal have etiket" in message
    assert "post 3 (offl-19): ukendte felter farve" in message and "'omfang'" in message


def test_each_category_gets_the_basis_its_countrys_data_suggests() -> None:
    from redact.core.entity import Entity
    from redact.core.legal import default_basis, suggested_basis
    from redact.store.legal import load_suggestions

    for language in ("da", "nb", "sv"):
        suggestions = load_suggestions(language=language)
        bases = load_legal_bases(language=language)
        assert suggestions and all(s.basis in bases for s in suggestions)
        for entity in Entity:
            if entity is not Entity.MANUAL:  # the data says what the core always said
                assert suggested_basis(entity, suggestions, language) == default_basis(entity, language).code
    da = {s.kind: s.basis for s in load_suggestions(language="da")}
    assert da["Private forhold"] == "offl-30-1" and da["Forretningsforhold"] == "offl-30-2"


def test_an_authority_file_changes_the_suggestions_and_all_errors_are_told_at_once(tmp_path: Path) -> None:
    from redact.core.entity import Entity
    from redact.core.legal import suggested_basis
    from redact.store.legal import load_suggestions

    own = tmp_path / "hjemler.yaml"
    own.write_text(
        "hjemler: []\nforslag:\n  - art: Private forhold\n    hjemmel: offl-30-1\n    kategorier: [CPR]\n"
        "  - art: Sundhed\n    hjemmel: offl-35\n    kategorier: [SENSITIVE]\n",
        encoding="utf-8",
    )
    suggestions = load_suggestions(own, language="da")
    assert suggested_basis(Entity.SENSITIVE, suggestions) == "offl-35"
    assert [s.kind for s in suggestions][-1] == "Sundhed"

    bad = tmp_path / "forkert.yaml"
    bad.write_text(
        "hjemler: []\nforslag:\n  - art: A\n    hjemmel: findes-ikke\n  - art: B\n    hjemmel: offl-30-1\n"
        "    kategorier: [KAT]\n  - hjemmel: offl-30-1\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as caught:
        load_suggestions(bad, language="da")
    message = str(caught.value)
    assert "findes-ikke" in message and "KAT" in message and "forslag 3" in message
