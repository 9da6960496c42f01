"""Who is a private person: names need evidence, and names next to an office are not private.

This refiner runs after every detector on a page, with the page in view (`core.detector.Refiner`):

1. *Evidence.* A PERSON finding is trimmed of ordinary words at its ends ("Påstande Appellanten",
   "Museumsdirektør Birgitte Holm": the title goes, and says the person acts in office), and dropped
   when what is left is one ordinary word or compound of the language (`detect.evidence`), a party
   abbreviation in brackets, or a short word before an abbreviation dot ("Kbh.", "jf."). A word at
   the end stays when an e-mail address on the page is made of it and another word of the name
   ("Lise Opdigtet" beside lise.opdigtet@…), or the name fills the rest of its line after a
   salutation or a form label ("Kære Lise Opdigtet"): a surname that is also an ordinary word; and
   a first word right after such a context when the rest is a listed name ("Kære Olfert Hansen").
2. *Role.* Every person mention that is left gets a role: PUBLIC when a title of office stands next to
   it ("borgmester Jens Hansen", "Jens Hansen, borgmester", "dommerne A, B og C"), a party letter
   follows it in minutes ("Jens Hansen (A)"), it is listed as a member of a political body
   ("Medlemmer:", "Fraværende:" in a council's minutes), or the line under it in a signature is a
   title; PRIVATE when a bracket says so ("(borger)", "(mor)"); UNKNOWN otherwise. Private and unknown
   persons are proposed; the services show public ones as their own group that is not blacked out.

The words are data per language (resources/roles/roles_<lang>.yaml: Danish, Norwegian bokmål,
Swedish), so an authority can extend them and other languages plug in without code.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from redact import paths
from redact.core.entity import Entity
from redact.core.finding import Finding, Role
from redact.core.language import family
from redact.detect.evidence import LONG_WORD, NameEvidence, name_evidence, wordfreq_language
from redact.detect.name_context import STRONG, context_before

DEFAULT_ROLES_DIR = paths.resources_dir() / "roles"
# How far back a plural title ("dommerne") may stand before the names it introduces.
PLURAL_REACH = 200
# A list heading ("Medlemmer:") reaches this far when its names run on in one paragraph.
LIST_REACH = 3000
# The minutes of a political body say so early: the body and the word for minutes in the first characters.
MINUTES_HEAD = 1500

# The labels of an e-mail's header block in the Nordic languages ("Till:" is also a first name).
_MAIL_LABELS = frozenset(
    "fra til cc bcc dato emne kopi vedhæftet vedlegg från till kopia datum ämne bilagor from to date subject".split()
)
_INITIALS_ONLY = re.compile(r"(?:[A-ZÆØÅÄÖÜ]\.[ ]?){1,3}")
_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class RoleWords:
    """One language's table of titles, party letters and list headings (see roles_da.yaml)."""

    language: str
    titles: frozenset[str]
    title_heads: tuple[str, ...]
    titles_after: frozenset[str]
    plural_titles: frozenset[str]
    party_letters: frozenset[str]
    list_headings: tuple[str, ...]
    bodies: frozenset[str]
    minutes_words: frozenset[str]
    private_markers: frozenset[str]
    reasons: dict[str, str]
    # Words for things given a person's name ("stormen Hans", "orkanen Ivan"): the name after one is the thing's.
    named_things: frozenset[str] = frozenset()

    def is_title(self, word: str) -> bool:
        w = word.lower().strip(".,:;()")
        if w in self.titles:
            return True
        return len(w) > 4 and w.endswith(self.title_heads)

    def reason(self, key: str, **values: str) -> str:
        return self.reasons.get(key, "{title}, nævnt i embede").format(**values)


def _words(raw: Any) -> list[str]:
    return [str(w).strip() for w in (raw or []) if str(w).strip()]


@functools.lru_cache(maxsize=8)
def load_role_words(language: str = "da", roles_dir: Path | None = None) -> RoleWords:
    """The table for `language` (da, no/nb, sv); Danish when there is none for it."""
    folder = roles_dir or DEFAULT_ROLES_DIR
    path = folder / f"roles_{wordfreq_language(language)}.yaml"
    if not path.exists():
        path = folder / "roles_da.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(data.get(key)))

    return RoleWords(
        language=str(data.get("language", language)),
        titles=low("titles"),
        title_heads=tuple(w.lower() for w in _words(data.get("title_heads"))),
        titles_after=low("titles_after"),
        plural_titles=low("plural_titles"),
        party_letters=frozenset(_words(data.get("party_letters"))),
        list_headings=tuple(sorted((w.lower() for w in _words(data.get("list_headings"))), key=len, reverse=True)),
        bodies=low("bodies"),
        minutes_words=low("minutes_words"),
        private_markers=low("private_markers"),
        reasons={str(k): str(v) for k, v in (data.get("reasons") or {}).items()},
        named_things=low("named_things"),
    )


