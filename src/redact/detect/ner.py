"""Person names from our own Danish spaCy NER model (models/da_redact_ner).

The model is loaded from a path: spaCy never looks for, or downloads, an installed package.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import spacy
import srsly
from preshed.bloom import BloomFilter
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from redact.core.entity import Entity
from redact.core.finding import Finding
from redact.detect.evidence import NameEvidence, name_evidence
from redact.detect.model_files import default_model_dir
from redact.detect.name_words import (
    COMPANY_AFTER,
    NAMED_ORG_SUFFIXES,
    NAMED_ORG_WORDS,
    ORG_SUFFIXES,
    ORG_WORDS,
)
from redact.detect.nlp import SAVED_TOKENIZER, ChunkCache


def _words(entries: Sequence[str], lower: bool) -> frozenset[str]:
    words = (entry.split("\t")[0].strip() for entry in entries)
    return frozenset(w.lower() if lower else w for w in words)


def load_model(path: Path) -> Language:
    """The NER model at `path`, with only what finding names needs.

    Its matrix products run on numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS: the
    encoder's products are most of the model's work, and OpenBLAS does them in about half the
    CPU time on one thread (see `NerDetector.detect_all`). The entities are the same.
    """
    # A model saved with its tokenizer is built with an empty one, which loading then fills.
    saved = {"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}} if (path / "tokenizer").is_file() else {}
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(path, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "lookups"], config=saved)
    nlp.vocab.lookups = _lookups(path / "vocab" / "lookups.bin")  # the setter hooks its norms in, as loading does
    return nlp


def _lookups(path: Path) -> Lookups:
    """The model's lookup tables (the word norms its encoder reads), the same as spaCy loads them.

    spaCy fills each table one entry at a time through the table's own Python `__setitem__`
    (hash the key, store, add it to the table's Bloom filter): 0.6 CPU-seconds for our 161,000
    norms, half of loading the model. The same keys, values, order and filter are made here with
    the calls behind that method (a test compares them with spaCy's own loading).
    """
    lookups = Lookups()
    if not path.exists():
        return lookups
    for name, data in srsly.msgpack_loads(path.read_bytes()).items():
        table = Table(name)
        table.bloom = BloomFilter.from_error_rate(max(len(data), 1))  # as Table(name, data) sizes it
        store, add = OrderedDict.__setitem__, table.bloom.add
        for key, value in data.items():
            key = get_string_id(key)
            store(table, key, value)
            add(key)
        lookups.set_table(name, table)
    return lookups


# Scores: a model-only name of two or more words is strong enough to be propagated through the
# case (>= 0.7); a single word is proposed but not propagated.
SCORE_MULTI = 0.75
SCORE_SINGLE = 0.5
# Texts (pages) the model runs at once.
BATCH = 16
_SPAN_CHARS = re.compile(r"[\w .'’-]+")
# A run of the characters a name span may hold (no space), and a plain word of letters.
_RUN = re.compile(r"[\w.'’-]+")
_LETTERS = re.compile(r"[^\W\d_]+")


class NerDetector:
    """PER entities of the model as PERSON findings, after a plausibility filter.

    A news-trained model fires on headings and labels of forms ("Begrundelse", "EPIKRISE",
    "Medicinsk Afdeling"). The name rules know the ordinary vocabulary, places and organisation
    words; a model span containing any of them, digits, or an all-capitals word is dropped, and so
    is a single word at the start of a line (where headings and form labels stand).
    """

    name = "ner"

    def __init__(
        self,
        model_dir: Path | None = None,
        names_dir: Path | None = None,
        nlp: Language | None = None,
        evidence: NameEvidence | None = None,
    ) -> None:
        """`nlp`: the model, when it is loaded already (the language families that share one);
        otherwise it is loaded from `model_dir`. `evidence`: the family's shared name lists; else
        those in `names_dir`, else the Danish ones."""
        self._nlp: Language = nlp or load_model(model_dir or default_model_dir())
        self._chunks = ChunkCache(self._nlp.tokenizer)
        # The BLAS libraries loaded, found once (finding them again for each call cost 0.4 ms).
        self._blas = ThreadpoolController()
        if evidence is None:
            evidence = NameEvidence(names_dir) if names_dir is not None else name_evidence("da")
        self._vocabulary = _words(evidence.vocabulary, lower=True)
        self._places = _words(evidence.places, lower=False)
        self._names = evidence.names

    def _ordinary(self, core: str) -> bool:
        """An ordinary word or an organisation word, and not a known name ("Skov" is both: a name)."""
        if core in self._names:
            return False
        low = core.lower()
        stem = low[:-1] if low.endswith("s") else low
        if low in self._vocabulary or stem in self._vocabulary:
            return True
        return low in ORG_WORDS or low in NAMED_ORG_WORDS or low.endswith(ORG_SUFFIXES + NAMED_ORG_SUFFIXES)

    def _place(self, core: str) -> bool:
        """A town or a place on the list and on no name list: "Hansen Risør" is a name and a town."""
        bare = core[:-1] if core.endswith("s") and core[:-1] in self._places else core
        return bare in self._places and bare not in self._names

    def _plausible(self, text: str, start: int, end: int) -> tuple[int, int, float] | None:
        """The span trimmed of ordinary words at its ends, with its score; None if it is no name."""
        span = text[start:end]
        if not _SPAN_CHARS.fullmatch(span) or any(c.isdigit() for c in span):
            return None
        tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", span)]
        cores = [text[a:b].strip(".'’-") for a, b in tokens]
        while cores and (not cores[-1] or self._ordinary(cores[-1]) or (len(cores) > 1 and self._place(cores[-1]))):
            cores.pop()
            tokens.pop()
        while cores and (not cores[0] or self._ordinary(cores[0]) or (len(cores) > 1 and self._place(cores[0]))):
            cores.pop(0)
            tokens.pop(0)
        if not cores or any(self._ordinary(c) or not c[0].isupper() for c in cores):
            return None
        if len(cores) == 1 and len(cores[0]) > 1 and cores[0].isupper():
            return None  # a heading or an abbreviation, not a name
        if all(c in self._places and c not in self._names for c in cores):
            return None
        start, end = tokens[0][0], tokens[-1][1]
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if COMPANY_AFTER.match(text, end):
            return None  # "Elmer & Partnere", "Berg AS": a company named after a person
        if len(cores) == 1:
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip(" \t>•*-"):
                return None  # where headings and form labels stand
            return start, end, SCORE_SINGLE
        return start, end, SCORE_MULTI

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        return self.detect_all([text], language)[0]

    def detect_all(self, texts: Sequence[str], language: str = "da") -> list[list[Finding]]:
        """The findings of each text. The model reads only the lines that can hold a name (see
        `segments`), all texts' lines in batches (`nlp.pipe`)."""
        del language
        pieces = [(i, start, end) for i, text in enumerate(texts) for start, end in self.segments(text)]
        out: list[list[Finding]] = [[] for _ in texts]
        self._chunks.warm(texts[i][start:end] for i, start, end in pieces)
        # One BLAS thread: OpenBLAS's threads wait for work by spinning, which costs CPU time another
        # worker (--jobs) could use, and the model's matrices are too small to gain from them.
        with self._blas.limit(limits=1, user_api="blas"):
            docs = self._nlp.pipe((texts[i][start:end] for i, start, end in pieces), batch_size=BATCH)
            for (i, start, _), doc in zip(pieces, docs, strict=True):
                out[i] += self._findings(texts[i], doc, start)
        return out

    def segments(self, text: str) -> list[tuple[int, int]]:
        """The stretches of `text` the model needs to read, as (start, end) offsets: each line that
        can hold a name, with the nearest non-empty line before and after it as context ("Venlig
        hilsen" over a signature); stretches that meet are one.

        A finding survives `_plausible` only if it lies on one line (no line break in a span) and
        each of its words starts with a capital and is no ordinary word. A line none of whose
        words could be such a word is read only as the context of a neighbour; the model reads
        about two thirds of the text of a letter.
        """
        lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        spans: list[tuple[int, int]] = []  # first and last line of each stretch
        for n, (start, end) in enumerate(lines):
            if not self._can_hold_name(text[start:end]):
                continue
            first, last = max(n - 1, 0), min(n + 1, len(lines) - 1)
            if spans and spans[-1][1] >= first - 1:
                spans[-1] = (spans[-1][0], last)
            else:
                spans.append((first, last))
        return [(lines[first][0], lines[last][1]) for first, last in spans]

    def _can_hold_name(self, line: str) -> bool:
        """A word of `line` could be part of a name the filter keeps: a capital in it, and it is not
        a plain word of letters that is ordinary (`_ordinary`). A word with digits, hyphens or dots
        in it is kept whatever it is, so no name the model could find in it is lost."""
        for m in _RUN.finditer(line):
            word = m.group()
            if word.islower() or not any(c.isupper() for c in word):
                continue
            core = word.strip(".'’-")
            if core and core[0].isupper() and _LETTERS.fullmatch(core) and self._ordinary(core):
                continue
            return True
        return False

    def _findings(self, text: str, doc: Doc, offset: int = 0) -> list[Finding]:
        """The model's names in `doc`, which holds `text` from `offset` on."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            start, end = ent.start_char + offset, ent.end_char + offset
            # The model sometimes takes a trailing line break or punctuation into the span.
            while end > start and not text[end - 1].isalnum():
                end -= 1
            kept = self._plausible(text, start, end) if end - start >= 2 else None
            if kept is None:
                continue
            start, end, score = kept
            reason = "Navn genkendt af sprogmodellen (PER)"
            found.append(Finding(Entity.PERSON, start, end, text[start:end], score, "NerDetector", reason))
        return found
