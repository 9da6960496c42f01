"""Where a name may stand: the word or label before it, and the zones (headers, lists, signatures) that hold names."""

from __future__ import annotations

import pytest

from redact.detect.name_context import MEDIUM, PAIR, STRONG, Context, at_line_start, context_before, contexts

NAME = "Zirbo"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Kære ", Context("Navn efter «Kære»", STRONG)),
        ("Hej, ", Context("Navn efter «Hej»", STRONG)),
        ("Samtale med Hr. ", Context("Navn efter «Hr.»", STRONG)),
        ("hendes søn ", Context("Navn efter «søn»", STRONG)),
        ("barnet hedder ", Context("Navn efter «hedder»", STRONG)),
        ("en mand ved navn ", Context("Navn efter «navn»", STRONG)),
        ("Navn: ", Context("Navn efter «Navn:»", STRONG)),
        ("Ansøgers navn:\n", Context("Navn efter «Ansøgers navn:»", STRONG)),
        ("Sagsbehandler\t", Context("Navn efter «Sagsbehandler»", STRONG)),
        ("Navn\n", Context("Navn efter «Navn»", STRONG)),
        ("Brevet sendes c/o ", Context("Navn efter «c/o»", STRONG)),
        ("Teamet v/ ", Context("Navn efter «v/»", STRONG)),
        ("skrevet af cand.psych. ", Context("Navn efter «cand.psych.»", STRONG)),
        ("Til ", Context("Navn efter «Til»", MEDIUM)),
        # Norwegian, bokmål and nynorsk
        ("Kjære ", Context("Navn efter «Kjære»", STRONG)),
        ("Hei ", Context("Navn efter «Hei»", STRONG)),
        ("Søkjar: ", Context("Navn efter «Søkjar:»", STRONG)),
        ("Foresatt:\n", Context("Navn efter «Foresatt:»", STRONG)),
        ("Arbeidstaker: ", Context("Navn efter «Arbeidstaker:»", STRONG)),
        ("Etternavn\t", Context("Navn efter «Etternavn»", STRONG)),
    ],
)
def test_context_before_a_name(before: str, expected: Context) -> None:
    text = before + NAME + " skriver."
    assert context_before(text, len(before)) == expected


@pytest.mark.parametrize(
    "before",
    [
        "",
        "Sagen om ",
        "sendt til ",  # "til" counts only at the start of a line
        "mit navn ",  # "navn" only after "ved" or "med"
        "Om Navn ",  # a label without a colon must begin its line
        "abc/o ",  # not c/o
        "kære-",
    ],
)
def test_no_context_before_a_name(before: str) -> None:
    assert context_before(before + NAME, len(before)) is None


def test_a_signature_anchors_the_name_on_its_line_or_the_next_non_empty_line() -> None:
    same = "Tak for hjælpen.\nMed venlig hilsen Zirbo Quandt\n"
    anchored, _ = contexts(same)
    assert anchored == {same.index(NAME): Context("Navn i underskrift efter «Med venlig hilsen»", MEDIUM)}
    below = "Tak.\n\nVenlig hilsen\n\n   Zirbo Quandt\nKommunen"
    anchored, _ = contexts(below)
    assert anchored == {below.index(NAME): Context("Navn i underskrift efter «Venlig hilsen»", MEDIUM)}


def test_mail_headers_participant_lists_and_display_names_are_zones() -> None:
    text = (
        "Fra: Zirbo Quandt\n"
        "Emne: Møde\n"
        "Deltagere:\n"
        "Ulla Testesen, mor\n"
        "Karl Opdigtet\n"
        "Vi talte om sagen, og det var godt.\n"
        "Skriv til Anne Fiktiv <anne@example.org> i morgen."
    )
    _, zones = contexts(text)
    got = [(text[s:e].strip(), ctx) for s, e, ctx in zones]
    assert got == [
        ("Zirbo Quandt", Context("Navn i e-mailhoved efter «Fra:»", PAIR)),
        ("Ulla Testesen, mor\nKarl Opdigtet", Context("Navn i deltagerliste efter «Deltagere:»", STRONG)),
        ("Anne Fiktiv", Context("Navn i e-mailhoved før e-mailadressen", PAIR)),
    ]


def test_a_bullet_list_after_names_on_the_label_line_goes_on_and_running_text_ends_it() -> None:
    text = "Til stede: Zirbo Quandt\n- Ulla Testesen\n- Karl Opdigtet\nMødet sluttede kl. 12."
    _, zones = contexts(text)
    [(start, end, ctx)] = zones
    assert text[start:end] == "Zirbo Quandt\n- Ulla Testesen\n- Karl Opdigtet"
    assert ctx.strength == STRONG


