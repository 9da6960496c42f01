"""Policy around the address detector: what of an address to propose.

- A street name wrapped onto the next line ("Ravnsbjergvej\\n\\n4") is still an address: the
  detector also runs on the text with line breaks read as spaces (same length, same offsets).
- The postcode and town after a private address identify no one when the document names the town
  anyway ("Odense Kommune ... Hjallesevej 112, 5230 Odense M", also in capitals: "ODENSE KOMMUNE"):
  then only street, number and floor are proposed, and the town stays readable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.core.finding import Finding, resolve_overlaps
from redact.detect.address import AddressDetector

_TAIL = re.compile(r"(?:,\s*|\s*\n\s*)(?P<code>\d{4}|\d{3} ?\d{2})\s+(?P<town>[A-ZÆØÅÄÖ][\w.-]*)(?:[^\n]*)$")


class AddressPolicyDetector:
    name = "address"

    def __init__(self, detector: AddressDetector | None = None) -> None:
        self._detector = detector or AddressDetector()

    def detect(self, text: str, language: str = "da") -> list[Finding]:
        found = self._detector.detect(text, language)
        flat = text.replace("\n", " ")
        if flat != text:
            # Only where the text as laid out gave nothing: reading across line ends otherwise
            # glues a name on the line above to the street ("Frandsen\nFynsvej 31").
            found += [f for f in self._detector.detect(flat, language) if not any(f.overlaps(g) for g in found)]
        result = []
        for f in resolve_overlaps(found):
            f = replace(f, text=text[f.start : f.end])
            result.append(self._trim_public_town(text, f))
        return result

    @staticmethod
    def _trim_public_town(text: str, f: Finding) -> Finding:
        m = _TAIL.search(f.text)
        if not m:
            return f
        town = m.group("town").rstrip(".")
        if len(town) < 3:
            return f
        outside = text[: f.start] + " " + text[f.end :]
        # As written, or in capitals in a letterhead ("VÄSTERÅS STAD"); not in lower case ("lund" is a grove).
        named = "|".join(re.escape(t) for t in {town, town.upper()})
        if not re.search(r"(?<!\w)(?:" + named + r")(?!\w)", outside):
            return f
        end = f.start + m.start()
        return replace(f, end=end, text=text[f.start : end], reason=f.reason + "; byen er nævnt andetsteds og bevares")
