"""Texts that reach the app from the layers below it, translated when the app shows them.

The lower layers (detect, ingest, services) know no Qt and write Danish, the source language: a
detector's reason ("Navn efter «Kære»; kontekstord «tlf»"), what found a proposal, a service's
error, a document's warnings. Their texts are also stored in case files, so they are translated
where they are shown, the way the app's own texts are: the Danish templates below (%1, %2 … stand
for the words taken from the document, which stay as written) are in resources/i18n/redact_<lang>.ts
under the context "LowerTexts". `lower` cuts a text into its parts ("; "), matches each part
against the templates (the most specific first; a word put in a template may itself be one, as in
"%1 (læst med OCR)"), and puts the translation together; a part no template matches is shown as
written. tests/gui/test_lower_texts.py runs the real detectors over invented Danish, Norwegian and
Swedish text and checks that every reason they give is matched here, so a new reason is not left
untranslated unnoticed.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "LowerTexts"
_MARKED = (
    # How a reason is put together: its parts are joined by "; ", and a part may end in a note.
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (læst med OCR)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (over linjeskift)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (ejefald)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (med mellemnavn)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (mønster %2)"),
    QT_TRANSLATE_NOOP("LowerTexts", "kontekstord «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "nævnt sammen med «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "flertydigt ord – kontrollér sammenhængen"),
    # Names (detect/names.py, name_context.py, ner.py, initials.py, core/consistency.py).
    QT_TRANSLATE_NOOP("LowerTexts", "Fornavn fra navneliste %1 efterfulgt af efternavn"),
    QT_TRANSLATE_NOOP("LowerTexts", "Fornavn fra navneliste %1 efterfulgt af ord med stort begyndelsesbogstav"),
    QT_TRANSLATE_NOOP("LowerTexts", "Fornavn fra navneliste %1 med stort begyndelsesbogstav midt i sætningen"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 fra navneliste (DST)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 fra navneliste (minoritetsnavne)"),
    QT_TRANSLATE_NOOP("LowerTexts", "(DST)"),
    QT_TRANSLATE_NOOP("LowerTexts", "(minoritetsnavne)"),
    QT_TRANSLATE_NOOP("LowerTexts", "Fornavn"),
    QT_TRANSLATE_NOOP("LowerTexts", "Efternavn"),
    QT_TRANSLATE_NOOP("LowerTexts", "Fornavn og efternavn fra navneliste (DST)"),
    QT_TRANSLATE_NOOP("LowerTexts", "Efternavn og fornavn fra navneliste"),
    QT_TRANSLATE_NOOP("LowerTexts", "Efternavne fra navneliste"),
    QT_TRANSLATE_NOOP("LowerTexts", "Forbogstav efterfulgt af efternavn fra navneliste"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn efter «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn efter titel «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn i e-mailhoved efter «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn i e-mailhoved før e-mailadressen"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn i deltagerliste efter «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn i underskrift efter «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn genkendt af sprogmodellen (PER)"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn genkendt af navnegenkendelsen"),
    QT_TRANSLATE_NOOP("LowerTexts", "Initialer efter «%1»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Initialer, der går igen i teksten som en person"),
    QT_TRANSLATE_NOOP("LowerTexts", "Samme person som «%1», der er fundet andetsteds i sagen"),
    QT_TRANSLATE_NOOP("LowerTexts", "Samme oplysning er fundet andetsteds i sagen"),
    # Persons acting in office (the `reasons` of resources/roles/roles_<lang>.yaml).
    QT_TRANSLATE_NOOP("LowerTexts", "%1, nævnt i embede"),
    QT_TRANSLATE_NOOP("LowerTexts", "Politiker (parti %1), nævnt i embede"),
    QT_TRANSLATE_NOOP("LowerTexts", "Medlem af et politisk organ («%1»), nævnt i embede"),
    QT_TRANSLATE_NOOP("LowerTexts", "Underskrevet som %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "Samme person som «%1», der er nævnt i embede andetsteds i sagen"),
    # Identifiers (detect/recognizers.py, recognizers_nordic.py, identifiers.py).
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et CPR-nummer med gyldig fødselsdato"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et dansk telefonnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et norsk telefonnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et svensk telefonnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et norsk eller svensk telefonnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "E-mailadresse"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner en e-mailadresse, hvor OCR har mistet «@»"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et bankkontonummer (reg.nr. og kontonr.)"),
    QT_TRANSLATE_NOOP("LowerTexts", "IBAN-nummer med gyldigt kontrolciffer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner en nummerplade"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner en norsk nummerplade"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner en svensk nummerplade"),
    QT_TRANSLATE_NOOP("LowerTexts", "Norsk fødselsnummer med gyldige kontrolcifre"),
    QT_TRANSLATE_NOOP("LowerTexts", "Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrolcifre"),
    QT_TRANSLATE_NOOP("LowerTexts", "Svensk personnummer med gyldigt kontrolciffer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Svensk personnummer eller samordningsnummer med gyldigt kontrolciffer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Norsk kontonummer med gyldigt kontrolciffer (mod 11)"),
    QT_TRANSLATE_NOOP("LowerTexts", "Ligner et svensk clearing- og kontonummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Bankgiro- eller plusgironummer med gyldigt kontrolciffer"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 efter kontekstordet «%2»"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 med et indlejret CPR-nummer (gyldig fødselsdato)"),
    QT_TRANSLATE_NOOP("LowerTexts", "kontrollér, at det ikke er myndighedens eget journalnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Patientnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Medarbejder- eller lønnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Elev- eller studienummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Pasnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Kørekortnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Kundenummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Debitor-, klient- eller borgernummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Lejer- eller lejemålsnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Medlemsnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Police- eller skadenummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Journalnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Sagsnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Id-nummer"),
    # Addresses and property (detect/address.py, address_policy.py, property.py).
    QT_TRANSLATE_NOOP("LowerTexts", "Vejnavn med husnummer og postnummer/by – ligner en privat adresse"),
    QT_TRANSLATE_NOOP("LowerTexts", "Vejnavn efterfulgt af husnummer – ligner en adresse"),
    QT_TRANSLATE_NOOP("LowerTexts", "Navn med husnummer efterfulgt af gyldigt postnummer og by – ligner en adresse"),
    QT_TRANSLATE_NOOP("LowerTexts", "Postboks med nummer – del af en postadresse"),
    QT_TRANSLATE_NOOP("LowerTexts", "c/o-angivelse – del af en postadresse"),
    QT_TRANSLATE_NOOP(
        "LowerTexts", "Navn med husnummer efter «bor på», «flyttet til» eller «Adresse:» – ligner en adresse"
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "byen er nævnt andetsteds og bevares"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1: ejendommens betegnelse i matriklen peger på ejeren og dennes bolig"),
    QT_TRANSLATE_NOOP("LowerTexts", "Matrikelnummer"),
    QT_TRANSLATE_NOOP("LowerTexts", "Gårds- og bruksnummer"),
    # Sensitive facts and private economy (detect/sensitive.py with the lexicons' kinds, economy.py).
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): ordet «%3» fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): ordet «%3» (af «%4») fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): ordet «%3» ender på «%4» fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): ordet «%3» er sammensat med «%4» fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): ordet «%3» indeholder «%4» fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (%2): udtrykket «%3» fra ordlisten"),
    QT_TRANSLATE_NOOP("LowerTexts", "Følsom oplysning"),
    QT_TRANSLATE_NOOP("LowerTexts", "Privat forhold"),
    QT_TRANSLATE_NOOP("LowerTexts", "Oplysning om strafbare forhold"),
    QT_TRANSLATE_NOOP("LowerTexts", "Privat økonomi: beløb i sætning om %1"),
    # The Danish word lists' categories, shown inside a reason ("Følsom oplysning (helbred): …"); the
    # Norwegian and Swedish lists name theirs in their own language.
    QT_TRANSLATE_NOOP("LowerTexts", "helbred"),
    QT_TRANSLATE_NOOP("LowerTexts", "helbred – medicin"),
    QT_TRANSLATE_NOOP("LowerTexts", "helbred – handicap"),
    QT_TRANSLATE_NOOP("LowerTexts", "misbrug"),
    QT_TRANSLATE_NOOP("LowerTexts", "kriminalitet"),
    QT_TRANSLATE_NOOP("LowerTexts", "sociale foranstaltninger"),
    QT_TRANSLATE_NOOP("LowerTexts", "sociale ydelser"),
    QT_TRANSLATE_NOOP("LowerTexts", "gæld og økonomi"),
    QT_TRANSLATE_NOOP("LowerTexts", "fagforeningsmedlemskab"),
    QT_TRANSLATE_NOOP("LowerTexts", "religion"),
    QT_TRANSLATE_NOOP("LowerTexts", "etnisk oprindelse"),
    QT_TRANSLATE_NOOP("LowerTexts", "seksuel orientering"),
    QT_TRANSLATE_NOOP("LowerTexts", "politisk overbevisning"),
    # What found a proposal (services.session.finder_name).
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for CPR-numre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for norske fødselsnumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for svenske personnumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for telefonnumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for norske og svenske telefonnumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for e-mailadresser"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for kontonumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for IBAN-numre"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for nummerplader"),
    QT_TRANSLATE_NOOP("LowerTexts", "genkendelse af navne i teksten"),
    QT_TRANSLATE_NOOP("LowerTexts", "navnelister og regler for navne"),
    QT_TRANSLATE_NOOP("LowerTexts", "regler for adresser og postnumre"),
    QT_TRANSLATE_NOOP("LowerTexts", "ordliste over følsomme oplysninger"),
    QT_TRANSLATE_NOOP("LowerTexts", "nummer efter et ledeord (fx patientnr.)"),
    QT_TRANSLATE_NOOP("LowerTexts", "samme navn eller nummer er fundet andetsteds i sagen"),
    QT_TRANSLATE_NOOP("LowerTexts", "mønster for numre"),
    QT_TRANSLATE_NOOP("LowerTexts", "automatisk genkendelse"),
    # Errors and warnings of reading files and of the services.
    QT_TRANSLATE_NOOP("LowerTexts", "filen er tom"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekstfilen er tom"),
    QT_TRANSLATE_NOOP("LowerTexts", "e-mailen er tom"),
    QT_TRANSLATE_NOOP("LowerTexts", "filtypen '%1' understøttes ikke"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen kan ikke læses: %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "ingen adgang til filen"),
    QT_TRANSLATE_NOOP("LowerTexts", "ingen adgang til filen (den må ikke læses af denne bruger)"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen ligner ikke en tekstfil (binært indhold)"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen ligner ikke en e-mail (ingen afsender, modtager eller emne)"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen er ikke et gyldigt Word-dokument (.docx)"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen er ikke et gyldigt Word-dokument (.docx); den er måske beskadiget"),
    QT_TRANSLATE_NOOP("LowerTexts", "Word-dokumentet er krypteret med adgangskode"),
    QT_TRANSLATE_NOOP("LowerTexts", "Word-dokumentet kan ikke læses: %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "Word-dokumentet kan ikke læses (beskadiget?): %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "LibreOffice kunne ikke konvertere dokumentet til PDF"),
    QT_TRANSLATE_NOOP("LowerTexts", "LibreOffice kunne ikke konvertere dokumentet i tide"),
    QT_TRANSLATE_NOOP("LowerTexts", "Outlook-filen (.msg) kan ikke læses: %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "filen kan ikke åbnes som PDF (den er beskadiget eller ikke en PDF)"),
    QT_TRANSLATE_NOOP(
        "LowerTexts", "PDF'en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen"
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "PDF'en er beskadiget og kan ikke repareres"),
    QT_TRANSLATE_NOOP("LowerTexts", "PDF'en kan ikke kopieres (den er beskadiget)"),
    QT_TRANSLATE_NOOP("LowerTexts", "teksten kan ikke læses fra PDF'en (den er beskadiget)"),
    QT_TRANSLATE_NOOP("LowerTexts", "Vedhæftet fil %1 kunne ikke læses: %2"),
    QT_TRANSLATE_NOOP("LowerTexts", "sagen har intet dokument %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "dokument %1 kunne ikke læses og har intet sprog at rette"),
    QT_TRANSLATE_NOOP("LowerTexts", "angiv hjemlen for undtagelsen (fx offl-23-1-1)"),
    QT_TRANSLATE_NOOP("LowerTexts", "ukendt hjemmel: %1 (se `redact bases`)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 forslag er hverken accepteret eller afvist; de er ikke redigeret"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1: kunne ikke læses og er ikke med i pakken (%2)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1: sider uden tekst er ikke kontrolleret"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1: side %2 har intet tekstlag og er ikke kontrolleret"),
    QT_TRANSLATE_NOOP("LowerTexts", "ukendte hjemler i sagen (vises som koder): %1"),
    QT_TRANSLATE_NOOP("LowerTexts", "uventet fejl ved behandling: %1"),
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "filen har fejl i indholdet: PDF-læseren meldte %1 fejl undervejs. Det, der kunne læses, er med, men sider kan mangle indhold; sammenlign med originalen",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "Skjult tekst fundet; den fjernes ved eksport: %1"),
    # … its kinds and pages (pdf/hidden.py `HiddenKind`, `describe`).
    QT_TRANSLATE_NOOP("LowerTexts", "%1 (side %2)"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 og %2 andre"),
    QT_TRANSLATE_NOOP("LowerTexts", "usynlig tekst"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekst i samme farve som baggrunden"),
    QT_TRANSLATE_NOOP("LowerTexts", "mikroskopisk tekst"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekst uden for den synlige side"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekst dækket af billede eller grafik"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekst i et skjult lag"),
    QT_TRANSLATE_NOOP("LowerTexts", "tekst skåret væk af en beskæringssti"),
    QT_TRANSLATE_NOOP("LowerTexts", "gammelt OCR-tekstlag under en skanning"),
    QT_TRANSLATE_NOOP("LowerTexts", "PDF'en har %1 indlejrede fil; de udleveres ikke"),
    QT_TRANSLATE_NOOP("LowerTexts", "PDF'en har %1 indlejrede filer; de udleveres ikke"),
    QT_TRANSLATE_NOOP("LowerTexts", "PDF'en kunne ikke undersøges for skjult indhold; eksporten undersøger den igen"),
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "PDF-filen var beskadiget (fx afkortet) og er repareret ved læsningen; sider eller indhold kan mangle, så sammenlign med originalen",  # noqa: E501
    ),
    # Word's hidden content (ingest/wordhidden.py).
    QT_TRANSLATE_NOOP(
        "LowerTexts", "Word-dokumentet har sporede ændringer; slettet tekst er vist i tillægget sidst i dokumentet"
    ),
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "Word-dokumentet har sporede ændringer; slettet tekst vises overstreget og indsat tekst understreget",
    ),
    QT_TRANSLATE_NOOP(
        "LowerTexts", "Word-dokumentet har %1, som ikke ses i dokumentet; de er vist i et tillæg sidst i dokumentet"
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 kommentar"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 kommentarer"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 stykke skjult tekst"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 stykker skjult tekst"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 og %2 stykke skjult tekst"),
    QT_TRANSLATE_NOOP("LowerTexts", "%1 og %2 stykker skjult tekst"),
    # E-mails (ingest/mail.py).
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "E-mailens HTML har %1 skjult afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget",
    ),
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "E-mailens HTML har %1 skjulte afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget",
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "Skjulte lag med billeder eller grafik fundet; de fjernes ved eksport"),
    QT_TRANSLATE_NOOP(
        "LowerTexts", "E-mailens HTML-udgave har tekst, som ikke står i tekstudgaven; den er vist sidst i dokumentet"
    ),
    QT_TRANSLATE_NOOP("LowerTexts", "Vedhæftet fil ikke medtaget: %1"),
    QT_TRANSLATE_NOOP(
        "LowerTexts",
        "PDF'ens annoteringer og formularfelter kunne ikke gøres til en del af siden; de fjernes ved eksport",
    ),
)
TEMPLATES: tuple[str, ...] = tuple(str(t) for t in _MARKED)
_PLACEHOLDER = re.compile(r"%(\d)")
_SEPARATOR = "; "


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], tuple[int, ...]], ...]:
    """Each template as a pattern over the Danish text, the most specific (most fixed characters) first."""
    out = []
    for template in TEMPLATES:
        parts = _PLACEHOLDER.split(template)
        regex = "".join(re.escape(p) if k % 2 == 0 else "(.+?)" for k, p in enumerate(parts))
        order = tuple(int(p) for p in parts[1::2])
        out.append((template, re.compile(regex, re.DOTALL), order))
    out.sort(key=lambda t: -len(_PLACEHOLDER.sub("", t[0])))
    return tuple(out)


def lower(text: str) -> str:
    """`text` from a lower layer in the app's language (unchanged in Danish, or where nothing matches)."""
    if not text:
        return text
    if _SEPARATOR in text and _whole(text):
        return _part(text)
    return _SEPARATOR.join(_part(part) for part in text.split(_SEPARATOR))


def known(text: str) -> bool:
    """Every part of `text` is matched by a template (for the tests)."""
    return _whole(text) or all(_match(part) is not None for part in text.split(_SEPARATOR))


def _whole(text: str) -> bool:
    """A template with "; " in it matches all of `text` (a message that is one sentence in two halves)."""
    found = _match(text)
    return found is not None and _SEPARATOR in found[0]


def _match(part: str) -> tuple[str, list[str]] | None:
    for template, pattern, order in _patterns():
        m = pattern.fullmatch(part)
        if m:
            values = [""] * (max(order, default=0))
            for n, value in zip(order, m.groups(), strict=True):
                values[n - 1] = value
            return template, values
    return None


def _part(part: str) -> str:
    found = _match(part)
    if found is None:
        return part
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, template)
    for n in range(len(values), 0, -1):
        value = values[n - 1]
        quoted = f"«%{n}»" in template  # a word of the document: as written
        translated = translated.replace(f"%{n}", lower(value) if known(value) and not quoted else value)
    return translated
