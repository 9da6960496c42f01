"""Private facts and identifiers added for issue 12: the broadened lexicon, negation, identifiers by
their label, and persons named by initials. Every sentence is invented from general knowledge."""

from __future__ import annotations

import pytest

from redact.detect.identifiers import ContextIdDetector
from redact.detect.initials import InitialsDetector
from redact.detect.sensitive import SensitiveTermsDetector


@pytest.fixture(scope="module")
def sensitive() -> SensitiveTermsDetector:
    return SensitiveTermsDetector()


# (id, sentence, the words proposed)
LEXICON: list[tuple[str, str, list[str]]] = [
    ("demonym", "Hun er somalier og bor alene med børnene.", ["somalier"]),
    ("demonym-plural-general", "Mange polakker arbejder i byggeriet.", []),
    ("origin-adjective", "Han har tyrkiske forældre.", ["tyrkiske forældre"]),
    ("nationality", "Hun er irakisk statsborger.", ["irakisk statsborger"]),
    ("orientation-neuter", "Han beskriver sig som homoseksuelt orienteret.", ["homoseksuelt"]),
    ("orientation-plural", "De to biseksuelle kvinder bor sammen.", ["biseksuelle"]),
    ("divorce", "Parret blev skilt sidste år, og skilsmissen har ramt børnene.", ["blev skilt", "skilsmissen"]),
    ("homeless", "Han er uden fast bopæl og sover på gaden.", ["uden fast bopæl", "sover på gaden"]),
    ("violence", "Pigen fortæller, at faren har slået hende.", ["har slået hende"]),
    ("injury", "Hun har ondt i ryggen og et dårligt knæ efter faldet.", ["ondt i ryggen", "dårligt knæ"]),
    ("brain-injury", "Efter ulykken har han følger efter en hjernekvæstelse.", ["hjernekvæstelse"]),
    ("child-protection", "De tvangsfjernede børn bor nu hos deres moster.", ["tvangsfjernede"]),
    ("public-support", "Han har modtaget offentlig hjælp i tre år.", ["modtaget offentlig hjælp"]),
    ("work-trial", "Hun er i arbejdsprøvning på et værksted.", ["arbejdsprøvning"]),
    ("violence-phrase-other", "Vi slog fast, at mødet var godt.", []),
]


@pytest.mark.parametrize(("case", "sentence", "words"), LEXICON, ids=[c[0] for c in LEXICON])
def test_broadened_lexicon(sensitive: SensitiveTermsDetector, case: str, sentence: str, words: list[str]) -> None:
    assert [f.text for f in sensitive.detect(sentence, "da")] == words, case


NEGATED: list[tuple[str, str, list[str]]] = [
    ("not-convicted", "Han er ikke tidligere straffet.", []),
    ("no-abuse", "Der er intet misbrug i familien.", []),
    ("without", "Hun lever uden misbrug i dag.", []),
    ("never", "Hun er aldrig blevet indlagt.", []),
    ("negation-far", "Han har ikke kunnet arbejde på grund af sin depression.", ["depression"]),
    ("not-negated", "Han er straffet for vold.", ["straffet", "vold"]),
    ("other-sentence", "Det er ikke nyt. Hun har diabetes.", ["diabetes"]),
]


@pytest.mark.parametrize(("case", "sentence", "words"), NEGATED, ids=[c[0] for c in NEGATED])
def test_negated_facts_are_not_proposed(
    sensitive: SensitiveTermsDetector, case: str, sentence: str, words: list[str]
) -> None:
    assert [f.text for f in sensitive.detect(sentence, "da")] == words, case


IDS: list[tuple[str, str, list[str]]] = [
    ("debtor", "Debitornummer: 4471-2290 er oprettet.", ["4471-2290"]),
    ("client", "Klientnr. 88123 hos jobcentret.", ["88123"]),
    ("resident", "Beboernummer 1042 er tildelt.", ["1042"]),
    ("patient", "Patientnummer: 771-4432", ["771-4432"]),
    ("customer", "Kundenummer 5566778", ["5566778"]),
    ("employee", "Medarbejdernr. 20417", ["20417"]),
    ("case-number", "Sagsnr. 24/18734 vedrører vejen.", []),
]


@pytest.mark.parametrize(("case", "text", "values"), IDS, ids=[c[0] for c in IDS])
def test_identifiers_by_label(case: str, text: str, values: list[str]) -> None:
    assert [f.text for f in ContextIdDetector().detect(text, "da")] == values, case


INITIALS: list[tuple[str, str, list[str]]] = [
    ("after-person-word", "Beboeren M.O. faldt i badeværelset.", ["M.O."]),
    ("child-one-letter", "Barnet K. var ked af det.", ["K."]),
    ("recurring", "A.S. har boet på stedet i to år, og A.S. trives.", ["A.S.", "A.S."]),
    ("swedish", "Sökanden B.L. har ansökt om bistånd.", ["B.L."]),
    ("part-of-name", "Sagen er behandlet af J.P. Hansen.", []),
    ("abbreviation", "Ifølge E.U. reglerne er det sådan.", []),
    ("single-mention", "Se bilag A. for detaljer.", []),
    ("family-word-sv", "barnomsorg för deras dotter S., född år 2015", ["S."]),
    ("family-word-da", "Hun bor sammen med sin søn K. i lejligheden.", ["K."]),
    ("family-word-no", "Moren og hennes sønn T. flyttet i fjor.", ["T."]),
    ("family-word-before-name", "Hendes søn K. Hansen er myndig.", []),
    ("list-letter", "Se bilag B. og bilag C. for detaljer.", []),
]


@pytest.mark.parametrize(("case", "text", "initials"), INITIALS, ids=[c[0] for c in INITIALS])
def test_initials_are_persons(case: str, text: str, initials: list[str]) -> None:
    assert [f.text for f in InitialsDetector().detect(text, "da")] == initials, case
