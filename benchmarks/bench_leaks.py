"""`make bench`, leak part: generated letters in Danish, Norwegian and Swedish, run through
`redact batch --auto-accept`, and every invented private value looked for in the released text.

Prints figures; asserts nothing. The letters are this file's own templates filled with Faker's
da_DK, no_NO and sv_SE providers (fixed seed: invented people, numbers and addresses), so they
are documents written by other hands than the corpora's, in the shapes a case file has: a
letter to a citizen, meeting notes, an e-mail from a citizen, a phone note, an application form,
a decision about a household, notes of a meeting with a child's parents.

A few of Faker's values are no real value of their kind and are left out of the count (said in
the output): Danish and Norwegian phone numbers starting with 0 or 1 do not exist, and house
numbers starting with 0 are not written so. Account numbers are made here, as each country
writes them (Faker's Swedish ones are letters and digits).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pymupdf
from bench import leak_check
from faker import Faker

from redact.detect.recognizers_nordic import mod11_no_account

REDACT = Path(sys.executable).with_name("redact")

TEMPLATES = {
    "da": [
        "Kære {name}\n\nVi har modtaget din ansøgning af {date} om {topic}. Vi kontakter dig på tlf. {phone} "
        "eller {email}, når sagen er behandlet.",
        "Referat af møde den {date}\nDeltagere: {name} (ansøger), {name2} (pårørende), sagsbehandler.\n"
        "{name2} oplyste, at familien bor på {address}. Næste møde aftales telefonisk.",
        "Fra: {name} <{email}>\nTil: Borgerservice\nEmne: {topic}\n\nHej\n\nJeg vil gerne klage over "
        "sagsbehandlingstiden. Beløbet kan udbetales til reg.nr. {reg} kontonr. {account}.\n\nVenlig hilsen\n{name}",
        "Notat: {name} ringede fra {phone} om {topic}. Der er aftalt opfølgning i uge {week}. Kommunen vurderer "
        "sagen efter de gældende regler.",
        "Ansøgning om boligstøtte\n\nNavn: {name}\nAdresse: {address}\nTelefon: {phone}\nE-mail: {email}\n\n"
        "Ægtefælle/samlever: {name2}",
        "Afgørelse\n\n{name} har søgt om hjælp. Ansøgeren bor sammen med {name2}, som også har henvendt sig til "
        "kommunen. {name2} kan kontaktes på {phone}.",
        "Barnets mor, {name}, og barnets far, {name2}, deltog. Moren oplyste, at hun er flyttet fra {address}.",
    ],
    "nb": [
        "Kjære {name}\n\nVi har mottatt søknaden din av {date} om {topic}. Vi kontakter deg på telefon {phone} "
        "eller {email} når saken er behandlet.",
        "Referat fra møte {date}\nTil stede: {name} (søker), {name2} (pårørende), saksbehandler.\n"
        "{name2} opplyste at familien bor i {address}. Neste møte avtales per telefon.",
        "Fra: {name} <{email}>\nTil: Servicetorget\nEmne: {topic}\n\nHei\n\nJeg vil klage på saksbehandlingstiden. "
        "Beløpet kan utbetales til konto {account}.\n\nMed vennlig hilsen\n{name}",
        "Notat: {name} ringte fra {phone} om {topic}. Det er avtalt oppfølging i uke {week}. Kommunen vurderer "
        "saken etter gjeldende regler.",
        "Søknad om bostøtte\n\nNavn: {name}\nAdresse: {address}\nTelefon: {phone}\nE-post: {email}\n\n"
        "Ektefelle/samboer: {name2}",
        "Vedtak\n\n{name} har søkt om hjelp. Søkeren bor sammen med {name2}, som også har kontaktet kommunen. "
        "{name2} kan nås på {phone}.",
        "Barnets mor, {name}, og barnets far, {name2}, deltok i møtet. Moren opplyste at hun har flyttet fra "
        "{address}.",
    ],
    "sv": [
        "Hej {name}\n\nVi har tagit emot din ansökan från {date} om {topic}. Vi kontaktar dig på telefon {phone} "
        "eller {email} när ärendet är handlagt.",
        "Anteckningar från möte {date}\nNärvarande: {name} (sökande), {name2} (anhörig), handläggare.\n"
        "{name2} berättade att familjen bor på {address}. Nästa möte bokas per telefon.",
        "Från: {name} <{email}>\nTill: Kontaktcenter\nÄmne: {topic}\n\nHej\n\nJag vill klaga på "
        "handläggningstiden. Beloppet kan betalas ut till clearingnummer {reg}, konto {account}.\n\n"
        "Med vänlig hälsning\n{name}",
        "Tjänsteanteckning: {name} ringde från {phone} angående {topic}. Uppföljning är avtalad vecka {week}. "
        "Kommunen bedömer ärendet enligt gällande regler.",
        "Ansökan om bostadsbidrag\n\nNamn: {name}\nAdress: {address}\nTelefon: {phone}\nE-post: {email}\n\n"
        "Make/sambo: {name2}",
        "Beslut\n\n{name} har ansökt om bistånd. Sökanden bor tillsammans med {name2}, som också har kontaktat "
        "kommunen. {name2} nås på {phone}.",
        "Barnets mamma, {name}, och barnets pappa, {name2}, deltog i mötet. Mamman berättade att hon har flyttat "
        "från {address}.",
    ],
}
TOPICS = {
    "da": ["boligstøtte", "skolekørsel", "byggetilladelse", "hjælpemidler"],
    "nb": ["bostøtte", "skoleskyss", "byggesak", "hjelpemidler"],
    "sv": ["bostadsbidrag", "skolskjuts", "bygglov", "hjälpmedel"],
}
LOCALES = {"da": "da_DK", "nb": "no_NO", "sv": "sv_SE"}
PRIVATE = ("name", "name2", "phone", "email", "address", "account")


def _account(language: str, rng: random.Random) -> tuple[str, str]:
    """(reg./clearing number, account number) as each country writes them."""
    if language == "nb":
        while True:
            body = f"{rng.randint(1000, 9999)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
            # The check digit the recognizer checks (none fits a tenth of the bodies: drawn again).
            check = next((c for c in "0123456789" if mod11_no_account(body + c)), "")
            if check:
                digits = body + check
                return "", f"{digits[:4]} {digits[4:6]} {digits[6:]}"
    if language == "sv":
        return f"{rng.randint(3000, 8999)}", f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return f"{rng.randint(1000, 9999)}", f"{rng.randint(10**9, 10**10 - 1)}"


def _real_value(kind: str, value: str, language: str) -> bool:
    """Whether Faker's value is a value of its kind as people write it (see the docstring)."""
    if kind == "phone" and language in ("da", "nb"):
        national = re.sub(r"\D", "", re.sub(r"^\s*(?:\+|00)(?:45|47)", "", value))
        return national[:1] not in ("0", "1")  # Danish and Norwegian numbers start with 2-9
    return not (kind == "address" and re.search(r"\s0\d*[A-Z]?$", value))