class PersonRoles:
    """Drops PERSON findings without name evidence and gives the others a role (module docstring)."""

    name = "roller"

    def __init__(self, evidence: NameEvidence | None = None, roles_dir: Path | None = None) -> None:
        # One language's name lists per family: a Norwegian surname that is also a rare Norwegian
        # word ("Bråten", "Sæther") has its evidence only on the Norwegian lists. Given evidence
        # serves every language (tests).
        self._given = evidence
        self._roles_dir = roles_dir

    def _for_family(self, language: str) -> NameEvidence:
        return self._given if self._given is not None else name_evidence(family(language))

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del text, language
        return []

    def refine(self, text: str, findings: list[Finding], language: str = "da") -> list[Finding]:
        words = load_role_words(language, self._roles_dir)
        evidence = self._for_family(language)
        minutes = _political_minutes(text, words)
        out: list[Finding] = []
        for f in findings:
            if f.entity is not Entity.PERSON:
                out.append(f)
                continue
            kept = self._with_evidence(text, f, words, language, evidence)
            if kept is None:
                continue
            out.append(kept if kept.role is Role.PUBLIC else self._role(text, kept, words, minutes))
        return out

    # -- evidence ---------------------------------------------------------------------------------

    def _with_evidence(
        self, text: str, f: Finding, words: RoleWords, language: str, evidence: NameEvidence
    ) -> Finding | None:
        if _INITIALS_ONLY.fullmatch(f.text):
            return f  # initials carry no word to judge: the detector that found them had the context
        tokens = [(m.start() + f.start, m.end() + f.start) for m in re.finditer(r"\S+", f.text)]
        title = ""
        while len(tokens) > 1:
            core = text[tokens[0][0] : tokens[0][1]].strip(".,;:()")
            if words.is_title(core):
                title = title or core
            elif not self._trimmable(core, language, evidence):
                break
            elif _opens_a_name(text, tokens, evidence):
                break  # "Kære Olfert Hansen": a rare first name that is also a word, after a salutation
            tokens.pop(0)
        while len(tokens) > 1:
            core = text[tokens[-1][0] : tokens[-1][1]].strip(".,;:()")
            if not words.is_title(core):
                if not self._trimmable(core, language, evidence):
                    break
                if _mailed_with(text, core, [text[a:b] for a, b in tokens[:-1]]):
                    break  # "Lise Opdigtet" beside lise.opdigtet@…: a surname that is also a word
                if _names_the_line(text, tokens, evidence):
                    break  # "Kære Lise Opdigtet" alone on its line: the whole line is her name
            tokens.pop()
        if not tokens:
            return None
        start, end = tokens[0][0], tokens[-1][1]
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end <= start:
            return None
        piece = text[start:end]
        if _word_before(text, start).lower() in words.named_things:
            return None  # "stormen Hans": a storm named like a person, not a person
        if _mail_label(text, start, end):
            return None  # "Till:" heading an e-mail's header line, not the first name Till
        trimmed_away = (start, end) != (f.start, f.end)
        if " " not in piece:
            if not self._single_is_name(text, start, end, words, evidence):
                return None
            if trimmed_away and not title and not evidence.known_name(piece):
                return None  # "Skovby Linedance", "Nordhavn Petanque": an association's name, not a person
        if not any(c.islower() for c in piece) and not any(
            evidence.known_name(w.strip(".,").capitalize()) for w in piece.split()
        ):
            return None  # capitals without a known name: an abbreviation or a heading ("V.L. FOA")
        trimmed = replace(f, start=start, end=end, text=piece) if (start, end) != (f.start, f.end) else f
        if title:
            reason = words.reason("title", title=title[0].upper() + title[1:].lower())
            return replace(trimmed, role=Role.PUBLIC, reason=reason)
        return trimmed

    def _trimmable(self, word: str, language: str, evidence: NameEvidence) -> bool:
        """An ordinary word at the edge of a multi-word name; short ones may be surnames ("Vik", "Dal")."""
        return len(word) >= LONG_WORD and evidence.ordinary(word, language)

    def _single_is_name(self, text: str, start: int, end: int, words: RoleWords, evidence: NameEvidence) -> bool:
        word = text[start:end]
        before, after = text[max(0, start - 1) : start], text[end : end + 2]
        if before == "(" and after[:1] == ")" and word in words.party_letters:
            return False  # "Jens Hansen (Ap)": a party, not a name
        if after[:1] == "." and not evidence.known_name(word):
            nxt = text[end + 1 : end + 3].lstrip()
            if (len(word) <= 4 and (not nxt or not nxt[0].isupper())) or (nxt[:1].isdigit() or nxt[:1].islower()):
                return False  # an abbreviation: "Kbh.", "Bem. ", "Ankenr. 12", "Vedr. "
        low = word.lower()
        if low in text and not evidence.known_name(word) and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text):
            return False  # the same word in lower case on the page: an ordinary word starting a sentence
        return not evidence.ordinary(word, words.language)

    # -- role -------------------------------------------------------------------------------------

    def _role(self, text: str, f: Finding, words: RoleWords, minutes: bool) -> Finding:
        after = text[f.end : f.end + 80]
        bracket = re.match(r"[ \t]*\(([^()\n]{1,40})\)", after)
        if bracket:
            inner = bracket.group(1).strip()
            first = inner.split(",")[0].strip().lower()
            if first in words.private_markers:
                return replace(f, role=Role.PRIVATE)
            if inner in words.party_letters:
                return _public(f, words.reason("party", party=inner))
            if words.is_title(first):
                return _public(f, words.reason("title", title=_cap(first)))
        title = _title_before(text, f.start, words)
        if title:
            return _public(f, words.reason("title", title=_cap(title)))
        m = re.match(r"[ \t]*(?:,|–|-|—)[ \t]*([^\W\d_]+)", after)
        if m and m.group(1).lower() in words.titles_after:
            return _public(f, words.reason("title", title=_cap(m.group(1))))
        plural = _plural_before(text, f.start, words)
        if plural:
            return _public(f, words.reason("title", title=_cap(plural)))
        if minutes:
            heading = _list_heading_before(text, f.start, words)
            if heading:
                return _public(f, words.reason("list", heading=_cap(heading)))
        title = _title_below(text, f.end, words)
        if title:
            return _public(f, words.reason("signature", title=title.lower()))
        return f


