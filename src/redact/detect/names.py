"""Person names from name lists and context rules: the complement of the NER model.

The NER model generalises from context; this detector knows names. It reads the lists that
training/build_name_lists.py writes to resources/names/ (Danmarks Statistik first names and surnames,
minority names, names that are also ordinary words, places, frequent lower-case words) and proposes:

* full names: a known first name followed by up to four capitalised words ("Anne Marie Holm-Jensen",
  "Ahmed al-Hassan"), initials before a known surname ("J.P. Hansen"), surname-first orders
  ("Nguyen Thi Lan");
* names in context: after a salutation («Kære», «Hej»), a form label («Navn:», «Borger:»), an honorific
  («Hr.», «Fru»), a family word («søn», «mor»), a title («Sagsbehandler»), in e-mail headers («Fra:»,
  the display name before <address>), in participant lists («Deltagere:») and signatures («Med venlig
  hilsen»). There, unknown capitalised words and names that are ordinary words ("Skov", "Storm") count;
* a first name or a surname standing alone, with a lower score; names that are ordinary words only in
  context.

Organisations ("Aarhus Kommune", "Jens Baggesens Vej", "Fyns Jord & Beton A/S"), places, months,
weekdays and titles are not proposed. Genitives are proposed whole ("Hansens"). Names inside e-mail
addresses are left to the e-mail recognizer. The word classes and lists live in `name_words`, the
contexts (labels, salutations, headers, signatures) in `name_context`; the lists come from the language
family's shared `NameEvidence` (detect/evidence), read once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.detect.evidence import NameEvidence, name_evidence
from redact.detect.name_context import PAIR, STRONG, Context, context_before, contexts
from redact.detect.name_words import (
    COMMON,
    COMPANY_AFTER,
    DEFAULT_DATA_DIR,
    FIRST,
    FIRST_ANY,
    FREQ_FIRST,
    GENITIVE,
    HONORIFICS,
    MAINLY_SUR,
    MFIRST,
    MONTH,
    MONTHS,
    MSUR,
    NAME_ANY,
    NAMED_ORG,
    NAMED_ORG_WORDS,
    NOT_NAME,
    ORG,
    ORG_WORDS,
    PARTICLES,
    PLACE,
    RELATIONS,
    ROMAN,
    ROYAL,
    ROYAL_WORDS,
    STOP,
    SUR,
    SUR_ANY,
    TITLE,
    TITLE_WORDS,
    VOCAB,
    WEEKDAYS,
    suffix_flags,
)

# Token shapes.
CAP = 1  # "Hansen", "McDonald", "Holm-Jensen", "al-Hassan"
UPPER = 2  # "HANSEN"
INITIAL = 3  # "J.", "J.P.", "H. C."
PARTICLE = 4  # "von", "de", "bin"


_UC = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŲŸŹŻŽ"
_TOKEN = re.compile(
    rf"(?P<ini>(?<![^\W_])[{_UC}]\.(?:[ ]?-?[{_UC}]\.){{0,3}})(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?)"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_EMAIL_LEFT = re.compile(r"[\w.+%-]+$")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_LOWER_TAIL = re.compile(r"-[a-zæøåäöüé]")
_GAP = re.compile(r"[ \u00a0]{1,2}")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}I{0,3}|XI?V|XIX)$")
_SENTENCE_END = frozenset('.!?:;•·▪*»«"“”„(–-')
_LOWER_PREFIX = re.compile(r"^(?:al|el|ul|ad|ash|as|at|ar|an|az|ibn|bin|abu|abd|ben|bint|de|di|da|d|o|mc|van)-?['’]?$")

_AMP_BEFORE = re.compile(r"&[ \t]*$")
_POSTCODE_BEFORE = re.compile(r"(?<![\d.,-])\d{4}[ \t]+$")

# Norwegian and Swedish write the authority's word in lower case after the place ("Frøya kommune",
# "Kiruna kommun", "Nordland fylke"): the place is no person even when it is also a first name.
_AUTHORITY_AFTER = frozenset(
    "kommune kommunes kommunen fylke fylkes fylkeskommune fylkeskommunes bydel kommun kommuns län läns "
    # an institution named by its place or founder, its kind in lower case ("Solbakken sykehjem",
    # "Lade barnehage", "Nordvik skule", "Ekeby förskola")
    "sykehjem sjukeheim omsorgssenter barnehage barnehagen skole skolen skule skulen ungdomsskole ungdomsskule "
    "legekontor legesenter helsestasjon helsestasjonen sykehus sjukehus kirke kyrkje menighet sokn bibliotek "
    "idrettslag förskola förskolan skola skolan äldreboende vårdcentral vårdcentralen kyrka församling".split()
)
# A company form after the name: "Byggmester Hansen AS", "Fiktiv Holding ASA", "Bergström AB".
_COMPANY_FORMS = frozenset("AS ASA ANS DA SA BA AB HB KB".split())
_WORD_AFTER_BREAK = re.compile(r"[ \t]*\r?\n?[ \t]*([^\W\d_]+)")
# "på Frøya", "i Halden": a lone first name that is also a place, after a preposition of place.
_PLACE_PREPOSITION = re.compile(r"(?<![^\W\d_])(?:[Ii]|[Pp]å)[ \t]+$")
# A dateline: "Frøya, 12. februar", "Vega / Bodø 3.4.2024": the place a letter was written.
_DATELINE_AFTER = re.compile(r"(?:[ \t]*/[ \t]*[^\W\d_]+)?[ \t]*,?[ \t]*(?:den[ \t]+)?\d{1,2}\.")
_CHAIN = re.compile(r"[ \t]+(?:og|samt|eller)[ \t]+|[ \t]*/[ \t]*")
_DATE_BEFORE = re.compile(r"\d{1,2}\.?[ \t]*$")
_DATE_AFTER = re.compile(r"\.?[ \t]*(?:\d{2,4}\b)")


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    shape: int
    flags: int


class NameRuleDetector:
    """Rule and gazetteer person-name detector (see the module docstring)."""

    name = "names"

    def __init__(self, data_dir: Path | None = None, evidence: NameEvidence | None = None) -> None:
        """`evidence`: a language family's lists, shared (`name_evidence`); `data_dir`: lists of one's
        own, read from that folder; neither: the Danish lists."""
        directory = data_dir if data_dir is not None else DEFAULT_DATA_DIR
        if evidence is None:
            evidence = NameEvidence(data_dir) if data_dir is not None else name_evidence("da")
        flags: dict[str, int] = {}

        def add(words: Iterable[str], flag: int) -> None:
            for word in words:
                key = word.casefold()
                flags[key] = flags.get(key, 0) | flag

        first_names = evidence.first_names
        surnames = evidence.surnames
        add(first_names, FIRST)
        add(evidence.minority_first_names, MFIRST)
        add(surnames, SUR)
        # Both lists are sorted by frequency: a name further up the surname list is mainly a surname.
        first_rank = {n.casefold(): i for i, n in enumerate(first_names)}
        for i, name in enumerate(surnames):
            if first_rank.get(name.casefold(), i) > i:
                flags[name.casefold()] |= MAINLY_SUR
        add(evidence.minority_surnames, MSUR)
        for line in evidence.common_words:
            word, _, mark = line.partition("\t")
            add([word], COMMON | (FREQ_FIRST if mark.strip() == "fornavn" else 0))
        places = evidence.places
        add(places, PLACE)
        # Multi-word places ("Vester Skerninge", "Ruds Vedby"): the words are names on their own.
        self._multi_places: dict[str, list[tuple[str, ...]]] = {}
        for place in places:
            words = tuple(w.casefold() for w in place.split())
            if len(words) > 1:
                self._multi_places.setdefault(words[0], []).append(words[1:])
        add(evidence.vocabulary, VOCAB)
        add(sorted(TITLE_WORDS), TITLE)
        add(sorted(ORG_WORDS), ORG)
        add(sorted(NAMED_ORG_WORDS), NAMED_ORG)
        add(sorted(MONTHS), MONTH)
        add(sorted(WEEKDAYS), STOP)
        add(sorted(ROYAL_WORDS), ROYAL)
        # "Moren Birthe", "Hej Mor": a family word or an honorific is context, not a name ("Mor" is also
        # a rare surname).
        for word in RELATIONS.split():
            flags[word] = VOCAB
        for word in HONORIFICS:
            flags[word] = STOP
        if not any(f & NAME_ANY for f in flags.values()):
            raise FileNotFoundError(f"no name lists in {directory} (run training/build_name_lists.py)")
        self._flags = flags
        self._cache: dict[str, int] = {}

    # -- tokens ---------------------------------------------------------------------------------

    def _word_flags(self, word: str) -> int:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if len(self._cache) > 200_000:
            self._cache.clear()
        f = self._lookup(word.casefold().rstrip("'’"), word.endswith(("'", "’")))
        self._cache[word] = f
        return f

    def _lookup(self, key: str, apostrophe: bool) -> int:
        table = self._flags
        f = table.get(key, 0)
        if f & NAME_ANY:
            if apostrophe and key.endswith(("s", "x", "z")):
                f |= GENITIVE  # "Jens'"
            # A name is not a title or an organisation word ("Bank", "Præst"); it stays a possible street
            # word ("Gade", "Have"), a month ("Maj") or a royal title ("Greve"): the run decides.
            return f & ~(VOCAB | TITLE | ORG)
        if f & NOT_NAME or f & (PLACE | MONTH):
            return f | suffix_flags(key)
        # Genitive: "Hansens", "Birgittes", "Hansen's"; "Kommunens" is still an organisation word.
        base = ""
        if key.endswith(("'s", "’s")):
            base = key[:-2]
        elif key.endswith("s") and len(key) > 3:
            base = key[:-1]
        if base:
            bf = table.get(base, 0)
            if bf & NAME_ANY:
                return (bf & ~(VOCAB | TITLE | ORG | NAMED_ORG)) | GENITIVE
            if bf & (NOT_NAME | PLACE):
                return bf & (NOT_NAME | PLACE)
        if "-" in key:
            return self._hyphenated(key)
        return suffix_flags(key)

    def _hyphenated(self, key: str) -> int:
        """'Holm-Jensen', 'Anne-Marie', 'al-Hassan', 'Ringkøbing-Skjern'."""
        parts = [p for p in key.split("-") if p]
        if not parts:
            return 0
        part_flags = [self._lookup(p, False) for p in parts]
        if any(pf & (ORG | NAMED_ORG) for pf in part_flags):
            return part_flags[-1] & (ORG | NAMED_ORG) or ORG
        if all(pf & PLACE for pf in part_flags) or any(pf & PLACE and not pf & NAME_ANY for pf in part_flags):
            return PLACE  # "Lyngby-Taarbæk", "Ringkøbing-Skjern"
        named = [pf for p, pf in zip(parts, part_flags, strict=True) if pf & NAME_ANY and not pf & COMMON]
        if not named:
            # "al-Hassan" with an unknown root is an unknown name word; "selv-stændig" is not a name
            if all(pf & (VOCAB | STOP) for pf in part_flags) and not _LOWER_PREFIX.match(parts[0]):
                return VOCAB
            return 0
        if all(pf & FIRST_ANY for pf in part_flags):
            return FIRST if any(pf & FIRST for pf in part_flags) else MFIRST
        last = part_flags[-1]
        return (last & SUR_ANY) or SUR

    def _tokens(self, text: str) -> list[_Tok]:
        blocked = _email_and_url_spans(text)
        starts = [b[0] for b in blocked]
        toks: list[_Tok] = []
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if blocked:
                i = bisect.bisect_right(starts, s) - 1
                if i >= 0 and blocked[i][1] > s:
                    continue
            word = m.group()
            if m.lastgroup == "ini":
                toks.append(_Tok(s, e, word, INITIAL, 0))
                continue
            if word[-1] in "'’" and not word[:-1].endswith(("s", "x", "z", "S", "X", "Z")):
                word = word[:-1]  # a closing quote, not a genitive apostrophe
                e -= 1
            first = word[0]
            if first.isupper():
                if len(word) == 1 or _LOWER_TAIL.search(word) or _digit_next(text, s, e):
                    toks.append(_Tok(s, e, word, 0, 0))  # "Texas-senatoren", "Maya-indianerne": not a name
                    continue
                if word.isupper():
                    if _ROMAN.match(word):
                        toks.append(_Tok(s, e, word, UPPER, ROMAN))
                        continue
                    flags = self._word_flags(word)
                    toks.append(_Tok(s, e, word, UPPER, flags))
                else:
                    toks.append(_Tok(s, e, word, CAP, self._word_flags(word)))
            elif word in PARTICLES:
                toks.append(_Tok(s, e, word, PARTICLE, 0))
            elif "-" in word and _LOWER_PREFIX.match(word.split("-", 1)[0]) and word.split("-", 1)[1][:1].isupper():
                toks.append(_Tok(s, e, word, CAP, self._word_flags(word)))  # "al-Hassan", "el-Sayed"
            else:
                toks.append(_Tok(s, e, word, 0, 0))
        return toks

    # -- detection ------------------------------------------------------------------------------

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language  # the lists hold the names of people living in Denmark, whatever the language
        if not text or not any(c.isupper() for c in text):
            return []
        anchored, zones = contexts(text)
        scan = _Scan(text, anchored, zones, self._multi_places)
        run: list[_Tok] = []
        for tok in self._tokens(text):
            if not tok.shape:
                if run:
                    scan.run(run)
                    run = []
                continue
            if run and not _GAP.fullmatch(text, run[-1].end, tok.start):
                scan.run(run)
                run = []
            run.append(tok)
        if run:
            scan.run(run)
        return _without_overlaps(scan.found)


class _Scan:
    """One pass over a text: decides which runs of capitalised words are names."""

    def __init__(
        self,
        text: str,
        anchored: dict[int, Context],
        zones: list[tuple[int, int, Context]],
        multi_places: dict[str, list[tuple[str, ...]]],
    ) -> None:
        self.text = text
        self.multi_places = multi_places
        self.anchored = anchored
        self.zones = zones
        self.zone_starts = [z[0] for z in zones]
        self.found: list[Finding] = []

    def zone_at(self, pos: int) -> Context | None:
        i = bisect.bisect_right(self.zone_starts, pos) - 1
        best: Context | None = None
        for j in range(i, max(-1, i - 8), -1):  # zones may nest: a display name inside a header line
            s, e, ctx = self.zones[j]
            if s <= pos < e and (best is None or ctx.strength > best.strength):
                best = ctx
        return best

    def run(self, run: list[_Tok]) -> None:
        """Find the names in one run of capitalised words separated by single spaces."""
        text = self.text
        while run and run[-1].shape == PARTICLE:
            run = run[:-1]
        while run and run[0].shape == PARTICLE:
            run = run[1:]
        if not run:
            return
        if run[0].flags & PLACE and _POSTCODE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
            return  # "8225 Flemming": a town after its postcode, not the first name
        run = self.mark_places(run)
        # A company or a street or institution named after a person: nothing in the run is proposed.
        if COMPANY_AFTER.match(text, run[-1].end) or _AMP_BEFORE.search(text, max(0, run[0].start - 3), run[0].start):
            return
        if len(run) > 1 and run[-1].text in _COMPANY_FORMS:
            return  # "Byggmester Hansen AS": a company
        last = run[-1]
        after = _WORD_AFTER_BREAK.match(text, last.end)
        if after and after.group(1).casefold() in _AUTHORITY_AFTER:
            return  # "Frøya kommune" (also wrapped after the place): an authority named by its place
        if any(t.flags & NAMED_ORG and not t.flags & NAME_ANY for t in run):
            return  # "Jens Baggesens Vej", "N. Zahles Skole", "Vestergade"
        if len(run) > 1 and last.flags & NAMED_ORG and run[-2].flags & GENITIVE:
            return  # "Jens Baggesens Gade" ("Gade" is also a surname)
        if last.flags & GENITIVE and _next_word(text, last.end) in NAMED_ORG_WORDS:
            return  # "Jens Baggesens vej"
        # "Mette Hansen Aarhus Kommune": cut before the organisation and the place in front of it.
        for i, t in enumerate(run):
            if t.flags & ORG:
                cut = i
                if cut > 0 and (run[cut - 1].flags & PLACE or not run[cut - 1].flags & NAME_ANY):
                    cut -= 1
                run = run[:cut]
                break
        segment: list[_Tok] = []
        title: _Tok | None = None
        for i, t in enumerate(run):
            if t.flags & ROYAL and i + 1 < len(run):
                # "Kong Frederik", "Sankt Hans", "Dronning Margrethe": not a private person. ("Greve" at
                # the end of a run is a surname.)
                break
            if t.flags & ROMAN or (t.flags & (NOT_NAME | MONTH) and not t.flags & NAME_ANY):
                if segment and not t.flags & ROMAN:  # "Christian IV" is a king
                    self.segment(segment, title)
                segment = []
                title = t if t.flags & TITLE else None
                continue
            if t.flags & PLACE and not t.flags & NAME_ANY:
                if segment:
                    self.segment(segment, title)
                segment = []
                title = None
                continue
            segment.append(t)
        if segment:
            self.segment(segment, title)

    def mark_places(self, run: list[_Tok]) -> list[_Tok]:
        """The words of a multi-word place name in the run become places ("Øster Ulslev")."""
        if len(run) < 2 or not any(t.text.casefold() in self.multi_places for t in run[:-1]):
            return run
        out = list(run)
        for i, t in enumerate(run[:-1]):
            for tail in self.multi_places.get(t.text.casefold(), ()):
                words = tuple(x.text.casefold() for x in run[i + 1 : i + 1 + len(tail)])
                if words == tail:
                    for j in range(i, i + 1 + len(tail)):
                        out[j] = _Tok(run[j].start, run[j].end, run[j].text, run[j].shape, PLACE)
        return out

    def segment(self, seg: list[_Tok], title: _Tok | None) -> None:
        text = self.text
        # Context: anchored at the segment start, a zone around it, or a title right before it.
        ctx = self.anchored.get(seg[0].start) or context_before(text, seg[0].start) or self.zone_at(seg[0].start)
        if ctx is None and title is not None:
            ctx = Context(f"Navn efter titel «{title.text}»", STRONG)
        if ctx is None and _is_prev_royal(text, seg[0].start):
            return
        n = len(seg)
        i = 0
        while i < n:
            t = seg[i]
            span_ctx = ctx if i == 0 else self.anchored.get(t.start)
            if t.shape == INITIAL:
                j = i
                while j < n and seg[j].shape == INITIAL:
                    j += 1
                k = _extend(seg, j, 3)
                if k > j:
                    names = seg[j:k]
                    known_sur = [x for x in names if x.flags & SUR_ANY]
                    if span_ctx is not None and _acceptable(names, span_ctx):
                        self.emit(seg[i:k], 0.85, span_ctx.reason, span_ctx)
                    elif known_sur:
                        # "J.P. Hansen"; "K. Skov": after initials an ordinary word is a surname too
                        score = 0.7 if all(x.flags & COMMON for x in known_sur) else 0.8
                        self.emit(seg[i:k], score, "Forbogstav efterfulgt af efternavn fra navneliste", None)
                i = max(k, i + 1)
                continue
            if t.flags & FIRST_ANY and t.shape in (CAP, UPPER):
                k = _extend(seg, i + 1, 4, upper_ok=t.shape == UPPER)
                start = i
                prev = seg[i - 1] if i > 0 else None
                if prev is not None and prev.flags & SUR_ANY and not prev.flags & (COMMON | PLACE | MONTH):
                    start = i - 1  # surname first: "Nguyen Thi Lan"
                if self.accept_first(seg[start:k], t, span_ctx):
                    i = k
                    continue
                i += 1
                continue
            if t.flags & SUR_ANY and t.shape in (CAP, UPPER):
                k = _extend(seg, i + 1, 3, upper_ok=t.shape == UPPER)
                span = seg[i:k]
                if span_ctx is not None and _acceptable(span, span_ctx):
                    self.emit(span, 0.85, span_ctx.reason, span_ctx)
                    i = k
                    continue
                known = [x for x in span if x.flags & NAME_ANY and not x.flags & (COMMON | PLACE)]
                if len(span) >= 2 and len(known) == len(span) and all(x.shape == CAP for x in span):
                    then_first = any(x.flags & FIRST_ANY for x in span[1:])
                    reason = "Efternavn og fornavn fra navneliste" if then_first else "Efternavne fra navneliste"
                    self.emit(span, 0.6, reason, None)
                    i = k
                    continue
                if t.shape == CAP and not t.flags & (COMMON | PLACE | MONTH):
                    self.emit([t], 0.5, _list_reason(t, "Efternavn"), None)
                i += 1
                continue
            if span_ctx is not None and t.shape == CAP and not t.flags & (PLACE | MONTH):
                k = _extend(seg, i + 1, 3)
                span = seg[i:k]
                if _acceptable(span, span_ctx):
                    self.emit(span, 0.8, span_ctx.reason, span_ctx)
                    i = k
                    continue
            i += 1

    def accept_first(self, span: list[_Tok], first: _Tok, ctx: Context | None) -> bool:
        """A span anchored on a known first name: "Jens Hansen", "Bo Skov", "Mette", "Storm"."""
        text = self.text
        rest = span[span.index(first) + 1 :]
        if first.shape == UPPER:
            # "JENS HANSEN" in a heading or a form: both words must be known names.
            if first.flags & COMMON or not rest or not all(x.flags & NAME_ANY for x in rest):
                return False
            self.emit(span, 0.8, ctx.reason if ctx else "Fornavn og efternavn fra navneliste (DST)", ctx)
            return True
        dated = bool(first.flags & MONTH) and not rest and _date_context(text, first)
        if ctx is not None and not dated:
            self.emit(span, 0.9, ctx.reason, ctx)
            return True
        if first.flags & MONTH and (not rest or dated):
            return False  # "1. august", "August 2024"
        lst = "(minoritetsnavne)" if first.flags & FIRST_ANY == MFIRST else "(DST)"
        if first.flags & COMMON:
            # "Bo Hansen", "Hans Christian": an ordinary word as first name needs a listed name after it.
            nxt = rest[0].flags if rest else 0
            if (nxt & SUR_ANY and not nxt & PLACE) or (nxt & FIRST_ANY and not nxt & COMMON):
                self.emit(span, 0.75, f"Fornavn fra navneliste {lst} efterfulgt af efternavn", None)
                return True
            alone_mid_sentence = (
                not rest
                and first.flags & FREQ_FIRST
                and not first.flags & GENITIVE
                and not _sentence_initial(text, first.start)
                and text[first.end : first.end + 1] != "-"
            )
            if alone_mid_sentence:
                reason = f"Fornavn fra navneliste {lst} med stort begyndelsesbogstav midt i sætningen"
                self.emit(span, 0.45, reason, None)
                return True
            return False
        if rest:
            if any(x.flags & NAME_ANY and not x.flags & MONTH for x in rest):
                self.emit(span, 0.9, f"Fornavn fra navneliste {lst} efterfulgt af efternavn", None)
            else:
                reason = f"Fornavn fra navneliste {lst} efterfulgt af ord med stort begyndelsesbogstav"
                self.emit(span, 0.8, reason, None)
            return True
        if first.flags & MAINLY_SUR:
            if first.flags & PLACE:
                return False
            self.emit(span, 0.5, _list_reason(first, "Efternavn"), None)
            return True
        if first.flags & PLACE and (
            _PLACE_PREPOSITION.search(text, max(0, first.start - 4), first.start)
            or _DATELINE_AFTER.match(text, first.end)
        ):
            return False  # "på Frøya", "Frøya, 12. februar": the place, not the first name
        self.emit(span, 0.6, _list_reason(first, "Fornavn"), None)
        return True

    def emit(self, span: list[_Tok], score: float, reason: str, ctx: Context | None) -> None:
        while span and span[-1].shape == PARTICLE:
            span = span[:-1]
        if not span:
            return
        text = self.text
        start, end = span[0].start, span[-1].end
        if span[-1].flags & GENITIVE:
            reason += " (ejefald)"
        self.found.append(Finding(Entity.PERSON, start, end, text[start:end], score, "NameRuleDetector", reason))
        if ctx is not None and ctx.strength >= STRONG:
            # "Kære Jens og Mette", "sønnerne Storm, Ask og Bo": the next name shares the context.
            m = _CHAIN.match(text, end)
            if m and m.end() not in self.anchored:
                self.anchored[m.end()] = ctx


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Sorted findings, the longer kept where two overlap (linear: core's resolve_overlaps is quadratic,
    and a long document has thousands of names)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            if f.end - f.start > out[-1].end - out[-1].start:
                out[-1] = f
            continue
        out.append(f)
    return out


def _email_and_url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and web addresses: names in them are the e-mail recognizer's."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    at = text.find("@")
    while at >= 0:
        left = _EMAIL_LEFT.search(text, max(0, at - 80), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    spans.sort()
    return spans


def _extend(seg: list[_Tok], j: int, limit: int, upper_ok: bool = False) -> int:
    """End index of up to `limit` name words from seg[j] (particles and initials between them allowed).

    An all-capitals word joins only if it is a known name ("Jens HANSEN") or the name is in capitals.
    """
    k = j
    words = 0
    n = len(seg)
    while k < n and words < limit:
        t = seg[k]
        if t.shape == PARTICLE:
            if k + 1 < n and seg[k + 1].shape in (CAP, UPPER):
                k += 1
                continue
            break
        if t.shape == INITIAL:
            k += 1  # middle initial: "Jens P. Hansen"
            continue
        if t.flags & (PLACE | MONTH) and not t.flags & NAME_ANY:
            break
        if t.shape == UPPER and not upper_ok and not t.flags & NAME_ANY:
            break
        k += 1
        words += 1
    while k > j and seg[k - 1].shape == PARTICLE:
        k -= 1
    return k


def _acceptable(span: list[_Tok], ctx: Context) -> bool:
    """In context: STRONG takes an unknown word, PAIR two, MEDIUM needs one word from the name lists."""
    if all(t.flags & PLACE and not t.flags & NAME_ANY for t in span):
        return False
    if any(t.flags & NAME_ANY for t in span):
        return True
    caps = sum(1 for t in span if t.shape == CAP)
    return caps >= 1 if ctx.strength >= STRONG else caps >= 2 if ctx.strength >= PAIR else False


def _list_reason(tok: _Tok, kind: str) -> str:
    minority = tok.flags & (MFIRST if kind == "Fornavn" else MSUR) and not tok.flags & (
        FIRST if kind == "Fornavn" else SUR
    )
    return f"{kind} fra navneliste ({'minoritetsnavne' if minority else 'DST'})"


def _digit_next(text: str, start: int, end: int) -> bool:
    """'Dokk1', 'B12': a word glued to a number is a code, not a name."""
    return (end < len(text) and text[end].isdigit()) or (start > 0 and text[start - 1].isdigit())


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[ \t]+([^\W\d_]+)", text[pos : pos + 40])
    return m.group(1).casefold() if m else ""


def _is_prev_royal(text: str, pos: int) -> bool:
    m = re.search(r"([^\W\d_]+)\.?[ \t]+$", text[max(0, pos - 20) : pos])
    return bool(m and m.group(1).casefold() in ROYAL_WORDS)


def _date_context(text: str, tok: _Tok) -> bool:
    return bool(_DATE_BEFORE.search(text, max(0, tok.start - 6), tok.start) or _DATE_AFTER.match(text, tok.end))