def make_letters(language: str, folder: Path, files: int, pages: int, seed: int = 11) -> list[tuple[str, str, str]]:
    """The letters as PDFs in `folder`; returns (file name, kind, value) for every private value."""
    fake = Faker(LOCALES[language])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    invented: list[tuple[str, str, str]] = []
    for f in range(files):
        name = f"brev-{f:02d}.pdf"
        doc = pymupdf.open()
        for _ in range(pages):
            paragraphs = []
            for _ in range(5):
                template = rng.choice(TEMPLATES[language])
                reg, account = _account(language, rng)
                values = dict(
                    name=fake.name(), name2=fake.name(), date=fake.date(), topic=rng.choice(TOPICS[language]),
                    phone=fake.phone_number(), email=fake.free_email(), address=fake.street_address(),
                    reg=reg, account=account, week=rng.randint(1, 52),
                )  # fmt: skip
                for key in PRIVATE:
                    if "{" + key + "}" in template:
                        invented.append((name, key.rstrip("2"), str(values[key])))
                paragraphs.append(template.format(**values))
            doc.new_page().insert_textbox(pymupdf.Rect(56, 56, 539, 786), "\n\n".join(paragraphs), fontsize=10)
        doc.save(folder / name)
        doc.close()
    return invented


def readable(release: Path, invented: list[tuple[str, str, str]], language: str) -> None:
    real = [(name, kind, value) for name, kind, value in invented if _real_value(kind, value, language)]
    left_out = len(invented) - len(real)
    leak_check(release, real, f"{language}: readable in the release ({left_out} of Faker's values left out)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=6)
    ap.add_argument("--pages", type=int, default=5, help="pages per file")
    args = ap.parse_args()
    for language in ("da", "nb", "sv"):
        src = Path(tempfile.mkdtemp(prefix=f"redact-bench-leaks-{language}-"))
        out = src.with_name(src.name + "-ud")
        try:
            invented = make_letters(language, src, args.files, args.pages)
            subprocess.run(
                [str(REDACT), "batch", str(src), "--out", str(out), "--auto-accept", "--jobs", "2"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            readable(out / "udlevering", invented, language)
        finally:
            shutil.rmtree(src, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
