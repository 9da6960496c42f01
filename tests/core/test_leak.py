from __future__ import annotations

from redact.core.leak import MASK, leaked, mask


def test_leaked_finds_hidden_text_in_any_spacing_but_not_what_is_released_anyway() -> None:
    secrets = ["120384-1234", "Karl  Opdigtet", "x"]
    assert leaked("Dok. 1 · 120384-1234", secrets) == ["120384-1234"]
    assert leaked("fra karl\nopdigtet", secrets) == ["Karl Opdigtet"]
    assert leaked("Karl Opdigtets brev", secrets) == []  # whole words only
    assert leaked("Karl Opdigtet", secrets, allowed="ring til Karl Opdigtet") == []  # kept elsewhere: out already
    assert leaked("x y z", secrets) == []  # one character hides nothing


def test_mask_replaces_every_secret() -> None:
    assert mask("Klage fra Karl Opdigtet, cpr 120384-1234", ["120384-1234", "Karl Opdigtet"]) == (
        f"Klage fra {MASK}, cpr {MASK}"
    )
    assert mask("Intet her", ["120384-1234"]) == "Intet her"
