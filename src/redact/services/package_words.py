"""The fixed wording of a release package in each country's form: the document list (Danish
*aktliste*, Norwegian *dokumentliste/journal*, Swedish *förteckning över handlingar*), the stamp
under every page, and the words the draft decision fills in. The letter's own texts are templates
(resources/templates/); these are the few words the program writes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from redact.core.case import DISCLOSURE_NAMES, Disclosure
from redact.core.language import MONTH_NAMES, family


@dataclass(frozen=True)
class PackageWords:
    list_title: str
    list_header: tuple[str, ...]
    letter_header: tuple[str, ...]
    disclosure: dict[Disclosure, str]
    journal: str  # before the journal number in the stamp
    document: str  # before the document number in the stamp
    page_of: str  # "{page}" and "{total}"
    one_document: str
    documents: str  # "{n}"
    page_in_document: str  # "{page}" and "{document}"
    and_word: str
    made: str  # "{date}" and "{n}"
    letter_title: str
    months: tuple[str, ...]
    day_dot: bool  # "3. februar 2026" (da, no) or "3 februari 2026" (sv)

    def long_date(self, value: date) -> str:
        day = f"{value.day}." if self.day_dot else str(value.day)
        return f"{day} {self.months[value.month - 1]} {value.year}"

    def count(self, n: int) -> str:
        return self.one_document if n == 1 else self.documents.format(n=n)

    def fixed(self) -> list[str]:
        """Every word this set writes, for the package's leak check (our own wording is no leak)."""
        return [self.list_title, *self.list_header, *self.letter_header, *self.disclosure.values(), self.letter_title]


DANISH = PackageWords(
    list_title="Aktliste",
    list_header=("Nr.", "Titel", "Dato", "Afsender", "Sider", "Aktindsigt", "Hjemmel", "Redigeringer", "Bemærkning"),
    letter_header=("Nr.", "Titel", "Dato", "Aktindsigt", "Hjemmel"),
    disclosure=dict(DISCLOSURE_NAMES),
    journal="J.nr.",
    document="Dok.",
    page_of="Side {page} af {total}",
    one_document="1 dokument",
    documents="{n} dokumenter",
    page_in_document="side {page} i dokument {document}",
    and_word="og",
    made="Udarbejdet {date}. {n} dokumenter.",
    letter_title="Udkast til afgørelse om aktindsigt",
    months=MONTH_NAMES["da"],
    day_dot=True,
)

NORWEGIAN = PackageWords(
    list_title="Dokumentliste",
    list_header=("Nr.", "Tittel", "Dato", "Avsender", "Sider", "Innsyn", "Hjemmel", "Sladdinger", "Merknad"),
    letter_header=("Nr.", "Tittel", "Dato", "Innsyn", "Hjemmel"),
    disclosure={
        Disclosure.FULL: "Fullt innsyn",
        Disclosure.PARTIAL: "Delvis innsyn",
        Disclosure.WITHHELD: "Unntatt offentlighet",
        Disclosure.NOT_PROCESSED: "Ikke behandlet",
    },
    journal="Saksnr.",
    document="Dok.",
    page_of="Side {page} av {total}",
    one_document="1 dokument",
    documents="{n} dokumenter",
    page_in_document="side {page} i dokument {document}",
    and_word="og",
    made="Utarbeidet {date}. {n} dokumenter.",
    letter_title="Utkast til vedtak om innsyn",
    months=MONTH_NAMES["no"],
    day_dot=True,
)

# duplicates: same fields as NORWEGIAN above by design: one record of words per language.
SWEDISH = PackageWords(
    list_title="Förteckning över handlingar",
    list_header=(
        "Nr",
        "Handling",
        "Datum",
        "Avsändare",
        "Sidor",
        "Utlämnande",
        "Sekretess",
        "Maskeringar",
        "Anmärkning",
    ),
    letter_header=("Nr", "Handling", "Datum", "Utlämnande", "Sekretess"),
    disclosure={
        Disclosure.FULL: "Lämnas ut",
        Disclosure.PARTIAL: "Lämnas ut med maskering",
        Disclosure.WITHHELD: "Lämnas inte ut",
        Disclosure.NOT_PROCESSED: "Inte prövad",
    },
    journal="Dnr",
    document="Handling",
    page_of="Sida {page} av {total}",
    one_document="1 handling",
    documents="{n} handlingar",
    page_in_document="sidan {page} i handling {document}",
    and_word="och",
    made="Upprättad {date}. {n} handlingar.",
    letter_title="Utkast till beslut om utlämnande av allmänna handlingar",
    months=MONTH_NAMES["sv"],
    day_dot=False,
)

WORDS = {"da": DANISH, "no": NORWEGIAN, "sv": SWEDISH}


def words_for(language: str) -> PackageWords:
    return WORDS.get(family(language), DANISH)
