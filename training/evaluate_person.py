"""Recall and precision of the whole person detector (model + name lists + rules + consistency).

The model card reports the model alone (training/evaluate.py); what a case handler gets is the
combination that `redact` runs. This script measures that on the DDT test split, with the test
split taken as one case (so the consistency pass sees every sentence), at entity level for
recall (a gold PER entity counts as found when every one of its tokens is covered) and at token
level for precision.

    .venv/bin/python training/evaluate_person.py [--split test] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ner_common import DA_DIR

from redact.core.consistency import propagate
from redact.core.entity import Entity
from redact.core.finding import Finding, resolve_overlaps
from redact.core.text import PageText
from redact.detect.names import NameRuleDetector
from redact.detect.ner import NerDetector
from redact.services.cases import PROPAGATE_MIN_SCORE
from redact.services.processing import MIN_PROPOSAL_SCORE

DATA = DA_DIR / "uner_ddt"  # ../shared/data beside the repository, or REDACT_DATA_DIR


def read_split(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(sentence text, [(start, end, IOB tag) per token])."""
    sentences = []
    text = ""
    tokens: list[tuple[int, int, str]] = []
    pos = 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text, tokens, pos = line[len("# text = ") :], [], 0
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if text:
                sentences.append((text, tokens))
            text = ""
        else:
            cols = line.split("\t")
            form, tag = cols[1], cols[2]
            start = text.find(form, pos)
            if start < 0:
                start = pos
            pos = start + len(form)
            tokens.append((start, pos, tag))
    return sentences


def paragraphs(
    sentences: list[tuple[str, list[tuple[int, int, str]]]], size: int = 8
) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences joined into running text, as they stand in a letter (a name may open a sentence)."""
    out = []
    for i in range(0, len(sentences), size):
        text, tokens = "", []
        for sentence, toks in sentences[i : i + size]:
            offset = len(text) + (1 if text else 0)
            text = f"{text} {sentence}" if text else sentence
            tokens += [(a + offset, b + offset, tag) for a, b, tag in toks]
        out.append((text, tokens))
    return out


def gold_entities(tokens: list[tuple[int, int, str]]) -> list[list[tuple[int, int]]]:
    ents: list[list[tuple[int, int]]] = []
    for start, end, tag in tokens:
        if tag == "B-PER":
            ents.append([(start, end)])
        elif tag == "I-PER" and ents:
            ents[-1].append((start, end))
    return ents


def covered(span: tuple[int, int], findings: list[Finding]) -> bool:
    return any(f.start <= span[0] and span[1] <= f.end for f in findings)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    sentences = paragraphs(read_split(DATA / f"da_ddt-ud-{args.split}.iob2"))
    rules, model = NameRuleDetector(), NerDetector()
    t0 = time.perf_counter()
    per_sentence: list[list[Finding]] = []
    for text, _ in sentences:
        found = [f for d in (rules, model) for f in d.detect(text, "da") if f.entity is Entity.PERSON]
        per_sentence.append(resolve_overlaps([f for f in found if f.score >= MIN_PROPOSAL_SCORE]))
    persons = {" ".join(f.text.split()) for fs in per_sentence for f in fs if f.score >= PROPAGATE_MIN_SCORE}
    pages = {"ddt": [PageText(i, text, (None,) * len(text)) for i, (text, _) in enumerate(sentences)]}
    existing = {("ddt", i): [(f.start, f.end) for f in fs] for i, fs in enumerate(per_sentence)}
    for m in propagate(persons, pages, existing):
        per_sentence[m.page].append(m.finding)
    secs = time.perf_counter() - t0

    def score(findings_of: list[list[Finding]]) -> dict[str, float]:
        gold = found = 0
        tp_tokens = pred_tokens = 0
        for (_, tokens), findings in zip(sentences, findings_of, strict=True):
            for ent in gold_entities(tokens):
                gold += 1
                found += all(covered(t, findings) for t in ent)
            for start, end, tag in tokens:
                if covered((start, end), findings):
                    pred_tokens += 1
                    tp_tokens += tag.endswith("PER")
        return {
            "recall": round(found / gold, 4),
            "token_precision": round(tp_tokens / max(1, pred_tokens), 4),
            "gold_entities": gold,
        }

    model_only = [[f for f in model.detect(text, "da")] for text, _ in sentences]
    rules_only = [[f for f in rules.detect(text, "da") if f.score >= MIN_PROPOSAL_SCORE] for text, _ in sentences]
    result = {
        "split": args.split,
        "whole_person_detector": score(per_sentence),
        "model_after_filter_only": score(model_only),
        "rules_and_lists_only": score(rules_only),
        "words_per_second_whole": round(sum(len(t.split()) for t, _ in sentences) / secs),
    }
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
