"""Builds the bundled example request in examples/sag/. Every person, number and address is invented.

Run from the repository root: .venv/bin/python examples/make_example.py
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import docx
import pymupdf

HERE = Path(__file__).resolve().parent
SAG = HERE / "sag"

LETTER = """Solby Kommune
Borgerservice

Lise Opdigtet
Fiktivvej 7, 2. th.
9999 Solby

Dato: 3. februar 2026
Sagsnr.: 26/01234

Afgørelse om tilskud til briller

Kære Lise Opdigtet

Vi har behandlet din ansøgning om tilskud til briller, som vi modtog den 12. januar 2026.
Dit CPR-nummer 120384-1234 er oplyst i ansøgningen, og vi har registreret dit telefonnummer 20 12 34 56.

Du får bevilget et tilskud på 1.800 kr. Beløbet udbetales til din NemKonto.
Hvis du har spørgsmål, kan du skrive til os eller kontakte din søn, som du har oplyst som kontaktperson,
på tlf. 31 22 11 00 eller lise.opdigtet@example.com.

Med venlig hilsen

Rita Sagsbehandlersen
Sagsbehandler, Borgerservice
Direkte tlf. 33 33 33 33
rsa@solby.example
"""

MAIL = """Hej Rita

Tak for svaret. Tilskuddet må gerne udbetales til min konto i banken, reg.nr. 1234 kontonr. 0012345678,
hvis NemKonto ikke virker. Min bil har nummerpladen AB 12 345, hvis det er relevant for parkeringen ved
rådhuset.

Venlig hilsen
Lise
"""


def write_letter(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(60, 60, 540, 800), LETTER, fontsize=10.5, fontname="helv")
    doc.set_metadata({"author": "Lise Opdigtet", "title": "Afgørelse til Lise Opdigtet"})
    doc.save(path)


def write_docx(path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Solby Kommune - Ansøgning om tilskud"
    d.add_paragraph("Ansøgning om tilskud til briller")
    table = d.add_table(rows=0, cols=2)
    for k, v in [("Navn", "Lise Opdigtet"), ("CPR-nr.", "1203841234"), ("Telefon", "+45 20 12 34 56"),
                 ("E-mail", "lise.opdigtet@example.com")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph("Jeg søger om tilskud, fordi mine briller gik i stykker i december.")
    d.core_properties.author = "Lise Opdigtet"
    d.save(str(path))


def write_mail(path: Path, attachment: bytes) -> None:
    msg = EmailMessage()
    msg["From"] = "Lise Opdigtet <lise.opdigtet@example.com>"
    msg["To"] = "Rita Sagsbehandlersen <rsa@solby.example>"
    msg["Subject"] = "Sv: Afgørelse om tilskud til briller"
    msg["Date"] = "Wed, 04 Feb 2026 08:15:00 +0100"
    msg.set_content(MAIL)
    msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="kvittering.pdf")
    path.write_bytes(bytes(msg))


def receipt() -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_textbox(
        pymupdf.Rect(60, 60, 540, 300),
        "Kvittering fra Optiker Fiktivsen ApS\nKunde: Lise Opdigtet, CPR 120384-1234\nBriller: 2.450 kr.",
        fontsize=11,
    )
    return bytes(doc.tobytes())


def main() -> None:
    SAG.mkdir(exist_ok=True)
    write_letter(SAG / "01-afgoerelse.pdf")
    write_docx(SAG / "02-ansoegning.docx")
    write_mail(SAG / "03-svar-fra-borger.eml", receipt())
    (SAG / "04-telefonnotat.txt").write_text(
        "Telefonnotat 5. februar 2026\n\nBorgeren ringede fra 20 12 34 56 og spurgte til udbetalingen.\n"
        "Oplyst at pengene udbetales i næste uge.\n", encoding="cp1252",
    )
    (HERE / "medarbejdere.txt").write_text(
        "# Solby Kommunes medarbejdere: redigeres aldrig\nRita Sagsbehandlersen\n33 33 33 33\nrsa@solby.example\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