def test_at_line_start() -> None:
    text = "Sag\n  Navn Jens"
    assert at_line_start(text, 0)
    assert at_line_start(text, text.index("Navn"))
    assert not at_line_start(text, text.index("Jens"))


def test_norwegian_signatures_headers_and_participant_lists() -> None:
    text = "Takk.\n\nMed vennlig hilsen\nZirbo Quandt\n\nVennleg helsing Ulla Testesen\n"
    anchored, _ = contexts(text)
    assert anchored == {
        text.index(NAME): Context("Navn i underskrift efter «Med vennlig hilsen»", MEDIUM),
        text.index("Ulla"): Context("Navn i underskrift efter «Vennleg helsing»", MEDIUM),
    }
    text = "Kopi: Zirbo Quandt\nForfall: Ulla Testesen\n"
    _, zones = contexts(text)
    got = [(text[s:e].strip(), ctx.reason) for s, e, ctx in zones]
    assert got == [
        ("Zirbo Quandt", "Navn i e-mailhoved efter «Kopi:»"),
        ("Ulla Testesen", "Navn i deltagerliste efter «Forfall:»"),
    ]


def test_swedish_salutations_labels_signatures_and_participant_lists() -> None:
    assert context_before("Hej " + NAME, 4) == Context("Navn efter «Hej»", STRONG)
    assert context_before("Sökande: " + NAME, 9) == Context("Navn efter «Sökande:»", STRONG)
    assert context_before("Vårdnadshavare: " + NAME, 16) == Context("Navn efter «Vårdnadshavare:»", STRONG)
    assert context_before("Min sambo " + NAME, 10) == Context("Navn efter «sambo»", STRONG)
    text = "Tack.\n\nMed vänlig hälsning\nZirbo Quandt\n\nVänliga hälsningar Ulla Testesson\n"
    anchored, _ = contexts(text)
    assert anchored == {
        text.index(NAME): Context("Navn i underskrift efter «Med vänlig hälsning»", MEDIUM),
        text.index("Ulla"): Context("Navn i underskrift efter «Vänliga hälsningar»", MEDIUM),
    }
    text = "Från: Zirbo Quandt\nNärvarande: Ulla Testesson\n"
    _, zones = contexts(text)
    got = [(text[s:e].strip(), ctx.reason) for s, e, ctx in zones]
    assert got == [
        ("Zirbo Quandt", "Navn i e-mailhoved efter «Från:»"),
        ("Ulla Testesson", "Navn i deltagerliste efter «Närvarande:»"),
    ]


# Invented texts with labels, titles and context words in every kind of place: at the start, after
# other labels, with tabs, dots, colons and line breaks between, in capitals, and nowhere.
_VARIED = [
    "Navn: Zirbo Fiktiv\nPatientens navn:\n  Ola Opdigt\nFORÆLDREMYNDIGHEDSINDEHAVER\tKari\nBarn .: Ida",
    "Kære Bo\n\nSkrevet af cand.psych. Ulla Fiktiv, c/o Ib Opdigt.\nMed venlig hilsen\nHr.  \nJens\t\n",
    "Underskrevet af   Ea\nAnsøgers navn\n\nLis\nklagers navn  :Per\nSökandes namn: Åsa\nNamn\t\tEir",
    "Att.: Tove Att Bo   \n  Kontakt   Mia\nhendes søn\nPer, far\nen mand ved navn Kim\nTil\nDorte  \t",
    "   \n\t.:\nNavn" + " " * 90 + "Bent\nx" * 3 + "Partsrepræsentant.\n \tLone\nø  " + "Navn:" * 20,
]


def test_context_before_takes_no_shortcut_that_changes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The label search starts late in the window and a window without a space at its end skips the
    word patterns: the same context at every position of the texts as searching every position."""
    from redact.detect import name_context

    fast = [[context_before(text, pos) for pos in range(len(text) + 1)] for text in _VARIED]
    monkeypatch.setattr(name_context, "_label_search_start", lambda window: 0)
    monkeypatch.setattr(name_context, "_SPACE_ENDINGS", ("",))
    slow = [[context_before(text, pos) for pos in range(len(text) + 1)] for text in _VARIED]
    assert fast == slow
    assert sum(ctx is not None for ctxs in fast for ctx in ctxs) > 20
    assert {ctx.reason for ctxs in fast for ctx in ctxs if ctx} >= {
        "Navn efter «Forældremyndighedsindehaver»",
        "Navn efter «Patientens navn:»",
        "Navn efter «cand.psych.»",
        "Navn efter «Hr.»",
    }
