"""Official contact data stays (OfficialContacts); a private person's money is sensitive (PrivateEconomy).

Every name, address, number and amount here is invented.
"""

from __future__ import annotations

import pytest

from redact.core.entity import Entity
from redact.core.finding import Finding, Role
from redact.detect.contacts import OfficialContacts
from redact.detect.economy import PrivateEconomy, sentence_bounds


def finding(text: str, part: str, entity: Entity, role: Role = Role.UNKNOWN) -> Finding:
    start = text.index(part)
    return Finding(entity, start, start + len(part), part, 0.8, "test", "test", role)


# (id, text, the contact data, its entity, [person mentions with their role])
OFFICIAL: list[tuple[str, str, str, Entity, list[tuple[str, Role]]]] = [
    ("town-hall", "Mødet holdes på Egeby Rådhus, Torvegade 4, 9999 Egeby.", "Torvegade 4", Entity.ADDRESS, []),
    ("letterhead", "Egeby Kommune\nTeknik og Miljø\nSkolevej 12\n9999 Egeby", "Skolevej 12", Entity.ADDRESS, []),
    ("company", "Egeby Tømrer ApS, Industrivej 3, 9999 Egeby", "Industrivej 3", Entity.ADDRESS, []),
    (
        "lawyer-letterhead",
        "Advokat Lene Kragholm\nNørregade 8, 9999 Egeby",
        "Nørregade 8",
        Entity.ADDRESS,
        [("Lene Kragholm", Role.PUBLIC)],
    ),
    ("switchboard", "Spørgsmål kan rettes til hovednummer 99 99 12 34.", "99 99 12 34", Entity.PHONE, []),
    ("function-mailbox", "Skriv til post@egeby.example med sagsnummeret.", "post@egeby.example", Entity.EMAIL, []),
    ("domain-mailbox", "Klager sendes til tilsyn@tilsyn.example.", "tilsyn@tilsyn.example", Entity.EMAIL, []),
    ("authority-footer", "Styrelsen for Eksempler · Havnegade 2 · tlf. 99 88 77 66", "99 88 77 66", Entity.PHONE, []),
]


@pytest.mark.parametrize(("case", "text", "part", "entity", "persons"), OFFICIAL, ids=[c[0] for c in OFFICIAL])
def test_official_contacts_stay(
    case: str, text: str, part: str, entity: Entity, persons: list[tuple[str, Role]]
) -> None:
    found = [finding(text, part, entity)] + [finding(text, p, Entity.PERSON, r) for p, r in persons]
    out = OfficialContacts().refine(text, found, "da")
    assert not [f for f in out if f.entity is entity], case


PRIVATE: list[tuple[str, str, str, Entity, list[tuple[str, Role]]]] = [
    (
        "citizen-address",
        "Kære Jonas Lyhne\nVestervang 7\n9999 Egeby",
        "Vestervang 7",
        Entity.ADDRESS,
        [("Jonas Lyhne", Role.UNKNOWN)],
    ),
    (
        "citizen-under-letterhead",
        "Egeby Kommune\nJonas Lyhne\nVestervang 7",
        "Vestervang 7",
        Entity.ADDRESS,
        [("Jonas Lyhne", Role.UNKNOWN)],
    ),
    ("plain-address", "Familien er flyttet til Bøgevej 19 i foråret.", "Bøgevej 19", Entity.ADDRESS, []),
    ("personal-mail", "Du kan skrive til jonas.lyhne@post.example.", "jonas.lyhne@post.example", Entity.EMAIL, []),
    (
        "blank-line-ends-letterhead",
        "Egeby Kommune\n\nAnsøgeren bor på Vestervang 7.",
        "Vestervang 7",
        Entity.ADDRESS,
        [],
    ),
    ("private-phone", "Hun kan træffes på 22 33 44 55 efter kl. 16.", "22 33 44 55", Entity.PHONE, []),
    ("form-contact", "Indberetning\nKontakt: 22 33 44 55", "22 33 44 55", Entity.PHONE, []),
    (
        # Even beside a person in office, where a family lives is the family's address.
        "where-the-family-lives",
        "Rådmand Jonas Lyhne oplyste, at familien bor på Vestervang 7.",
        "Vestervang 7",
        Entity.ADDRESS,
        [("Jonas Lyhne", Role.PUBLIC)],
    ),
    (
        "company-earlier-in-sentence",
        "Vi har aftalt med Egeby Anlæg A/S, at formanden ringer til dig på 22 33 44 55 dagen før.",
        "22 33 44 55",
        Entity.PHONE,
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "part", "entity", "persons"), PRIVATE, ids=[c[0] for c in PRIVATE])
def test_private_contacts_are_proposed(
    case: str, text: str, part: str, entity: Entity, persons: list[tuple[str, Role]]
) -> None:
    found = [finding(text, part, entity)] + [finding(text, p, Entity.PERSON, r) for p, r in persons]
    out = OfficialContacts().refine(text, found, "da")
    assert [f.text for f in out if f.entity is entity] == [part], case


