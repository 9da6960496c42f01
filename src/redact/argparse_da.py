"""argparse in Danish: the usage line, the section titles, the help option and the error messages.

argparse takes its own texts from gettext, and Python ships no Danish catalogue for it. Rather than
install a catalogue or replace `argparse._` for the whole process, this parser subclass names its
sections in Danish and translates argparse's error messages (a fixed, small set of templates)
before printing them.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

# argparse's error templates (Python 3.11) and their Danish wording; `{}` keeps the English value.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", "disse argumenter skal angives: {}"),
    (r"one of the arguments (.*) is required", "et af argumenterne {} skal angives"),
    (r"unrecognized arguments: (.*)", "ukendte argumenter: {}"),
    (r"argument (.*?): (.*)", "argument {}: {}"),
    (r"invalid choice: (.*) \(choose from (.*)\)", "ugyldigt valg: {} (vælg mellem {})"),
    (r"invalid (\w+) value: (.*)", "ugyldig værdi af typen {}: {}"),
    (r"not allowed with argument (.*)", "kan ikke bruges sammen med {}"),
    (r"ambiguous option: (.*) could match (.*)", "tvetydigt tilvalg: {} kan være {}"),
    (r"expected one argument", "forventede ét argument"),
    (r"expected at least one argument", "forventede mindst ét argument"),
    (r"expected at most one argument", "forventede højst ét argument"),
    (r"expected (\d+) arguments?", "forventede {} argumenter"),
    (r"ignored explicit argument (.*)", "ignorerede det udtrykkelige argument {}"),
)
_TYPES = {"int": "heltal", "float": "tal"}


def translate(message: str) -> str:
    """argparse's English error message in Danish; a message it does not know stays as it is."""
    for pattern, danish in _ERRORS:
        m = re.fullmatch(pattern, message, flags=re.DOTALL)
        if m:
            parts = [translate(g) if k == len(m.groups()) - 1 else _TYPES.get(g, g) for k, g in enumerate(m.groups())]
            return danish.format(*parts)
    return message


class DanishHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """ "brug:" instead of "usage:"; the description and epilog keep their line breaks."""

    def add_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)  # type: ignore[arg-type]


class DanishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts are Danish; sub-commands get the same class."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        add_help = bool(kwargs.pop("add_help", True))
        kwargs.setdefault("formatter_class", DanishHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenter"
        self._optionals.title = "valgfrie argumenter"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="vis denne hjælp og afslut")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fejl: {translate(message)}\n")
