"""Private economy: an amount of money that is a private person's income, benefit, debt or rent.

Offentlighedslovens § 30, nr. 1 protects a private person's economic circumstances: a salary in a
hiring committee's minutes, a monthly benefit, arrears of rent. Public money (a budget, a grant to an
association, a pay scale in a collective agreement) is not protected. An amount is proposed when its
sentence has a word of private economy ("løn", "kontanthjælp", "restance", "skylder"), speaks of a
person (a pronoun, "borgeren", or a person found on the page who is not acting in office), and has
no word of public money ("budget", "kommunens", "mio."). The words are data per language family
(resources/lexicon/economy_da.yaml, economy_no.yaml for bokmål and nynorsk, economy_sv.yaml).

This is a refiner (core.detector.Refiner): it needs the person findings of the page.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from redact import paths
from redact.core.entity import Entity
from redact.core.finding import Finding, Role
from redact.core.language import family

DEFAULT_LEXICON_DIR = paths.resources_dir() / "lexicon"
SCORE = 0.6
_CURRENCY = r"(?:kr\.?|kroner|kronor|dkk|nok|sek|€|eur)"
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?:(?P<pre>{_CURRENCY})[ \u00a0]?)?"
    r"(?P<num>\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:,(?:\d{1,2}|-))?"
    rf"(?:[ \u00a0]?(?P<post>{_CURRENCY}|,-|:-)(?![\w]))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*\.?")
# A full stop after one of these does not end a sentence.
_ABBREVIATIONS = frozenset(
    "kr pr md mdr ca jf jfr nr stk bl f eks mv osv dvs inkl ekskl evt hhv kl t o"  # Danish
    " mnd iht ift vedr m fl a mht"  # Norwegian: pr. mnd., bl.a., m.fl.
    " mån ex kap resp enl ang ev st s k mm".split()  # Swedish: t.ex., 26 kap., bl.a., s.k.
)


@dataclass(frozen=True)
class EconomyWords:
    private: tuple[str, ...]
    person: frozenset[str]
    public: tuple[str, ...]
    periods: tuple[str, ...]
    reason: str

    @staticmethod
    def _matches(word: str, patterns: tuple[str, ...]) -> str:
        for p in patterns:
            if p.startswith("~") and p.endswith("~"):
                if p[1:-1] in word:
                    return p
            elif p.startswith("~"):
                if word.endswith(p[1:]):
                    return p
            elif p.endswith("~"):
                if word.startswith(p[:-1]):
                    return p
            elif word == p:
                return p
        return ""

    def private_word(self, word: str) -> str:
        return self._matches(word, self.private)

    def public_word(self, word: str) -> bool:
        return bool(self._matches(word, self.public))


@functools.lru_cache(maxsize=8)
def load_economy_words(language: str = "da", lexicon_dir: Path | None = None) -> EconomyWords:
    folder = lexicon_dir or DEFAULT_LEXICON_DIR
    path = folder / f"economy_{family(language)}.yaml"
    if not path.exists():
        path = folder / "economy_da.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower().strip() for w in data.get(key) or [] if str(w).strip())

    return EconomyWords(
        private=words("private_words"),
        person=frozenset(words("person_words")),
        public=words("public_words"),
        periods=tuple(sorted(words("periods"), key=len, reverse=True)),
        reason=str(data.get("reason", "Privat økonomi: beløb i sætning om {word}")),
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: up to a ! ? or a full stop that is no abbreviation's, or
    a blank line."""
    left = start
    while left > 0:
        c = text[left - 1]
        if c in "!?" or (c == "\n" and text[max(0, left - 2)] == "\n"):
            break
        if c == "." and _sentence_stop(text, left - 1):
            break
        left -= 1
    right = end
    while right < len(text):
        c = text[right]
        if c in "!?" or (c == "\n" and text[right + 1 : right + 2] == "\n"):
            break
        if c == "." and _sentence_stop(text, right):
            break
        right += 1
    return left, right


def _sentence_stop(text: str, dot: int) -> bool:
    before = re.search(r"([^\W\d_]+|\d+)$", text[max(0, dot - 12) : dot])
    if before and (before.group(1).lower() in _ABBREVIATIONS or before.group(1).isdigit()):
        return False
    after = text[dot + 1 : dot + 3]
    return not after or after[0].isspace()


class PrivateEconomy:
    """Proposes amounts of a private person's money (module docstring)."""

    name = "privat økonomi"

    def __init__(self, lexicon_dir: Path | None = None) -> None:
        self._dir = lexicon_dir

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        del text, language
        return []

    def refine(self, text: str, findings: list[Finding], language: str = "da") -> list[Finding]:
        words = load_economy_words(language, self._dir)
        persons = [f for f in findings if f.entity is Entity.PERSON and f.role is not Role.PUBLIC]
        taken = [(f.start, f.end) for f in findings]
        new: list[Finding] = []
        for m in _AMOUNT.finditer(text):
            if not (m.group("pre") or m.group("post")):
                continue
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            end = self._with_period(text, end, words)
            lo, hi = sentence_bounds(text, start, end)
            sentence = text[lo:hi]
            tokens = [w.lower().rstrip(".") for w in _WORD.findall(sentence)]
            if any(words.public_word(t) for t in tokens):
                continue
            why = next((t for t in tokens if words.private_word(t)), "")
            if not why:
                continue
            about_person = any(t in words.person for t in tokens) or any(lo <= p.start < hi for p in persons)
            if not about_person:
                continue
            reason = words.reason.format(word=why)
            new.append(Finding(Entity.SENSITIVE, start, end, text[start:end], SCORE, "PrivatOekonomi", reason))
        return findings + new

    @staticmethod
    def _with_period(text: str, end: int, words: EconomyWords) -> int:
        rest = text[end : end + 20]
        for period in words.periods:
            m = re.match(r"[ \u00a0]+" + re.escape(period).replace(r"\ ", r"\s+") + r"(?!\w)", rest, re.IGNORECASE)
            if m:
                return end + m.end()
        return end
