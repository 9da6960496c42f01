"""Print the per-label accuracy table of a model's metrics.json as Markdown (for its model card).

Usage: python training/model_card_table.py models/sv_redact_ner
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    metrics = json.loads((Path(sys.argv[1]) / "metrics.json").read_text(encoding="utf-8"))
    print("| set | label | P | R | F1 | gold |")
    print("|---|---|---|---|---|---|")
    for name, entry in metrics.items():
        if not isinstance(entry, dict) or "micro" not in entry:
            continue
        for label in ("PER", "LOC", "ORG"):
            m = entry[label]
            print(f"| {name} | {label} | {m['p']:.3f} | {m['r']:.3f} | {m['f']:.3f} | {m['gold']} |")
        micro = entry["micro"]
        print(f"| {name} | all | {micro['p']:.3f} | {micro['r']:.3f} | {micro['f']:.3f} | |")
    speed = metrics.get("speed", {})
    print(f"\nSpeed: {speed.get('words_per_second')} words/s ({speed.get('method')}).")
    print(f"Size: {metrics.get('size_bytes', 0) / 1e6:.1f} MB. Training: {metrics.get('training_minutes')} min.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
