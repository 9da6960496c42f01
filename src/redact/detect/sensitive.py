"""Sensitive facts about a person, found with a maintained Danish lexicon.

Health, disability, addiction, criminal offences, social measures, benefits, debt, trade union
membership, religion, ethnic origin, sexual orientation and political opinion (GDPR art. 9 and 10,
offentlighedslovens § 30, nr. 1). The lexicon is data: resources/lexicon/sensitive_da.yaml, whose
header documents the notation. This module only reads it and matches it.

Matching works on words, not on a regex per term, so it stays fast with thousands of terms:

* a word is a run of letters and digits; inside it, hyphens and a line break after a hyphen are
  dropped ("ADHD-diagnose" -> "adhddiagnose", "alkohol-\\nmisbrug" -> "alkoholmisbrug"), and the
  lower-cased result is looked up in a dict;
* a phrase ("betinget dom", "medlem af 3F") is tried first, looked up by its first two words, over words
  separated only by whitespace (line breaks included);
* a word that is not in the lexicon is tried as a genitive (-s), then as a compound: a sensitive
  ending ("...misbrug", "...sygdom") or a category stem followed by one of its heads
  ("kræft" + "behandling"), then part by part if it was hyphenated;
* an ambiguous word (`needs_context`) is proposed only with a context word in the same sentence:
  its category's own `context`, or named sets such as "@person" (han, hun, borgeren, barnet ...),
  so "dækning af merudgifter" in general text or "Underretning" as a heading stays unproposed.
* a fact right after a word the lexicon lists under `aggregate_before` ("antall", "personer med")
  is said of a group (statistics, plans, rules) and is not proposed.

Each lookup is cached per word form, so a long document costs little more than its vocabulary.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from redact import paths
from redact.core.entity import Entity
from redact.core.finding import Finding

SCORE_PHRASE = 0.75
SCORE_TERM = 0.7
SCORE_DERIVED = 0.65  # compounds and sensitive endings: inferred, not listed
SCORE_CONTEXT = 0.6  # an ambiguous word with a category word nearby
SCORE_WEAK = 0.5  # an ambiguous word; still above the proposal threshold, but ranked low

# A negation this many words before a term, in its sentence, negates it ("er ikke tidligere straffet").
NEGATION_REACH = 3
NEGATIONS = frozenset("ikke intet aldrig ej inte inget aldri".split())
NEGATIONS_BEFORE = frozenset("uden utan".split())  # only right before: "uden misbrug"
AGGREGATE_REACH = 3  # words of an `aggregate_before` entry ("antall mottakere av")
CONTEXT_WINDOW = 10  # words either side searched for a category context word
INTRODUCED_REACH = 2  # words between a word naming the kind of fact and the fact ("diagnosticeret med X")
_LINK_WORDS = frozenset("med af av for för på som om i en et ett".split())  # the only words allowed between
HEADING_WORDS = 6  # a line of at most this many words, before a capital, is a heading: its own sentence
MIN_SUFFIX_PREFIX = 3  # letters a word needs before a sensitive ending ("alkohol|misbrug")
_CACHE_LIMIT = 200_000

_PART = r"[^\W_](?:[^\W_]|[\u00ad\u0300-\u036f])*"
_HYPHEN = "-\u2010\u2011"
# A word: "§", or letters/digits, hyphenated parts (a line break may follow the hyphen), and an
# apostrophe ending ("ADHD'en").
_WORD_RE = re.compile(rf"§|{_PART}(?:[{_HYPHEN}](?:[ \t]*\r?\n[ \t]*)?{_PART})*(?:['’]{_PART})?")
# Dropped from a word before lookup: hyphens (with a following line break) and soft hyphens.
_JOIN_RE = re.compile(rf"[{_HYPHEN}][ \t]*\r?\n[ \t]*|[{_HYPHEN}\u00ad]")
_SPLIT_RE = re.compile(rf"[{_HYPHEN}][ \t]*(?:\r?\n[ \t]*)?")
# Between the words of a phrase: whitespace (line breaks too), "&", or an elliptic hyphen ("Blik- og Rør...").
_GAP_RE = re.compile(rf"[{_HYPHEN}]?[\s&]*")
# Context words are only looked for within the sentence (see _Doc).
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
# A line that is only an ambiguous word is a heading or a label: "Underretning", "3.2 Anbringelse:".
_HEADING_BEFORE_RE = re.compile(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*\.?[ \t]+)?")
_HEADING_AFTER_RE = re.compile(r"[ \t]*[:.]?[ \t\r]*")
_NOT_HEADING_END = frozenset(".!?,;-\u2010\u2011")  # a line ending so is a sentence or goes on


class LexiconError(ValueError):
    """The lexicon file is malformed or contradicts itself."""


class Level(Enum):
    TERM = "term"
    WEAK = "weak"
    CONTEXT = "needs_context"
    EXCLUDE = "exclude"


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str  # shown in the reason: "helbred", "kriminalitet"
    kind: str  # shown in the reason: "Følsom oplysning", "Oplysning om strafbare forhold"


@dataclass(frozen=True, slots=True)
class Term:
    category: Category | None  # None for an exclusion
    lemma: str  # the lexicon entry's base form, named in the reason
    level: Level
    context: str | None = None  # needs_context: key of its context words in Lexicon.context


@dataclass(frozen=True, slots=True)
class _Context:
    words: frozenset[str]
    substrings: tuple[str, ...]

    def matches(self, key: str) -> bool:
        return key in self.words or any(s in key for s in self.substrings)


@dataclass
class Lexicon:
    categories: dict[str, Category] = field(default_factory=dict)
    words: dict[str, Term] = field(default_factory=dict)  # normalised word -> term
    cased_words: dict[str, Term] = field(default_factory=dict)  # case-sensitive entries ("=ADD")
    # phrases by their first two words: "i" or "har" begin hundreds of phrases, "i besiddelse" a few
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], Term]]] = field(default_factory=dict)
    suffixes: dict[str, Term] = field(default_factory=dict)
    stems: dict[str, dict[str, str]] = field(default_factory=dict)  # stem -> {category id: stem as listed}
    heads: dict[str, dict[str, str]] = field(default_factory=dict)  # head form -> {category id: head}
    context: dict[str, _Context] = field(default_factory=dict)  # Term.context -> context words
    # Words that name the kind of fact before the fact itself ("diagnosen" before "skizofreni"):
    # not proposed when a fact follows within INTRODUCED_REACH words of the same sentence.
    introducing: frozenset[str] = frozenset()
    # Words right before a fact that make it a group's, not a person's ("antall mottakere av
    # sosialhjelp", "personer med rusproblemer"): normalised word sequences, 1 to AGGREGATE_REACH long.
    aggregate_before: frozenset[tuple[str, ...]] = frozenset()

    @property
    def size(self) -> int:
        return len(self.words) + len(self.cased_words) + sum(len(v) for v in self.phrases.values())


def lexicon_path(family: str) -> Path:
    """The bundled lexicon of a language family: sensitive_da.yaml, sensitive_no.yaml, sensitive_sv.yaml."""
    return paths.resources_dir() / "lexicon" / f"sensitive_{family}.yaml"


def default_lexicon_path() -> Path:
    """resources/lexicon/sensitive_da.yaml at the repository root (resources/ lies beside src/)."""
    return paths.resources_dir() / "lexicon" / "sensitive_da.yaml"


@functools.lru_cache(maxsize=50_000)  # the same words on every page: the key of each made once
def normalise(surface: str) -> str:
    """The lookup key of a word: hyphens and soft hyphens dropped, NFKC, case-folded."""
    joined = _JOIN_RE.sub("", surface)
    if joined.isascii():
        return joined.lower()
    return unicodedata.normalize("NFKC", joined).casefold()


def _cased_key(surface: str) -> str:
    return unicodedata.normalize("NFKC", _JOIN_RE.sub("", surface))


def expand(entry: str) -> list[str]:
    """ "depression +en +er" -> ["depression", "depressionen", "depressioner"]; endings go on the
    last word of a phrase."""
    tokens = entry.split()
    words = [t for t in tokens if not t.startswith("+")]
    endings = [t[1:] for t in tokens if t.startswith("+")]
    if not words or not all(endings) or tokens[: len(words)] != words:
        raise LexiconError(f"malformed entry {entry!r}: words first, then +endings")
    base = " ".join(words)
    return [base] + [base + e for e in endings]


def _phrase_keys(form: str) -> tuple[str, ...]:
    return tuple(normalise(m.group()) for m in _WORD_RE.finditer(form))


def load_lexicon(path: Path | str) -> Lexicon:
    with Path(path).open(encoding="utf-8") as fh:
        # libyaml's parser, ten times faster than the pure-Python one on ~9,500 forms (same data).
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        return build_lexicon(data)
    except LexiconError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _split_sets(entry: str) -> tuple[str, tuple[str, ...]]:
    """ "dækning af merudgifter @person" -> ("dækning af merudgifter", ("person",))."""
    tokens = entry.split()
    sets = tuple(t[1:] for t in tokens if t.startswith("@"))
    words = [t for t in tokens if not t.startswith("@")]
    if not all(sets) or tokens[: len(words)] != words:
        raise LexiconError(f"malformed entry {entry!r}: context sets (@name) go last")
    return " ".join(words), sets


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def build_lexicon(data: Any) -> Lexicon:
    """Compile the parsed YAML (see the lexicon file's header for the format)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("categories"), Mapping):
        raise LexiconError("the lexicon needs a 'categories' mapping")
    lex = Lexicon()
    builder = _Builder(lex)
    for entry in _strings(data.get("exclude"), "exclude"):
        builder.add(entry, None, Level.EXCLUDE)
    lex.introducing = frozenset(
        normalise(f) for e in _strings(data.get("introducing"), "introducing") for f in expand(e)
    )
    lex.aggregate_before = frozenset(
        tuple(normalise(w) for w in e.split()) for e in _strings(data.get("aggregate_before"), "aggregate_before")
    )
    if any(len(words) > AGGREGATE_REACH for words in lex.aggregate_before):
        raise LexiconError(f"'aggregate_before' entries have at most {AGGREGATE_REACH} words")
    sets = data.get("context_sets") or {}
    if not isinstance(sets, Mapping):
        raise LexiconError("'context_sets' must map a name to a list of words")
    context_sets = {str(name): _strings(words, f"context_sets: {name}") for name, words in sets.items()}
    for cid, spec in data["categories"].items():
        if not isinstance(spec, Mapping):
            raise LexiconError(f"category {cid!r} must be a mapping")
        cat = Category(str(cid), str(spec.get("label", cid)), str(spec.get("kind", "Følsom oplysning")))
        lex.categories[cat.id] = cat
        where = f"category {cat.id!r}"
        own = _expand_context(_strings(spec.get("context"), f"{where}: context"), context_sets, where)
        for entry in _strings(spec.get("terms"), f"{where}: terms"):
            builder.add(entry, cat, Level.TERM)
        for entry in _strings(spec.get("weak"), f"{where}: weak"):
            builder.add(entry, cat, Level.WEAK)
        for entry in _strings(spec.get("needs_context"), f"{where}: needs_context"):
            words, names = _split_sets(entry)
            key = _context_key(lex, cat.id, names, own, context_sets, f"{where}: {entry!r}")
            builder.add(words, cat, Level.CONTEXT, key)
        for entry in _strings(spec.get("exclude"), f"{where}: exclude"):
            builder.add(entry, None, Level.EXCLUDE)
        for i, combo in enumerate(spec.get("combos") or []):
            if not isinstance(combo, Mapping):
                raise LexiconError(f"{where}: combos[{i}] must have 'first' and 'second'")
            firsts = _strings(combo.get("first"), f"{where}: combos[{i}].first")
            seconds = _strings(combo.get("second"), f"{where}: combos[{i}].second")
            if not firsts or not seconds:
                raise LexiconError(f"{where}: combos[{i}] needs both 'first' and 'second'")
            for first in firsts:
                for second in seconds:
                    builder.add(f"{first} {second}", cat, Level.TERM)
        for entry in _strings(spec.get("suffixes"), f"{where}: suffixes"):
            builder.add_suffix(entry, cat)
        for entry in _strings(spec.get("stems"), f"{where}: stems"):
            for form in expand(entry):
                lex.stems.setdefault(normalise(form), {})[cat.id] = form
        for entry in _strings(spec.get("heads"), f"{where}: heads"):
            base = expand(entry)[0]
            for form in expand(entry):
                lex.heads.setdefault(normalise(form), {})[cat.id] = base
    for phrases in lex.phrases.values():
        phrases.sort(key=lambda p: -len(p[0]))
    return lex


def _expand_context(words: list[str], context_sets: Mapping[str, list[str]], where: str) -> list[str]:
    """A context list with its "@name" entries replaced by the words of that set."""
    out: list[str] = []
    for w in words:
        if w.startswith("@"):
            if w[1:] not in context_sets:
                raise LexiconError(f"{where}: unknown context set {w!r}")
            out.extend(context_sets[w[1:]])
        else:
            out.append(w)
    return out


def _context_key(
    lex: Lexicon,
    cid: str,
    names: tuple[str, ...],
    own: list[str],
    context_sets: Mapping[str, list[str]],
    where: str,
) -> str:
    """The key of a needs_context entry's context words: the category's own `context` ("@context",
    or no set named), any named sets, or both; compiled once per combination."""
    names = names or ("context",)
    key = cid if names == ("context",) else "|".join((cid, *sorted(set(names))))
    if key in lex.context:
        return key
    words: list[str] = []
    for name in names:
        if name == "context":
            if not own:
                raise LexiconError(f"{where}: 'needs_context' words need a 'context' list or a @set")
            words.extend(own)
        elif name in context_sets:
            words.extend(context_sets[name])
        else:
            raise LexiconError(f"{where}: unknown context set '@{name}'")
    lex.context[key] = _Context(
        frozenset(normalise(c) for c in words if not c.startswith("~")),
        tuple(normalise(c[1:]) for c in words if c.startswith("~")),
    )
    return key


class _Builder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def add(self, entry: str, cat: Category | None, level: Level, context: str | None = None) -> None:
        cased = entry.startswith("=")
        forms = expand(entry[1:] if cased else entry)
        term = Term(cat, forms[0], level, context)
        for form in forms:
            keys = _phrase_keys(form)
            if not keys:
                raise LexiconError(f"entry {entry!r} has no words")
            if cased:
                if len(keys) != 1:
                    raise LexiconError(f"case-sensitive entry {entry!r} must be one word")
                self._put(self.lex.cased_words, _cased_key(form), term, entry)
            elif len(keys) == 1:
                self._put(self.lex.words, keys[0], term, entry)
            else:
                self._put_phrase(keys, term, entry)

    def add_suffix(self, entry: str, cat: Category) -> None:
        forms = expand(entry)
        term = Term(cat, forms[0], Level.TERM)
        for form in forms:
            keys = _phrase_keys(form)
            if len(keys) != 1:
                raise LexiconError(f"suffix {entry!r} must be one word")
            self._put(self.lex.suffixes, keys[0], term, entry)

    @staticmethod
    def _put(table: dict[str, Term], key: str, term: Term, entry: str) -> None:
        old = table.get(key)
        if old is None:
            table[key] = term
        elif (old.category, old.level, old.context) != (term.category, term.level, term.context):  # same: harmless
            raise LexiconError(f"{key!r} (from {entry!r}) is already listed as {_describe(old)}")

    def _put_phrase(self, keys: tuple[str, ...], term: Term, entry: str) -> None:
        bucket = self.lex.phrases.setdefault((keys[0], keys[1]), [])
        for other_keys, other in bucket:
            if other_keys == keys:
                if (other.category, other.level, other.context) != (term.category, term.level, term.context):
                    raise LexiconError(f"{' '.join(keys)!r} (from {entry!r}) is already listed as {_describe(other)}")
                return
        bucket.append((keys, term))


def _describe(term: Term) -> str:
    where = term.category.id if term.category else "exclude"
    return f"{term.level.value} in {where} («{term.lemma}»)"


@dataclass(frozen=True, slots=True)
class _Hit:
    term: Term
    how: str  # "word" | "suffix" | "compound" | "part"
    part: str  # the listed word that carried the match


class _Doc:
    """One text split into words, with their lookup keys."""

    __slots__ = ("_headings", "_line_of", "excluded", "keys", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        self.keys = [normalise(text[s:e]) for s, e in self.spans]
        self.excluded: set[int] = set()  # words inside an exclusion: never context either
        self._line_of: list[int] = []  # line number of each word, computed when first needed
        self._headings: set[int] = set()  # line numbers of short lines before a capital

    def surface(self, i: int) -> str:
        return self.text[self.spans[i][0] : self.spans[i][1]]

    def display(self, i: int, j: int) -> str:
        return _display(self.text[self.spans[i][0] : self.spans[j - 1][1]])

    def alone_on_line(self, i: int, j: int) -> bool:
        """Words i..j-1 are a line of their own ("Underretning" as a heading, a table cell), apart
        from numbering before them and a colon or full stop after them."""
        start, end = self.spans[i][0], self.spans[j - 1][1]
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        return _HEADING_BEFORE_RE.fullmatch(self.text, line_start, start) is not None and (
            _HEADING_AFTER_RE.fullmatch(self.text, end, line_end) is not None
        )

    def one_sentence(self, i: int, k: int) -> bool:
        """Words i..k are in one sentence."""
        return not any(self._sentence_ends_after(a) for a in range(i, k))

    def _sentence_ends_after(self, a: int) -> bool:
        """A blank line, ".", "!" or "?" before a capital (not "3. maj", "f.eks. barnet"), or the line
        break after or before a heading ("Afgørelse om merudgifter" above the letter)."""
        gap_start, gap_end = self.spans[a][1], self.spans[a + 1][0]
        if _BLANK_LINE_RE.search(self.text, gap_start, gap_end):
            return True
        if any(c in ".!?" for c in self.text[gap_start:gap_end]) and self.text[gap_end].isupper():
            return True
        if "\n" not in self.text[gap_start:gap_end]:
            return False
        line_of, headings = self._lines()
        return line_of[a] in headings or line_of[a + 1] in headings

    def _lines(self) -> tuple[list[int], set[int]]:
        """The line of each word, and the headings: lines of at most HEADING_WORDS words, not ending
        in punctuation or a hyphen, followed by a line that begins with a capital or a digit (text
        wrapped mid-sentence goes on in lower case)."""
        if self._line_of or not self.spans:
            return self._line_of, self._headings
        text, spans, n = self.text, self.spans, len(self.spans)
        line, first = 0, 0  # the current line and its first word
        for k in range(n):
            self._line_of.append(line)
            after = text[spans[k][1] : spans[k + 1][0] if k + 1 < n else len(text)]
            if "\n" in after or k + 1 == n:  # word k ends its line
                following = text[spans[k + 1][0]] if k + 1 < n else ""
                if (
                    k + 1 - first <= HEADING_WORDS
                    and after.split("\n", 1)[0].rstrip()[-1:] not in _NOT_HEADING_END
                    and (following.isupper() or following.isdigit())
                ):
                    self._headings.add(line)
                line, first = line + 1, k + 1
        return self._line_of, self._headings

    def negated(self, i: int) -> bool:
        """A negation right before word i in its sentence ("ikke dømt", "uden misbrug", "aldrig
        indlagt"): the statement is that the fact does not hold, so it is no fact about the person."""
        for back in range(1, NEGATION_REACH + 1):
            k = i - back
            if k < 0 or self._sentence_ends_after(k):
                return False
            key = self.keys[k]
            if key in NEGATIONS or (back == 1 and key in NEGATIONS_BEFORE):
                return True
        return False

    def after_any(self, i: int, sequences: frozenset[tuple[str, ...]]) -> bool:
        """One of `sequences` stands right before word i in its sentence ("personer med" before
        "rusproblemer"): the fact is said of a group, not of a person."""
        if not sequences:
            return False
        for n in range(1, AGGREGATE_REACH + 1):
            k = i - n
            if k < 0 or any(self._sentence_ends_after(a) for a in range(k, i)):
                return False
            if tuple(self.keys[k:i]) in sequences:
                return True
        return False

    def context_word(self, ctx: _Context, i: int, j: int) -> str | None:
        """A context word in the same sentence as words i..j-1, at most CONTEXT_WINDOW words away."""
        k = i - 1
        while k >= 0 and i - k <= CONTEXT_WINDOW and not self._sentence_ends_after(k):
            if k not in self.excluded and ctx.matches(self.keys[k]):
                return self.display(k, k + 1)
            k -= 1
        k = j
        while k < len(self.keys) and k - j < CONTEXT_WINDOW and not self._sentence_ends_after(k - 1):
            if k not in self.excluded and ctx.matches(self.keys[k]):
                return self.display(k, k + 1)
            k += 1
        return None


class SensitiveTermsDetector:
    """Words and phrases that reveal a sensitive fact about a person.

    The per-word cache may be shared between threads: at worst a word is classified twice.
    """

    name = "SensitiveTermsDetector"

    def __init__(self, lexicon_path: Path | str | None = None, lexicon: Lexicon | None = None) -> None:
        if lexicon is None:
            lexicon = load_lexicon(lexicon_path if lexicon_path is not None else default_lexicon_path())
        self.lexicon = lexicon
        self._head_keys = frozenset(lexicon.heads)
        self._cache: dict[str, _Hit | None] = {}

    # -- detection ---------------------------------------------------------------------------

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del language  # one Danish lexicon; Norwegian and Swedish share much of it
        doc = _Doc(text)
        matches: list[tuple[int, int, Term, str, float]] = []  # words i..j-1, term, explanation, score
        i, n = 0, len(doc.spans)
        while i < n:
            phrase = self._phrase_at(doc, i)
            if phrase is not None:
                length, term = phrase
                if term.category is None:
                    doc.excluded.update(range(i, i + length))
                else:
                    what = f"udtrykket «{doc.display(i, i + length)}» fra ordlisten"
                    matches.append((i, i + length, term, what, SCORE_PHRASE))
                i += length
                continue
            hit = self._lookup(doc.surface(i))
            if hit is not None:
                if hit.term.category is None:
                    doc.excluded.add(i)
                else:
                    score = SCORE_TERM if hit.how == "word" else SCORE_DERIVED
                    matches.append((i, i + 1, hit.term, _explain(doc.display(i, i + 1), doc.keys[i], hit), score))
            i += 1
        kept = [(m, f) for m in matches if (f := self._finding(doc, *m)) is not None]
        return [f for k, (m, f) in enumerate(kept) if not self._introduces(doc, m[0], m[1], kept[k + 1 :])]

    def _introduces(
        self, doc: _Doc, i: int, j: int, later: list[tuple[tuple[int, int, Term, str, float], Finding]]
    ) -> bool:
        """Words i..j-1 name the kind of a fact ("diagnosen", "diagnosticeret med") and the fact follows
        right after it ("med", "af" between): the fact is proposed, the word before it adds nothing."""
        if j - i != 1 or doc.keys[i] not in self.lexicon.introducing or not later:
            return False
        nxt = later[0][0][0]
        between = doc.keys[j:nxt]
        return len(between) <= INTRODUCED_REACH and all(k in _LINK_WORDS for k in between) and doc.one_sentence(i, nxt)

    def _phrase_at(self, doc: _Doc, i: int) -> tuple[int, Term] | None:
        keys, spans = doc.keys, doc.spans
        if i + 1 >= len(keys):
            return None
        candidates = self.lexicon.phrases.get((keys[i], keys[i + 1]))
        if not candidates:
            return None
        for phrase, term in candidates:  # longest first
            n = len(phrase)
            if i + n > len(keys):
                continue
            if all(keys[i + j] == phrase[j] for j in range(2, n)) and all(
                _GAP_RE.fullmatch(doc.text, spans[i + j - 1][1], spans[i + j][0]) for j in range(1, n)
            ):
                return n, term
        return None

    def _finding(self, doc: _Doc, i: int, j: int, term: Term, what: str, score: float) -> Finding | None:
        """A finding over words i..j-1, or None for an ambiguous word without its context."""
        cat = term.category
        assert cat is not None
        if doc.negated(i) or doc.after_any(i, self.lexicon.aggregate_before):
            return None
        reason = f"{cat.kind} ({cat.label}): {what}"
        if term.level is Level.WEAK:
            score = min(score, SCORE_WEAK)
            reason += "; flertydigt ord – kontrollér sammenhængen"
        elif term.level is Level.CONTEXT:
            if doc.alone_on_line(i, j):  # a heading names the kind of document, not a fact
                return None
            ctx = self.lexicon.context.get(term.context or cat.id)
            near = doc.context_word(ctx, i, j) if ctx is not None else None
            if near is None:
                return None
            score = min(score, SCORE_CONTEXT)
            reason += f"; nævnt sammen med «{near}»"
        start, end = doc.spans[i][0], doc.spans[j - 1][1]
        return Finding(Entity.SENSITIVE, start, end, doc.text[start:end], score, self.name, reason)

    # -- one word ----------------------------------------------------------------------------

    def _lookup(self, surface: str) -> _Hit | None:
        try:
            return self._cache[surface]
        except KeyError:
            pass
        hit = self._classify_surface(surface)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[surface] = hit
        return hit

    def _classify_surface(self, surface: str) -> _Hit | None:
        bare = re.split(r"['’]", surface, maxsplit=1)[0]  # "ADHD'en" -> "ADHD"
        for form in dict.fromkeys((surface, bare)):
            hit = self._classify_cased(form)
            if hit is not None:
                return hit  # an exclusion too: it stops the parts below and counts as no context
        parts = _SPLIT_RE.split(bare)
        if len(parts) > 1:
            for part in parts:
                hit = self._classify_cased(part)
                if hit is not None and hit.term.category is not None:
                    return _Hit(hit.term, "part", _display(part))
        return None

    def _classify_cased(self, form: str) -> _Hit | None:
        cased = self.lexicon.cased_words.get(_cased_key(form).replace("'", "").replace("’", ""))
        if cased is not None:
            return _Hit(cased, "word", cased.lemma)
        return self._classify(normalise(form).replace("'", "").replace("’", ""), compound=True)

    def _classify(self, key: str, compound: bool) -> _Hit | None:
        lex = self.lexicon
        term = lex.words.get(key)
        if term is not None:
            return _Hit(term, "word", term.lemma)
        if len(key) > 3 and key.endswith("s"):  # genitive: "depressionens", "kontanthjælps"
            term = lex.words.get(key[:-1])
            if term is not None:
                return _Hit(term, "word", term.lemma)
        for stem in (key, key[:-1]) if key.endswith("s") else (key,):
            for cut in range(MIN_SUFFIX_PREFIX, len(stem) - 1):
                suffix = lex.suffixes.get(stem[cut:])
                if suffix is not None:
                    return _Hit(suffix, "suffix", suffix.lemma)
        if compound:
            return self._compound(key)
        return None

    def _compound(self, key: str) -> _Hit | None:
        """stem (+ linking s) + head of the same category: "kræft|behandling", "lårben|s|brud"."""
        lex = self.lexicon
        for cut in range(2, len(key) - 1):
            heads = lex.heads.get(key[cut:]) if key[cut:] in self._head_keys else None
            if not heads:
                continue
            prefix = key[:cut]
            for stem in (prefix, prefix[:-1]) if prefix.endswith("s") and len(prefix) > 2 else (prefix,):
                for cid, listed in lex.stems.get(stem, {}).items():
                    if cid in heads:
                        cat = lex.categories[cid]
                        return _Hit(Term(cat, listed + heads[cid], Level.TERM), "compound", listed)
                inner = self._classify(stem, compound=False)  # "alkoholmisbrug" + "s" + "behandling"
                if inner is None or inner.term.level is not Level.TERM or inner.term.category is None:
                    continue
                if inner.term.category.id in heads:
                    return _Hit(inner.term, "compound", inner.part)
        return None


def _display(surface: str) -> str:
    return " ".join(surface.split())


def _explain(surface: str, key: str, hit: _Hit) -> str:
    if hit.how == "suffix":
        return f"ordet «{surface}» ender på «{hit.part}» fra ordlisten"
    if hit.how == "compound":
        return f"ordet «{surface}» er sammensat med «{hit.part}» fra ordlisten"
    if hit.how == "part":
        return f"ordet «{surface}» indeholder «{hit.part}» fra ordlisten"
    if normalise(hit.term.lemma) == key:
        return f"ordet «{surface}» fra ordlisten"
    return f"ordet «{surface}» (af «{hit.term.lemma}») fra ordlisten"


def terms_of(lexicon: Lexicon, category: str | None = None) -> Iterable[tuple[str, Term]]:
    """Every listed single word (normalised) with its term, for checks and tools."""
    for table in (lexicon.words, lexicon.cased_words):
        for key, term in table.items():
            if category is None or (term.category is not None and term.category.id == category):
                yield key, term
