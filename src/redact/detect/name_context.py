"""Where a name may stand: the context words, labels and zones that make a capitalised word a name.

After a salutation («Kære»), a form label («Navn:»), an honorific («Hr.»), a family word («søn»), in an
e-mail header («Fra:»), a participant list («Deltagere:») or a signature («Med venlig hilsen») an
unknown capitalised word is a name; the strength of the context says how much evidence it needs.
Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.detect.name_words import PARTICLES, RELATIONS

# Context strength: STRONG accepts an unknown capitalised word, PAIR two of them, MEDIUM needs one word
# from the name lists.
STRONG = 3
PAIR = 2
MEDIUM = 1

_RELATION_WORDS = frozenset(RELATIONS.split())
_SALUTATIONS = frozenset("kære hej hejsa hallo goddag dear hi hello kjære hei heisann bäste käre hejsan".split())
_HONORIFIC_WORDS = frozenset("hr fru frk herr mr mrs ms miss dr prof fröken".split())
_CALLED_WORDS = frozenset("hedder kaldet kaldes".split())
_LINE_START_WORDS = frozenset("til att attention".split())
# The word right before a name (within the line): "Kære", "Hr.", "søn", "hedder".
_WORD_BEFORE = re.compile(r"(?<![^\W\d_./])([^\W\d_][^\W\d_./]*\.?)(?:[ \t]*,)?[ \t]+$")
_ACADEMIC = r"(?:cand|stud|mag|lic|dr)\.[a-zæøå]+\.?(?:[a-zæøå]+\.)?"
# "c/o", "v/" and an academic title ("cand.psych.") right before a name: `_WORD_BEFORE` stops at "/" and
# ".", so they get a pattern of their own.
_TITLE_BEFORE = re.compile(rf"(?<![^\W\d_])(c/o|v/|{_ACADEMIC})[ \t]+$", re.IGNORECASE)
# duplicates: compiled patterns shaped like those in names.py and address.py: data, kept.
_LABELS = (
    "Navn|Fulde navn|Fuldt navn|Borgers navn|Borgerens navn|Borger|Ansøger|Ansøgers navn|Klager|Klagers navn|"
    "Pårørende|Nærmeste pårørende|Barn|Barnets navn|Elev|Elevens navn|Patient|Patientens navn|Mor|Far|Moder|"
    "Fader|Forælder|Forældre|Forældremyndighedsindehaver|Værge|Kontaktperson|Partsrepræsentant|Bisidder|"
    "Anmelder|Indberetter|Underretter|Lejer|Udlejer|Ejer|Part|Vidne|Ægtefælle|Samlever|Fornavn|Fornavne|"
    "Efternavn|Mellemnavn|Att|Attention|Underskrift|Underskrevet af|Sagsbehandler|Rådgiver|Kontakt|Afsender|"
    "Modtager|Ansvarlig|Udført af|Oprettet af|Skrevet af|Journalført af|Godkendt af|Behandler|"
    # Norwegian (bokmål and nynorsk) labels
    "Namn|Søker|Søkers navn|Søkjar|Søkjarens namn|Foresatt|Foresatte|Foreldre|Pasient|Pasientens navn|Bruker|"
    "Brukerens navn|Brukar|Arbeidstaker|Arbeidstakar|Ansatt|Leietaker|Utleier|Eier|Vitne|Ektefelle|Samboer|"
    "Sambuar|Etternavn|Etternamn|Mellomnavn|Førenamn|Melder|Mottaker|Mottakar|Avsendar|Klagar|Verge|"
    "Barnets namn|Elevens namn|Sakshandsamar|Rådgjevar|Nærmeste pårørande|"
    # Swedish labels
    "Sökande|Sökandes namn|Vårdnadshavare|Förälder|Föräldrar|Patientens namn|Klientens namn|Brukare|"
    "Brukarens namn|Anhörig|Närmaste anhörig|Make|Maka|Sambo|Syskon|God man|Förvaltare|Ställföreträdare|"
    "Anmälare|Anmälarens namn|Klagande|Hyresgäst|Hyresvärd|Ägare|Vittne|Förnamn|Efternamn|Mellannamn|"
    "Mottagare|Avsändare|Handläggare|Skadelidande|Den enskilde|Personens namn|Ombud"
)
# A form label right before the value: "Navn: ", "Navn:\n", "Navn<TAB>", "Navn   ", or "Navn" alone on the line above.
_LABEL_BEFORE = re.compile(
    rf"(?<![^\W\d_])({_LABELS})[ \t]*\.?(?::[ \t]*(?:\n[ \t]*)?|\t+[ \t]*|[ ]{{3,}}|[ \t]*\n[ \t]*)$", re.IGNORECASE
)
_HEADER = re.compile(
    r"(?im)^[ \t>]*(Fra|Til|Cc|Bcc|Kopi|From|To|Sendt af|Afsender|Modtager|Modtagere|Från|Till|Kopia)"
    r"[ \t]*:[ \t]*([^\n]*)"
)
_PARTICIPANTS = re.compile(
    r"(?im)^[ \t]*(Deltagere|Deltager|Til stede|Tilstede|Fremmødte|Deltog|Afbud|Fraværende|Referent|Mødeleder|"
    r"Ordstyrer|Kopi til|Parter|Involverede|Mødedeltagere|Øvrige deltagere|"
    r"Deltakere|Deltaker|Forfall|Møtende|Møtande|Til stades|Andre til stede|Fra administrasjonen|"
    r"Frå administrasjonen|Ikke møtt|Ikkje møtt|"
    r"Närvarande|Deltagare|Frånvarande|Övriga närvarande|Övriga deltagande|Närvarande vid mötet|Sekreterare|"
    r"Justerare|Kopia till)[ \t]*:[ \t]*"
)
_LIST_LINE = re.compile(r"[ \t]*[^\W\d_][^\n.!?]{0,60}")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+\S")
_SIGNATURE = re.compile(
    r"(?im)^[ \t]*(Med venlig hilsen|Med venlige hilsner|Venlig hilsen|Venlige hilsner|Mange hilsner|"
    r"Kærlig hilsen|Kærlige hilsner|Bedste hilsner|De bedste hilsner|Hilsen|Hilsner|Mvh|Vh|Kh|"
    r"Med vennlig hilsen|Vennlig hilsen|Vennlige hilsener|Med hilsen|Beste hilsen|Med helsing|Vennleg helsing|"
    r"Helsing|Med vänlig hälsning|Med vänliga hälsningar|Vänlig hälsning|Vänliga hälsningar|Bästa hälsningar|"
    r"Hälsningar|Hälsning|Kind regards|Best regards|Regards)(?![^\W\d_])[ \t.,!]*"
)
_DISPLAY_NAME = re.compile(
    r"(?:^|(?<=[:;,\n]))[ \t]*[\"'“]?([^\n<>;,:\"'“”\[\]]{2,80}?)[\"'”]?[ \t]*(?:<|\[mailto:)[^<>\s@]+@[^<>\s\]]+[>\]]"
)
_LOWER_WORD = re.compile(r"(?<![^\W\d_])([a-zæøåäöüé][^\W\d_]*)(?![^\W\d_-])")


@dataclass(frozen=True, slots=True)
class Context:
    reason: str
    strength: int


def contexts(text: str) -> tuple[dict[int, Context], list[tuple[int, int, Context]]]:
    """Positions where a name may start (after «Kære», «Navn:», ...) and zones that hold names."""
    anchored: dict[int, Context] = {}

    def anchor(pos: int, reason: str, strength: int) -> None:
        if pos not in anchored or anchored[pos].strength < strength:
            anchored[pos] = Context(reason, strength)

    for m in _SIGNATURE.finditer(text):
        reason = f"Navn i underskrift efter «{m.group(1)}»"
        pos = m.end()
        eol = text.find("\n", pos)
        rest = text[pos : eol if eol >= 0 else len(text)]
        if rest.strip():
            anchor(pos, reason, MEDIUM)
            continue
        # The name is on the next non-empty line (at most two blank lines below).
        nxt = pos
        for _ in range(4):
            nl = text.find("\n", nxt)
            if nl < 0:
                break
            nxt = nl + 1
            line_end = text.find("\n", nxt)
            line = text[nxt : line_end if line_end >= 0 else len(text)]
            if line.strip():
                anchor(nxt + len(line) - len(line.lstrip()), reason, MEDIUM)
                break

    zones: list[tuple[int, int, Context]] = []
    for m in _HEADER.finditer(text):
        label = m.group(1).capitalize()
        ctx = Context(f"Navn i e-mailhoved efter «{label}:»", PAIR)
        if m.group(2).strip():
            zones.append((m.start(2), m.end(2), ctx))
        else:
            nl = m.end()
            line_end = text.find("\n", nl + 1)
            zones.append((nl, line_end if line_end >= 0 else len(text), ctx))
    for m in _PARTICIPANTS.finditer(text):
        ctx = Context(f"Navn i deltagerliste efter «{m.group(1).capitalize()}:»", STRONG)
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        empty_first = not text[start:end].strip()
        lines = 0
        while end < len(text) and lines < 30:
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[end + 1 : line_end]
            # The list goes on in bullet lines, or (after an empty label line) in short lines that hold
            # no sentence: "Jens Hansen, far". A line of running text ends it.
            if not line.strip() or ":" in line:
                break
            if not _BULLET_LINE.match(line) and not (empty_first and _LIST_LINE.fullmatch(line)):
                break
            end = line_end
            lines += 1
        zones.append((start, end, ctx))
    for m in _DISPLAY_NAME.finditer(text):
        # "skriv til Jens Hansen <jh@example.dk>": the display name starts after the last lower-case word.
        start = m.start(1)
        for w in _LOWER_WORD.finditer(m.group(1)):
            if w.group(1) not in PARTICLES:
                start = m.start(1) + w.end()
        zones.append((start, m.end(1), Context("Navn i e-mailhoved før e-mailadressen", PAIR)))
    zones.sort(key=lambda z: z[0])
    return anchored, zones


def context_before(text: str, pos: int) -> Context | None:
    """The context word or label right before a name that starts at `pos`, if any."""
    ws = max(0, pos - 80)
    window = text[ws:pos]
    if not window:
        return None
    m = _LABEL_BEFORE.search(window, _label_search_start(window))
    if m:
        sep = m.group(0)[len(m.group(1)) :]
        # "Navn: Jens", "Navn<TAB>Jens"; a label without a colon must begin its line ("Navn\nJens").
        if ":" in sep or "\t" in sep or at_line_start(text, ws + m.start()):
            return Context(f"Navn efter «{m.group(1).capitalize()}{':' if ':' in sep else ''}»", STRONG)
    if not window.endswith(_SPACE_ENDINGS):
        return None  # the title and the word patterns below end in a space or a tab
    m = _TITLE_BEFORE.search(window)
    if m:
        return Context(f"Navn efter «{m.group(1)}»", STRONG)
    m = _WORD_BEFORE.search(window)
    if not m:
        return None
    word = m.group(1)
    key = word.rstrip(".").casefold()
    if key in _SALUTATIONS:
        return Context(f"Navn efter «{word.capitalize()}»", STRONG)
    if key in _HONORIFIC_WORDS:
        return Context(f"Navn efter «{word}»", STRONG)
    if key in _RELATION_WORDS:
        return Context(f"Navn efter «{key}»", STRONG)
    if key in _CALLED_WORDS or (key in ("navn", "navnet") and window[: m.start()].rstrip().endswith((" ved", " med"))):
        return Context(f"Navn efter «{key}»", STRONG)
    if key in _LINE_START_WORDS and at_line_start(text, ws + m.start()):
        return Context(f"Navn efter «{word}»", MEDIUM)
    return None


# What may follow a label (`_LABEL_BEFORE`): every label ends in a letter and holds none of these.
_AFTER_LABEL = " \t.:\n"
_LONGEST_LABEL = max(len(label) for label in _LABELS.split("|"))
# How a window ends for `_TITLE_BEFORE` and `_WORD_BEFORE` to match: "[ \t]+$", where "$" also
# matches before a final line break.
_SPACE_ENDINGS = (" ", "\t", " \n", "\t\n")


def _label_search_start(window: str) -> int:
    """Where in `window` a label `_LABEL_BEFORE` matches may start at the earliest.

    A label is followed by nothing but the characters of `_AFTER_LABEL` up to the window's end, and
    ends in a letter, which is none of them: it ends where those characters at the end begin. The
    pattern is searched from there back by the longest label, not from every position of the
    window (most of the name rules' time); the leftmost match is the same.
    """
    return max(0, len(window.rstrip(_AFTER_LABEL)) - _LONGEST_LABEL)


def at_line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"
