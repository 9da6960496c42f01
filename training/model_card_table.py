"""The per-label accuracy table of a model's metrics.json, as Markdown for its model card.

`make model` (training/train.py) writes the table into the card itself, between the markers
START and END, so a rebuilt model never ships with the figures of the one before it. By hand:

    python training/model_card_table.py models/sv_redact_ner           # print the table
    python training/model_card_table.py models/sv_redact_ner --write   # write it into README.md
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

START = "<!-- accuracy: written by training/train.py from metrics.json; do not edit by hand -->"
END = "<!-- /accuracy -->"
LABELS = ("PER", "LOC", "ORG")
# The names of the evaluation sets in the card; a set not named here is shown by its key.
SET_NAMES = {
    "ddt_dev": "DDT dev (model selection)",
    "ddt_test": "DDT test",
    "arto_test": "Arto test",
    "synthetic_admin_test": "synthetic admin test (held-out names)",
    "dev": "dev (model selection)",
    "norne_nob_test": "NorNE bokmål test",
    "norne_nno_test": "NorNE nynorsk test",
    "klintan_test": "klintan (Webbnyheter 2012) test",
    "talbanken_test": "UNER Talbanken test",
    "synthetic_admin": "synthetic admin test (held-out names)",
}


def table(metrics: dict[str, Any]) -> str:
    """The table of every evaluation set in metrics.json, with speed, size and training time."""
    lines = ["| set | label | P | R | F1 | gold |", "|---|---|---|---|---|---|"]
    for key, entry in metrics.items():
        if not isinstance(entry, dict) or "micro" not in entry:
            continue
        name = SET_NAMES.get(key, key)
        for label in LABELS:
            m = entry[label]
            lines.append(f"| {name} | {label} | {m['p']:.3f} | {m['r']:.3f} | {m['f']:.3f} | {m['gold']} |")
        micro = entry["micro"]
        lines.append(f"| {name} | all | {micro['p']:.3f} | {micro['r']:.3f} | {micro['f']:.3f} | |")
    speed = metrics.get("speed", {})
    lines.append("")
    lines.append(f"Speed: {speed.get('words_per_second')} words/s ({speed.get('method')}).")
    minutes = metrics.get("training_minutes")
    trained = f" Training: {minutes} min." if minutes is not None else ""
    lines.append(f"Size: {metrics.get('size_bytes', 0) / 1e6:.1f} MB.{trained}")
    return "\n".join(lines)


def write_into_card(model_dir: Path) -> Path:
    """Put the table of `model_dir`/metrics.json into its README.md between the markers.

    A card without the markers gets them in a section of its own at the end."""
    metrics = json.loads((model_dir / "metrics.json").read_text(encoding="utf-8"))
    card = model_dir / "README.md"
    text = card.read_text(encoding="utf-8") if card.exists() else f"# {metrics.get('model', model_dir.name)}\n"
    block = f"{START}\n{table(metrics)}\n{END}"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + block + after
    else:
        text = text.rstrip("\n") + "\n\n## Accuracy of this build (per label, on each test split)\n\n" + block + "\n"
    card.write_text(text, encoding="utf-8")
    return card


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--write", action="store_true", help="write the table into the model's README.md")
    args = parser.parse_args()
    if args.write:
        print(f"wrote the accuracy table into {write_into_card(args.model)}")
    else:
        print(table(json.loads((args.model / "metrics.json").read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