def _mail_label(text: str, start: int, end: int) -> bool:
    """The word at the start of a line, right before a colon, is a label of an e-mail header."""
    if text[end : end + 1] != ":" or text[start:end].casefold() not in _MAIL_LABELS:
        return False
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t>")


_MAIL_LOCAL = re.compile(r"([^\W_][\w.+-]*)@[^\W_][\w-]*(?:\.[\w-]+)+")
_LOCAL_PARTS = re.compile(r"[._+-]|\d+")


def _mailed_with(text: str, word: str, others: list[str]) -> bool:
    """Whether an e-mail address on the page is made of `word` and another word of the name:
    "lise.opdigtet@", "opdigtet_lise@" or "liseopdigtet@" say that "Opdigtet" after "Lise" is her
    surname, although it is also an ordinary word."""
    if "@" not in text:
        return False
    low = word.lower()
    names = {w.strip(".,;:()").lower() for other in others for w in other.split()} - {""}
    for m in _MAIL_LOCAL.finditer(text):
        local = m.group(1).lower()
        parts = [p for p in _LOCAL_PARTS.split(local) if p]
        if low in parts and names & set(parts):
            return True
        joined = "".join(parts)
        if any(joined in (n + low, low + n) for n in names):
            return True
    return False


def _opens_a_name(text: str, tokens: list[tuple[int, int]], evidence: NameEvidence) -> bool:
    """Whether the first word stands right after a strong name context (a salutation, a form
    label, an honorific) and the rest of the name holds a name on the lists: then that word opens
    the name ("Kære Olfert Hansen", "Navn: Bitten Kjær"), although it is also an ordinary word."""
    return any(evidence.known_name(text[a:b]) for a, b in tokens[1:]) and _strong_context_before(text, tokens[0][0])