# (id, text, the amounts proposed)
ECONOMY: list[tuple[str, str, list[str]]] = [
    ("benefit", "Hun modtager kontanthjælp på 11.250 kr. om måneden.", ["11.250 kr. om måneden"]),
    ("debt", "Han skylder 42.000 kr. i husleje og har fået en rykker.", ["42.000 kr."]),
    ("salary-prefix", "Ansøgerens løn er kr. 36.400 pr. måned.", ["kr. 36.400 pr. måned"]),
    ("arrears", "Borgeren har en restance på 8.900 kr. til boligselskabet.", ["8.900 kr."]),
    ("salary-minutes", "Udvalget indstillede, at hun ansættes med en årsløn på 612.000 kr.", ["612.000 kr."]),
    ("pension", "Min pension er på 14 500 kr. efter skat.", ["14 500 kr."]),
    ("public-budget", "Kommunens budget til skolerne er 12,5 mio. kr. i 2025.", []),
    ("grant-to-association", "Foreningen får et tilskud på 25.000 kr. til sommerlejren.", []),
    ("rate-in-general", "Satsen for kontanthjælp er 12.000 kr. om måneden.", []),
    ("no-person", "Kontanthjælp udgjorde i alt 3.000 kr. pr. sag i gennemsnit.", []),
    ("price", "Billetten koster 100 kr., og han købte to.", []),
    ("no-currency", "Han har boet i nummer 12.000 i tre år og tjener godt.", []),
    ("pay-scale", "Hendes løn fastsættes efter løntrin 27 svarende til 30.000 kr.", []),
]


@pytest.mark.parametrize(("case", "text", "amounts"), ECONOMY, ids=[c[0] for c in ECONOMY])
def test_private_economy(case: str, text: str, amounts: list[str]) -> None:
    out = PrivateEconomy().refine(text, [], "da")
    assert [f.text for f in out] == amounts, case
    assert all(f.entity is Entity.SENSITIVE and "Privat økonomi" in f.reason for f in out)


def test_amount_near_a_named_private_person() -> None:
    text = "Indtægten for Jonas Lyhne var 18.000 kr. i marts."
    person = finding(text, "Jonas Lyhne", Entity.PERSON)
    out = PrivateEconomy().refine(text, [person], "da")
    assert [f.text for f in out if f.entity is Entity.SENSITIVE] == ["18.000 kr."]
    official = finding(text, "Jonas Lyhne", Entity.PERSON, Role.PUBLIC)
    assert [f for f in PrivateEconomy().refine(text, [official], "da") if f.entity is Entity.SENSITIVE] == []


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Første sætning. Han får kr. 500 pr. md. fra kommunen. Sidste."
    lo, hi = sentence_bounds(text, text.index("500"), text.index("500") + 3)
    assert text[lo:hi].strip() == "Han får kr. 500 pr. md. fra kommunen"


