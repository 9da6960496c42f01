"""Other identifiers of a person, recognised by the label in front of them.

A patient number, payroll number, passport number or customer number has no shape of its own; it
is the word before it ("Pasnr.:", "kundenummer", "Medarbejder-id") that says what it is. The value
is the token right after that label (on the same line, or on the next line as in a table cell):
4-20 letters, digits and dashes, with at least one digit ("AB123456", "4711-22", "12 34 56 78").

Municipal case numbers ("sagsnr. 24/18734", "j.nr. 27.12.04-G01-1-23") identify a case, not a
person, and are left alone, unless a case number embeds a CPR number ("120384-1234-SAG01"); that
is found anywhere in the text. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from redact.core.entity import Entity
from redact.core.finding import Finding, resolve_overlaps
from redact.detect.recognizers import cpr_century

SCORE_STRONG = 0.8  # passport, driving licence, patient number: the label leaves no doubt
SCORE_CONTEXT = 0.75
SCORE_JOURNAL = 0.4  # a bare "journalnr." is mostly the authority's own case reference: below the threshold
SCORE_EMBEDDED_CPR = 0.85

MIN_LEN, MAX_LEN = 4, 20


@dataclass(frozen=True, slots=True)
class IdKind:
    label: str  # Danish, starts the reason
    score: float
    bases: tuple[str, ...]  # regex fragments of the label word, before "nr."/"nummer"/"id"
    standalone: tuple[str, ...] = ()  # labels that need no "nr."/"nummer"/"id" after them
    note: str = ""  # appended to the reason
    case_series_possible: bool = False  # "2023-012345" after this label is the authority's own case number


KINDS: tuple[IdKind, ...] = (
    IdKind(
        "Patientnummer",
        SCORE_STRONG,
        ("patient", "pasient", "patientjournal", "pasientjournal", "cpr-journal"),
    ),
    IdKind(
        "Journalnummer",
        SCORE_JOURNAL,
        ("journal",),
        note="; kontrollér, at det ikke er myndighedens eget journalnummer",
        case_series_possible=True,
    ),
    IdKind(
        "Medarbejder- eller lønnummer",
        SCORE_CONTEXT,
        ("medarbejder", "løn", "personale", "ansat", "ansættelses", "ansatt", "anställnings", "tjeneste"),
    ),
    IdKind(
        "Elev- eller studienummer",
        SCORE_CONTEXT,
        ("elev", "studie", "studerende", "student"),
        standalone=(r"uni-?login",),
    ),
    IdKind("Pasnummer", SCORE_STRONG, ("pas", "pass", "passport")),
    IdKind("Kørekortnummer", SCORE_STRONG, ("kørekort", "kørekorts", "førerkort", "körkorts", "körkort")),
    IdKind("Medlemsnummer", SCORE_CONTEXT, ("medlem", "medlems", "medlemskort", "medlemskorts")),
    IdKind("Kundenummer", SCORE_CONTEXT, ("kunde", "kund", "forbruger", "aftager", "abonnent", "abonnements")),
    IdKind("Police- eller skadenummer", SCORE_CONTEXT, ("police", "forsikrings", "skade", "skades")),
    IdKind(
        "Id-nummer",
        SCORE_STRONG,
        (
            "id-kort",
            "idkort",
            "id",
            "legitimations",
            "opholdskort",
            "opholdstilladelses",
            "sygesikrings",
            "sygesikringsbevis",
            "sundhedskort",
            "udlændinge",
            "social security",
            "d-",
        ),
        standalone=("ssn",),
    ),
    IdKind("Lejer- eller lejemålsnummer", SCORE_CONTEXT, ("lejer", "lejemål", "lejemåls")),
    IdKind(
        "Debitor-, klient- eller borgernummer",
        SCORE_CONTEXT,
        (
            "debitor",
            "debitors",
            "skyldner",
            "klient",
            "klients",
            "borger",
            "borgers",
            "bruger",
            "brugers",
            "beboer",
            "beboers",
            "indsatte",
            "indsattes",
            "pårørende",
            "bidragsyder",
            "bidragsmodtager",
        ),
    ),
)

_SUFFIX = r"(?:nummer(?:et)?|numre|nr\.?|no\.|id(?![^\W\d_]))"
_NAMED = {f"k{i}": kind for i, kind in enumerate(KINDS)}


def _label_pattern() -> str:
    groups = []
    for name, kind in _NAMED.items():
        bases = "|".join(sorted(kind.bases, key=len, reverse=True))
        alts = [rf"(?:{bases})[ \t]*-?[ \t]*{_SUFFIX}"]
        alts += [rf"(?:{s})(?:[ \t]*-?[ \t]*{_SUFFIX})?" for s in kind.standalone]
        groups.append(rf"(?P<{name}>{'|'.join(alts)})")
    return "|".join(groups)


# The label, then ":" or "#" (or nothing), then the value on the same line or the next one.
_LABEL_RE = re.compile(
    rf"(?<![^\W_])(?<![.-])(?:{_label_pattern()})"
    r"(?P<sep>[ \t]*[:#|]?[ \t]*(?:\r?\n[ \t]*)?(?:(?:er|var|lyder på|is|är)[ \t]+)?)"
    r"(?P<value>[^\s,;()\[\]{}<>«»\"']+(?:[ \t]\d{2,6}(?![^\W_]))*)",
    re.IGNORECASE,
)
_VALUE_RE = re.compile(r"[0-9A-Za-zÆØÅæøåÄÖÜäöü]+(?:-[0-9A-Za-zÆØÅæøåÄÖÜäöü]+)*")
_TRAILING = ".:-–/"

# Shapes that are not a personal identifier even after a label.
_DATE_RE = re.compile(r"\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})")
_CASE_YEAR_RE = re.compile(r"(?:19|20)?\d{2}-\d{3,}")  # "2023-012345", "24-001234": a case series
_PLAIN_CPR_RE = re.compile(r"(\d{6})-?(\d{4})")

# A CPR number inside a longer token: "120384-1234-SAG01", "SAG-1203841234".
_TOKEN_RE = re.compile(r"(?<![\w/.-])[\w/.-]*\d{6}-?\d{4}[\w/.-]*")
_EMBEDDED_RE = re.compile(r"(?<!\d)(\d{6})-?(\d{4})(?!\d)")
_BANK_RE = re.compile(r"\d{4}-\d{6,10}")
_CASE_LABEL_RE = re.compile(r"(?i)(?:sags?|j|journal|ref|reference)[ .-]*(?:nr|nummer|id)?[.:\s]*$")


def is_cpr_like(six: str, four: str) -> bool:
    """Six digits that are a real date in CPR order (ddmmyy) and a four-digit serial."""
    dd, mm, yy = int(six[0:2]), int(six[2:4]), int(six[4:6])
    try:
        date(cpr_century(yy, int(four[0])) + yy, mm, dd)
    except ValueError:
        return False
    return True


class ContextIdDetector:
    """Identifiers announced by a label word, and case numbers that embed a CPR number."""

    name = "ContextIdDetector"

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language  # the labels cover Danish, Norwegian and Swedish spellings
        found = [f for m in _LABEL_RE.finditer(text) if (f := self._labelled(m)) is not None]
        found += self._embedded_cpr(text)
        return resolve_overlaps(found)

    def _labelled(self, m: re.Match[str]) -> Finding | None:
        name = next(k for k in _NAMED if m.group(k) is not None)
        kind = _NAMED[name]
        value = _clean_value(m.group("value"))
        if value is None:
            return None
        compact = value.replace(" ", "").replace("\t", "")
        if _DATE_RE.fullmatch(compact):
            return None
        cpr = _PLAIN_CPR_RE.fullmatch(compact)
        if cpr and is_cpr_like(cpr.group(1), cpr.group(2)):
            return None  # a CPR number: the CPR recognizer proposes it with the better reason
        if kind.case_series_possible and _CASE_YEAR_RE.fullmatch(compact):
            return None
        start = m.start("value")
        end = start + len(value)
        label = " ".join(m.group(name).split())
        reason = f"{kind.label} efter kontekstordet «{label}»{kind.note}"
        return Finding(Entity.IDNUM, start, end, value, kind.score, self.name, reason)

    def _embedded_cpr(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for m in _TOKEN_RE.finditer(text):
            token = m.group().rstrip(_TRAILING)
            if not token or _BANK_RE.fullmatch(token):
                continue
            cpr = next((c for c in _EMBEDDED_RE.finditer(token) if is_cpr_like(c.group(1), c.group(2))), None)
            if cpr is None or cpr.group() == token:
                continue  # a bare CPR number is the CPR recognizer's
            start = m.start()
            before = text[max(0, start - 20) : start]
            what = "Sagsnummer" if _CASE_LABEL_RE.search(before) else "Nummer"
            reason = f"{what} med et indlejret CPR-nummer (gyldig fødselsdato)"
            out.append(Finding(Entity.IDNUM, start, start + len(token), token, SCORE_EMBEDDED_CPR, self.name, reason))
        return out


def _clean_value(raw: str) -> str | None:
    """The identifier at the start of raw, or None if it is not one (no digit, too short or long,
    or a case number, date or amount with "/" or ".")."""
    parts = raw.split()
    if len(parts) > 1 and all(p.isdigit() for p in parts):
        value = raw  # grouped digits: "12 34 56 78"
    else:
        value = parts[0].rstrip(_TRAILING)
        if not _VALUE_RE.fullmatch(value):
            return None
    compact = "".join(value.split())
    if not (MIN_LEN <= len(compact) <= MAX_LEN) or not any(c.isdigit() for c in compact):
        return None
    return value