def _names_the_line(text: str, tokens: list[tuple[int, int]], evidence: NameEvidence) -> bool:
    """Whether the name fills the rest of its line after a strong name context (a salutation, a
    form label, an honorific: "Kære", "Navn:", "Hr.") and begins with a first name on the lists:
    what follows the first name there is the rest of the name, not a word of a sentence."""
    start, end = tokens[0][0], tokens[-1][1]
    eol = text.find("\n", end)
    if text[end : eol if eol >= 0 else len(text)].strip(" \t,.!:;"):
        return False
    return evidence.known_name(text[start : tokens[0][1]]) and _strong_context_before(text, start)


def _strong_context_before(text: str, start: int) -> bool:
    """A salutation, a form label or an honorific right before `start` (name_context's STRONG)."""
    ctx = context_before(text, start)
    return ctx is not None and ctx.strength >= STRONG


def _word_before(text: str, start: int) -> str:
    """The word right before `start` on the same line, with only spaces between ("" if none)."""
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _public(f: Finding, reason: str) -> Finding:
    return replace(f, role=Role.PUBLIC, reason=reason)


def _political_minutes(text: str, words: RoleWords) -> bool:
    head = {w.lower() for w in _WORD.findall(text[:MINUTES_HEAD])}
    return bool(head & words.bodies) and bool(head & words.minutes_words)


# No full stop after the title: "…, sagsbehandler.\nOda Mathiesen oplyste" ends one sentence and
# starts the next; the name is not the case handler's (the title lists hold no abbreviations).
_TITLE_BEFORE = re.compile(r"([^\W\d_]+(?:[-‐][^\W\d_]+)*)[ \t]*[,:]?[ \t]*$")


def _title_before(text: str, start: int, words: RoleWords) -> str:
    """The title right before the name ("borgmester Jens", "advokat, Jens"); a line may break between."""
    window = text[max(0, start - 60) : start]
    window = re.split(r"\n[ \t]*\n", window)[-1].replace("\n", " ")
    m = _TITLE_BEFORE.search(window)
    if m and words.is_title(m.group(1)):
        return m.group(1)
    return ""


_LIST_GAP = re.compile(
    r"^(?:[ \t]*(?:,|og|samt|and|och|\([^()\n]{1,12}\))?[ \t]*(?:[A-ZÆØÅÄÖ][\w.'’-]*[ \t]*)+)*"
    r"[,\s]*(?:og|samt|och)?[ \t]*$"
)


def _plural_before(text: str, start: int, words: RoleWords) -> str:
    """ "dommerne A, B og C": a plural title earlier in the clause, with only names between."""
    window = text[max(0, start - PLURAL_REACH) : start]
    low = window.lower()  # a plural title among the words is one in the lower-cased window too
    if not any(title in low for title in words.plural_titles):
        return ""
    for m in reversed(list(_WORD.finditer(window))):
        w = m.group().lower()
        if w in words.plural_titles:
            between = window[m.end() :].lstrip(" \t:")
            if _LIST_GAP.match(between):
                return m.group()
            return ""
    return ""


def _list_heading_before(text: str, start: int, words: RoleWords) -> str:
    """The heading of the participant list the name stands in ("Medlemmer: A, B, C"), if any."""
    para = re.split(r"\n[ \t]*\n", text[max(0, start - LIST_REACH) : start])[-1]
    low = para.lower()
    best, best_end = "", -1
    for heading in words.list_headings:
        for m in re.finditer(rf"(?<![\w]){re.escape(heading)}[ \t]*:", low):
            if m.end() > best_end:
                best, best_end = heading, m.end()
    if best_end < 0 or not _only_names(para[best_end:], words):
        return ""  # no heading, or a sentence in between: the list has ended
    return best


_JOINERS = frozenset("og samt and och eller".split())


def _only_names(between: str, words: RoleWords) -> bool:
    """Only names, initials, commas, brackets, titles and "og" between a list heading and a name."""
    between = re.sub(r"\([^()\n]{1,40}\)", " ", between)
    if re.search(r"(?<![A-ZÆØÅÄÖ])[.!?](?:\s|$)", between):
        return False  # a sentence ends in between (an initial such as "S." does not)
    for w in _WORD.findall(between):
        if w[0].isupper() or w.lower() in _JOINERS or words.is_title(w):
            continue
        return False
    return True


def _title_below(text: str, end: int, words: RoleWords) -> str:
    """A signature: the name ends its line, and the next line is a title of office ("Borgmester")."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t,"):
        return ""
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip()
    first = nxt.split(" ")[0].strip(",.") if nxt else ""
    if first and len(nxt.split()) <= 5 and first.lower() in words.titles_after:
        return first
    return ""