# Norwegian and Swedish (id, text, the amounts proposed); every amount and name is invented.
ECONOMY_NORDIC: list[tuple[str, str, str, list[str]]] = [
    ("no-benefit", "no", "Hun mottar sosialhjelp på 9 800 kr i måneden.", ["9 800 kr i måneden"]),
    ("no-debt", "nb", "Han skylder 37 500 kroner i husleie og har fått inkassovarsel.", ["37 500 kroner"]),
    ("no-salary", "no", "Søkerens lønn er kr 42 100 per måned.", ["kr 42 100 per måned"]),
    ("no-arrears", "no", "Leietakeren har en restanse på 12 300 kr til utleier.", ["12 300 kr"]),
    ("no-disability", "nb", "Uføretrygden hans utgjør 23 400 kr brutto.", ["23 400 kr brutto"]),
    ("no-nynorsk-debt", "nn", "Ho har gjeld på 150 000 kr etter forbrukslån.", ["150 000 kr"]),
    ("no-public-budget", "no", "Kommunens budsjett for barnevernet er 14,2 mill. kroner i år.", []),
    ("no-grant-to-club", "no", "Klubben får et tilskudd på 40 000 kr til sommerleiren.", []),
    ("no-fine-on-municipality", "no", "Kommunen fikk en bot på 500 000 kroner for bruddet på hans rettigheter.", []),
    ("no-rate-in-general", "no", "Satsen for sosialhjelp er 7 000 kr i måneden, og hun søkte.", []),
    ("no-no-person", "no", "Sosialhjelp utgjorde i snitt 6 000 kr per sak.", []),
    ("no-price", "no", "Billetten koster 120 kr, og han kjøpte to.", []),
    ("sv-benefit", "sv", "Hon får försörjningsstöd med 8 400 kr i månaden.", ["8 400 kr i månaden"]),
    ("sv-rent-debt", "sv", "Han har en hyresskuld på 21 000 kronor till värden.", ["21 000 kronor"]),
    ("sv-salary", "sv", "Sökandens månadslön är 34 500 kr före skatt.", ["34 500 kr före skatt"]),
    ("sv-enforcement", "sv", "Skulderna hos Kronofogden uppgår för honom till 96 000 kr.", ["96 000 kr."]),
    ("sv-colon-dash", "sv", "Hennes bostadsbidrag är 2 300:- per månad.", ["2 300:- per månad"]),
    ("sv-public-budget", "sv", "Kommunens budget för äldreomsorgen är 312 mnkr.", []),
    ("sv-grant-to-association", "sv", "Föreningen får ett bidrag på 25 000 kr till lägret.", []),
    ("sv-fee-on-municipality", "sv", "Nämnden ålades en sanktionsavgift på 200 000 kr, vilket hon beklagade.", []),
    ("sv-norm", "sv", "Riksnormen för en vuxen är 3 500 kr per månad, och hon ansökte.", []),
    ("sv-no-person", "sv", "Försörjningsstöd utgjorde i snitt 7 200 kr per hushåll.", []),
]


@pytest.mark.parametrize(("case", "language", "text", "amounts"), ECONOMY_NORDIC, ids=[c[0] for c in ECONOMY_NORDIC])
def test_private_economy_nordic(case: str, language: str, text: str, amounts: list[str]) -> None:
    out = PrivateEconomy().refine(text, [], language)
    assert [f.text for f in out] == amounts, case


def test_swedish_sentences_do_not_end_at_abbreviations() -> None:
    text = "Första meningen. Han får bl.a. bostadsbidrag, t.ex. 900 kr per mån. från kommunen. Sista."
    lo, hi = sentence_bounds(text, text.index("900"), text.index("900") + 3)
    assert text[lo:hi].strip() == "Han får bl.a. bostadsbidrag, t.ex. 900 kr per mån. från kommunen"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Jag begär ersättning för reparationen med 4 300 kr."),
        ("sv", "Hon vill hyra en bil för 900 kr per dag."),
        ("no", "Han vil leie en bil for 900 kr per dag."),
    ],
)
def test_ambiguous_money_words_are_no_private_economy(language: str, text: str) -> None:
    assert PrivateEconomy().refine(text, [], language) == []


@pytest.mark.parametrize(
    ("language", "text", "part", "entity"),
    [
        # Swedish and Norwegian write the organisation word in lower case after the place
        ("sv", "Ekeby kommun, Storgatan 4, 999 99 Ekeby", "Storgatan 4", Entity.ADDRESS),
        ("nb", "Ekeby kommune, Storgata 4, 9999 Ekeby", "Storgata 4", Entity.ADDRESS),
        ("sv", "Avfallsenheten\nTelefon 099-12 34 56", "099-12 34 56", Entity.PHONE),
    ],
)
def test_official_contacts_stay_nordic(language: str, text: str, part: str, entity: Entity) -> None:
    out = OfficialContacts().refine(text, [finding(text, part, entity)], language)
    assert not out


@pytest.mark.parametrize(
    ("language", "text", "part"),
    [
        ("sv", "Jag bor i Ekeby kommun, ring mig på 070-123 45 67.", "070-123 45 67"),
        ("sv", "Hon flyttade till en kommun i norr, telefon 070-123 45 67.", "070-123 45 67"),
    ],
)
def test_private_contacts_in_a_municipality_are_proposed(language: str, text: str, part: str) -> None:
    out = OfficialContacts().refine(text, [finding(text, part, Entity.PHONE)], language)
    assert [f.text for f in out] == [part]
