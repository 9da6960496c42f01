"""A deferred package gives the names it was told from their submodules without running its
`__init__`, and the whole package for anything else; Presidio, deferred, is the same Presidio."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from redact.detect.deferred import defer_package

_INIT = """
import sys
sys.modules["{top}"].RUNS.append("init")
from .parts.one import One
from .parts.two import Two
EVERYTHING = (One, Two)
"""


@pytest.fixture()
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An invented package `deferme_N` with a sub-package `heavy` whose `__init__` notes each time it runs."""
    top = f"deferme_{tmp_path.name.replace('-', '_')}"
    heavy = tmp_path / top / "heavy"
    (heavy / "parts").mkdir(parents=True)
    (tmp_path / top / "__init__.py").write_text("RUNS = []\n", encoding="utf-8")
    (heavy / "__init__.py").write_text(_INIT.format(top=top), encoding="utf-8")
    (heavy / "parts" / "__init__.py").write_text("", encoding="utf-8")
    (heavy / "parts" / "one.py").write_text("class One: pass\n", encoding="utf-8")
    (heavy / "parts" / "two.py").write_text("class Two: pass\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    hooks = list(sys.meta_path)
    yield top
    sys.meta_path[:] = hooks
    for name in [n for n in sys.modules if n == top or n.startswith(top + ".")]:
        del sys.modules[name]


def test_a_told_name_comes_from_its_submodule_without_the_init(package: str) -> None:
    assert defer_package(f"{package}.heavy", {"One": "parts.one"})
    from importlib import import_module

    heavy = import_module(f"{package}.heavy")
    assert import_module(package).heavy is heavy  # bound in its parent, as any import does
    one = heavy.One
    assert one is import_module(f"{package}.heavy.parts.one").One
    assert import_module(package).RUNS == []  # the __init__ has not run
    assert f"{package}.heavy.parts.two" not in sys.modules


def test_any_other_name_runs_the_whole_init_once(package: str) -> None:
    defer_package(f"{package}.heavy", {"One": "parts.one"})
    from importlib import import_module

    heavy = import_module(f"{package}.heavy")
    one = heavy.One
    assert (one, import_module(f"{package}.heavy.parts.two").Two) == heavy.EVERYTHING
    assert heavy.Two is heavy.EVERYTHING[1]
    assert import_module(package).RUNS == ["init"]
    with pytest.raises(AttributeError):
        heavy.Three  # noqa: B018
    assert import_module(package).RUNS == ["init"]


def test_a_name_whose_submodule_is_gone_falls_back_to_the_whole_package(package: str) -> None:
    """Another version of the package moved the name: what the package's own `__init__` binds is given."""
    defer_package(f"{package}.heavy", {"One": "moved.elsewhere", "Two": "parts.one"})
    from importlib import import_module

    heavy = import_module(f"{package}.heavy")
    assert heavy.One is import_module(f"{package}.heavy.parts.one").One
    assert heavy.Two is import_module(f"{package}.heavy.parts.two").Two
    assert import_module(package).RUNS == ["init"]


def test_nothing_is_deferred_once_imported_or_when_not_there(package: str) -> None:
    from importlib import import_module

    import_module(f"{package}.heavy")
    assert not defer_package(f"{package}.heavy", {"One": "parts.one"})
    assert import_module(package).RUNS == ["init"]
    defer_package("no_such_package_here.heavy", {})
    with pytest.raises(ImportError):
        import_module("no_such_package_here.heavy")


def _run(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter (nothing imported yet) and give the JSON it prints."""
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return result


_PRESIDIO = """
    import json, sys
    {first}
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    import presidio_analyzer.predefined_recognizers as predefined
    from presidio_analyzer.predefined_recognizers.nlp_engine_recognizers import spacy_recognizer
    from redact.detect.presidio_detector import PresidioDetector

    text = "Ring på tlf. 20 12 34 56 eller skriv til ole@example.dk; CPR 010203-1234, konto 1234 1234567890."
    found = [repr(f) for f in PresidioDetector().detect(text, "da")]
    loaded = len([m for m in sys.modules if m.startswith("presidio_analyzer.predefined_recognizers.country")])
    same = predefined.SpacyRecognizer is spacy_recognizer.SpacyRecognizer
    url = predefined.UrlRecognizer.__module__  # a name it was not told: the whole package from here on
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en", "es"])
    names = sorted((r.name, r.supported_language, type(r).__module__) for r in registry.recognizers)
    public = sorted(n for n in vars(predefined) if not n.startswith("_"))
    print(json.dumps(dict(found=found, loaded=loaded, same=same, url=url, names=names, public=public)))
"""


def test_presidio_deferred_loads_no_country_recognizers_and_finds_the_same() -> None:
    deferred = _run(_PRESIDIO.format(first="import redact.cli; redact.cli.deferred.defer_presidio_recognizers()"))
    whole = _run(_PRESIDIO.format(first=""))
    assert whole["loaded"] != 0  # without the deferral, Presidio imports them all
    assert deferred["loaded"] == 0
    assert deferred["found"] == whole["found"] != []
    assert deferred["same"] is whole["same"] is True
    # Asked for anything else, it is the whole package: then even Presidio's default set-up is the same.
    assert deferred["url"] == whole["url"]
    assert deferred["names"] == whole["names"] != []
    assert deferred["public"] == whole["public"]


def test_the_command_line_defers_presidios_recognizers() -> None:
    code = """
        import json, sys
        from redact.cli import main
        try:
            main(["--version"])
        except SystemExit:
            pass
        import presidio_analyzer
        print(json.dumps({"loaded": [m for m in sys.modules if ".country_specific." in m]}))
    """
    assert _run(code) == {"loaded": []}
