"""A third-party package whose `__init__` imports far more than redact uses, imported in part.

`presidio_analyzer` imports its registry, which imports `presidio_analyzer.predefined_recognizers`,
whose `__init__` imports every one of Presidio's 90 recognizers for other countries and languages
(each compiling its patterns to validate them; the URL recognizer's list of domains alone takes 0.2
CPU-seconds): half a CPU-second of every batch's start, for three classes the registry needs
(`SpacyRecognizer`, `StanzaRecognizer`, `TransformersRecognizer`, to recognise NLP recognizers).
redact builds its registry from its own recognizers and uses none of them.

Presidio finds a predefined recognizer named in its YAML set-up (`load_predefined_recognizers`,
an `AnalyzerEngine` without a registry) among the subclasses of `EntityRecognizer` loaded, which a
deferred package has not loaded. So the deferral is the decision of a process that never asks for
Presidio's defaults, made at its start: redact's command line (`cli.main`, which runs the app
too). A library user, the benchmark's Presidio set-up and the test run (tests/conftest.py) get
Presidio as it is.

`defer_package` puts an import hook in front of `sys.meta_path` (importlib's documented way to
change how one module is imported) through which the package, when it is first imported, is made
as the import system would make it (its spec, file and path, bound in its parent, so its
submodules import as usual), but without running its `__init__`. The names it is told where to
find are imported from their own submodules when first asked for: the same objects the `__init__`
would have bound. Any other name asked of it runs the package's real `__init__` in it first, and
from then on it is the whole package: code that asks it for more (a predefined recognizer by its
name) gets exactly what it would have got, and Presidio's default set-up works again from then on.
When the package is already imported nothing is deferred; when it is not found as a package on the
path it is imported as without the hook; when its layout is not the one expected (a submodule
moved or a name gone in another version), the first ask falls back to that whole import.
`tests/detect/test_deferred.py` holds Presidio to all of it: without the country recognizers
loaded, our findings are the same.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import threading
from collections.abc import Mapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

# Presidio's predefined recognizers: the names its registry imports from the package, and the
# submodules that define them.
PRESIDIO_PREDEFINED = "presidio_analyzer.predefined_recognizers"
PRESIDIO_NLP_RECOGNIZERS = {
    "SpacyRecognizer": "nlp_engine_recognizers.spacy_recognizer",
    "StanzaRecognizer": "nlp_engine_recognizers.stanza_recognizer",
    "TransformersRecognizer": "nlp_engine_recognizers.transformers_recognizer",
}


class _Deferred(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """The import hook (a finder and loader, importlib's documented protocol) for one package."""

    def __init__(self, name: str, attributes: Mapping[str, str]) -> None:
        self.name = name
        self.attributes = dict(attributes)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self.name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None or not spec.submodule_search_locations:
            return None  # not a package found on the path: imported as it would be without us
        real = spec.loader
        spec.loader = self
        spec.loader_state = real
        return spec

    def exec_module(self, module: ModuleType) -> None:
        """Instead of running the `__init__`: answer names as the module's docstring says."""
        spec = module.__spec__
        assert spec is not None
        real: importlib.abc.Loader = spec.loader_state
        whole = threading.Event()  # set when the real __init__ has started to run in the module

        def getattr_(attribute: str) -> object:
            # Asked only for a name the module does not hold (yet). No lock of our own: the import
            # system's locks, taken by the submodules' imports, are the ones that order threads.
            if whole.is_set():
                raise AttributeError(f"module {self.name!r} has no attribute {attribute!r}")
            if attribute in self.attributes:
                try:
                    value = getattr(importlib.import_module(f"{self.name}.{self.attributes[attribute]}"), attribute)
                except (ImportError, AttributeError):  # another layout: the whole package decides
                    pass
                else:
                    setattr(module, attribute, value)
                    return value
            whole.set()  # first: a name asked while the __init__ runs is not there yet, as in any import
            real.exec_module(module)
            try:
                return module.__dict__[attribute]
            except KeyError:
                raise AttributeError(f"module {self.name!r} has no attribute {attribute!r}") from None

        module.__getattr__ = getattr_  # type: ignore[method-assign]


def defer_package(name: str, attributes: Mapping[str, str]) -> bool:
    """From now on, import the package `name` (when not imported yet) without running its
    `__init__`; each of `attributes` (name -> submodule relative to the package) is imported from
    its submodule when asked for, and any other name runs the whole `__init__` first. False when
    it is imported already (nothing to defer)."""
    if name in sys.modules:
        return False
    if not any(isinstance(f, _Deferred) and f.name == name for f in sys.meta_path):
        sys.meta_path.insert(0, _Deferred(name, attributes))
    return True


def defer_presidio_recognizers() -> bool:
    """Presidio's predefined recognizers, imported only if something asks for more than the
    registry's three NLP recognizer classes (see the module's docstring)."""
    return defer_package(PRESIDIO_PREDEFINED, PRESIDIO_NLP_RECOGNIZERS)
